import { AST } from '../../src/estree/ast';
import {ASTUtils, type TSESTree} from '@typescript-eslint/utils';
import {
  FAILURE_MEMBERS,
  VALIDATION_CALL_PATTERN,
  VALIDATION_ERROR_CLASS,
  VALIDATION_ERROR_NAMES,
  VALIDITY_MEMBERS,
} from '../../src/frameworks';
import { calleeName, lastName, memberName, methodCall, unwrapExpression, type StatusModel } from '../../src/estree';
import { isRequestInput } from './request-input';

/** A call that validates: `schema.safeParse(x)`, `validationResult(req)`, `isValidEmail(x)`. */
function isValidationCall(node: TSESTree.Node): boolean {
  const expression = unwrapExpression(node);
  if (expression.type !== AST.CallExpression) return false;
  const name = calleeName(expression.callee);
  return name !== undefined && VALIDATION_CALL_PATTERN.test(name);
}

/** A variable holding a validation result (`const parsed = schema.safeParse(body)`). */
function isValidationResult(node: TSESTree.Node, model: StatusModel): boolean {
  const expression = unwrapExpression(node);
  if (isValidationCall(expression)) return true;
  if (expression.type !== AST.Identifier) return false;
  const definition = ASTUtils.findVariable(model.sourceCode.getScope(expression), expression)?.defs[0];
  return definition?.type === 'Variable' && definition.node.init !== null && isValidationCall(definition.node.init);
}

/** `!parsed.success`, `!errors.isEmpty()`, `!isValid(x)`, `!req.body.email`: something is wrong with input. */
export function saysInvalid(test: TSESTree.Node, model: StatusModel): boolean {
  const node = unwrapExpression(test);
  switch (node.type) {
    case AST.UnaryExpression:
      return node.operator === '!' && (saysValid(node.argument, model) || isRequestInput(node.argument, model) || isMembershipOfInput(node.argument, model));
    case AST.LogicalExpression:
      return saysInvalid(node.left, model) || saysInvalid(node.right, model);
    case AST.BinaryExpression:
      return comparisonSaysInvalid(node, model);
    case AST.MemberExpression:
      // `parsed.error`, `result.errors`, `err.validation`: a failure is present.
      return FAILURE_MEMBERS.has(memberName(node) ?? '') && (isValidationResult(node.object, model) || isErrorValue(node.object));
    case AST.Identifier:
      return isValidationFailureBinding(node, model);
    case AST.CallExpression:
      return callSaysInvalid(node, model);
    default:
      return false;
  }
}

/** `parsed.success`, `errors.isEmpty()`, `isValid(x)`: input is fine. */
export function saysValid(test: TSESTree.Node, model: StatusModel): boolean {
  const node = unwrapExpression(test);
  if (node.type === AST.MemberExpression) {
    return VALIDITY_MEMBERS.has(memberName(node) ?? '') && isValidationResult(node.object, model);
  }
  if (node.type === AST.CallExpression) {
    const method = methodCall(node);
    if (method && VALIDITY_MEMBERS.has(method.name)) return isValidationResult(method.receiver, model);
    return isValidationCall(node);
  }
  if (node.type === AST.LogicalExpression && node.operator === '&&') return saysValid(node.left, model) && saysValid(node.right, model);
  return false;
}

/** `const { error } = schema.validate(body)` (Joi), then `if (error)`. */
function isValidationFailureBinding(identifier: TSESTree.Identifier, model: StatusModel): boolean {
  if (!FAILURE_MEMBERS.has(identifier.name)) return false;
  const definition = ASTUtils.findVariable(model.sourceCode.getScope(identifier), identifier)?.defs[0];
  return definition?.type === 'Variable' && definition.node.id.type === AST.ObjectPattern && definition.node.init !== null && isValidationCall(definition.node.init);
}

function callSaysInvalid(node: TSESTree.CallExpression, model: StatusModel): boolean {
  const name = calleeName(node.callee);
  const [first] = node.arguments;
  if (name === 'isNaN' && first) return isRequestInput(first, model) || isNumberOfInput(first, model);
  return first !== undefined && name !== undefined && /^is\w*ValidationError$|^isError$/.test(name);
}

/** `ALLOWED.includes(req.body.zone)`, `zones.has(input.zone)`. */
function isMembershipOfInput(node: TSESTree.Node, model: StatusModel): boolean {
  const expression = unwrapExpression(node);
  if (expression.type !== AST.CallExpression) return false;
  const name = methodCall(expression)?.name;
  const [first] = expression.arguments;
  return (name === 'includes' || name === 'has') && first !== undefined && isRequestInput(first, model);
}

function isNumberOfInput(node: TSESTree.Node, model: StatusModel): boolean {
  const expression = unwrapExpression(node);
  return expression.type === AST.CallExpression && expression.arguments[0] !== undefined && isRequestInput(expression.arguments[0], model);
}

function comparisonSaysInvalid(node: TSESTree.BinaryExpression, model: StatusModel): boolean {
  const { left, right, operator } = node;
  if (operator === 'instanceof') {
    const name = lastName(right);
    return name !== undefined && VALIDATION_ERROR_CLASS.test(name);
  }
  if (operator !== '===' && operator !== '!==' && operator !== '==' && operator !== '!=') return false;
  for (const [value, other] of [[left, right], [right, left]] as const) {
    const expression = unwrapExpression(value);
    // `typeof req.body.name !== 'string'`
    if (expression.type === AST.UnaryExpression && expression.operator === 'typeof') {
      return (operator === '!==' || operator === '!=') && isRequestInput(expression.argument, model);
    }
    // `err.name === 'ValidationError'`, `err.type === 'entity.parse.failed'`
    if (
      (operator === '===' || operator === '==') &&
      expression.type === AST.MemberExpression &&
      /^(?:name|type|code)$/.test(memberName(expression) ?? '') &&
      other.type === AST.Literal &&
      typeof other.value === 'string' &&
      VALIDATION_ERROR_NAMES.test(other.value)
    ) {
      return true;
    }
    // `req.body.email === undefined`, `req.query.page == null`
    if (
      (operator === '===' || operator === '==') &&
      isRequestInput(expression, model) &&
      ((other.type === AST.Identifier && other.name === 'undefined') || (other.type === AST.Literal && (other.value === null || other.value === '')))
    ) {
      return true;
    }
  }
  return false;
}

export function isErrorValue(node: TSESTree.Node): boolean {
  const name = lastName(node);
  return name !== undefined && /^(?:err|error|e|ex|exception)$|(?:Error|Err)$/.test(name);
}

import { AST } from '../../src/estree/ast';
import {ASTUtils, type TSESTree} from '@typescript-eslint/utils';
import {
  DUPLICATE_KEY_ERRORS,
  IDENTITY_HOLDERS,
  IDENTITY_MEMBERS,
  LOOKUP_CALL_PATTERN,
  REQUEST_NAMES,
  type ClientMistakeReason,
} from '../../src/frameworks';
import { calleeName, isFunctionNode, lastName, memberName, unwrapExpression, type StatusModel } from '../../src/estree';
import type { ClientMistake } from './client-mistakes';
import { isErrorValue, saysInvalid, saysValid } from './input-validity';
import { isRequestInput, memberChain } from './request-input';
import { onlyValidatesInput } from './try-blocks';

const UNAUTHENTICATED: ClientMistake = { reason: 'unauthenticated', fittingCode: 401, evidence: 'branch' };
const NOT_FOUND: ClientMistake = { reason: 'not-found', fittingCode: 404, evidence: 'branch' };
const CONFLICT: ClientMistake = { reason: 'conflict', fittingCode: 409, evidence: 'branch' };

/** Walks out from the site to its function, looking at the branches and `catch` clauses it sits in. */
export function branchMistake(site: TSESTree.Node, model: StatusModel): ClientMistake | undefined {
  let nearest = true;
  for (let child: TSESTree.Node = site, parent = site.parent; parent && !isFunctionNode(parent); child = parent, parent = parent.parent) {
    if (parent.type === AST.CatchClause && child === parent.body && onlyValidatesInput(parent.parent.block, model)) return { reason: 'validation-error', evidence: 'branch' };
    // `switch (true) { case err instanceof ValidationError: … }` reads like an `if`.
    if (parent.type === AST.SwitchCase && parent.test && child !== parent.test && isSwitchOnTrue(parent.parent)) {
      if (saysDuplicate(parent.test)) return CONFLICT;
      if (saysInvalid(parent.test, model)) return { reason: reasonOf(parent.test), evidence: 'branch' };
      continue;
    }
    if (parent.type !== AST.IfStatement && parent.type !== AST.ConditionalExpression) continue;
    if (child === parent.consequent && saysDuplicate(parent.test)) return CONFLICT;
    // Who is logged in and whether a record exists are read from the nearest condition only:
    // further out, the branch may be the path that has just created what was missing.
    const atNearest = nearest;
    nearest = false;
    if (atNearest && child === parent.consequent && saysAnonymous(parent.test)) return UNAUTHENTICATED;
    if (atNearest && child === parent.consequent && saysRecordMissing(parent.test, model)) return NOT_FOUND;
    if (atNearest && child === parent.alternate && saysIdentified(parent.test)) return UNAUTHENTICATED;
    if (atNearest && child === parent.alternate && saysRecordFound(parent.test, model)) return NOT_FOUND;
    if (child === parent.consequent && saysInvalid(parent.test, model)) return { reason: reasonOf(parent.test), evidence: 'branch' };
    if (child === parent.alternate && saysValid(parent.test, model)) return { reason: 'invalid-input', evidence: 'branch' };
  }
  return undefined;
}

/**
 * `if (!order)` after `const order = await Order.findById(req.params.id)`: what the client
 * asked for does not exist.
 */
function saysRecordMissing(test: TSESTree.Node, model: StatusModel): boolean {
  const node = unwrapExpression(test);
  return node.type === AST.UnaryExpression && node.operator === '!' && saysRecordFound(node.argument, model);
}

/** `if (order)` after `const order = await Order.findById(req.params.id)`: its `else` finds nothing. */
function saysRecordFound(test: TSESTree.Node, model: StatusModel): boolean {
  const argument = unwrapExpression(test);
  if (argument.type !== AST.Identifier) return false;
  const definition = ASTUtils.findVariable(model.sourceCode.getScope(argument), argument)?.defs[0];
  if (definition?.type !== 'Variable' || !definition.node.init || definition.node.id.type !== AST.Identifier) return false;
  const init = unwrapExpression(definition.node.init);
  if (init.type !== AST.CallExpression || !LOOKUP_CALL_PATTERN.test(calleeName(init.callee) ?? '')) return false;
  return init.arguments.some((lookupKey) => isRequestInput(lookupKey, model) || objectHoldsInput(lookupKey, model, 0));
}

/** `{ where: { id: req.params.id } }`: a query built from request input. */
function objectHoldsInput(node: TSESTree.Node, model: StatusModel, depth: number): boolean {
  const expression = unwrapExpression(node);
  if (expression.type !== AST.ObjectExpression || depth > 2) return false;
  return expression.properties.some(
    (property) => property.type === AST.Property && (isRequestInput(property.value, model) || objectHoldsInput(property.value, model, depth + 1)),
  );
}

function isSwitchOnTrue(statement: TSESTree.SwitchStatement): boolean {
  return statement.discriminant.type === AST.Literal && statement.discriminant.value === true;
}

/** `err.code === 11000`, `Number(err.code) === 23505`, `err instanceof UniqueConstraintError`: a duplicate key. */
function saysDuplicate(test: TSESTree.Node): boolean {
  const node = unwrapExpression(test);
  if (node.type === AST.LogicalExpression) return saysDuplicate(node.left) || saysDuplicate(node.right);
  if (node.type !== AST.BinaryExpression) return false;
  if (node.operator === 'instanceof') return DUPLICATE_KEY_ERRORS.test(lastName(node.right) ?? '');
  if (node.operator !== '===' && node.operator !== '==') return false;
  return [[node.left, node.right], [node.right, node.left]].some(([value, other]) => {
    const literal = unwrapExpression(other!);
    return isErrorField(value!) && literal.type === AST.Literal && DUPLICATE_KEY_ERRORS.test(String(literal.value));
  });
}

/** `err.code`, `error.name`, `Number(err.errno)`: a field that identifies an error. */
function isErrorField(node: TSESTree.Node): boolean {
  let expression = unwrapExpression(node);
  if (expression.type === AST.CallExpression && /^(?:Number|String|parseInt)$/.test(calleeName(expression.callee) ?? '') && expression.arguments[0]) {
    expression = unwrapExpression(expression.arguments[0]);
  }
  return expression.type === AST.MemberExpression && /^(?:code|errno|name)$/.test(memberName(expression) ?? '') && isErrorValue(expression.object);
}

/** `req.user`, `req.session.userId`, `req.isAuthenticated()`: the request says who sends it. */
function saysIdentified(test: TSESTree.Node): boolean {
  const node = unwrapExpression(test);
  if (node.type === AST.LogicalExpression && node.operator === '&&') return saysIdentified(node.left) || saysIdentified(node.right);
  const { root, members } = memberChain(node);
  if (root.type !== AST.Identifier || !REQUEST_NAMES.test(root.name)) return false;
  const [first, second, ...deeper] = members;
  if (first === undefined || deeper.length > 0) return false;
  if (second === undefined) return IDENTITY_MEMBERS.has(first);
  return IDENTITY_HOLDERS[first]?.has(second) ?? false;
}

/** `!req.user`, `!req.headers.authorization`: nobody is logged in. */
function saysAnonymous(test: TSESTree.Node): boolean {
  const node = unwrapExpression(test);
  if (node.type === AST.LogicalExpression && node.operator === '||') return saysAnonymous(node.left) || saysAnonymous(node.right);
  return node.type === AST.UnaryExpression && node.operator === '!' && saysIdentified(node.argument);
}

/** Whether a condition identifies a caught error (`e instanceof ZodError`) rather than input. */
function identifiesError(test: TSESTree.Node): boolean {
  const node = unwrapExpression(test);
  switch (node.type) {
    case AST.BinaryExpression:
      return node.operator === 'instanceof' || [node.left, node.right].some((side) => {
        const expression = unwrapExpression(side);
        return expression.type === AST.MemberExpression && isErrorValue(expression.object);
      });
    case AST.LogicalExpression:
      return identifiesError(node.left) || identifiesError(node.right);
    case AST.MemberExpression:
      return isErrorValue(node.object);
    case AST.CallExpression:
      return /ValidationError$|^isError$/.test(calleeName(node.callee) ?? '');
    default:
      return false;
  }
}

function reasonOf(test: TSESTree.Node): ClientMistakeReason {
  return identifiesError(test) ? 'validation-error' : 'invalid-input';
}

/** Not logged in, or no such record: read from a lookup, which a message may contradict or refine. */
export function isReadFromLookup(mistake: ClientMistake): boolean {
  return mistake === UNAUTHENTICATED || mistake === NOT_FOUND;
}

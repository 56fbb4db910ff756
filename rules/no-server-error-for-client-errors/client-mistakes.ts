import { AST } from '../../src/estree/ast';
import {ASTUtils, type TSESTree} from '@typescript-eslint/utils';
import {
  BODY_READ_METHODS,
  CLIENT_MESSAGE_MEANINGS,
  DUPLICATE_KEY_ERRORS,
  FAILURE_MEMBERS,
  IDENTITY_HOLDERS,
  IDENTITY_MEMBERS,
  LOOKUP_CALL_PATTERN,
  INPUT_READER_FUNCTION,
  INPUT_VARIABLE_NAMES,
  REQUEST_INPUT_MEMBERS,
  REQUEST_INPUT_DECORATORS,
  REQUEST_NAMES,
  SERVER_FAULT_MESSAGE,
  THROWING_VALIDATION_METHODS,
  VALIDATION_CALL_PATTERN,
  VALIDATION_ERROR_CLASS,
  VALIDATION_ERROR_NAMES,
  VALIDITY_MEMBERS,
  type ClientMistakeReason,
  type MessageMeaning,
} from '../../src/frameworks';
import {
  calleeName,
  chainRoot,
  isFunctionNode,
  lastName,
  memberName,
  methodCall,
  receiverRoles,
  unwrapExpression,
  type StatusModel,
} from '../../src/estree';

export type { ClientMistakeReason } from '../../src/frameworks';

/** A client mistake a status answers, and the 4xx that fits it when it is not plain bad input. */
export interface ClientMistake {
  readonly reason: ClientMistakeReason;
  readonly fittingCode?: number;
  /** A branch or `catch` that tests the request, or only the words of a message. */
  readonly evidence: 'branch' | 'message';
}

/** The innermost object of a member chain: `req` in `req.body.user.email`. */
function memberChain(node: TSESTree.Node): { root: TSESTree.Node; members: string[] } {
  const members: string[] = [];
  let current = unwrapExpression(node);
  for (;;) {
    if (current.type === AST.MemberExpression) {
      members.unshift(memberName(current) ?? '');
      current = unwrapExpression(current.object);
    } else if (current.type === AST.CallExpression && current.callee.type === AST.MemberExpression) {
      members.unshift(`${memberName(current.callee) ?? ''}()`);
      current = unwrapExpression(current.callee.object);
    } else {
      return { root: current, members };
    }
  }
}

/**
 * Whether an expression is client input: a member of the request (`req.body.email`,
 * `ctx.request.body`, `c.req.query('q')`), or a variable read from it.
 */
export function isRequestInput(node: TSESTree.Node, model: StatusModel, depth = 0): boolean {
  const expression = withoutDefault(node);
  // `JSON.parse(await readBody(req))`, `readBody(event)`
  if (expression.type === AST.CallExpression && isInputCall(expression, model, depth)) return true;
  const { root, members } = memberChain(expression);
  // `new URL(req.url, base).searchParams.get('page')`
  if (root.type === AST.NewExpression && calleeName(root.callee) === 'URL' && root.arguments[0]) {
    return isRequestInput(root.arguments[0], model, depth + 1);
  }
  if (root.type === AST.Identifier) {
    if (REQUEST_NAMES.test(root.name) && members.some((member) => REQUEST_INPUT_MEMBERS.has(member.replace('()', '')))) return true;
    if ((root.name === 'ctx' || root.name === 'c') && members[0] && /^(?:request|req|query|params)$/.test(members[0])) return true;
    if (depth < 3 && isInputVariable(root, model, depth)) return true;
  }
  return false;
}

function isInputCall(call: TSESTree.CallExpression, model: StatusModel, depth: number): boolean {
  const name = calleeName(call.callee);
  const [first] = call.arguments;
  if (!first || name === undefined) return false;
  if (name === 'parse' && lastName((call.callee as TSESTree.MemberExpression).object ?? call.callee) === 'JSON') return isRequestInput(first, model, depth + 1);
  return INPUT_READER_FUNCTION.test(name) && call.arguments.some((argument) => isRequestLike(argument));
}

/** `event.queryStringParameters || {}` → `event.queryStringParameters`. */
function withoutDefault(node: TSESTree.Node): TSESTree.Node {
  const expression = unwrapExpression(node);
  if (expression.type === AST.LogicalExpression) {
    // `a || {}` and `a ?? {}` default to the left; `a && a.b` (a guard) yields the right.
    return withoutDefault(expression.operator === '&&' ? expression.right : expression.left);
  }
  return expression;
}

/** `const { email } = req.body`, `const body = await request.json()`, `function f(body)`. */
function isInputVariable(identifier: TSESTree.Identifier, model: StatusModel, depth: number): boolean {
  const variable = ASTUtils.findVariable(model.sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs[0];
  if (!definition) return INPUT_VARIABLE_NAMES.test(identifier.name);
  if (definition.type === 'Variable' && !definition.node.init) {
    // `let report; try { report = JSON.parse(await readBody(req)); } catch …`
    return variable!.references.some((reference) => reference.writeExpr && isRequestInput(reference.writeExpr, model, depth + 1));
  }
  if (definition.type === 'Variable' && definition.node.init) {
    const init = withoutDefault(definition.node.init);
    if (isRequestInput(init, model, depth + 1)) return true;
    if (init.type === AST.CallExpression) {
      const method = methodCall(init);
      if (method && BODY_READ_METHODS.has(method.name) && isRequestLike(method.receiver)) return true;
    }
    return false;
  }
  return definition.type === 'Parameter' && isInputParameter(definition.name as TSESTree.Identifier, definition.node);
}

/**
 * `@Body() dto`, or a parameter named like input (`body`, `dto`) of a function declared to
 * take it. A callback's parameter is what its caller passes — `fetch(…).then((data) => …)`
 * hands over an upstream reply, not the client's request — so its name proves nothing.
 */
function isInputParameter(parameter: TSESTree.Identifier, fn: TSESTree.Node): boolean {
  const decorated = (parameter.decorators ?? []).some((decorator) => {
    const expression = decorator.expression;
    return expression.type === AST.CallExpression && REQUEST_INPUT_DECORATORS.test(calleeName(expression.callee) ?? '');
  });
  if (decorated) return true;
  if (!INPUT_VARIABLE_NAMES.test(parameter.name)) return false;
  const parent = fn.parent;
  const isCallback = (parent?.type === AST.CallExpression || parent?.type === AST.NewExpression) && parent.arguments.includes(fn as TSESTree.CallExpressionArgument);
  return !isCallback;
}

function isRequestLike(node: TSESTree.Node): boolean {
  const { root, members } = memberChain(node);
  if (root.type !== AST.Identifier) return false;
  return REQUEST_NAMES.test(root.name) || (members[members.length - 1] ?? '') === 'req' || members.includes('request');
}

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
function saysInvalid(test: TSESTree.Node, model: StatusModel): boolean {
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
function saysValid(test: TSESTree.Node, model: StatusModel): boolean {
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

function isErrorValue(node: TSESTree.Node): boolean {
  const name = lastName(node);
  return name !== undefined && /^(?:err|error|e|ex|exception)$|(?:Error|Err)$/.test(name);
}

const HANDOFF_FUNCTIONS: ReadonlySet<string> = new Set(['next', 'done']);

const UNAUTHENTICATED: ClientMistake = { reason: 'unauthenticated', fittingCode: 401, evidence: 'branch' };
const NOT_FOUND: ClientMistake = { reason: 'not-found', fittingCode: 404, evidence: 'branch' };
const CONFLICT: ClientMistake = { reason: 'conflict', fittingCode: 409, evidence: 'branch' };

/** Walks out from the site to its function, looking at the branches and `catch` clauses it sits in. */
function branchMistake(site: TSESTree.Node, model: StatusModel): ClientMistake | undefined {
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

/**
 * Whether the only thing in a `try` block that can throw is the validation of request input
 * (`try { await schema.validate(req.body) } catch …`): its `catch` then answers invalid
 * input. A block that also saves, fetches or calls a service can fail on the server's side.
 */
function onlyValidatesInput(block: TSESTree.BlockStatement, model: StatusModel): boolean {
  let validates = false;
  let other = false;
  walkCalls(block, model, (call) => {
    if (isInputValidation(call, model)) validates = true;
    else if (!isHarmlessCall(call, model)) other = true;
  });
  return validates && !other;
}

function walkCalls(root: TSESTree.Node, model: StatusModel, onCall: (call: TSESTree.CallExpression | TSESTree.NewExpression) => void): void {
  const visit = (node: TSESTree.Node): void => {
    if (isFunctionNode(node)) return;
    if (node.type === AST.CallExpression || node.type === AST.NewExpression) onCall(node);
    for (const key of model.sourceCode.visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof item === 'object' && 'type' in item) visit(item as TSESTree.Node);
      }
    }
  };
  visit(root);
}

/** `schema.validate(req.body)`, `Body.parse(await request.json())`, `JSON.parse(event.body)`. */
function isInputValidation(call: TSESTree.CallExpression | TSESTree.NewExpression, model: StatusModel): boolean {
  if (call.type !== AST.CallExpression) return false;
  const name = calleeName(call.callee);
  if (name === undefined) return false;
  const validates = VALIDATION_CALL_PATTERN.test(name) || (methodCall(call) !== undefined && THROWING_VALIDATION_METHODS.has(name));
  return validates && call.arguments.some((argument) => isRequestInput(argument, model) || isRequestLike(argument));
}

/** Reading the request and answering the response: calls that fail for no server reason. */
function isHarmlessCall(call: TSESTree.CallExpression | TSESTree.NewExpression, model: StatusModel): boolean {
  if (model.isFrameworkHelper(call)) return true;
  if (call.type !== AST.CallExpression) return false;
  // `next()` hands over to the next middleware, whose errors the framework catches, not this `try`.
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST.Identifier && HANDOFF_FUNCTIONS.has(callee.name)) return true;
  if (callee.type === AST.MemberExpression && lastName(callee.object) === 'console') return true;
  if (isRequestInput(call, model)) return true;
  const method = methodCall(call);
  if (!method) return false;
  if (BODY_READ_METHODS.has(method.name) && isRequestLike(method.receiver)) return true;
  if (!ANSWERING_METHODS.has(method.name)) return false;
  const roles = receiverRoles(chainRoot(method.receiver), model);
  return roles.size > 0 && !roles.has('error');
}

/** Methods that only answer (`res.status(201).json(x)`); rendering a view or sending a file can fail on the server. */
const ANSWERING_METHODS: ReadonlySet<string> = new Set(['status', 'code', 'json', 'send', 'end', 'jsonp', 'sendStatus', 'set', 'header', 'location', 'type', 'body', 'text']);

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

/** String pieces of the arguments next to the status (`{ error: 'email is required' }`). */
function messageTexts(nodes: readonly TSESTree.Node[], model: StatusModel, depth = 0): string[] {
  const texts: string[] = [];
  for (const node of nodes) {
    const expression = unwrapExpression(node);
    if (expression.type === AST.Literal && typeof expression.value === 'string') texts.push(expression.value);
    else if (expression.type === AST.TemplateLiteral) texts.push(expression.quasis.map((quasi) => quasi.value.cooked ?? '').join(' '));
    else if (expression.type === AST.ObjectExpression && depth < 3) {
      texts.push(...messageTexts(expression.properties.flatMap((property) => (property.type === AST.Property ? [property.value] : [])), model, depth + 1));
    } else if ((expression.type === AST.NewExpression || expression.type === AST.CallExpression) && depth < 3) {
      // `new HttpError('…')`, `JSON.stringify({ message: '…' })`
      texts.push(...messageTexts(expression.arguments, model, depth + 1));
    } else if (expression.type === AST.Identifier && depth < 3) {
      // `let message = 'Unexpected error'; if (duplicate) message = 'Email already exists';`
      texts.push(...messageTexts(assignedValues(expression, model), model, depth + 1));
    }
  }
  return texts;
}

/** Every value a variable is given: its initialiser and its assignments. */
function assignedValues(identifier: TSESTree.Identifier, model: StatusModel): TSESTree.Node[] {
  const variable = ASTUtils.findVariable(model.sourceCode.getScope(identifier), identifier);
  if (!variable || variable.defs.length !== 1 || variable.defs[0]!.type !== 'Variable') return [];
  return variable.references.flatMap((reference) => (reference.writeExpr ? [reference.writeExpr as TSESTree.Node] : []));
}

/** The arguments of the status call and of the calls chained around it. */
function argumentsAround(site: TSESTree.Node): TSESTree.Node[] {
  const nodes: TSESTree.Node[] = [];
  // `{ statusCode: 500, body: JSON.stringify({ message: '…' }) }`: the object's other values.
  if (site.type === AST.Property && site.parent.type === AST.ObjectExpression) nodes.push(site.parent);
  if (site.type === AST.CallExpression || site.type === AST.NewExpression) nodes.push(...site.arguments);
  let current: TSESTree.Node = site;
  while (current.parent?.type === AST.MemberExpression && current.parent.object === current && current.parent.parent.type === AST.CallExpression) {
    current = current.parent.parent;
    nodes.push(...(current as TSESTree.CallExpression).arguments);
  }
  return nodes;
}

/** What a message next to the status says went wrong, in a text that does not also speak of the server. */
function messageMeaning(site: TSESTree.Node, model: StatusModel): MessageMeaning | undefined {
  const texts = messageTexts(argumentsAround(site), model).filter((text) => !SERVER_FAULT_MESSAGE.test(text));
  return CLIENT_MESSAGE_MEANINGS.find((meaning) => texts.some((text) => meaning.pattern.test(text)));
}

/**
 * The client mistake the status at `site` answers, if the code shows one: a branch that
 * finds request input missing or invalid, a `catch` of input validation, or a message that
 * says what the client did wrong.
 */
export function clientMistakeAt(site: TSESTree.Node, model: StatusModel): ClientMistake | undefined {
  const branch = branchMistake(site, model);
  const meaning = messageMeaning(site, model);
  if (branch && !(meaning?.fittingCode !== undefined && isReadFromLookup(branch))) {
    return isReadFromLookup(branch) && speaksOfServer(site, model) ? undefined : branch;
  }
  if (!meaning) return undefined;
  const evidence = 'message' as const;
  return meaning.fittingCode === undefined ? { reason: meaning.reason, evidence } : { reason: meaning.reason, fittingCode: meaning.fittingCode, evidence };
}

/** Not logged in, or no such record: read from a lookup, which a message may contradict or refine. */
function isReadFromLookup(mistake: ClientMistake): boolean {
  return mistake === UNAUTHENTICATED || mistake === NOT_FOUND;
}

/** `res.status(500).send('Database error')`: the message itself blames the server. */
function speaksOfServer(site: TSESTree.Node, model: StatusModel): boolean {
  return messageTexts(argumentsAround(site), model).some((text) => SERVER_FAULT_MESSAGE.test(text));
}

/** Whether the mistake is shown only by words, which a gateway code's message never proves. */
export function isShownByMessageOnly(mistake: ClientMistake): boolean {
  return mistake.evidence === 'message';
}

import { AST } from './ast';
import {ASTUtils, type TSESLint, type TSESTree} from '@typescript-eslint/utils';
import {
  CONTENT_METHOD_SHAPES,
  CONTENT_PROPERTIES,
  HEADER_FUNCTIONS,
  HEADER_METHOD_SHAPES,
  HTTP_METHOD_NAMES,
  NEST_HEADER_DECORATOR,
  NEST_METHOD_DECORATORS,
  NEST_REDIRECT_DECORATOR,
  READER_FUNCTION_PATTERN,
  REDIRECT_METHODS,
  lookupByName,
  type ContentMethodShape,
  type HeaderArgument,
  type HeaderMethodShape,
  type ReceiverRole,
} from '../frameworks';
import { calleeName, enclosingFunction, isFunctionNode, memberName, methodCall, propertyKeyName, unwrapExpression } from './nodes';
import { chainRoot, parameterRoles, receiverRoles } from './receivers';
import type { StatusModel, StatusSite } from './status-model';

export type FunctionNode = TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration;

/** Something a handler does to one response, in source order. */
export type ResponseEvent =
  | { readonly type: 'status'; readonly node: TSESTree.Node; readonly site: StatusSite }
  | { readonly type: 'content'; readonly node: TSESTree.Node; readonly content: TSESTree.Node; readonly shape: ContentMethodShape | 'koa-body' | 'return' }
  | { readonly type: 'header'; readonly node: TSESTree.Node; readonly headers: ReadonlySet<string> | 'unknown' }
  | { readonly type: 'redirect'; readonly node: TSESTree.Node }
  | { readonly type: 'escape'; readonly node: TSESTree.Node };

type ResponseKey = TSESLint.Scope.Variable | string;

const CONTENT_BY_METHOD = groupBy(CONTENT_METHOD_SHAPES, (shape) => shape.method);
const HEADERS_BY_METHOD = groupBy(HEADER_METHOD_SHAPES, (shape) => shape.method);
const RESPONSE_ROLES: ReadonlySet<ReceiverRole> = new Set(['response', 'reply', 'koa-context', 'hono-context', 'h3-event', 'hapi-toolkit']);

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Header names an object literal sets (`{ Location: u, 'Content-Type': t }`), or unknown. */
export function objectHeaderNames(node: TSESTree.Node | undefined): ReadonlySet<string> | 'unknown' {
  if (!node) return new Set();
  const expression = unwrapExpression(node);
  if (expression.type === AST.NewExpression && calleeName(expression.callee) === 'Headers') {
    return expression.arguments[0] ? objectHeaderNames(expression.arguments[0]) : new Set();
  }
  if (expression.type === AST.ArrayExpression) {
    const names = new Set<string>();
    for (const element of expression.elements) {
      if (element?.type !== AST.ArrayExpression) return 'unknown';
      const name = element.elements[0];
      if (name?.type !== AST.Literal || typeof name.value !== 'string') return 'unknown';
      names.add(name.value.toLowerCase());
    }
    return names;
  }
  if (expression.type !== AST.ObjectExpression) return 'unknown';
  const names = new Set<string>();
  for (const property of expression.properties) {
    if (property.type !== AST.Property) return 'unknown';
    const key = propertyKeyName(property);
    if (key === undefined) return 'unknown';
    names.add(key.toLowerCase());
  }
  return names;
}

/**
 * Header names of `headers` in `{ headers, status: 201 }` when the same function builds it
 * in sight (`const headers = { … }` or `new Headers(…)`, then `headers.set('ETag', …)`);
 * unknown when it comes from elsewhere or is handed to other code.
 */
export function builtHeaderNames(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): ReadonlySet<string> | 'unknown' {
  const expression = unwrapExpression(node);
  if (expression.type !== AST.Identifier) return objectHeaderNames(expression);
  const variable = ASTUtils.findVariable(sourceCode.getScope(expression), expression);
  const definition = variable?.defs[0];
  if (!variable || variable.defs.length !== 1 || definition?.type !== 'Variable' || !definition.node.init) return 'unknown';
  if (enclosingFunction(definition.node) !== enclosingFunction(expression)) return 'unknown';
  const initial = objectHeaderNames(definition.node.init);
  if (initial === 'unknown') return 'unknown';
  const names = new Set(initial);
  for (const reference of variable.references) {
    if (reference.init || reference.identifier === expression) continue;
    const added = headersAddedBy(reference.identifier as TSESTree.Identifier);
    if (added === 'unknown') return 'unknown';
    if (added) names.add(added.toLowerCase());
  }
  return names;
}

const HEADER_READ_METHODS: ReadonlySet<string> = new Set(['get', 'has', 'forEach', 'entries', 'keys', 'values', 'getSetCookie']);

/** The header one use of a headers binding adds (`h.set('Location', u)`, `h.Location = u`), none, or unknown. */
function headersAddedBy(use: TSESTree.Identifier): string | undefined | 'unknown' {
  const parent = use.parent;
  if (parent.type === AST.Property && parent.value === use) return undefined;
  if (parent.type !== AST.MemberExpression || parent.object !== use) return 'unknown';
  const name = memberName(parent);
  const grand = parent.parent;
  if (grand.type === AST.AssignmentExpression && grand.left === parent) return name ?? 'unknown';
  if (grand.type !== AST.CallExpression || grand.callee !== parent) return undefined;
  if (name !== undefined && HEADER_READ_METHODS.has(name)) return undefined;
  const [header] = grand.arguments;
  if ((name === 'set' || name === 'append') && header?.type === AST.Literal && typeof header.value === 'string') return header.value;
  return 'unknown';
}

function headerNamesOf(call: TSESTree.CallExpression, argument: HeaderArgument): ReadonlySet<string> | 'unknown' {
  switch (argument.type) {
    case 'fixed':
      return new Set([argument.header.toLowerCase()]);
    case 'object':
      return call.arguments[argument.index] ? objectHeaderNames(call.arguments[argument.index]) : new Set();
    case 'pair':
    case 'pair-or-object': {
      const index = argument.type === 'pair' ? argument.nameIndex : argument.index;
      const name = call.arguments[index];
      if (!name) return new Set();
      if (name.type === AST.Literal && typeof name.value === 'string') return new Set([name.value.toLowerCase()]);
      if (argument.type === 'pair-or-object' && name.type === AST.ObjectExpression) return objectHeaderNames(name);
      return 'unknown';
    }
  }
}

/** A value that sends nothing: absent, `null`, `undefined`, `void 0`, `''`. */
export function isEmptyContent(node: TSESTree.Node | undefined): boolean {
  if (!node) return true;
  const expression = unwrapExpression(node);
  if (expression.type === AST.Literal) return expression.value === null || expression.value === '';
  if (expression.type === AST.Identifier) return expression.name === 'undefined';
  return expression.type === AST.UnaryExpression && expression.operator === 'void';
}

/** Statement lists in which dominance is decided. */
function statementList(node: TSESTree.Node): readonly TSESTree.Node[] | undefined {
  switch (node.type) {
    case AST.BlockStatement:
    case AST.Program:
    case AST.StaticBlock:
      return node.body;
    case AST.SwitchCase:
      return node.consequent;
    default:
      return undefined;
  }
}

/** Whether `node` runs whenever `statement` (an ancestor) runs to its end: no branch or loop between. */
function runsUnconditionally(node: TSESTree.Node, statement: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  let parent = node.parent;
  while (parent && child !== statement) {
    switch (parent.type) {
      case AST.IfStatement:
      case AST.ConditionalExpression:
        if (child !== parent.test) return false;
        break;
      case AST.LogicalExpression:
        if (child === parent.right) return false;
        break;
      case AST.WhileStatement:
      case AST.DoWhileStatement:
      case AST.ForStatement:
      case AST.ForInStatement:
      case AST.ForOfStatement:
      case AST.SwitchStatement:
      case AST.TryStatement:
      case AST.CatchClause:
        return false;
      default:
        if (isFunctionNode(parent)) return false;
    }
    child = parent;
    parent = parent.parent;
  }
  return child === statement;
}

export { enclosingFunction } from './nodes';

/**
 * Whether `earlier` runs on every path that reaches `later` within one function: it is in
 * the receiver chain of `later`, or unconditionally inside a statement that precedes one of
 * `later`'s enclosing statements in the same list.
 */
export function dominates(earlier: TSESTree.Node, later: TSESTree.Node): boolean {
  if (earlier.range[1] > later.range[0] && !isInReceiverChain(earlier, later)) return false;
  if (isInReceiverChain(earlier, later)) return true;
  if (enclosingFunction(earlier) !== enclosingFunction(later)) return false;
  let child: TSESTree.Node = later;
  for (let parent = later.parent; parent && !isFunctionNode(parent); child = parent, parent = parent.parent) {
    const list = statementList(parent);
    if (!list) continue;
    const laterIndex = list.indexOf(child);
    for (let index = 0; index < laterIndex; index++) {
      const statement = list[index]!;
      if (statement.range[0] <= earlier.range[0] && earlier.range[1] <= statement.range[1]) {
        return runsUnconditionally(earlier, statement);
      }
    }
  }
  return false;
}

/** `res.status(201)` inside `res.status(201).json(x)`: an earlier link of the same chain. */
function isInReceiverChain(earlier: TSESTree.Node, later: TSESTree.Node): boolean {
  let current: TSESTree.Node = later;
  for (;;) {
    if (current.type !== AST.CallExpression) return false;
    const method = methodCall(current);
    if (!method) return false;
    const receiver = unwrapExpression(method.receiver);
    if (receiver === earlier) return true;
    current = receiver;
  }
}

/**
 * The HTTP method a handler serves, where the code shows it; a callback inside a handler
 * (`db.query(sql, (err, rows) => res.status(201)…)`) serves the handler's method.
 */
export function httpMethodOf(fn: FunctionNode, node: TSESTree.Node): string | undefined {
  for (let current: FunctionNode | undefined = fn; current; current = enclosingFunction(current)) {
    const method = methodFromCondition(node, current) ?? methodFromRegistration(current) ?? methodFromExport(current) ?? methodFromDecorators(current);
    if (method !== undefined) return method;
  }
  return undefined;
}

/** `app.post(path, fn)`, also through wrappers: `router.post(path, defineEventHandler(fn))`. */
function methodFromRegistration(fn: FunctionNode): string | undefined {
  let argument: TSESTree.Node = fn;
  for (let depth = 0; depth < 3; depth++) {
    const parent: TSESTree.Node | undefined = argument.parent;
    if (parent?.type !== AST.CallExpression || !parent.arguments.includes(argument as TSESTree.CallExpressionArgument)) return undefined;
    const name = methodCall(parent)?.name;
    if (name !== undefined && HTTP_METHOD_NAMES.includes(name)) return name === 'del' ? 'DELETE' : name.toUpperCase();
    argument = parent;
  }
  return undefined;
}

function methodFromExport(fn: FunctionNode): string | undefined {
  const name =
    fn.type === AST.FunctionDeclaration
      ? fn.id?.name
      : fn.parent?.type === AST.VariableDeclarator && fn.parent.id.type === AST.Identifier
        ? fn.parent.id.name
        : fn.parent?.type === AST.Property
          ? propertyKeyName(fn.parent)
          : undefined;
  return name !== undefined && /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(name) ? name : undefined;
}

function methodFromDecorators(fn: FunctionNode): string | undefined {
  const method = fn.parent;
  if (method?.type !== AST.MethodDefinition) return undefined;
  for (const decorator of method.decorators ?? []) {
    const expression = decorator.expression;
    if (expression.type !== AST.CallExpression) continue;
    const method = lookupByName(NEST_METHOD_DECORATORS, calleeName(expression.callee)) ?? methodFromDecoratorOptions(expression);
    if (method) return method;
  }
  return undefined;
}

/** `@HTTPMethod({ method: HTTPMethodEnum.PUT, path: '/x' })`, `@Route({ method: 'POST' })`. */
function methodFromDecoratorOptions(decorator: TSESTree.CallExpression): string | undefined {
  const options = decorator.arguments[0];
  if (options?.type !== AST.ObjectExpression) return undefined;
  for (const property of options.properties) {
    if (property.type !== AST.Property || propertyKeyName(property) !== 'method') continue;
    const value = unwrapExpression(property.value);
    const name =
      value.type === AST.Literal && typeof value.value === 'string'
        ? value.value
        : value.type === AST.MemberExpression
          ? memberName(value)
          : undefined;
    const upper = name?.toUpperCase();
    return upper !== undefined && HTTP_METHOD_NAMES.includes(upper.toLowerCase()) ? upper : undefined;
  }
  return undefined;
}

/** `if (req.method === 'POST') { … }` around the node. */
function methodFromCondition(node: TSESTree.Node, fn: FunctionNode): string | undefined {
  for (let child: TSESTree.Node = node, parent = node.parent; parent && parent !== fn; child = parent, parent = parent.parent) {
    if (parent.type === AST.IfStatement && child === parent.consequent) {
      const method = comparedMethod(parent.test);
      if (method) return method;
    }
    if (parent.type === AST.SwitchCase && parent.test?.type === AST.Literal && isMethodExpression(parent.parent.discriminant)) {
      return String(parent.test.value).toUpperCase();
    }
  }
  return undefined;
}

function isMethodExpression(node: TSESTree.Node): boolean {
  const expression = unwrapExpression(node);
  return expression.type === AST.MemberExpression && memberName(expression) === 'method';
}

function comparedMethod(test: TSESTree.Expression): string | undefined {
  if (test.type !== AST.BinaryExpression || (test.operator !== '===' && test.operator !== '==')) return undefined;
  const [method, literal] = isMethodExpression(test.left) ? [test.left, test.right] : [test.right, test.left];
  if (!isMethodExpression(method) || literal.type !== AST.Literal || typeof literal.value !== 'string') return undefined;
  return literal.value.toUpperCase();
}

/** The NestJS `@Header(…)` and `@Redirect(…)` decorators of the method `fn` is. */
export function nestDecorators(fn: FunctionNode): { headers: Set<string>; redirects: boolean } {
  const headers = new Set<string>();
  let redirects = false;
  const method = fn.parent;
  if (method?.type !== AST.MethodDefinition) return { headers, redirects };
  for (const decorator of method.decorators ?? []) {
    const expression = decorator.expression;
    if (expression.type !== AST.CallExpression) continue;
    const name = calleeName(expression.callee);
    const [first] = expression.arguments;
    if (name === NEST_HEADER_DECORATOR && first?.type === AST.Literal && typeof first.value === 'string') {
      headers.add(first.value.toLowerCase());
    }
    if (name === NEST_REDIRECT_DECORATOR) redirects = true;
  }
  return { headers, redirects };
}

/**
 * The events of every response a handler touches, by response (the variable of `res`,
 * `reply`, `ctx`, `c`), collected once per function.
 */
export class ResponseFlow {
  private readonly events = new Map<ResponseKey, ResponseEvent[]>();

  constructor(
    readonly fn: FunctionNode,
    private readonly model: StatusModel,
  ) {
    this.collect(fn.body);
  }

  /** The response a receiver expression stands for, if it is one. */
  keyOf(receiver: TSESTree.Node): ResponseKey | undefined {
    const root = unwrapExpression(chainRoot(receiver));
    const base = root.type === AST.MemberExpression && memberName(root) === 'response' ? unwrapExpression(root.object) : root;
    if (base.type !== AST.Identifier) return undefined;
    const variable = ASTUtils.findVariable(this.model.sourceCode.getScope(base), base);
    return variable ?? base.name;
  }

  eventsOf(key: ResponseKey): readonly ResponseEvent[] {
    return this.events.get(key) ?? [];
  }

  /** The events of each response, in source order. */
  allEvents(): IterableIterator<readonly ResponseEvent[]> {
    return this.events.values();
  }

  private add(key: ResponseKey | undefined, event: ResponseEvent): void {
    if (key === undefined) return;
    this.events.set(key, [...(this.events.get(key) ?? []), event]);
  }

  private isResponse(receiver: TSESTree.Node): boolean {
    const roles = receiverRoles(receiver, this.model);
    return [...roles].some((role) => RESPONSE_ROLES.has(role));
  }

  private collect(root: TSESTree.Node): void {
    const visit = (node: TSESTree.Node): void => {
      this.inspect(node);
      for (const key of this.model.sourceCode.visitorKeys[node.type] ?? []) {
        const child = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(child)) {
          for (const item of child) if (item && typeof item === 'object' && 'type' in item) visit(item as TSESTree.Node);
        } else if (child && typeof child === 'object' && 'type' in child) {
          visit(child as TSESTree.Node);
        }
      }
    };
    visit(root);
  }

  private inspect(node: TSESTree.Node): void {
    if (node.type === AST.CallExpression) this.inspectCall(node);
    else if (node.type === AST.AssignmentExpression) this.inspectAssignment(node);
    else if (node.type === AST.ReturnStatement) this.inspectReturn(node);
  }

  private inspectCall(node: TSESTree.CallExpression): void {
    const site = this.model.siteOf(node);
    if (site?.shape && 'responseArgument' in site.shape && site.shape.responseArgument !== undefined) {
      const response = node.arguments[site.shape.responseArgument];
      const key = response && this.keyOf(response);
      this.add(key, site.kind === 'redirect' ? { type: 'redirect', node } : { type: 'status', node, site });
      return;
    }
    const method = methodCall(node);
    if (method && this.isResponse(method.receiver)) {
      const key = this.keyOf(method.receiver);
      if (site && site.kind !== 'compare' && site.kind !== 'assert') this.add(key, { type: 'status', node, site });
      for (const shape of CONTENT_BY_METHOD.get(method.name) ?? []) {
        const content = node.arguments[shape.contentArgument];
        if (content && !isEmptyContent(content)) this.add(key, { type: 'content', node, content, shape });
      }
      for (const shape of HEADERS_BY_METHOD.get(method.name) ?? []) this.addHeaders(key, node, shape);
      if (REDIRECT_METHODS.includes(method.name)) this.add(key, { type: 'redirect', node });
      if (method.name === 'writeHead' && site) this.addWriteHeadHeaders(key, node);
    } else if (method) {
      for (const shape of HEADERS_BY_METHOD.get(method.name) ?? []) {
        if (shape.anyReceiver) this.addHeaders(this.keyOf(method.receiver), node, shape);
      }
    }
    this.inspectHelperCall(node);
  }

  private addWriteHeadHeaders(key: ResponseKey | undefined, node: TSESTree.CallExpression): void {
    const headers = node.arguments.slice(1).find((argument) => argument.type !== AST.Literal);
    if (headers) this.add(key, { type: 'header', node, headers: objectHeaderNames(headers) });
  }

  private addHeaders(key: ResponseKey | undefined, node: TSESTree.CallExpression, shape: HeaderMethodShape): void {
    this.add(key, { type: 'header', node, headers: headerNamesOf(node, shape.headers) });
  }

  /** Header helpers (`setResponseHeader(event, …)`) and responses handed to unknown functions. */
  private inspectHelperCall(node: TSESTree.CallExpression): void {
    const callee = unwrapExpression(node.callee);
    const name = callee.type === AST.Identifier ? callee.name : undefined;
    const helper = lookupByName(HEADER_FUNCTIONS, name);
    for (const argument of node.arguments) {
      const expression = unwrapExpression(argument);
      if (expression.type !== AST.Identifier || !this.isResponse(expression)) continue;
      const key = this.keyOf(expression);
      if (helper) this.add(key, { type: 'header', node, headers: headerNamesOf(node, helper) });
      else if (name !== 'next' && !(name !== undefined && READER_FUNCTION_PATTERN.test(name))) this.add(key, { type: 'escape', node });
    }
  }

  private inspectAssignment(node: TSESTree.AssignmentExpression): void {
    if (node.left.type !== AST.MemberExpression) return;
    const property = memberName(node.left);
    const receiver = node.left.object;
    const site = this.model.siteOf(node);
    if (site && site.kind !== 'error') this.add(this.keyOf(receiver), { type: 'status', node, site });
    const roles = lookupByName(CONTENT_PROPERTIES, property);
    if (roles && !isEmptyContent(node.right)) {
      const receiverRoleSet = receiverRoles(receiver, this.model);
      if (roles.some((role) => receiverRoleSet.has(role))) {
        this.add(this.keyOf(receiver), { type: 'content', node, content: node.right, shape: 'koa-body' });
      }
    }
  }

  /** Fastify (async handlers) and h3 send what the handler returns. */
  private inspectReturn(node: TSESTree.ReturnStatement): void {
    if (!node.argument || isEmptyContent(node.argument) || enclosingFunction(node) !== this.fn) return;
    const reply = this.fn.params.map((param) => (param.type === AST.Identifier ? param : undefined)).find((param) => {
      if (param === undefined) return false;
      const roles = receiverRoles(param, this.model);
      return (roles.has('reply') && this.fn.async) || roles.has('h3-event');
    });
    if (!reply) return;
    const returned = unwrapExpression(node.argument);
    if (returned.type === AST.CallExpression && this.keyOf(returned) === this.keyOf(reply)) return;
    this.add(this.keyOf(reply), { type: 'content', node, content: node.argument, shape: 'return' });
  }
}

const FLOWS = new WeakMap<FunctionNode, ResponseFlow | null>();

/**
 * The response flow of the handler around `node`: the nearest enclosing function that takes
 * a response (callbacks inside a handler, as in `db.find(id, (err, row) => res.json(row))`,
 * share its responses). Computed once per function; `undefined` outside handlers.
 */
export function flowAround(node: TSESTree.Node, model: StatusModel): ResponseFlow | undefined {
  const start = enclosingFunction(node);
  if (!start) return undefined;
  const cached = FLOWS.get(start);
  if (cached !== undefined) return cached ?? undefined;
  let fn: FunctionNode | undefined = start;
  while (fn && !hasResponseParameter(fn, model)) fn = enclosingFunction(fn);
  const flow = fn ? (FLOWS.get(fn) ?? new ResponseFlow(fn, model)) : null;
  if (fn && flow) FLOWS.set(fn, flow);
  FLOWS.set(start, flow);
  return flow ?? undefined;
}

/** Nodes that may send content, by their shape alone: worth a look at the flow. */
export function maySendContent(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST.CallExpression: {
      const name = methodCall(node)?.name;
      return name !== undefined && CONTENT_BY_METHOD.has(name);
    }
    case AST.AssignmentExpression:
      return node.left.type === AST.MemberExpression && lookupByName(CONTENT_PROPERTIES, memberName(node.left)) !== undefined;
    case AST.ReturnStatement:
      return node.argument !== null;
    default:
      return false;
  }
}

function hasResponseParameter(fn: FunctionNode, model: StatusModel): boolean {
  return fn.params.some((_, index) => [...parameterRoles(fn, index, model)].some((role) => RESPONSE_ROLES.has(role)));
}

/** The branch of an `if`, `?:` or `switch` that contains `node`, below `ancestor`. */
function branchBelow(ancestor: TSESTree.Node, node: TSESTree.Node): TSESTree.Node | undefined {
  let child = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent === ancestor) return child;
  }
  return undefined;
}

/** Whether no run of the function can reach both nodes: they sit in different arms of one branch. */
export function mutuallyExclusive(a: TSESTree.Node, b: TSESTree.Node): boolean {
  for (let ancestor = a.parent; ancestor; ancestor = ancestor.parent) {
    if (!(ancestor.range[0] <= b.range[0] && b.range[1] <= ancestor.range[1])) continue;
    const armOfA = branchBelow(ancestor, a);
    const armOfB = branchBelow(ancestor, b);
    if (ancestor.type === AST.IfStatement || ancestor.type === AST.ConditionalExpression) {
      return armOfA !== armOfB && armOfA !== ancestor.test && armOfB !== ancestor.test;
    }
    if (ancestor.type === AST.SwitchStatement) {
      return armOfA !== armOfB && armOfA !== ancestor.discriminant && armOfB !== ancestor.discriminant;
    }
    return false;
  }
  return false;
}

/** Whether a `return` or `throw` at or after `node`, in a list that does not hold `other`, ends every run through `node` first. */
function endsBefore(node: TSESTree.Node, other: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent && !isFunctionNode(parent); child = parent, parent = parent.parent) {
    if (parent.range[0] <= other.range[0] && other.range[1] <= parent.range[1]) return false;
    const list = statementList(parent);
    if (!list) continue;
    // The statement holding `node` counts too: `return json(res, body)` ends the run there.
    const index = list.indexOf(child);
    if (list.slice(index).some((statement) => statement.type === AST.ReturnStatement || statement.type === AST.ThrowStatement)) {
      return true;
    }
  }
  return false;
}

/**
 * Whether one run of the handler can pass through both nodes: not in different arms of a
 * branch, and not cut apart by a `return` or `throw` that ends the earlier one's block.
 */
export function canShareRun(a: TSESTree.Node, b: TSESTree.Node): boolean {
  if (mutuallyExclusive(a, b)) return false;
  const [first, second] = a.range[0] <= b.range[0] ? [a, b] : [b, a];
  if (first.range[1] >= second.range[1]) return true;
  return !endsBefore(first, second);
}

/** `@Res()` hands the response to the method, which then sets headers itself. */
export function usesRawResponse(fn: FunctionNode): boolean {
  return fn.params.some((param) =>
    (param.decorators ?? []).some((decorator) => {
      const expression = decorator.expression;
      return expression.type === AST.CallExpression && /^(?:Res|Response|Next)$/.test(calleeName(expression.callee) ?? '');
    }),
  );
}


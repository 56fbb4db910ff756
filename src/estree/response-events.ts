import { AST } from './ast';
import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  CONTENT_METHOD_SHAPES,
  CONTENT_PROPERTIES,
  HEADER_FUNCTIONS,
  HEADER_PROPERTIES,
  HEADER_METHOD_SHAPES,
  READER_FUNCTION_PATTERN,
  REDIRECT_METHODS,
  lookupByName,
  type ContentMethodShape,
  type HeaderMethodShape,
  type ReceiverRole,
} from '../frameworks';
import type { FunctionNode } from './handler';
import { headerNamesOf, objectHeaderNames } from './headers';
import { enclosingFunction, memberName, methodCall, unwrapExpression, walk } from './nodes';
import { chainRoot, parameterRoles, receiverRoles } from './receivers';
import type { StatusModel, StatusSite } from './status-model';
import { isEmptyContent } from './visible-content';

/** A status set on the response: `res.status(204)`, `ctx.status = 204`. */
export interface StatusEvent {
  readonly type: 'status';
  readonly node: TSESTree.Node;
  readonly site: StatusSite;
}

/** Content sent on the response, and how: a content method, a body property assigned (`ctx.body = x`), or a returned value. */
export interface ContentEvent {
  readonly type: 'content';
  readonly node: TSESTree.Node;
  readonly content: TSESTree.Node;
  readonly shape: ContentMethodShape | 'property' | 'return';
}

/**
 * Something a handler does to one response, in source order: sets its status, sends content,
 * sets headers (unknown ones when they cannot be read), redirects, or hands it to unknown code.
 */
export type ResponseEvent =
  | StatusEvent
  | ContentEvent
  | { readonly type: 'header'; readonly node: TSESTree.Node; readonly headers: ReadonlySet<string> | 'unknown' }
  | { readonly type: 'redirect'; readonly node: TSESTree.Node }
  | { readonly type: 'escape'; readonly node: TSESTree.Node };

type ResponseKey = TSESLint.Scope.Variable | string;

const CONTENT_BY_METHOD = groupBy(CONTENT_METHOD_SHAPES, (shape) => shape.method);
const HEADERS_BY_METHOD = groupBy(HEADER_METHOD_SHAPES, (shape) => shape.method);
const RESPONSE_ROLES: ReadonlySet<ReceiverRole> = new Set(['response', 'reply', 'koa-context', 'hono-context', 'h3-event', 'hapi-toolkit']);

function isResponseRole(roles: ReadonlySet<ReceiverRole>): boolean {
  return [...roles].some((role) => RESPONSE_ROLES.has(role));
}

/** The roles whose content and header methods the catalogue describes. */
const CONTENT_ROLES: ReadonlySet<ReceiverRole> = new Set([...CONTENT_METHOD_SHAPES.flatMap((shape) => shape.receivers), ...Object.values(CONTENT_PROPERTIES).flat()]);
const HEADER_ROLES: ReadonlySet<ReceiverRole> = new Set(HEADER_METHOD_SHAPES.flatMap((shape) => shape.receivers));

/**
 * Whether a method shape is the receiver's: Express's `res` has no `text()`, only Hono's `c`
 * has. A receiver whose methods the catalogue does not describe (hapi's `h.response(x)`,
 * whose `.header()` is listed under no role) is not told apart: the name decides, as the
 * catalogue cannot say the method is not its.
 */
function fits(shape: ContentMethodShape | HeaderMethodShape, roles: ReadonlySet<ReceiverRole>, described: ReadonlySet<ReceiverRole>): boolean {
  if ('anyReceiver' in shape && shape.anyReceiver === true) return true;
  return shape.receivers.some((role) => roles.has(role)) || ![...roles].some((role) => described.has(role));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
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
    walk(fn.body, model.sourceCode.visitorKeys, (node) => this.inspect(node));
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
    return isResponseRole(receiverRoles(receiver, this.model));
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
    const roles = method && receiverRoles(method.receiver, this.model);
    if (method && roles && isResponseRole(roles)) {
      const key = this.keyOf(method.receiver);
      if (site && site.kind !== 'compare' && site.kind !== 'assert') this.add(key, { type: 'status', node, site });
      for (const shape of CONTENT_BY_METHOD.get(method.name) ?? []) {
        const content = node.arguments[shape.contentArgument];
        if (fits(shape, roles, CONTENT_ROLES) && content && !isEmptyContent(content)) this.add(key, { type: 'content', node, content, shape });
      }
      for (const shape of HEADERS_BY_METHOD.get(method.name) ?? []) if (fits(shape, roles, HEADER_ROLES)) this.addHeaders(key, node, shape);
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
    for (const setter of lookupByName(HEADER_PROPERTIES, property) ?? []) {
      const receiverRoleSet = receiverRoles(receiver, this.model);
      if (setter.receivers.some((role) => receiverRoleSet.has(role))) {
        this.add(this.keyOf(receiver), { type: 'header', node, headers: new Set([setter.header.toLowerCase()]) });
      }
    }
    const roles = lookupByName(CONTENT_PROPERTIES, property);
    if (roles && !isEmptyContent(node.right)) {
      const receiverRoleSet = receiverRoles(receiver, this.model);
      if (roles.some((role) => receiverRoleSet.has(role))) {
        this.add(this.keyOf(receiver), { type: 'content', node, content: node.right, shape: 'property' });
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

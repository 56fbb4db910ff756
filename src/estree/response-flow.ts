import { frameworkDefinition } from '../frameworks';
import { AST } from './ast';
import { type TSESTree } from '@typescript-eslint/utils';
import { canShareRun, dominates } from './control-flow';
import { nestDecorators, usesRawResponse } from './handler';
import { isFunctionNode, methodCall } from './nodes';
import { flowAround, maySendContent, type ContentEvent, type ResponseEvent, type StatusEvent } from './response-events';
import type { StatusModel, StatusSite } from './status-model';

/**
 * The questions rules ask about one response: which status is in force where content is
 * sent, which headers the response a status answers sets. Each answers `undefined` (or
 * `unknown`) where the code does not show it: rules report only what is certain.
 */

/** Content sent in a handler, and the status in force where it is sent. */
export interface ContentUnderStatus {
  /** What is sent, and how (`res.json(x)`, `ctx.body = x`, a returned value). */
  readonly content: ContentEvent;
  /** The status set on every path to the content, with nothing after it that may change it. */
  readonly site: StatusSite;
}

/**
 * The status in force where `node` sends content on a response (`res.status(204).json(x)`,
 * `ctx.status = 204; ctx.body = x`): the last status set on every path to it, unless a status
 * set on some path only, or a hand-off of the response to unknown code, comes after that one.
 */
export function statusInForce(node: TSESTree.Node, model: StatusModel): ContentUnderStatus | undefined {
  const sent = contentEventsOf(node, model);
  if (!sent) return undefined;
  const status = governingStatus(sent.events, sent.content);
  return status && { content: sent.content, site: status.site };
}

/**
 * Content sent on a response that its handler never sets a status on, redirects or hands to
 * code the flow cannot follow: it goes out with the frameworks' default, 200 (OK). `undefined`
 * where any of those may decide the status instead.
 */
export function sentWithDefaultStatus(node: TSESTree.Node, model: StatusModel): ContentEvent | undefined {
  const sent = contentEventsOf(node, model);
  if (!sent) return undefined;
  return sent.events.some((event) => event.type === 'status' || event.type === 'escape' || event.type === 'redirect') ? undefined : sent.content;
}

/** The content event of `node` and the events of the first run of its response's flow that sends it. */
function contentEventsOf(node: TSESTree.Node, model: StatusModel): { events: readonly ResponseEvent[]; content: ContentEvent } | undefined {
  if (!maySendContent(node)) return undefined;
  const flow = flowAround(node, model);
  if (!flow) return undefined;
  for (const events of flow.allEvents()) {
    const content = events.find((event): event is ContentEvent => event.type === 'content' && event.node === node);
    if (content) return { events, content };
  }
  return undefined;
}

function governingStatus(events: readonly ResponseEvent[], content: ContentEvent): StatusEvent | undefined {
  const before = events.filter(
    (event) =>
      event.node !== content.node &&
      (event.node.range[0] < content.node.range[0] || dominates(event.node, content.node)) &&
      canShareRun(event.node, content.node),
  );
  const statuses = before.filter((event): event is StatusEvent => event.type === 'status');
  const governing = [...statuses].reverse().find((event) => dominates(event.node, content.node));
  if (!governing) return undefined;
  const uncertain = before.some(
    (event) => event !== governing && (event.type === 'status' || event.type === 'escape') && event.node.range[0] > governing.node.range[0],
  );
  return uncertain ? undefined : governing;
}

/** The content a status site sends itself: `c.json(x, 204)`, `new Response(x, { status: 204 })`. */
export interface ContentOfSite {
  readonly call: TSESTree.CallExpression | TSESTree.NewExpression;
  readonly argument: TSESTree.Node;
  /** Whether the value is serialised (`c.json(null)` sends `null`), so that it is content whatever it is. */
  readonly serialised: boolean;
}

export function contentOfSite(site: StatusSite): ContentOfSite | undefined {
  const content = site.shape?.content;
  const call = site.node;
  if (!content || (call.type !== AST.CallExpression && call.type !== AST.NewExpression)) return undefined;
  const argument = call.arguments[content.index];
  return argument && { call, argument, serialised: content.serialised === true };
}

/** What the code shows of the headers of the response a status site answers. */
export interface ResponseHeaders {
  /** Header names the response sets on some run through the site, in lower case. */
  readonly names: ReadonlySet<string>;
  /**
   * Whether a redirect call (`res.redirect(u)`, `ctx.redirect(u)`) answers the response. It
   * sets Location with the redirect status it sends: a status set by hand before it is kept
   * when it is a redirect (Koa) and replaced otherwise.
   */
  readonly redirects: boolean;
  /** Whether `names` is all of them: no headers that cannot be read, no hand-off to unknown code. */
  readonly complete: boolean;
}

/**
 * The headers of the response `site` sets its status on: the headers set on that response
 * anywhere in its handler on a run that can pass through the site (`res.location(u)`,
 * `reply.header(…)`, `setResponseHeader(event, …)`), or those a NestJS method declares
 * (`@Header(…)`; `@Redirect()` gives every response of the method a Location). `undefined`
 * when the response cannot be followed.
 */
export function headersOfResponse(site: StatusSite, model: StatusModel): ResponseHeaders | undefined {
  if (frameworkDefinition(site.framework).decorators) return declaredHeaders(site);
  const receiver = responseOf(site);
  const flow = flowAround(site.node, model);
  const key = receiver && flow?.keyOf(receiver);
  if (!flow || key === undefined) return undefined;
  const names = new Set<string>();
  let redirects = false;
  let complete = true;
  for (const event of flow.eventsOf(key)) {
    if (!canShareRun(event.node, site.node)) continue;
    if (event.type === 'escape') complete = false;
    if (event.type === 'redirect') redirects = true;
    if (event.type !== 'header') continue;
    if (event.headers === 'unknown') complete = false;
    else for (const name of event.headers) names.add(name);
  }
  return { names, redirects, complete };
}

/** Whether the response of `site` sets `header` (any case): `set`, `missing`, or `unknown` where the code does not tell. */
export function responseSetsHeader(site: StatusSite, header: string, model: StatusModel): 'set' | 'missing' | 'unknown' {
  const headers = headersOfResponse(site, model);
  if (!headers) return 'unknown';
  if (headers.names.has(header.toLowerCase())) return 'set';
  return headers.complete ? 'missing' : 'unknown';
}

/** The response a site sets its status on: `res` of `res.status(201)`, `ctx` of `ctx.status = 201`, `event` of `setResponseStatus(event, 201)`. */
function responseOf(site: StatusSite): TSESTree.Node | undefined {
  const node = site.node;
  const responseArgument = site.shape && 'responseArgument' in site.shape ? site.shape.responseArgument : undefined;
  if (node.type === AST.CallExpression) return responseArgument !== undefined ? node.arguments[responseArgument] : methodCall(node)?.receiver;
  if (node.type === AST.AssignmentExpression && node.left.type === AST.MemberExpression) return node.left.object;
  return undefined;
}

/** `@HttpCode(201)` on a NestJS method: its `@Header(…)` and `@Redirect(…)` decorators, unless it takes the raw response. */
function declaredHeaders(site: StatusSite): ResponseHeaders | undefined {
  const decorator = site.node.parent;
  if (decorator?.type !== AST.Decorator) return undefined;
  const method = decorator.parent;
  if (method.type !== AST.MethodDefinition || !isFunctionNode(method.value) || usesRawResponse(method.value)) return undefined;
  const { headers, redirects } = nestDecorators(method.value);
  return { names: redirects ? new Set([...headers, 'location']) : headers, redirects, complete: true };
}

import { AST } from './ast';
import { type TSESTree } from '@typescript-eslint/utils';
import { frameworkDefinition } from '../frameworks';
import { flowAround } from './response-events';
import { builtHeaderNames } from './headers';
import { propertyKeyName, unwrapExpression } from './nodes';
import { responseSetsHeader } from './response-flow';
import type { StatusModel, StatusSite } from './status-model';

/** What is known about one header of a response: set, missing, or not knowable here. */
export type HeaderState = 'set' | 'missing' | 'unknown';

function namesState(names: ReadonlySet<string> | 'unknown', header: string): HeaderState {
  if (names === 'unknown') return 'unknown';
  return names.has(header) ? 'set' : 'missing';
}

function isCallOrNew(node: TSESTree.Node): node is TSESTree.CallExpression | TSESTree.NewExpression {
  return node.type === AST.CallExpression || node.type === AST.NewExpression;
}

/** Whether an argument holds one of the site's status values (`401` of `createError(401, msg)`). */
function holdsStatus(argument: TSESTree.Node, site: StatusSite): boolean {
  return site.values.some((value) => value.node.range[0] >= argument.range[0] && value.node.range[1] <= argument.range[1]);
}

/**
 * `new Response(body, { status: 401, headers: { 'WWW-Authenticate': … } })` and its kin;
 * Hono's `c.json(x, 401, headers)`, whose status is a number and headers come after it.
 */
function initObjectState(site: StatusSite, header: string, model: StatusModel): HeaderState | undefined {
  const shape = site.shape;
  const property = shape?.headersProperty;
  const call = site.node;
  if (!shape || !property || !isCallOrNew(call)) return undefined;
  // `withLocation(NextResponse.json(x, { status: 201 }), url)`: a helper finishes the response.
  if (call.parent?.type === AST.CallExpression && call.parent.arguments.includes(call as TSESTree.CallExpressionArgument)) return 'unknown';
  const index = shape.statusArguments.find((argument) => argument.init)?.index;
  const argument = index === undefined ? undefined : call.arguments[index];
  const init = argument && unwrapExpression(argument);
  const headersArgument = 'headersArgument' in shape && shape.headersArgument !== undefined ? call.arguments[shape.headersArgument] : undefined;
  if (headersArgument) return namesState(builtHeaderNames(headersArgument, model.sourceCode), header);
  if (init && init.type !== AST.ObjectExpression && 'headersArgument' in shape && shape.headersArgument !== undefined) {
    // `c.json(x, 401)`: the status alone; headers set on the context count (the response flow).
    return undefined;
  }
  if (!init || init.type !== AST.ObjectExpression) return 'unknown';
  return objectState(init, [property], false, header, model);
}

/** An object carrying a status: `{ statusCode: 302, headers: { Location } }`. */
function objectState(object: TSESTree.ObjectExpression, headerProperties: readonly string[], needsResponseShape: boolean, header: string, model: StatusModel): HeaderState {
  let sawBody = false;
  for (const property of object.properties) {
    if (property.type !== AST.Property) return 'unknown';
    const key = propertyKeyName(property);
    if (key !== undefined && headerProperties.includes(key)) return namesState(builtHeaderNames(property.value, model.sourceCode), header);
    if (key === 'body') sawBody = true;
  }
  return !needsResponseShape || sawBody ? 'missing' : 'unknown';
}

/**
 * The headers an error carries to the response it becomes (http-errors' `createError(401,
 * msg, { headers })`, Koa's `ctx.throw(401, msg, { headers })`): missing when every other
 * argument is a message and no options object sets it, and no response of the handler sets
 * the header, or headers the code cannot read, on its own.
 */
function errorHeadersState(site: StatusSite, header: string, model: StatusModel): HeaderState | undefined {
  const property = site.shape?.errorHeaders?.property;
  const call = site.node;
  if (property === undefined || !isCallOrNew(call)) return undefined;
  for (const argument of call.arguments) {
    if (holdsStatus(argument, site)) continue;
    const expression = unwrapExpression(argument);
    if (expression.type === AST.TemplateLiteral || (expression.type === AST.Literal && typeof expression.value === 'string')) continue;
    if (expression.type !== AST.ObjectExpression) return 'unknown';
    const state = objectState(expression, [property], false, header, model);
    if (state !== 'missing') return state;
  }
  return handlerMaySetHeader(site, header, model) ? 'unknown' : 'missing';
}

/** Whether some response of the handler around `site` sets `header`, headers that cannot be read, or is handed on. */
function handlerMaySetHeader(site: StatusSite, header: string, model: StatusModel): boolean {
  const flow = flowAround(site.node, model);
  if (!flow) return false;
  for (const events of flow.allEvents()) {
    for (const event of events) {
      if (event.type === 'escape') return true;
      if (event.type === 'header' && (event.headers === 'unknown' || event.headers.has(header))) return true;
    }
  }
  return false;
}

/**
 * A header of a response whose status and headers travel together: the init of `new
 * Response(body, { status, headers })`, a returned `{ statusCode, headers }`, an error's
 * options (`createError(401, msg, { headers })`). `undefined` where the site carries no headers
 * itself, so that those set on the response (`headersOfResponse`) decide.
 */
export function carriedHeaderState(site: StatusSite, header: string, model: StatusModel): HeaderState | undefined {
  const name = header.toLowerCase();
  const init = initObjectState(site, name, model);
  if (init) return init;
  const error = errorHeadersState(site, name, model);
  if (error) return error;
  const headerBags = frameworkDefinition(site.framework).headerBagProperties;
  if (headerBags && site.node.parent?.type === AST.ObjectExpression) return objectState(site.node.parent, headerBags, true, name, model);
  return undefined;
}

/**
 * Whether the response `site` gives its status sets `header`, wherever the code sets it: in
 * what the site carries (`carriedHeaderState`), or on the response in its handler
 * (`responseSetsHeader`); `unknown` wherever the code does not tell.
 */
export function responseHeaderState(site: StatusSite, header: string, model: StatusModel): HeaderState {
  return carriedHeaderState(site, header, model) ?? responseSetsHeader(site, header, model);
}

import { AST } from '../src/estree/ast';
import {type TSESTree} from '@typescript-eslint/utils';
import { defineStatusLiteralVisitor, getStatusModel, type StatusModel, type StatusSite } from '../src/estree';
import { calleeName, enclosingFunction, isFunctionNode, methodCall, propertyKeyName, unwrapExpression } from '../src/estree/nodes';
import { canShareRun } from '../src/estree/control-flow';
import { httpMethodOf, nestDecorators, usesRawResponse, type FunctionNode } from '../src/estree/handler';
import { builtHeaderNames } from '../src/estree/headers';
import { flowAround } from '../src/estree/response-flow';
import { NEST_STATUS_DECORATOR } from '../src/frameworks';
import { codeMentionPattern, statusLabel } from '../src/registry';
import { createRule } from '../src/util/create-rule';

export interface RequireLocationHeaderOptions {
  methods?: string[];
  nestDefaultCreated?: boolean;
  ignore?: string[];
}

export type Options = [RequireLocationHeaderOptions];
export type MessageIds = 'missingLocation' | 'missingRedirectLocation' | 'missingNestLocation';

const CREATED = 201;
const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
const LOCATION = 'location';
const LOCATION_CODES = codeMentionPattern([CREATED, ...REDIRECTS]);

/** What is known about a response's Location header: set, missing, or not knowable here. */
type LocationState = 'set' | 'missing' | 'unknown';

function headersState(headers: ReadonlySet<string> | 'unknown'): LocationState {
  if (headers === 'unknown') return 'unknown';
  return headers.has(LOCATION) ? 'set' : 'missing';
}

/** `new Response(body, { status: 201, headers: { Location } })` and its kin. */
function initObjectState(site: StatusSite, model: StatusModel): LocationState | undefined {
  const property = site.shape && 'headersProperty' in site.shape ? site.shape.headersProperty : undefined;
  const call = site.node;
  if (!property || (call.type !== AST.CallExpression && call.type !== AST.NewExpression)) return undefined;
  // `withLocation(NextResponse.json(x, { status: 201 }), url)`: a helper finishes the response.
  if (call.parent?.type === AST.CallExpression && call.parent.arguments.includes(call as TSESTree.CallExpressionArgument)) return 'unknown';
  const index = site.shape?.statusArguments.find((argument) => argument.init)?.index;
  const argument = index === undefined ? undefined : call.arguments[index];
  const init = argument && unwrapExpression(argument);
  if (!init || init.type !== AST.ObjectExpression) return 'unknown';
  return objectState(init, property, false, model);
}

/** An object carrying a status: `{ statusCode: 302, headers: { Location } }`. */
function objectState(object: TSESTree.ObjectExpression, headersProperty: string, needsResponseShape: boolean, model: StatusModel): LocationState {
  let sawBody = false;
  for (const property of object.properties) {
    if (property.type !== AST.Property) return 'unknown';
    const key = propertyKeyName(property);
    if (key === headersProperty || key === 'multiValueHeaders') return headersState(builtHeaderNames(property.value, model.sourceCode));
    if (key === 'body') sawBody = true;
  }
  return !needsResponseShape || sawBody ? 'missing' : 'unknown';
}

/** Follows the response through its handler: headers set, redirects, hand-offs. */
function flowState(site: StatusSite, model: StatusModel, code: number): LocationState {
  const responseArgument = site.shape && 'responseArgument' in site.shape ? site.shape.responseArgument : undefined;
  const receiver =
    site.node.type === AST.CallExpression && responseArgument !== undefined
      ? site.node.arguments[responseArgument]
      : site.node.type === AST.CallExpression
      ? methodCall(site.node)?.receiver
      : site.node.type === AST.AssignmentExpression && site.node.left.type === AST.MemberExpression
        ? site.node.left.object
        : undefined;
  const flow = flowAround(site.node, model);
  const key = receiver && flow?.keyOf(receiver);
  if (!flow || key === undefined) return 'unknown';
  let state: LocationState = 'missing';
  for (const event of flow.eventsOf(key)) {
    if (!canShareRun(event.node, site.node)) continue;
    if (event.type === 'escape') state = 'unknown';
    if (event.type === 'redirect' && REDIRECTS.has(code)) return 'set';
    if (event.type === 'header') {
      const headers = headersState(event.headers);
      if (headers === 'set') return 'set';
      if (headers === 'unknown') state = 'unknown';
    }
  }
  return state;
}

/** `@HttpCode(201)` on a NestJS method: its `@Header('Location', …)` decorators. */
function nestState(site: StatusSite): LocationState | undefined {
  const decorator = site.node.parent;
  if (decorator?.type !== AST.Decorator) return undefined;
  const method = decorator.parent;
  if (method.type !== AST.MethodDefinition || !isFunctionNode(method.value)) return 'unknown';
  if (usesRawResponse(method.value)) return 'unknown';
  const { headers, redirects } = nestDecorators(method.value);
  return headers.has(LOCATION) || redirects ? 'set' : 'missing';
}

function locationState(site: StatusSite, model: StatusModel, code: number): LocationState {
  if (site.framework === 'nestjs') return nestState(site) ?? 'unknown';
  const init = initObjectState(site, model);
  if (init) return init;
  if (site.framework === 'response-object' && site.node.parent?.type === AST.ObjectExpression) {
    return objectState(site.node.parent, 'headers', true, model);
  }
  return flowState(site, model, code);
}

/** Names a user may match in `ignore`: the function's name and the route path it serves. */
function handlerNames(fn: FunctionNode | undefined): string[] {
  if (!fn) return [];
  const names: string[] = [];
  if (fn.type === AST.FunctionDeclaration && fn.id) names.push(fn.id.name);
  const parent = fn.parent;
  if (parent?.type === AST.VariableDeclarator && parent.id.type === AST.Identifier) names.push(parent.id.name);
  if (parent?.type === AST.MethodDefinition || parent?.type === AST.Property) {
    const key = propertyKeyName(parent as TSESTree.Property);
    if (key !== undefined) names.push(key);
  }
  if (parent?.type === AST.CallExpression) {
    const path = parent.arguments[0];
    if (path?.type === AST.Literal && typeof path.value === 'string') names.push(path.value);
  }
  return names;
}

export default createRule<Options, MessageIds>({
  name: 'require-location-header',
  patternOptions: ['ignore'],
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require a Location header on 201 (Created) and redirect responses',
      recommended: 'recommended',
    },
    messages: {
      missingLocation:
        'This 201 (Created) response does not say where the new resource is: set a Location header with its URI (RFC 9110 §9.3.3, §15.3.2).',
      missingRedirectLocation:
        '{{label}} is a redirect, but this response sets no Location header, so the client has nowhere to go (RFC 9110 §15.4): set Location, or use the redirect helper.',
      missingNestLocation:
        'This POST handler answers 201 (Created) by NestJS default without a Location header: add @Header(\'Location\', …) or set it on the response (RFC 9110 §15.3.2).',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          methods: {
            type: 'array',
            items: { type: 'string', enum: ['POST', 'PUT', 'PATCH', 'GET', 'DELETE'] },
            uniqueItems: true,
            description: 'HTTP methods whose 201 responses must carry Location; handlers whose method is not visible are always checked.',
          },
          nestDefaultCreated: {
            type: 'boolean',
            description: 'Also report NestJS `@Post()` handlers that answer the default 201 without a Location header.',
          },
          ignore: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description: 'Regular expressions for route paths or function names to skip.',
          },
        },
      },
    ],
    defaultOptions: [{ methods: ['POST'], nestDefaultCreated: false, ignore: [] }],
  },
  create(context, [options]) {
    const nestOnly = !getStatusModel(context).mentions(LOCATION_CODES);
    const methods = new Set(options.methods ?? ['POST']);
    const ignore = (options.ignore ?? []).map((pattern) => new RegExp(pattern, 'u'));
    const isIgnored = (fn: FunctionNode | undefined) => handlerNames(fn).some((name) => ignore.some((pattern) => pattern.test(name)));

    const listener = defineStatusLiteralVisitor(context, (value, site, model) => {
      const code = value.code;
      if (code === undefined || site.kind !== 'set') return;
      const created = code === CREATED;
      if (!created && !REDIRECTS.has(code)) return;
      const fn = site.node.parent?.type === AST.Decorator ? decoratedMethod(site.node) : enclosingFunction(site.node);
      if (isIgnored(fn)) return;
      if (created && fn) {
        const method = httpMethodOf(fn, site.node);
        if (method !== undefined && !methods.has(method)) return;
      }
      if (locationState(site, model, code) !== 'missing') return;
      context.report({
        node: value.node,
        messageId: created ? 'missingLocation' : 'missingRedirectLocation',
        data: { label: statusLabel(code) },
      });
    }, { codes: (code) => code === CREATED || REDIRECTS.has(code), followConstants: true, librarySites: true });

    if (!options.nestDefaultCreated) return nestOnly ? {} : listener;
    return {
      ...(nestOnly ? {} : listener),
      MethodDefinition(node) {
        if (!isFunctionNode(node.value) || isIgnored(node.value)) return;
        const decorators = (node.decorators ?? []).map((decorator) => decorator.expression);
        const names = decorators.map((expression) => (expression.type === AST.CallExpression ? calleeName(expression.callee) : undefined));
        const post = decorators[names.indexOf('Post')];
        if (!post || names.includes(NEST_STATUS_DECORATOR)) return;
        if (usesRawResponse(node.value)) return;
        const { headers, redirects } = nestDecorators(node.value);
        if (headers.has(LOCATION) || redirects) return;
        context.report({ node: post, messageId: 'missingNestLocation' });
      },
    };
  },
});

/** The method a NestJS decorator argument belongs to (`@HttpCode(201)` sits outside the function). */
function decoratedMethod(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST.MethodDefinition && isFunctionNode(current.value)) return current.value;
  }
  return undefined;
}

import { AST } from '../src/estree/ast';
import {
  calleeName,
  carriedHeaderState,
  defineStatusLiteralVisitor,
  getStatusModel,
  handlerNames,
  handlerOf,
  headersOfResponse,
  httpMethodOf,
  isFunctionNode,
  nestDecorators,
  responseSetsHeader,
  usesRawResponse,
  type FunctionNode,
  type HeaderState,
  type StatusModel,
  type StatusSite,
} from '../src/estree';
import { CREATED_BY_DEFAULT_DECORATORS, STATUS_DECORATORS } from '../src/frameworks';
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

/** Whether the response `site` answers with `code` sets Location, as far as the code shows. */
function locationState(site: StatusSite, model: StatusModel, code: number): HeaderState {
  const carried = carriedHeaderState(site, LOCATION, model);
  if (carried) return carried;
  // A redirect call sends Location with a redirect status; a 201 set before it is replaced, not answered.
  if (REDIRECTS.has(code) && headersOfResponse(site, model)?.redirects) return 'set';
  return responseSetsHeader(site, LOCATION, model);
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
      const fn = handlerOf(site.node);
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
        const post = decorators[names.findIndex((name) => name !== undefined && CREATED_BY_DEFAULT_DECORATORS.has(name))];
        if (!post || names.some((name) => name !== undefined && STATUS_DECORATORS.has(name))) return;
        if (usesRawResponse(node.value)) return;
        const { headers, redirects } = nestDecorators(node.value);
        if (headers.has(LOCATION) || redirects) return;
        context.report({ node: post, messageId: 'missingNestLocation' });
      },
    };
  },
});

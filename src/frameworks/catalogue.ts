/**
 * Where status codes appear in server and client code: the call shapes of each framework
 * (see shared/frameworks.md), as data. The ESLint and TypeScript front ends match these
 * against their own syntax trees; adding a framework means adding rows here.
 */
import type {
  AssignmentShape,
  ContentArgument,
  BindingShape,
  BodilessBehaviour,
  ContentMethodShape,
  HeaderArgument,
  HeaderMethodShape,
  FrameworkId,
  MethodShape,
  ReceiverRole,
  StatusArgument,
} from './types';

const FIRST: readonly StatusArgument[] = [{ index: 0 }];
const SECOND: readonly StatusArgument[] = [{ index: 1 }];
const SECOND_OR_INIT: readonly StatusArgument[] = [{ index: 1, init: true }];
const FIRST_IF_NUMBER_ELSE_SECOND: readonly StatusArgument[] = [
  { index: 0, onlyNumeric: true },
  { index: 1, onlyNumeric: true },
];

const CONTENT: ContentArgument = { index: 0 };
const SERIALISED: ContentArgument = { index: 0, serialised: true };

const RESPONSE_LIKE: readonly ReceiverRole[] = ['response', 'reply', 'koa-context', 'hono-context'];

export const METHOD_SHAPES: readonly MethodShape[] = [
  { framework: 'express', kind: 'set', method: 'status', statusArguments: FIRST, receivers: RESPONSE_LIKE },
  { framework: 'express', kind: 'set', method: 'sendStatus', statusArguments: FIRST, receivers: RESPONSE_LIKE, anyReceiver: true },
  { framework: 'node-http', kind: 'set', method: 'writeHead', statusArguments: FIRST, receivers: RESPONSE_LIKE, anyReceiver: true },
  { framework: 'fastify', kind: 'set', method: 'code', statusArguments: FIRST, receivers: ['reply', 'hapi-toolkit'] },
  {
    framework: 'express',
    kind: 'redirect',
    method: 'redirect',
    statusArguments: FIRST_IF_NUMBER_ELSE_SECOND,
    receivers: ['response', 'reply', 'hono-context'],
  },
  { framework: 'hono', kind: 'set', method: 'json', statusArguments: SECOND_OR_INIT, receivers: ['hono-context'], content: SERIALISED },
  { framework: 'hono', kind: 'set', method: 'text', statusArguments: SECOND_OR_INIT, receivers: ['hono-context'], content: CONTENT },
  { framework: 'hono', kind: 'set', method: 'html', statusArguments: SECOND_OR_INIT, receivers: ['hono-context'], content: CONTENT },
  { framework: 'hono', kind: 'set', method: 'body', statusArguments: SECOND_OR_INIT, receivers: ['hono-context'], content: CONTENT },
  { framework: 'hono', kind: 'set', method: 'newResponse', statusArguments: SECOND_OR_INIT, receivers: ['hono-context'], content: CONTENT },
  { framework: 'koa', kind: 'error', method: 'throw', statusArguments: FIRST_IF_NUMBER_ELSE_SECOND, receivers: ['koa-context'] },
  { framework: 'koa', kind: 'error', method: 'assert', statusArguments: SECOND, receivers: ['koa-context'] },
];

export const ASSIGNMENT_SHAPES: readonly AssignmentShape[] = [
  { framework: 'koa', kind: 'set', property: 'status', receivers: ['koa-context', 'response', 'reply'] },
  { framework: 'node-http', kind: 'set', property: 'statusCode', receivers: ['response', 'reply', 'koa-context', 'h3-event'], anyReceiver: true },
  { framework: 'error-object', kind: 'error', property: 'status', receivers: ['error'] },
  { framework: 'error-object', kind: 'error', property: 'statusCode', receivers: ['error'] },
];

function moduleSource(modules: readonly string[], ...path: string[]) {
  return { type: 'module', modules, path } as const;
}

function globalSource(...path: string[]) {
  return { type: 'global', path } as const;
}

const FETCH_MODULES = ['undici', 'node-fetch', 'cross-fetch'];
const NEXT_SERVER = ['next/server'];
const NEST = ['@nestjs/common'];
const SVELTEKIT = ['@sveltejs/kit'];
const H3 = ['h3', 'nitropack/runtime', '#imports'];
const REACT_ROUTER = [
  'react-router',
  'react-router-dom',
  '@remix-run/node',
  '@remix-run/cloudflare',
  '@remix-run/deno',
  '@remix-run/server-runtime',
];
const HONO_EXCEPTION = ['hono/http-exception'];
const HTTP_ERRORS = ['http-errors'];
const BOOM = ['@hapi/boom', 'boom'];
const STATUS_INIT = ['status'];
const STATUS_CODE_INIT = ['statusCode'];

export const BINDING_SHAPES: readonly BindingShape[] = [
  // Fetch `Response` and its Next.js subclass.
  { framework: 'fetch', kind: 'set', source: globalSource('Response'), invocation: 'construct', statusArguments: SECOND_OR_INIT, initProperties: STATUS_INIT, content: CONTENT, headersProperty: 'headers' },
  { framework: 'fetch', kind: 'set', source: moduleSource(FETCH_MODULES, 'Response'), invocation: 'construct', statusArguments: SECOND_OR_INIT, initProperties: STATUS_INIT, content: CONTENT, headersProperty: 'headers' },
  { framework: 'fetch', kind: 'set', source: globalSource('Response', 'json'), invocation: 'call', statusArguments: SECOND_OR_INIT, initProperties: STATUS_INIT, content: SERIALISED, headersProperty: 'headers' },
  { framework: 'fetch', kind: 'redirect', source: globalSource('Response', 'redirect'), invocation: 'call', statusArguments: SECOND },
  { framework: 'nextjs', kind: 'set', source: moduleSource(NEXT_SERVER, 'NextResponse'), invocation: 'construct', statusArguments: SECOND_OR_INIT, initProperties: STATUS_INIT, content: CONTENT, headersProperty: 'headers' },
  { framework: 'nextjs', kind: 'set', source: moduleSource(NEXT_SERVER, 'NextResponse', 'json'), invocation: 'call', statusArguments: SECOND_OR_INIT, initProperties: STATUS_INIT, content: SERIALISED, headersProperty: 'headers' },
  { framework: 'nextjs', kind: 'redirect', source: moduleSource(NEXT_SERVER, 'NextResponse', 'redirect'), invocation: 'call', statusArguments: SECOND_OR_INIT, initProperties: STATUS_INIT, headersProperty: 'headers' },
  // NestJS decorators and exceptions.
  { framework: 'nestjs', kind: 'set', source: moduleSource(NEST, 'HttpCode'), invocation: 'call', statusArguments: FIRST },
  { framework: 'nestjs', kind: 'redirect', source: moduleSource(NEST, 'Redirect'), invocation: 'call', statusArguments: SECOND },
  { framework: 'nestjs', kind: 'error', source: moduleSource(NEST, 'HttpException'), invocation: 'construct', statusArguments: SECOND },
  // SvelteKit helpers.
  { framework: 'sveltekit', kind: 'error', source: moduleSource(SVELTEKIT, 'error'), invocation: 'call', statusArguments: FIRST },
  { framework: 'sveltekit', kind: 'redirect', source: moduleSource(SVELTEKIT, 'redirect'), invocation: 'call', statusArguments: FIRST },
  { framework: 'sveltekit', kind: 'error', source: moduleSource(SVELTEKIT, 'fail'), invocation: 'call', statusArguments: FIRST },
  { framework: 'sveltekit', kind: 'set', source: moduleSource(SVELTEKIT, 'json'), invocation: 'call', statusArguments: SECOND_OR_INIT, initProperties: STATUS_INIT, content: SERIALISED, headersProperty: 'headers' },
  { framework: 'sveltekit', kind: 'set', source: moduleSource(SVELTEKIT, 'text'), invocation: 'call', statusArguments: SECOND_OR_INIT, initProperties: STATUS_INIT, content: CONTENT, headersProperty: 'headers' },
  // h3 / Nitro / Nuxt server routes (auto-imported in Nuxt).
  { framework: 'h3', kind: 'set', source: moduleSource(H3, 'setResponseStatus'), invocation: 'call', statusArguments: SECOND, autoImported: true, responseArgument: 0 },
  { framework: 'h3', kind: 'redirect', source: moduleSource(H3, 'sendRedirect'), invocation: 'call', statusArguments: [{ index: 2 }], autoImported: true, responseArgument: 0 },
  { framework: 'h3', kind: 'redirect', source: moduleSource(H3, 'redirect'), invocation: 'call', statusArguments: SECOND },
  { framework: 'h3', kind: 'error', source: moduleSource(H3, 'createError'), invocation: 'call', statusArguments: [{ index: 0, init: true }], initProperties: ['statusCode', 'status'], autoImported: true },
  { framework: 'h3', kind: 'error', source: moduleSource(H3, 'HTTPError'), invocation: 'construct', statusArguments: [{ index: 0, init: true }, { index: 1, init: true }], initProperties: ['status', 'statusCode'] },
  // React Router / Remix.
  { framework: 'react-router', kind: 'set', source: moduleSource(REACT_ROUTER, 'data'), invocation: 'call', statusArguments: SECOND_OR_INIT, initProperties: STATUS_INIT, headersProperty: 'headers' },
  { framework: 'react-router', kind: 'set', source: moduleSource(REACT_ROUTER, 'json'), invocation: 'call', statusArguments: SECOND_OR_INIT, initProperties: STATUS_INIT, content: SERIALISED, headersProperty: 'headers' },
  { framework: 'react-router', kind: 'redirect', source: moduleSource(REACT_ROUTER, 'redirect'), invocation: 'call', statusArguments: SECOND_OR_INIT, initProperties: STATUS_INIT, headersProperty: 'headers' },
  // Hono's exception.
  { framework: 'hono', kind: 'error', source: moduleSource(HONO_EXCEPTION, 'HTTPException'), invocation: 'construct', statusArguments: FIRST },
  // http-errors: `createError(404)`, `createError(404, msg)`, `new createError.HttpError` is abstract.
  { framework: 'http-errors', kind: 'error', source: moduleSource(HTTP_ERRORS, 'default'), invocation: 'call-or-construct', statusArguments: [{ index: 0, onlyNumeric: true }, { index: 1, onlyNumeric: true }] },
  // @hapi/boom.
  { framework: 'boom', kind: 'error', source: moduleSource(BOOM, 'Boom'), invocation: 'construct', statusArguments: [{ index: 1, init: true }], initProperties: STATUS_CODE_INIT },
  { framework: 'boom', kind: 'error', source: moduleSource(BOOM, 'boomify'), invocation: 'call', statusArguments: [{ index: 1, init: true }], initProperties: STATUS_CODE_INIT },
  { framework: 'boom', kind: 'error', source: moduleSource(BOOM, 'Boom', 'boomify'), invocation: 'call', statusArguments: [{ index: 1, init: true }], initProperties: STATUS_CODE_INIT },
];

/**
 * Names that make an expression a receiver of a given role. Matched against the last
 * name of the expression (`res`, `this.res`, `ctx.response`).
 */
export const RECEIVER_NAME_PATTERNS: Readonly<Record<ReceiverRole, RegExp>> = {
  response: /^(?:res|resp|response|_res|rawRes|serverResponse|httpResponse|outgoing)$|[a-z](?:Res|Response)$/,
  reply: /^(?:reply|rep|_reply)$|[a-z]Reply$/,
  'koa-context': /^(?:ctx|context|_ctx|koaCtx)$|[a-z](?:Ctx|Context)$/,
  'hono-context': /^(?:c|ctx|context)$/,
  'h3-event': /^(?:event|evt|h3Event)$/,
  'hapi-toolkit': /^h$/,
  error: /^(?:err|error|e|ex|exc|exception|_err|_error)$|[a-z](?:Err|Error|Exception)$/,
};

/** TypeScript type names that give a parameter a role without type information. */
export const RECEIVER_TYPE_PATTERNS: Readonly<Record<ReceiverRole, RegExp>> = {
  response: /^(?:Response|ServerResponse|ExpressResponse|NextApiResponse|OutgoingMessage)$|Response$/,
  reply: /^(?:FastifyReply)$|Reply$/,
  'koa-context': /^(?:Context|ParameterizedContext|KoaContext|RouterContext)$/,
  'hono-context': /^(?:Context)$/,
  'h3-event': /^(?:H3Event)$/,
  'hapi-toolkit': /^(?:ResponseToolkit)$/,
  error: /(?:Error|Exception)$/,
};

/** The framework a receiver's role points to, for shapes several frameworks share. */
export const ROLE_FRAMEWORKS: Readonly<Record<ReceiverRole, FrameworkId>> = {
  response: 'express',
  reply: 'fastify',
  'koa-context': 'koa',
  'hono-context': 'hono',
  'h3-event': 'h3',
  'hapi-toolkit': 'hapi',
  error: 'error-object',
};

/** Modules that decide between Koa's and Hono's context when a receiver is called `ctx`. */
export const HONO_MODULES: readonly string[] = ['hono', 'hono/factory', 'hono/tiny', 'hono/quick'];

/** Member names that lead from one receiver to another (`reply.raw`, `ctx.response`, `event.res`). */
export const RECEIVER_MEMBERS: Readonly<Record<string, ReceiverRole>> = {
  res: 'response',
  response: 'response',
  raw: 'response',
};

/**
 * Functions that register handlers, and which parameter of the handler has which role.
 * `app.get('/x', (req, res) => …)`, `fastify.setErrorHandler((error, request, reply) => …)`.
 */
export interface HandlerRegistration {
  readonly framework: FrameworkId;
  readonly methods: readonly string[];
  /** Role of each parameter by position, for handlers with that many parameters or more. */
  readonly parameterRoles: readonly (ReceiverRole | undefined)[];
  /** Only in files that import one of these modules. */
  readonly modules?: readonly string[];
  /** Only for handlers with exactly this many parameters. */
  readonly arity?: number;
}

export const ROUTE_METHODS = [
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'del',
  'all',
  'options',
  'head',
  'use',
  'route',
];

/** Modules whose presence says a `code(…)` call is Fastify's. */
export const FASTIFY_MODULES: readonly string[] = ['fastify', 'fastify-plugin'];

export const HANDLER_REGISTRATIONS: readonly HandlerRegistration[] = [
  { framework: 'express', methods: ['use'], parameterRoles: ['error', undefined, 'response'], arity: 4 },
  { framework: 'koa', methods: [...ROUTE_METHODS, 'on'], parameterRoles: ['koa-context'], modules: ['koa', '@koa/router', 'koa-router'] },
  { framework: 'hono', methods: [...ROUTE_METHODS, 'on', 'onError', 'notFound'], parameterRoles: ['hono-context'], modules: ['hono'] },
  { framework: 'fastify', methods: ['setErrorHandler'], parameterRoles: ['error', undefined, 'reply'] },
  { framework: 'fastify', methods: ['setNotFoundHandler', 'addHook'], parameterRoles: [undefined, 'reply'] },
  { framework: 'node-http', methods: ['createServer', 'on'], parameterRoles: [undefined, 'response'] },
  // In a Fastify file, `fastify.get(path, (req, res) => …)` hands its handler a reply, whatever its name.
  { framework: 'fastify', methods: ROUTE_METHODS, parameterRoles: [undefined, 'reply'], modules: FASTIFY_MODULES },
  { framework: 'express', methods: ROUTE_METHODS, parameterRoles: [undefined, 'response'] },
];

/** Modules whose presence makes a file server code: a bare `x.status(404)` there is HTTP. */
export const SERVER_MODULES: readonly string[] = [
  'express',
  'fastify',
  'koa',
  '@koa/router',
  'koa-router',
  'hono',
  'h3',
  'http',
  'node:http',
  'https',
  'node:https',
  'http2',
  'node:http2',
  'next',
  'next/server',
  '@nestjs/common',
  '@sveltejs/kit',
  'restify',
  'polka',
  '@hapi/hapi',
  'supertest',
];

/** Members that hold a reply's payload: `res.data.meta.status`, `res.body.status` are fields of it, not the HTTP status. */
export const PAYLOAD_MEMBERS: ReadonlySet<string> = new Set(['data', 'body', 'meta', 'payload', 'result', 'json']);

/** Properties that hold a received status on a response object (`response.status === 404`). */
export const STATUS_PROPERTIES: readonly string[] = ['status', 'statusCode', 'httpStatusCode'];

/** Variable names that hold a status (`if (status === 404)`, `statusCode || 500`). */
export const STATUS_VARIABLE_PATTERN = /^(?:status|statusCode|httpStatus|httpStatusCode|responseStatus|httpCode|status_code)$/;

/** Object keys that hold a status (`{ status: 201 }`, `{ statusCode: 404, message }`). */
export const STATUS_OBJECT_KEYS: readonly string[] = ['status', 'statusCode', 'httpStatus', 'httpStatusCode'];

/** Class names whose instances carry a status (`new AppError(msg, 404)`); built-in errors excluded. */
export const ERROR_CLASS_PATTERN = /(?:Error|Exception)$/;
export const BUILT_IN_ERROR_CLASSES: ReadonlySet<string> = new Set([
  'Error',
  'TypeError',
  'RangeError',
  'SyntaxError',
  'ReferenceError',
  'EvalError',
  'URIError',
  'AggregateError',
  'DOMException',
]);

const CALL_MATCHER_NAMES: readonly string[] = [
  'toHaveBeenCalledWith',
  'toHaveBeenLastCalledWith',
  'toBeCalledWith',
  'lastCalledWith',
  'calledWith',
  'calledOnceWith',
  'calledWithExactly',
];

/** Test assertions: matchers whose argument is the expected status of the `expect` subject. */
export const ASSERTION_MATCHERS: readonly string[] = [
  'toBe',
  'toEqual',
  'toStrictEqual',
  'equal',
  'equals',
  'eq',
  'eql',
  'strictEqual',
  'status',
  'toHaveStatus',
  'toHaveStatusCode',
  // `expect(res.status).toHaveBeenCalledWith(404)`: a status method of a mocked response.
  ...CALL_MATCHER_NAMES,
];

/** `assert.equal(res.status, 404)`: the second argument is the expected status. */
export const ASSERT_FUNCTIONS: readonly string[] = ['equal', 'strictEqual', 'deepEqual', 'deepStrictEqual', 'notEqual', 'notStrictEqual', 'calledWith'];

/** Matchers on a mocked method's calls: the subject may be a status method (`reply.code`, `res.sendStatus`). */
export const CALL_MATCHERS: ReadonlySet<string> = new Set(CALL_MATCHER_NAMES);

/** `expect(res.status).toHaveBeenNthCalledWith(1, 404)`: the status is the second argument. */
export const NTH_CALL_MATCHERS: readonly string[] = ['toHaveBeenNthCalledWith', 'nthCalledWith'];

/** `[401, 403].includes(res.status)`: membership of a received status in a list of codes. */
export const MEMBERSHIP_METHODS: readonly string[] = ['includes', 'indexOf'];

/** `expect([200, 204]).toContain(res.status)`: the subject is the list of codes. */
export const LIST_SUBJECT_MATCHERS: readonly string[] = ['toContain', 'toContainEqual'];

/** `expect(res.status).to.be.oneOf([200, 204])`: the argument is the list of codes. */
export const LIST_ARGUMENT_MATCHERS: readonly string[] = ['oneOf'];

/** `_.defaultTo(err.status, 500)`: a status with a fallback, written as a call. */
export const FALLBACK_FUNCTIONS: readonly string[] = ['defaultTo'];

/** Methods of a response that send content; `x.status(404).json(…)` proves `x` is a response. */
export const SEND_METHODS: ReadonlySet<string> = new Set([
  'json',
  'send',
  'end',
  'jsonp',
  'render',
  'sendFile',
  'type',
  'set',
  'header',
  'headers',
  'location',
  'redirect',
  'format',
  'attachment',
  'download',
  'cookie',
  'clearCookie',
  'append',
  'setHeader',
  'serialize',
  'callNotFound',
]);

/** The frameworks, for docs and tests. */
export const FRAMEWORKS: readonly FrameworkId[] = [
  'express',
  'node-http',
  'fastify',
  'koa',
  'hono',
  'nestjs',
  'fetch',
  'nextjs',
  'sveltekit',
  'h3',
  'react-router',
  'http-errors',
  'boom',
  'hapi',
  'error-object',
  'response-object',
  'client',
  'test',
];

const EXPRESS_LIKE: readonly ReceiverRole[] = ['response', 'reply'];

/** Methods that send content, and where the content is. */
export const CONTENT_METHOD_SHAPES: readonly ContentMethodShape[] = [
  { framework: 'express', method: 'json', contentArgument: 0, receivers: ['response'] },
  { framework: 'express', method: 'jsonp', contentArgument: 0, receivers: ['response'] },
  { framework: 'express', method: 'send', contentArgument: 0, receivers: EXPRESS_LIKE },
  { framework: 'express', method: 'render', contentArgument: 0, receivers: ['response'] },
  { framework: 'express', method: 'sendFile', contentArgument: 0, receivers: ['response'] },
  { framework: 'node-http', method: 'end', contentArgument: 0, receivers: ['response'] },
  { framework: 'node-http', method: 'write', contentArgument: 0, receivers: ['response'] },
  { framework: 'hono', method: 'json', contentArgument: 0, receivers: ['hono-context'] },
  { framework: 'hono', method: 'text', contentArgument: 0, receivers: ['hono-context'] },
  { framework: 'hono', method: 'html', contentArgument: 0, receivers: ['hono-context'] },
  { framework: 'hono', method: 'body', contentArgument: 0, receivers: ['hono-context'] },
  { framework: 'hono', method: 'newResponse', contentArgument: 0, receivers: ['hono-context'] },
];

/** Properties whose assignment sends content: Koa's `ctx.body = x`. */
export const CONTENT_PROPERTIES: Readonly<Record<string, readonly ReceiverRole[]>> = {
  body: ['koa-context'],
};

/** Methods that set headers on a receiver. */
export const HEADER_METHOD_SHAPES: readonly HeaderMethodShape[] = [
  { framework: 'express', method: 'location', headers: { type: 'fixed', header: 'Location' }, receivers: ['response'] },
  { framework: 'express', method: 'set', headers: { type: 'pair-or-object', index: 0 }, receivers: ['response', 'koa-context'] },
  { framework: 'express', method: 'header', headers: { type: 'pair-or-object', index: 0 }, receivers: ['response', 'reply', 'hono-context'] },
  { framework: 'express', method: 'append', headers: { type: 'pair', nameIndex: 0 }, receivers: ['response', 'koa-context'] },
  { framework: 'node-http', method: 'setHeader', headers: { type: 'pair', nameIndex: 0 }, receivers: ['response'], anyReceiver: true },
  { framework: 'node-http', method: 'setHeaders', headers: { type: 'object', index: 0 }, receivers: ['response'] },
  { framework: 'node-http', method: 'writeHead', headers: { type: 'object', index: 1 }, receivers: ['response'], anyReceiver: true },
  { framework: 'node-http', method: 'writeHead', headers: { type: 'object', index: 2 }, receivers: ['response'], anyReceiver: true },
  { framework: 'fastify', method: 'headers', headers: { type: 'object', index: 0 }, receivers: ['reply'] },
];

/** Methods that redirect, setting Location themselves. */
export const REDIRECT_METHODS: readonly string[] = ['redirect', 'sendRedirect'];

/** Functions (by imported or global name) that set a header on the response they are given. */
export const HEADER_FUNCTIONS: Readonly<Record<string, HeaderArgument>> = {
  setResponseHeader: { type: 'pair', nameIndex: 1 },
  appendResponseHeader: { type: 'pair', nameIndex: 1 },
  setResponseHeaders: { type: 'object', index: 1 },
  setHeaders: { type: 'object', index: 0 },
};

/** What each framework does with content on a 1xx/204/205/304 response (see frameworks.md). */
export const BODILESS_BEHAVIOUR: Readonly<Partial<Record<FrameworkId, BodilessBehaviour>>> = {
  express: 'dropped',
  'node-http': 'dropped',
  fastify: 'dropped',
  koa: 'dropped',
  hono: 'throws',
  fetch: 'throws',
  nextjs: 'throws',
  sveltekit: 'throws',
  'react-router': 'throws',
  h3: 'dropped',
  nestjs: 'dropped',
};

/** Route registrations whose method name is the HTTP method (`app.post`, `router.put`). */
export const HTTP_METHOD_NAMES: readonly string[] = ['get', 'post', 'put', 'patch', 'delete', 'del', 'head', 'options'];

/** NestJS method decorators and the HTTP method each one stands for. */
export const NEST_METHOD_DECORATORS: Readonly<Record<string, string>> = {
  Get: 'GET',
  Post: 'POST',
  Put: 'PUT',
  Patch: 'PATCH',
  Delete: 'DELETE',
  Head: 'HEAD',
  Options: 'OPTIONS',
  All: 'ALL',
};

/** NestJS decorators that set a header (`@Header('Location', '/x')`) or redirect. */
export const NEST_HEADER_DECORATOR = 'Header';
export const NEST_REDIRECT_DECORATOR = 'Redirect';
export const NEST_STATUS_DECORATOR = 'HttpCode';

/** Functions that only read from the response or event they are given (`getQuery(event)`), so the flow stays known. */
export const READER_FUNCTION_PATTERN = /^(?:read|get|has|is)[A-Z]/;

/**
 * A catalogue entry by a name read from user code; own keys only, so that names such as
 * `constructor` or `toString` find nothing rather than `Object.prototype`'s members.
 */
export function lookupByName<Value>(table: Readonly<Record<string, Value>>, name: string | undefined): Value | undefined {
  return name !== undefined && Object.hasOwn(table, name) ? table[name] : undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternatives(names: Iterable<string>): string {
  return [...new Set(names)].map(escapeRegExp).join('|');
}

const BINDING_NAMES = BINDING_SHAPES.flatMap((shape) => shape.source.path.filter((name) => name !== 'default'));

/**
 * Text without which a file has no status site: a catalogue method called (`.status(`), a
 * helper called or constructed (`createError(`, `new Response`), a status property or key,
 * an assertion, an error class constructed, a constants library. A file that matches none
 * is skipped whole, which is most files of most projects; the rule tests, which cover every
 * shape, fail if a shape is missing here.
 */
export const SITE_HINT: RegExp = new RegExp(
  [
    `\\.(?:${alternatives([...METHOD_SHAPES.map((shape) => shape.method), ...ASSERTION_MATCHERS, ...ASSERT_FUNCTIONS, 'is', 'expect', 'toHaveProperty'])})\\s*\\(`,
    `(?<![\\w$.])(?:${alternatives([...BINDING_NAMES, 'createError', 'expect'])})\\s*[(.]`,
    `\\b(?:${alternatives([...STATUS_OBJECT_KEYS, ...STATUS_PROPERTIES, 'status', 'statusCode', 'httpCode', 'responseStatus', 'status_code', 'should'])})\\b`,
    `\\w(?:Error|Exception)(?:\\.\\w+)?\\s*\\(`,
    'StatusCodes|HttpStatus|http-status',
  ].join('|'),
);

/**
 * Calls whose object arguments are data — a body sent, a record logged or stored — so a
 * `status` key inside them is a field of that data, not the response's status.
 * Content methods count only at their content argument (see `CONTENT_METHOD_SHAPES`).
 */
export const DATA_SINK_METHODS: ReadonlySet<string> = new Set([
  'stringify',
  'log',
  'info',
  'warn',
  'debug',
  'trace',
  'fatal',
  'push',
  'unshift',
  'insert',
  'insertOne',
  'insertMany',
  'create',
  'save',
  'update',
  'updateOne',
  'upsert',
  'emit',
  'track',
  'capture',
  'captureException',
  'captureMessage',
  'setAttribute',
  'setAttributes',
  'increment',
  'gauge',
  'histogram',
  'observe',
  'set',
]);

/**
 * Functions whose handler's return value is the response body, sent with the status set
 * elsewhere (h3's `defineEventHandler(() => ({ status: 201, data }))` answers 200).
 */
export const BODY_RETURNING_HANDLER_DEFINERS: ReadonlySet<string> = new Set([
  'defineEventHandler',
  'eventHandler',
  'defineCachedEventHandler',
  'cachedEventHandler',
  'defineLazyEventHandler',
]);

/** Functions that turn an object into text (`errorTemplate({ statusCode, message })`): their argument is data. */
export const TEXT_BUILDER_WORDS: ReadonlySet<string> = new Set(['template', 'render', 'format', 'html', 'markup', 'print', 'stringify', 'serialize', 'view']);

/** Receivers whose every method is logging: `console.error({ status })`, `logger.error(…)`. */
export const LOGGER_NAMES = /^(?:console|logger|log|winston|pino|bunyan|Sentry|sentry)$|Logger$/;

/** Keys under which a nested object is a response's own init, not data (`redirect: { statusCode }`, Apollo's `http: { status }`). */
export const RESPONSE_INIT_KEYS: ReadonlySet<string> = new Set(['redirect', 'response', 'http', 'init', 'extensions', 'error', 'output']);

/** A key that makes an object in an array a redirect rule (`next.config.js` `redirects()`), not a table row. */
export const REDIRECT_RULE_KEYS: readonly string[] = ['destination'];


/**
 * Words that say "status" in any framework's code, or that say "not a status here", and
 * belong to no single definition. What one framework, the tests, the clients or the error
 * classes contribute lives in that definition instead.
 */

/** Registration methods of routers (`app.get`, `router.use`), shared by Express, Fastify, Koa and Hono. */
export const ROUTE_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'options', 'head', 'use', 'route'];

/** Route registrations whose method name is the HTTP method (`app.post`, `router.put`). */
export const HTTP_METHOD_NAMES: readonly string[] = ['get', 'post', 'put', 'patch', 'delete', 'del', 'head', 'options'];

/** Object keys that hold a status (`{ status: 201 }`, `{ statusCode: 404, message }`). */
export const STATUS_OBJECT_KEYS: readonly string[] = ['status', 'statusCode', 'httpStatus', 'httpStatusCode'];

/** Variable names that hold a status (`if (status === 404)`, `statusCode || 500`). */
export const STATUS_VARIABLE_NAMES: readonly string[] = [
  'status',
  'statusCode',
  'httpStatus',
  'httpStatusCode',
  'responseStatus',
  'httpCode',
  'status_code',
];

/** Functions that only read from the response or event they are given (`getQuery(event)`), so the flow stays known. */
export const READER_FUNCTION_PATTERN = /^(?:read|get|has|is)[A-Z]/;

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

/** Functions that turn an object into text (`errorTemplate({ statusCode, message })`): their argument is data. */
export const TEXT_BUILDER_WORDS: ReadonlySet<string> = new Set(['template', 'render', 'format', 'html', 'markup', 'print', 'stringify', 'serialize', 'view']);

/** Receivers whose every method is logging: `console.error({ status })`, `logger.error(…)`. */
export const LOGGER_NAMES = /^(?:console|logger|log|winston|pino|bunyan|Sentry|sentry)$|Logger$/;

/** Keys under which a nested object is a response's own init, not data (`redirect: { statusCode }`, Apollo's `http: { status }`). */
export const RESPONSE_INIT_KEYS: ReadonlySet<string> = new Set(['redirect', 'response', 'http', 'init', 'extensions', 'error', 'output']);

/** A key that makes an object in an array a redirect rule (`next.config.js` `redirects()`), not a table row. */
export const REDIRECT_RULE_KEYS: readonly string[] = ['destination'];

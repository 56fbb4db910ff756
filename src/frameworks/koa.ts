import { FIRST_IF_NUMBER_ELSE_SECOND, SECOND, defineFramework, redirects302 } from './define';
import { ROUTE_METHODS } from './vocabulary';

const KOA_MODULES: readonly string[] = ['koa', '@koa/router', 'koa-router'];

/** `ctx.throw(401, msg, { headers })` builds an http-errors error; Koa's `ctx.onerror` clears the response's headers and sets the error's. */
const HTTP_ERROR_HEADERS = { property: 'headers' } as const;

/** Koa 2/3: statuses and content are assigned on the context (`ctx.status = 204; ctx.body = x`). */
export const KOA = defineFramework({
  id: 'koa',
  displayName: 'Koa',
  modules: KOA_MODULES,
  serverModules: KOA_MODULES,
  receivers: [
    {
      role: 'koa-context',
      namePattern: /^(?:ctx|context|_ctx|koaCtx)$|[a-z](?:Ctx|Context)$/,
      typePattern: /^(?:Context|ParameterizedContext|KoaContext|RouterContext)$/,
      yieldsTo: ['hono'],
    },
  ],
  // `ctx.res` is Node's response, `ctx.response` Koa's own; both take Express-like calls.
  receiverMembers: { res: 'response', response: 'response' },
  handlerRegistrations: [
    { methods: ROUTE_METHODS, parameterRoles: ['koa-context'], modules: KOA_MODULES },
    // `app.on('error', (err, ctx) => …)`: the error listener is handed the error, then the context.
    { methods: ['on'], parameterRoles: ['error', 'koa-context'], modules: KOA_MODULES },
  ],
  methods: [
    { kind: 'error', method: 'throw', statusArguments: FIRST_IF_NUMBER_ELSE_SECOND, receivers: ['koa-context'], errorHeaders: HTTP_ERROR_HEADERS },
    { kind: 'error', method: 'assert', statusArguments: SECOND, receivers: ['koa-context'], errorHeaders: HTTP_ERROR_HEADERS },
  ],
  assignments: [{ kind: 'set', property: 'status', receivers: ['koa-context', 'response', 'reply'] }],
  contentProperties: { body: ['koa-context'] },
  headerProperties: { type: { header: 'Content-Type', receivers: ['koa-context'] } },
  headerMethods: [
    { method: 'set', headers: { type: 'pair-or-object', index: 0 }, receivers: ['koa-context'] },
    { method: 'append', headers: { type: 'pair', nameIndex: 0 }, receivers: ['koa-context'] },
  ],
  // `ctx.redirect(url)` answers 302 unless the status is already a redirect, assigned before or after it.
  redirectDefaults: { redirect: redirects302({ assign: 'status' }) },
  bodiless: 'dropped',
  // `ctx.body = x` becomes `ctx.body = null`; content ended on `ctx.res` is Node's.
  emptyResponse: { call: 'end' },
});

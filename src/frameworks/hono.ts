import { CONTENT, FIRST, SECOND_OR_INIT, SERIALISED, defineFramework, moduleSource } from './define';
import { ROUTE_METHODS } from './vocabulary';

/**
 * Hono 4. Its context's `c.status(…)` and `c.redirect(…)` are Express's shapes; the content
 * methods take the status (or an init object) as their second argument.
 */
export const HONO = defineFramework({
  id: 'hono',
  displayName: 'Hono',
  // These decide between Koa's and Hono's context when a receiver is called `ctx`.
  modules: ['hono', 'hono/factory', 'hono/tiny', 'hono/quick'],
  serverModules: ['hono'],
  receivers: [{ role: 'hono-context', namePattern: /^(?:c|ctx|context)$/, typePattern: /^(?:Context)$/ }],
  handlerRegistrations: [{ methods: [...ROUTE_METHODS, 'on', 'onError', 'notFound'], parameterRoles: ['hono-context'], modules: ['hono'] }],
  methods: [
    { kind: 'set', method: 'json', statusArguments: SECOND_OR_INIT, receivers: ['hono-context'], content: SERIALISED },
    { kind: 'set', method: 'text', statusArguments: SECOND_OR_INIT, receivers: ['hono-context'], content: CONTENT },
    { kind: 'set', method: 'html', statusArguments: SECOND_OR_INIT, receivers: ['hono-context'], content: CONTENT },
    { kind: 'set', method: 'body', statusArguments: SECOND_OR_INIT, receivers: ['hono-context'], content: CONTENT },
    { kind: 'set', method: 'newResponse', statusArguments: SECOND_OR_INIT, receivers: ['hono-context'], content: CONTENT },
  ],
  bindings: [{ kind: 'error', source: moduleSource(['hono/http-exception'], 'HTTPException'), invocation: 'construct', statusArguments: FIRST }],
  contentMethods: [
    { method: 'json', contentArgument: 0, receivers: ['hono-context'] },
    { method: 'text', contentArgument: 0, receivers: ['hono-context'] },
    { method: 'html', contentArgument: 0, receivers: ['hono-context'] },
    { method: 'body', contentArgument: 0, receivers: ['hono-context'] },
    { method: 'newResponse', contentArgument: 0, receivers: ['hono-context'] },
  ],
  headerMethods: [{ method: 'header', headers: { type: 'pair-or-object', index: 0 }, receivers: ['hono-context'] }],
  // `c.json(x, 204)` builds a Response with a body, which the Fetch API refuses.
  bodiless: 'throws',
  emptyResponse: { rewriteTo: 'method', method: 'body' },
});

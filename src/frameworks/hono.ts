import { CONTENT, FIRST, SECOND_OR_INIT, SERIALISED, defineFramework, moduleSource } from './define';
import { ROUTE_METHODS } from './vocabulary';

const HONO_MODULES: readonly string[] = ['hono', 'hono/factory', 'hono/tiny', 'hono/quick'];

/**
 * Hono 4. Its context's `c.status(…)` and `c.redirect(…)` are Express's shapes; the content
 * methods take the status (or an init object) as their second argument.
 */
export const HONO = defineFramework({
  id: 'hono',
  displayName: 'Hono',
  // These decide between Koa's and Hono's context when a receiver is called `ctx`.
  modules: HONO_MODULES,
  serverModules: ['hono'],
  receivers: [{ role: 'hono-context', namePattern: /^(?:c|ctx|context)$/, typePattern: /^(?:Context)$/, onlyInItsFiles: { exceptNames: /^c$/ } }],
  handlerRegistrations: [{ methods: [...ROUTE_METHODS, 'on', 'onError', 'notFound'], parameterRoles: ['hono-context'], modules: ['hono'] }],
  methods: [
    { kind: 'set', method: 'json', statusArguments: SECOND_OR_INIT, receivers: ['hono-context'], content: SERIALISED, evidenceModules: HONO_MODULES },
    { kind: 'set', method: 'text', statusArguments: SECOND_OR_INIT, receivers: ['hono-context'], content: CONTENT, evidenceModules: HONO_MODULES },
    { kind: 'set', method: 'html', statusArguments: SECOND_OR_INIT, receivers: ['hono-context'], content: CONTENT, evidenceModules: HONO_MODULES },
    { kind: 'set', method: 'body', statusArguments: SECOND_OR_INIT, receivers: ['hono-context'], content: CONTENT, evidenceModules: HONO_MODULES },
    { kind: 'set', method: 'newResponse', statusArguments: SECOND_OR_INIT, receivers: ['hono-context'], content: CONTENT, evidenceModules: HONO_MODULES },
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

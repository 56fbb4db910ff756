import { CONTENT, FIRST, SECOND_OR_INIT, SERIALISED, defineFramework, moduleSource, redirects302 } from './define';
import { ROUTE_METHODS } from './vocabulary';

const HONO_MODULES: readonly string[] = ['hono', 'hono/factory', 'hono/tiny', 'hono/quick'];

/** `c.json(x, 401, { 'WWW-Authenticate': … })` and `c.json(x, { status: 401, headers })` set headers on the same response. */
const HEADERS = { headersArgument: 2, headersProperty: 'headers' } as const;

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
    { kind: 'set', method: 'json', statusArguments: SECOND_OR_INIT, receivers: ['hono-context'], content: SERIALISED, evidenceModules: HONO_MODULES, ...HEADERS },
    { kind: 'set', method: 'text', statusArguments: SECOND_OR_INIT, receivers: ['hono-context'], content: CONTENT, evidenceModules: HONO_MODULES, ...HEADERS },
    { kind: 'set', method: 'html', statusArguments: SECOND_OR_INIT, receivers: ['hono-context'], content: CONTENT, evidenceModules: HONO_MODULES, ...HEADERS },
    { kind: 'set', method: 'body', statusArguments: SECOND_OR_INIT, receivers: ['hono-context'], content: CONTENT, evidenceModules: HONO_MODULES, ...HEADERS },
    { kind: 'set', method: 'newResponse', statusArguments: SECOND_OR_INIT, receivers: ['hono-context'], content: CONTENT, evidenceModules: HONO_MODULES, ...HEADERS },
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
  // `c.redirect(url)` answers 302; `c.redirect(url, 303)` another status.
  redirectDefaults: { redirect: redirects302(1) },
  // `c.json(x, 204)` builds a Response with a body, which the Fetch API refuses.
  bodiless: 'throws',
  emptyResponse: { rewriteTo: 'method', method: 'body' },
});

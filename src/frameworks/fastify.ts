import { FIRST, defineFramework, redirects302 } from './define';
import { ROUTE_METHODS } from './vocabulary';

/** Modules whose presence says a `code(…)` call is Fastify's. */
const FASTIFY_MODULES: readonly string[] = ['fastify', 'fastify-plugin'];

/**
 * Fastify 4/5. `reply.code(…)` is declared here with hapi's toolkit as a receiver too
 * (`h.response(x).code(201)`); `reply.status(…)` and `reply.redirect(…)` are Express's shapes.
 */
export const FASTIFY = defineFramework({
  id: 'fastify',
  displayName: 'Fastify',
  modules: FASTIFY_MODULES,
  serverModules: ['fastify'],
  receivers: [{ role: 'reply', namePattern: /^(?:reply|rep|_reply)$|[a-z]Reply$/, typePattern: /^(?:FastifyReply)$|Reply$/ }],
  receiverMembers: { raw: 'response' },
  handlerRegistrations: [
    { methods: ['setErrorHandler'], parameterRoles: ['error', undefined, 'reply'] },
    { methods: ['setNotFoundHandler', 'addHook'], parameterRoles: [undefined, 'reply'] },
    // In a Fastify file, `fastify.get(path, (req, res) => …)` hands its handler a reply, whatever its name.
    { methods: ROUTE_METHODS, parameterRoles: [undefined, 'reply'], modules: FASTIFY_MODULES },
  ],
  methods: [{ kind: 'set', method: 'code', statusArguments: FIRST, receivers: ['reply', 'hapi-toolkit'], evidenceModules: FASTIFY_MODULES }],
  contentMethods: [{ method: 'send', contentArgument: 0, receivers: ['reply'] }],
  headerMethods: [
    { method: 'header', headers: { type: 'pair-or-object', index: 0 }, receivers: ['reply'] },
    { method: 'headers', headers: { type: 'object', index: 0 }, receivers: ['reply'] },
    { method: 'type', headers: { type: 'fixed', header: 'Content-Type' }, receivers: ['reply'] },
  ],
  // `reply.redirect(url)` answers 302; Fastify 5 takes the status after the URL: `reply.redirect(url, 303)`.
  redirectDefaults: { redirect: redirects302(1) },
  responseMethods: ['send', 'header', 'headers', 'type', 'redirect', 'serialize', 'callNotFound'],
  bodiless: 'dropped',
  emptyResponse: { call: 'send' },
});

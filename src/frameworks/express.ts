import { FIRST, FIRST_IF_NUMBER_ELSE_SECOND, RESPONSE_LIKE, defineFramework, redirects302 } from './define';
import { ROUTE_METHODS } from './vocabulary';

/**
 * Express 4/5. Its `res.status(…)`, `res.sendStatus(…)` and `res.redirect(…)` are shared by
 * Fastify's reply and Hono's context, so they are declared here with those receivers too;
 * a site's framework is then the one its receiver points to. Polka, which has no definition
 * of its own, answers with the same vocabulary; so does Restify's response (see restify.ts).
 */
export const EXPRESS = defineFramework({
  id: 'express',
  displayName: 'Express',
  modules: ['express'],
  serverModules: ['express', 'polka'],
  receivers: [
    {
      role: 'response',
      namePattern: /^(?:res|resp|response|_res|rawRes|serverResponse|httpResponse|outgoing)$|[a-z](?:Res|Response)$/,
      typePattern: /^(?:Response|ServerResponse|ExpressResponse|NextApiResponse|OutgoingMessage)$|Response$/,
    },
  ],
  handlerRegistrations: [
    // Four parameters make an error handler: `app.use((err, req, res, next) => …)`.
    { methods: ['use'], parameterRoles: ['error', undefined, 'response'], arity: 4 },
    { methods: ROUTE_METHODS, parameterRoles: [undefined, 'response'] },
  ],
  methods: [
    { kind: 'set', method: 'status', statusArguments: FIRST, receivers: RESPONSE_LIKE },
    { kind: 'set', method: 'sendStatus', statusArguments: FIRST, receivers: RESPONSE_LIKE, anyReceiver: true },
    { kind: 'redirect', method: 'redirect', statusArguments: FIRST_IF_NUMBER_ELSE_SECOND, receivers: ['response', 'reply', 'hono-context'] },
  ],
  contentMethods: [
    { method: 'json', contentArgument: 0, receivers: ['response'] },
    { method: 'jsonp', contentArgument: 0, receivers: ['response'] },
    { method: 'send', contentArgument: 0, receivers: ['response'] },
    { method: 'render', contentArgument: 0, receivers: ['response'] },
    { method: 'sendFile', contentArgument: 0, receivers: ['response'] },
  ],
  headerMethods: [
    { method: 'location', headers: { type: 'fixed', header: 'Location' }, receivers: ['response'] },
    { method: 'set', headers: { type: 'pair-or-object', index: 0 }, receivers: ['response'] },
    { method: 'header', headers: { type: 'pair-or-object', index: 0 }, receivers: ['response'] },
    { method: 'append', headers: { type: 'pair', nameIndex: 0 }, receivers: ['response'] },
    { method: 'type', headers: { type: 'fixed', header: 'Content-Type' }, receivers: ['response'] },
  ],
  redirectMethods: ['redirect'],
  // `res.redirect(url)` answers 302 (Found); the status goes first: `res.redirect(303, url)`.
  redirectDefaults: { redirect: redirects302(0) },
  responseMethods: [
    'json',
    'send',
    'jsonp',
    'render',
    'sendFile',
    'type',
    'set',
    'header',
    'location',
    'redirect',
    'format',
    'attachment',
    'download',
    'cookie',
    'clearCookie',
    'append',
  ],
  bodiless: 'dropped',
  emptyResponse: { call: 'end' },
});

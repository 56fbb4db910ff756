import { FIRST, RESPONSE_LIKE, defineFramework } from './define';

/**
 * node:http (and https, http2): the `ServerResponse` every Node framework wraps, so its
 * `writeHead` and `statusCode` count on any receiver once the value is a status code.
 */
export const NODE_HTTP = defineFramework({
  id: 'node-http',
  displayName: 'node:http',
  modules: ['http', 'node:http', 'https', 'node:https', 'http2', 'node:http2'],
  serverModules: ['http', 'node:http', 'https', 'node:https', 'http2', 'node:http2'],
  handlerRegistrations: [{ methods: ['createServer', 'on'], parameterRoles: [undefined, 'response'] }],
  methods: [{ kind: 'set', method: 'writeHead', statusArguments: FIRST, receivers: RESPONSE_LIKE, anyReceiver: true }],
  assignments: [{ kind: 'set', property: 'statusCode', receivers: ['response', 'reply', 'koa-context', 'h3-event'], anyReceiver: true }],
  contentMethods: [
    { method: 'end', contentArgument: 0, receivers: ['response'] },
    { method: 'write', contentArgument: 0, receivers: ['response'] },
  ],
  headerMethods: [
    { method: 'setHeader', headers: { type: 'pair', nameIndex: 0 }, receivers: ['response'], anyReceiver: true },
    { method: 'setHeaders', headers: { type: 'object', index: 0 }, receivers: ['response'] },
    // `writeHead(status, headers)` and `writeHead(status, message, headers)`.
    { method: 'writeHead', headers: { type: 'object', index: 1 }, receivers: ['response'], anyReceiver: true },
    { method: 'writeHead', headers: { type: 'object', index: 2 }, receivers: ['response'], anyReceiver: true },
  ],
  responseMethods: ['end', 'setHeader'],
  bodiless: 'dropped',
  emptyResponse: { call: 'end' },
});

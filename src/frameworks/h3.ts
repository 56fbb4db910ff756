import { SECOND, defineFramework, moduleSource, redirects302 } from './define';

const H3_MODULES = ['h3', 'nitropack/runtime', '#imports'];

/** h3, and Nitro and Nuxt server routes built on it, where its helpers are auto-imported. */
export const H3 = defineFramework({
  id: 'h3',
  displayName: 'h3',
  modules: H3_MODULES,
  serverModules: ['h3'],
  receivers: [{ role: 'h3-event', namePattern: /^(?:event|evt|h3Event)$/, typePattern: /^(?:H3Event)$/ }],
  bindings: [
    { kind: 'set', source: moduleSource(H3_MODULES, 'setResponseStatus'), invocation: 'call', statusArguments: SECOND, autoImported: true, responseArgument: 0 },
    { kind: 'redirect', source: moduleSource(H3_MODULES, 'sendRedirect'), invocation: 'call', statusArguments: [{ index: 2 }], autoImported: true, responseArgument: 0, defaultRedirect: redirects302(2) },
    { kind: 'redirect', source: moduleSource(H3_MODULES, 'redirect'), invocation: 'call', statusArguments: SECOND, defaultRedirect: redirects302(1) },
    {
      kind: 'error',
      source: moduleSource(H3_MODULES, 'createError'),
      invocation: 'call',
      statusArguments: [{ index: 0, init: true }],
      initProperties: ['statusCode', 'status'],
      autoImported: true,
    },
    {
      kind: 'error',
      source: moduleSource(H3_MODULES, 'HTTPError'),
      invocation: 'construct',
      statusArguments: [{ index: 0, init: true }, { index: 1, init: true }],
      initProperties: ['status', 'statusCode'],
    },
  ],
  headerFunctions: {
    setResponseHeader: { type: 'pair', nameIndex: 1 },
    appendResponseHeader: { type: 'pair', nameIndex: 1 },
    setResponseHeaders: { type: 'object', index: 1 },
  },
  redirectMethods: ['sendRedirect'],
  // `defineEventHandler(() => ({ status: 201, data }))` answers 200 with that object as its body.
  bodyReturningHandlerDefiners: ['defineEventHandler', 'eventHandler', 'defineCachedEventHandler', 'cachedEventHandler', 'defineLazyEventHandler'],
  bodiless: 'dropped',
  // Content ended on `event.node.res` is Node's.
  emptyResponse: { call: 'end' },
});

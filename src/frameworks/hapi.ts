import { FIRST, defineFramework } from './define';

const HAPI_MODULES: readonly string[] = ['@hapi/hapi'];

/** hapi: its response toolkit `h`, whose `h.response(x).code(201)` is Fastify's `code` shape. */
export const HAPI = defineFramework({
  id: 'hapi',
  displayName: 'hapi',
  modules: HAPI_MODULES,
  serverModules: HAPI_MODULES,
  receivers: [{ role: 'hapi-toolkit', namePattern: /^h$/, typePattern: /^(?:ResponseToolkit)$/ }],
  // `const response = h.response(x); response.code(202)`, as hapi's docs write it; only on a response.
  methods: [{ kind: 'set', method: 'code', statusArguments: FIRST, receivers: ['response'], modules: HAPI_MODULES, evidenceModules: [] }],
});

import { defineFramework } from './define';

/** hapi: its response toolkit `h`, whose `h.response(x).code(201)` is Fastify's `code` shape. */
export const HAPI = defineFramework({
  id: 'hapi',
  displayName: 'hapi',
  modules: ['@hapi/hapi'],
  serverModules: ['@hapi/hapi'],
  receivers: [{ role: 'hapi-toolkit', namePattern: /^h$/, typePattern: /^(?:ResponseToolkit)$/ }],
});

import { CONTENT, FIRST, SECOND_OR_INIT, SERIALISED, defineFramework, moduleSource } from './define';

const KIT_MODULES = ['@sveltejs/kit'];
const STATUS_INIT = ['status'];

/** SvelteKit 2: helpers of `@sveltejs/kit`, which build Fetch responses or throw. */
export const SVELTEKIT = defineFramework({
  id: 'sveltekit',
  displayName: 'SvelteKit',
  modules: KIT_MODULES,
  serverModules: KIT_MODULES,
  bindings: [
    { kind: 'error', source: moduleSource(KIT_MODULES, 'error'), invocation: 'call', statusArguments: FIRST },
    { kind: 'redirect', source: moduleSource(KIT_MODULES, 'redirect'), invocation: 'call', statusArguments: FIRST },
    { kind: 'error', source: moduleSource(KIT_MODULES, 'fail'), invocation: 'call', statusArguments: FIRST },
    { kind: 'set', source: moduleSource(KIT_MODULES, 'json'), invocation: 'call', statusArguments: SECOND_OR_INIT, initProperties: STATUS_INIT, content: SERIALISED, headersProperty: 'headers' },
    { kind: 'set', source: moduleSource(KIT_MODULES, 'text'), invocation: 'call', statusArguments: SECOND_OR_INIT, initProperties: STATUS_INIT, content: CONTENT, headersProperty: 'headers' },
  ],
  // `setHeaders({ … })`, given to load functions and handlers.
  headerFunctions: { setHeaders: { type: 'object', index: 0 } },
  bodiless: 'throws',
});

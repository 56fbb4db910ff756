import { FIRST, SECOND, defineFramework, moduleSource, redirects302 } from './define';

const ELYSIA_MODULES: readonly string[] = ['elysia'];

/**
 * Elysia 1.x (Bun). A handler is given a context whose `set.status` is the response's
 * status; `status(n, body)` (1.3 on) and `error(n, body)` (before it) answer with a code and
 * `redirect(url, n)` redirects, each imported from `elysia` or taken from the context.
 */
export const ELYSIA = defineFramework({
  id: 'elysia',
  displayName: 'Elysia',
  modules: ELYSIA_MODULES,
  serverModules: ELYSIA_MODULES,
  // `({ set }) => { set.status = 404 }`, `(ctx) => { ctx.set.status = 404 }`; only in Elysia files.
  receivers: [{ role: 'elysia-set', namePattern: /^set$/, typePattern: /^$/, onlyInItsFiles: {} }],
  assignments: [{ kind: 'set', property: 'status', receivers: ['elysia-set'] }],
  bindings: [
    { kind: 'set', source: moduleSource(ELYSIA_MODULES, 'status'), invocation: 'call', statusArguments: FIRST, contextFunction: true },
    { kind: 'error', source: moduleSource(ELYSIA_MODULES, 'error'), invocation: 'call', statusArguments: FIRST, contextFunction: true },
    { kind: 'redirect', source: moduleSource(ELYSIA_MODULES, 'redirect'), invocation: 'call', statusArguments: SECOND, contextFunction: true, defaultRedirect: redirects302(1) },
  ],
});

import { CONTENT, SECOND, SECOND_OR_INIT, SERIALISED, defineFramework, globalSource, moduleSource, redirects302 } from './define';

const FETCH_MODULES = ['undici', 'node-fetch', 'cross-fetch'];
const STATUS_INIT = ['status'];

/** The Fetch API's `Response`, global in Node 18+, Deno, Bun and edge runtimes, or imported from a polyfill. */
export const FETCH = defineFramework({
  id: 'fetch',
  displayName: 'the Fetch Response constructor',
  modules: FETCH_MODULES,
  bindings: [
    { kind: 'set', source: globalSource('Response'), invocation: 'construct', statusArguments: SECOND_OR_INIT, initProperties: STATUS_INIT, content: CONTENT, headersProperty: 'headers' },
    { kind: 'set', source: moduleSource(FETCH_MODULES, 'Response'), invocation: 'construct', statusArguments: SECOND_OR_INIT, initProperties: STATUS_INIT, content: CONTENT, headersProperty: 'headers' },
    { kind: 'set', source: globalSource('Response', 'json'), invocation: 'call', statusArguments: SECOND_OR_INIT, initProperties: STATUS_INIT, content: SERIALISED, headersProperty: 'headers' },
    // `Response.redirect(url)` answers 302.
    { kind: 'redirect', source: globalSource('Response', 'redirect'), invocation: 'call', statusArguments: SECOND, defaultRedirect: redirects302(1) },
  ],
  // A non-null body with 204, 205 or 304 makes the constructor throw a TypeError.
  bodiless: 'throws',
  emptyResponse: { rewriteTo: 'construct' },
});

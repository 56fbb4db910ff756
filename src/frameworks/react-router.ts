import { SECOND_OR_INIT, SERIALISED, defineFramework, moduleSource, redirects302 } from './define';

const REACT_ROUTER_MODULES = [
  'react-router',
  'react-router-dom',
  '@remix-run/node',
  '@remix-run/cloudflare',
  '@remix-run/deno',
  '@remix-run/server-runtime',
];
const STATUS_INIT = ['status'];

/** React Router 7 and Remix: loaders and actions answer with `data`, `json` and `redirect`. */
export const REACT_ROUTER = defineFramework({
  id: 'react-router',
  displayName: 'React Router',
  modules: REACT_ROUTER_MODULES,
  bindings: [
    { kind: 'set', source: moduleSource(REACT_ROUTER_MODULES, 'data'), invocation: 'call', statusArguments: SECOND_OR_INIT, initProperties: STATUS_INIT, headersProperty: 'headers' },
    { kind: 'set', source: moduleSource(REACT_ROUTER_MODULES, 'json'), invocation: 'call', statusArguments: SECOND_OR_INIT, initProperties: STATUS_INIT, content: SERIALISED, headersProperty: 'headers' },
    { kind: 'redirect', source: moduleSource(REACT_ROUTER_MODULES, 'redirect'), invocation: 'call', statusArguments: SECOND_OR_INIT, initProperties: STATUS_INIT, headersProperty: 'headers', defaultRedirect: redirects302(1) },
  ],
  bodiless: 'throws',
});

import { CONTENT, SECOND_OR_INIT, SERIALISED, defineFramework, moduleSource } from './define';

const NEXT_SERVER = ['next/server'];
const STATUS_INIT = ['status'];

/** Next.js route handlers and middleware: `NextResponse`, a subclass of the Fetch `Response`. */
export const NEXTJS = defineFramework({
  id: 'nextjs',
  displayName: 'Next.js',
  modules: ['next', 'next/server'],
  serverModules: ['next', 'next/server'],
  bindings: [
    { kind: 'set', source: moduleSource(NEXT_SERVER, 'NextResponse'), invocation: 'construct', statusArguments: SECOND_OR_INIT, initProperties: STATUS_INIT, content: CONTENT, headersProperty: 'headers' },
    { kind: 'set', source: moduleSource(NEXT_SERVER, 'NextResponse', 'json'), invocation: 'call', statusArguments: SECOND_OR_INIT, initProperties: STATUS_INIT, content: SERIALISED, headersProperty: 'headers' },
    { kind: 'redirect', source: moduleSource(NEXT_SERVER, 'NextResponse', 'redirect'), invocation: 'call', statusArguments: SECOND_OR_INIT, initProperties: STATUS_INIT, headersProperty: 'headers' },
  ],
  bodiless: 'throws',
  emptyResponse: { rewriteTo: 'construct' },
});

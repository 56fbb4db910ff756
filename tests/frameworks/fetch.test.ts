/**
 * The Fetch `Response` of edge runtimes and Node (the Fetch row of shared/frameworks.md):
 * `new Response(body, { status })`, `Response.json(data, { status })`,
 * `Response.redirect(url, n)`, as a global or imported from undici and kin. The init
 * object's `status` key is a site of its own too; rules take the outer one.
 */
import { declareSiteTables } from '../helpers/front-ends';

const handler = (body: string) => `export default { fetch() { return ${body}; } };`;

const FOUND = [
  ['new Response(body, { status })', 'worker.js', handler("new Response('Not found', { status: 404 })"), ['set fetch 404', 'set response-object 404']],
  ['new Response(null, { status, headers })', 'worker.js', handler("new Response(null, { status: 204, headers: { 'X-A': '1' } })"), ['set fetch 204', 'set response-object 204']],
  ['Response.json(data, { status })', 'worker.js', handler('Response.json({ id: 1 }, { status: 201 })'), ['set fetch 201', 'set response-object 201']],
  ['Response.redirect(url, n)', 'worker.js', handler("Response.redirect('https://example.com/', 301)"), ['redirect fetch 301']],
  [
    'a conditional status',
    'worker.js',
    handler("new Response('x', { status: ok ? 200 : 503 })"),
    ['set fetch 200', 'set response-object 200', 'set fetch 503', 'set response-object 503'],
  ],
  [
    'a const',
    'worker.js',
    `const CREATED = 201;\n${handler("new Response('x', { status: CREATED })")}`,
    ['set fetch 201 (constant CREATED)', 'set response-object 201 (constant CREATED)'],
  ],
  [
    'an http-status-codes member',
    'worker.js',
    `import { StatusCodes } from 'http-status-codes';\n${handler("new Response('x', { status: StatusCodes.CREATED })")}`,
    ['set fetch 201 (library StatusCodes.CREATED)', 'set response-object 201 (library StatusCodes.CREATED)'],
  ],
  ['undici’s Response, required', 'worker.cjs', "const { Response } = require('undici');\nmodule.exports = () => new Response('x', { status: 418 });", ['set fetch 418', 'set response-object 418']],
  ['the global Response in CommonJS', 'worker.cjs', "module.exports = () => new Response('x', { status: 418 });", ['set fetch 418', 'set response-object 418']],
  [
    'node-fetch’s Response, in TypeScript',
    'worker.ts',
    "import { Response } from 'node-fetch';\nexport const gone = (): Response => new Response('x', { status: 410, statusText: 'Gone' });",
    ['set fetch 410', 'set response-object 410'],
  ],
  ['an init checked with satisfies', 'worker.ts', "export function GET(): Response { return new Response('x', { status: 202 } satisfies ResponseInit); }", ['set fetch 202', 'set response-object 202']],
  [
    'an init declared apart',
    'worker.ts',
    "export function GET(): Response { const init: ResponseInit = { status: 202 }; return new Response('x', init); }",
    ['set response-object 202', 'set fetch ? (unknown init)'],
  ],
  ['globalThis.Response', 'worker.ts', "export const accepted = new globalThis.Response('x', { status: 202 });", ['set fetch 202', 'set response-object 202']],
  // A class of the file's own is no Fetch Response; its `status` key still is a status.
  ['a local Response class', 'worker.js', "class Response { constructor(body, init) {} }\nnew Response('x', { status: 201 });", ['set response-object 201']],
] as const;

const NONE = [
  ['Response.json(data): the default is not written', 'worker.js', handler('Response.json({ id: 1 })')],
  ['Response.redirect(url): the default is not written', 'worker.js', handler("Response.redirect('https://example.com/')")],
  ['a Response without an init, a timeout', 'worker.js', 'const r = new Response(body);\nsetTimeout(retry, 500);'],
  ['a status field of a request body', 'worker.js', "await fetch(url, { method: 'POST', body: JSON.stringify({ status: 1 }) });"],
  ['headers', 'worker.js', "new Headers({ 'Retry-After': '120' });"],
] as const;

declareSiteTables({ found: FOUND, none: NONE });

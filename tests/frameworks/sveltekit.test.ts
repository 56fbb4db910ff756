/**
 * SvelteKit 2 (the `sveltekit` row of shared/frameworks.md): `error(n, body)`, `fail(n, data)`,
 * `redirect(n, location)`, `json`/`text(data, { status })` from `@sveltejs/kit`. The init
 * object's `status` key is a site of its own too; rules take the outer one.
 */
import { declareSiteTables } from '../helpers/front-ends';

const FOUND = [
  ['error(n, message)', '+page.server.ts', "import { error } from '@sveltejs/kit';\nexport function load({ params }) { if (!params.id) error(404, 'Not found'); }", ['error sveltekit 404']],
  ['throw error(n, body), SvelteKit 1', '+page.server.ts', "import { error } from '@sveltejs/kit';\nexport function load() { throw error(404, { message: 'Not found' }); }", ['error sveltekit 404']],
  ['redirect(n, location)', '+page.server.ts', "import { redirect } from '@sveltejs/kit';\nexport function load({ locals }) { if (!locals.user) redirect(303, '/login'); }", ['redirect sveltekit 303']],
  ['fail(n, data)', '+page.server.ts', "import { fail } from '@sveltejs/kit';\nexport const actions = { default: async () => fail(400, { missing: true }) };", ['error sveltekit 400']],
  ['json(data, { status })', '+server.ts', "import { json } from '@sveltejs/kit';\nexport function POST() { return json({ id: 1 }, { status: 201 }); }", ['set response-object 201', 'set sveltekit 201']],
  [
    'text(body, { status, headers })',
    '+server.ts',
    "import { text } from '@sveltejs/kit';\nexport function GET() { return text('accepted', { status: 202, headers: { 'X-A': '1' } }); }",
    ['set response-object 202', 'set sveltekit 202'],
  ],
  ['the Fetch Response in an endpoint', '+server.ts', 'export function DELETE() { return new Response(null, { status: 204 }); }', ['set fetch 204', 'set response-object 204']],
  [
    'an http-status-codes member',
    '+server.ts',
    "import { error } from '@sveltejs/kit';\nimport { StatusCodes } from 'http-status-codes';\nexport function GET() { error(StatusCodes.FORBIDDEN, 'No'); }",
    ['error sveltekit 403 (library StatusCodes.FORBIDDEN)'],
  ],
  ['a const', '+server.js', "import { error } from '@sveltejs/kit';\nconst TEAPOT = 418;\nexport function GET() { error(TEAPOT, 'No'); }", ['error sveltekit 418 (constant TEAPOT)']],
  ['redirect required', '+server.cjs', "const { redirect } = require('@sveltejs/kit');\nmodule.exports.GET = () => redirect(307, '/new');", ['redirect sveltekit 307']],
  ['kit.error(n) through a namespace import', '+server.js', "import * as kit from '@sveltejs/kit';\nexport function GET() { kit.error(401, 'Log in'); }", ['error sveltekit 401']],
] as const;

const NONE = [
  ['json(data): the default is not written', '+server.ts', "import { json } from '@sveltejs/kit';\nexport function GET() { return json({ id: 1 }); }"],
  ['setHeaders({ … })', '+page.server.ts', "export function load({ setHeaders }) { setHeaders({ 'cache-control': 'max-age=500' }); }"],
  ['a local function named error', '+page.server.ts', "function error(code, message) { console.log(code, message); }\nerror(404, 'Not found');"],
  ['an error imported from elsewhere', '+page.server.ts', "import { error } from './log';\nerror(500, 'failed');"],
  ['redirect not imported', '+page.server.ts', "redirect(303, '/login');"],
  ['console.error beside the import', '+page.server.ts', "import { error } from '@sveltejs/kit';\nconsole.error(500);"],
] as const;



declareSiteTables({ found: FOUND, none: NONE });

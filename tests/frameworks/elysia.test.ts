/**
 * Elysia (a candidate of shared/frameworks.md, added as one definition): `set.status = n` on
 * the handler's context, `status(n, body)`, `error(n, body)` and `redirect(url, n)` imported
 * from `elysia` or taken from the context, only in files that import Elysia.
 */
import { declareSiteTables } from '../helpers/front-ends';

const ESM = "import { Elysia } from 'elysia';\n";
const CJS = "const { Elysia } = require('elysia');\n";

const FOUND = [
  ['set.status = n, destructured', 'app.ts', `${ESM}new Elysia().post('/users', ({ body, set }) => { set.status = 201; return body; });`, ['set elysia 201']],
  ['ctx.set.status = n', 'app.js', `${ESM}new Elysia().get('/', (ctx) => { ctx.set.status = 404; return 'missing'; });`, ['set elysia 404']],
  ['status(n, body) from the context', 'app.ts', `${ESM}new Elysia().get('/users/:id', ({ status }) => status(404, 'Not found'));`, ['set elysia 404']],
  ['status(n, body) imported', 'app.ts', "import { Elysia, status } from 'elysia';\nnew Elysia().get('/', () => status(418, 'teapot'));", ['set elysia 418']],
  ['error(n, body) from the context, Elysia 1.2', 'app.cjs', `${CJS}new Elysia().get('/', ({ error }) => error(401, 'no'));`, ['error elysia 401']],
  ['redirect(url, n)', 'app.ts', `${ESM}new Elysia().get('/old', ({ redirect }) => redirect('/new', 301));`, ['redirect elysia 301']],
  [
    'a constant and a library member',
    'app.ts',
    `${ESM}import { StatusCodes } from 'http-status-codes';\nconst CREATED = 201;\nnew Elysia().post('/', ({ set }) => { set.status = CREATED; }).get('/', ({ status }) => status(StatusCodes.NOT_FOUND, 'x'));`,
    ['set elysia 201 (constant CREATED)', 'set elysia 404 (library StatusCodes.NOT_FOUND)'],
  ],
] as const;

const NONE = [
  ['set.status outside an Elysia file', 'app.js', 'const set = new Map();\nset.status = 404;'],
  ['status(n) outside an Elysia file', 'app.js', 'function status(code) { return code; }\nstatus(404);'],
  ['redirect(url) without a code', 'app.ts', `${ESM}new Elysia().get('/old', ({ redirect }) => redirect('/new'));`],
  ['a number returned', 'app.ts', `${ESM}new Elysia().get('/count', () => 200);`],
] as const;

declareSiteTables({ found: FOUND, none: NONE });

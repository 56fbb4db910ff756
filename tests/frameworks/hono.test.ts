/**
 * Hono 4 (the `hono` row of shared/frameworks.md): `c.status(n)`, the status argument of
 * `c.json/text/html/body/newResponse` (a number or an init), `c.redirect(url, n)` and
 * `HTTPException`.
 */
import { declareSiteTables } from '../helpers/front-ends';

const ESM = "import { Hono } from 'hono';\nconst app = new Hono();\n";

const FOUND = [
  ['c.status(n)', 'app.ts', `${ESM}app.post('/', (c) => { c.status(201); return c.json({ id: 1 }); });`, ['set hono 201']],
  ['c.json(data, n)', 'app.ts', `${ESM}app.post('/', (c) => c.json({ id: 1 }, 201));`, ['set hono 201']],
  // The init object's key is a site of its own too; rules take the outer one.
  ['c.json(data, init)', 'app.ts', `${ESM}app.post('/', (c) => c.json({ id: 1 }, { status: 201, headers: { Location: '/1' } }));`, ['set hono 201', 'set response-object 201']],
  ['c.text(text, n)', 'app.ts', `${ESM}app.get('/', (c) => c.text('gone', 410));`, ['set hono 410']],
  ['c.html(html, n)', 'app.js', `${ESM}app.get('/', (c) => c.html('<p>x</p>', 404));`, ['set hono 404']],
  ['c.body(null, n)', 'app.js', `${ESM}app.delete('/', (c) => c.body(null, 204));`, ['set hono 204']],
  ['c.newResponse(null, n)', 'app.js', `${ESM}app.delete('/', (c) => c.newResponse(null, 204));`, ['set hono 204']],
  ['c.redirect(url, n)', 'app.ts', `${ESM}app.get('/old', (c) => c.redirect('/new', 301));`, ['redirect hono 301']],
  ['ctx as the context in a Hono file', 'app.js', `${ESM}app.get('/', (ctx) => ctx.json({ error: 'x' }, 400));`, ['set hono 400']],
  [
    'new HTTPException(n, options)',
    'app.ts',
    `import { HTTPException } from 'hono/http-exception';\n${ESM}app.get('/', () => { throw new HTTPException(401, { message: 'Log in' }); });`,
    ['error hono 401'],
  ],
  [
    'onError, and HTTPException required',
    'app.cjs',
    "const { Hono } = require('hono');\nconst { HTTPException } = require('hono/http-exception');\nconst app = new Hono();\napp.onError((err, c) => c.text('x', 500));\napp.get('/', () => { throw new HTTPException(403); });",
    ['set hono 500', 'error hono 403'],
  ],
  [
    'an http-status-codes member in notFound',
    'app.js',
    `import { StatusCodes } from 'http-status-codes';\n${ESM}app.notFound((c) => c.json({ message: 'Not Found' }, StatusCodes.NOT_FOUND));`,
    ['set hono 404 (library StatusCodes.NOT_FOUND)'],
  ],
  [
    'a const, on a typed Context',
    'app.ts',
    "import type { Context } from 'hono';\nconst ACCEPTED = 202;\nexport const accept = (context: Context) => context.json({}, ACCEPTED);",
    ['set hono 202 (constant ACCEPTED)'],
  ],
  ['a handler made by a factory', 'app.ts', "import { createFactory } from 'hono/factory';\nexport const handlers = createFactory().createHandlers((c) => c.json({}, 201));", ['set hono 201']],
  // Without the import, an `…Exception` class given a status is a project's error class.
  ['a local HTTPException', 'app.ts', 'class HTTPException extends Error {}\nthrow new HTTPException(401);', ['error error-object 401']],
] as const;

const NONE = [
  ['c.redirect(url): the default is not written', 'app.ts', `${ESM}app.get('/old', (c) => c.redirect('/new'));`],
  ['a header, content without a status', 'app.ts', `${ESM}app.get('/', (c) => { c.header('Retry-After', '120'); return c.json({ ok: true }); });`],
  ['a status field of the content', 'app.ts', `${ESM}app.get('/', (c) => c.json({ status: 404 }));`],
  ['x.json(data, n) outside a Hono file', 'app.ts', 'store.json(data, 201);'],
] as const;

declareSiteTables({ found: FOUND, none: NONE });

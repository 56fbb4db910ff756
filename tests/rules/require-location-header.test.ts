import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../rules/require-location-header';
import { asTesterRule, cjsTester, positionOf, runInJsAndTs, tsTester } from '../helpers/rule-tester';

type Invalid = InvalidTestCase<MessageIds, Options>;

const REDIRECT_LABELS: Record<string, string> = {
  '301': '301 (Moved Permanently)',
  '302': '302 (Found)',
  '303': '303 (See Other)',
  '307': '307 (Temporary Redirect)',
  '308': '308 (Permanent Redirect)',
};

/** A 201 reported at `needle` (default: the first `201`). */
function created(code: string, needle = '201', extra: Partial<Invalid> = {}): Invalid {
  return { code, errors: [{ messageId: 'missingLocation', ...positionOf(code, needle) }], ...extra };
}

function redirect(code: string, status: keyof typeof REDIRECT_LABELS): Invalid {
  return { code, errors: [{ messageId: 'missingRedirectLocation', data: { label: REDIRECT_LABELS[status]! }, ...positionOf(code, status) }] };
}

runInJsAndTs('require-location-header', rule, {
  valid: [
    // Location set on the same response, in a chain, before or after the status.
    "app.post('/users', (req, res) => { res.location('/users/1').status(201).json({}); });",
    "app.post('/users', (req, res) => { res.status(201).location('/users/1').json({}); });",
    "app.post('/users', (req, res) => { res.setHeader('Location', '/users/1'); res.status(201).json({}); });",
    "app.post('/users', (req, res) => { res.set({ Location: '/users/1' }); res.status(201).end(); });",
    "app.post('/users', (req, res) => { res.header('location', '/users/1').status(201).end(); });",
    "app.post('/users', (req, res) => { res.status(201); if (user) res.location(`/users/${user.id}`); res.end(); });",
    "http.createServer((req, res) => { res.writeHead(201, { Location: '/things/1' }); res.end(); });",
    "fastify.post('/x', async (request, reply) => { reply.header('Location', '/x/1'); return reply.code(201).send({}); });",
    "router.post('/x', async (ctx) => { ctx.set('Location', '/x/1'); ctx.status = 201; });",
    "app.post('/x', (c) => { c.header('Location', '/x/1'); return c.json({}, 201); });",
    // Hono's headers argument and init object set headers on the same response.
    "app.post('/x', (c) => c.json({ id: 1 }, 201, { Location: '/x/1' }));",
    "app.post('/x', (c) => c.json({ id: 1 }, { status: 201, headers: { Location: '/x/1' } }));",
    "export function POST() { return new Response(null, { status: 201, headers: { Location: '/x/1' } }); }",
    "export function POST() { return Response.json({}, { status: 201, headers: new Headers({ Location: '/x/1' }) }); }",
    "import { NextResponse } from 'next/server'; export function POST() { return NextResponse.json({}, { status: 201, headers: { location: '/x/1' } }); }",
    "export default defineEventHandler((event) => { setResponseHeader(event, 'Location', '/x/1'); setResponseStatus(event, 201); });",
    // The catalogue lists no header methods of hapi's toolkit, so `header()` counts by its name.
    "server.route({ method: 'POST', path: '/orders', handler: (request, h) => h.response(order).code(201).header('Location', '/orders/1') });",
    // Headers that cannot be read statically, or a response handed to other code.
    "export function POST() { return new Response(null, { status: 201, headers }); }",
    "export function POST() { return new Response(null, init); }",
    "app.post('/x', (req, res) => { applyCreated(res); res.status(201).end(); });",
    "app.post('/x', (req, res) => { res.set(headers); res.status(201).end(); });",
    // PUT, GET and other methods are not checked for 201 by default.
    "app.put('/users/:id', (req, res) => { res.status(201).json({}); });",
    'export function PUT() { return new Response(null, { status: 201 }); }',
    "app.all('/x', (req, res) => { if (req.method === 'PUT') res.status(201).end(); });",
    // Redirect helpers set Location themselves; 300 and 304 need none.
    "app.get('/old', (req, res) => res.redirect(301, '/new'));",
    "router.get('/old', async (ctx) => { ctx.status = 301; ctx.redirect('/new'); });",
    "app.get('/x', (req, res) => { res.status(304).end(); });",
    "app.get('/x', (req, res) => { res.status(300).json([]); });",
    "export const handler = async () => ({ statusCode: 302, headers: { Location: '/login' }, body: '' });",
    // Ignored by option.
    { code: "app.post('/webhooks/stripe', (req, res) => { res.status(201).end(); });", options: [{ ignore: ['^/webhooks/'] }] },
    { code: 'function createEvent(req, res) { res.status(201).end(); }', options: [{ ignore: ['^createEvent$'] }] },
    // A status that only some other code reads.
    'if (res.status === 201) refresh();',
  ],
  invalid: [
    created("app.post('/users', (req, res) => { res.status(201).json({ id: 1 }); });"),
    created("router.post('/users', (req, response) => { response.status(201); response.json({ id: 1 }); });"),
    created('function createUser(req, res) { res.status(201).send(); }'),
    created("app.post('/users', (req, res) => { if (exists) { res.location('/users/1'); res.status(200).end(); } else { res.status(201).end(); } });"),
    created("http.createServer((req, res) => { if (req.method === 'POST') { res.writeHead(201, { 'Content-Type': 'application/json' }); res.end('{}'); } });"),
    created("fastify.post('/x', async (request, reply) => reply.code(201).send({}));"),
    created("router.post('/x', async (ctx) => { ctx.status = 201; ctx.body = { id: 1 }; });"),
    created("app.post('/x', (c) => c.json({ id: 1 }, 201));"),
    created('export async function POST() { return new Response(JSON.stringify({}), { status: 201 }); }'),
    created("export async function POST() { return Response.json({}, { status: 201, headers: { 'Cache-Control': 'no-store' } }); }"),
    created("import { NextResponse } from 'next/server';\nexport const POST = async () => NextResponse.json({ id: 1 }, { status: 201 });"),
    created("import { json } from '@sveltejs/kit';\nexport const POST = async () => json({ id: 1 }, { status: 201 });"),
    created("export const handler = async () => ({ statusCode: 201, body: JSON.stringify({ id: 1 }) });"),
    created("app.put('/x', (req, res) => { res.status(201).end(); });", '201', { options: [{ methods: ['POST', 'PUT'] }] }),
    redirect("app.get('/old', (req, res) => { res.status(301).end(); });", '301'),
    redirect("app.get('/old', (req, res) => { res.statusCode = 302; res.end(); });", '302'),
    redirect("fastify.get('/old', async (request, reply) => reply.code(307).send());", '307'),
    redirect("router.get('/old', async (ctx) => { ctx.status = 308; });", '308'),
    redirect('export function GET() { return new Response(null, { status: 303 }); }', '303'),
    redirect("export const handler = async () => ({ statusCode: 302, body: '' });", '302'),
  ],
});

tsTester.run('require-location-header (NestJS)', asTesterRule(rule), {
  valid: [
    "import { Controller, Header, HttpCode, Post } from '@nestjs/common';\n@Controller('users')\nclass Users {\n  @Post()\n  @HttpCode(201)\n  @Header('Location', '/users/me')\n  create() {}\n}",
    "import { Controller, HttpCode, Put } from '@nestjs/common';\n@Controller('users')\nclass Users {\n  @Put(':id')\n  @HttpCode(201)\n  replace() {}\n}",
    "import { Controller, Post } from '@nestjs/common';\n@Controller('users')\nclass Users {\n  @Post()\n  create() {}\n}",
    "import { Controller, HttpCode, Post, Res } from '@nestjs/common';\n@Controller('users')\nclass Users {\n  @Post()\n  @HttpCode(201)\n  create(@Res() res: unknown) {}\n}",
  ],
  invalid: [
    created("import { Controller, HttpCode, Post } from '@nestjs/common';\n@Controller('users')\nclass Users {\n  @Post()\n  @HttpCode(201)\n  create() {}\n}"),
    {
      code: "import { Controller, Post } from '@nestjs/common';\n@Controller('users')\nclass Users {\n  @Post()\n  create() {}\n}",
      options: [{ nestDefaultCreated: true }],
      errors: [{ messageId: 'missingNestLocation', line: 4, column: 4 }],
    },
  ],
});

cjsTester.run('require-location-header (CommonJS)', asTesterRule(rule), {
  valid: ["const { StatusCodes } = require('http-status-codes');\nrouter.post('/x', (req, res) => res.location('/x/1').status(StatusCodes.CREATED).end());"],
  invalid: [
    created("const { StatusCodes } = require('http-status-codes');\nrouter.post('/x', (req, res) => res.status(StatusCodes.CREATED).end());", 'StatusCodes.CREATED'),
  ],
});

/** The method of a handler seen from its callbacks, and headers built in sight. */
runInJsAndTs('require-location-header (callbacks and built headers)', rule, {
  valid: [
    "router.get('/r', (req, res) => { db.query(sql, (err, rows) => { db.query(more, (e2, extra) => { res.status(201).json(rows); }); }); });",
    "router.put('/r/:id', (req, res) => { Resta.update(req.body, (err, doc) => res.status(201).json(doc)); });",
    "router.delete('/r/:id', function (req, res) { Resta.remove(req.params.id).then(() => res.status(201).send('gone')); });",
    "export function POST() { const headers = new Headers({ 'Content-Type': 'application/json' }); headers.set('Location', '/x/1'); return new Response('{}', { status: 201, headers }); }",
    "export function POST() { const headers = { Location: '/x/1' }; return new Response(null, { headers, status: 201 }); }",
    "export function POST() { const headers = makeHeaders(); return new Response(null, { headers, status: 201 }); }",
    "export function POST() { const headers = {}; decorate(headers); return new Response(null, { headers, status: 201 }); }",
    "exports.handler = async () => { const headers = { 'Content-Type': 'text/plain' }; headers.Location = '/x/1'; return { statusCode: 201, headers, body: 'made' }; };",
  ],
  invalid: [
    created("router.post('/r', (req, res) => { db.query(sql, (err, rows) => { res.status(201).json(rows); }); });"),
    created("export function POST() { const headers = new Headers({ 'Content-Type': 'application/json' }); headers.set('Cache-Control', 'no-store'); return new Response('{}', { headers, status: 201 }); }"),
    created("exports.handler = async () => { const headers = { 'Content-Type': 'text/plain' }; return { statusCode: 201, headers, body: 'made' }; };"),
  ],
});

tsTester.run('require-location-header (methods from decorator options)', asTesterRule(rule), {
  valid: [
    "class Users {\n  @HTTPMethod({ method: HTTPMethodEnum.PUT, path: '/users/:id' })\n  async update(@Context() ctx: EggContext) { ctx.status = 201; }\n}",
    "class Users {\n  @Route({ method: 'GET', path: '/users' })\n  async list(ctx: Context) { ctx.status = 201; }\n}",
  ],
  invalid: [created("class Users {\n  @HTTPMethod({ method: HTTPMethodEnum.POST, path: '/users' })\n  async create(ctx: Context) { ctx.status = 201; }\n}")],
});

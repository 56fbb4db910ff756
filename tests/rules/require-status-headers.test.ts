import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../rules/require-status-headers';
import { asTesterRule, cjsTester, positionOf, runInJsAndTs, tsTester } from '../helpers/rule-tester';

type Invalid = InvalidTestCase<MessageIds, Options>;

const REQUIRED: Readonly<Record<string, { label: string; header: string; reference: string }>> = {
  '101': { label: '101 (Switching Protocols)', header: 'Upgrade', reference: 'RFC 9110 §7.8' },
  '206': { label: '206 (Partial Content)', header: 'Content-Range', reference: 'RFC 9110 §15.3.7' },
  '401': { label: '401 (Unauthorized)', header: 'WWW-Authenticate', reference: 'RFC 9110 §15.5.2' },
  '405': { label: '405 (Method Not Allowed)', header: 'Allow', reference: 'RFC 9110 §15.5.6' },
  '407': { label: '407 (Proxy Authentication Required)', header: 'Proxy-Authenticate', reference: 'RFC 9110 §15.5.8' },
  '426': { label: '426 (Upgrade Required)', header: 'Upgrade', reference: 'RFC 9110 §15.5.22' },
};

/** The header RFC 9110 requires with `status`, reported at `needle` (default: the status itself). */
function missing(code: string, status: keyof typeof REQUIRED, needle: string = status, extra: Partial<Invalid> = {}): Invalid {
  return { code, errors: [{ messageId: 'missingRequiredHeader', data: REQUIRED[status]!, ...positionOf(code, needle) }], ...extra };
}

const HEADERS_OPTION: Options = [{ headers: { '202': ['Location'], '429': ['Retry-After'], '401': ['www-authenticate', 'X-Auth-Realm'] } }];

runInJsAndTs('require-status-headers', rule, {
  valid: [
    // The header set on the same response: chained, before, after, as an object, by writeHead.
    "app.get('/me', (req, res) => { res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'login' }); });",
    "app.get('/me', (req, res) => { res.status(401); res.header('WWW-Authenticate', 'Bearer'); res.end(); });",
    "app.delete('/x', (req, res) => { res.set({ Allow: 'GET, PUT' }); res.sendStatus(405); });",
    "http.createServer((req, res) => { res.setHeader('Allow', 'GET'); res.statusCode = 405; res.end(); });",
    "http.createServer((req, res) => { res.writeHead(401, { 'WWW-Authenticate': 'Basic realm=\"x\"' }); res.end(); });",
    "http.createServer((req, res) => { res.writeHead(206, { 'Content-Range': 'bytes 0-99/1000' }); res.end(chunk); });",
    "fastify.get('/me', async (request, reply) => reply.header('WWW-Authenticate', 'Bearer').code(401).send());",
    "router.get('/me', async (ctx) => { ctx.set('WWW-Authenticate', 'Bearer'); ctx.status = 401; });",
    "app.get('/x', (c) => { c.header('Allow', 'GET'); return c.json({ error: 'no' }, 405); });",
    "app.get('/x', (c) => c.json({ error: 'login' }, 401, { 'WWW-Authenticate': 'Bearer' }));",
    "app.get('/x', (c) => c.text('login', { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }));",
    "export function GET() { return new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }); }",
    "export function POST() { return Response.json({}, { status: 405, headers: new Headers({ Allow: 'GET' }) }); }",
    "import { NextResponse } from 'next/server'; export function PUT() { return NextResponse.json({}, { status: 405, headers: { allow: 'GET' } }); }",
    "export default defineEventHandler((event) => { setResponseHeader(event, 'Allow', 'GET'); setResponseStatus(event, 405); });",
    "export const handler = async () => ({ statusCode: 401, headers: { 'WWW-Authenticate': 'Bearer' }, body: '' });",
    "import createError from 'http-errors';\nthrow createError(401, 'Log in', { headers: { 'WWW-Authenticate': 'Basic' } });",
    "router.get('/me', async (ctx) => { ctx.throw(401, 'Log in', { headers: { 'WWW-Authenticate': 'Basic' } }); });",
    // Headers that cannot be read, or a response handed to code that may set them.
    "app.get('/me', (req, res) => { res.set(authHeaders); res.status(401).end(); });",
    "app.get('/me', (req, res) => { challenge(res); res.status(401).end(); });",
    'export function GET() { return new Response(null, { status: 401, headers }); }',
    "import createError from 'http-errors';\nthrow createError(401, 'Log in', props);",
    "import createError from 'http-errors';\napp.get('/me', (req, res, next) => { res.set('WWW-Authenticate', 'Bearer'); next(createError(401)); });",
    // Errors whose headers are set where they are turned into responses; helpers that set them.
    "import Boom from '@hapi/boom';\nthrow new Boom('Log in', { statusCode: 401 });",
    "import Boom from '@hapi/boom';\nthrow Boom.unauthorized('Log in', 'Bearer');",
    "throw new AppError('Log in', 401);",
    // Codes with no required header, unless the option asks; statuses read, not sent.
    "app.post('/jobs', (req, res) => { res.status(202).json({ id: 1 }); });",
    "app.get('/x', (req, res) => { res.status(429).end(); });",
    'if (response.status === 401) login();',
    "expect(res.status).toBe(401);",
    // Ignored by option.
    { code: "app.get('/legacy/me', (req, res) => { res.status(401).end(); });", options: [{ ignore: ['^/legacy/'] }] },
    // Set headers satisfy the project's requirements too, in any case.
    { code: "app.post('/jobs', (req, res) => { res.location('/jobs/1'); res.status(202).end(); });", options: HEADERS_OPTION },
  ],
  invalid: [
    missing("app.get('/me', (req, res) => { res.status(401).json({ error: 'login' }); });", '401'),
    missing("app.delete('/x', (req, res) => res.sendStatus(405));", '405'),
    missing("app.get('/x', (req, res) => { if (!user) { res.set('Allow', 'GET'); return res.status(404).end(); } res.status(405).end(); });", '405'),
    missing("http.createServer((req, res) => { res.writeHead(405, { 'Content-Type': 'text/plain' }); res.end('no'); });", '405'),
    missing("http.createServer((req, res) => { res.statusCode = 426; res.end(); });", '426'),
    missing("http.createServer((req, res) => { res.writeHead(407); res.end(); });", '407'),
    missing("server.on('upgrade', (req, res) => { res.writeHead(101, { Connection: 'Upgrade' }); });", '101'),
    missing("app.get('/video', (req, res) => { res.status(206).send(chunk); });", '206'),
    missing("fastify.get('/me', async (request, reply) => reply.code(401).send({ error: 'login' }));", '401'),
    missing("router.get('/me', async (ctx) => { ctx.status = 401; ctx.body = { error: 'login' }; });", '401'),
    missing("app.get('/x', (c) => c.json({ error: 'login' }, 401));", '401'),
    missing("app.get('/x', (c) => c.json({ error: 'no' }, 405, { 'Content-Type': 'application/json' }));", '405'),
    missing("export function GET() { return new Response('login', { status: 401 }); }", '401'),
    missing("export function PUT() { return Response.json({}, { status: 405, headers: { 'Cache-Control': 'no-store' } }); }", '405'),
    missing("import { NextResponse } from 'next/server';\nexport const DELETE = () => NextResponse.json({ error: 'no' }, { status: 405 });", '405'),
    missing("import { json } from '@sveltejs/kit';\nexport const GET = () => json({ error: 'login' }, { status: 401 });", '401'),
    missing("export default defineEventHandler((event) => { setResponseStatus(event, 401); return { error: 'login' }; });", '401'),
    missing("export const handler = async () => ({ statusCode: 401, body: JSON.stringify({ error: 'login' }) });", '401'),
    missing("import createError from 'http-errors';\napp.get('/me', (req, res, next) => next(createError(401, 'Log in')));", '401'),
    missing("router.get('/me', async (ctx) => { ctx.throw(401, 'Log in'); });", '401'),
    missing("router.get('/me', async (ctx) => { ctx.throw(401, 'Log in', { expose: true }); });", '401'),
    missing("const UNAUTHORIZED = 401;\napp.get('/me', (req, res) => { res.status(UNAUTHORIZED).end(); });", '401', 'UNAUTHORIZED)'),
    // The project's own requirements, merged with the spec's.
    {
      code: "app.post('/jobs', (req, res) => { res.status(202).json({ id: 1 }); });",
      options: HEADERS_OPTION,
      errors: [{ messageId: 'missingConfiguredHeader', data: { label: '202 (Accepted)', header: 'Location' }, ...positionOf("app.post('/jobs', (req, res) => { res.status(202).json({ id: 1 }); });", '202') }],
    },
    {
      code: "app.get('/me', (req, res) => { res.status(401).end(); });",
      options: HEADERS_OPTION,
      errors: [
        { messageId: 'missingRequiredHeader', data: REQUIRED['401']!, ...positionOf("app.get('/me', (req, res) => { res.status(401).end(); });", '401') },
        { messageId: 'missingConfiguredHeader', data: { label: '401 (Unauthorized)', header: 'X-Auth-Realm' }, ...positionOf("app.get('/me', (req, res) => { res.status(401).end(); });", '401') },
      ],
    },
  ],
});

tsTester.run('require-status-headers (NestJS)', asTesterRule(rule), {
  valid: [
    "import { Controller, Get, Header, HttpCode } from '@nestjs/common';\n@Controller('me')\nclass Me {\n  @Get()\n  @HttpCode(401)\n  @Header('WWW-Authenticate', 'Bearer')\n  show() {}\n}",
    "import { Controller, Get, HttpCode, Res } from '@nestjs/common';\n@Controller('me')\nclass Me {\n  @Get()\n  @HttpCode(401)\n  show(@Res() res: unknown) {}\n}",
  ],
  invalid: [missing("import { Controller, Get, HttpCode } from '@nestjs/common';\n@Controller('me')\nclass Me {\n  @Get()\n  @HttpCode(401)\n  show() {}\n}", '401')],
});

cjsTester.run('require-status-headers (CommonJS)', asTesterRule(rule), {
  valid: [
    "const { StatusCodes } = require('http-status-codes');\nrouter.get('/x', (req, res) => res.set('WWW-Authenticate', 'Bearer').status(StatusCodes.UNAUTHORIZED).end());",
    "const createError = require('http-errors');\nmodule.exports = (req, res, next) => next(createError(405, { headers: { Allow: 'GET' } }));",
  ],
  invalid: [
    missing("const { StatusCodes } = require('http-status-codes');\nrouter.get('/x', (req, res) => res.status(StatusCodes.UNAUTHORIZED).end());", '401', 'StatusCodes.UNAUTHORIZED'),
    missing("const createError = require('http-errors');\nmodule.exports = (req, res, next) => next(createError(405));", '405'),
  ],
});

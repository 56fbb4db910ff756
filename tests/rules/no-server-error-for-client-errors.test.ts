import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../rules/no-server-error-for-client-errors';
import { asTesterRule, cjsTester, positionOf, runInJsAndTs, tsTester } from '../helpers/rule-tester';

type Invalid = InvalidTestCase<MessageIds, Options>;

const REASONS = {
  input: 'it answers missing or invalid request input',
  validation: 'it answers a validation error',
  message: 'its message says the request is wrong',
} as const;

const LABELS: Record<string, string> = {
  '500': '500 (Internal Server Error)',
  '503': '503 (Service Unavailable)',
  'StatusCodes.INTERNAL_SERVER_ERROR': '500 (Internal Server Error)',
  'HttpStatus.INTERNAL_SERVER_ERROR': '500 (Internal Server Error)',
};

function serverError(
  code: string,
  reason: keyof typeof REASONS,
  fixed: string | null,
  { needle = '500', preferred = 400, extra = {} }: { needle?: string; preferred?: 400 | 422; extra?: Partial<Invalid> } = {},
): Invalid {
  const suggested = preferred === 400 ? '400 (Bad Request)' : '422 (Unprocessable Content)';
  return {
    code,
    errors: [
      {
        messageId: 'serverErrorForClientMistake',
        data: { label: LABELS[needle]!, reason: REASONS[reason], suggested },
        ...positionOf(code, needle),
        suggestions: fixed === null ? [] : [{ messageId: 'useClientError', data: { suggested }, output: fixed }],
      },
    ],
    ...extra,
  };
}

/** The code with the first occurrence of `from` replaced by `to`. */
const swap = (code: string, from: string, to: string) => code.replace(from, to);

const cases = {
  missingField: "app.post('/users', (req, res) => { if (!req.body.email) return res.status(500).json({ error: 'no' }); res.json({}); });",
  destructured: "app.post('/users', (req, res) => { const { email } = req.body; if (!email) { res.status(500).send('nope'); return; } });",
  typeCheck: "app.get('/items', (req, res) => { if (typeof req.query.page !== 'string') return res.sendStatus(500); });",
  undefinedCheck: "app.get('/items', (req, res) => { if (req.query.page === undefined) return res.sendStatus(500); });",
  expressValidator:
    "app.post('/x', (req, res) => { const errors = validationResult(req); if (!errors.isEmpty()) return res.status(500).json({ errors: errors.array() }); });",
  zod: "app.post('/x', (req, res) => { const parsed = Body.safeParse(req.body); if (!parsed.success) return res.status(500).json(parsed.error); });",
  zodElse:
    "app.post('/x', (req, res) => { const parsed = Body.safeParse(req.body); if (parsed.success) { res.json(parsed.data); } else { res.status(500).end(); } });",
  joi: "app.post('/x', (req, res) => { const { error } = schema.validate(req.body); if (error) return res.status(500).json({ message: error.message }); });",
  catchZod:
    "app.post('/x', async (req, res) => { try { await save(req.body); } catch (e) { if (e instanceof ZodError) return res.status(500).json(e.issues); throw e; } });",
  errorHandler: "app.use((err, req, res, next) => { if (err.name === 'ValidationError') return res.status(500).json({}); next(err); });",
  bodyParser: "app.use((err, req, res, next) => { if (err.type === 'entity.parse.failed') return res.status(500).send('bad json'); next(err); });",
  message: "app.post('/x', (req, res) => { res.status(500).json({ error: 'email is required' }); });",
  fastify: "fastify.setErrorHandler((error, request, reply) => { if (error.validation) return reply.code(500).send(error); reply.send(error); });",
  koa: "router.post('/x', async (ctx) => { if (!ctx.request.body.name) ctx.throw(500, 'name is required'); });",
  hono: "app.post('/x', async (c) => { const body = await c.req.json(); if (!body.title) return c.json({ error: 'x' }, 500); return c.json(body); });",
  fetch: 'export async function POST(request) { const body = await request.json(); if (!body.title) return Response.json({ error: 1 }, { status: 500 }); }',
  readBody: 'async function report(req, res) { let data; try { data = JSON.parse(await readBody(req)); } catch (e) { return; } if (!data.id) { res.statusCode = 500; res.end(); } }',
  membership: "exports.create = async (event) => { const input = JSON.parse(event.body || '{}'); if (!ZONES.includes(input.zone)) { return { statusCode: 500, body: '' }; } };",
  lambdaMessage: "exports.get = async (event) => ({ statusCode: 500, body: JSON.stringify({ message: 'permitId path parameter is missing' }) });",
};

runInJsAndTs('no-server-error-for-client-errors', rule, {
  valid: [
    // Catch-all errors and server-side failures are what 5xx is for.
    "app.post('/x', async (req, res) => { try { await save(req.body); } catch (e) { res.status(500).json({ error: 'Internal error' }); } });",
    "app.get('/x', (req, res) => { res.status(500).json({ error: 'Unable to communicate with database' }); });",
    "app.get('/x', (req, res) => { res.status(502).json({ error: 'invalid response from upstream' }); });",
    "app.get('/x', (req, res) => { if (!db.connected) return res.status(503).end(); });",
    "app.get('/x', (req, res) => { if (!config.apiKey) return res.status(500).json({ error: 'missing API key in configuration' }); });",
    // Client mistakes answered with 4xx.
    "app.post('/x', (req, res) => { if (!req.body.email) return res.status(400).json({ error: 'email is required' }); });",
    "app.post('/x', (req, res) => { if (!req.body.email) return res.status(422).end(); });",
    // A comparison, not an answer.
    "if (res.status === 500 && !req.body.retry) retry();",
    // A membership test that passes, and a helpdesk queue that is a domain word, not a server fault.
    "exports.create = async (event) => { const input = JSON.parse(event.body); if (ZONES.includes(input.zone)) { return { statusCode: 500, body: '' }; } };",
    "app.get('/x', (req, res) => { res.status(500).json({ error: 'could not reach the database' }); });",
    // A valid request that fails later.
    "app.post('/x', (req, res) => { const parsed = Body.safeParse(req.body); if (parsed.success) { return res.status(500).end(); } });",
  ],
  invalid: [
    serverError(cases.missingField, 'input', swap(cases.missingField, '500', '400')),
    serverError(cases.destructured, 'input', swap(cases.destructured, '500', '400')),
    serverError(cases.typeCheck, 'input', swap(cases.typeCheck, '500', '400')),
    serverError(cases.undefinedCheck, 'input', swap(cases.undefinedCheck, '500', '400')),
    serverError(cases.expressValidator, 'input', swap(cases.expressValidator, '500', '400')),
    serverError(cases.zod, 'input', swap(cases.zod, '500', '400')),
    serverError(cases.zodElse, 'input', swap(cases.zodElse, '500', '400')),
    serverError(cases.joi, 'input', swap(cases.joi, '500', '400')),
    serverError(cases.catchZod, 'validation', swap(cases.catchZod, '500', '400')),
    serverError(cases.errorHandler, 'validation', swap(cases.errorHandler, '500', '400')),
    serverError(cases.bodyParser, 'validation', swap(cases.bodyParser, '500', '400')),
    serverError(cases.message, 'message', swap(cases.message, '500', '400')),
    serverError(cases.fastify, 'validation', swap(cases.fastify, '500', '400')),
    serverError(cases.koa, 'input', swap(cases.koa, '500', '400')),
    serverError(cases.hono, 'input', swap(cases.hono, '500', '400')),
    serverError(cases.fetch, 'input', swap(cases.fetch, '500', '400')),
    serverError(cases.readBody, 'input', swap(cases.readBody, '500', '400')),
    serverError(cases.membership, 'input', swap(cases.membership, '500', '400')),
    serverError(cases.lambdaMessage, 'message', swap(cases.lambdaMessage, '500', '400')),
    serverError(cases.missingField, 'input', swap(cases.missingField, '500', '422'), { preferred: 422, extra: { options: [{ preferredStatus: 422 }] } }),
    serverError("app.post('/x', (req, res) => { if (!req.body.name) res.status(503).end(); });", 'input', "app.post('/x', (req, res) => { if (!req.body.name) res.status(400).end(); });", { needle: '503' }),
  ],
});

const nest =
  "import { HttpException, HttpStatus } from '@nestjs/common';\nexport function check(dto: { name?: string }) {\n  if (!dto.name) throw new HttpException('name is required', HttpStatus.INTERNAL_SERVER_ERROR);\n}";
const library =
  "import { StatusCodes } from 'http-status-codes';\napp.post('/x', (req, res) => { if (!req.body.id) res.status(StatusCodes.INTERNAL_SERVER_ERROR).end(); });";

tsTester.run('no-server-error-for-client-errors (TypeScript and constants)', asTesterRule(rule), {
  valid: [],
  invalid: [
    serverError(nest, 'input', swap(nest, 'HttpStatus.INTERNAL_SERVER_ERROR', 'HttpStatus.BAD_REQUEST'), { needle: 'HttpStatus.INTERNAL_SERVER_ERROR' }),
    serverError(library, 'input', swap(library, 'StatusCodes.INTERNAL_SERVER_ERROR', 'StatusCodes.BAD_REQUEST'), { needle: 'StatusCodes.INTERNAL_SERVER_ERROR' }),
    serverError(
      "import { StatusCodes } from 'http-status-codes';\napp.post('/x', (req, res) => { if (!req.body.id) res.status(500).end(); });",
      'input',
      "import { StatusCodes } from 'http-status-codes';\napp.post('/x', (req, res) => { if (!req.body.id) res.status(StatusCodes.BAD_REQUEST).end(); });",
    ),
  ],
});

cjsTester.run('no-server-error-for-client-errors (CommonJS)', asTesterRule(rule), {
  valid: [],
  invalid: [
    serverError(
      "const createError = require('http-errors');\nmodule.exports = (req, res, next) => { if (!req.params.id) return next(createError(500, 'missing id')); };",
      'input',
      "const createError = require('http-errors');\nmodule.exports = (req, res, next) => { if (!req.params.id) return next(createError(400, 'missing id')); };",
    ),
  ],
});

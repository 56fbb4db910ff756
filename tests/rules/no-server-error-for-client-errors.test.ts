import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../rules/no-server-error-for-client-errors';
import { asTesterRule, cjsTester, positionOf, runInJsAndTs, tsTester } from '../helpers/rule-tester';

type Invalid = InvalidTestCase<MessageIds, Options>;

const REASONS = {
  input: 'it answers missing or invalid request input',
  validation: 'it answers a validation error',
  message: 'its message says the request is wrong',
  conflict: 'the resource already exists',
  unauthenticated: 'the client is not authenticated',
  forbidden: 'the client may not do this',
  notFound: 'what the client asked for does not exist',
  methodNotAllowed: 'the resource does not take this method',
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
  {
    needle = '500',
    preferred = 400,
    fits,
    extra = {},
  }: { needle?: string; preferred?: 400 | 422; fits?: string; extra?: Partial<Invalid> } = {},
): Invalid {
  const suggested = fits ?? (preferred === 400 ? '400 (Bad Request)' : '422 (Unprocessable Content)');
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

const realCode = {
  validateCatch:
    "app.post('/users', async (req, res) => { try { await userSchema.validate(req.body, { abortEarly: false }); } catch (e) { return res.status(500).json({ errors: e.errors }); } res.json({}); });",
  parseCatch:
    "export async function POST(request) { try { const input = Body.parse(await request.json()); return Response.json(input); } catch (e) { return Response.json({ error: 'bad' }, { status: 500 }); } }",
  conflict:
    "app.post('/signup', async (req, res) => { const existing = await User.findOne({ email: req.body.email }); if (existing) return res.status(500).json({ message: 'Email already exists' }); });",
  session: "app.get('/me', (req, res) => { if (!req.session.token) res.status(500).send('Your session has expired. Please log in'); });",
  notFound: "app.get('/u/:id', async (req, res) => { const user = await User.findById(req.params.id); if (!user) return res.status(500).json({ message: 'User not found' }); res.json(user); });",
  forbidden: "app.put('/posts/:id', (req, res) => { if (post.author !== req.user.id) return res.status(500).json({ error: 'You are not allowed to edit this post' }); });",
  nestBody:
    "class Posts { create(@Body() post) { if (!post.title) throw new HttpException('title', 500); } }",
};

runInJsAndTs('no-server-error-for-client-errors (as real code writes it)', rule, {
  valid: [
    // An upstream reply that cannot be used is the gateway's problem, whatever the words.
    "app.get('/callback', (req, res) => { fetch(TOKEN_URL).then((r) => r.json()).then((data) => { if (!data.access_token) return res.status(502).json({ error: 'invalid token response' }); }); });",
    "app.get('/callback', async (req, res) => { const reply = await fetch(url); const payload = await reply.json(); if (!payload.items) return res.status(502).json({ error: 'missing items' }); });",
    "app.get('/x', (req, res) => { res.status(502).json({ error: 'Invalid request' }); });",
    "app.get('/x', (req, res) => { res.status(503).json({ error: 'User not found' }); });",
    // A server that lacks its own configuration.
    "app.get('/x', (req, res) => { if (!process.env.API_KEY) return res.status(500).json({ error: 'Missing .env file' }); });",
    "app.get('/x', (req, res) => { res.status(500).send('Missing environment variable STRIPE_KEY'); });",
    // Data that holds a status is not an answer.
    "logger.error({ status: 500, message: 'email is required' });",
    "const table = [{ status: 500, message: 'invalid input' }];",
    // A try block that does more than validate can fail on the server's side.
    "app.post('/users', async (req, res) => { try { await userSchema.validate(req.body); await User.create(req.body); } catch (e) { return res.status(500).json({ error: e.message }); } });",
    // A callback's parameter named like input is what its caller passed.
    "app.post('/x', (req, res) => { queue.pop((body) => { if (!body.id) res.status(500).end(); }); });",
  ],
  invalid: [
    serverError(realCode.validateCatch, 'validation', swap(realCode.validateCatch, '500', '400')),
    serverError(realCode.parseCatch, 'validation', swap(realCode.parseCatch, '500', '400')),
    serverError(realCode.conflict, 'conflict', swap(realCode.conflict, '500', '409'), { fits: '409 (Conflict)' }),
    serverError(realCode.session, 'unauthenticated', swap(realCode.session, '500', '401'), { fits: '401 (Unauthorized)' }),
    serverError(realCode.notFound, 'notFound', swap(realCode.notFound, '500', '404'), { fits: '404 (Not Found)' }),
    serverError(realCode.forbidden, 'forbidden', swap(realCode.forbidden, '500', '403'), { fits: '403 (Forbidden)' }),
  ],
});

tsTester.run('no-server-error-for-client-errors (NestJS input decorators)', asTesterRule(rule), {
  valid: [],
  invalid: [serverError(realCode.nestBody, 'input', swap(realCode.nestBody, '500', '400'))],
});

runInJsAndTs('no-server-error-for-client-errors (messages held in variables)', rule, {
  valid: ["app.post('/x', async (req, res) => { let message = 'Unexpected error, please try again'; res.status(500).render('form', { error: message }); });"],
  invalid: [
    serverError(
      "app.post('/x', async (req, res) => { try { await save(req.body); } catch (err) { let message = 'An unexpected error occurred'; if (err.code === '23505') message = 'An account with this email already exists.'; return res.status(500).render('form', { error: message }); } });",
      'conflict',
      "app.post('/x', async (req, res) => { try { await save(req.body); } catch (err) { let message = 'An unexpected error occurred'; if (err.code === '23505') message = 'An account with this email already exists.'; return res.status(409).render('form', { error: message }); } });",
      { fits: '409 (Conflict)' },
    ),
  ],
});

runInJsAndTs('no-server-error-for-client-errors (who sends the request)', rule, {
  valid: [
    "exports.isLoggedIn = (req, res, next) => { if (req.user) next(); else res.status(401).json({ success: false }); };",
    "app.get('/x', (req, res) => { if (req.user) return res.status(500).json({ error: 'Unexpected' }); });",
  ],
  invalid: [
    serverError(
      "exports.isLoggedIn = (req, res, next) => { if (req.user) next(); else res.status(500).json({ success: false }); };",
      'unauthenticated',
      "exports.isLoggedIn = (req, res, next) => { if (req.user) next(); else res.status(401).json({ success: false }); };",
      { fits: '401 (Unauthorized)' },
    ),
    serverError(
      "app.get('/me', (req, res) => { if (!req.headers.authorization) return res.sendStatus(500); });",
      'unauthenticated',
      "app.get('/me', (req, res) => { if (!req.headers.authorization) return res.sendStatus(401); });",
      { fits: '401 (Unauthorized)' },
    ),
    serverError(
      "export const validateSchema = (schema) => async (req, res, next) => { try { await schema.validate(req.body); next(); } catch (e) { console.log(e); return res.status(500).json({ message: e.message }); } };",
      'validation',
      "export const validateSchema = (schema) => async (req, res, next) => { try { await schema.validate(req.body); next(); } catch (e) { console.log(e); return res.status(400).json({ message: e.message }); } };",
    ),
  ],
});

runInJsAndTs('no-server-error-for-client-errors (records the request names)', rule, {
  valid: [
    "app.get('/r', async (req, res) => { const config = await Settings.findOne(); if (!config) return res.status(500).send('no settings'); });",
    "app.get('/r/:id', async (req, res) => { const row = await db.query(sql, [req.params.id]); if (!row) return res.status(500).end(); });",
  ],
  invalid: [
    serverError(
      "app.post('/reset/:id', async (req, res) => { const reqID = req.params.id; const result = await ResetRequest.findByPk(reqID); if (!result) { return res.status(500).send(errors.Generic); } });",
      'notFound',
      "app.post('/reset/:id', async (req, res) => { const reqID = req.params.id; const result = await ResetRequest.findByPk(reqID); if (!result) { return res.status(404).send(errors.Generic); } });",
      { fits: '404 (Not Found)' },
    ),
    serverError(
      "app.get('/o/:id', async (req, res) => { const order = await prisma.order.findUnique({ where: { id: req.params.id } }); if (!order) return res.sendStatus(500); });",
      'notFound',
      "app.get('/o/:id', async (req, res) => { const order = await prisma.order.findUnique({ where: { id: req.params.id } }); if (!order) return res.sendStatus(404); });",
      { fits: '404 (Not Found)' },
    ),
  ],
});

runInJsAndTs('no-server-error-for-client-errors (server faults near lookups and logins)', rule, {
  valid: [
    // The outer branch is the path that creates what was missing.
    "app.post('/u', async (req, res) => { const existing = await User.findOne({ email: req.body.email }); if (!existing) { const created = await User.create(req.body); if (!created) return res.status(500).json({ message: 'Could not create user' }); } });",
    // The message blames the server.
    "app.get('/i/:id', async (req, res) => { const items = await Item.find({ owner: req.params.id }); if (!items) return res.status(500).send('Database error'); });",
    "app.get('/x', (req, res) => { if (!req.session) return res.status(500).send('Session store is not configured'); });",
    // A property of the logged-in user is a permission question, not a login one.
    "app.get('/admin', (req, res) => { if (!req.user.isAdmin) return res.sendStatus(500); });",
    // A try that also writes to a database or renders a view can fail on the server.
    "app.post('/t', async (c) => { try { const body = schema.parse(await c.req.json()); await c.get('db').insert(todos).values(body); return c.json(body, 201); } catch (e) { return c.json({ error: 'Failed to insert' }, 500); } });",
    "app.post('/w', (req, res) => { try { schema.parse(req.body); res.render('welcome'); } catch (e) { res.status(500).end(); } });",
    // Server-side missing resources.
    "app.get('/m', (req, res) => { res.status(500).send('Email template not found'); });",
  ],
  invalid: [
    serverError(
      "app.post('/x', (req, res) => { if (!req.body.userId) return res.status(500).json({ error: 'userId is required' }); });",
      'input',
      "app.post('/x', (req, res) => { if (!req.body.userId) return res.status(400).json({ error: 'userId is required' }); });",
    ),
    serverError(
      "app.post('/login', async (req, res) => { const user = await User.findOne({ email: req.body.email }); if (!user) return res.status(500).json({ message: 'Invalid email or password' }); });",
      'unauthenticated',
      "app.post('/login', async (req, res) => { const user = await User.findOne({ email: req.body.email }); if (!user) return res.status(401).json({ message: 'Invalid email or password' }); });",
      { fits: '401 (Unauthorized)' },
    ),
    serverError(
      "app.all('/x', (req, res) => { res.status(500).send('Method not allowed'); });",
      'methodNotAllowed',
      "app.all('/x', (req, res) => { res.status(405).send('Method not allowed'); });",
      { fits: '405 (Method Not Allowed)' },
    ),
  ],
});

const koaErrors = `module.exports = async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    const status = err.status || err.statusCode || 500;
    switch (true) {
      case err instanceof errors.ValidationError:
        ctx.status = _.defaultTo(status, 422);
        break;
      case Number(err.code) === 23505:
        ctx.status = _.defaultTo(status, 422);
        break;
      default:
        ctx.status = _.defaultTo(status, 500);
    }
  }
};`;

cjsTester.run('no-server-error-for-client-errors (fallbacks and duplicate keys)', asTesterRule(rule), {
  valid: [
    "app.use((err, req, res, next) => { const status = err.status || 500; res.status(status).json({ error: err.message }); });",
    "app.post('/u', async (req, res) => { try { await User.create(req.body); } catch (err) { if (err.code === 11000) return res.status(409).json({ error: 'taken' }); res.status(500).end(); } });",
  ],
  invalid: [
    {
      code: koaErrors,
      errors: [
        { messageId: 'serverErrorForClientMistake', data: { label: '500 (Internal Server Error)', reason: REASONS.validation, suggested: '400 (Bad Request)' }, line: 8, column: 34, suggestions: [] },
        { messageId: 'serverErrorForClientMistake', data: { label: '500 (Internal Server Error)', reason: REASONS.conflict, suggested: '409 (Conflict)' }, line: 11, column: 34, suggestions: [] },
      ],
    },
    serverError(
      "app.post('/u', async (req, res) => { try { await User.create(req.body); } catch (err) { if (err.code === 11000) return res.status(500).json({ error: 'Could not save' }); } });",
      'conflict',
      "app.post('/u', async (req, res) => { try { await User.create(req.body); } catch (err) { if (err.code === 11000) return res.status(409).json({ error: 'Could not save' }); } });",
      { fits: '409 (Conflict)' },
    ),
  ],
});

runInJsAndTs('no-server-error-for-client-errors (the else of a found record, access wording)', rule, {
  valid: ["app.post('/login', async (req, res) => { const user = await User.findOne({ email: req.body.email }); if (user) { res.json(user); } else { res.status(500).send('Database unavailable'); } });"],
  invalid: [
    serverError(
      "app.post('/login', async (req, res) => { const user = await User.findOne({ email: req.body.email }); if (user) { res.json(user); } else { res.status(500).json({ message: 'please signup first' }); } });",
      'notFound',
      "app.post('/login', async (req, res) => { const user = await User.findOne({ email: req.body.email }); if (user) { res.json(user); } else { res.status(404).json({ message: 'please signup first' }); } });",
      { fits: '404 (Not Found)' },
    ),
    serverError(
      "module.exports = (req, res, next) => { if (req.role === 'admin') next(); else res.status(500).json({ message: 'sorry only admin' }); };",
      'forbidden',
      "module.exports = (req, res, next) => { if (req.role === 'admin') next(); else res.status(403).json({ message: 'sorry only admin' }); };",
      { fits: '403 (Forbidden)' },
    ),
    serverError(
      "module.exports = (req, res, next) => { if (req.user) next(); else res.status(500).json({ message: \"sorry user can't access this page\" }); };",
      'forbidden',
      "module.exports = (req, res, next) => { if (req.user) next(); else res.status(403).json({ message: \"sorry user can't access this page\" }); };",
      { fits: '403 (Forbidden)' },
    ),
  ],
});

import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../rules/consistent-error-body';
import { asTesterRule, cjsTester, positionOf, runInJsAndTs, tsTester } from '../helpers/rule-tester';

type Invalid = InvalidTestCase<MessageIds, Options>;

/** A body member reported at `needle` as disagreeing with the response's status. */
function mismatch(code: string, needle: string, data: Record<string, string>, messageId: MessageIds = 'statusMismatch'): Invalid {
  return { code, errors: [{ messageId, data, ...positionOf(code, needle) }] };
}

/** An error body sent as a success: `res.status(200).json({ statusCode: 404 })`. */
function asSuccess(code: string, needle: string, member: string, bodyCode: number, label = '200 (OK)'): Invalid {
  const bodyLabels: Record<number, string> = { 404: '404 (Not Found)', 500: '500 (Internal Server Error)', 400: '400 (Bad Request)', 401: '401 (Unauthorized)' };
  return mismatch(code, needle, { member, bodyLabel: bodyLabels[bodyCode]!, bodyCode: String(bodyCode), label }, 'errorSentAsSuccess');
}

const BAD_REQUEST = '400 (Bad Request)';
const SERVER_ERROR = '500 (Internal Server Error)';
const NOT_FOUND = '404 (Not Found)';

runInJsAndTs('consistent-error-body', rule, {
  valid: [
    // The body agrees with the status.
    "app.get('/x', (req, res) => { res.status(404).json({ status: 404, message: 'No such user' }); });",
    "app.get('/x', (req, res) => res.status(200).json({ code: 200, data: rows }));",
    "fastify.get('/x', async (request, reply) => reply.code(400).send({ statusCode: 400, error: 'Bad Request' }));",
    "router.get('/x', async (ctx) => { ctx.status = 409; ctx.body = { status: 409, message: 'taken' }; });",
    "app.get('/x', (c) => c.json({ error: { code: 403, message: 'no' } }, 403));",
    'export function GET() { return Response.json({ status: 401 }, { status: 401 }); }',
    // A status word, an application error code outside the registry, a code that is not a status.
    "app.get('/x', (req, res) => res.status(200).json({ status: 'success', data }));",
    "app.get('/x', (req, res) => res.status(200).json({ code: 1001, message: 'quota' }));",
    "app.get('/x', (req, res) => res.status(400).json({ code: 'E_INVALID', message: 'x' }));",
    "app.get('/x', (req, res) => res.status(200).json({ code: 0, message: 'ok' }));",
    "app.get('/x', (req, res) => res.status(400).json({ code: 109, message: 'bad field' }));",
    // Nested data other than the `error` envelope is the API's data, not its status.
    "app.get('/x', (req, res) => res.status(200).json({ order: { status: 404 } }));",
    "app.get('/x', (req, res) => res.status(200).json([{ status: 500 }]));",
    // The status in force is not known here: chosen at run time, set on some paths only, or
    // where nothing sets one, by code the response is handed to.
    "app.get('/x', (req, res) => { applyStatus(res); res.json({ status: 404 }); });",
    "router.get('/x', async (ctx) => { await decorate(ctx); ctx.body = { status: 404 }; });",
    // Nothing sets a status and the body agrees with the default 200.
    "export default defineEventHandler(async (event) => ({ status: 200, data: await load(event) }));",
    "export default defineEventHandler(async (event) => { const rows = await load(event); return { status: 200, data: rows }; });",
    "app.get('/x', (req, res) => res.status(code).json({ status: 404 }));",
    "app.get('/x', (req, res) => { res.status(200); if (bad) res.status(400); res.json({ status: 400 }); });",
    // The status written in the body is chosen at run time too.
    "app.get('/x', (req, res) => res.status(err.status).json({ status: err.status }));",
    // Bodies built by a function or a class are not inspected.
    "app.get('/x', (req, res) => res.status(400).json(problem(500)));",
    "app.get('/x', (req, res) => res.status(400).json(new ErrorBody(500)));",
    // A status with nothing to do with a response.
    'const task = { status: 500 }; save(task);',
    // The shape option judges only error bodies; without it, shapes are not judged.
    "app.get('/x', (req, res) => res.status(404).json({ message: 'gone' }));",
    { code: "app.get('/x', (req, res) => res.status(200).json({ data }));", options: [{ shape: { required: ['code', 'message'] } }] },
    { code: "app.get('/x', (req, res) => res.status(404).json({ code: 'NOT_FOUND', message: 'gone' }));", options: [{ shape: { required: ['code', 'message'] } }] },
    { code: "app.get('/x', (req, res) => res.status(404).json({ ...base, message: 'gone' }));", options: [{ shape: { required: ['code', 'message'] } }] },
    {
      code: "app.get('/x', (req, res) => res.status(404).type('application/problem+json').json({ type: 'about:blank', title: 'Not Found' }));",
      options: [{ shape: 'problem-details' }],
    },
    {
      code: "fastify.get('/x', async (request, reply) => reply.code(404).type('application/problem+json').send({ type: 'about:blank', title: 'Not Found', status: 404 }));",
      options: [{ shape: 'problem-details' }],
    },
    {
      code: "router.get('/x', async (ctx) => { ctx.status = 404; ctx.type = 'application/problem+json'; ctx.body = { type: 'about:blank', title: 'Not Found' }; });",
      options: [{ shape: 'problem-details' }],
    },
    {
      code: "export function GET() { return Response.json({ type: 'https://example.com/probs/out-of-credit', title: 'No credit' }, { status: 403, headers: { 'Content-Type': 'application/problem+json' } }); }",
      options: [{ shape: 'problem-details' }],
    },
    {
      code: "export function GET() { return Response.json({ type: 'about:blank', title: 'Gone' }, { status: 410, headers }); }",
      options: [{ shape: 'problem-details' }],
    },
  ],
  invalid: [
    mismatch("app.get('/x', (req, res) => { res.status(400).json({ status: 500, message: 'x' }); });", '500', { member: 'status', bodyLabel: SERVER_ERROR, label: BAD_REQUEST }),
    asSuccess("app.get('/x', (req, res) => { res.status(200).json({ statusCode: 404, error: 'Not Found' }); });", '404', 'statusCode', 404),
    asSuccess("app.get('/x', (req, res) => { res.status(200).send({ code: 401, message: 'token expired' }); });", '401', 'code', 401),
    asSuccess("app.get('/x', (req, res) => res.status(200).json({ error: { code: 404, message: 'none' } }));", '404', 'error.code', 404),
    mismatch("fastify.get('/x', async (request, reply) => { reply.code(400).send({ statusCode: 500, error: 'x' }); });", '500', { member: 'statusCode', bodyLabel: SERVER_ERROR, label: BAD_REQUEST }),
    mismatch("router.get('/x', async (ctx) => { ctx.status = 400; ctx.body = { status: 500 }; });", '500', { member: 'status', bodyLabel: SERVER_ERROR, label: BAD_REQUEST }),
    mismatch("app.get('/x', (c) => c.json({ status: 404 }, 400));", '404', { member: 'status', bodyLabel: NOT_FOUND, label: BAD_REQUEST }),
    asSuccess('export function GET() { return Response.json({ status: 404 }, { status: 200 }); }', '404', 'status', 404),
    asSuccess('export function GET() { return new Response(JSON.stringify({ status: 500 }), { status: 200 }); }', '500', 'status', 500),
    asSuccess("import { json } from '@sveltejs/kit';\nexport function GET() { return json({ code: 404 }, { status: 200 }); }", '404', 'code', 404),
    asSuccess("import { NextResponse } from 'next/server';\nexport function GET() { return NextResponse.json({ status: 400, error: 'bad' }, { status: 200 }); }", '400', 'status', 400),
    asSuccess("export default defineEventHandler((event) => { setResponseStatus(event, 200); return { statusCode: 404 }; });", '404', 'statusCode', 404),
    // Nothing sets a status: the frameworks answer 200.
    asSuccess("app.get('/x', (req, res) => res.json({ status: 404, message: 'none' }));", '404', 'status', 404, '200 (OK), as nothing sets a status'),
    asSuccess("router.get('/x', async (ctx) => { ctx.body = { statusCode: 500, error: 'db' }; });", '500', 'statusCode', 500, '200 (OK), as nothing sets a status'),
    asSuccess("export default defineEventHandler(async (event) => { const id = getRouterParam(event, 'id'); if (!id) { return { statusCode: 400, body: { error: 'id required' } }; } return db.find(id); });", '400', 'statusCode', 400, '200 (OK), as nothing sets a status'),
    mismatch(
      "export default defineEventHandler(async (event) => { const row = await db.create(await readBody(event)); return { status: 201, data: row }; });",
      '201',
      { member: 'status', bodyLabel: '201 (Created)', label: '200 (OK), as nothing sets a status' },
    ),
    // A status chosen at run time between two codes, neither of which the body says.
    mismatch("app.get('/x', (req, res) => res.status(found ? 200 : 404).json({ status: 500 }));", '500', { member: 'status', bodyLabel: SERVER_ERROR, label: '200 (OK) or 404 (Not Found)' }),
    // A constant stands for its code.
    mismatch("const NOT_FOUND = 404;\napp.get('/x', (req, res) => res.status(400).json({ status: NOT_FOUND }));", 'NOT_FOUND }', { member: 'status', bodyLabel: NOT_FOUND, label: BAD_REQUEST }),
    {
      code: "app.get('/x', (req, res) => res.status(404).json({ message: 'gone' }));",
      options: [{ shape: { required: ['code', 'message'] } }],
      errors: [{ messageId: 'missingMembers', data: { label: NOT_FOUND, members: '`code`' }, line: 1, column: 50 }],
    },
    {
      code: "app.get('/x', (req, res) => res.status(500).json({ error: 'boom' }));",
      options: [{ shape: { required: ['code', 'message'] } }],
      errors: [{ messageId: 'missingMembers', data: { label: SERVER_ERROR, members: '`code` and `message`' }, line: 1, column: 50 }],
    },
    {
      code: "app.get('/x', (req, res) => res.status(404).json({ title: 'Not Found' }));",
      options: [{ shape: 'problem-details' }],
      errors: [
        { messageId: 'missingProblemMembers', data: { label: NOT_FOUND, members: '`type`' }, line: 1, column: 50 },
        { messageId: 'problemContentType', data: { label: NOT_FOUND }, line: 1, column: 50 },
      ],
    },
    {
      code: "export function GET() { return Response.json({ type: 'about:blank', title: 'Gone', status: 404 }, { status: 410 }); }",
      options: [{ shape: 'problem-details' }],
      errors: [
        { messageId: 'problemContentType', data: { label: '410 (Gone)' }, line: 1, column: 46 },
        { messageId: 'statusMismatch', line: 1, column: 92 },
      ],
    },
  ],
});

tsTester.run('consistent-error-body (NestJS, TypeScript only)', asTesterRule(rule), {
  valid: [
    "import { HttpException, HttpStatus } from '@nestjs/common';\nthrow new HttpException({ status: HttpStatus.FORBIDDEN, error: 'No access' }, HttpStatus.FORBIDDEN);",
    "import { HttpException } from '@nestjs/common';\nthrow new HttpException(buildBody(403), 403);",
  ],
  invalid: [
    mismatch(
      "import { HttpException, HttpStatus } from '@nestjs/common';\nthrow new HttpException({ status: HttpStatus.FORBIDDEN, error: 'No access' } as const, HttpStatus.NOT_FOUND);",
      'HttpStatus.FORBIDDEN',
      { member: 'status', bodyLabel: '403 (Forbidden)', label: NOT_FOUND },
    ),
  ],
});

cjsTester.run('consistent-error-body (CommonJS)', asTesterRule(rule), {
  valid: ["const { StatusCodes } = require('http-status-codes');\nrouter.get('/x', (req, res) => res.status(StatusCodes.NOT_FOUND).json({ status: StatusCodes.NOT_FOUND }));"],
  invalid: [
    asSuccess(
      "const express = require('express');\nconst { StatusCodes } = require('http-status-codes');\nconst router = express.Router();\nrouter.get('/x', (req, res) => res.status(StatusCodes.OK).json({ status: StatusCodes.NOT_FOUND }));",
      'StatusCodes.NOT_FOUND',
      'status',
      404,
    ),
  ],
});

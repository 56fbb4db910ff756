import { join } from 'node:path';
import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../rules/no-magic-status-codes';
import { installed, isolated, WITH_PACKAGE_DIR, WITHOUT_PACKAGE_DIR } from '../helpers/package-dirs';
import * as espree from 'espree';
import { asTesterRule, positionOf, type Cases } from '../helpers/rule-tester';

// Files here live where http-status-codes is not installed, so no suggestion is offered;
// the installed testers at the end cover the suggestion.
const tsTester = isolated.ts;
const cjsTester = isolated.cjs;

function runInJsAndTs(name: string, cases: Cases<MessageIds, Options>): void {
  isolated.js.run(`${name} (JavaScript)`, asTesterRule(rule), cases);
  isolated.ts.run(`${name} (TypeScript)`, asTesterRule(rule), cases);
}

type Invalid = InvalidTestCase<MessageIds, Options>;

/** The rule tester passes `sourceType` on to ESLint, though its types leave it out. */
function sourceType(type: 'module' | 'script' | 'commonjs'): Invalid['languageOptions'] {
  return { sourceType: type } as Invalid['languageOptions'];
}

const WITH_CONSTANTS: Options = [{ constants: 'http-status-codes' }];

const LABELS: Record<number, string> = {
  200: '200 (OK)',
  201: '201 (Created)',
  204: '204 (No Content)',
  208: '208 (Already Reported)',
  301: '301 (Moved Permanently)',
  302: '302 (Found)',
  303: '303 (See Other)',
  307: '307 (Temporary Redirect)',
  400: '400 (Bad Request)',
  401: '401 (Unauthorized)',
  403: '403 (Forbidden)',
  404: '404 (Not Found)',
  405: '405 (Method Not Allowed)',
  409: '409 (Conflict)',
  422: '422 (Unprocessable Content)',
  429: '429 (Too Many Requests)',
  451: '451 (Unavailable For Legal Reasons)',
  500: '500 (Internal Server Error)',
  503: '503 (Service Unavailable)',
};

/** An invalid case whose errors are the listed literals, found in the code in order. */
function magic(code: string, literals: readonly (number | [number, number])[], extra: Partial<Invalid> = {}): Invalid {
  return {
    code,
    errors: literals.map((entry) => {
      const [value, occurrence] = Array.isArray(entry) ? entry : [entry, 1];
      return {
        messageId: 'magicStatus' as const,
        data: { label: LABELS[value] ?? String(value) },
        ...positionOf(code, String(value), occurrence),
      };
    }),
    output: null,
    ...extra,
  };
}

runInJsAndTs('no-magic-status-codes', {
  valid: [
    // Not statuses at all.
    'setTimeout(() => {}, 500);',
    'items.slice(0, 200);',
    'const server = { port: 3000 };',
    'task.status = 3;',
    "job.status = 'done';",
    'const NOT_FOUND = 404;',
    "const messages = { 404: 'Not found', 500: 'Oops' };",
    'const limits = { max: 404 };',
    'if (status >= 500) retry();',
    'const family = Math.floor(res.status / 100);',
    'if (res.status > 399 && res.status < 500) warn();',
    'array.splice(201, 1);',
    'player.code(3);',
    'app.listen(8080);',
    // Named constants are the cure, not the disease.
    "import { StatusCodes } from 'http-status-codes'; app.get('/', (req, res) => res.status(StatusCodes.NOT_FOUND).end());",
    "const CREATED = 201; app.post('/', (req, res) => res.status(CREATED).json({}));",
    // Values the rule cannot know.
    "app.get('/', (req, res) => res.status(err.status).end());",
    // Ignored codes and switched-off categories.
    { code: "app.get('/', (req, res) => res.status(200).json({}));", options: [{ ignore: [200] }] },
    { code: 'if (response.status === 404) notFound();', options: [{ comparisons: false }] },
    // Test assertions are off by default.
    "request(app).get('/').expect(200);",
    'expect(res.status).toBe(201);',
    'expect(res).to.have.status(200);',
    'assert.equal(res.statusCode, 404);',
  ],
  invalid: [
    // Express
    magic("app.get('/u/:id', (req, res) => { res.status(404).json({ error: 'missing' }); });", [404]),
    magic("router.delete('/u/:id', (req, res) => res.sendStatus(204));", [204]),
    magic("app.get('/x', (request, response) => { response.statusCode = 500; response.end(); });", [500]),
    magic("app.get('/old', (req, res) => res.redirect(301, '/new'));", [301]),
    magic("app.get('/x', (rq, rs) => rs.status(rq.ok ? 200 : 404).send());", [200, 404]),
    magic('app.use((err, req, res, next) => { res.status(err.status || 500).json({}); });', [500]),
    magic('app.use((e, rq, out, next) => { out.status(e.statusCode ?? 503).end(); });', [503]),
    magic("function handler(req, res) { res.status(201).location('/x').json({}); }", [201]),
    magic("app.post('/x', (req, res) => { res.writeHead(201, { Location: '/x' }); res.end(); });", [201]),
    // node:http
    magic("http.createServer((req, out) => { out.writeHead(200, { 'Content-Type': 'text/plain' }); });", [200]),
    magic('server.on("request", (req, res) => { res.statusCode = 404; res.end(); });', [404]),
    // Fastify
    magic("fastify.get('/x', async (request, reply) => reply.code(201).send({ ok: true }));", [201]),
    magic("fastify.get('/x', async (req, rep) => { rep.status(400); return { error: 'bad' }; });", [400]),
    magic("fastify.get('/x', (req, reply) => reply.redirect('/y', 302));", [302]),
    magic('fastify.setErrorHandler((error, request, r) => { r.code(500).send(error); });', [500]),
    // Koa
    magic("router.get('/x', async (ctx) => { ctx.status = 400; ctx.body = { error: 'bad' }; });", [400]),
    magic("app.use(async (ctx, next) => { ctx.throw(403, 'forbidden'); });", [403]),
    magic("app.use(async (ctx) => { ctx.assert(ctx.state.user, 401, 'log in'); });", [401]),
    magic('app.use(async (ctx) => { ctx.response.status = 409; });', [409]),
    // Hono
    magic("app.get('/x', (c) => c.json({ error: 'missing' }, 404));", [404]),
    magic("app.post('/x', (c) => c.text('created', 201));", [201]),
    magic("app.get('/x', (c) => { c.status(204); return c.body(null); });", [204]),
    magic("app.get('/old', (c) => c.redirect('/new', 301));", [301]),
    magic("import { HTTPException } from 'hono/http-exception'; throw new HTTPException(401, { message: 'no' });", [401]),
    // NestJS
    magic("import { HttpException } from '@nestjs/common'; throw new HttpException('Forbidden', 403);", [403], {
      output: "import { HttpException, HttpStatus } from '@nestjs/common'; throw new HttpException('Forbidden', HttpStatus.FORBIDDEN);",
    }),
    // Fetch and Next.js
    magic('export async function GET() { return new Response(null, { status: 204 }); }', [204]),
    magic("export function POST() { return Response.json({ error: 'bad' }, { status: 422 }); }", [422]),
    magic("export function GET() { return Response.redirect('https://example.com', 307); }", [307]),
    magic("import { NextResponse } from 'next/server'; export const POST = () => NextResponse.json({}, { status: 201 });", [201]),
    magic("import { NextResponse } from 'next/server'; export const GET = () => new NextResponse(null, { status: 204 });", [204]),
    magic("import { NextResponse } from 'next/server'; export const GET = (r) => NextResponse.redirect(new URL('/', r.url), 303);", [303]),
    // SvelteKit
    magic("import { error } from '@sveltejs/kit'; export function load() { error(404, 'Not found'); }", [404]),
    magic("import { redirect } from '@sveltejs/kit'; export function load() { redirect(303, '/login'); }", [303]),
    magic("import { fail } from '@sveltejs/kit'; export const actions = { default: () => fail(400, { missing: true }) };", [400]),
    magic("import { json } from '@sveltejs/kit'; export const POST = () => json({}, { status: 201 });", [201]),
    // h3 / Nuxt (also without imports, as Nuxt auto-imports them)
    magic("export default defineEventHandler((event) => { setResponseStatus(event, 201); return {}; });", [201]),
    magic("export default defineEventHandler(() => { throw createError({ statusCode: 404, statusMessage: 'Missing' }); });", [404]),
    magic("import { sendRedirect } from 'h3'; export default defineEventHandler((event) => sendRedirect(event, '/x', 302));", [302]),
    // React Router / Remix
    magic("import { data } from 'react-router'; export function loader() { throw data('missing', { status: 404 }); }", [404]),
    magic("import { json } from '@remix-run/node'; export const action = () => json({ errors: {} }, { status: 400 });", [400]),
    magic("import { redirect } from 'react-router'; export const action = () => redirect('/done', 303);", [303]),
    // http-errors
    magic("import createError from 'http-errors'; app.use((req, res, next) => next(createError(404)));", [404]),
    magic("import createError from 'http-errors'; throw createError(401, 'Please log in');", [401]),
    // Boom
    magic("import { Boom } from '@hapi/boom'; throw new Boom('Too many', { statusCode: 429 });", [429]),
    // Error objects and project error classes
    magic("const err = new Error('missing'); err.status = 404; next(err);", [404]),
    magic("const error = new Error('invalid'); error.statusCode = 422; throw error;", [422]),
    magic("throw new AppError('Not found', 404);", [404]),
    magic("throw new ApiError(400, 'Bad input');", [400]),
    magic("next({ statusCode: 403, message: 'Forbidden' });", [403]),
    magic("class NotFoundError extends Error { status = 404; }", [404]),
    magic("export const handler = async () => ({ statusCode: 200, body: '{}' });", [200]),
    magic('const status = err.status || 500;', [500]),
    // Clients
    magic('if (response.status === 404) showEmpty();', [404]),
    magic('if (res.statusCode !== 200) throw new Error("failed");', [200]),
    magic('if (error.response?.status === 401) logout();', [401]),
    magic('switch (res.status) { case 429: wait(); break; case 503: retry(); break; }', [429, 503]),
    magic('if (status === 404) showEmpty();', [404]),
    magic('if (response.status() === 404) skip();', [404]),
  ],
});

const assertionCases: Invalid[] = [
  magic("request(app).get('/').expect(200);", [200], { options: [{ assertions: true }] }),
  magic('expect(res.status).toBe(201);', [201], { options: [{ assertions: true }] }),
  magic('expect(res.statusCode).toEqual(404);', [404], { options: [{ assertions: true }] }),
  magic('expect(res).to.have.status(200);', [200], { options: [{ assertions: true }] }),
  magic('res.should.have.status(201);', [201], { options: [{ assertions: true }] }),
  magic('expect(response.status()).toBe(200);', [200], { options: [{ assertions: true }] }),
  magic("expect(res).toHaveProperty('status', 404);", [404], { options: [{ assertions: true }] }),
  magic('assert.strictEqual(res.status, 201);', [201], { options: [{ assertions: true }] }),
  magic('t.is(res.statusCode, 404);', [404], { options: [{ assertions: true }] }),
];

runInJsAndTs('no-magic-status-codes with assertions', { valid: [], invalid: assertionCases });

tsTester.run('no-magic-status-codes (TypeScript only)', asTesterRule(rule), {
  valid: [
    'enum Code { NotFound = 404, Gone = 410 }',
    'type Status = 200 | 404;',
    'interface Result { status: 200 }',
    "import { Controller, Get, HttpCode, HttpStatus } from '@nestjs/common'; @Controller() class A { @Get() @HttpCode(HttpStatus.NO_CONTENT) remove() {} }",
  ],
  invalid: [
    magic(
      "import { Controller, Post, HttpCode } from '@nestjs/common';\n@Controller('users')\nexport class UsersController {\n  @Post()\n  @HttpCode(204)\n  create() {}\n}",
      [204],
      {
        output:
          "import { Controller, Post, HttpCode, HttpStatus } from '@nestjs/common';\n@Controller('users')\nexport class UsersController {\n  @Post()\n  @HttpCode(HttpStatus.NO_CONTENT)\n  create() {}\n}",
      },
    ),
    magic(
      "import { Controller, Get, Redirect } from '@nestjs/common';\n@Controller()\nexport class Docs {\n  @Get('docs')\n  @Redirect('https://docs.example.com', 301)\n  docs() {}\n}",
      [301],
      {
        output:
          "import { Controller, Get, Redirect, HttpStatus } from '@nestjs/common';\n@Controller()\nexport class Docs {\n  @Get('docs')\n  @Redirect('https://docs.example.com', HttpStatus.MOVED_PERMANENTLY)\n  docs() {}\n}",
      },
    ),
    magic(
      "import type { Request, Response } from 'express';\nexport function show(req: Request, response: Response) {\n  response.status(404 as number).end();\n}",
      [404],
    ),
    magic(
      "import type { FastifyReply } from 'fastify';\nexport async function show(_req: unknown, out: FastifyReply) {\n  return out.code(404).send();\n}",
      [404],
    ),
    magic(
      "import type { Context } from 'hono';\nexport const show = (ctx: Context) => ctx.json({ error: 'x' }, 404);",
      [404],
    ),
  ],
});

// Fixes: only towards a library the file imports, or the one the options name.
tsTester.run('no-magic-status-codes fixes (ESM and TypeScript)', asTesterRule(rule), {
  valid: [],
  invalid: [
    magic(
      "import { StatusCodes } from 'http-status-codes';\napp.get('/', (req, res) => res.status(404).end());",
      [404],
      { output: "import { StatusCodes } from 'http-status-codes';\napp.get('/', (req, res) => res.status(StatusCodes.NOT_FOUND).end());" },
    ),
    magic(
      "import { StatusCodes as S } from 'http-status-codes';\napp.get('/', (req, res) => res.status(201).end());",
      [201],
      { output: "import { StatusCodes as S } from 'http-status-codes';\napp.get('/', (req, res) => res.status(S.CREATED).end());" },
    ),
    magic(
      "import { ReasonPhrases } from 'http-status-codes';\napp.get('/', (req, res) => res.status(404).send(ReasonPhrases.NOT_FOUND));",
      [404],
      {
        output:
          "import { ReasonPhrases, StatusCodes } from 'http-status-codes';\napp.get('/', (req, res) => res.status(StatusCodes.NOT_FOUND).send(ReasonPhrases.NOT_FOUND));",
      },
    ),
    magic(
      "import * as codes from 'http-status-codes';\napp.get('/', (req, res) => res.status(409).end());",
      [409],
      { output: "import * as codes from 'http-status-codes';\napp.get('/', (req, res) => res.status(codes.StatusCodes.CONFLICT).end());" },
    ),
    magic(
      "import httpStatus from 'http-status';\napp.get('/', (req, res) => res.status(302).end());",
      [302],
      { output: "import httpStatus from 'http-status';\napp.get('/', (req, res) => res.status(httpStatus.FOUND).end());" },
    ),
    magic(
      "import { status } from 'http-status';\napp.get('/', (req, res) => res.status(429).end());",
      [429],
      { output: "import { status } from 'http-status';\napp.get('/', (req, res) => res.status(status.TOO_MANY_REQUESTS).end());" },
    ),
    // The library lacks the code: the report stays, without a fix.
    magic("import { StatusCodes } from 'http-status-codes';\napp.get('/', (req, res) => res.status(208).end());", [208]),
    magic("import { HttpStatus } from '@nestjs/common';\napp.get('/', (req, res) => res.status(451).end());", [451]),
    // Configured library, not yet imported: the import is added after the last one.
    magic(
      "import express from 'express';\nconst app = express();\napp.get('/', (req, res) => res.status(201).end());",
      [201],
      {
        options: [{ constants: 'http-status-codes' }],
        output:
          "import express from 'express';\nimport { StatusCodes } from 'http-status-codes';\nconst app = express();\napp.get('/', (req, res) => res.status(StatusCodes.CREATED).end());",
      },
    ),
    magic(
      "app.get('/', (req, res) => res.status(404).end());",
      [404],
      {
        options: [{ constants: { module: '@/lib/http', name: 'Status', naming: 'nestjs' } }],
        output: "import { Status } from '@/lib/http';\napp.get('/', (req, res) => res.status(Status.NOT_FOUND).end());",
      },
    ),
    // Two literals: the import is added once, over two fix passes.
    magic(
      "import express from 'express';\napp.get('/', (req, res) => res.status(ok ? 200 : 404).end());",
      [200, 404],
      {
        options: [{ constants: 'nestjs' }],
        output: [
          "import express from 'express';\nimport { HttpStatus } from '@nestjs/common';\napp.get('/', (req, res) => res.status(ok ? HttpStatus.OK : 404).end());",
          "import express from 'express';\nimport { HttpStatus } from '@nestjs/common';\napp.get('/', (req, res) => res.status(ok ? HttpStatus.OK : HttpStatus.NOT_FOUND).end());",
        ],
      },
    ),
    // A name clash: the import takes another name, or there is no fix when that is taken too.
    magic("const StatusCodes = {};\napp.get('/', (req, res) => res.status(404).end());", [404], {
      options: [{ constants: 'http-status-codes' }],
      output: "import { StatusCodes as HttpStatusCodes } from 'http-status-codes';\nconst StatusCodes = {};\napp.get('/', (req, res) => res.status(HttpStatusCodes.NOT_FOUND).end());",
    }),
    magic("const StatusCodes = {}, HttpStatusCodes = {};\napp.get('/', (req, res) => res.status(404).end());", [404], {
      options: [{ constants: 'http-status-codes' }],
    }),
    // No library imported and none configured: no fix, never a new dependency.
    magic("app.get('/', (req, res) => res.status(404).end());", [404]),
  ],
});

cjsTester.run('no-magic-status-codes fixes (CommonJS)', asTesterRule(rule), {
  valid: ["const { StatusCodes } = require('http-status-codes');\nres.status(StatusCodes.OK);"],
  invalid: [
    magic(
      "const { StatusCodes } = require('http-status-codes');\napp.get('/', (req, res) => res.sendStatus(204));",
      [204],
      { output: "const { StatusCodes } = require('http-status-codes');\napp.get('/', (req, res) => res.sendStatus(StatusCodes.NO_CONTENT));" },
    ),
    magic(
      "const { getReasonPhrase } = require('http-status-codes');\napp.get('/', (req, res) => res.sendStatus(204));",
      [204],
      {
        output:
          "const { getReasonPhrase, StatusCodes } = require('http-status-codes');\napp.get('/', (req, res) => res.sendStatus(StatusCodes.NO_CONTENT));",
      },
    ),
    magic(
      "const codes = require('http-status-codes');\napp.get('/', (req, res) => res.sendStatus(204));",
      [204],
      { output: "const codes = require('http-status-codes');\napp.get('/', (req, res) => res.sendStatus(codes.StatusCodes.NO_CONTENT));" },
    ),
    magic(
      "'use strict';\nconst express = require('express');\nconst app = express();\napp.get('/', (req, res) => res.sendStatus(204));",
      [204],
      {
        options: [{ constants: 'http-status-codes' }],
        output:
          "'use strict';\nconst express = require('express');\nconst { StatusCodes } = require('http-status-codes');\nconst app = express();\napp.get('/', (req, res) => res.sendStatus(StatusCodes.NO_CONTENT));",
      },
    ),
    magic(
      "'use strict';\nmodule.exports = (req, res) => res.sendStatus(204);",
      [204],
      {
        options: [{ constants: 'http-status' }],
        output:
          "'use strict';\nconst { status: httpStatus } = require('http-status');\nmodule.exports = (req, res) => res.sendStatus(httpStatus.NO_CONTENT);",
      },
    ),
    magic(
      "const createError = require('http-errors');\nmodule.exports = (req, res, next) => next(createError(404));",
      [404],
    ),
  ],
});

// A code that is not standard is no-nonstandard-status-codes' to report, once; this rule
// never asks for a constant for it, and no fix writes one (StatusCodes.IM_A_TEAPOT).
const NONSTANDARD_SITES = [
  "app.get('/', (req, res) => res.status(418).end());", // unused
  "app.get('/', (req, res) => res.status(306).end());", // unused
  "app.get('/', (req, res) => res.status(305).end());", // deprecated
  "app.get('/', (req, res) => res.status(510).end());", // obsoleted
  "app.get('/', (req, res) => res.status(420).end());", // vendor (StatusCodes.METHOD_FAILURE)
  "app.get('/', (req, res) => res.status(444).end());", // nginx
  "app.get('/', (req, res) => res.status(299).end());", // unassigned
  "app.get('/', (req, res) => res.status(999).end());", // out of range
  'if (response.status === 420) retry();',
];

runInJsAndTs('no-magic-status-codes leaves nonstandard codes alone', {
  valid: NONSTANDARD_SITES.flatMap((site) => [
    site,
    { code: site, options: WITH_CONSTANTS },
    `import { StatusCodes } from 'http-status-codes';\n${site}`,
    `import { HttpStatus } from '@nestjs/common';\n${site}`,
    `import httpStatus from 'http-status';\n${site}`,
  ]),
  invalid: [
    magic("import { StatusCodes } from 'http-status-codes';\napp.get('/', (req, res) => res.status(ok ? 200 : 418).end());", [200], {
      output: "import { StatusCodes } from 'http-status-codes';\napp.get('/', (req, res) => res.status(ok ? StatusCodes.OK : 418).end());",
    }),
  ],
});

cjsTester.run('no-magic-status-codes leaves nonstandard codes alone (CommonJS)', asTesterRule(rule), {
  valid: NONSTANDARD_SITES.flatMap((site) => [
    `const { StatusCodes } = require('http-status-codes');\n${site}`,
    { code: `const express = require('express');\n${site}`, options: WITH_CONSTANTS },
  ]),
  invalid: [],
});

// The constants option chooses for files without a library; it never adds a second one.
runInJsAndTs('no-magic-status-codes prefers the library the file uses to the option', {
  valid: [],
  invalid: [
    magic("import { HttpStatus } from '@nestjs/common';\napp.get('/', (req, res) => res.status(404).end());", [404], {
      options: [{ constants: 'http-status-codes' }],
      output: "import { HttpStatus } from '@nestjs/common';\napp.get('/', (req, res) => res.status(HttpStatus.NOT_FOUND).end());",
    }),
    magic("import httpStatus from 'http-status';\napp.get('/', (req, res) => res.status(404).end());", [404], {
      options: [{ constants: { module: '@/lib/http', name: 'Status' } }],
      output: "import httpStatus from 'http-status';\napp.get('/', (req, res) => res.status(httpStatus.NOT_FOUND).end());",
    }),
    // The file takes something else from the library: the fix adds the constants to that import.
    magic("import { getReasonPhrase } from 'http-status-codes';\napp.get('/', (req, res) => res.status(404).end());", [404], {
      options: [{ constants: 'nestjs' }],
      output: "import { getReasonPhrase, StatusCodes } from 'http-status-codes';\napp.get('/', (req, res) => res.status(StatusCodes.NOT_FOUND).end());",
    }),
    // Anything the file takes from a constants library ties it to that library.
    magic("import { Controller } from '@nestjs/common';\nclass A { f() { throw new HttpException('x', 403); } }", [403], {
      options: [{ constants: 'http-status-codes' }],
      output: "import { Controller, HttpStatus } from '@nestjs/common';\nclass A { f() { throw new HttpException('x', HttpStatus.FORBIDDEN); } }",
    }),
    // Constants in hand win over a library the file only takes something else from.
    magic(
      "import { Controller } from '@nestjs/common';\nimport { StatusCodes } from 'http-status-codes';\napp.get('/', (req, res) => res.status(404).end());",
      [404],
      {
        options: [{ constants: 'nestjs' }],
        output: "import { Controller } from '@nestjs/common';\nimport { StatusCodes } from 'http-status-codes';\napp.get('/', (req, res) => res.status(StatusCodes.NOT_FOUND).end());",
      },
    ),
  ],
});

tsTester.run('no-magic-status-codes: a type-only import brings no constants', asTesterRule(rule), {
  valid: [],
  invalid: [
    magic("import type { HttpStatus } from '@nestjs/common';\napp.get('/', (req, res) => res.status(404).end());", [404], {
      options: [{ constants: 'http-status-codes' }],
      output:
        "import type { HttpStatus } from '@nestjs/common';\nimport { StatusCodes } from 'http-status-codes';\napp.get('/', (req, res) => res.status(StatusCodes.NOT_FOUND).end());",
    }),
  ],
});

cjsTester.run('no-magic-status-codes prefers the library the file uses to the option (CommonJS)', asTesterRule(rule), {
  valid: [],
  invalid: [
    magic("const { StatusCodes } = require('http-status-codes');\napp.get('/', (req, res) => res.sendStatus(204));", [204], {
      options: [{ constants: 'nestjs' }],
      output: "const { StatusCodes } = require('http-status-codes');\napp.get('/', (req, res) => res.sendStatus(StatusCodes.NO_CONTENT));",
    }),
    magic("const { HttpStatus } = require('@nestjs/common');\napp.get('/', (req, res) => res.sendStatus(204));", [204], {
      options: [{ constants: 'http-status' }],
      output: "const { HttpStatus } = require('@nestjs/common');\napp.get('/', (req, res) => res.sendStatus(HttpStatus.NO_CONTENT));",
    }),
  ],
});

// A fix never writes a name that something else means at that spot.
runInJsAndTs('no-magic-status-codes fixes around shadowed names', {
  valid: [],
  invalid: [
    // The file's binding is shadowed by a parameter: no fix there, a fix elsewhere.
    magic(
      "import { StatusCodes } from 'http-status-codes';\nfunction show(StatusCodes, res) { res.status(404).end(); }\napp.get('/', (req, res) => res.status(201).end());",
      [404, 201],
      {
        output:
          "import { StatusCodes } from 'http-status-codes';\nfunction show(StatusCodes, res) { res.status(404).end(); }\napp.get('/', (req, res) => res.status(StatusCodes.CREATED).end());",
      },
    ),
    magic(
      "import * as codes from 'http-status-codes';\napp.get('/', (req, res) => { const codes = []; res.status(404).end(); });",
      [404],
    ),
    // A new import under an alias where the usual name is taken in an enclosing scope.
    magic("app.get('/', (req, res) => { const StatusCodes = 3; res.status(404).end(); });", [404], {
      options: [{ constants: 'http-status-codes' }],
      output:
        "import { StatusCodes as HttpStatusCodes } from 'http-status-codes';\napp.get('/', (req, res) => { const StatusCodes = 3; res.status(HttpStatusCodes.NOT_FOUND).end(); });",
    }),
    magic("function handler(req, res, StatusCodes) { res.status(201).end(); }", [201], {
      options: [{ constants: 'http-status-codes' }],
      output: "import { StatusCodes as HttpStatusCodes } from 'http-status-codes';\nfunction handler(req, res, StatusCodes) { res.status(HttpStatusCodes.CREATED).end(); }",
    }),
    // Code that already uses the name as a global would be captured by a new import.
    magic("log(StatusCodes);\napp.get('/', (req, res) => res.status(404).end());", [404], {
      options: [{ constants: 'http-status-codes' }],
      output: "import { StatusCodes as HttpStatusCodes } from 'http-status-codes';\nlog(StatusCodes);\napp.get('/', (req, res) => res.status(HttpStatusCodes.NOT_FOUND).end());",
    }),
    // An added name is checked where it is used, too.
    magic("import { getReasonPhrase } from 'http-status-codes';\napp.get('/', (StatusCodes, res) => res.status(404).end());", [404], {
      output: "import { getReasonPhrase, StatusCodes as HttpStatusCodes } from 'http-status-codes';\napp.get('/', (StatusCodes, res) => res.status(HttpStatusCodes.NOT_FOUND).end());",
    }),
    magic("import { Controller } from '@nestjs/common';\nclass A { f(HttpStatus) { throw new HttpException('x', 403); } }", [403], {
      output: "import { Controller, HttpStatus as HttpStatusCodes } from '@nestjs/common';\nclass A { f(HttpStatus) { throw new HttpException('x', HttpStatusCodes.FORBIDDEN); } }",
    }),
    // Both names taken: no fix.
    magic("app.get('/', (StatusCodes, HttpStatusCodes) => HttpStatusCodes.status(404).end());", [404], { options: [{ constants: 'http-status-codes' }] }),
    // The first fix's alias then serves the other number too.
    magic("function show(StatusCodes, res) { res.status(404).end(); }\napp.get('/', (req, res) => res.status(201).end());", [404, 201], {
      options: [{ constants: 'http-status-codes' }],
      output: [
        "import { StatusCodes as HttpStatusCodes } from 'http-status-codes';\nfunction show(StatusCodes, res) { res.status(HttpStatusCodes.NOT_FOUND).end(); }\napp.get('/', (req, res) => res.status(201).end());",
        "import { StatusCodes as HttpStatusCodes } from 'http-status-codes';\nfunction show(StatusCodes, res) { res.status(HttpStatusCodes.NOT_FOUND).end(); }\napp.get('/', (req, res) => res.status(HttpStatusCodes.CREATED).end());",
      ],
    }),
  ],
});

cjsTester.run('no-magic-status-codes fixes around shadowed names (CommonJS)', asTesterRule(rule), {
  valid: [],
  invalid: [
    magic("const { StatusCodes } = require('http-status-codes');\nmodule.exports = (StatusCodes, res) => res.sendStatus(204);", [204]),
    magic("const express = require('express');\nmodule.exports = (req, res) => { const StatusCodes = {}; res.sendStatus(204); };", [204], {
      options: [{ constants: 'http-status-codes' }],
      output:
        "const express = require('express');\nconst { StatusCodes: HttpStatusCodes } = require('http-status-codes');\nmodule.exports = (req, res) => { const StatusCodes = {}; res.sendStatus(HttpStatusCodes.NO_CONTENT); };",
    }),
  ],
});

// An added import goes on a line of its own, after the whole last import statement.
tsTester.run('no-magic-status-codes places a new import (ESM and TypeScript)', asTesterRule(rule), {
  valid: [],
  invalid: [
    magic("import {\n  Router,\n  json,\n} from 'express';\nexport const router = Router();\nrouter.get('/', (req, res) => res.status(404).end());", [404], {
      options: [{ constants: 'http-status-codes' }],
      output:
        "import {\n  Router,\n  json,\n} from 'express';\nimport { StatusCodes } from 'http-status-codes';\nexport const router = Router();\nrouter.get('/', (req, res) => res.status(StatusCodes.NOT_FOUND).end());",
    }),
    magic("import express from 'express'; // the app\napp.get('/', (req, res) => res.status(404).end());", [404], {
      options: [{ constants: 'http-status-codes' }],
      output: "import express from 'express'; // the app\nimport { StatusCodes } from 'http-status-codes';\napp.get('/', (req, res) => res.status(StatusCodes.NOT_FOUND).end());",
    }),
    magic("import express from 'express'; app.get('/', (req, res) => res.status(404).end());", [404], {
      options: [{ constants: 'http-status-codes' }],
      output: "import express from 'express';\nimport { StatusCodes } from 'http-status-codes'; app.get('/', (req, res) => res.status(StatusCodes.NOT_FOUND).end());",
    }),
    magic("import express from 'express';\r\napp.get('/', (req, res) => res.status(404).end());\r\n", [404], {
      options: [{ constants: 'http-status-codes' }],
      output: "import express from 'express';\r\nimport { StatusCodes } from 'http-status-codes';\r\napp.get('/', (req, res) => res.status(StatusCodes.NOT_FOUND).end());\r\n",
    }),
    magic('import express from "express"\napp.get("/", (req, res) => res.status(404).end())', [404], {
      options: [{ constants: 'http-status-codes' }],
      output: 'import express from "express"\nimport { StatusCodes } from "http-status-codes"\napp.get("/", (req, res) => res.status(StatusCodes.NOT_FOUND).end())',
    }),
    magic("'use client';\n'use strict';\nexport const load = () => new Response(null, { status: 204 });", [204], {
      options: [{ constants: 'http-status-codes' }],
      output: "'use client';\n'use strict';\nimport { StatusCodes } from 'http-status-codes';\nexport const load = () => new Response(null, { status: StatusCodes.NO_CONTENT });",
    }),
    magic("import fs = require('node:fs');\nexport const f = () => new Response(null, { status: 204 });", [204], {
      options: [{ constants: 'http-status-codes' }],
      output: "import fs = require('node:fs');\nimport { StatusCodes } from 'http-status-codes';\nexport const f = () => new Response(null, { status: StatusCodes.NO_CONTENT });",
    }),
    // A directive-like string after other code is an expression, not a directive.
    magic("setup();\n'use strict';\nexport const f = () => new Response(null, { status: 204 });", [204], {
      options: [{ constants: 'http-status-codes' }],
      output: "import { StatusCodes } from 'http-status-codes';\nsetup();\n'use strict';\nexport const f = () => new Response(null, { status: StatusCodes.NO_CONTENT });",
    }),
  ],
});

/** ESLint's default parser, but with Oxlint's `directive: null` on statements that are not directives. */
const oxlintLikeParser = {
  meta: { name: 'oxlint-like-espree' },
  parseForESLint(code: string, options: Record<string, unknown>) {
    const ast = espree.parse(code, { ...options, ecmaVersion: 'latest', range: true, loc: true, comment: true, tokens: true });
    for (const statement of ast.body) {
      if (statement.type === 'ExpressionStatement' && !('directive' in statement)) Object.assign(statement, { directive: null });
    }
    return { ast };
  },
};

isolated.js.run('no-magic-status-codes places a new import where Oxlint marks no directive', asTesterRule(rule), {
  valid: [],
  invalid: [
    magic("setup();\napp.get('/', (req, res) => res.status(404).end());", [404], {
      languageOptions: { parser: oxlintLikeParser },
      options: [{ constants: 'http-status-codes' }],
      output: "import { StatusCodes } from 'http-status-codes';\nsetup();\napp.get('/', (req, res) => res.status(StatusCodes.NOT_FOUND).end());",
    }),
    magic("'use client';\napp.get('/', (req, res) => res.status(404).end());", [404], {
      languageOptions: { parser: oxlintLikeParser },
      options: [{ constants: 'http-status-codes' }],
      output: "'use client';\nimport { StatusCodes } from 'http-status-codes';\napp.get('/', (req, res) => res.status(StatusCodes.NOT_FOUND).end());",
    }),
  ],
});

cjsTester.run('no-magic-status-codes places a new require', asTesterRule(rule), {
  valid: [],
  invalid: [
    magic("require('dotenv').config();\nconst app = require('express')();\napp.get('/', (req, res) => res.sendStatus(204));", [204], {
      options: [{ constants: 'http-status-codes' }],
      output:
        "require('dotenv').config();\nconst app = require('express')();\nconst { StatusCodes } = require('http-status-codes');\napp.get('/', (req, res) => res.sendStatus(StatusCodes.NO_CONTENT));",
    }),
    magic("const {\n  Router,\n} = require('express');\nmodule.exports = (req, res) => res.sendStatus(204);", [204], {
      options: [{ constants: 'http-status-codes' }],
      output: "const {\n  Router,\n} = require('express');\nconst { StatusCodes } = require('http-status-codes');\nmodule.exports = (req, res) => res.sendStatus(StatusCodes.NO_CONTENT);",
    }),
    // A require runs where it stands: the new one goes before the code that uses it.
    magic("const a = require('a');\nmodule.exports = (req, res) => res.sendStatus(204);\nconst b = require('b');", [204], {
      options: [{ constants: 'http-status-codes' }],
      output: "const a = require('a');\nconst { StatusCodes } = require('http-status-codes');\nmodule.exports = (req, res) => res.sendStatus(StatusCodes.NO_CONTENT);\nconst b = require('b');",
    }),
    magic("#!/usr/bin/env node\nhttp.createServer((req, res) => { res.statusCode = 404; res.end(); });", [404], {
      options: [{ constants: 'http-status-codes' }],
      output: "#!/usr/bin/env node\nconst { StatusCodes } = require('http-status-codes');\nhttp.createServer((req, res) => { res.statusCode = StatusCodes.NOT_FOUND; res.end(); });",
    }),
    // The extension decides where the file has no imports of its own.
    magic("app.get('/', (req, res) => res.sendStatus(204));", [204], {
      filename: 'server.mjs',
      languageOptions: sourceType('module'),
      options: [{ constants: 'http-status-codes' }],
      output: "import { StatusCodes } from 'http-status-codes';\napp.get('/', (req, res) => res.sendStatus(StatusCodes.NO_CONTENT));",
    }),
    magic("app.get('/', (req, res) => res.sendStatus(204));", [204], {
      filename: 'server.cjs',
      languageOptions: sourceType('module'),
      options: [{ constants: 'http-status-codes' }],
      output: "const { StatusCodes } = require('http-status-codes');\napp.get('/', (req, res) => res.sendStatus(StatusCodes.NO_CONTENT));",
    }),
    // Nothing in the file or its name decides: the host's sourceType does.
    magic("app.get('/', (req, res) => res.sendStatus(204));", [204], {
      languageOptions: sourceType('module'),
      options: [{ constants: 'http-status-codes' }],
      output: "import { StatusCodes } from 'http-status-codes';\napp.get('/', (req, res) => res.sendStatus(StatusCodes.NO_CONTENT));",
    }),
    magic("app.get('/', (req, res) => res.sendStatus(204));", [204], {
      options: [{ constants: 'http-status-codes' }],
      output: "const { StatusCodes } = require('http-status-codes');\napp.get('/', (req, res) => res.sendStatus(StatusCodes.NO_CONTENT));",
    }),
    // A file that requires is CommonJS whatever the host says (ESLint's default is module).
    magic("const express = require('express');\napp.get('/', (req, res) => res.sendStatus(204));", [204], {
      languageOptions: sourceType('module'),
      options: [{ constants: 'http-status-codes' }],
      output: "const express = require('express');\nconst { StatusCodes } = require('http-status-codes');\napp.get('/', (req, res) => res.sendStatus(StatusCodes.NO_CONTENT));",
    }),
  ],
});

tsTester.run('no-magic-status-codes writes an import in TypeScript that Oxlint calls a script', asTesterRule(rule), {
  valid: [],
  invalid: [
    magic('new Response(null, { status: 204 });', [204], {
      languageOptions: sourceType('script'),
      options: [{ constants: 'http-status-codes' }],
      output: "import { StatusCodes } from 'http-status-codes';\nnew Response(null, { status: StatusCodes.NO_CONTENT });",
    }),
    magic("import fs = require('node:fs');\nconst f = () => new Response(null, { status: 204 });", [204], {
      filename: 'server.cts',
      options: [{ constants: 'http-status-codes' }],
      output: "import fs = require('node:fs');\nconst { StatusCodes } = require('http-status-codes');\nconst f = () => new Response(null, { status: StatusCodes.NO_CONTENT });",
    }),
  ],
});

/**
 * An invalid case with one literal and the suggestion to import http-status-codes, whose
 * result is `suggestion`; there is no autofix.
 */
function suggested(code: string, literal: number, reference: string, suggestion: string, extra: Partial<Invalid> = {}): Invalid {
  return {
    code,
    errors: [
      {
        messageId: 'magicStatus',
        data: { label: LABELS[literal] ?? String(literal) },
        ...positionOf(code, String(literal)),
        suggestions: [{ messageId: 'useStatusCodes', data: { reference }, output: suggestion }],
      },
    ],
    output: null,
    ...extra,
  };
}

// Default options, no library in the file, http-status-codes installed: a suggestion, no fix.
installed.ts.run('no-magic-status-codes suggests http-status-codes where it is installed (TypeScript)', asTesterRule(rule), {
  valid: [],
  invalid: [
    suggested(
      "import express from 'express';\nconst app = express();\napp.get('/', (req, res) => res.status(404).end());",
      404,
      'StatusCodes.NOT_FOUND',
      "import express from 'express';\nimport { StatusCodes } from 'http-status-codes';\nconst app = express();\napp.get('/', (req, res) => res.status(StatusCodes.NOT_FOUND).end());",
    ),
    suggested(
      'export const GET = (StatusCodes: number) => new Response(null, { status: 204 });',
      204,
      'HttpStatusCodes.NO_CONTENT',
      "import { StatusCodes as HttpStatusCodes } from 'http-status-codes';\nexport const GET = (StatusCodes: number) => new Response(null, { status: HttpStatusCodes.NO_CONTENT });",
    ),
    // Oxlint calls a TypeScript file without imports a script; it still gets an import.
    suggested(
      'new Response(null, { status: 204 });',
      204,
      'StatusCodes.NO_CONTENT',
      "import { StatusCodes } from 'http-status-codes';\nnew Response(null, { status: StatusCodes.NO_CONTENT });",
      { languageOptions: sourceType('script') },
    ),
    // A file with a library of its own gets the fix towards it, not a suggestion.
    magic("import { HttpStatus } from '@nestjs/common';\nthrow new HttpException('x', 403);", [403], {
      output: "import { HttpStatus } from '@nestjs/common';\nthrow new HttpException('x', HttpStatus.FORBIDDEN);",
    }),
    // The constants option asks for a fix.
    magic("app.get('/', (req, res) => res.status(404).end());", [404], {
      options: [{ constants: 'nestjs' }],
      output: "import { HttpStatus } from '@nestjs/common';\napp.get('/', (req, res) => res.status(HttpStatus.NOT_FOUND).end());",
    }),
    // A code the library lacks: neither.
    magic("app.get('/', (req, res) => res.status(208).end());", [208]),
    // Code that does not come from a file, and a file where the package is not installed.
    magic("app.get('/', (req, res) => res.status(404).end());", [404], { filename: '<input>' }),
    magic("app.get('/', (req, res) => res.status(404).end());", [404], { filename: '<text>' }),
    magic("app.get('/', (req, res) => res.status(404).end());", [404], { filename: join(WITHOUT_PACKAGE_DIR, 'src/app.ts') }),
  ],
});

installed.js.run('no-magic-status-codes suggests http-status-codes where it is installed (ESM)', asTesterRule(rule), {
  valid: [],
  invalid: [
    suggested(
      "'use client';\nexport default function Page() { return fetch('/x').then((r) => r.status === 404); }",
      404,
      'StatusCodes.NOT_FOUND',
      "'use client';\nimport { StatusCodes } from 'http-status-codes';\nexport default function Page() { return fetch('/x').then((r) => r.status === StatusCodes.NOT_FOUND); }",
    ),
  ],
});

installed.cjs.run('no-magic-status-codes suggests http-status-codes where it is installed (CommonJS)', asTesterRule(rule), {
  valid: [],
  invalid: [
    suggested(
      "'use strict';\nconst express = require('express');\nconst app = express();\napp.get('/', (req, res) => res.sendStatus(204));",
      204,
      'StatusCodes.NO_CONTENT',
      "'use strict';\nconst express = require('express');\nconst { StatusCodes } = require('http-status-codes');\nconst app = express();\napp.get('/', (req, res) => res.sendStatus(StatusCodes.NO_CONTENT));",
    ),
    // ESLint's default sourceType is module; the file's require decides.
    suggested(
      "const express = require('express');\napp.get('/', (req, res) => res.sendStatus(204));",
      204,
      'StatusCodes.NO_CONTENT',
      "const express = require('express');\nconst { StatusCodes } = require('http-status-codes');\napp.get('/', (req, res) => res.sendStatus(StatusCodes.NO_CONTENT));",
      { languageOptions: sourceType('module') },
    ),
    suggested(
      "module.exports = (req, res) => res.sendStatus(204);",
      204,
      'StatusCodes.NO_CONTENT',
      "const { StatusCodes } = require('http-status-codes');\nmodule.exports = (req, res) => res.sendStatus(StatusCodes.NO_CONTENT);",
      { filename: join(WITH_PACKAGE_DIR, 'handler.cjs'), languageOptions: sourceType('module') },
    ),
  ],
});

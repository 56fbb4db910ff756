import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import { describe, expect, it } from 'vitest';
import rule, { type MessageIds, type Options } from '../../rules/allowed-status-codes';
import plugin from '../../src/index';
import { asTesterRule, cjsTester, positionOf, runInJsAndTs, tsTester } from '../helpers/rule-tester';

type Invalid = InvalidTestCase<MessageIds, Options>;

const API: Options = [{ allow: ['2xx', 301, 304, 400, 401, 403, 404, 409, 422, 500] }];
const BY_METHOD: Options = [{ allow: ['2xx', 400, 404, 500], byMethod: { POST: [201, 202, 400, 409], DELETE: [204, 404] } }];
const FOUR = 'its 4xx codes are 400, 401, 403, 404, 409 and 422';

/** A code outside the list, reported at `needle` (default: the code itself). */
function outside(code: string, status: number, label: string, allowed: string, needle = String(status), options: Options = API): Invalid {
  return { code, options, errors: [{ messageId: 'notAllowed', data: { label, allowed }, ...positionOf(code, needle) }] };
}

function outsideForMethod(code: string, status: number, label: string, method: string, allowed: string): Invalid {
  return { code, options: BY_METHOD, errors: [{ messageId: 'notAllowedForMethod', data: { label, method, allowed }, ...positionOf(code, String(status)) }] };
}

runInJsAndTs('allowed-status-codes', rule, {
  valid: [
    // Allowed by number or by class.
    { code: "app.get('/x', (req, res) => res.status(404).json({}));", options: API },
    { code: "app.get('/x', (req, res) => res.status(206).end());", options: API },
    { code: "fastify.get('/x', async (request, reply) => reply.code(422).send({}));", options: API },
    { code: "router.get('/x', async (ctx) => { ctx.status = 409; });", options: API },
    { code: "app.get('/x', (c) => c.json({}, 201));", options: API },
    { code: 'export function GET() { return new Response(null, { status: 204 }); }', options: API },
    // Comparisons and assertions read a status somebody else chose.
    { code: 'if (response.status === 418) retry();', options: API },
    { code: "it('x', async () => { const res = await request(app).get('/'); expect(res.status).toBe(503); });", options: API },
    { code: "switch (res.statusCode) { case 502: break; }", options: API },
    // A number that is no status.
    { code: 'setTimeout(retry, 503);', options: API },
    { code: 'const page = items.slice(0, 300);', options: API },
    // Per method: the method's list replaces `allow`; an unknown method keeps `allow`.
    { code: "app.post('/x', (req, res) => res.status(409).json({}));", options: BY_METHOD },
    { code: "app.delete('/x/:id', (req, res) => res.status(204).end());", options: BY_METHOD },
    { code: "app.get('/x', (req, res) => res.status(200).json({}));", options: BY_METHOD },
    { code: 'function handle(req, res) { res.status(404).end(); }', options: BY_METHOD },
    // Codes that no-nonstandard-status-codes reports are left to it on request.
    { code: "app.get('/x', (req, res) => res.status(418).end());", options: [{ allow: [200], reportNonstandard: false }] },
  ],
  invalid: [
    outside("app.get('/x', (req, res) => res.status(405).json({}));", 405, '405 (Method Not Allowed)', FOUR),
    outside("app.get('/x', (req, res) => { res.statusCode = 502; res.end(); });", 502, '502 (Bad Gateway)', 'its 5xx code is 500'),
    outside("app.get('/x', (req, res) => res.sendStatus(410));", 410, '410 (Gone)', FOUR),
    outside("app.get('/x', (req, res) => res.redirect(302, '/y'));", 302, '302 (Found)', 'its 3xx codes are 301 and 304'),
    outside("http.createServer((req, res) => { res.writeHead(503); res.end(); });", 503, '503 (Service Unavailable)', 'its 5xx code is 500'),
    outside("fastify.get('/x', async (request, reply) => reply.code(429).send({}));", 429, '429 (Too Many Requests)', FOUR),
    outside("router.get('/x', async (ctx) => { ctx.throw(412, 'stale'); });", 412, '412 (Precondition Failed)', FOUR),
    outside("router.get('/x', async (ctx) => { ctx.status = 102; });", 102, '102 (Processing)', 'it sends no 1xx code'),
    outside("app.get('/x', (c) => c.json({ error: 'x' }, 415));", 415, '415 (Unsupported Media Type)', FOUR),
    outside('export function GET() { return Response.json({}, { status: 503 }); }', 503, '503 (Service Unavailable)', 'its 5xx code is 500'),
    outside("import { NextResponse } from 'next/server';\nexport function GET() { return NextResponse.json({}, { status: 406 }); }", 406, '406 (Not Acceptable)', FOUR),
    outside("import { error } from '@sveltejs/kit';\nexport function load() { error(410, 'gone'); }", 410, '410 (Gone)', FOUR),
    outside('export default defineEventHandler((event) => { setResponseStatus(event, 402); });', 402, '402 (Payment Required)', FOUR),
    outside("const createError = require('http-errors');\nmodule.exports = (req, res, next) => next(createError(418));", 418, '418 (Unused)', FOUR),
    outside("app.use((err, req, res, next) => { const status = err.status || 502; res.status(status).end(); });", 502, '502 (Bad Gateway)', 'its 5xx code is 500'),
    outside("class Conflict extends Error {}\nthrow new AppError('late', 408);", 408, '408 (Request Timeout)', FOUR),
    outside("const TOO_EARLY = 425;\napp.get('/x', (req, res) => res.status(TOO_EARLY).end());", 425, '425 (Too Early)', FOUR, 'TOO_EARLY)'),
    outside("import { StatusCodes } from 'http-status-codes';\napp.get('/x', (req, res) => res.status(StatusCodes.GONE).end());", 410, '410 (Gone)', FOUR, 'StatusCodes.GONE'),
    outsideForMethod("app.post('/x', (req, res) => res.status(200).json({}));", 200, '200 (OK)', 'POST', 'its 2xx codes are 201 and 202'),
    outsideForMethod("router.delete('/x/:id', (req, res) => res.status(400).end());", 400, '400 (Bad Request)', 'DELETE', 'its 4xx code is 404'),
    outsideForMethod('export async function POST() { return Response.json({}, { status: 500 }); }', 500, '500 (Internal Server Error)', 'POST', 'it sends no 5xx code'),
  ],
});

tsTester.run('allowed-status-codes (NestJS, TypeScript only)', asTesterRule(rule), {
  valid: [
    {
      code: "import { Controller, HttpCode, Post } from '@nestjs/common';\n@Controller('x')\nclass X {\n  @Post()\n  @HttpCode(202)\n  create() {}\n}",
      options: BY_METHOD,
    },
  ],
  invalid: [
    outsideForMethod(
      "import { Controller, HttpCode, Post } from '@nestjs/common';\n@Controller('x')\nclass X {\n  @Post()\n  @HttpCode(200)\n  create() {}\n}",
      200,
      '200 (OK)',
      'POST',
      'its 2xx codes are 201 and 202',
    ),
    outside(
      "import { HttpException, HttpStatus } from '@nestjs/common';\nthrow new HttpException('no', HttpStatus.PAYMENT_REQUIRED);",
      402,
      '402 (Payment Required)',
      FOUR,
      'HttpStatus.PAYMENT_REQUIRED',
    ),
  ],
});

cjsTester.run('allowed-status-codes (CommonJS)', asTesterRule(rule), {
  valid: [{ code: "const Boom = require('@hapi/boom');\nmodule.exports = () => { throw Boom.notFound('x'); };", options: API }],
  invalid: [
    outside(
      "const express = require('express');\nconst router = express.Router();\nrouter.get('/x', (req, res) => res.status(507).end());",
      507,
      '507 (Insufficient Storage)',
      'its 5xx code is 500',
    ),
  ],
});

describe('allowed-status-codes in configs.all', () => {
  const entry = plugin.configs.all.rules?.['http-status/allowed-status-codes'];

  it('is configured with documented options, since `allow` is required', () => {
    expect(entry).toEqual(['error', rule.meta.docs?.allOptions?.[0]]);
  });

  it('leaves nonstandard codes to no-nonstandard-status-codes, which all also enables', () => {
    expect(plugin.configs.all.rules?.['http-status/no-nonstandard-status-codes']).toBeDefined();
    expect(rule.meta.docs?.allOptions?.[0]).toMatchObject({ reportNonstandard: false });
  });

  it('is in neither recommended nor strict', () => {
    expect(plugin.configs.recommended.rules?.['http-status/allowed-status-codes']).toBeUndefined();
    expect(plugin.configs.strict.rules?.['http-status/allowed-status-codes']).toBeUndefined();
  });
});

describe('allowed-status-codes without options', () => {
  it('fails naming the option where the host does not check the schema (Oxlint)', () => {
    expect(() => rule.create({ options: [] } as never)).toThrow('http-status/allowed-status-codes: option "allow" is required');
  });
});

import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../rules/no-nonstandard-status-codes';
import { asTesterRule, cjsTester, positionOf, runInJsAndTs, tsTester } from '../helpers/rule-tester';

type Invalid = InvalidTestCase<MessageIds, Options>;

function report(
  code: string,
  messageId: MessageIds,
  needle: string,
  data: Record<string, string>,
  extra: Partial<Invalid> = {},
): Invalid {
  return { code, errors: [{ messageId, data, ...positionOf(code, needle) }], ...extra };
}

const NO_EQUIVALENT = 'no registered code means the same, so send the one that says what happened';

runInJsAndTs('no-nonstandard-status-codes', rule, {
  valid: [
    "app.get('/', (req, res) => res.status(404).end());",
    "app.get('/', (req, res) => res.status(451).end());",
    'if (response.status === 429) wait();',
    // 104 is registered, if only for a while.
    "app.get('/', (req, res) => res.status(104).end());",
    // Not statuses: numbers outside status sites are none of this rule's business.
    'const timeout = 999;',
    'task.status = 1000;',
    "const messages = { 418: 'teapot' };",
    // Allowed by options.
    { code: "app.get('/', (req, res) => res.status(499).end());", options: [{ allow: [499] }] },
    { code: "app.get('/', (req, res) => res.status(499).end());", options: [{ allowUnofficial: ['nginx'] }] },
    { code: "app.get('/', (req, res) => res.status(520).end());", options: [{ allowUnofficial: true }] },
    { code: "app.get('/', (req, res) => res.status(305).end());", options: [{ allowDeprecated: true }] },
    { code: "app.get('/', (req, res) => res.status(510).end());", options: [{ allowDeprecated: true }] },
  ],
  invalid: [
    report("app.get('/', (req, res) => res.status(1000).end());", 'invalidCode', '1000', { code: '1000', known: '' }),
    report("app.get('/', (req, res) => res.sendStatus(99));", 'invalidCode', '99', { code: '99', known: '' }),
    report("app.get('/', (req, res) => res.status(999).end());", 'invalidCode', '999', {
      code: '999',
      known: '; LinkedIn sends it (Request Denied), but HTTP clients cannot interpret it',
    }),
    report("app.get('/', (req, res) => res.status(432).end());", 'unassignedCode', '432', {
      code: '432',
      note: '',
      fallback: '400 (Bad Request)',
    }),
    report("app.get('/', (req, res) => res.status(299).end());", 'unassignedCode', '299', {
      code: '299',
      note: ' (299 is a code of the obsolete Warning header (Miscellaneous Persistent Warning), not a status)',
      fallback: '200 (OK)',
    }),
    report("app.get('/', (req, res) => res.status(418).send('teapot'));", 'retiredCode', '418', {
      label: '418 (Unused)',
      state: 'reserved and unused',
      reference: 'RFC 9110 §15.5.19',
      instead: NO_EQUIVALENT,
    }),
    report("app.get('/', (req, res) => res.status(306).end());", 'retiredCode', '306', {
      label: '306 (Unused)',
      state: 'reserved and unused',
      reference: 'RFC 9110 §15.4.7',
      instead: 'use 307 (Temporary Redirect) or 308 (Permanent Redirect) instead',
    }),
    report("app.get('/', (req, res) => res.status(305).end());", 'retiredCode', '305', {
      label: '305 (Use Proxy)',
      state: 'deprecated',
      reference: 'RFC 9110 §15.4.6',
      instead: NO_EQUIVALENT,
    }),
    report("app.get('/', (req, res) => res.status(510).end());", 'retiredCode', '510', {
      label: '510 (Not Extended)',
      state: 'obsoleted',
      reference: 'RFC 2774 §7',
      instead: NO_EQUIVALENT,
    }),
    report("fastify.get('/', (req, reply) => reply.code(499).send());", 'vendorCode', '499', {
      label: '499 (Client Closed Request)',
      vendors: 'nginx (Client Closed Request) and Esri ArcGIS (Token Required)',
      instead: 'use 408 (Request Timeout) or 401 (Unauthorized) instead',
    }),
    report("app.get('/', (c) => c.json({ error: 'origin down' }, 521));", 'vendorCode', '521', {
      label: '521 (Web Server Is Down)',
      vendors: 'Cloudflare (Web Server Is Down)',
      instead: 'use 502 (Bad Gateway) or 503 (Service Unavailable) instead',
    }),
    report("router.get('/', async (ctx) => { ctx.status = 444; });", 'vendorCode', '444', {
      label: '444 (No Response)',
      vendors: 'nginx (No Response)',
      instead: NO_EQUIVALENT,
    }),
    report("export const GET = () => new Response('slow down', { status: 509 });", 'vendorCode', '509', {
      label: '509 (Bandwidth Limit Exceeded)',
      vendors: 'Apache, cPanel (Bandwidth Limit Exceeded)',
      instead: 'use 429 (Too Many Requests) or 503 (Service Unavailable) instead',
    }),
    report("throw new AppError('expired', 419);", 'vendorCode', '419', {
      label: '419 (Page Expired)',
      vendors: 'Laravel (Page Expired) and http-status-codes (Insufficient Space on Resource)',
      instead: 'use 403 (Forbidden) or 507 (Insufficient Storage) instead',
    }),
    // Constants resolve to their code and are reported where they are used.
    report("const TEAPOT = 418;\napp.get('/', (req, res) => res.status(TEAPOT).end());", 'retiredCode', 'TEAPOT)', {
      label: '418 (Unused)',
      state: 'reserved and unused',
      reference: 'RFC 9110 §15.5.19',
      instead: NO_EQUIVALENT,
    }),
    report(
      "import { StatusCodes } from 'http-status-codes';\napp.get('/', (req, res) => res.status(StatusCodes.METHOD_FAILURE).end());",
      'vendorCode',
      'StatusCodes.METHOD_FAILURE',
      {
        label: '420 (Method Failure)',
        vendors: 'Spring (Method Failure) and the old Twitter API (Enhance Your Calm)',
        instead: 'use 429 (Too Many Requests) or 503 (Service Unavailable) instead',
      },
    ),
    // A library member is a status wherever it is used.
    report("import { HttpStatus } from '@nestjs/common';\nconst code = HttpStatus.I_AM_A_TEAPOT;", 'retiredCode', 'HttpStatus.I_AM_A_TEAPOT', {
      label: '418 (Unused)',
      state: 'reserved and unused',
      reference: 'RFC 9110 §15.5.19',
      instead: NO_EQUIVALENT,
    }),
    report("import httpStatus from 'http-status';\nres.status(httpStatus.SWITCH_PROXY);", 'retiredCode', 'httpStatus.SWITCH_PROXY', {
      label: '306 (Unused)',
      state: 'reserved and unused',
      reference: 'RFC 9110 §15.4.7',
      instead: 'use 307 (Temporary Redirect) or 308 (Permanent Redirect) instead',
    }),
    // Temporary codes only on request.
    report("app.get('/', (req, res) => res.status(104).end());", 'temporaryCode', '104', {
      label: '104 (Upload Resumption Supported)',
      expires: '2026-11-13',
      reference: 'draft-ietf-httpbis-resumable-upload-05',
    }, { options: [{ reportTemporary: true }] }),
    // Vendors not on the list stay reported.
    report("app.get('/', (req, res) => res.status(520).end());", 'vendorCode', '520', {
      label: '520 (Web Server Returned an Unknown Error)',
      vendors: 'Cloudflare (Web Server Returned an Unknown Error)',
      instead: 'use 502 (Bad Gateway) instead',
    }, { options: [{ allowUnofficial: ['nginx'] }] }),
  ],
});

tsTester.run('no-nonstandard-status-codes (TypeScript only)', asTesterRule(rule), {
  valid: ['enum Legacy { Teapot = 418 }', 'type Odd = 499;'],
  invalid: [
    report(
      "import { Controller, Get, HttpCode, HttpStatus } from '@nestjs/common';\n@Controller()\nexport class Tea {\n  @Get()\n  @HttpCode(HttpStatus.I_AM_A_TEAPOT)\n  brew() {}\n}",
      'retiredCode',
      'HttpStatus.I_AM_A_TEAPOT',
      { label: '418 (Unused)', state: 'reserved and unused', reference: 'RFC 9110 §15.5.19', instead: NO_EQUIVALENT },
    ),
    report(
      "import { HttpException } from '@nestjs/common';\nthrow new HttpException('gone', 456 as number);",
      'vendorCode',
      '456',
      { label: '456 (Unrecoverable Error)', vendors: 'NestJS HttpStatus (Unrecoverable Error)', instead: 'use 500 (Internal Server Error) instead' },
    ),
  ],
});

cjsTester.run('no-nonstandard-status-codes (CommonJS)', asTesterRule(rule), {
  valid: ["const { StatusCodes } = require('http-status-codes');\nres.status(StatusCodes.NOT_FOUND);"],
  invalid: [
    report(
      "const { StatusCodes } = require('http-status-codes');\nres.status(StatusCodes.INSUFFICIENT_SPACE_ON_RESOURCE);",
      'vendorCode',
      'StatusCodes.INSUFFICIENT_SPACE_ON_RESOURCE',
      {
        label: '419 (Page Expired)',
        vendors: 'Laravel (Page Expired) and http-status-codes (Insufficient Space on Resource)',
        instead: 'use 403 (Forbidden) or 507 (Insufficient Storage) instead',
      },
    ),
    report(
      "const createError = require('http-errors');\nmodule.exports = (req, res, next) => next(createError(599));",
      'vendorCode',
      '599',
      { label: '599 (Network Connect Timeout Error)', vendors: 'some proxies (Network Connect Timeout Error)', instead: 'use 504 (Gateway Timeout) instead' },
    ),
  ],
});

const TEAPOT = { label: '418 (Unused)', state: 'reserved and unused', reference: 'RFC 9110 §15.5.19', instead: NO_EQUIVALENT };
const CLOSED = {
  label: '499 (Client Closed Request)',
  vendors: 'nginx (Client Closed Request) and Esri ArcGIS (Token Required)',
  instead: 'use 408 (Request Timeout) or 401 (Unauthorized) instead',
};

function stringStatus(code: string, text: string, number: string): Invalid {
  const position = positionOf(code, text);
  return {
    code,
    errors: [
      {
        messageId: 'stringCode',
        data: { text, code: number, label: `${number} (${number === '404' ? 'Not Found' : 'Created'})` },
        ...position,
        suggestions: [{ messageId: 'useNumber', data: { code: number }, output: code.replace(text, number) }],
      },
    ],
  };
}

runInJsAndTs('no-nonstandard-status-codes (received statuses, data, strings, builders)', rule, {
  valid: [
    // A client comparing a received status does not choose the code.
    'const client = axios.create({ validateStatus: (status) => status < 500 || status === 418 });',
    'if (response.status === 522) retry();',
    'switch (res.statusCode) { case 499: break; }',
    "expect(response.status).toBe(418);",
    'expect(res.status).to.eq(499);',
    'if ([520, 522].includes(res.status)) retry();',
    "import { StatusCodes } from 'http-status-codes';\nif (res.status === StatusCodes.IM_A_TEAPOT) brew();",
    // Data that merely holds a status key is no status site.
    "pagerduty.trigger({ summary: 'down', custom_details: { statusCode: 418 } });",
    "logger.error({ status: 599, message: 'upstream timed out' });",
    "console.warn({ statusCode: 520 });",
    "app.get('/', (req, res) => res.status(400).json({ status: 420, message: 'calm down' }));",
    "router.get('/', (ctx) => { ctx.status = 400; ctx.body = { status: 499 }; });",
    "const body = JSON.stringify({ statusCode: 444 });",
    "audit.push({ status: 520, at: Date.now() });",
    // Strings that are not where a status goes.
    "const code = '404';",
    "db.find({ status: '418' });",
  ],
  invalid: [
    { ...report('if (response.status === 522) retry();', 'vendorCode', '522', {
      label: '522 (Connection Timed Out)',
      vendors: 'Cloudflare (Connection Timed Out)',
      instead: 'use 504 (Gateway Timeout) instead',
    }), options: [{ reportComparisons: true }] },
    { ...report('expect(res.status).toBe(418);', 'retiredCode', '418', TEAPOT), options: [{ reportComparisons: true }] },
    { ...report('if ([401, 499].includes(res.status)) retry();', 'vendorCode', '499', CLOSED), options: [{ reportComparisons: true }] },
    report("throw AppError.withStatusCode(499, 'client went away');", 'vendorCode', '499', CLOSED),
    report('next(HttpError.fromStatus(418));', 'retiredCode', '418', TEAPOT),
    report("exports.handler = async () => ({ statusCode: 499, body: JSON.stringify({ statusCode: 499 }) });", 'vendorCode', '499', CLOSED),
    stringStatus("app.get('/', (req, res) => res.status('404').send('missing'));", "'404'", '404'),
    stringStatus("exports.handler = async () => ({ statusCode: '201', body: 'made' });", "'201'", '201'),
    stringStatus("fastify.get('/', (request, reply) => reply.code(\"404\").send());", '"404"', '404'),
  ],
});

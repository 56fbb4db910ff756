import { join } from 'node:path';
import * as parser from '@typescript-eslint/parser';
import { RuleTester, type InvalidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../rules/no-body-on-bodiless-status';
import { asTesterRule, cjsTester, positionOf, runInJsAndTs, tsTester } from '../helpers/rule-tester';

type Invalid = InvalidTestCase<MessageIds, Options>;

const REFERENCES: Record<number, string> = { 204: 'RFC 9110 §15.3.5', 205: 'RFC 9110 §15.3.6', 304: 'RFC 9110 §15.4.5', 103: 'RFC 8297 §2' };
const LABELS: Record<number, string> = { 204: '204 (No Content)', 205: '205 (Reset Content)', 304: '304 (Not Modified)', 103: '103 (Early Hints)' };

interface Expectation {
  readonly code: number;
  readonly framework: string;
  readonly throws?: boolean;
  /** Text of the content argument, to locate the report. */
  readonly content: string;
  readonly removeBody?: string;
  readonly useOk?: string;
}

function body(code: string, expected: Expectation): Invalid {
  const label = LABELS[expected.code]!;
  const suggestions = [
    ...(expected.removeBody ? [{ messageId: 'removeBody' as const, data: { label }, output: expected.removeBody }] : []),
    ...(expected.useOk ? [{ messageId: 'useOk' as const, output: expected.useOk }] : []),
  ];
  return {
    code,
    errors: [
      {
        messageId: expected.throws ? 'bodyThrows' : 'bodyDropped',
        data: { label, reference: REFERENCES[expected.code]!, framework: expected.framework },
        ...positionOf(code, expected.content),
        suggestions,
      },
    ],
  };
}

runInJsAndTs('no-body-on-bodiless-status', rule, {
  valid: [
    "app.delete('/x', (req, res) => { res.status(204).send(); });",
    "app.delete('/x', (req, res) => { res.status(204).end(); });",
    "app.delete('/x', (req, res) => { res.sendStatus(204); });",
    "app.delete('/x', (req, res) => { res.status(204).json(null); });",
    "app.delete('/x', (req, res) => { res.status(204).send(undefined); });",
    "app.delete('/x', (req, res) => { res.status(200).json({ ok: true }); });",
    // A status set on one path only leaves the status at the send unknown.
    "app.delete('/x', (req, res) => { if (req.query.quiet) res.status(204); res.json({ ok: true }); });",
    "app.delete('/x', (req, res) => { res.status(204); if (later) res.status(200); res.json({}); });",
    // The response goes through code we cannot see.
    "app.delete('/x', (req, res) => { res.status(204); decorate(res); res.json({}); });",
    "app.get('/x', (req, res) => { res.status(ok ? 204 : 200).json({}); });",
    "app.get('/x', (req, res) => { res.status(code).json({}); });",
    "fastify.delete('/x', async (request, reply) => { reply.code(204).send(); });",
    "router.del('/x', async (ctx) => { ctx.status = 204; ctx.body = null; });",
    "router.get('/x', async (ctx) => { ctx.body = { ok: true }; ctx.status = 200; });",
    "app.delete('/x', (c) => c.body(null, 204));",
    "app.delete('/x', (c) => c.json({ ok: true }));",
    // Express's response has no text(): only Hono's context sends content with it.
    "app.delete('/x', (req, res) => { res.status(204).text('bye'); });",
    'export function DELETE() { return new Response(null, { status: 204 }); }',
    "export function GET() { return new Response('fresh', { status: 200 }); }",
    "import { NextResponse } from 'next/server'; export function DELETE() { return new NextResponse(null, { status: 204 }); }",
    // Names of Object.prototype members are not catalogue entries (found by check:corpus in hono's sources).
    "router.get('/x', async (ctx) => { ctx.constructor = Object; ctx.toString = () => ''; ctx.body = ctx.hasOwnProperty('x'); });",
  ],
  invalid: [
    // Express
    body("app.delete('/x', (req, res) => { res.status(204).json({ ok: true }); });", {
      code: 204,
      framework: 'Express',
      content: '{ ok: true }',
      removeBody: "app.delete('/x', (req, res) => { res.status(204).end(); });",
      useOk: "app.delete('/x', (req, res) => { res.status(200).json({ ok: true }); });",
    }),
    body("app.delete('/x', (req, res) => { res.status(204); res.send('deleted'); });", {
      code: 204,
      framework: 'Express',
      content: "'deleted'",
      removeBody: "app.delete('/x', (req, res) => { res.status(204); res.end(); });",
      useOk: "app.delete('/x', (req, res) => { res.status(200); res.send('deleted'); });",
    }),
    body("app.post('/reset', (req, res) => { res.status(205).send('form cleared'); });", {
      code: 205,
      framework: 'Express',
      content: "'form cleared'",
      removeBody: "app.post('/reset', (req, res) => { res.status(205).end(); });",
      useOk: "app.post('/reset', (req, res) => { res.status(200).send('form cleared'); });",
    }),
    // node:http
    body("http.createServer((req, res) => { res.writeHead(304); res.end('cached'); });", {
      code: 304,
      framework: 'node:http',
      content: "'cached'",
      removeBody: "http.createServer((req, res) => { res.writeHead(304); res.end(); });",
      useOk: "http.createServer((req, res) => { res.writeHead(200); res.end('cached'); });",
    }),
    body("http.createServer((req, res) => { res.statusCode = 204; res.end(JSON.stringify({})); });", {
      code: 204,
      framework: 'node:http',
      content: 'JSON.stringify({})',
      removeBody: "http.createServer((req, res) => { res.statusCode = 204; res.end(); });",
      useOk: "http.createServer((req, res) => { res.statusCode = 200; res.end(JSON.stringify({})); });",
    }),
    // Fastify
    body("fastify.delete('/x', async (request, reply) => { reply.code(204).send({ deleted: true }); });", {
      code: 204,
      framework: 'Fastify',
      content: '{ deleted: true }',
      removeBody: "fastify.delete('/x', async (request, reply) => { reply.code(204).send(); });",
      useOk: "fastify.delete('/x', async (request, reply) => { reply.code(200).send({ deleted: true }); });",
    }),
    body("fastify.delete('/x', async (request, reply) => { reply.code(204); return { deleted: true }; });", {
      code: 204,
      framework: 'Fastify',
      content: '{ deleted: true }',
      useOk: "fastify.delete('/x', async (request, reply) => { reply.code(200); return { deleted: true }; });",
    }),
    // Koa
    body("router.del('/x', async (ctx) => { ctx.status = 204; ctx.body = { deleted: true }; });", {
      code: 204,
      framework: 'Koa',
      content: '{ deleted: true }',
      removeBody: "router.del('/x', async (ctx) => { ctx.status = 204; ctx.body = null; });",
      useOk: "router.del('/x', async (ctx) => { ctx.status = 200; ctx.body = { deleted: true }; });",
    }),
    // Hono
    body("app.delete('/x', (c) => c.json({ deleted: true }, 204));", {
      code: 204,
      framework: 'Hono',
      throws: true,
      content: '{ deleted: true }',
      removeBody: "app.delete('/x', (c) => c.body(null, 204));",
      useOk: "app.delete('/x', (c) => c.json({ deleted: true }, 200));",
    }),
    body("app.get('/x', (c) => c.text('not modified', 304));", {
      code: 304,
      framework: 'Hono',
      throws: true,
      content: "'not modified'",
      removeBody: "app.get('/x', (c) => c.text(null, 304));",
      useOk: "app.get('/x', (c) => c.text('not modified', 200));",
    }),
    // A status set before the content; Hono's own way to send nothing is `c.body(null)`.
    body("app.delete('/x', (c) => { c.status(204); return c.text('bye'); });", {
      code: 204,
      framework: 'Hono',
      throws: true,
      content: "'bye'",
      removeBody: "app.delete('/x', (c) => { c.status(204); return c.body(null); });",
      useOk: "app.delete('/x', (c) => { c.status(200); return c.text('bye'); });",
    }),
    // Fetch and Next.js
    body('export function DELETE() { return new Response(JSON.stringify({ ok: true }), { status: 204 }); }', {
      code: 204,
      framework: 'the Fetch Response constructor',
      throws: true,
      content: 'JSON.stringify',
      removeBody: 'export function DELETE() { return new Response(null, { status: 204 }); }',
      useOk: 'export function DELETE() { return new Response(JSON.stringify({ ok: true }), { status: 200 }); }',
    }),
    body('export function GET() { return Response.json({ cached: true }, { status: 304 }); }', {
      code: 304,
      framework: 'the Fetch Response constructor',
      throws: true,
      content: '{ cached: true }',
      removeBody: 'export function GET() { return new Response(null, { status: 304 }); }',
      useOk: 'export function GET() { return Response.json({ cached: true }, { status: 200 }); }',
    }),
    body("import { NextResponse } from 'next/server';\nexport function DELETE() { return NextResponse.json({ ok: true }, { status: 204 }); }", {
      code: 204,
      framework: 'Next.js',
      throws: true,
      content: '{ ok: true }',
      removeBody: "import { NextResponse } from 'next/server';\nexport function DELETE() { return new NextResponse(null, { status: 204 }); }",
      useOk: "import { NextResponse } from 'next/server';\nexport function DELETE() { return NextResponse.json({ ok: true }, { status: 200 }); }",
    }),
    body("import { json } from '@sveltejs/kit';\nexport function DELETE() { return json({ ok: true }, { status: 204 }); }", {
      code: 204,
      framework: 'SvelteKit',
      throws: true,
      content: '{ ok: true }',
      useOk: "import { json } from '@sveltejs/kit';\nexport function DELETE() { return json({ ok: true }, { status: 200 }); }",
    }),
  ],
});

tsTester.run('no-body-on-bodiless-status (TypeScript only)', asTesterRule(rule), {
  valid: ["import type { Response } from 'express';\nexport function remove(res: Response): void { res.status(204).end(); }"],
  invalid: [
    body(
      "import { StatusCodes } from 'http-status-codes';\nimport type { Response } from 'express';\nexport function remove(out: Response): void {\n  out.status(StatusCodes.NO_CONTENT).json({ ok: true } as const);\n}",
      {
        code: 204,
        framework: 'Express',
        content: '{ ok: true } as const',
        removeBody:
          "import { StatusCodes } from 'http-status-codes';\nimport type { Response } from 'express';\nexport function remove(out: Response): void {\n  out.status(StatusCodes.NO_CONTENT).end();\n}",
        useOk:
          "import { StatusCodes } from 'http-status-codes';\nimport type { Response } from 'express';\nexport function remove(out: Response): void {\n  out.status(StatusCodes.OK).json({ ok: true } as const);\n}",
      },
    ),
  ],
});

cjsTester.run('no-body-on-bodiless-status (CommonJS)', asTesterRule(rule), {
  valid: [],
  invalid: [
    body("const { HttpStatus } = require('@nestjs/common');\nmodule.exports = (req, res) => { res.status(HttpStatus.NO_CONTENT); res.send('gone'); };", {
      code: 204,
      framework: 'Express',
      content: "'gone'",
      removeBody: "const { HttpStatus } = require('@nestjs/common');\nmodule.exports = (req, res) => { res.status(HttpStatus.NO_CONTENT); res.end(); };",
      useOk: "const { HttpStatus } = require('@nestjs/common');\nmodule.exports = (req, res) => { res.status(HttpStatus.OK); res.send('gone'); };",
    }),
  ],
});

/** Only content the code shows: what a service returns may well be nothing. */
runInJsAndTs('no-body-on-bodiless-status (content the rule can see)', rule, {
  valid: [
    "app.delete('/x/:id', async (req, res) => { const result = await service.remove(req.params.id); res.status(204).send(result); });",
    "fastify.delete('/x/:id', async (request, reply) => { const result = await service.remove(request.params.id); return reply.status(204).send(result); });",
    "fastify.delete('/x/:id', async (request, reply) => reply.code(204).send(await service.remove(request.params.id)));",
    "app.delete('/x/:id', (req, res) => res.status(204).send(req.body.echo));",
    "app.delete('/x/:id', (req, res) => { let out = {}; out = load(); res.status(204).json(out); });",
    "const shared = { ok: true };\napp.delete('/x', (req, res) => res.status(204).json(shared));",
    "app.delete('/x', (req, res) => res.status(204).send(ok && { done: true }));",
  ],
  invalid: [
    body("app.delete('/x', (req, res) => { const reply = { deleted: true }; res.status(204).json(reply); });", {
      code: 204,
      framework: 'Express',
      content: 'reply)',
      removeBody: "app.delete('/x', (req, res) => { const reply = { deleted: true }; res.status(204).end(); });",
      useOk: "app.delete('/x', (req, res) => { const reply = { deleted: true }; res.status(200).json(reply); });",
    }),
    body("app.get('/u/:id', async (req, res) => {\n  const user = await db.find(req.params.id);\n  if (!user) return res.status(404).end();\n  return res.status(304).json(user);\n});", {
      code: 304,
      framework: 'Express',
      content: 'user);',
      removeBody: "app.get('/u/:id', async (req, res) => {\n  const user = await db.find(req.params.id);\n  if (!user) return res.status(404).end();\n  return res.status(304).end();\n});",
      useOk: "app.get('/u/:id', async (req, res) => {\n  const user = await db.find(req.params.id);\n  if (!user) return res.status(404).end();\n  return res.status(200).json(user);\n});",
    }),
    body("app.delete('/x', (req, res) => res.status(204).send(JSON.stringify(load())));", {
      code: 204,
      framework: 'Express',
      content: 'JSON.stringify',
      removeBody: "app.delete('/x', (req, res) => res.status(204).end());",
      useOk: "app.delete('/x', (req, res) => res.status(200).send(JSON.stringify(load())));",
    }),
    body("app.delete('/x/:id', (req, res) => res.status(204).send(`removed ${req.params.id}`));", {
      code: 204,
      framework: 'Express',
      content: '`removed',
      removeBody: "app.delete('/x/:id', (req, res) => res.status(204).end());",
      useOk: "app.delete('/x/:id', (req, res) => res.status(200).send(`removed ${req.params.id}`));",
    }),
  ],
});

const NEST_PRELUDE = "import { Controller, Delete, HttpCode, Param } from '@nestjs/common';\n@Controller('items')\nexport class ItemsController {\n  constructor(private readonly items: ItemsService) {}\n";

function nestReport(method: string, content: string): Invalid {
  const code = `${NEST_PRELUDE}${method}\n}`;
  const ok = code.replace('@HttpCode(204)', '@HttpCode(200)');
  return {
    code,
    errors: [{ messageId: 'bodyDropped', data: { label: LABELS[204]!, reference: REFERENCES[204]!, framework: 'NestJS' }, ...positionOf(code, content), suggestions: [{ messageId: 'useOk', output: ok }] }],
  };
}

tsTester.run('no-body-on-bodiless-status (NestJS return types)', asTesterRule(rule), {
  valid: [
    `${NEST_PRELUDE}  @Delete(':id')\n  @HttpCode(204)\n  remove(@Param('id') id: string): Promise<void> {\n    return this.items.remove(id);\n  }\n}`,
    `${NEST_PRELUDE}  @Delete(':id')\n  @HttpCode(204)\n  remove(@Param('id') id: string): void {\n    return this.items.remove(id);\n  }\n}`,
    `${NEST_PRELUDE}  @Delete(':id')\n  @HttpCode(204)\n  async remove(@Param('id') id: string) {\n    return this.items.remove(id);\n  }\n}`,
    `${NEST_PRELUDE}  @Delete(':id')\n  @HttpCode(204)\n  remove(@Param('id') id: string): Promise<Item | undefined> {\n    return this.items.remove(id);\n  }\n}`,
  ],
  invalid: [
    nestReport("  @Delete(':id')\n  @HttpCode(204)\n  remove(@Param('id') id: string): Promise<Item> {\n    return this.items.remove(id);\n  }", 'this.items.remove'),
    nestReport("  @Delete(':id')\n  @HttpCode(204)\n  remove(@Param('id') id: string) {\n    const summary: Summary = this.items.remove(id);\n    return summary;\n  }", 'summary;'),
  ],
});

/** With type information, TypeScript tells what an opaque value is. */
const typedTester = new RuleTester({
  languageOptions: { parser, parserOptions: { project: './tsconfig.json', tsconfigRootDir: join(__dirname, '../fixtures/typed') } },
});

const APP = 'declare const app: { delete(path: string, handler: (req: unknown, res: any) => void): void };\n';

/** `res.status(204).send(find())` after `declaration`, reported with both suggestions. */
function typedSend(declaration: string): Invalid {
  const handler = (status: number, send: string) => `${APP}${declaration}\napp.delete('/x', (req, res) => res.status(${status}).${send});`;
  return {
    code: handler(204, 'send(find())'),
    filename: 'file.ts',
    errors: [
      {
        messageId: 'bodyDropped',
        line: 3,
        column: 53,
        suggestions: [
          { messageId: 'removeBody', output: handler(204, 'end()') },
          { messageId: 'useOk', output: handler(200, 'send(find())') },
        ],
      },
    ],
  };
}

typedTester.run('no-body-on-bodiless-status (with type information)', asTesterRule(rule), {
  valid: [
    { code: `${APP}declare function remove(): void;\napp.delete('/x', (req, res) => res.status(204).send(remove()));`, filename: 'file.ts' },
    { code: `${APP}declare function remove(): Promise<void>;\napp.delete('/x', async (req, res) => res.status(204).send(await remove()));`, filename: 'file.ts' },
    { code: `${APP}declare function find(): { id: string } | undefined;\napp.delete('/x', (req, res) => { const found = find(); res.status(204).send(found); });`, filename: 'file.ts' },
  ],
  invalid: [typedSend('declare function find(): { id: number; note: string | undefined };'), typedSend('declare function find(): { id: string };')],
});

import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../rules/no-method-changing-redirect';
import { asTesterRule, cjsTester, positionOf, runInJsAndTs, tsTester } from '../helpers/rule-tester';

type Invalid = InvalidTestCase<MessageIds, Options>;

const CHANGING = {
  '301': { label: '301 (Moved Permanently)', section: '15.4.2', same: '308 (Permanent Redirect)', sameCode: '308' },
  '302': { label: '302 (Found)', section: '15.4.3', same: '307 (Temporary Redirect)', sameCode: '307' },
} as const;

/** A 301/302 written at `needle`, answering `method`, with both suggestions rewriting it. */
function written(code: string, status: keyof typeof CHANGING, method: string, needle: string = status, replaced: string = status): Invalid {
  const { label, section, same, sameCode } = CHANGING[status];
  const at = positionOf(code, needle);
  const rewrite = (to: string) => code.slice(0, code.indexOf(needle)) + needle.replace(replaced, to) + code.slice(code.indexOf(needle) + needle.length);
  return {
    code,
    errors: [
      {
        messageId: 'methodChangingRedirect',
        data: { label, method, section, same },
        ...at,
        suggestions: [
          { messageId: 'useSeeOther', output: rewrite('303') },
          { messageId: 'useSameMethod', data: { same, method }, output: rewrite(sameCode) },
        ],
      },
    ],
  };
}

/** A redirect helper's default 302 at `needle`, with the code its two suggestions write for 303 and 307 (none when absent). */
function byDefault(code: string, method: string, needle: string, withStatus?: (status: 303 | 307) => string): Invalid {
  const { label, section, same } = CHANGING['302'];
  return {
    code,
    errors: [
      {
        messageId: 'defaultMethodChangingRedirect',
        data: { label, method, section, same },
        ...positionOf(code, needle),
        suggestions: withStatus
          ? [
              { messageId: 'useSeeOther', output: withStatus(303) },
              { messageId: 'useSameMethod', data: { same, method }, output: withStatus(307) },
            ]
          : [],
      },
    ],
  };
}

runInJsAndTs('no-method-changing-redirect', rule, {
  valid: [
    // GET and HEAD lose nothing when the client follows with a GET.
    "app.get('/old', (req, res) => res.redirect(301, '/new'));",
    "app.get('/old', (req, res) => res.redirect('/new'));",
    "app.head('/old', (req, res) => res.redirect('/new'));",
    "router.get('/old', async (ctx) => { ctx.status = 301; ctx.redirect('/new'); });",
    // The codes that say what the client does with the method.
    "app.post('/login', (req, res) => res.redirect(303, '/home'));",
    "app.post('/upload', (req, res) => res.redirect(307, '/elsewhere'));",
    "app.put('/x', (req, res) => { res.status(308).location('/y').end(); });",
    "fastify.post('/login', async (request, reply) => reply.redirect('/home', 303));",
    "router.post('/login', async (ctx) => { ctx.status = 303; ctx.redirect('/home'); });",
    "app.post('/login', (c) => c.redirect('/home', 303));",
    "export async function POST() { return Response.redirect('https://x.test/home', 303); }",
    // Next.js answers 307 by default.
    "import { NextResponse } from 'next/server';\nexport function POST(request) { return NextResponse.redirect(new URL('/home', request.url)); }",
    // The method is not known.
    "app.use((req, res) => res.redirect('/login'));",
    "function toLogin(req, res) { res.redirect(301, '/login'); }",
    "app.all('/x', (req, res) => res.redirect('/y'));",
    // The status is given, though the code cannot tell which.
    "app.post('/x', (c) => c.redirect('/y', status));",
    "app.post('/x', (req, res) => res.redirect(status, '/y'));",
    // A 302 compared, not sent; a redirect of something else than a response.
    "app.post('/x', async (req, res) => { const r = await fetch(u); if (r.status === 302) res.sendStatus(502); });",
    "app.post('/x', (req, res) => { router.redirect('/y'); res.end(); });",
  ],
  invalid: [
    written("app.post('/login', (req, res) => { res.redirect(302, '/home'); });", '302', 'POST'),
    written("app.delete('/items/:id', (req, res) => res.redirect(301, '/items'));", '301', 'DELETE'),
    written("app.post('/login', (req, res) => { res.status(302).location('/home').end(); });", '302', 'POST'),
    written("http.createServer((req, res) => { if (req.method === 'POST') { res.writeHead(302, { Location: '/done' }); res.end(); } });", '302', 'POST'),
    written("fastify.put('/x', async (request, reply) => reply.redirect('/y', 301));", '301', 'PUT'),
    written("router.post('/login', async (ctx) => { ctx.status = 301; ctx.redirect('/home'); });", '301', 'POST'),
    written("app.patch('/x', (c) => c.redirect('/y', 302));", '302', 'PATCH'),
    written("export async function POST() { return Response.redirect('https://x.test/home', 302); }", '302', 'POST'),
    written("import { redirect } from '@sveltejs/kit';\nexport const actions = { default: async () => {} };\nexport function POST() { redirect(302, '/done'); }", '302', 'POST', '302'),
    written("export default defineEventHandler((event) => { if (event.method === 'POST') return sendRedirect(event, '/done', 302); });", '302', 'POST'),
    written("const MOVED = 301;\napp.post('/x', (req, res) => res.redirect(MOVED, '/y'));", '301', 'POST', 'MOVED,', 'MOVED'),
    // Redirects that answer 302 by default, with the status put where each framework takes it.
    byDefault("app.post('/login', (req, res) => { res.redirect('/home'); });", 'POST', 'res.redirect', (status) => `app.post('/login', (req, res) => { res.redirect(${status}, '/home'); });`),
    byDefault("fastify.post('/login', async (request, reply) => reply.redirect('/home'));", 'POST', 'reply.redirect', (status) => `fastify.post('/login', async (request, reply) => reply.redirect('/home', ${status}));`),
    byDefault("app.post('/login', (c) => c.redirect('/home'));", 'POST', 'c.redirect', (status) => `app.post('/login', (c) => c.redirect('/home', ${status}));`),
    byDefault("router.post('/login', async (ctx) => {\n  ctx.redirect('/home');\n});", 'POST', 'ctx.redirect', (status) => `router.post('/login', async (ctx) => {\n  ctx.redirect('/home');\n  ctx.status = ${status};\n});`),
    byDefault("router.post('/login', async (ctx) => {\n  if (ok) {\n    return ctx.redirect('/home');\n  }\n});", 'POST', 'ctx.redirect', (status) => `router.post('/login', async (ctx) => {\n  if (ok) {\n    ctx.status = ${status};\n    return ctx.redirect('/home');\n  }\n});`),
    // No statement of its own to put the status in: no suggestion.
    byDefault("router.post('/login', async (ctx) => ctx.redirect('/home'));", 'POST', 'ctx.redirect'),
    byDefault("router.post('/login', async (ctx) => { if (ok) ctx.redirect('/home'); });", 'POST', 'ctx.redirect'),
    byDefault("export async function POST() { return Response.redirect('https://x.test/home'); }", 'POST', 'Response.redirect', (status) => `export async function POST() { return Response.redirect('https://x.test/home', ${status}); }`),
    byDefault("export default defineEventHandler((event) => { if (event.method === 'DELETE') return sendRedirect(event, '/'); });", 'DELETE', 'sendRedirect', (status) => `export default defineEventHandler((event) => { if (event.method === 'DELETE') return sendRedirect(event, '/', ${status}); });`),
  ],
});

tsTester.run('no-method-changing-redirect (NestJS and constants)', asTesterRule(rule), {
  valid: [
    "import { Controller, Get, Redirect } from '@nestjs/common';\n@Controller('docs')\nclass Docs {\n  @Get()\n  @Redirect('https://docs.nestjs.com')\n  show() {}\n}",
    "import { Controller, Post, Redirect } from '@nestjs/common';\n@Controller('login')\nclass Login {\n  @Post()\n  @Redirect('/home', 303)\n  submit() {}\n}",
  ],
  invalid: [
    byDefault("import { Controller, Post, Redirect } from '@nestjs/common';\n@Controller('login')\nclass Login {\n  @Post()\n  @Redirect('/home')\n  submit() {}\n}", 'POST', "Redirect('", (status) => `import { Controller, Post, Redirect } from '@nestjs/common';\n@Controller('login')\nclass Login {\n  @Post()\n  @Redirect('/home', ${status})\n  submit() {}\n}`),
    written("import { Controller, Post, Redirect } from '@nestjs/common';\n@Controller('login')\nclass Login {\n  @Post()\n  @Redirect('/home', 301)\n  submit() {}\n}", '301', 'POST'),
    // The file's constants write the suggested codes too.
    {
      code: "import { StatusCodes } from 'http-status-codes';\napp.post('/x', (req: Request, res: Response) => res.redirect(StatusCodes.MOVED_TEMPORARILY, '/y'));",
      errors: [
        {
          messageId: 'methodChangingRedirect',
          data: { label: CHANGING['302'].label, method: 'POST', section: '15.4.3', same: CHANGING['302'].same },
          suggestions: [
            { messageId: 'useSeeOther', output: "import { StatusCodes } from 'http-status-codes';\napp.post('/x', (req: Request, res: Response) => res.redirect(StatusCodes.SEE_OTHER, '/y'));" },
            {
              messageId: 'useSameMethod',
              data: { same: CHANGING['302'].same, method: 'POST' },
              output: "import { StatusCodes } from 'http-status-codes';\napp.post('/x', (req: Request, res: Response) => res.redirect(StatusCodes.TEMPORARY_REDIRECT, '/y'));",
            },
          ],
        },
      ],
    },
  ],
});

cjsTester.run('no-method-changing-redirect (CommonJS)', asTesterRule(rule), {
  valid: ["const express = require('express');\nconst app = express();\napp.get('/x', (req, res) => res.redirect('/y'));"],
  invalid: [
    byDefault(
      "const { StatusCodes } = require('http-status-codes');\nrouter.post('/x', (req, res) => res.redirect('/y'));",
      'POST',
      'res.redirect',
      (status) => `const { StatusCodes } = require('http-status-codes');\nrouter.post('/x', (req, res) => res.redirect(StatusCodes.${{ 303: 'SEE_OTHER', 307: 'TEMPORARY_REDIRECT' }[status]}, '/y'));`,
    ),
  ],
});

/**
 * Koa 2/3 (the `koa` row of shared/frameworks.md): `ctx.status = n`, `ctx.response.status = n`,
 * `ctx.throw` in either order, `ctx.assert`, and redirects whose status is set beforehand.
 */
import { describe, expect, it } from 'vitest';
import { declareSiteTables } from '../helpers/front-ends';
import { responseFactsOf } from '../helpers/response-facts';

const ESM = "import Koa from 'koa';\nconst app = new Koa();\n";
const ROUTER = "import Router from '@koa/router';\nconst router = new Router();\n";

const FOUND = [
  ['ctx.status = n', 'app.js', `${ESM}app.use(async (ctx) => { ctx.status = 201; ctx.body = { id: 1 }; });`, ['set koa 201']],
  ['context.response.status = n', 'app.js', `${ROUTER}router.get('/', (context) => { context.response.status = 404; });`, ['set koa 404']],
  ['ctx.throw(n, message)', 'app.js', `${ROUTER}router.get('/', (ctx) => { ctx.throw(404, 'Not found'); });`, ['error koa 404']],
  ['ctx.throw(message, n)', 'app.js', `${ROUTER}router.get('/', (ctx) => { ctx.throw('Not found', 404); });`, ['error koa 404']],
  ['ctx.assert(value, n, message)', 'app.js', `${ROUTER}router.get('/', (ctx) => { ctx.assert(ctx.state.user, 401, 'Log in'); });`, ['error koa 401']],
  [
    'a 3xx set before ctx.redirect',
    'app.cjs',
    "const Koa = require('koa');\nconst app = new Koa();\napp.use(async (ctx, next) => { ctx.status = 301; ctx.redirect('/new'); });",
    ['set koa 301'],
  ],
  [
    'an http-status-codes member, on koa-router',
    'app.cjs',
    "const Router = require('koa-router');\nconst { StatusCodes } = require('http-status-codes');\nconst router = new Router();\nrouter.post('/', (ctx) => { ctx.status = StatusCodes.CREATED; });",
    ['set koa 201 (library StatusCodes.CREATED)'],
  ],
  [
    'a const, on a Context of any name',
    'app.ts',
    "import type { Context } from 'koa';\nconst NO_CONTENT = 204;\nexport async function remove(k: Context) { k.status = NO_CONTENT; }",
    ['set koa 204 (constant NO_CONTENT)'],
  ],
  ['throw on a ParameterizedContext', 'app.ts', "import type { ParameterizedContext } from 'koa';\nexport async function deny(k: ParameterizedContext) { k.throw(403); }", ['error koa 403']],
  ['a conditional status', 'app.ts', `${ESM}app.use(async (ctx) => { ctx.status = ctx.query.ok ? 200 : 400; });`, ['set koa 200', 'set koa 400']],
  [
    'an error middleware’s fallback',
    'app.js',
    `${ESM}app.use(async (ctx, next) => { try { await next(); } catch (err) { ctx.status = err.status || 500; } });`,
    ['set koa ? (unknown err.status)', 'fallback error-object 500', 'set koa 500'],
  ],
  ['err.status = n in an error listener', 'app.js', `${ESM}app.on('error', (err, ctx) => { err.status = 500; });`, ['error error-object 500']],
] as const;

const NONE = [
  ['a status field of the body', 'app.js', `${ESM}app.use(async (ctx) => { ctx.body = { status: 404 }; ctx.set('Retry-After', '120'); });`],
  ['ctx.redirect(url) alone', 'app.js', `${ESM}app.use(async (ctx) => { ctx.redirect('back'); });`],
  ['ctx.throw(error) without a code', 'app.js', `${ROUTER}router.get('/', (ctx) => { ctx.throw(new Error('x')); });`],
  ['a status in the state', 'app.js', `${ESM}app.use(async (ctx) => { ctx.state.status = 404; });`],
  ['x.status = n on no context', 'app.js', 'job.status = 404;\ntask.status = 3;'],
  ['a plain assert, a generator’s throw', 'app.js', 'assert(user, 401);\ngenerator.throw(500);'],
] as const;



declareSiteTables({ found: FOUND, none: NONE });

describe('headers a Koa response sets', () => {
  it('counts `ctx.type = t` as its Content-Type', () => {
    const code = `${ESM}app.use(async (ctx) => { ctx.status = 404; ctx.type = 'application/problem+json'; ctx.set('Cache-Control', 'no-store'); });`;
    expect(responseFactsOf(code, 'app.js').headers).toEqual(['cache-control', 'content-type']);
  });

  it('does not count `type` on what is not a context', () => {
    const code = `${ESM}app.use(async (ctx) => { ctx.status = 404; job.type = 'x'; });`;
    expect(responseFactsOf(code, 'app.js').headers).toEqual([]);
  });
});

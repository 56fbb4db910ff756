'use strict';
const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/health', async (ctx) => {
  const ok = await ctx.state.db.ping();
  ctx.status = ok ? 200 : 503;
  ctx.body = { ok };
});

router.get('/admin', async (ctx) => {
  ctx.assert(ctx.state.user, 401, 'Log in first');
  ctx.body = { tasks: ctx.state.tasks.filter((task) => task.status === 3) };
});

router.get('/status', async (ctx) => {
  ctx.status = 301;
});

app.use(router.routes());
module.exports = app;

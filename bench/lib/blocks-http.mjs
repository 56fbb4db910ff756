/**
 * Blocks of server and client code that set, throw, compare or assert HTTP statuses, one
 * group per framework. Every status goes through `ctx.s(code)`, which writes it as a
 * literal or a constant (`StatusCodes.NOT_FOUND`, `HttpStatus.NOT_FOUND`) and sometimes
 * as a nonstandard code. Each framework has a `setup` (imports, app object), route
 * `blocks`, and an optional `footer`.
 */

const svc = (ctx, e) => {
  const name = `${e.s}Service`;
  ctx.imp(`../services/${e.s}.service`, { named: [name] });
  return name;
};

// ------------------------------------------------------------------------------ Express

export const express = {
  langs: ['ts', 'esm', 'cjs'],
  setup(ctx, e) {
    if (ctx.isTs) ctx.imp('express', { def: 'express', named: ['type Request', 'type Response', 'type NextFunction'] });
    else ctx.imp('express', { def: 'express' });
    const router = ctx.unique(`${e.p}Router`);
    ctx.router = router;
    ctx.setDefault(router);
    return `const ${router} = express.Router();\n`;
  },
  blocks: [
    (ctx, e) => `${ctx.router}.get('/:id', async (req${ctx.t(': Request')}, res${ctx.t(': Response')}, next${ctx.t(': NextFunction')}) => {
  try {
    const item = await ${svc(ctx, e)}.get(req.params.id);
    if (!item) {
      return res.status(${ctx.s(404)}).json({ error: '${e.C} not found' });
    }
    res.set('Cache-Control', 'private, max-age=${ctx.rng.pick(['30', '60', '300'])}');
    res.json(item);
  } catch (err) {
    next(err);
  }
});
`,
    (ctx, e) => `${ctx.router}.get('/', async (req, res) => {
  const page = Math.max(1, Number(req.query.page) || 1);
  const limit = Math.min(${ctx.rng.pick(['100', '200'])}, Number(req.query.limit) || ${ctx.limit()});
  const result = await ${svc(ctx, e)}.list(page, limit);
  res.json({ ...result, items: result.items.slice(0, limit) });
});
`,
    (ctx, e) => `${ctx.router}.post('/', async (req${ctx.t(': Request')}, res${ctx.t(': Response')}) => {
  const { name, tags = [] } = req.body ?? {};
  if (typeof name !== 'string' || name.length < 2 || name.length > ${ctx.rng.pick(['64', '120', '255'])}) {
    return res.status(${ctx.sp(400, 422)}).json({ error: 'name must be 2 to 255 characters' });
  }
  const created = await ${svc(ctx, e)}.create({ name, tags: tags.slice(0, 10) });
  res.status(${ctx.s(201)}).location(\`/${e.p}/\${created.id}\`).json(created);
});
`,
    (ctx, e) => `${ctx.router}.delete('/:id', async (req, res) => {
  const removed = await ${svc(ctx, e)}.remove(req.params.id);
  if (!removed) return res.sendStatus(${ctx.s(404)});
  res.sendStatus(${ctx.s(204)});
});
`,
    (ctx, e) => `${ctx.router}.get('/legacy/:id', (req, res) => {
  res.redirect(${ctx.sp(301, 308)}, \`/${e.p}/\${encodeURIComponent(req.params.id)}\`);
});
`,
    (ctx, e) => `${ctx.router}.put('/:id', async (req, res) => {
  const ifMatch = req.get('if-match');
  const current = await ${svc(ctx, e)}.get(req.params.id);
  if (!current) return res.status(${ctx.s(404)}).end();
  if (ifMatch && ifMatch !== current.etag) {
    return res.status(${ctx.s(412)}).json({ error: 'stale ${e.s}' });
  }
  const updated = await ${svc(ctx, e)}.update(req.params.id, req.body);
  res.status(${ctx.s(200)}).json(updated);
});
`,
    (ctx, e) => `${ctx.router}.use((req, res, next) => {
  const hits = (req.session?.hits ?? 0) + 1;
  if (hits > ${ctx.rng.pick(['60', '100', '1000'])}) {
    res.set('Retry-After', '${ctx.rng.pick(['30', '60', '120'])}');
    return res.status(${ctx.s(429)}).json({ error: 'Too many requests for ${e.p}' });
  }
  next();
});
`,
    (ctx) => `${ctx.router}.use((req, res, next) => {
  const token = req.get('authorization')?.replace(/^Bearer /, '');
  if (!token) return res.status(${ctx.s(401)}).json({ error: 'missing token' });
  if (token.length < ${ctx.rng.pick(['16', '32'])}) return res.status(${ctx.s(403)}).json({ error: 'forbidden' });
  next();
});
`,
    (ctx) => {
      const ping = ctx.unique('ping');
      return `${ctx.router}.get('/healthz', async (_req, res) => {
  const started = Date.now();
  const ok = await Promise.race([${ping}(), new Promise((resolve) => setTimeout(() => resolve(false), ${ctx.timeout()}))]);
  res.statusCode = ok ? ${ctx.s(200)} : ${ctx.s(503)};
  res.json({ ok, latencyMs: Date.now() - started });
});

async function ${ping}() {
  return true;
}
`;
    },
    (ctx) => `${ctx.router}.use((err${ctx.t(': Error & { status?: number; statusCode?: number }')}, req${ctx.t(': Request')}, res${ctx.t(': Response')}, _next${ctx.t(': NextFunction')}) => {
  const status = err.status ?? err.statusCode ?? ${ctx.s(500)};
  if (status >= 500) console.error(err);
  res.status(status).json({ error: status >= 500 ? 'Internal error' : err.message });
});
`,
  ],
};

// ---------------------------------------------------------------------------- node:http

export const nodeHttp = {
  langs: ['ts', 'esm', 'cjs'],
  setup(ctx) {
    ctx.imp(ctx.rng.pick(['node:http', 'http']), { def: 'http' });
    return '';
  },
  blocks: [
    (ctx, e) => {
      const server = ctx.unique('server');
      ctx.exp(server);
      return `${ctx.isCjs ? '' : 'export '}const ${server} = http.createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', \`http://\${req.headers.host ?? 'localhost'}\`);
  if (req.method === 'GET' && url.pathname === '/health') {
    res.writeHead(${ctx.s(200)}, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: true, uptime: Math.round(process.uptime()) }));
    return;
  }
  if (url.pathname.startsWith('/${e.p}/')) {
    const id = url.pathname.split('/')[2];
    const item = await load${e.C}(id);
    if (!item) {
      res.statusCode = ${ctx.s(404)};
      res.end('Not found');
      return;
    }
    res.writeHead(${ctx.s(200)}, { 'content-type': 'application/json', 'cache-control': 'max-age=${ctx.rng.pick(['60', '300'])}' });
    res.end(JSON.stringify(item));
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(${ctx.s(405)}, { allow: 'GET, HEAD' });
    res.end();
    return;
  }
  res.writeHead(${ctx.s(404)});
  res.end();
});

${server}.keepAliveTimeout = 65_000;
${server}.headersTimeout = 66_000;
${server}.requestTimeout = ${ctx.timeout()};
`;
    },
    (ctx, e) => {
      const name = ctx.unique(`load${e.C}`);
      return `async function ${name}(id${ctx.t(': string | undefined')}) {
  if (!id || id.length > ${ctx.rng.pick(['36', '64'])}) return undefined;
  await new Promise((resolve) => setTimeout(resolve, ${ctx.rng.pick(['1', '5', '10'])}));
  return { id, name: '${e.C} ' + id.slice(0, 8), createdAt: Date.now() - ${ctx.rng.pick(['3600_000', '86_400_000'])} };
}
`;
    },
    (ctx) => {
      const name = ctx.unique('sendJson');
      return `${ctx.exp(name)}function ${name}(res${ctx.t(": import('node:http').ServerResponse")}, body${ctx.t(': unknown')}, status${ctx.t(': number')} = ${ctx.s(200)}) {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}
`;
    },
  ],
  footer(ctx) {
    const server = ctx.usedNames.has('server') ? 'server' : undefined;
    return server ? `\nif (process.env.START_SERVER) ${server}.listen(Number(process.env.PORT ?? ${ctx.port()}));\n` : '';
  },
};

// ------------------------------------------------------------------------------ Fastify

export const fastify = {
  langs: ['ts', 'esm', 'cjs'],
  setup(ctx, e) {
    if (ctx.isTs) {
      ctx.impType('fastify', 'FastifyInstance', 'FastifyReply', 'FastifyRequest');
    }
    const fn = ctx.unique(`${e.s}Routes`);
    ctx.fastifyFn = fn;
    ctx.setDefault(fn);
    return '';
  },
  wrap(ctx, e, body) {
    return `async function ${ctx.fastifyFn}(fastify${ctx.t(': FastifyInstance')}) {
${body.replace(/^(?=.)/gm, '  ')}}
`;
  },
  blocks: [
    (ctx, e) => `fastify.get(
  '/${e.p}/:id',
  {
    schema: {
      params: { type: 'object', properties: { id: { type: 'string', maxLength: ${ctx.rng.pick(['36', '64'])} } } },
    },
  },
  async (request${ctx.t(': FastifyRequest<{ Params: { id: string } }>')}, reply${ctx.t(': FastifyReply')}) => {
    const item = await fastify.db.${e.p}.findById(request.params.id);
    if (!item) {
      return reply.code(${ctx.s(404)}).send({ message: '${e.C} not found' });
    }
    return item;
  },
);
`,
    (ctx, e) => `fastify.post('/${e.p}', { bodyLimit: ${ctx.rng.pick(['1024', '65536', '1048576'])} }, async (request${ctx.t(': FastifyRequest<{ Body: { name?: string } }>')}, reply${ctx.t(': FastifyReply')}) => {
  if (!request.body?.name) {
    return reply.code(${ctx.sp(400, 422)}).send({ message: 'name is required' });
  }
  const created = await fastify.db.${e.p}.insert({ name: request.body.name.slice(0, ${ctx.rng.pick(['80', '120'])}) });
  reply.code(${ctx.s(201)}).header('location', \`/${e.p}/\${created.id}\`);
  return created;
});
`,
    (ctx, e) => `fastify.delete('/${e.p}/:id', async (request${ctx.t(': FastifyRequest<{ Params: { id: string } }>')}, reply${ctx.t(': FastifyReply')}) => {
  const removed = await fastify.db.${e.p}.remove(request.params.id);
  return reply.status(removed ? ${ctx.s(204)} : ${ctx.s(404)}).send();
});
`,
    (ctx) => `fastify.setErrorHandler((error${ctx.t(': Error & { statusCode?: number }')}, request, reply) => {
  request.log.error({ err: error }, 'request failed');
  reply.status(error.statusCode ?? ${ctx.s(500)}).send({ message: error.message });
});
`,
    (ctx) => `fastify.setNotFoundHandler((request, reply) => {
  reply.code(${ctx.s(404)}).send({ message: \`Route \${request.method} \${request.url} not found\` });
});
`,
    (ctx, e) => `fastify.get('/${e.p}/export', async (request, reply) => {
  const rows = await fastify.db.${e.p}.find({ limit: ${ctx.rng.pick(['1000', '5000'])} });
  if (rows.length === 0) return reply.code(${ctx.s(204)}).send();
  reply.header('content-type', 'text/csv');
  return rows.map((r) => [r.id, r.name].join(',')).join('\\n');
});
`,
  ],
};

// ---------------------------------------------------------------------------------- Koa

export const koa = {
  langs: ['ts', 'esm', 'cjs'],
  setup(ctx, e) {
    ctx.imp('@koa/router', { def: 'Router' });
    if (ctx.isTs) ctx.impType('koa', 'Context', 'Next');
    const router = ctx.unique(`${e.s}Router`);
    ctx.router = router;
    ctx.setDefault(router);
    return `const ${router} = new Router({ prefix: '/${e.p}' });\n`;
  },
  blocks: [
    (ctx, e) => `${ctx.router}.get('/:id', async (ctx${ctx.t(': Context')}) => {
  const item = await ${svc(ctx, e)}.get(ctx.params.id);
  ctx.assert(item, ${ctx.s(404)}, '${e.C} not found');
  ctx.set('Cache-Control', 'max-age=${ctx.rng.pick(['60', '300'])}');
  ctx.body = item;
});
`,
    (ctx, e) => `${ctx.router}.post('/', async (ctx${ctx.t(': Context')}) => {
  const { name } = ctx.request.body ?? {};
  if (!name) ctx.throw(${ctx.sp(400, 422)}, 'name is required');
  const created = await ${svc(ctx, e)}.create({ name: String(name).slice(0, ${ctx.rng.pick(['80', '120'])}) });
  ctx.status = ${ctx.s(201)};
  ctx.body = created;
});
`,
    (ctx, e) => `${ctx.router}.delete('/:id', async (ctx${ctx.t(': Context')}) => {
  await ${svc(ctx, e)}.remove(ctx.params.id);
  ctx.status = ${ctx.s(204)};
});
`,
    (ctx) => `${ctx.router}.use(async (ctx${ctx.t(': Context')}, next${ctx.t(': Next')}) => {
  try {
    await next();
  } catch (err${ctx.t(': any')}) {
    ctx.status = err.status || ${ctx.s(500)};
    ctx.body = { error: ctx.status >= 500 ? 'Internal error' : err.message };
    ctx.app.emit('error', err, ctx);
  }
});
`,
    (ctx) => `${ctx.router}.use(async (ctx${ctx.t(': Context')}, next${ctx.t(': Next')}) => {
  if (!ctx.state.user) ctx.throw(${ctx.s(401)}, 'login required');
  const started = Date.now();
  await next();
  ctx.set('X-Response-Time', \`\${Date.now() - started}ms\`);
});
`,
  ],
};

// --------------------------------------------------------------------------------- Hono

export const hono = {
  langs: ['ts', 'esm'],
  setup(ctx) {
    ctx.imp('hono', { named: ['Hono'] });
    ctx.setDefault('app');
    ctx.usedNames.add('app');
    return `const app = new Hono().basePath('/api');\n`;
  },
  blocks: [
    (ctx, e) => `app.get('/${e.p}/:id', async (c) => {
  const item = await ${svc(ctx, e)}.get(c.req.param('id'));
  if (!item) return c.json({ error: '${e.C} not found' }, ${ctx.s(404)});
  return c.json(item);
});
`,
    (ctx, e) => `app.post('/${e.p}', async (c) => {
  const body = await c.req.json().catch(() => null);
  if (!body?.name) return c.json({ error: 'name is required' }, ${ctx.sp(400, 422)});
  const created = await ${svc(ctx, e)}.create(body);
  return c.json(created, ${ctx.s(201)});
});
`,
    (ctx) => {
      ctx.imp('hono/http-exception', { named: ['HTTPException'] });
      return `app.use('/admin/*', async (c, next) => {
  const auth = c.req.header('authorization');
  if (!auth) throw new HTTPException(${ctx.s(401)}, { message: 'Unauthorized' });
  await next();
});
`;
    },
    (ctx) => `app.get('/health', (c) => c.text('ok', ${ctx.s(200)}));
`,
    (ctx) => {
      ctx.imp('hono/http-exception', { named: ['HTTPException'] });
      return `app.onError((err, c) => {
  if (err instanceof HTTPException) return err.getResponse();
  console.error(err);
  return c.text('Internal error', ${ctx.s(500)});
});

app.notFound((c) => c.json({ error: \`no route for \${c.req.path}\` }, ${ctx.s(404)}));
`;
    },
    (ctx, e) => `app.get('/${e.p}', async (c) => {
  const limit = Math.min(Number(c.req.query('limit') ?? ${ctx.limit()}), ${ctx.rng.pick(['100', '500'])});
  const items = await ${svc(ctx, e)}.list(1, limit);
  c.header('Cache-Control', 'public, max-age=${ctx.rng.pick(['30', '60'])}');
  return c.json(items);
});
`,
  ],
};

// ------------------------------------------------------------------------------- NestJS

export const nest = {
  langs: ['ts'],
  constants: 'nest',
  setup(ctx, e) {
    ctx.imp('@nestjs/common', { named: ['Controller', 'Get', 'Post', 'Delete', 'Param', 'Body', 'Query'] });
    ctx.imp(`./${e.s}.service`, { named: [`${e.C}Service`] });
    ctx.imp(`./dto/create-${e.s}.dto`, { named: [`Create${e.C}Dto`] });
    return '';
  },
  wrap(ctx, e, body) {
    return `@Controller('${e.p}')
export class ${e.Cp}Controller {
  constructor(private readonly ${e.s}Service: ${e.C}Service) {}

${body.replace(/^(?=.)/gm, '  ')}}
`;
  },
  blocks: [
    (ctx, e) => {
      const m = ctx.unique('findAll');
      return `@Get()
async ${m}(@Query('page') page = '1', @Query('limit') limit = '${ctx.limit()}') {
  return this.${e.s}Service.list(Number(page), Math.min(Number(limit), ${ctx.rng.pick(['100', '200'])}));
}
`;
    },
    (ctx, e) => {
      ctx.imp('@nestjs/common', { named: ['HttpException'] });
      const m = ctx.unique('findOne');
      return `@Get(':id')
async ${m}(@Param('id') id: string) {
  const item = await this.${e.s}Service.get(id);
  if (!item) {
    throw new HttpException('${e.C} not found', ${ctx.s(404)});
  }
  return item;
}
`;
    },
    (ctx, e) => {
      ctx.imp('@nestjs/common', { named: ['HttpCode'] });
      const m = ctx.unique('create');
      return `@Post()
@HttpCode(${ctx.s(201)})
async ${m}(@Body() dto: Create${e.C}Dto) {
  return this.${e.s}Service.create({ ...dto, name: dto.name.trim().slice(0, ${ctx.rng.pick(['64', '120'])}) });
}
`;
    },
    (ctx, e) => {
      ctx.imp('@nestjs/common', { named: ['HttpCode'] });
      const m = ctx.unique('remove');
      return `@Delete(':id')
@HttpCode(${ctx.s(204)})
async ${m}(@Param('id') id: string): Promise<void> {
  await this.${e.s}Service.remove(id);
}
`;
    },
    (ctx) => {
      ctx.imp('@nestjs/common', { named: ['Redirect'] });
      const m = ctx.unique('docs');
      return `@Get('docs')
@Redirect('https://docs.example.com', ${ctx.sp(301, 302)})
${m}() {
  return { url: 'https://docs.example.com/v2' };
}
`;
    },
    (ctx, e) => {
      ctx.imp('@nestjs/common', { named: ['NotFoundException', 'ForbiddenException'] });
      const m = ctx.unique('archive');
      return `@Post(':id/archive')
async ${m}(@Param('id') id: string, @Body('reason') reason?: string) {
  const item = await this.${e.s}Service.get(id);
  if (!item) throw new NotFoundException();
  if (item.locked) throw new ForbiddenException('${e.C} is locked');
  return this.${e.s}Service.archive(id, reason?.slice(0, ${ctx.rng.pick(['200', '500'])}));
}
`;
    },
  ],
};

// ------------------------------------------------------------------------------ Next.js

export const next = {
  langs: ['ts', 'esm'],
  unique: true,
  setup(ctx) {
    ctx.imp('next/server', { named: ctx.isTs ? ['NextResponse', 'type NextRequest'] : ['NextResponse'] });
    ctx.imp('@/lib/db', { named: ['db'] });
    return `export const dynamic = 'force-dynamic';\nexport const maxDuration = ${ctx.rng.pick(['10', '30', '60'])};\n`;
  },
  blocks: [
    (ctx, e) => `export async function GET(request${ctx.t(': NextRequest')}, { params }${ctx.t(': { params: Promise<{ id: string }> }')}) {
  const { id } = await params;
  const item = await db.${e.s}.findUnique({ where: { id } });
  if (!item) {
    return NextResponse.json({ error: '${e.C} not found' }, { status: ${ctx.s(404)} });
  }
  return NextResponse.json(item, { headers: { 'Cache-Control': 's-maxage=${ctx.rng.pick(['60', '300'])}' } });
}
`,
    (ctx, e) => `export async function POST(request${ctx.t(': NextRequest')}) {
  const body = await request.json().catch(() => null);
  if (typeof body?.name !== 'string' || body.name.length > ${ctx.rng.pick(['100', '200'])}) {
    return NextResponse.json({ error: 'invalid name' }, { status: ${ctx.sp(400, 422)} });
  }
  const created = await db.${e.s}.create({ data: { name: body.name } });
  return NextResponse.json(created, { status: ${ctx.s(201)} });
}
`,
    (ctx, e) => `export async function DELETE(request${ctx.t(': NextRequest')}, { params }${ctx.t(': { params: Promise<{ id: string }> }')}) {
  const { id } = await params;
  if (!request.headers.get('authorization')) {
    return NextResponse.json({ error: 'unauthorized' }, { status: ${ctx.s(401)} });
  }
  await db.${e.s}.delete({ where: { id } });
  return new NextResponse(null, { status: ${ctx.s(204)} });
}
`,
    (ctx) => `export async function PATCH(request${ctx.t(': NextRequest')}) {
  if (!request.cookies.get('session')) {
    return NextResponse.redirect(new URL('/login', request.url), ${ctx.sp(307, 303)});
  }
  return NextResponse.json({ ok: true });
}
`,
  ],
};

// ------------------------------------------------------------------------ Fetch Response

export const fetchWorker = {
  langs: ['ts', 'esm'],
  unique: true,
  setup(ctx) {
    const cors = ctx.unique('CORS_HEADERS');
    ctx.cors = cors;
    if (ctx.isTs) ctx.usedNames.add('Env');
    return `${ctx.isTs ? 'interface Env {\n  CACHE: KVNamespace;\n  API_ORIGIN: string;\n}\n\n' : ''}const ${cors} = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-max-age': '${ctx.rng.pick(['600', '86400'])}',
};
`;
  },
  blocks: [
    (ctx, e) => {
      ctx.setDefault(`{ fetch: handle }`);
      ctx.usedNames.add('handle');
      return `async function handle(request${ctx.t(': Request')}, env${ctx.t(': Env')})${ctx.t(': Promise<Response>')} {
  const url = new URL(request.url);
  if (request.method === 'OPTIONS') {
    return new Response(null, { status: ${ctx.s(204)}, headers: ${ctx.cors} });
  }
  if (url.pathname === '/') return Response.redirect(new URL('/${e.p}', url), ${ctx.sp(301, 302)});
  if (!url.pathname.startsWith('/${e.p}')) {
    return new Response('Not found', { status: ${ctx.s(404)} });
  }
  const cached = await env.CACHE.get(url.pathname);
  if (cached) return new Response(cached, { headers: { 'content-type': 'application/json', 'cache-control': 'max-age=${ctx.rng.pick(['60', '300'])}' } });
  const upstream = await fetch(env.API_ORIGIN + url.pathname, { signal: AbortSignal.timeout(${ctx.timeout()}) });
  if (!upstream.ok) {
    return Response.json({ error: 'upstream failed' }, { status: ${ctx.sp(502, 503, 504)} });
  }
  const body = await upstream.text();
  await env.CACHE.put(url.pathname, body, { expirationTtl: ${ctx.rng.pick(['60', '300', '3600'])} });
  return new Response(body, { status: ${ctx.s(200)}, headers: { 'content-type': 'application/json', ...${ctx.cors} } });
}
`;
    },
    (ctx) => {
      const name = ctx.unique('methodNotAllowed');
      return `function ${name}(allowed${ctx.t(': string[]')})${ctx.t(': Response')} {
  return new Response(null, { status: ${ctx.s(405)}, headers: { allow: allowed.join(', ') } });
}
`;
    },
  ],
};

// ---------------------------------------------------------------------------- SvelteKit

export const sveltekit = {
  langs: ['ts', 'esm'],
  unique: true,
  setup(ctx) {
    ctx.imp('$lib/server/db', { named: ['db'] });
    return '';
  },
  blocks: [
    (ctx, e) => {
      ctx.imp('@sveltejs/kit', { named: ['error', 'redirect'] });
      ctx.impType('./$types', 'PageServerLoad');
      return `export const load${ctx.t(': PageServerLoad')} = async ({ params, locals, setHeaders }) => {
  if (!locals.user) redirect(${ctx.s(303)}, '/login');
  const item = await db.${e.s}.find(params.id);
  if (!item) error(${ctx.s(404)}, '${e.C} not found');
  if (item.ownerId !== locals.user.id) error(${ctx.s(403)}, 'Not yours');
  setHeaders({ 'cache-control': 'private, max-age=${ctx.rng.pick(['0', '60'])}' });
  return { item, related: item.related.slice(0, ${ctx.rng.pick(['5', '10'])}) };
};
`;
    },
    (ctx, e) => {
      ctx.imp('@sveltejs/kit', { named: ['fail', 'redirect'] });
      ctx.impType('./$types', 'Actions');
      return `export const actions = {
  update: async ({ request, params }) => {
    const data = await request.formData();
    const name = String(data.get('name') ?? '').trim();
    if (name.length < 2) return fail(${ctx.sp(400, 422)}, { name, tooShort: true });
    await db.${e.s}.update(params.id, { name: name.slice(0, ${ctx.rng.pick(['80', '120'])}) });
    redirect(${ctx.s(303)}, \`/${e.p}/\${params.id}\`);
  },
}${ctx.t(' satisfies Actions')};
`;
    },
    (ctx, e) => {
      ctx.imp('@sveltejs/kit', { named: ['json'] });
      ctx.impType('./$types', 'RequestHandler');
      return `export const GET${ctx.t(': RequestHandler')} = async ({ url }) => {
  const limit = Math.min(Number(url.searchParams.get('limit') ?? ${ctx.limit()}), ${ctx.rng.pick(['100', '500'])});
  const items = await db.${e.s}.list({ limit });
  return json(items, { status: ${ctx.s(200)}, headers: { 'x-total': String(items.length) } });
};
`;
    },
  ],
};

// ------------------------------------------------------------------------------ h3/Nuxt

export const h3 = {
  langs: ['ts', 'esm'],
  unique: true,
  setup(ctx) {
    ctx.autoImport = ctx.rng.chance(0.5);
    if (!ctx.autoImport) ctx.imp('h3', { named: ['defineEventHandler', 'getRouterParam', 'createError', 'readBody'] });
    return '';
  },
  blocks: [
    (ctx, e) => {
      if (!ctx.autoImport) ctx.imp('h3', { named: ['setResponseStatus'] });
      ctx.setDefault(`defineEventHandler(async (event) => {
  const id = getRouterParam(event, 'id');
  if (!id) {
    throw createError({ statusCode: ${ctx.s(400)}, statusMessage: 'Missing id' });
  }
  const body = await readBody(event);
  if (!body || typeof body.name !== 'string') {
    throw createError({ statusCode: ${ctx.sp(400, 422)}, statusMessage: 'Invalid ${e.s}' });
  }
  const existing = await find${e.C}(id);
  if (!existing) {
    throw createError({ statusCode: ${ctx.s(404)}, statusMessage: '${e.C} not found' });
  }
  setResponseStatus(event, ${ctx.s(202)});
  return { ...existing, name: body.name.slice(0, ${ctx.rng.pick(['80', '120'])}) };
})`);
      return '';
    },
    (ctx, e) => `async function find${e.C}(id${ctx.t(': string')}) {
  const started = Date.now();
  const item = await $fetch(\`/internal/${e.p}/\${id}\`, { timeout: ${ctx.timeout()}, retry: ${ctx.rng.pick(['1', '2', '3'])} }).catch(() => null);
  if (Date.now() - started > ${ctx.rng.pick(['500', '1000'])}) console.warn('slow ${e.s} lookup');
  return item${ctx.t(` as { id: string; name: string } | null`)};
}
`,
  ],
};

// ------------------------------------------------------------------------ React Router

export const reactRouter = {
  langs: ['ts', 'esm'],
  unique: true,
  setup(ctx, e) {
    ctx.imp(ctx.rng.pick(['react-router', 'react-router', '@remix-run/node']), { named: ['data', 'redirect'] });
    ctx.impType(`./+types/${e.p}`, 'Route');
    ctx.imp('~/models/' + e.s + '.server', { named: [`get${e.C}`, `update${e.C}`, `delete${e.C}`] });
    return '';
  },
  blocks: [
    (ctx, e) => `export async function loader({ params, request }${ctx.t(': Route.LoaderArgs')}) {
  const url = new URL(request.url);
  const item = await get${e.C}(params.id);
  if (!item) {
    throw data('${e.C} not found', { status: ${ctx.s(404)} });
  }
  const page = Number(url.searchParams.get('page') ?? 1);
  return { item, page, comments: item.comments.slice((page - 1) * ${ctx.limit()}, page * ${ctx.limit()}) };
}
`,
    (ctx, e) => `export async function action({ request, params }${ctx.t(': Route.ActionArgs')}) {
  const form = await request.formData();
  if (form.get('intent') === 'delete') {
    await delete${e.C}(params.id);
    return redirect('/${e.p}');
  }
  const name = String(form.get('name') ?? '');
  if (name.length < 2 || name.length > ${ctx.rng.pick(['80', '120'])}) {
    return data({ errors: { name: 'Name must be 2 to 120 characters' } }, { status: ${ctx.sp(400, 422)} });
  }
  await update${e.C}(params.id, { name });
  return data({ ok: true }, ${ctx.s(200)});
}
`,
  ],
};

// -------------------------------------------------------------------------- http-errors

export const httpErrors = {
  langs: ['ts', 'esm', 'cjs'],
  setup(ctx) {
    ctx.imp('http-errors', { def: 'createError' });
    return '';
  },
  blocks: [
    (ctx, e) => {
      const name = ctx.unique(`load${e.C}`);
      return `${ctx.exp(name)}async function ${name}(req${ctx.t(': any')}, _res${ctx.t(': unknown')}, next${ctx.t(': (err?: unknown) => void')}) {
  const item = await ${svc(ctx, e)}.get(req.params.${e.s}Id);
  if (!item) return next(createError(${ctx.s(404)}, '${e.C} not found'));
  req.${e.s} = item;
  next();
}
`;
    },
    (ctx) => {
      const name = ctx.unique('requireRole');
      return `${ctx.exp(name)}function ${name}(role${ctx.t(': string')}) {
  return (req${ctx.t(': any')}, _res${ctx.t(': unknown')}, next${ctx.t(': (err?: unknown) => void')}) => {
    if (!req.user) return next(createError(${ctx.s(401)}));
    if (!req.user.roles.includes(role)) return next(createError(${ctx.s(403)}, \`requires \${role}\`));
    next();
  };
}
`;
    },
    (ctx) => {
      const name = ctx.unique('assertPayload');
      return `${ctx.exp(name)}function ${name}(body${ctx.t(': unknown')}, maxBytes = ${ctx.rng.pick(['65536', '100_000', '1_048_576'])}) {
  if (!body || typeof body !== 'object') throw createError(${ctx.s(400)}, 'invalid body');
  if (JSON.stringify(body).length > maxBytes) throw new createError.PayloadTooLarge();
  return body;
}
`;
    },
  ],
};

// --------------------------------------------------------------------------- hapi/Boom

export const boom = {
  langs: ['ts', 'esm', 'cjs'],
  setup(ctx) {
    ctx.imp('@hapi/boom', { ns: 'Boom' });
    if (ctx.isTs) ctx.impType('@hapi/hapi', 'Server', 'Request', 'ResponseToolkit');
    return '';
  },
  blocks: [
    (ctx, e) => {
      const name = ctx.unique(`register${e.Cp}`);
      return `${ctx.exp(name)}function ${name}(server${ctx.t(': Server')}) {
  server.route({
    method: 'GET',
    path: '/${e.p}/{id}',
    options: { timeout: { server: ${ctx.timeout()} } },
    handler: async (request${ctx.t(': Request')}, h${ctx.t(': ResponseToolkit')}) => {
      const item = await ${svc(ctx, e)}.get(request.params.id);
      if (!item) throw Boom.notFound('${e.C} not found');
      return h.response(item).code(${ctx.s(200)});
    },
  });
  server.route({
    method: 'POST',
    path: '/${e.p}',
    options: { payload: { maxBytes: ${ctx.rng.pick(['1048576', '65536'])} } },
    handler: async (request${ctx.t(': Request')}, h${ctx.t(': ResponseToolkit')}) => {
      const created = await ${svc(ctx, e)}.create(request.payload);
      return h.response(created).code(${ctx.s(201)}).header('location', \`/${e.p}/\${created.id}\`);
    },
  });
}
`;
    },
    (ctx) => {
      const name = ctx.unique('wrapUpstreamError');
      return `${ctx.exp(name)}function ${name}(err${ctx.t(': Error')}) {
  return Boom.boomify(err, { statusCode: ${ctx.sp(502, 503)}, message: 'Upstream failed' });
}
`;
    },
    (ctx) => {
      const name = ctx.unique('clientClosed');
      return `${ctx.exp(name)}function ${name}() {
  return new Boom.Boom('Client closed request', { statusCode: ${ctx.sp(408, 409, 410)} });
}
`;
    },
  ],
};

// ---------------------------------------------------------------------- HTTP API client

export const apiClient = {
  langs: ['ts', 'esm', 'cjs'],
  setup(ctx) {
    const base = ctx.unique('BASE_URL');
    ctx.base = base;
    return `const ${base} = process.env.API_URL ?? 'http://localhost:${ctx.port()}';\n`;
  },
  blocks: [
    (ctx) => {
      const name = ctx.unique('ApiError');
      ctx.apiError = name;
      return `${ctx.exp(name)}class ${name} extends Error {
  ${ctx.isTs ? 'constructor(readonly status: number, readonly body: string) {' : 'constructor(status, body) {'}
    super(\`request failed with \${status}\`);
    ${ctx.isTs ? '' : 'this.status = status;\n    this.body = body;'}
  }
}
`;
    },
    (ctx, e) => {
      const name = ctx.unique(`get${e.C}`);
      return `${ctx.exp(name)}async function ${name}(id${ctx.t(': string')}, token${ctx.t('?: string')}) {
  const res = await fetch(\`\${${ctx.base}}/${e.p}/\${encodeURIComponent(id)}\`, {
    headers: token ? { authorization: \`Bearer \${token}\` } : {},
    signal: AbortSignal.timeout(${ctx.timeout()}),
  });
  if (res.status === ${ctx.s(404)}) return null;
  if (res.status === ${ctx.s(401)}) throw new Error('session expired');
  if (!res.ok) throw new Error(\`GET ${e.p} failed: \${res.status} \${await res.text()}\`);
  return res.json();
}
`;
    },
    (ctx) => {
      const name = ctx.unique('fetchWithRetry');
      return `${ctx.exp(name)}async function ${name}(url${ctx.t(': string')}, init${ctx.t(': RequestInit')} = {}, attempts = ${ctx.small()}) {
  for (let i = 0; i < attempts; i++) {
    const response = await fetch(url, init);
    if (response.status === ${ctx.s(429)} || response.status >= 500) {
      const retryAfter = Number(response.headers.get('retry-after') ?? 2 ** i);
      await new Promise((resolve) => setTimeout(resolve, Math.min(retryAfter * 1000, ${ctx.rng.pick(['10_000', '30_000'])})));
      continue;
    }
    return response;
  }
  throw new Error(\`gave up on \${url} after \${attempts} attempts\`);
}
`;
    },
    (ctx, e) => {
      ctx.imp('axios', { def: 'axios' });
      const client = ctx.unique('http');
      const name = ctx.unique(`update${e.C}`);
      return `const ${client} = axios.create({ baseURL: ${ctx.base}, timeout: ${ctx.timeout()}, maxRedirects: ${ctx.small()} });

${client}.interceptors.response.use(
  (response) => response,
  async (error) => {
    if (error.response?.status === ${ctx.s(401)}) {
      window.location.assign('/login');
    }
    return Promise.reject(error);
  },
);

${ctx.exp(name)}async function ${name}(id${ctx.t(': string')}, patch${ctx.t(': Record<string, unknown>')}) {
  try {
    const { data } = await ${client}.patch(\`/${e.p}/\${id}\`, patch);
    return data;
  } catch (err) {
    if (axios.isAxiosError(err) && err.response?.status === ${ctx.s(409)}) {
      return { conflict: true };
    }
    throw err;
  }
}
`;
    },
    (ctx, e) => {
      const name = ctx.unique(`list${e.Cp}`);
      return `${ctx.exp(name)}async function ${name}(page = 1, pageSize = ${ctx.limit()}) {
  const response = await fetch(\`\${${ctx.base}}/${e.p}?page=\${page}&limit=\${pageSize}\`);
  if (response.status === ${ctx.s(204)}) return [];
  if (response.status >= 400 && response.status < 500) return [];
  return (await response.json()).items.slice(0, pageSize);
}
`;
    },
  ],
};

// ---------------------------------------------------------------------------- API tests

export const apiTests = {
  langs: ['ts', 'esm', 'cjs'],
  dir: 'test',
  setup(ctx) {
    ctx.imp('supertest', { def: 'request' });
    ctx.imp('vitest', { named: ['describe', 'it', 'expect', 'beforeAll'] });
    ctx.imp('../src/app', { named: ['createApp'] });
    return '';
  },
  wrap(ctx, e, body) {
    return `describe('${e.p} API', () => {
  let app${ctx.t(': any')};

  beforeAll(async () => {
    app = await createApp({ logger: false, rateLimit: { max: ${ctx.rng.pick(['1000', '10_000'])} } });
  });

${body.replace(/^(?=.)/gm, '  ')}});
`;
  },
  blocks: [
    (ctx, e) => `it('lists ${e.p}', async () => {
  const res = await request(app).get('/${e.p}?limit=${ctx.limit()}').expect(${ctx.s(200)});
  expect(res.body.items.length).toBeLessThanOrEqual(${ctx.limit()});
  expect(res.body.page).toBe(1);
});
`,
    (ctx, e) => `it('returns 404 for an unknown ${e.s}', async () => {
  await request(app).get('/${e.p}/does-not-exist').expect(${ctx.s(404)});
});
`,
    (ctx, e) => `it('creates a ${e.s}', async () => {
  const res = await request(app).post('/${e.p}').send({ name: 'First ${e.s}', tags: ['a', 'b'] });
  expect(res.status).toBe(${ctx.s(201)});
  expect(res.headers.location).toMatch(/^\\/${e.p}\\//);
  expect(res.body.tags).toHaveLength(2);
});
`,
    (ctx, e) => `it('rejects an invalid ${e.s}', async () => {
  const response = await request(app).post('/${e.p}').send({ name: '' });
  expect(response.statusCode).toEqual(${ctx.sp(400, 422)});
  expect(response.body.error).toContain('name');
});
`,
    (ctx, e) => `it('requires a token to delete', async () => {
  const res = await request(app).delete('/${e.p}/1');
  expect(res.status).toBe(${ctx.s(401)});
});
`,
    (ctx, e) => `it('paginates ${e.p}', async () => {
  const first = await request(app).get('/${e.p}?page=1&limit=10');
  const second = await request(app).get('/${e.p}?page=2&limit=10');
  expect(first.body.items).toHaveLength(10);
  expect(second.body.page).toBe(2);
  expect(first.body.total).toBeGreaterThan(${ctx.rng.pick(['10', '20'])});
}, ${ctx.timeout()});
`,
  ],
};

// --------------------------------------------------------------------------- Error classes

export const errorClasses = {
  langs: ['ts', 'esm', 'cjs'],
  setup(ctx) {
    ctx.usedNames.add('HttpError');
    ctx.exp('HttpError');
    return `${ctx.isCjs ? '' : 'export '}class HttpError extends Error {
  ${ctx.isTs ? 'constructor(readonly status: number, message: string, options?: ErrorOptions) {' : 'constructor(status, message, options) {'}
    super(message, options);
    this.name = 'HttpError';
    ${ctx.isTs ? '' : 'this.status = status;'}
  }
}
`;
  },
  blocks: [
    (ctx) => {
      const pairs = [
        ['NotFoundError', 404, 'Not found'],
        ['ConflictError', 409, 'Conflict'],
        ['UnauthorizedError', 401, 'Unauthorized'],
        ['ValidationError', 422, 'Invalid input'],
        ['RateLimitedError', 429, 'Slow down'],
        ['UpstreamError', 502, 'Upstream failed'],
      ];
      const [cls, code, msg] = ctx.rng.pick(pairs);
      const name = ctx.unique(cls);
      return `${ctx.exp(name)}class ${name} extends HttpError {
  constructor(message = '${msg}') {
    super(${ctx.s(code)}, message);
  }
}
`;
    },
    (ctx) => {
      const name = ctx.unique('badGateway');
      return `${ctx.exp(name)}function ${name}(cause${ctx.t(': unknown')}) {
  const err${ctx.t(': Error & { statusCode?: number }')} = new Error('Upstream failed', { cause });
  err.statusCode = ${ctx.sp(502, 504)};
  return err;
}
`;
    },
    (ctx) => {
      const name = ctx.unique('STATUS_BY_ERRNO');
      return `${ctx.exp(name)}const ${name}${ctx.t(': Record<string, number>')} = {
  ENOENT: 404,
  EACCES: 403,
  ETIMEDOUT: 504,
  ECONNREFUSED: 502,
};
`;
    },
    (ctx) => {
      const name = ctx.unique('toHttpError');
      return `${ctx.exp(name)}function ${name}(err${ctx.t(': unknown')})${ctx.t(': HttpError')} {
  if (err instanceof HttpError) return err;
  return new HttpError(${ctx.s(500)}, 'Internal error', { cause: err });
}
`;
    },
  ],
};

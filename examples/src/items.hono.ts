import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';

const app = new Hono();
const CACHE_SECONDS = 3600;

app.get('/items/:id', async (c) => {
  const item = await findItem(c.req.param('id'));
  if (!item) return c.json({ error: 'missing' }, 404);
  c.header('Cache-Control', `max-age=${CACHE_SECONDS}`);
  return c.json(item);
});

app.post('/items', async (c) => {
  const token = c.req.header('Authorization');
  if (!token) throw new HTTPException(401, { message: 'token required' });
  return c.json(await createItem(await c.req.json()), 201);
});

app.delete('/items/:id', async (c) => {
  await removeItem(c.req.param('id'));
  return c.json({ deleted: true }, 204);
});

app.get('/items/:id/stock', async (c) => {
  const stock = await findStock(c.req.param('id'));
  if (!stock) return c.json({ status: 404, error: 'no stock record' }, 200);
  return c.json(stock);
});

declare function removeItem(id: string): Promise<void>;
declare function findItem(id: string): Promise<unknown>;
declare function findStock(id: string): Promise<unknown>;
declare function createItem(body: unknown): Promise<{ id: string }>;

export default app;

import Fastify from 'fastify';

const app = Fastify({ logger: true });
const RETRY_AFTER_SECONDS = 30;

app.get('/orders/:id', async (request, reply) => {
  const order = await request.server.db.orders.find(request.params.id);
  if (!order) return reply.code(404).send({ error: 'not found' });
  order.status = 'seen';
  return order;
});

app.post('/orders', async (request, reply) => {
  if (await request.server.limiter.isLimited(request.ip)) {
    reply.header('Retry-After', String(RETRY_AFTER_SECONDS));
    return reply.code(420).send({ error: 'slow down' });
  }
  const order = await request.server.db.orders.create(request.body);
  return reply.code(201).header('Location', `/orders/${order.id}`).send(order);
});

setTimeout(() => app.close(), 500);
await app.listen({ port: 3000 });

import express, { type Request, type Response } from 'express';
import { StatusCodes } from 'http-status-codes';
import { db } from './db';

export const users = express.Router();

users.get('/', async (_req, res) => {
  const rows = await db.users.list({ limit: 100 });
  res.json(rows.slice(0, 50));
});

users.get('/:id', async (req: Request, res: Response) => {
  const user = await db.users.find(req.params.id);
  if (!user) {
    return res.status(404).json({ error: 'No such user' });
  }
  res.status(StatusCodes.OK).json(user);
});

users.post('/', async (req, res) => {
  if (!req.body.email) {
    return res.status(500).json({ error: 'email is required' });
  }
  const user = await db.users.create(req.body);
  res.location(`/users/${user.id}`).status(201).json(user);
});

users.delete('/:id', async (req, res) => {
  await db.users.remove(req.params.id);
  res.sendStatus(StatusCodes.NO_CONTENT);
});

users.delete('/', async (req, res) => {
  const removed = await Promise.all((req.body.ids as string[]).map((id) => db.users.remove(id)));
  res.status(StatusCodes.NO_CONTENT).json({ removed: removed.length });
});

users.get('/:id/avatar', (_req, res) => {
  res.status(StatusCodes.METHOD_FAILURE).end();
});

users.use((err: Error & { status?: number }, _req: Request, res: Response, _next: express.NextFunction) => {
  res.status(err.status || 500).json({ error: err.message });
});

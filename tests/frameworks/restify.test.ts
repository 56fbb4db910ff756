/**
 * Restify (a candidate of shared/frameworks.md, added as one definition): `res.send(n, body)`
 * and `res.json(n, x)` with the status first, only in files that import Restify; its
 * `res.status(n)` and `res.redirect(n, url, next)` are Express's shapes on Node's response.
 */
import { declareSiteTables } from '../helpers/front-ends';

const ESM = "import restify from 'restify';\nconst server = restify.createServer();\n";
const CJS = "const restify = require('restify');\nconst server = restify.createServer();\n";

const FOUND = [
  ['res.send(n, body)', 'server.js', `${ESM}server.get('/users/:id', (req, res, next) => { res.send(404, { message: 'x' }); return next(); });`, ['set restify 404']],
  ['res.json(n, x)', 'server.cjs', `${CJS}server.post('/users', (req, res, next) => { res.json(201, { id: 1 }); next(); });`, ['set restify 201']],
  ['res.send(n) alone', 'server.cjs', `${CJS}server.del('/users/:id', (req, res, next) => { res.send(204); next(); });`, ['set restify 204']],
  [
    'a constant and a library member',
    'server.ts',
    "import * as restify from 'restify';\nimport { StatusCodes } from 'http-status-codes';\nconst GONE = 410;\nconst server = restify.createServer();\nserver.get('/a', (req: restify.Request, res: restify.Response) => { res.send(GONE, 'x'); res.json(StatusCodes.OK, {}); });",
    ['set restify 410 (constant GONE)', 'set restify 200 (library StatusCodes.OK)'],
  ],
  // Shared with Express: the site is Express's shape on Node's response.
  ['res.status(n).send(body)', 'server.js', `${ESM}server.get('/', (req, res, next) => { res.status(400); res.send({ error: 'x' }); next(); });`, ['set express 400']],
  ['res.redirect(n, url, next)', 'server.js', `${ESM}server.get('/old', (req, res, next) => res.redirect(301, '/new', next));`, ['redirect express 301']],
] as const;

const NONE = [
  ['res.send(body) without a status', 'server.js', `${ESM}server.get('/', (req, res, next) => { res.send({ count: 200 }); next(); });`],
  ['res.send(text, n) is no Restify order', 'server.js', `${ESM}server.get('/', (req, res, next) => { res.send('hello', 200); next(); });`],
  ['res.send(n, body) outside a Restify file', 'app.js', "import express from 'express';\nconst app = express();\napp.get('/', (req, res) => res.send(404, 'x'));"],
  ['a number sent as content', 'server.js', `${ESM}server.get('/', (req, res, next) => { res.send(String(404)); next(); });`],
] as const;

declareSiteTables({ found: FOUND, none: NONE });

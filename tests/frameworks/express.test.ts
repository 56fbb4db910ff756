/**
 * Express 4/5 (the `express` row of shared/frameworks.md): `res.status`, `res.sendStatus`,
 * `res.redirect`, errors handed to `next`, and the node:http calls an Express response inherits.
 */
import { describe, expect, it } from 'vitest';
import { declareSiteTables } from '../helpers/front-ends';
import { responseFactsOf } from '../helpers/response-facts';

const ESM = "import express from 'express';\nconst app = express();\n";
const CJS = "const express = require('express');\nconst app = express();\n";

const FOUND = [
  ['res.status(n) before a send', 'app.js', `${ESM}app.post('/users', (req, res) => res.status(201).json(user));`, ['set express 201']],
  ['res.sendStatus(n) on a router', 'app.js', `${ESM}const router = express.Router();\nrouter.delete('/:id', (req, res) => res.sendStatus(204));`, ['set express 204']],
  ['res.status(n) in CommonJS', 'app.cjs', `${CJS}app.get('/', function (req, res) { res.status(404).send('Not found'); });`, ['set express 404']],
  ['a conditional status', 'app.js', `${ESM}app.get('/', (req, res) => { res.status(ok ? 200 : 404).end(); });`, ['set express 200', 'set express 404']],
  ['a status written as text', 'app.js', `${ESM}app.get('/', (req, res) => res.status('404').end());`, ["set express ? (string '404')"]],
  ['res.redirect(n, url)', 'app.js', `${ESM}app.get('/old', (req, res) => res.redirect(301, '/new'));`, ['redirect express 301']],
  ['res.redirect(url, n), the order Express 4 deprecated', 'app.cjs', `${CJS}app.get('/old', (req, res) => res.redirect('/new', 301));`, ['redirect express 301']],
  [
    'an http-status-codes member, required',
    'app.cjs',
    `${CJS}const { StatusCodes } = require('http-status-codes');\napp.post('/', (req, res) => res.status(StatusCodes.CREATED).location('/x').end());`,
    ['set express 201 (library StatusCodes.CREATED)'],
  ],
  [
    'an http-status-codes member, imported',
    'app.js',
    `import { StatusCodes } from 'http-status-codes';\n${ESM}app.get('/', (req, res) => res.sendStatus(StatusCodes.NO_CONTENT));`,
    ['set express 204 (library StatusCodes.NO_CONTENT)'],
  ],
  [
    'an http-status member, required',
    'app.cjs',
    `${CJS}const httpStatus = require('http-status');\napp.delete('/', (req, res) => res.status(httpStatus.NO_CONTENT).end());`,
    ['set express 204 (library httpStatus.NO_CONTENT)'],
  ],
  [
    "NestJS's HttpStatus",
    'app.js',
    `import { HttpStatus } from '@nestjs/common';\n${ESM}app.get('/', (req, res) => res.status(HttpStatus.ACCEPTED).end());`,
    ['set express 202 (library HttpStatus.ACCEPTED)'],
  ],
  [
    'a const, on a typed response',
    'app.ts',
    "import { Router, type Response } from 'express';\nconst CREATED = 201;\nexport const router = Router();\nrouter.post('/', (req, res: Response) => { res.status(CREATED).send(); });",
    ['set express 201 (constant CREATED)'],
  ],
  ['a response known by its name alone', 'app.ts', 'export function handler(req, res) { res.status(404).json({}); }', ['set express 404']],
  ['any receiver followed by a send', 'app.js', 'promise.status(404).json(body);', ['set express 404']],
  [
    "the error handler's status and its fallback",
    'app.js',
    `${ESM}app.use((err, req, res, next) => { res.status(err.status || 500).json({ message: err.message }); });`,
    ['set express ? (unknown err.status)', 'fallback error-object 500', 'set express 500'],
  ],
  // The property and the method are node's: an Express response is a ServerResponse.
  ['res.statusCode = n', 'app.js', `${ESM}app.get('/', (req, res) => { res.statusCode = 404; res.end(); });`, ['set node-http 404']],
  ['res.writeHead(n, headers)', 'app.cjs', `${CJS}app.get('/', (req, res) => { res.writeHead(200, { 'Content-Type': 'text/plain' }); res.end('ok'); });`, ['set node-http 200']],
  ['next(createError(n))', 'app.js', `import createError from 'http-errors';\n${ESM}app.get('/', (req, res, next) => next(createError(404)));`, ['error http-errors 404']],
  [
    'a reply typed as Express’s Response',
    'app.ts',
    "import type { Request, Response } from 'express';\nexport function create(req: Request, reply: Response) { reply.status(201).json({}); }",
    ['set express 201'],
  ],
] as const;

const NONE = [
  ['res.redirect(url): the default 302 is not written', 'app.js', `${ESM}app.get('/old', (req, res) => res.redirect('/new'));`],
  ['a status field of the body sent', 'app.js', `${ESM}app.get('/', (req, res) => res.json({ status: 400, message: 'bad' }));`],
  ['a status among the locals of a view', 'app.js', `${ESM}app.get('/', (req, res) => res.render('error', { status: 404 }));`],
  ['headers and a port', 'app.js', `${ESM}app.listen(3000);\napp.get('/', (req, res) => { res.set({ 'Retry-After': '120' }); res.type('json'); res.end(); });`],
  ['numbers that are no statuses', 'app.cjs', `${CJS}setTimeout(flush, 500);\ntask.status = 3;\ndb.find({ status: 1 });\nitems.slice(0, 200);`],
  ['x.status(n) outside server code', 'app.js', 'job.status(404);'],
] as const;



declareSiteTables({ found: FOUND, none: NONE });

describe('headers an Express response sets', () => {
  it('counts `res.type(t)` as its Content-Type', () => {
    const code = `${CJS}app.get('/x', (req, res) => { res.status(404).type('application/problem+json').json({ title: 'Not Found' }); });`;
    expect(responseFactsOf(code, 'app.js').headers).toEqual(['content-type']);
  });
});

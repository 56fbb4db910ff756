/**
 * Fastify 4/5 (the `fastify` row of shared/frameworks.md): `reply.code`, `reply.status`,
 * `reply.redirect` in both orders, and the handlers whose second parameter is a reply
 * whatever its name.
 */
import { describe, expect, it } from 'vitest';
import { declareSiteTables } from '../helpers/front-ends';
import { responseFactsOf } from '../helpers/response-facts';

const ESM = "import Fastify from 'fastify';\nconst app = Fastify();\n";
const CJS = "const Fastify = require('fastify');\nconst app = Fastify();\n";

const FOUND = [
  ['reply.code(n)', 'app.js', `${ESM}app.post('/', async (request, reply) => { reply.code(201); return { id: 1 }; });`, ['set fastify 201']],
  ['rep.status(n)', 'app.js', `${ESM}app.get('/', (request, rep) => rep.status(404).send({ error: 'x' }));`, ['set fastify 404']],
  // In a Fastify file the route handler's second parameter is a reply, even when called `res`.
  ['res.code(n) in a Fastify route', 'app.js', `${ESM}app.get('/', (req, res) => res.code(202).send());`, ['set fastify 202']],
  ['res.status(n) in a Fastify route', 'app.cjs', `${CJS}app.get('/', (req, res) => res.status(202).send());`, ['set fastify 202']],
  ['reply.redirect(url, n), Fastify 5', 'app.cjs', `${CJS}app.get('/old', (request, reply) => reply.redirect('/new', 301));`, ['redirect fastify 301']],
  ['reply.redirect(n, url), Fastify 4', 'app.cjs', `${CJS}app.get('/old', (request, reply) => reply.redirect(301, '/new'));`, ['redirect fastify 301']],
  [
    'an http-status-codes member',
    'app.cjs',
    `${CJS}const { StatusCodes } = require('http-status-codes');\napp.get('/', (request, reply) => reply.code(StatusCodes.ACCEPTED).send());`,
    ['set fastify 202 (library StatusCodes.ACCEPTED)'],
  ],
  ['the error handler’s reply of any name', 'app.js', `${ESM}app.setErrorHandler((failure, request, out) => { out.code(500).send(failure); });`, ['set fastify 500']],
  ['the not-found handler’s reply of any name', 'app.js', `${ESM}app.setNotFoundHandler((request, out) => { out.code(404).send(); });`, ['set fastify 404']],
  ['a hook’s reply', 'app.js', `${ESM}app.addHook('onRequest', (request, reply, done) => { reply.code(401).send(); });`, ['set fastify 401']],
  [
    'a const, on a FastifyReply of any name',
    'app.ts',
    "import type { FastifyReply, FastifyRequest } from 'fastify';\nconst CREATED = 201;\nexport async function create(request: FastifyRequest, out: FastifyReply) { return out.code(CREATED).send(); }",
    ['set fastify 201 (constant CREATED)'],
  ],
  ['a route inside a plugin', 'app.ts', "import fp from 'fastify-plugin';\nexport default fp(async (app) => { app.get('/', async (req, res) => { res.code(204); }); });", ['set fastify 204']],
  // The raw response is node's.
  ['reply.raw.statusCode = n', 'app.js', `${ESM}app.get('/', (request, reply) => { reply.raw.statusCode = 200; reply.raw.end(); });`, ['set node-http 200']],
  [
    "res.status(n) under require('fastify')({ … })",
    'app.cjs',
    "const app = require('fastify')({ logger: true });\napp.get('/', (req, res) => res.status(202).send());",
    ['set fastify 202'],
  ],
] as const;

const NONE = [
  ['reply.redirect(url): the default is not written', 'app.cjs', `${CJS}app.get('/old', (request, reply) => reply.redirect('/new'));`],
  ['reply.send(n): a number is content', 'app.js', `${ESM}app.get('/', (request, reply) => reply.send(404));`],
  ['reply.callNotFound()', 'app.js', `${ESM}app.get('/', (request, reply) => reply.callNotFound());`],
  [
    'headers and a port',
    'app.js',
    `${ESM}app.listen({ port: 3000 });\napp.get('/', (request, reply) => { reply.header('Retry-After', 120); reply.headers({ 'x-limit': 500 }); return 'ok'; });`,
  ],
  ['x.code(n) outside a Fastify file', 'app.js', 'coupon.code(404);'],
] as const;



declareSiteTables({ found: FOUND, none: NONE });

describe('headers a Fastify reply sets', () => {
  it('counts `reply.type(t)` as its Content-Type', () => {
    const code = `${ESM}app.get('/x', async (request, reply) => { reply.code(404).type('application/problem+json'); return { title: 'Not Found' }; });`;
    expect(responseFactsOf(code, 'app.js').headers).toEqual(['content-type']);
  });
});

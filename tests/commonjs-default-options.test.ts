/**
 * CommonJS written in `.js` files, linted with ESLint's defaults (`.js` parses as a module
 * and declares no `require`): every rule must see what it sees when the file is configured
 * as CommonJS.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index';
import { corpusFiles } from './helpers/labelled-corpus';

const ROOT = join(__dirname, '..');
// Every rule, as `configs.all` sets it: a rule whose options are required gets them there.
const ALL_RULES = plugin.configs.all.rules as Linter.RulesRecord;

function findings(code: string, languageOptions: Linter.Config['languageOptions']): string[] {
  const linter = new Linter({ configType: 'flat' });
  const config: Linter.Config[] = [{ files: ['**/*'], plugins: { 'http-status': plugin as never }, rules: ALL_RULES }];
  if (languageOptions) config.push({ files: ['**/*'], languageOptions });
  return linter
    .verify(code, config, { filename: 'app.js' })
    .map((message) => `${message.line}:${message.column} ${message.ruleId ?? 'fatal'} ${message.message}`);
}

const asDefault = (code: string) => findings(code, undefined);
const asCommonJs = (code: string) => findings(code, { sourceType: 'commonjs' });

/** One CommonJS shape per framework, each with the rule that must see through its `require`. */
const FRAMEWORK_SHAPES: readonly { framework: string; rule: string; code: string }[] = [
  {
    framework: 'Express with http-status-codes',
    rule: 'no-nonstandard-status-codes',
    code: `const express = require('express');
const { StatusCodes } = require('http-status-codes');
const app = express();
app.get('/', (req, res) => res.status(StatusCodes.IM_A_TEAPOT).send('tea'));`,
  },
  {
    framework: 'Express with http-status',
    rule: 'no-body-on-bodiless-status',
    code: `const express = require('express');
const httpStatus = require('http-status');
const router = express.Router();
router.delete('/:id', (req, res) => res.status(httpStatus.NO_CONTENT).json({ deleted: true }));`,
  },
  {
    framework: 'http-errors',
    rule: 'no-nonstandard-status-codes',
    code: `const createError = require('http-errors');
module.exports = (req, res, next) => next(createError(499, 'gone'));`,
  },
  {
    framework: 'Boom',
    rule: 'no-nonstandard-status-codes',
    code: `const Boom = require('@hapi/boom');
module.exports = () => { throw new Boom.Boom('calm down', { statusCode: 420 }); };`,
  },
  {
    framework: 'NestJS',
    rule: 'no-server-error-for-client-errors',
    code: `const { HttpException, HttpStatus } = require('@nestjs/common');
function check(body) {
  if (!body.email) throw new HttpException('email is required', HttpStatus.INTERNAL_SERVER_ERROR);
}
module.exports = { check };`,
  },
  {
    framework: 'Fastify',
    rule: 'require-location-header',
    code: `const fastify = require('fastify')();
const { StatusCodes } = require('http-status-codes');
fastify.post('/items', async (request, reply) => reply.code(StatusCodes.CREATED).send({ id: 1 }));`,
  },
  {
    framework: 'Koa',
    rule: 'no-body-on-bodiless-status',
    code: `const Koa = require('koa');
const { StatusCodes } = require('http-status-codes');
const app = new Koa();
app.use(async (ctx) => { ctx.status = StatusCodes.NO_CONTENT; ctx.body = { ok: true }; });`,
  },
  {
    framework: 'Hono',
    rule: 'no-body-on-bodiless-status',
    code: `const { Hono } = require('hono');
const { StatusCodes } = require('http-status-codes');
const app = new Hono();
app.delete('/x', (c) => c.json({ ok: true }, StatusCodes.NO_CONTENT));`,
  },
  {
    framework: 'node:http',
    rule: 'no-body-on-bodiless-status',
    code: `const http = require('node:http');
const { StatusCodes } = require('http-status-codes');
http.createServer((req, res) => { res.writeHead(StatusCodes.NOT_MODIFIED); res.end('stale'); });`,
  },
  {
    framework: 'h3',
    rule: 'no-nonstandard-status-codes',
    code: `const { createError } = require('h3');
module.exports = () => { throw createError({ statusCode: 499, statusMessage: 'gone' }); };`,
  },
  {
    framework: 'SvelteKit',
    rule: 'no-nonstandard-status-codes',
    code: `const { error } = require('@sveltejs/kit');
exports.load = () => error(420, 'calm down');`,
  },
];

describe('CommonJS in .js files under ESLint defaults', () => {
  it.each(FRAMEWORK_SHAPES)('$framework: the same findings as when configured as CommonJS', ({ rule, code }) => {
    const found = asDefault(code);
    expect(found).toEqual(asCommonJs(code));
    expect(found.some((finding) => finding.includes(`http-status/${rule} `)), found.join('\n')).toBe(true);
  });

  it('every CommonJS file of the labelled corpus, read as .js, is linted as if configured CommonJS', () => {
    const files = corpusFiles(join(ROOT, 'tests/fixtures/labelled')).filter((file) => file.endsWith('.cjs'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      const expected = asCommonJs(code);
      expect(expected.length, relative(ROOT, file)).toBeGreaterThan(0);
      expect(asDefault(code), relative(ROOT, file)).toEqual(expected);
    }
  });

  it('a require the file declares itself is not Node’s', () => {
    const code = `function require() { return {}; }
const { StatusCodes } = require('http-status-codes');
app.get('/', (req, res) => res.status(StatusCodes.IM_A_TEAPOT).send('tea'));`;
    expect(asDefault(code).filter((finding) => finding.includes('no-nonstandard'))).toEqual([]);
  });
});

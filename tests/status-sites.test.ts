/**
 * Status sites found in real public code that the spec-written corpora missed, and data
 * that merely carries a status key: every rule, through the strict configuration.
 */
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index';

const MAGIC = 'http-status/no-magic-status-codes';

function findings(code: string): string[] {
  const linter = new Linter({ configType: 'flat' });
  const config: Linter.Config[] = [
    { files: ['**/*'], ...(plugin.configs.strict as Linter.Config) },
    { files: ['**/*.ts'], languageOptions: { parser: tsParser as never } },
  ];
  return linter.verify(code, config, { filename: 'app.test.ts' }).map((message) => `${message.ruleId ?? 'fatal'} ${message.line}:${message.column}`);
}

describe('status sites of real code', () => {
  it.each([
    ['chai eq', 'expect(res.status).to.eq(201);', [`${MAGIC} 1:26`]],
    ['chai eql', 'expect(res.status).to.eql(201);', [`${MAGIC} 1:27`]],
    ['chai equals', 'expect(res.status).equals(201);', [`${MAGIC} 1:27`]],
    ['a mocked status method', 'expect(reply.status).toHaveBeenCalledWith(201);', [`${MAGIC} 1:43`]],
    ['its last call', 'expect(res.status).toHaveBeenLastCalledWith(404);', [`${MAGIC} 1:45`]],
    ['sinon', 'sinon.assert.calledWith(res.status, 404);', [`${MAGIC} 1:37`]],
    ['a list that holds the status', 'if ([401, 403].includes(res.status)) logout();', [`${MAGIC} 1:6`, `${MAGIC} 1:11`]],
    ['a list asserted to contain it', 'expect([200, 204]).toContain(res.status);', [`${MAGIC} 1:9`, `${MAGIC} 1:14`]],
    ['chai oneOf', 'expect(res.status).to.be.oneOf([200, 204]);', [`${MAGIC} 1:33`, `${MAGIC} 1:38`]],
    ['a lodash fallback', 'ctx.status = _.defaultTo(err.status, 422);', [`${MAGIC} 1:38`]],
    ['a static error builder', 'throw HttpError.fromStatus(404);', [`${MAGIC} 1:28`]],
    ['another, with a vendor code', "throw AppError.withStatusCode(544, 'x');", ['http-status/no-nonstandard-status-codes 1:31']],
  ])('%s', (_name, code, expected) => {
    expect(findings(code)).toEqual(expected);
  });
});

describe('data that carries a status key is no status site', () => {
  it.each([
    ['nested in a payload', "pagerduty.trigger({ summary: 'x', custom_details: { statusCode: 404 } });"],
    ['a log record', "logger.error({ status: 500, message: 'upstream failed' });"],
    ['console', 'console.log({ statusCode: 404 });'],
    ['a body sent', "app.get('/', (req, res) => res.status(400).json({ status: 400, message: 'bad' }));".replace('status(400)', 'status(StatusCodes.BAD_REQUEST)')],
    ['a Koa body', 'router.get("/", (ctx) => { ctx.status = 404; ctx.body = { status: 404 }; });'.replace('status = 404', 'status = HttpStatus.NOT_FOUND')],
    ['JSON text', 'const text = JSON.stringify({ statusCode: 404 });'],
    ['a table of records', "const cases = [{ status: 200, colour: 'green' }, { status: 404, colour: 'red' }];"],
    ['a record stored', 'audit.push({ status: 404, at: Date.now() });'],
    ['a template', "const html = errorTemplate({ statusCode: 404, message: 'Not Found' });"],
    ["a field of a reply's payload", 'if (response.data.meta.status !== 200) fail();'],
    ['a field of a body', 'expect(res.body.status).toBe(404);'],
  ])('%s', (_name, code) => {
    expect(findings(code)).toEqual([]);
  });

  it('a response object and an error init still are', () => {
    expect(findings("exports.handler = async () => ({ statusCode: 404, body: '' });")).toEqual([`${MAGIC} 1:46`]);
    expect(findings("next({ status: 404, message: 'x' });")).toEqual([`${MAGIC} 1:16`]);
  });
});

describe('what a handler returns as its body is data', () => {
  it.each([
    ['h3', "export default defineEventHandler(async (event) => { const data = await save(event); return { status: 201, data }; });"],
    ['h3, an arrow body', "export default eventHandler(() => ({ statusCode: 500, message: 'x' }));"],
  ])('%s', (_name, code) => {
    expect(findings(code)).toEqual([]);
  });
});

describe('the edges of data and status sites', () => {
  it.each([
    ['AWS CDK gateway settings', "new apigw.CfnGatewayResponse(this, 'x', { responseType: 'UNAUTHORIZED', statusCode: '401' });"],
    ['a mapping table', "const mapping = { statusCode: '200', label: 'OK' };"],
    ['a timeout error', 'throw TimeoutError.after(500);'],
    ['a retry error', 'throw RetryError.withDelay(300);'],
    ['a logger reached through the request', "request.log.error({ statusCode: 500, err }, 'failed');"],
    ['an injected logger', 'this.logger.error({ status: 500, message });'],
    ['a span', 'span.setAttributes({ statusCode: 500 });'],
    ['a cache', 'this.cache.set(key, { status: 500 });'],
    ['a body with a cast', "app.get('/', (req, res) => res.status(StatusCodes.BAD_REQUEST).json({ status: 400, message: 'bad' } as ErrorBody));"],
    ['an h3 handler object', 'export default defineEventHandler({ handler: () => ({ status: 201 }) });'],
  ])('%s is no status site', (_name, code) => {
    expect(findings(code)).toEqual([]);
  });

  it.each([
    ['a Next.js redirect', "export async function getServerSideProps() { return { redirect: { destination: '/', statusCode: 301 } }; }", [`${MAGIC} 1:97`]],
    ['a Next.js redirect rule', "module.exports = { redirects: async () => [{ source: '/a', destination: '/b', statusCode: 301 }] };", [`${MAGIC} 1:91`]],
    ['an Apollo error', "throw new GraphQLError('x', { extensions: { http: { status: 403 } } });", [`${MAGIC} 1:61`]],
    ['an axios error mock', 'axios.get.mockRejectedValue({ response: { status: 401 } });', [`${MAGIC} 1:51`]],
    ['a response formatter', "return formatResponse({ statusCode: 404, body: 'gone' });", [`${MAGIC} 1:37`]],
    ['a name that only contains a text word', 'reviewStatus({ status: 404 });', [`${MAGIC} 1:24`]],
    ["Fastify's code method, mocked", 'expect(reply.code).toHaveBeenCalledWith(404);', [`${MAGIC} 1:41`]],
    ['sendStatus, mocked', 'expect(res.sendStatus).toHaveBeenCalledWith(404);', [`${MAGIC} 1:45`]],
    ['the nth call', 'expect(res.status).toHaveBeenNthCalledWith(1, 404);', [`${MAGIC} 1:47`]],
    ['a Lambda result with a string status', "exports.handler = async () => ({ statusCode: '404', body: '' });", ["http-status/no-nonstandard-status-codes 1:46"]],
  ])('%s is a status site', (_name, code, expected) => {
    expect(findings(code)).toEqual(expected);
  });
});

/**
 * Response objects of any framework: a `status`, `statusCode`, `httpStatus` or
 * `httpStatusCode` key in an object that is not data (a Lambda result, an init, an error's
 * fields), and the same key in a test's expected object.
 */
import { declareSiteTables } from '../helpers/front-ends';

const FOUND = [
  ['a Lambda result', 'handler.js', "export const handler = async () => ({ statusCode: 404, body: '' });", ['set response-object 404']],
  ['a result returned with headers', 'handler.js', "export const handler = async () => { return { statusCode: 201, headers: { Location: '/1' }, body: '{}' }; };", ['set response-object 201']],
  ['a result handed to the callback', 'handler.cjs', "exports.handler = (event, context, callback) => callback(null, { statusCode: 200, body: 'ok' });", ['set response-object 200']],
  [
    'an http-status-codes member',
    'handler.cjs',
    "const { StatusCodes } = require('http-status-codes');\nexports.handler = async () => ({ statusCode: StatusCodes.ACCEPTED, body: '' });",
    ['set response-object 202 (library StatusCodes.ACCEPTED)'],
  ],
  [
    'a const, in a typed result',
    'handler.ts',
    "const NO_CONTENT = 204;\nexport const handler = async (): Promise<APIGatewayProxyResult> => ({ statusCode: NO_CONTENT, body: '' });",
    ['set response-object 204 (constant NO_CONTENT)'],
  ],
  ['a status written as text, answered', 'handler.ts', "export const handler = async () => ({ statusCode: '404', body: '' });", ["set response-object ? (string '404')"]],
  ['an error init handed to next', 'app.js', "next({ status: 404, message: 'Not found' });", ['set response-object 404']],
  ['httpStatus and httpStatusCode', 'app.ts', 'respond({ httpStatus: 409, body });\nconst response = { httpStatusCode: 429 } as const;', ['set response-object 409', 'set response-object 429']],
  ['an expected object in a test', 'app.test.ts', 'expect(res).toEqual({ status: 200 });', ['assert response-object 200']],
  ['a mocked response', 'app.test.ts', 'fetchMock.mockResolvedValue({ status: 503 });', ['assert response-object 503']],
  ['an expected object wrapped in objectContaining', 'app.test.ts', 'expect(fetchMock).toHaveBeenCalledWith(expect.objectContaining({ status: 200 }));', ['assert response-object 200']],
] as const;

const NONE = [
  ['a status that is no code', 'app.js', "db.find({ status: 1 });\nupdate({ status: 'active' });"],
  ['a mapping with a code as text, not answered', 'app.js', "const mapping = { statusCode: '200', label: 'OK' };"],
  ['a table of records', 'app.js', "const rows = [{ status: 200, colour: 'green' }, { status: 404, colour: 'red' }];"],
  ['JSON text', 'app.js', 'const text = JSON.stringify({ statusCode: 404 });'],
  ['a payload nested in another', 'app.js', "pagerduty.trigger({ summary: 'x', details: { statusCode: 404 } });"],
  ['a log record', 'app.js', "logger.error({ status: 500, message: 'failed' });"],
  ['codes as keys and values of a lookup table', 'app.js', "const codes = { NOT_FOUND: 404, 404: 'Not Found' };"],
] as const;



declareSiteTables({ found: FOUND, none: NONE });

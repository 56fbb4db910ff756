/**
 * Clients and middleware reading a received status (the clients row of shared/frameworks.md):
 * comparisons, `switch` cases and list membership with `response.status`, `res.statusCode`,
 * `err.response?.status`, `status`, `response.status()`. Range checks are no codes.
 */
import { declareSiteTables } from '../helpers/front-ends';

const FOUND = [
  ['response.status === n', 'client.js', 'const response = await fetch(url);\nif (response.status === 404) missing();', ['compare client 404']],
  ['n === res.status', 'client.js', 'if (404 === res.status) missing();', ['compare client 404']],
  ['res.statusCode !== n', 'client.cjs', "const http = require('node:http');\nhttp.get(url, (res) => { if (res.statusCode !== 200) res.resume(); });", ['compare client 200']],
  ['switch (res.status)', 'client.js', 'switch (res.status) { case 401: login(); break; case 403: deny(); break; default: }', ['compare client 401', 'compare client 403']],
  ['err.response?.status === n', 'client.js', 'try { await axios.get(url); } catch (err) { if (err.response?.status === 401) logout(); }', ['compare client 401']],
  ['a destructured status', 'client.js', 'const { status } = await fetch(url);\nif (status === 429) wait();', ['compare client 429']],
  ['[…].includes(res.status)', 'client.js', 'if ([502, 503, 504].includes(res.status)) retry();', ['compare client 502', 'compare client 503', 'compare client 504']],
  ['a vendor code beyond 599', 'client.js', 'if (res.status == 999) blocked();', ['compare client 999']],
  ['response.status() of Playwright', 'client.ts', 'const response = await page.goto(url);\nif (response!.status() === 404) fail();', ['compare client 404']],
  ['an http-status-codes member', 'client.ts', "import { StatusCodes } from 'http-status-codes';\nif (res.status === StatusCodes.UNAUTHORIZED) logout();", ['compare client 401 (library StatusCodes.UNAUTHORIZED)']],
  ['a const', 'client.ts', 'const NOT_MODIFIED = 304;\nif (res.status !== NOT_MODIFIED) update();', ['compare client 304 (constant NOT_MODIFIED)']],
  [
    'got’s statusCode, required',
    'client.cjs',
    "const got = require('got');\nmodule.exports = async () => { const res = await got(url, { throwHttpErrors: false }); return res.statusCode === 204; };",
    ['compare client 204'],
  ],
] as const;

const NONE = [
  ['range checks', 'client.js', 'if (res.status >= 500) retry();\nif (res.status > 399 && res.status < 500) warn();'],
  ['the class of a status', 'client.js', 'if (Math.floor(res.status / 100) === 4) clientError();'],
  ['a status that is no code', 'client.js', "if (task.status === 3) done();\nif (order.status === 'paid') ship();\nif (res.status === 0) offline();"],
  ['a field of the payload', 'client.js', 'if (res.data.status === 200) ok();'],
  ['a number compared with no status', 'client.js', 'if (count === 404) odd();'],
] as const;

declareSiteTables({ found: FOUND, none: NONE });

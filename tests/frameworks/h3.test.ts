/**
 * h3 / Nitro / Nuxt server routes (the `h3` row of shared/frameworks.md):
 * `setResponseStatus(event, n)`, `sendRedirect(event, location, n)`, `redirect(location, n)`,
 * `createError({ statusCode })`, `new HTTPError(…, { status })`, imported or auto-imported.
 * An init object's status key is a site of its own too; rules take the outer one.
 */
import { declareSiteTables } from '../helpers/front-ends';

const FOUND = [
  [
    'setResponseStatus(event, n)',
    'server/api/users.post.ts',
    "import { defineEventHandler, setResponseStatus } from 'h3';\nexport default defineEventHandler((event) => { setResponseStatus(event, 201); return { id: 1 }; });",
    ['set h3 201'],
  ],
  [
    'setResponseStatus auto-imported by Nuxt',
    'server/api/users.post.ts',
    'export default defineEventHandler((event) => { setResponseStatus(event, 201); return { id: 1 }; });',
    ['set h3 201'],
  ],
  [
    'createError({ statusCode }) auto-imported',
    'server/api/users.get.ts',
    "export default defineEventHandler(() => { throw createError({ statusCode: 404, statusMessage: 'Not found' }); });",
    ['error h3 404', 'set response-object 404'],
  ],
  [
    'createError({ status }) imported',
    'server/api/users.get.ts',
    "import { createError } from 'h3';\nexport default defineEventHandler(() => { throw createError({ status: 404, message: 'Not found' }); });",
    ['error h3 404', 'set response-object 404'],
  ],
  [
    'new HTTPError({ status })',
    'server/api/users.get.ts',
    "import { HTTPError } from 'h3';\nexport default defineEventHandler(() => { throw new HTTPError({ status: 404, message: 'x' }); });",
    ['error h3 404', 'set response-object 404'],
  ],
  [
    'sendRedirect(event, location, n)',
    'server/api/old.ts',
    "import { sendRedirect } from 'h3';\nexport default defineEventHandler((event) => sendRedirect(event, '/new', 301));",
    ['redirect h3 301'],
  ],
  ['redirect(location, n), h3 2', 'server/api/old.ts', "import { redirect } from 'h3';\nexport default defineEventHandler(() => redirect('/new', 308));", ['redirect h3 308']],
  [
    'an http-status-codes member',
    'server/api/x.js',
    "import { setResponseStatus } from 'h3';\nimport { StatusCodes } from 'http-status-codes';\nexport default defineEventHandler((event) => { setResponseStatus(event, StatusCodes.ACCEPTED); });",
    ['set h3 202 (library StatusCodes.ACCEPTED)'],
  ],
  [
    'a const, and createError, required',
    'server/api/x.cjs',
    "const { createError, setResponseStatus } = require('h3');\nconst GONE = 410;\nmodule.exports = (event) => { setResponseStatus(event, GONE); throw createError({ statusCode: 500 }); };",
    ['set h3 410 (constant GONE)', 'error h3 500', 'set response-object 500'],
  ],
  // Node's response under the event.
  ['event.node.res.statusCode = n', 'server/api/x.ts', "export default defineEventHandler((event) => { event.node.res.statusCode = 202; return 'x'; });", ['set node-http 202']],
  [
    'new HTTPError(message, { status })',
    'server/api/users.get.ts',
    "import { HTTPError } from 'h3';\nexport default defineEventHandler(() => { throw new HTTPError('Not found', { status: 404 }); });",
    ['error h3 404', 'set response-object 404'],
  ],
  [
    'h3.setResponseStatus(event, n) through a namespace import',
    'server/api/x.ts',
    "import * as h3 from 'h3';\nexport default h3.defineEventHandler((event) => { h3.setResponseStatus(event, 201); });",
    ['set h3 201'],
  ],
] as const;

const NONE = [
  ['sendRedirect(event, location): the default is not written', 'server/api/old.ts', "import { sendRedirect } from 'h3';\nexport default defineEventHandler((event) => sendRedirect(event, '/new'));"],
  [
    'setResponseHeader(event, name, value)',
    'server/api/x.ts',
    "import { defineEventHandler, setResponseHeader } from 'h3';\nexport default defineEventHandler((event) => { setResponseHeader(event, 'Retry-After', '120'); return 'x'; });",
  ],
  ['a status field of the body returned', 'server/api/x.ts', 'export default defineEventHandler(() => ({ status: 201, data: [] }));'],
  ['a local setResponseStatus', 'server/api/x.ts', 'function setResponseStatus(event, code) {}\nsetResponseStatus(event, 201);'],
  [
    'a query default',
    'server/api/x.ts',
    "import { getQuery } from 'h3';\nexport default defineEventHandler((event) => { const { limit = 500 } = getQuery(event); return list(limit); });",
  ],
] as const;

const WRONG_TODAY = [
  // `event.res` is taken for a response, and `x.status = n` on a response for Koa's.
  ['event.res.status = n, h3 2', 'server/api/x.ts', "export default defineEventHandler((event) => { event.res.status = 202; return 'x'; });", ['set h3 202']],
] as const;

declareSiteTables({ found: FOUND, none: NONE, wrongToday: WRONG_TODAY });

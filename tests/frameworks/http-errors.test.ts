/**
 * http-errors (its row of shared/frameworks.md): `createError(n[, msg])` in either order,
 * called or constructed, under any local name, imported or required.
 */
import { declareSiteTables } from '../helpers/front-ends';

const ESM = "import createError from 'http-errors';\n";

const FOUND = [
  ['next(createError(n))', 'app.js', `${ESM}export const guard = (req, res, next) => next(createError(404));`, ['error http-errors 404']],
  ['createError(n, message)', 'app.js', `${ESM}throw createError(401, 'Please log in');`, ['error http-errors 401']],
  ['createError(message, n)', 'app.js', `${ESM}throw createError('Please log in', 401);`, ['error http-errors 401']],
  ['createError(n, message, props)', 'app.js', `${ESM}throw createError(404, 'x', { expose: false });`, ['error http-errors 404']],
  ['new, under another name', 'app.js', "import createHttpError from 'http-errors';\nthrow new createHttpError(409);", ['error http-errors 409']],
  ['createError(status || fallback)', 'app.js', `${ESM}throw createError(err.status || 500);`, ['error http-errors ? (unknown err.status)', 'fallback error-object 500', 'error http-errors 500']],
  ['required', 'app.cjs', "const createError = require('http-errors');\nmodule.exports = (req, res, next) => next(createError(500, 'x'));", ['error http-errors 500']],
  [
    'an http-status-codes member, required under another name',
    'app.cjs',
    "const httpErrors = require('http-errors');\nconst { StatusCodes } = require('http-status-codes');\nthrow httpErrors(StatusCodes.BAD_REQUEST);",
    ['error http-errors 400 (library StatusCodes.BAD_REQUEST)'],
  ],
  [
    'a const, in TypeScript',
    'app.ts',
    "import createError, { type HttpError } from 'http-errors';\nconst CONFLICT = 409;\nexport function conflict(): HttpError { return createError(CONFLICT, 'Taken'); }",
    ['error http-errors 409 (constant CONFLICT)'],
  ],
  // Undeclared, `createError` is Nuxt's auto-import: h3's.
  ['createError(n) not imported', 'app.js', 'throw createError(404);', ['error h3 404']],
  ['require(…)(n)', 'app.cjs', "module.exports = (req, res, next) => next(require('http-errors')(403));", ['error http-errors 403']],
  ['a namespace import called', 'app.ts', "import * as createError from 'http-errors';\nthrow createError(404);", ['error http-errors 404']],
  ['import createError = require(…)', 'app.ts', "import createError = require('http-errors');\nthrow createError(404);", ['error http-errors 404']],
] as const;

const NONE = [
  ['the named constructors, whose status is their name', 'app.js', `${ESM}throw new createError.NotFound();\nthrow createError.Forbidden('x');`],
  ['createError(error) without a code', 'app.js', `${ESM}throw createError(err);`],
  ['a local createError', 'app.js', 'function createError(code) { return new Error(String(code)); }\nthrow createError(404);'],
  ['a createError imported from elsewhere', 'app.js', "import { createError } from './errors';\nthrow createError(404);"],
] as const;



declareSiteTables({ found: FOUND, none: NONE });

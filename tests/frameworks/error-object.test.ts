/**
 * Error objects of any framework (their row of shared/frameworks.md): `err.status = n` on
 * error-like receivers, project error classes given a literal status (`new AppError(msg, 404)`),
 * status fields of error classes, static builders, and the fallback of `err.status || 500`.
 */
import { declareSiteTables } from '../helpers/front-ends';

const FOUND = [
  ['err.status = n before next(err)', 'app.js', "export function check(next) { const err = new Error('Not found'); err.status = 404; next(err); }", ['error error-object 404']],
  ['new AppError(message, n)', 'app.js', "throw new AppError('Not found', 404);", ['error error-object 404']],
  ['new ApiError(n, message)', 'app.js', "throw new ApiError(404, 'Not found');", ['error error-object 404']],
  ['an …Exception class', 'app.ts', "throw new NotFoundException('User', 404);", ['error error-object 404']],
  ['a class read from a namespace', 'app.js', "throw new errors.HttpError('x', 502);", ['error error-object 502']],
  ['required from the project', 'app.cjs', "const { AppError } = require('./errors');\nmodule.exports = () => { throw new AppError('Forbidden', 403); };", ['error error-object 403']],
  ['an http-status-codes member', 'app.js', "import { StatusCodes } from 'http-status-codes';\nthrow new ApiError(StatusCodes.CONFLICT, 'Taken');", ['error error-object 409 (library StatusCodes.CONFLICT)']],
  ['a status field of an error class', 'app.ts', 'class NotFound extends HttpError { status = 404; }', ['error error-object 404']],
  ['a statusCode field of an …Error class', 'app.ts', 'class NotFoundError extends Error { statusCode = 404; }', ['error error-object 404']],
  ['a static builder', 'app.js', 'throw HttpError.fromStatus(404);', ['error error-object 404']],
  ['err.status || n', 'app.js', "app.use((err, req, res, next) => { const status = err.status || 500; res.status(status).end(); });", ['fallback error-object 500', 'set express ? (unknown status)']],
  ['err.statusCode ?? n', 'app.ts', 'export const code = (err: Error & { statusCode?: number }) => err.statusCode ?? 500;', ['fallback error-object 500']],
  ['_.defaultTo(err.status, n)', 'app.cjs', "const _ = require('lodash');\nmodule.exports = (err) => _.defaultTo(err.status, 500);", ['fallback error-object 500']],
  ['err.statusCode = n before throw err', 'app.js', "export function check() { const err = new Error('Invalid'); err.statusCode = 422; throw err; }", ['error error-object 422']],
  ['error.statusCode = n, required', 'app.cjs', "module.exports = () => { const error = new Error('Invalid'); error.statusCode = 422; throw error; };", ['error error-object 422']],
] as const;

const NONE = [
  ['built-in errors', 'app.js', "throw new Error('Failed', 500);\nthrow new TypeError(404);"],
  ['a number that is no status', 'app.js', "throw new AppError('x', 42);\nthrow new AppError('Too slow', { timeout: 500 });"],
  // By design: a local constant handed to an error class may be anything (a count, a delay).
  ['a const handed to an error class', 'app.js', "const CONFLICT = 409;\nthrow new ApiError(CONFLICT, 'Taken');"],
  ['a static status field, a class that is no error', 'app.ts', 'class NotFoundError extends Error { static status = 404; }\nclass Task { status = 404; }'],
  ['a builder that takes no status', 'app.js', 'throw TimeoutError.after(500);'],
  ['err.code = n', 'app.js', "err.code = 404;\nerr.code = 'ENOENT';"],
] as const;



declareSiteTables({ found: FOUND, none: NONE });

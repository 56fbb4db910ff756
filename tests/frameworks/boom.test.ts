/**
 * @hapi/boom (its row of shared/frameworks.md): `new Boom(msg, { statusCode })` and
 * `boomify(err, { statusCode })`; the named helpers carry their status in their name. The
 * options object's `statusCode` key is a site of its own too; rules take the outer one.
 */
import { declareSiteTables } from '../helpers/front-ends';

const FOUND = [
  ['new Boom(message, { statusCode })', 'app.js', "import { Boom } from '@hapi/boom';\nthrow new Boom('Calm down', { statusCode: 429 });", ['error boom 429', 'set response-object 429']],
  ['new Boom.Boom, required', 'app.cjs', "const Boom = require('@hapi/boom');\nthrow new Boom.Boom('Calm down', { statusCode: 429 });", ['error boom 429', 'set response-object 429']],
  ['Boom.boomify(err, { statusCode }), required', 'app.cjs', "const Boom = require('@hapi/boom');\nmodule.exports = (err) => Boom.boomify(err, { statusCode: 400 });", ['error boom 400', 'set response-object 400']],
  ['boomify imported', 'app.js', "import { boomify } from '@hapi/boom';\nexport const wrap = (err) => boomify(err, { statusCode: 502 });", ['error boom 502', 'set response-object 502']],
  ['new Boom.Boom through a namespace import', 'app.js', "import * as Boom from '@hapi/boom';\nthrow new Boom.Boom('x', { statusCode: 451 });", ['error boom 451', 'set response-object 451']],
  [
    'an http-status-codes member',
    'app.ts',
    "import { Boom } from '@hapi/boom';\nimport { StatusCodes } from 'http-status-codes';\nthrow new Boom('x', { statusCode: StatusCodes.TOO_MANY_REQUESTS });",
    ['error boom 429 (library StatusCodes.TOO_MANY_REQUESTS)', 'set response-object 429 (library StatusCodes.TOO_MANY_REQUESTS)'],
  ],
  ['a const', 'app.ts', "import { Boom } from '@hapi/boom';\nconst LOCKED = 423;\nthrow new Boom('x', { statusCode: LOCKED });", ['error boom 423 (constant LOCKED)', 'set response-object 423 (constant LOCKED)']],
  // Not Boom's: only the `statusCode` key is left.
  ['a local Boom class', 'app.js', "class Boom { constructor(message, options) {} }\nthrow new Boom('x', { statusCode: 429 });", ['set response-object 429']],
  // Boom's own way to change a status, read as the generic `x.statusCode = n`.
  ['err.output.statusCode = n', 'app.js', "import * as Boom from '@hapi/boom';\nconst err = Boom.badRequest('x');\nerr.output.statusCode = 422;\nerr.reformat();", ['set node-http 422']],
  ['new Boom.Boom through a default import', 'app.ts', "import Boom from '@hapi/boom';\nthrow new Boom.Boom('x', { statusCode: 503 });", ['error boom 503', 'set response-object 503']],
  ['Boom.boomify through a default import of boom', 'app.js', "import Boom from 'boom';\nthrow Boom.boomify(err, { statusCode: 400 });", ['error boom 400', 'set response-object 400']],
] as const;

const NONE = [
  ['the named helpers', 'app.js', "import * as Boom from '@hapi/boom';\nthrow Boom.notFound('Missing');\nthrow Boom.unauthorized('Log in', 'Bearer');\nthrow Boom.methodNotAllowed('No', null, ['GET']);"],
  ['new Boom(message): the default is not written', 'app.js', "import { Boom } from '@hapi/boom';\nthrow new Boom('x');"],
  ['options without a status', 'app.js', "import { Boom } from '@hapi/boom';\nthrow new Boom('x', { ctor: fn, decorate: { retryAfter: 500 } });"],
  ['isBoom(err, n) checks a status', 'app.js', "import { isBoom } from '@hapi/boom';\nif (isBoom(err, 404)) retry();"],
] as const;



declareSiteTables({ found: FOUND, none: NONE });

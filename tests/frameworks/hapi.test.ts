/**
 * hapi (its status shapes go through the response toolkit `h`): `h.response(x).code(n)`,
 * `h.redirect(url).code(n)`, on a toolkit known by its name or its `ResponseToolkit` type.
 */
import { declareSiteTables } from '../helpers/front-ends';

const ESM = "import Hapi from '@hapi/hapi';\nconst server = Hapi.server();\n";
const route = (handler: string) => `server.route({ method: 'GET', path: '/', handler: ${handler} });`;

const FOUND = [
  ['h.response(x).code(n)', 'server.js', ESM + route('(request, h) => h.response({ id: 1 }).code(201)'), ['set hapi 201']],
  ['h.redirect(url).code(n)', 'server.js', ESM + route("(request, h) => h.redirect('/new').code(301)"), ['set hapi 301']],
  ['a method handler', 'server.js', `${ESM}server.route({ method: 'POST', path: '/', handler(request, h) { return h.response().code(202); } });`, ['set hapi 202']],
  ['a longer chain', 'server.js', ESM + route("(request, h) => h.response('x').takeover().code(401)"), ['set hapi 401']],
  [
    'an http-status-codes member, required',
    'server.cjs',
    `const Hapi = require('@hapi/hapi');\nconst { StatusCodes } = require('http-status-codes');\nconst server = Hapi.server();\n${route('(request, h) => h.response().code(StatusCodes.NO_CONTENT)')}`,
    ['set hapi 204 (library StatusCodes.NO_CONTENT)'],
  ],
  [
    'a const, on a ResponseToolkit of any name',
    'server.ts',
    "import type { Request, ResponseToolkit } from '@hapi/hapi';\nconst CREATED = 201;\nexport const create = (request: Request, toolkit: ResponseToolkit) => toolkit.response({}).code(CREATED);",
    ['set hapi 201 (constant CREATED)'],
  ],
  [
    'a qualified Hapi.ResponseToolkit type',
    'server.ts',
    "import type * as Hapi from '@hapi/hapi';\nexport const gone = (request: Hapi.Request, tk: Hapi.ResponseToolkit) => tk.response().code(410);",
    ['set hapi 410'],
  ],
  [
    'a status before a header',
    'server.ts',
    "import type { Request, ResponseToolkit } from '@hapi/hapi';\nexport const create = (request: Request, h: ResponseToolkit) => h.response({}).code(201).header('Location', '/1');",
    ['set hapi 201'],
  ],
  [
    'a Boom’s status compared in onPreResponse',
    'server.js',
    `${ESM}server.ext('onPreResponse', (request, h) => { const { response } = request; if (response.isBoom && response.output.statusCode === 404) return h.view('404').code(404); return h.continue; });`,
    ['compare client 404', 'set hapi 404'],
  ],
  [
    'code(n) on the response object h.response() made',
    'server.js',
    ESM + route("(request, h) => { const response = h.response('x'); response.code(202); return response; }"),
    ['set hapi 202'],
  ],
] as const;

const NONE = [
  ['a port and a timeout', 'server.js', "import Hapi from '@hapi/hapi';\nconst server = Hapi.server({ port: 3000 });\n" + route("(request, h) => 'ok', options: { timeout: { server: 500 } }")],
  ['h called, x.code(n) on no toolkit', 'server.js', `${ESM}h(404);\ncoupon.code(404);`],
] as const;



declareSiteTables({ found: FOUND, none: NONE });

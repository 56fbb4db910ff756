/**
 * node:http (the `node:http` row of shared/frameworks.md): `res.writeHead(n[, msg][, headers])`
 * and `res.statusCode = n`, on the response a server hands its listener.
 */
import { declareSiteTables } from '../helpers/front-ends';

const FOUND = [
  [
    'writeHead(n, headers)',
    'server.js',
    "import http from 'node:http';\nhttp.createServer((req, res) => { res.writeHead(404, { 'Content-Type': 'text/plain' }); res.end('Not found'); });",
    ['set node-http 404'],
  ],
  [
    'statusCode = n on a named import’s listener',
    'server.js',
    "import { createServer } from 'node:http';\ncreateServer((request, response) => { response.statusCode = 204; response.end(); });",
    ['set node-http 204'],
  ],
  [
    'writeHead(n, message, headers) in a request listener of any name',
    'server.cjs',
    "const http = require('http');\nconst server = http.createServer();\nserver.on('request', (req, out) => { out.writeHead(201, 'Created', { Location: '/x' }); out.end(); });",
    ['set node-http 201'],
  ],
  [
    'statusCode = n in a request listener of any name',
    'server.cjs',
    "const http = require('http');\nhttp.createServer().on('request', (req, out) => { out.statusCode = 201; out.end(); });",
    ['set node-http 201'],
  ],
  [
    'an http-status-codes member',
    'server.cjs',
    "const http = require('http');\nconst { StatusCodes } = require('http-status-codes');\nhttp.createServer((req, res) => { res.statusCode = StatusCodes.NOT_FOUND; res.end(); });",
    ['set node-http 404 (library StatusCodes.NOT_FOUND)'],
  ],
  [
    'a const, on a typed ServerResponse',
    'server.ts',
    "import type { ServerResponse } from 'node:http';\nconst NOT_MODIFIED = 304;\nexport function notModified(target: ServerResponse) { target.writeHead(NOT_MODIFIED); target.end(); }",
    ['set node-http 304 (constant NOT_MODIFIED)'],
  ],
  [
    'a literal, on a typed ServerResponse',
    'server.ts',
    "import type { ServerResponse } from 'node:http';\nexport function notModified(target: ServerResponse) { target.statusCode = 304; target.end(); }",
    ['set node-http 304'],
  ],
  [
    'https, with a received status compared',
    'server.js',
    "import https from 'node:https';\nhttps.createServer(options, (req, res) => { res.writeHead(upstream.statusCode === 200 ? 200 : 502); res.end(); });",
    ['compare client 200', 'set node-http 200', 'set node-http 502'],
  ],
  // `writeHead` and `statusCode` name HTTP whatever the receiver, when the value is a status.
  ['writeHead(n) on any receiver', 'server.js', 'stream.writeHead(200);', ['set node-http 200']],
  ['statusCode = n on any receiver', 'server.js', 'record.statusCode = 404;', ['set node-http 404']],
] as const;

const NONE = [
  ['numbers written or ended as content', 'server.js', "import http from 'node:http';\nhttp.createServer((req, res) => { res.write(404); res.end(500); });"],
  ['a header and a timeout', 'server.js', "import http from 'node:http';\nconst server = http.createServer((req, res) => { res.setHeader('Retry-After', 120); res.end(); });\nserver.listen(8080);\nserver.setTimeout(500);"],
  ['statusMessage', 'server.js', "import http from 'node:http';\nhttp.createServer((req, res) => { res.statusMessage = 'Not Found'; res.end(); });"],
  ['statusCode = n that is no status', 'server.js', 'task.statusCode = 3;'],
] as const;

declareSiteTables({ found: FOUND, none: NONE });

/**
 * Tests asserting a status (the tests row of shared/frameworks.md): Jest/Vitest `expect`,
 * supertest's `.expect(n)`, chai and chai-http, `should`, node's `assert`, ava, and matchers
 * on mocked status methods.
 */
import { declareSiteTables } from '../helpers/front-ends';

const FOUND = [
  ['expect(res.status).toBe(n)', 'app.test.ts', 'expect(res.status).toBe(201);', ['assert test 201']],
  ['expect(res.statusCode).toEqual(n)', 'app.test.ts', 'expect(res.statusCode).toEqual(404);', ['assert test 404']],
  ['a negated matcher', 'app.test.ts', 'expect(response.status).not.toBe(500);', ['assert test 500']],
  ['supertest’s .expect(n)', 'app.test.js', "import request from 'supertest';\nawait request(app).get('/').expect(200);", ['assert test 200']],
  [
    'supertest, after a header expectation',
    'app.test.js',
    "import request from 'supertest';\nawait request(app).post('/').send({}).expect('Content-Type', /json/).expect(201);",
    ['assert test 201'],
  ],
  [
    'supertest with an http-status-codes member, required',
    'app.test.cjs',
    "const request = require('supertest');\nconst { StatusCodes } = require('http-status-codes');\nit('finds nothing', () => request(app).get('/').expect(StatusCodes.NOT_FOUND));",
    ['assert test 404 (library StatusCodes.NOT_FOUND)'],
  ],
  ['chai-http', 'app.test.js', 'expect(res).to.have.status(200);\nres.should.have.status(204);', ['assert test 200', 'assert test 204']],
  ['a status matcher', 'app.test.ts', 'expect(res).toHaveStatus(404);', ['assert test 404']],
  ['node’s assert, either side', 'app.test.js', 'assert.equal(res.status, 404);\nassert.strictEqual(403, res.statusCode);', ['assert test 404', 'assert test 403']],
  ['ava', 'app.test.js', 't.is(res.status, 200);', ['assert test 200']],
  ['a mocked status method', 'app.test.ts', 'expect(res.status).toHaveBeenCalledWith(404);\nexpect(reply.code).toHaveBeenCalledWith(201);', ['assert test 404', 'assert test 201']],
  ['a list of codes', 'app.test.ts', 'expect([200, 204]).toContain(res.status);\nexpect(res.status).to.be.oneOf([301, 308]);', ['assert test 200', 'assert test 204', 'assert test 301', 'assert test 308']],
  ['toHaveProperty', 'app.test.ts', "expect(res).toHaveProperty('status', 404);", ['assert test 404']],
  ['a const', 'app.test.ts', 'const CREATED = 201;\nexpect(res.status).toBe(CREATED);', ['assert test 201 (constant CREATED)']],
] as const;

const NONE = [
  ['a length, a count', 'app.test.ts', 'expect(items.length).toBe(200);\nexpect(count).toBe(404);'],
  ['a status field of the body', 'app.test.ts', 'expect(res.body.status).toBe(404);'],
  ['assert.equal on no status', 'app.test.js', 'assert.equal(total, 500);'],
  ['a range', 'app.test.ts', 'expect(res.status).toBeGreaterThanOrEqual(400);'],
  ['a status that is no code', 'app.test.ts', 'expect(res.status).toBe(1);'],
] as const;

declareSiteTables({ found: FOUND, none: NONE });

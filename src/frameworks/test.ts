import { defineFramework } from './define';

/** Test assertions on a status: jest, vitest, chai (and chai-http), supertest, node:assert, ava, sinon. */
export const TEST = defineFramework({
  id: 'test',
  displayName: 'a test assertion',
  modules: ['supertest', 'vitest', '@jest/globals', 'chai', 'node:assert', 'assert', 'ava', 'sinon'],
  // A supertest file often builds the app it drives, so a bare `x.status(404)` there is HTTP.
  serverModules: ['supertest'],
  assertions: {
    expectCalls: ['expect'],
    chainProperties: ['should'],
    matchers: ['toBe', 'toEqual', 'toStrictEqual', 'equal', 'equals', 'eq', 'eql', 'strictEqual', 'status', 'toHaveStatus', 'toHaveStatusCode'],
    callMatchers: [
      'toHaveBeenCalledWith',
      'toHaveBeenLastCalledWith',
      'toBeCalledWith',
      'lastCalledWith',
      'calledWith',
      'calledOnceWith',
      'calledWithExactly',
    ],
    nthCallMatchers: ['toHaveBeenNthCalledWith', 'nthCalledWith'],
    listSubjectMatchers: ['toContain', 'toContainEqual'],
    listArgumentMatchers: ['oneOf'],
    propertyMatchers: ['toHaveProperty'],
    assertFunctions: ['equal', 'strictEqual', 'deepEqual', 'deepStrictEqual', 'notEqual', 'notStrictEqual', 'calledWith'],
    assertShorthands: ['is'],
  },
});

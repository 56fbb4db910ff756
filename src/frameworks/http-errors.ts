import { defineFramework, moduleSource } from './define';

/** http-errors, which Express and Koa use for their errors: `createError(404)`, `createError(404, msg)`. */
export const HTTP_ERRORS = defineFramework({
  id: 'http-errors',
  displayName: 'http-errors',
  modules: ['http-errors'],
  bindings: [
    {
      kind: 'error',
      source: moduleSource(['http-errors'], 'default'),
      // `new createError(404)` works too; `new createError.HttpError` is abstract.
      invocation: 'call-or-construct',
      statusArguments: [
        { index: 0, onlyNumeric: true },
        { index: 1, onlyNumeric: true },
      ],
      localName: 'createError',
      // `createError(401, msg, { headers: { 'WWW-Authenticate': … } })`: set on the response by Express's final handler and Koa.
      errorHeaders: { property: 'headers' },
    },
  ],
});

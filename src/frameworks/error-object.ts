import { defineFramework } from './define';

/**
 * Error objects of any framework: `err.status = 404` before `next(err)` or `throw err`, and
 * project error classes constructed with a status (`new AppError(msg, 404)`). The handler
 * that applies the status is elsewhere, so the status is reported where it is written.
 */
export const ERROR_OBJECT = defineFramework({
  id: 'error-object',
  displayName: 'an error object',
  modules: [],
  receivers: [
    {
      role: 'error',
      namePattern: /^(?:err|error|e|ex|exc|exception|_err|_error)$|[a-z](?:Err|Error|Exception)$/,
      typePattern: /(?:Error|Exception)$/,
    },
  ],
  assignments: [
    { kind: 'error', property: 'status', receivers: ['error'] },
    { kind: 'error', property: 'statusCode', receivers: ['error'] },
  ],
  errors: {
    classSuffixes: ['Error', 'Exception'],
    builtInClasses: ['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError', 'AggregateError', 'DOMException'],
    fallbackFunctions: ['defaultTo'],
  },
});

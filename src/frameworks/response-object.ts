import { defineFramework } from './define';

/**
 * Plain objects that carry a status under a status key: the answer of an AWS Lambda (API
 * Gateway) handler, `return { statusCode: 201, headers, body }`, and `{ status: 404 }` given
 * to a helper no definition knows. Objects that are data (a body sent, a record logged or
 * stored) are not.
 */
export const RESPONSE_OBJECT = defineFramework({
  id: 'response-object',
  displayName: 'a plain response object',
  modules: [],
  // API Gateway also reads `multiValueHeaders`, a header to a list of values.
  headerBagProperties: ['headers', 'multiValueHeaders'],
});

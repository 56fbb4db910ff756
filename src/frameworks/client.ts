import { defineFramework } from './define';

/**
 * Code that reads a received status: `response.status === 404`, `switch (res.status)`,
 * `err.response?.status === 401`, `[401, 403].includes(res.status)`. Range checks
 * (`>= 500`, `/ 100`) are no magic codes.
 */
export const CLIENT = defineFramework({
  id: 'client',
  displayName: 'an HTTP client',
  modules: [],
  comparisons: {
    statusProperties: ['status', 'statusCode', 'httpStatusCode'],
    payloadMembers: ['data', 'body', 'meta', 'payload', 'result', 'json'],
    membershipMethods: ['includes', 'indexOf'],
  },
});

import type { TSESLint } from '@typescript-eslint/utils';
import { defineStatusLiteralVisitor, getStatusModel, statusReplacementText } from '../src/estree';
import { GATEWAY_STATUS_CODES } from '../src/frameworks';
import { codeMentionPattern, getStatus, statusLabel } from '../src/registry';
import { createRule } from '../src/util/create-rule';
import { clientMistakeAt, isShownByMessageOnly, type ClientMistakeReason } from './no-server-error-for-client-errors/client-mistakes';

export interface NoServerErrorForClientErrorsOptions {
  preferredStatus?: 400 | 422;
}

export type Options = [NoServerErrorForClientErrorsOptions];
export type MessageIds = 'serverErrorForClientMistake' | 'useClientError';

/** Every 5xx a file could name: registered, vendor, and the unassigned numbers in between. */
const SERVER_ERROR_CODES = codeMentionPattern(Array.from({ length: 100 }, (_, index) => 500 + index));

const REASONS: Readonly<Record<ClientMistakeReason, string>> = {
  'invalid-input': 'it answers missing or invalid request input',
  'validation-error': 'it answers a validation error',
  message: 'its message says the request is wrong',
  conflict: 'the resource already exists',
  unauthenticated: 'the client is not authenticated',
  forbidden: 'the client may not do this',
  'method-not-allowed': 'the resource does not take this method',
  'not-found': 'what the client asked for does not exist',
};

export default createRule<Options, MessageIds>({
  name: 'no-server-error-for-client-errors',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow 5xx status codes for mistakes the client made',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      serverErrorForClientMistake:
        '{{label}} tells the client the server failed, but {{reason}}: a 4xx code such as {{suggested}} tells it to fix the request instead (RFC 9110 §15.5).',
      useClientError: 'Answer {{suggested}} instead.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          preferredStatus: {
            type: 'integer',
            enum: [400, 422],
            description: 'The client-error code the suggestion uses: 400 (Bad Request) or 422 (Unprocessable Content).',
          },
        },
      },
    ],
    defaultOptions: [{ preferredStatus: 400 }],
  },
  create(context, [options]) {
    const preferred = options.preferredStatus ?? 400;
    if (!getStatusModel(context).mentions(SERVER_ERROR_CODES)) return {};
    return defineStatusLiteralVisitor(context, (value, site, model) => {
      if (value.code === undefined || !getStatus(value.code)?.isServerError) return;
      if (site.kind !== 'set' && site.kind !== 'error') return;
      const mistake = clientMistakeAt(site.node, model);
      if (!mistake || (GATEWAY_STATUS_CODES.has(value.code) && isShownByMessageOnly(mistake))) return;
      const fitting = mistake.fittingCode ?? preferred;
      const suggested = statusLabel(fitting);
      const replacement = statusReplacementText(model, value, fitting);
      context.report({
        node: value.node,
        messageId: 'serverErrorForClientMistake',
        data: { label: statusLabel(value.code), reason: REASONS[mistake.reason], suggested },
        suggest:
          replacement === undefined || value.source === 'unknown'
            ? []
            : [
                {
                  messageId: 'useClientError',
                  data: { suggested },
                  fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(value.node, replacement),
                },
              ],
      });
    }, { codes: (code) => code >= 500 && code <= 599, followConstants: true, followFallbackConstants: true, librarySites: true });
  },
});

import type { TSESTree } from '@typescript-eslint/utils';
import { getStatusModel } from '../src/estree';
import { statusLabel } from '../src/registry';
import { createRule } from '../src/util/create-rule';
import { listOf } from '../src/util/list-text';
import { bodyStatuses, contentTypeState, memberNames, visibleBody, type VisibleBody } from './consistent-error-body/visible-body';

export interface ConsistentErrorBodyOptions {
  shape?: 'problem-details' | { required: string[] };
}

export type Options = [ConsistentErrorBodyOptions];
export type MessageIds = 'statusMismatch' | 'errorSentAsSuccess' | 'missingMembers' | 'missingProblemMembers' | 'problemContentType';

/** RFC 9457 §3.1: `type` names the problem (§3.1.1) and `title` says it in a few words (§3.1.3). */
const PROBLEM_MEMBERS = ['type', 'title'] as const;
const MEMBER_HINT = /\b(?:status|statusCode|code)\b/u;

function isError(code: number): boolean {
  return code >= 400 && code <= 599;
}

function isSuccess(code: number): boolean {
  return code >= 200 && code <= 299;
}

/** `400 (Bad Request)`, or `400 (Bad Request) or 404 (Not Found)` for a status chosen at run time. */
function labels(codes: readonly number[]): string {
  return [...new Set(codes)].map(statusLabel).join(' or ');
}

function quotedList(names: readonly string[]): string {
  return listOf(names.map((name) => `\`${name}\``));
}

export default createRule<Options, MessageIds>({
  name: 'consistent-error-body',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a status written in a response body to agree with the status the response is sent with',
      recommended: 'recommended',
    },
    messages: {
      statusMismatch:
        'The body says `{{member}}` is {{bodyLabel}}, but the response is sent with {{label}}: clients that read the status and clients that read the body see different outcomes.',
      errorSentAsSuccess:
        'This body reports {{bodyLabel}} in `{{member}}`, but the response is sent with {{label}}: the client sees a success (`response.ok` is true) and has to find the error in the body; send {{bodyCode}} as the status.',
      missingMembers: 'This {{label}} error body lacks {{members}}, which the API\'s error format requires.',
      missingProblemMembers: 'This {{label}} error body is not an RFC 9457 problem details object: it lacks {{members}} (§3.1).',
      problemContentType:
        'This {{label}} problem details body is sent without a Content-Type header: problem details go out as `application/problem+json` (RFC 9457 §3).',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          shape: {
            description: 'The shape of 4xx and 5xx bodies: `"problem-details"` (RFC 9457), or `{ "required": [members] }` for the API\'s own format.',
            oneOf: [
              { type: 'string', enum: ['problem-details'], description: 'RFC 9457 problem details: `type` and `title`, sent as `application/problem+json`.' },
              {
                type: 'object',
                additionalProperties: false,
                required: ['required'],
                properties: {
                  required: {
                    type: 'array',
                    items: { type: 'string', minLength: 1 },
                    minItems: 1,
                    uniqueItems: true,
                    description: 'Members every error body must have.',
                  },
                },
                description: 'The API\'s own error format.',
              },
            ],
          },
        },
      },
    ],
    defaultOptions: [{}],
  },
  create(context, [options]) {
    const model = getStatusModel(context);
    const shape = options.shape;
    if (!model.mayHaveStatuses || (!shape && !model.mentions(MEMBER_HINT))) return {};

    const checkMismatch = (body: VisibleBody) => {
      const { codes } = body;
      const label = body.site ? labels(codes) : `${labels(codes)}, as nothing sets a status`;
      for (const stated of bodyStatuses(body.object, model)) {
        if (codes.includes(stated.code)) continue;
        const errorAsSuccess = isError(stated.code) && codes.every(isSuccess);
        context.report({
          node: stated.node,
          messageId: errorAsSuccess ? 'errorSentAsSuccess' : 'statusMismatch',
          data: { member: stated.path, bodyLabel: statusLabel(stated.code), bodyCode: String(stated.code), label },
        });
      }
    };

    const checkShape = (body: VisibleBody, required: 'problem-details' | { required: string[] }) => {
      const { codes, site } = body;
      const names = memberNames(body.object);
      if (!names || !site || !codes.every(isError)) return;
      const wanted = required === 'problem-details' ? PROBLEM_MEMBERS : required.required;
      const missing = wanted.filter((name) => !names.has(name));
      const label = labels(codes);
      if (missing.length > 0) {
        context.report({
          node: body.object,
          messageId: required === 'problem-details' ? 'missingProblemMembers' : 'missingMembers',
          data: { label, members: quotedList(missing) },
        });
      }
      if (required === 'problem-details' && contentTypeState(site, model) === 'missing') {
        context.report({ node: body.object, messageId: 'problemContentType', data: { label } });
      }
    };

    return {
      ObjectExpression(object: TSESTree.ObjectExpression) {
        if (!shape && bodyStatuses(object, model).length === 0) return;
        const body = visibleBody(object, model);
        if (!body) return;
        checkMismatch(body);
        if (shape) checkShape(body, shape);
      },
    };
  },
});

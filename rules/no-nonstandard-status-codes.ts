import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { defineStatusLiteralVisitor, type StatusSite, type StatusValue } from '../src/estree';
import { VENDORS, lookupStatus, statusLabel } from '../src/registry';
import { createRule } from '../src/util/create-rule';
import { findingFor, type FindingKind } from './no-nonstandard-status-codes/findings';

export interface NoNonstandardStatusCodesOptions {
  allow?: number[];
  allowUnofficial?: boolean | string[];
  allowDeprecated?: boolean;
  reportTemporary?: boolean;
  reportComparisons?: boolean;
}

export type Options = [NoNonstandardStatusCodesOptions];
export type MessageIds = 'invalidCode' | 'unassignedCode' | 'retiredCode' | 'vendorCode' | 'temporaryCode' | 'stringCode' | 'useNumber';

const MESSAGES = {
  invalid: { messageId: 'invalidCode' },
  unassigned: { messageId: 'unassignedCode' },
  retired: { messageId: 'retiredCode' },
  vendor: { messageId: 'vendorCode' },
  temporary: { messageId: 'temporaryCode' },
} as const satisfies Record<FindingKind, { messageId: MessageIds }>;

/**
 * A client that compares a received status with a vendor code (`status === 418`, a test of
 * someone else's server) does not choose that code; only the option asks to hear of it.
 */
function isComparison(site: StatusSite | undefined): boolean {
  return site?.kind === 'compare' || site?.kind === 'assert';
}

export default createRule<Options, MessageIds>({
  name: 'no-nonstandard-status-codes',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow HTTP status codes that are invalid, unassigned, retired or vendor-specific',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      invalidCode: '{{code}} is not an HTTP status code: a status is a three-digit number from 100 to 599{{known}}.',
      unassignedCode:
        '{{code}} is not assigned in the IANA registry{{note}}; clients treat an unknown code like {{fallback}} (RFC 9110 §15), so send a registered code.',
      retiredCode: '{{label}} is {{state}} ({{reference}}); {{instead}}.',
      vendorCode: '{{label}} is not a registered status but a vendor code of {{vendors}}; {{instead}}.',
      temporaryCode:
        '{{label}} has a temporary registration that expires on {{expires}} ({{reference}}); do not rely on it yet.',
      stringCode:
        'The status {{text}} is a string, not a number: frameworks either reject it at run time or pass the text on unchecked; write {{label}} as the number {{code}}.',
      useNumber: 'Write the number {{code}}.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allow: {
            type: 'array',
            items: { type: 'integer' },
            uniqueItems: true,
            description: 'Codes never reported, whatever they are.',
          },
          allowUnofficial: {
            description: 'Allow vendor codes: `true` for all, or a list of vendor ids such as `["nginx", "cloudflare"]`.',
            oneOf: [
              { type: 'boolean', description: '`true` allows every vendor code, `false` none.' },
              {
                type: 'array',
                items: { type: 'string', enum: Object.keys(VENDORS) },
                uniqueItems: true,
                description: 'Vendor ids whose codes are allowed.',
              },
            ],
          },
          allowDeprecated: {
            type: 'boolean',
            description: 'Allow registered codes that are deprecated (305) or obsoleted (510).',
          },
          reportTemporary: {
            type: 'boolean',
            description: 'Report codes with a temporary registration (104).',
          },
          reportComparisons: {
            type: 'boolean',
            description: 'Also report codes that a received status is compared with or asserted to be (`status === 418`, `expect(res.status).toBe(499)`).',
          },
        },
      },
    ],
    defaultOptions: [{ allow: [], allowUnofficial: false, allowDeprecated: false, reportTemporary: false, reportComparisons: false }],
  },
  create(context, [options]) {
    const allowed = new Set(options.allow ?? []);
    const skipsSite = (site: StatusSite | undefined) => !options.reportComparisons && isComparison(site);
    const check = (value: StatusValue, site: StatusSite | undefined) => {
      if (value.code === undefined || allowed.has(value.code) || skipsSite(site)) return;
      const finding = findingFor(lookupStatus(value.code), options);
      if (finding) context.report({ node: value.node as TSESTree.Node, ...MESSAGES[finding.kind], data: finding.data });
    };
    const checkString = (value: StatusValue, site: StatusSite) => {
      if (skipsSite(site) || value.node.type !== 'Literal') return;
      const code = String(value.node.value);
      context.report({
        node: value.node,
        messageId: 'stringCode',
        data: { text: value.node.raw, code, label: statusLabel(Number(code)) },
        suggest: [{ messageId: 'useNumber', data: { code }, fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(value.node, code) }],
      });
    };
    return defineStatusLiteralVisitor(context, (value, site) => check(value, site), {
      codes: (code) => !allowed.has(code) && findingFor(lookupStatus(code), options) !== undefined,
      followConstants: true,
      onLibraryReference: (value, _model, site) => check(value, site),
      onStringCode: checkString,
    });
  },
});

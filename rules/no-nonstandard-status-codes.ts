import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { defineStatusLiteralVisitor, type StatusSite, type StatusValue } from '../src/estree';
import {
  VENDORS,
  formatReference,
  lookupStatus,
  statusLabel,
  type StatusClass,
  type StatusEntry,
  type StatusLookup,
} from '../src/registry';
import { createRule } from '../src/util/create-rule';

export interface NoNonstandardStatusCodesOptions {
  allow?: number[];
  allowUnofficial?: boolean | string[];
  allowDeprecated?: boolean;
  reportTemporary?: boolean;
  reportComparisons?: boolean;
}

export type Options = [NoNonstandardStatusCodesOptions];
export type MessageIds = 'invalidCode' | 'unassignedCode' | 'retiredCode' | 'vendorCode' | 'temporaryCode' | 'stringCode' | 'useNumber';

interface Finding {
  readonly messageId: MessageIds;
  readonly data: Record<string, string>;
}

const CLASS_DIGITS: Readonly<Record<StatusClass, number>> = {
  informational: 1,
  successful: 2,
  redirection: 3,
  'client-error': 4,
  'server-error': 5,
};

function joinWithOr(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "use 429 (Too Many Requests) or 503 (Service Unavailable) instead", or what to do when none fits. */
function insteadText(alternatives: readonly number[]): string {
  if (alternatives.length === 0) return 'no registered code means the same, so send the one that says what happened';
  return `use ${joinWithOr(alternatives.map(statusLabel))} instead`;
}

const RETIRED_WORDS: Readonly<Record<string, string>> = {
  unused: 'reserved and unused',
  deprecated: 'deprecated',
  obsoleted: 'obsoleted',
};

function vendorIdsOf(entry: StatusEntry): string[] {
  return entry.vendors.map((use) => use.vendorId);
}

function isAllowedVendor(entry: StatusEntry, allowUnofficial: boolean | string[] | undefined): boolean {
  if (allowUnofficial === true) return true;
  if (!Array.isArray(allowUnofficial)) return false;
  return vendorIdsOf(entry).some((vendor) => allowUnofficial.includes(vendor));
}

function retiredFinding(entry: StatusEntry, label: string, reference: string): Finding {
  return {
    messageId: 'retiredCode',
    data: { label, state: RETIRED_WORDS[entry.state]!, reference, instead: insteadText(entry.alternatives) },
  };
}

function knownFinding(entry: StatusEntry, options: NoNonstandardStatusCodesOptions): Finding | undefined {
  const label = statusLabel(entry.code);
  const reference = entry.reference ? formatReference(entry.reference) : '';
  switch (entry.state) {
    case 'standard':
      return undefined;
    case 'temporary':
      if (!options.reportTemporary) return undefined;
      return { messageId: 'temporaryCode', data: { label, expires: entry.expires ?? 'unknown', reference } };
    case 'deprecated':
    case 'obsoleted':
      return options.allowDeprecated ? undefined : retiredFinding(entry, label, reference);
    case 'unused':
      return retiredFinding(entry, label, reference);
    case 'unofficial':
      if (isAllowedVendor(entry, options.allowUnofficial)) return undefined;
      return {
        messageId: 'vendorCode',
        data: {
          label,
          vendors: joinWithAnd(entry.vendors.map((use) => `${use.vendor} (${use.name})`)),
          instead: insteadText(entry.alternatives),
        },
      };
  }
}

function findingFor(lookup: StatusLookup, options: NoNonstandardStatusCodesOptions): Finding | undefined {
  switch (lookup.kind) {
    case 'known':
      return knownFinding(lookup.entry, options);
    case 'unassigned': {
      const fallback = CLASS_DIGITS[lookup.statusClass] * 100;
      return {
        messageId: 'unassignedCode',
        data: {
          code: String(lookup.code),
          note: lookup.note ? ` (${lookup.note.replace(/\.$/, '')})` : '',
          fallback: statusLabel(fallback),
        },
      };
    }
    case 'invalid': {
      const known = lookup.vendors.map((use) => `; ${use.vendor} sends it (${use.name}), but HTTP clients cannot interpret it`);
      return { messageId: 'invalidCode', data: { code: String(lookup.code), known: known.join('') } };
    }
  }
}

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
      if (finding) context.report({ node: value.node as TSESTree.Node, ...finding });
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

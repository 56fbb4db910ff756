import { formatReference, statusLabel, type StatusClass, type StatusEntry, type StatusLookup } from '../../src/registry';
import type { NoNonstandardStatusCodesOptions } from '../no-nonstandard-status-codes';

/** What is wrong with a code: the rule has one message for each kind. */
export type FindingKind = 'invalid' | 'unassigned' | 'retired' | 'vendor' | 'temporary';

/** What a code is, and the words its message needs. */
export interface Finding {
  readonly kind: FindingKind;
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
    kind: 'retired',
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
      return { kind: 'temporary', data: { label, expires: entry.expires ?? 'unknown', reference } };
    case 'deprecated':
    case 'obsoleted':
      return options.allowDeprecated ? undefined : retiredFinding(entry, label, reference);
    case 'unused':
      return retiredFinding(entry, label, reference);
    case 'unofficial':
      if (isAllowedVendor(entry, options.allowUnofficial)) return undefined;
      return {
        kind: 'vendor',
        data: {
          label,
          vendors: joinWithAnd(entry.vendors.map((use) => `${use.vendor} (${use.name})`)),
          instead: insteadText(entry.alternatives),
        },
      };
  }
}

/** The finding for a code, or none when the options allow it. */
export function findingFor(lookup: StatusLookup, options: NoNonstandardStatusCodesOptions): Finding | undefined {
  switch (lookup.kind) {
    case 'known':
      return knownFinding(lookup.entry, options);
    case 'unassigned': {
      const fallback = CLASS_DIGITS[lookup.statusClass] * 100;
      return {
        kind: 'unassigned',
        data: {
          code: String(lookup.code),
          note: lookup.note ? ` (${lookup.note.replace(/\.$/, '')})` : '',
          fallback: statusLabel(fallback),
        },
      };
    }
    case 'invalid': {
      const known = lookup.vendors.map((use) => `; ${use.vendor} sends it (${use.name}), but HTTP clients cannot interpret it`);
      return { kind: 'invalid', data: { code: String(lookup.code), known: known.join('') } };
    }
  }
}

import { isStatusCodeInRange, lookupStatus } from '../../src/registry';

/** A code (`404`) or a class pattern (`"4xx"`), as the options write them. */
export type CodeEntry = number | string;

/** The codes one list of the options allows. */
export interface CodeList {
  readonly allows: (code: number) => boolean;
  /** The codes written one by one in the list that share the first digit of `code`, in order. */
  readonly sameClass: (code: number) => readonly number[];
  /** Whether the list allows the whole class of `code` by a pattern. */
  readonly allowsClassOf: (code: number) => boolean;
}

/** The first digit of a three-digit code, or of a class pattern like `"2xx"`. */
function classDigit(code: number): number {
  return Math.floor(code / 100);
}

export function codeList(entries: readonly CodeEntry[]): CodeList {
  const codes = new Set(entries.filter((entry): entry is number => typeof entry === 'number'));
  const classes = new Set(entries.filter((entry): entry is string => typeof entry === 'string').map((pattern) => Number(pattern[0])));
  const sorted = [...codes].sort((a, b) => a - b);
  const allowsClassOf = (code: number) => isStatusCodeInRange(code) && classes.has(classDigit(code));
  return {
    allows: (code) => codes.has(code) || allowsClassOf(code),
    sameClass: (code) => sorted.filter((allowed) => classDigit(allowed) === classDigit(code)),
    allowsClassOf,
  };
}

/**
 * Codes that `no-nonstandard-status-codes` speaks about with its defaults: not in 100–599,
 * unassigned, reserved (306, 418), deprecated (305), obsoleted (510) or a vendor's.
 */
export function isNonstandard(code: number): boolean {
  const found = lookupStatus(code);
  return found.kind !== 'known' || (found.entry.state !== 'standard' && found.entry.state !== 'temporary');
}

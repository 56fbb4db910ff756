import { lookupStatus } from '../registry';

/**
 * Whether a code deserves a named constant: registered and in use (`standard`, or
 * `temporary` while its registration lasts). Every other number (unused 306/418,
 * deprecated, obsoleted, vendor codes, unassigned or out of range) is
 * `no-nonstandard-status-codes`' to report, and no fix should give it a respectable name.
 */
export function isNameableStatus(code: number): boolean {
  const lookup = lookupStatus(code);
  return lookup.kind === 'known' && (lookup.entry.state === 'standard' || lookup.entry.state === 'temporary');
}

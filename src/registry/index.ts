/**
 * The status-code registry: every code a user can meet, with the facts the rules and the
 * TypeScript plugin need. Pure data and lookups, computed once when the module loads.
 */
import { REGISTERED_DESCRIPTIONS, UNOFFICIAL_DESCRIPTIONS } from './descriptions';
import { allowsContent, headerRequirementsFor } from './headers';
import { REGISTERED_CODES, type RegisteredCode } from './iana';
import { CONSTANTS_LIBRARIES, type ConstantsLibrary } from './libraries';
import { specReference } from './references';
import { PREFERRED_ALTERNATIVES, UNOFFICIAL_USES, WARNING_CODES, type UnofficialUse } from './unofficial';
import type {
  ConstantsLibraryId,
  StatusClass,
  StatusEntry,
  StatusLookup,
  VendorUse,
} from './types';

export type * from './types';
export { IANA_REGISTRY_UPDATED } from './iana';
export { CONSTANTS_LIBRARIES, type ConstantsLibrary } from './libraries';
export { VENDORS } from './unofficial';
export { formatReference, specUrl } from './references';
export { mandatoryHeaderRequirements } from './headers';

export const MIN_STATUS_CODE = 100;
export const MAX_STATUS_CODE = 599;

const CLASS_BY_DIGIT: Readonly<Record<number, StatusClass>> = {
  1: 'informational',
  2: 'successful',
  3: 'redirection',
  4: 'client-error',
  5: 'server-error',
};

/** Registered codes that no longer have a use, and what to send instead. */
const REGISTERED_ALTERNATIVES: Readonly<Record<number, readonly number[]>> = {
  305: [],
  306: [307, 308],
  418: [],
  510: [],
};

export function isStatusCodeInRange(code: number): boolean {
  return Number.isInteger(code) && code >= MIN_STATUS_CODE && code <= MAX_STATUS_CODE;
}

/** The class of a code in 100–599; `undefined` for anything else. */
export function classOf(code: number): StatusClass | undefined {
  return isStatusCodeInRange(code) ? CLASS_BY_DIGIT[Math.floor(code / 100)] : undefined;
}

function vendorKey(use: UnofficialUse): string {
  return `${String(use.code).padStart(3, '0')}/${use.vendorId}`;
}

function toVendorUse(use: UnofficialUse): VendorUse {
  return {
    vendorId: use.vendorId,
    vendor: use.vendor,
    name: use.name,
    description: UNOFFICIAL_DESCRIPTIONS[vendorKey(use)] ?? `${use.vendor}: ${use.name}.`,
    alternatives: use.alternatives,
  };
}

function vendorUsesOf(code: number): VendorUse[] {
  return UNOFFICIAL_USES.filter((use) => use.code === code).map(toVendorUse);
}

function membersOf(code: number): Partial<Record<ConstantsLibraryId, string>> {
  const members: Partial<Record<ConstantsLibraryId, string>> = {};
  for (const library of CONSTANTS_LIBRARIES) {
    const member = library.members[code];
    if (member !== undefined) members[library.id] = member;
  }
  return members;
}

function baseEntry(code: number, statusClass: StatusClass) {
  return {
    code,
    statusClass,
    allowsContent: allowsContent(code),
    headers: headerRequirementsFor(code),
    isClientError: statusClass === 'client-error',
    isServerError: statusClass === 'server-error',
    members: membersOf(code),
  };
}

function registeredEntry(row: RegisteredCode): StatusEntry {
  const statusClass = CLASS_BY_DIGIT[Math.floor(row.code / 100)]!;
  return {
    ...baseEntry(row.code, statusClass),
    name: row.name,
    state: row.state,
    registered: true,
    reference: specReference(row.document, row.section),
    ...(row.expires === undefined ? {} : { expires: row.expires }),
    vendors: vendorUsesOf(row.code),
    alternatives: REGISTERED_ALTERNATIVES[row.code] ?? [],
    description: REGISTERED_DESCRIPTIONS[row.code] ?? row.name,
  };
}

function unique(codes: readonly number[]): number[] {
  return [...new Set(codes)];
}

function unofficialEntry(code: number, vendors: readonly VendorUse[]): StatusEntry {
  const statusClass = CLASS_BY_DIGIT[Math.floor(code / 100)]!;
  return {
    ...baseEntry(code, statusClass),
    name: vendors[0]!.name,
    state: 'unofficial',
    registered: false,
    vendors,
    alternatives: PREFERRED_ALTERNATIVES[code] ?? unique(vendors.flatMap((vendor) => vendor.alternatives)),
    description: vendors.map((vendor) => vendor.description).join(' '),
  };
}

function buildEntries(): ReadonlyMap<number, StatusEntry> {
  const entries = new Map<number, StatusEntry>();
  for (const row of REGISTERED_CODES) entries.set(row.code, registeredEntry(row));
  const unofficialCodes = unique(UNOFFICIAL_USES.map((use) => use.code));
  for (const code of unofficialCodes) {
    if (entries.has(code) || !isStatusCodeInRange(code)) continue;
    entries.set(code, unofficialEntry(code, vendorUsesOf(code)));
  }
  return new Map([...entries].sort(([a], [b]) => a - b));
}

const ENTRIES = buildEntries();

/** Every code the registry has an entry for, registered and unofficial, in order. */
export const ALL_STATUSES: readonly StatusEntry[] = [...ENTRIES.values()];

/** The codes of the IANA registry, in order. */
export const REGISTERED_STATUSES: readonly StatusEntry[] = ALL_STATUSES.filter(
  (entry) => entry.registered,
);

/** The entry of a registered or vendor code; `undefined` for unassigned or invalid numbers. */
export function getStatus(code: number): StatusEntry | undefined {
  return ENTRIES.get(code);
}

/** Everything the registry can say about a number used as a status. */
export function lookupStatus(code: number): StatusLookup {
  if (!Number.isInteger(code)) {
    return { kind: 'invalid', code, reason: 'not-an-integer', vendors: [] };
  }
  if (!isStatusCodeInRange(code)) {
    return { kind: 'invalid', code, reason: 'out-of-range', vendors: vendorUsesOf(code) };
  }
  const entry = ENTRIES.get(code);
  if (entry) return { kind: 'known', code, entry };
  const warning = WARNING_CODES[code];
  return {
    kind: 'unassigned',
    code,
    statusClass: classOf(code)!,
    ...(warning === undefined
      ? {}
      : { note: `${code} is a code of the obsolete Warning header (${warning}), not a status.` }),
  };
}

const BY_CLASS: ReadonlyMap<StatusClass, readonly StatusEntry[]> = new Map(
  Object.values(CLASS_BY_DIGIT).map((statusClass) => [
    statusClass,
    ALL_STATUSES.filter((entry) => entry.statusClass === statusClass),
  ]),
);

/** Registered and vendor codes of one class, in order. */
export function getStatusesByClass(statusClass: StatusClass): readonly StatusEntry[] {
  return BY_CLASS.get(statusClass) ?? [];
}

export function getConstantsLibrary(id: ConstantsLibraryId): ConstantsLibrary {
  return CONSTANTS_LIBRARIES.find((library) => library.id === id)!;
}

const BY_MEMBER: ReadonlyMap<ConstantsLibraryId, ReadonlyMap<string, StatusEntry>> = new Map(
  CONSTANTS_LIBRARIES.map((library) => [
    library.id,
    new Map(
      Object.entries(library.members).map(([code, member]) => [
        member,
        ENTRIES.get(Number(code))!,
      ]),
    ),
  ]),
);

/**
 * The entry a library member stands for (`NOT_FOUND` → 404). Without a library, the
 * first library that has the member answers; member names never disagree on the code.
 */
export function getStatusByMember(
  member: string,
  library?: ConstantsLibraryId,
): StatusEntry | undefined {
  if (library) return BY_MEMBER.get(library)?.get(member);
  for (const members of BY_MEMBER.values()) {
    const entry = members.get(member);
    if (entry) return entry;
  }
  return undefined;
}

/** The member a library gives a code (`nestjs`, 404 → `NOT_FOUND`), if it has one. */
export function memberFor(library: ConstantsLibraryId, code: number): string | undefined {
  return getConstantsLibrary(library).members[code];
}

/** `404 (Not Found)`: how messages and hovers name a code. */
export function statusLabel(code: number): string {
  const entry = ENTRIES.get(code);
  if (!entry) return String(code);
  // Reserved codes are named "(Unused)" in the registry; avoid doubled parentheses.
  return entry.name.startsWith('(') ? `${code} ${entry.name}` : `${code} (${entry.name})`;
}

/**
 * A pattern that finds a mention of any of `codes` in source text: the number itself, or
 * any constants-library member for it (`StatusCodes.NO_CONTENT`). A file without a match
 * cannot contain those codes where a rule could resolve them.
 */
export function codeMentionPattern(codes: Iterable<number>): RegExp {
  const words = new Set<string>();
  for (const code of codes) {
    words.add(String(code));
    for (const library of CONSTANTS_LIBRARIES) {
      const member = library.members[code];
      if (member !== undefined) words.add(member);
      for (const group of Object.values(library.extraMembers)) {
        const extra = group[code];
        if (extra !== undefined) words.add(extra);
      }
    }
  }
  return new RegExp(`(?<![\\w$])(?:${[...words].join('|')})(?![\\w$])`);
}

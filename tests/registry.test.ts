import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HttpStatus } from '@nestjs/common';
import { status as httpStatus } from 'http-status';
import { StatusCodes } from 'http-status-codes';
import { describe, expect, it } from 'vitest';
import {
  ALL_STATUSES,
  CONSTANTS_LIBRARIES,
  REGISTERED_STATUSES,
  VENDORS,
  classOf,
  formatReference,
  getStatus,
  getStatusByMember,
  getStatusesByClass,
  lookupStatus,
  mandatoryHeaderRequirements,
  memberFor,
  statusLabel,
  type ConstantsLibraryId,
} from '../src/registry';

interface IanaRow {
  readonly value: string;
  readonly description: string;
  readonly reference: string;
}

function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

function readIanaFixture(): IanaRow[] {
  const text = readFileSync(join(__dirname, 'fixtures/iana-http-status-codes.csv'), 'utf8');
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map(parseCsvLine)
    .map(([value = '', description = '', reference = '']) => ({ value, description, reference }));
}

const IANA = readIanaFixture();
const ASSIGNED = IANA.filter((row) => row.description !== 'Unassigned');
const UNASSIGNED_RANGES = IANA.filter((row) => row.description === 'Unassigned').map((row) => {
  const [low, high = low] = row.value.split('-').map(Number);
  return [low!, high!] as const;
});

/** `[RFC9110, Section 15.5.5]` → document `RFC 9110`, section `15.5.5`. */
function parseReference(reference: string): { document: string; section?: string } {
  const match = /^\[([^\],]+)(?:, Section ([\d.]+))?\]/.exec(reference);
  if (!match) throw new Error(`unreadable reference ${reference}`);
  const document = match[1]!.replace(/^RFC(\d+)$/, 'RFC $1');
  return match[2] === undefined ? { document } : { document, section: match[2] };
}

/** The registry's name without its state remarks (`Not Extended (OBSOLETED)`). */
function ianaName(description: string): string {
  return description.replace(/ \((?:TEMPORARY[^)]*|OBSOLETED)\)$/, '');
}

describe('the IANA registry', () => {
  it('has an entry for every assigned code and no other registered entry', () => {
    expect(REGISTERED_STATUSES.map((entry) => entry.code)).toEqual(
      ASSIGNED.map((row) => Number(row.value)),
    );
  });

  it.each(ASSIGNED)('$value carries the registered name and reference', (row) => {
    const entry = getStatus(Number(row.value))!;
    expect(entry.registered).toBe(true);
    expect(entry.name).toBe(ianaName(row.description));
    const { document, section } = parseReference(row.reference);
    expect(entry.reference?.document).toBe(document);
    // The registry names sections only for RFC 9110; other documents carry theirs from the RFCs.
    if (section !== undefined) expect(entry.reference?.section).toBe(section);
    expect(entry.reference?.url).toMatch(/^https:\/\/(www\.rfc-editor\.org|datatracker\.ietf\.org)\//);
  });

  it('keeps the section numbers the issue names for documents other than RFC 9110', () => {
    expect(formatReference(getStatus(425)!.reference!)).toBe('RFC 8470 §5.2');
    expect(formatReference(getStatus(429)!.reference!)).toBe('RFC 6585 §4');
    expect(formatReference(getStatus(404)!.reference!)).toBe('RFC 9110 §15.5.5');
    expect(getStatus(404)!.reference!.url).toBe(
      'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5',
    );
  });

  it('leaves every unassigned code unregistered', () => {
    for (const [low, high] of UNASSIGNED_RANGES) {
      for (let code = low; code <= high; code++) {
        expect(getStatus(code)?.registered ?? false, `code ${code}`).toBe(false);
      }
    }
  });

  it('uses the RFC 9110 names that replaced older ones', () => {
    expect(getStatus(413)!.name).toBe('Content Too Large');
    expect(getStatus(416)!.name).toBe('Range Not Satisfiable');
    expect(getStatus(422)!.name).toBe('Unprocessable Content');
  });
});

describe('states', () => {
  it('marks 104 temporary with the expiry date of its registration', () => {
    const row = ASSIGNED.find((candidate) => candidate.value === '104')!;
    const expires = /expires (\d{4}-\d{2}-\d{2})/.exec(row.description)![1];
    expect(getStatus(104)).toMatchObject({ state: 'temporary', expires });
  });

  it.each([
    [305, 'deprecated'],
    [306, 'unused'],
    [418, 'unused'],
    [510, 'obsoleted'],
  ] as const)('marks %i %s', (code, state) => {
    expect(getStatus(code)!.state).toBe(state);
  });

  it('marks every other registered code standard', () => {
    const special = new Set([104, 305, 306, 418, 510]);
    for (const entry of REGISTERED_STATUSES.filter((candidate) => !special.has(candidate.code))) {
      expect(entry.state, `code ${entry.code}`).toBe('standard');
      expect(entry.expires).toBeUndefined();
    }
  });

  it.each([
    [444, 'nginx'],
    [494, 'nginx'],
    [495, 'nginx'],
    [496, 'nginx'],
    [497, 'nginx'],
    [499, 'nginx'],
    [520, 'cloudflare'],
    [521, 'cloudflare'],
    [522, 'cloudflare'],
    [523, 'cloudflare'],
    [524, 'cloudflare'],
    [525, 'cloudflare'],
    [526, 'cloudflare'],
    [527, 'cloudflare'],
    [530, 'cloudflare'],
    [440, 'iis'],
    [449, 'iis'],
    [460, 'aws-elb'],
    [463, 'aws-elb'],
    [464, 'aws-elb'],
    [561, 'aws-elb'],
    [419, 'laravel'],
    [420, 'spring'],
    [498, 'esri'],
    [509, 'apache'],
    [529, 'qualys'],
    [598, 'proxies'],
    [599, 'proxies'],
  ] as const)('marks %i unofficial, used by %s', (code, vendorId) => {
    const entry = getStatus(code)!;
    expect(entry.state).toBe('unofficial');
    expect(entry.registered).toBe(false);
    expect(entry.vendors.map((use) => use.vendorId)).toContain(vendorId);
    expect(VENDORS[vendorId]).toBeTypeOf('string');
  });

  it('keeps both vendors where two use one code', () => {
    expect(getStatus(499)!.vendors.map((use) => use.vendorId)).toEqual(['nginx', 'esri']);
    expect(getStatus(420)!.vendors.map((use) => use.vendorId)).toEqual(['spring', 'twitter']);
  });

  it('records a clashing vendor use of a registered code without changing its state', () => {
    const entry = getStatus(451)!;
    expect(entry.state).toBe('standard');
    expect(entry.vendors.map((use) => use.vendorId)).toEqual(['exchange']);
  });

  it('names the registered codes that fit instead of a vendor code', () => {
    expect(getStatus(499)!.alternatives).toEqual([408, 401]);
    expect(getStatus(420)!.alternatives).toContain(429);
    expect(getStatus(509)!.alternatives).toEqual([429, 503]);
    expect(getStatus(529)!.alternatives).toEqual([503, 429]);
    for (const entry of ALL_STATUSES) {
      for (const alternative of entry.alternatives) {
        expect(getStatus(alternative)!.state, `${entry.code} → ${alternative}`).toBe('standard');
      }
    }
  });
});

describe('lookups', () => {
  it('says when a number cannot be a status', () => {
    expect(lookupStatus(99)).toMatchObject({ kind: 'invalid', reason: 'out-of-range' });
    expect(lookupStatus(600)).toMatchObject({ kind: 'invalid', reason: 'out-of-range' });
    expect(lookupStatus(1000)).toMatchObject({ kind: 'invalid', reason: 'out-of-range' });
    expect(lookupStatus(200.5)).toMatchObject({ kind: 'invalid', reason: 'not-an-integer' });
    expect(getStatus(600)).toBeUndefined();
    expect(classOf(600)).toBeUndefined();
  });

  it('names the vendors that send numbers outside the range anyway', () => {
    const lookup = lookupStatus(999);
    expect(lookup.kind).toBe('invalid');
    if (lookup.kind === 'invalid') expect(lookup.vendors[0]!.vendorId).toBe('linkedin');
  });

  it('tells unassigned codes apart, and notes Warning header codes', () => {
    expect(lookupStatus(299)).toMatchObject({ kind: 'unassigned', statusClass: 'successful' });
    expect(lookupStatus(299)).toHaveProperty('note');
    expect(lookupStatus(432)).toEqual({ kind: 'unassigned', code: 432, statusClass: 'client-error' });
  });

  it('finds codes by class', () => {
    expect(getStatusesByClass('informational').map((entry) => entry.code)).toEqual([
      100, 101, 102, 103, 104,
    ]);
    expect(getStatusesByClass('server-error').every((entry) => entry.isServerError)).toBe(true);
    expect(getStatusesByClass('client-error').every((entry) => entry.isClientError)).toBe(true);
  });

  it('labels codes the way messages name them', () => {
    expect(statusLabel(404)).toBe('404 (Not Found)');
    expect(statusLabel(306)).toBe('306 (Unused)');
    expect(statusLabel(432)).toBe('432');
  });
});

describe('facts the rules need', () => {
  it('forbids content with 1xx, 204, 205 and 304 only', () => {
    const bodiless = ALL_STATUSES.filter((entry) => !entry.allowsContent).map((entry) => entry.code);
    expect(bodiless).toEqual([100, 101, 102, 103, 104, 204, 205, 304]);
  });

  it.each([
    [101, 'Upgrade', 'MUST'],
    [201, 'Location', 'SHOULD'],
    [301, 'Location', 'SHOULD'],
    [302, 'Location', 'SHOULD'],
    [303, 'Location', 'SHOULD'],
    [307, 'Location', 'SHOULD'],
    [308, 'Location', 'SHOULD'],
    [206, 'Content-Range', 'MUST'],
    [401, 'WWW-Authenticate', 'MUST'],
    [405, 'Allow', 'MUST'],
    [407, 'Proxy-Authenticate', 'MUST'],
    [413, 'Retry-After', 'SHOULD'],
    [416, 'Content-Range', 'SHOULD'],
    [426, 'Upgrade', 'MUST'],
    [429, 'Retry-After', 'MAY'],
    [503, 'Retry-After', 'MAY'],
  ] as const)('asks for %s with %s (%s)', (code, header, level) => {
    expect(getStatus(code)!.headers).toContainEqual(expect.objectContaining({ header, level }));
  });

  it('lists the MUST headers alone, by code, for require-status-headers', () => {
    const musts = [...mandatoryHeaderRequirements()].map(([code, requirements]) => [code, requirements.map((requirement) => requirement.header)]);
    expect(musts).toEqual([
      [101, ['Upgrade']],
      [206, ['Content-Range']],
      [401, ['WWW-Authenticate']],
      [405, ['Allow']],
      [407, ['Proxy-Authenticate']],
      [426, ['Upgrade']],
    ]);
  });

  it('asks for no header with 304 and 200', () => {
    expect(getStatus(304)!.headers).toEqual([]);
    expect(getStatus(200)!.headers).toEqual([]);
  });

  it('tells client errors from server errors', () => {
    expect(getStatus(422)).toMatchObject({ isClientError: true, isServerError: false });
    expect(getStatus(503)).toMatchObject({ isClientError: false, isServerError: true });
    expect(getStatus(201)).toMatchObject({ isClientError: false, isServerError: false });
  });

  it('describes every code in a sentence or two of its own', () => {
    for (const entry of ALL_STATUSES) {
      expect(entry.description, `code ${entry.code}`).toMatch(/^[A-Z0-9(].{20,}\.$/s);
      for (const use of entry.vendors) expect(use.description).toMatch(/\.$/);
    }
  });
});

const INSTALLED: Readonly<Record<ConstantsLibraryId, Readonly<Record<string, unknown>>>> = {
  'http-status-codes': StatusCodes as unknown as Record<string, unknown>,
  nestjs: HttpStatus as unknown as Record<string, unknown>,
  'http-status': httpStatus as unknown as Record<string, unknown>,
};

function numericMembers(object: Readonly<Record<string, unknown>>): [string, number][] {
  return Object.entries(object).filter((pair): pair is [string, number] => typeof pair[1] === 'number');
}

describe.each(CONSTANTS_LIBRARIES)('constants library $module', (library) => {
  const installed = INSTALLED[library.id];

  it('maps every member to the code the installed package gives it', () => {
    for (const [code, member] of Object.entries(library.members)) {
      expect(installed[member], member).toBe(Number(code));
    }
  });

  it('knows every numeric member of the installed package', () => {
    for (const [member, code] of numericMembers(installed)) {
      expect(library.members[code], `${member} = ${code}`).toBe(member);
    }
  });

  it('knows the vendor groups the installed package keeps apart', () => {
    const extra = (installed.extra ?? {}) as Record<string, Record<string, unknown>>;
    expect(Object.keys(library.extraMembers).sort()).toEqual(Object.keys(extra).sort());
    for (const [group, members] of Object.entries(library.extraMembers)) {
      expect(Object.fromEntries(numericMembers(extra[group]!).map(([member, code]) => [code, member]))).toEqual(
        Object.fromEntries(Object.entries(members)),
      );
    }
  });

  it('looks members up in both directions', () => {
    for (const [code, member] of Object.entries(library.members)) {
      expect(getStatusByMember(member, library.id)?.code).toBe(Number(code));
      expect(memberFor(library.id, Number(code))).toBe(member);
      expect(getStatus(Number(code))!.members[library.id]).toBe(member);
    }
  });
});

describe('names the libraries give to codes outside the registry', () => {
  it.each([
    ['http-status-codes', 'METHOD_FAILURE', 420],
    ['http-status-codes', 'INSUFFICIENT_SPACE_ON_RESOURCE', 419],
    ['http-status-codes', 'IM_A_TEAPOT', 418],
    ['nestjs', 'I_AM_A_TEAPOT', 418],
    ['nestjs', 'CONTENT_DIFFERENT', 210],
    ['nestjs', 'UNRECOVERABLE_ERROR', 456],
    ['http-status', 'SWITCH_PROXY', 306],
  ] as const)('%s %s is %i', (library, member, code) => {
    const entry = getStatusByMember(member, library)!;
    expect(entry.code).toBe(code);
    expect(entry.state).not.toBe('standard');
  });

  it('never lets one member name mean two codes across libraries', () => {
    const codeByMember = new Map<string, number>();
    for (const library of CONSTANTS_LIBRARIES) {
      for (const [code, member] of Object.entries(library.members)) {
        expect(codeByMember.get(member) ?? Number(code), member).toBe(Number(code));
        codeByMember.set(member, Number(code));
      }
    }
    expect(getStatusByMember('NOT_FOUND')?.code).toBe(404);
    expect(getStatusByMember('NO_SUCH_MEMBER')).toBeUndefined();
  });
});

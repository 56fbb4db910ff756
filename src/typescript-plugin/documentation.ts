import { formatReference, getStatus, lookupStatus, statusLabel, type StatusEntry } from '../registry';
import type { ConfiguredHeaders } from './options';

const CLASS_WORDS: Readonly<Record<StatusEntry['statusClass'], string>> = {
  informational: '1xx informational',
  successful: '2xx successful',
  redirection: '3xx redirection',
  'client-error': '4xx client error',
  'server-error': '5xx server error',
};

function stateLine(entry: StatusEntry): string | undefined {
  switch (entry.state) {
    case 'standard':
      return undefined;
    case 'temporary':
      return `Temporary registration, expires ${entry.expires ?? 'soon'}.`;
    case 'unused':
      return 'Reserved and unused: do not send it.';
    case 'deprecated':
      return 'Deprecated.';
    case 'obsoleted':
      return 'Obsoleted.';
    case 'unofficial':
      return `Not registered: a vendor code (${entry.vendors.map((use) => `${use.vendor}: ${use.name}`).join('; ')}).`;
  }
}

function requirementLines(entry: StatusEntry): string[] {
  const lines: string[] = [];
  if (!entry.allowsContent) lines.push('The response carries no content.');
  for (const header of entry.headers) {
    const when = header.condition ? ` ${header.condition}` : '';
    lines.push(`${header.level} send ${header.header}${when} (${formatReference(header.reference)}).`);
  }
  return lines;
}

/** What a hover or completion detail says about a code, as plain-text display lines. */
export interface StatusDocumentation {
  /** `404 Not Found`. */
  readonly title: string;
  /** `4xx client error`, plus the state when it is not standard. */
  readonly summary: string;
  /** The description, what the spec requires, the reference and its link. */
  readonly body: string;
}

/** The documentation of a registered code; `configured` is the project's own requirement line, after the spec's. */
function build(entry: StatusEntry, configured?: string): StatusDocumentation {
  const state = stateLine(entry);
  const reference = entry.reference ? `${formatReference(entry.reference)}: ${entry.reference.url}` : undefined;
  const alternatives = entry.alternatives.length > 0 ? `Registered codes to use instead: ${entry.alternatives.map(statusLabel).join(', ')}.` : undefined;
  const title = `${entry.code} ${entry.name}`;
  return {
    title,
    summary: [CLASS_WORDS[entry.statusClass], state].filter(Boolean).join(' · '),
    body: [entry.description, ...requirementLines(entry), configured, state && entry.state !== 'standard' ? alternatives : undefined, reference]
      .filter((line): line is string => line !== undefined)
      .join('\n\n'),
  };
}

const CACHE = new Map<number, StatusDocumentation>();

function listed(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}

/** "This API also requires Location with 202.": the project's own requirements (option `headers`). */
export function configuredHeadersLine(code: number, headers: ConfiguredHeaders): string | undefined {
  // Keys are codes from 100 to 599 (see `readHeaders`): indexes, which no prototype has.
  const names = headers[code];
  return names !== undefined && names.length > 0 ? `This API also requires ${listed(names)} with ${code}.` : undefined;
}

/**
 * The documentation of a code, built once per code; `undefined` for unknown numbers. With the
 * project's `headers`, a code it requires headers with says so after what the spec requires.
 */
export function documentationFor(code: number, headers?: ConfiguredHeaders): StatusDocumentation | undefined {
  const line = headers ? configuredHeadersLine(code, headers) : undefined;
  const entry = line === undefined ? undefined : getStatus(code);
  // Built for each request: only codes the project configures, on hover.
  return entry ? build(entry, line) : specDocumentationFor(code);
}

function specDocumentationFor(code: number): StatusDocumentation | undefined {
  const cached = CACHE.get(code);
  if (cached) return cached;
  const entry = getStatus(code);
  if (entry) {
    const documentation = build(entry);
    CACHE.set(code, documentation);
    return documentation;
  }
  const lookup = lookupStatus(code);
  if (lookup.kind === 'unassigned') {
    return { title: `${code} (unassigned)`, summary: 'Not in the IANA registry', body: lookup.note ?? 'No registered meaning: clients treat it like the x00 code of its class (RFC 9110 §15).' };
  }
  return { title: `${code}`, summary: 'Not an HTTP status code', body: 'Status codes are three-digit numbers from 100 to 599.' };
}

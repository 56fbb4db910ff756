import { specReference } from './references';
import type { HeaderRequirement, RequirementLevel } from './types';

type Row = readonly [
  codes: readonly number[],
  header: string,
  level: RequirementLevel,
  document: string,
  section: string,
  condition?: string,
];

const RFC9110 = 'RFC 9110';

/**
 * Header fields the specs ask for with a status code. Levels are the RFC 2119 words of
 * the cited section; `condition` narrows the cases where the section applies.
 */
const ROWS: readonly Row[] = [
  [[101], 'Upgrade', 'MUST', RFC9110, '7.8'],
  [[201], 'Location', 'SHOULD', RFC9110, '9.3.3', 'when a POST creates a resource'],
  [[206], 'Content-Range', 'MUST', RFC9110, '15.3.7', 'for a single range (several go in a multipart/byteranges body)'],
  [[300], 'Location', 'MAY', RFC9110, '15.4.1', 'when the server has a preferred choice'],
  [[301, 302, 307, 308], 'Location', 'SHOULD', RFC9110, '15.4'],
  [[303], 'Location', 'SHOULD', RFC9110, '15.4.4'],
  [[401], 'WWW-Authenticate', 'MUST', RFC9110, '15.5.2'],
  [[405], 'Allow', 'MUST', RFC9110, '15.5.6'],
  [[407], 'Proxy-Authenticate', 'MUST', RFC9110, '15.5.8'],
  [[413], 'Retry-After', 'SHOULD', RFC9110, '15.5.14', 'when the condition is temporary'],
  [[416], 'Content-Range', 'SHOULD', RFC9110, '15.5.17', 'for a byte-range request'],
  [[426], 'Upgrade', 'MUST', RFC9110, '15.5.22'],
  [[429], 'Retry-After', 'MAY', 'RFC 6585', '4'],
  [[503], 'Retry-After', 'MAY', RFC9110, '15.6.4'],
];

export function headerRequirementsFor(code: number): readonly HeaderRequirement[] {
  return HEADER_REQUIREMENTS.get(code) ?? [];
}

const HEADER_REQUIREMENTS: ReadonlyMap<number, readonly HeaderRequirement[]> = (() => {
  const byCode = new Map<number, HeaderRequirement[]>();
  for (const [codes, header, level, document, section, condition] of ROWS) {
    const requirement: HeaderRequirement = {
      header,
      level,
      reference: specReference(document, section),
      ...(condition === undefined ? {} : { condition }),
    };
    for (const code of codes) {
      byCode.set(code, [...(byCode.get(code) ?? []), requirement]);
    }
  }
  return byCode;
})();

/** The header fields the specs require (MUST) with a code, for every code that has one. */
export function mandatoryHeaderRequirements(): ReadonlyMap<number, readonly HeaderRequirement[]> {
  return MANDATORY;
}

const MANDATORY: ReadonlyMap<number, readonly HeaderRequirement[]> = new Map(
  [...HEADER_REQUIREMENTS].flatMap(([code, requirements]): [number, HeaderRequirement[]][] => {
    const musts = requirements.filter((requirement) => requirement.level === 'MUST');
    return musts.length > 0 ? [[code, musts]] : [];
  }),
);

/** Codes whose responses carry no content (RFC 9110 §6.4.1, §15.3.6). */
export function allowsContent(code: number): boolean {
  return !(code >= 100 && code < 200) && code !== 204 && code !== 205 && code !== 304;
}

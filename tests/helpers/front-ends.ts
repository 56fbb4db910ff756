/** Per-framework tests declared once and run through every front end of `FRONT_ENDS`. */
import { describe } from 'vitest';
import { briefSitesOf, FRONT_ENDS } from './matcher';

/** The brief site values of a file, as one front end finds them. */
export type BriefSites = (code: string, filename: string) => string[];

/** Declares the same tests once per front end, each with its own `BriefSites`. */
export function forEachFrontEnd(declare: (sites: BriefSites) => void): void {
  describe.each(FRONT_ENDS.map((frontEnd) => [frontEnd.name, frontEnd] as const))('through %s', (_name, frontEnd) => {
    declare((code, filename) => briefSitesOf(code, filename, frontEnd));
  });
}

/** Per-framework tests declared once and run through every front end of `FRONT_ENDS`. */
import { describe, expect, it } from 'vitest';
import { briefSitesOf, FRONT_ENDS } from './matcher';

/** The brief site values of a file, as one front end finds them. */
export type BriefSites = (code: string, filename: string) => string[];

/** Declares the same tests once per front end, each with its own `BriefSites`. */
export function forEachFrontEnd(declare: (sites: BriefSites) => void): void {
  describe.each(FRONT_ENDS.map((frontEnd) => [frontEnd.name, frontEnd] as const))('through %s', (_name, frontEnd) => {
    declare((code, filename) => briefSitesOf(code, filename, frontEnd));
  });
}

/** A snippet, its file name, and the brief sites it must give (`'set express 404'`). */
export type SiteCase = readonly [name: string, filename: string, code: string, expected: readonly string[]];
/** A snippet and its file name that must give no site. */
export type NoSiteCase = readonly [name: string, filename: string, code: string];

/**
 * A framework's table tests through every front end: the sites each snippet gives, the
 * near misses that give none, and the cases known to be wrong (expected to fail until fixed).
 */
export function declareSiteTables(tables: { found: readonly SiteCase[]; none: readonly NoSiteCase[]; wrongToday?: readonly SiteCase[] }): void {
  forEachFrontEnd((sites) => {
    it.each(tables.found)('%s (%s)', (_name, filename, code, expected) => {
      expect(sites(code, filename)).toEqual(expected);
    });
    it.each(tables.none)('no site: %s (%s)', (_name, filename, code) => {
      expect(sites(code, filename)).toEqual([]);
    });
    if (tables.wrongToday && tables.wrongToday.length > 0) {
      it.fails.each(tables.wrongToday)('wrong today: %s (%s)', (_name, filename, code, expected) => {
        expect(sites(code, filename)).toEqual(expected);
      });
    }
  });
}

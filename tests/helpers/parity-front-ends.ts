/**
 * The matcher's two front ends side by side, for the parity tests: the linter's (ESLint with
 * typescript-eslint's parser or espree, through `StatusModel`) and the editor's (TypeScript's
 * own parser, through the TypeScript-AST adapter). Both are described by text offsets, which
 * is all two different syntax trees have in common.
 */
import * as tsParser from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { Linter, type Rule } from 'eslint';
import * as ts from 'typescript';
import { getStatusModel } from '../../src/estree/status-model';
import type { MatchedSite } from '../../src/frameworks/match';
import { getStatus } from '../../src/registry';
import { statusAtPosition, statusInlayHints } from '../../src/typescript-plugin/features';
import { fileMatcher } from '../../src/typescript-plugin/syntax';

type TS = typeof ts;

export type Language = 'ts' | 'js' | 'cjs';

/** What one front end finds in a file. */
export interface FrontEndFacts {
  /** Whether the file's text may hold a status at all; the rules skip it whole otherwise. */
  readonly mayHaveStatuses: boolean;
  /** Every value of every site: `start-end code source kind framework`, by offsets of the value's node. */
  readonly sites: readonly string[];
  /** Every constants-library member the file reads: `start-end code`. */
  readonly members: readonly string[];
}

/** The language a file is linted as by the labelled corpus: `.ts` through typescript-eslint, `.cjs` as CommonJS, the rest as ESM. */
export function languageOf(file: string): Language {
  if (/\.[cm]?tsx?$/.test(file)) return 'ts';
  return file.endsWith('.cjs') ? 'cjs' : 'js';
}

const FILE_NAMES: Readonly<Record<Language, string>> = { ts: 'file.ts', js: 'file.mjs', cjs: 'file.cjs' };

function byOffset(values: Iterable<string>): string[] {
  return [...new Set(values)].sort((a, b) => parseInt(a, 10) - parseInt(b, 10) || (a < b ? -1 : a > b ? 1 : 0));
}

function siteValues<N extends object>(site: MatchedSite<N>, range: (node: N) => readonly [number, number]): string[] {
  return site.values.map((value) => {
    const [start, end] = range(value.node);
    return `${start}-${end} ${value.code ?? '?'} ${value.source} ${site.kind} ${site.framework}`;
  });
}

/** Every status value at every site, and every library member, as the linter's front end finds them. */
export function linterFacts(code: string, language: Language): FrontEndFacts {
  const sites: string[] = [];
  const members: string[] = [];
  let mayHaveStatuses = false;
  const rule: Rule.RuleModule = {
    create(context) {
      const model = getStatusModel(context as never);
      mayHaveStatuses = model.mayHaveStatuses;
      return {
        // Every node, whatever the rules subscribe to: the matcher decides what is a site.
        '*'(node: Rule.Node) {
          const site = model.siteOf(node as unknown as TSESTree.Node);
          if (site) sites.push(...siteValues(site, (value) => value.range));
        },
        'Program:exit'() {
          for (const [node, member] of model.members) members.push(`${node.range[0]}-${node.range[1]} ${member.code}`);
        },
      };
    },
  };
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.mjs', '**/*.cjs'],
        plugins: { parity: { rules: { collect: rule } } },
        languageOptions: language === 'ts' ? { parser: tsParser as never } : { sourceType: language === 'cjs' ? 'commonjs' : 'module', ecmaVersion: 'latest' },
        rules: { 'parity/collect': 'error' },
      },
    ],
    { filename: FILE_NAMES[language] },
  );
  const failures = messages.filter((message) => message.ruleId === null);
  if (failures.length > 0) throw new Error(`the linter could not read the file: ${failures.map((message) => message.message).join('; ')}`);
  return { mayHaveStatuses, sites: byOffset(sites), members: byOffset(members) };
}

export function sourceFileOf(code: string, language: Language, tsModule: TS = ts): ts.SourceFile {
  return tsModule.createSourceFile(FILE_NAMES[language], code, tsModule.ScriptTarget.Latest, true, language === 'ts' ? tsModule.ScriptKind.TS : tsModule.ScriptKind.JS);
}

/** Every status value at every site, and every library member, as the editor's front end finds them. */
export function editorFacts(code: string, language: Language, tsModule: TS = ts): FrontEndFacts {
  const sourceFile = sourceFileOf(code, language, tsModule);
  const { matcher, syntax } = fileMatcher(tsModule, sourceFile);
  const sites: string[] = [];
  const visit = (node: ts.Node): void => {
    const site = matcher.siteOf(node);
    if (site) sites.push(...siteValues(site, (value) => [value.getStart(sourceFile), value.getEnd()]));
    tsModule.forEachChild(node, visit);
  };
  visit(sourceFile);
  const members = syntax.libraryMembers().map(([node, member]) => `${node.getStart(sourceFile)}-${node.getEnd()} ${member.code}`);
  return { mayHaveStatuses: matcher.mayHaveStatuses, sites: byOffset(sites), members: byOffset(members) };
}

/** Every status hover the editor shows on a number literal or a member's name (`a.B`, `a['B']`, `{ B }`): `start-end code` of its span. */
export function editorHovers(code: string, language: Language, tsModule: TS = ts): string[] {
  const sourceFile = sourceFileOf(code, language, tsModule);
  const hovers: string[] = [];
  const visit = (node: ts.Node): void => {
    const target = tsModule.isPropertyAccessExpression(node)
      ? node.name
      : tsModule.isElementAccessExpression(node)
        ? node.argumentExpression
        : tsModule.isNumericLiteral(node) || tsModule.isBindingElement(node)
          ? node
          : undefined;
    if (target) {
      const status = statusAtPosition(tsModule, sourceFile, target.getStart(sourceFile));
      if (status) hovers.push(`${status.span.start}-${status.span.start + status.span.length} ${status.code}`);
    }
    tsModule.forEachChild(node, visit);
  };
  visit(sourceFile);
  return byOffset(hovers);
}

/**
 * Where the linter's rules see a status that a hover can name: a number literal at a site, or
 * a library member (`start-end code`); nothing in a file the rules skip.
 */
export function linterHoverTargets(facts: FrontEndFacts): string[] {
  if (!facts.mayHaveStatuses) return [];
  const literals = facts.sites.filter((site) => site.split(' ')[2] === 'literal').map((site) => site.split(' ').slice(0, 2).join(' '));
  return byOffset([...literals, ...facts.members]);
}

/** Every inlay hint the editor shows in the whole file: `end code`, at the end of the literal it names. */
export function editorInlayHints(code: string, language: Language, tsModule: TS = ts): string[] {
  const sourceFile = sourceFileOf(code, language, tsModule);
  const literals = new Map<number, number>();
  const visit = (node: ts.Node): void => {
    if (tsModule.isNumericLiteral(node)) literals.set(node.getEnd(), Number(node.text));
    tsModule.forEachChild(node, visit);
  };
  visit(sourceFile);
  return byOffset(statusInlayHints(tsModule, sourceFile, { start: 0, length: code.length }).map((hint) => `${hint.position} ${literals.get(hint.position) ?? '?'}`));
}

/** Where the linter sees a literal the registry names at a site: an inlay hint belongs at its end (`end code`). */
export function linterHintTargets(facts: FrontEndFacts): string[] {
  if (!facts.mayHaveStatuses) return [];
  return byOffset(
    facts.sites
      .map((site) => site.split(' '))
      .filter(([, code, source]) => source === 'literal' && getStatus(Number(code)) !== undefined)
      .map(([range, code]) => `${range!.split('-')[1]} ${code}`),
  );
}

/**
 * The status sites the matcher finds in one file, as plain records, through any of the
 * project's front ends. Each front end parses the file its own way, hands its nodes to the
 * syntax-free `StatusMatcher` and turns the sites into records; tests that loop over
 * `FRONT_ENDS` hold every front end to the same answers.
 */
import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter, type Rule } from 'eslint';
import * as ts from 'typescript';
import { getStatusModel } from '../../src/estree/status-model';
import { fileMatcher } from '../../src/typescript-plugin/syntax';
import type { FrameworkId, SiteKind } from '../../src/frameworks/types';
import type { MatchedSite, StatusMatcher, ValueSource } from '../../src/frameworks/match';

/** One value of one status site. */
export interface SiteRecord {
  /** Where the value is written, 1-based (as ESLint reports). */
  readonly line: number;
  readonly column: number;
  /** The code the value stands for, when it is known. */
  readonly code: number | undefined;
  readonly kind: SiteKind;
  readonly framework: FrameworkId;
  readonly source: ValueSource;
  /** The value as written (`404`, `CREATED`, `StatusCodes.CREATED`). */
  readonly text: string;
}

/** What a front end tells `recordsOf` about its own nodes. */
export interface NodeReader<N extends object> {
  /** 1-based line and column of a node's start. */
  position(node: N): { readonly line: number; readonly column: number };
  text(node: N): string;
}

/** A question to a file's matcher about its nodes, whatever the front end's node type. */
export type MatcherQuestion<T> = <N extends object>(matcher: StatusMatcher<N>, nodes: Iterable<N>, reader: NodeReader<N>) => T;

/** A way of parsing a file and asking the matcher about it. */
export interface MatcherFrontEnd {
  readonly name: string;
  /** Parses the file and asks `question` of its matcher and every node, outermost first. */
  ask<T>(code: string, filename: string, question: MatcherQuestion<T>): T;
  /** Every site value of the file, in any order. */
  sites(code: string, filename: string): SiteRecord[];
}

function frontEnd(name: string, ask: <T>(code: string, filename: string, question: MatcherQuestion<T>) => T): MatcherFrontEnd {
  return { name, ask, sites: (code, filename) => ask(code, filename, recordsOf) };
}

/**
 * The records of the sites the matcher finds among `nodes`. Shared by the front ends; it
 * also holds the matcher to its promise that a file its text hint rules out has no site.
 */
export function recordsOf<N extends object>(matcher: StatusMatcher<N>, nodes: Iterable<N>, reader: NodeReader<N>): SiteRecord[] {
  const sites: MatchedSite<N>[] = [];
  for (const node of nodes) {
    const site = matcher.siteOf(node);
    if (site) sites.push(site);
  }
  if (sites.length > 0 && !matcher.mayHaveStatuses) {
    throw new Error(`the file's text hint says it has no status site, yet the matcher finds ${sites.length}`);
  }
  return sites.flatMap((site) =>
    site.values.map((value) => ({
      ...reader.position(value.node),
      code: value.code,
      kind: site.kind,
      framework: site.framework,
      source: value.source,
      text: reader.text(value.node),
    })),
  );
}

type Node = TSESTree.Node;

function* walk(node: Node, visitorKeys: Readonly<Record<string, readonly string[] | undefined>>): Generator<Node> {
  yield node;
  for (const key of visitorKeys[node.type] ?? []) {
    const child = (node as unknown as Record<string, unknown>)[key];
    for (const item of Array.isArray(child) ? child : [child]) {
      if (item && typeof item === 'object' && typeof (item as Node).type === 'string') yield* walk(item as Node, visitorKeys);
    }
  }
}

/**
 * ESLint's Linter with the parsers the rule tests use: typescript-eslint's for `.ts`/`.tsx`,
 * espree with ESLint's defaults otherwise (`.js`, `.mjs` as modules, `.cjs` as CommonJS). An
 * inline rule asks the status model about every node once the file is read.
 */
export const ESTREE_FRONT_END: MatcherFrontEnd = frontEnd('ESTree (ESLint)', (code, filename, question) => {
  let asked = false;
  let answer: ReturnType<typeof question> | undefined;
  const collect: Rule.RuleModule = {
    meta: { type: 'problem', schema: [] },
    create(context) {
      const tsContext = context as unknown as Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
      return {
        'Program:exit'() {
          const model = getStatusModel(tsContext);
          const { sourceCode } = tsContext;
          asked = true;
          answer = question(model.matcher, walk(sourceCode.ast, sourceCode.visitorKeys), {
            position: (node) => ({ line: node.loc.start.line, column: node.loc.start.column + 1 }),
            text: (node) => sourceCode.getText(node),
          });
        },
      };
    },
  };
  const linter = new Linter({ configType: 'flat' });
  const config: Linter.Config[] = [
    { files: ['**/*'], plugins: { matcher: { rules: { collect } } }, rules: { 'matcher/collect': 'error' } },
    { files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'], languageOptions: { parser: tsParser as never } },
  ];
  const messages = linter.verify(code, config, { filename });
  const fatal = messages.find((message) => message.fatal || message.ruleId === 'matcher/collect');
  if (fatal) throw new Error(`${filename}:${fatal.line}:${fatal.column} ${fatal.message}`);
  if (!asked) throw new Error(`${filename}: the status model was not asked`);
  return answer as ReturnType<typeof question>;
});

function* walkTypeScript(node: ts.Node): Generator<ts.Node> {
  yield node;
  const children: ts.Node[] = [];
  ts.forEachChild(node, (child) => {
    children.push(child);
  });
  for (const child of children) yield* walkTypeScript(child);
}

/** TypeScript's own parser and the TypeScript-AST adapter, as the tsserver plugin reads a file. */
export const TYPESCRIPT_FRONT_END: MatcherFrontEnd = frontEnd('TypeScript AST (tsserver plugin)', (code, filename, question) => {
  const scriptKind = /\.[cm]?tsx?$/.test(filename) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const sourceFile = ts.createSourceFile(filename, code, ts.ScriptTarget.Latest, true, scriptKind);
  const { matcher } = fileMatcher(ts, sourceFile);
  return question(matcher, walkTypeScript(sourceFile), {
    position: (node) => {
      const { line, character } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
      return { line: line + 1, column: character + 1 };
    },
    text: (node) => node.getText(sourceFile),
  });
});

/** Every front end the tests run through: the linter's and the editor's. */
export const FRONT_ENDS: readonly MatcherFrontEnd[] = [ESTREE_FRONT_END, TYPESCRIPT_FRONT_END];

/** Where the value is written; two sites of one value (a call and its init object's key) by framework, then kind. */
function byPosition(a: SiteRecord, b: SiteRecord): number {
  return a.line - b.line || a.column - b.column || a.framework.localeCompare(b.framework) || a.kind.localeCompare(b.kind);
}

/** The site values of a file, in the order they are written, the same through every front end. */
export function sitesOf(code: string, filename: string, frontEnd: MatcherFrontEnd = ESTREE_FRONT_END): SiteRecord[] {
  return frontEnd.sites(code, filename).sort(byPosition);
}

/**
 * A site value in one line, for tables of expectations: `set express 404`,
 * `set express 201 (constant CREATED)`, `error koa ? (unknown code)`.
 */
export function brief(record: SiteRecord): string {
  const head = `${record.kind} ${record.framework} ${record.code ?? '?'}`;
  return record.source === 'literal' ? head : `${head} (${record.source} ${record.text})`;
}

/** The site values of a file, each in one line (see `brief`). */
export function briefSitesOf(code: string, filename: string, frontEnd: MatcherFrontEnd = ESTREE_FRONT_END): string[] {
  return sitesOf(code, filename, frontEnd).map(brief);
}


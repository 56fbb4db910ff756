/**
 * The TypeScript-AST adapter's scope index against the scope manager the linter uses
 * (typescript-eslint's): every use of a value in the fixture files must resolve to the same
 * declaration, and every variable must have the same uses, read and written alike. This is
 * what makes `parameterOf`, `constantNumber`, `isUndeclared` and the tracked imports agree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import * as ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ScopeIndex } from '../src/typescript-plugin/scopes';
import { StaticEvaluator } from '../src/typescript-plugin/static-values';

const ROOT = join(__dirname, '..');

const FILES = ['tests/fixtures/labelled', 'examples/src', 'src/typescript-plugin', 'src/frameworks/match'].flatMap((folder) =>
  readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(?:[cm]?js|ts)$/.test(file))
    .sort()
    .map((file) => join(folder, file)),
);

interface EstreeNode {
  readonly type: string;
  readonly range: [number, number];
  parent?: EstreeNode;
}

/** typescript-eslint's AST with parents, the ranges of its `typeof x` type queries, and its scopes. */
function parseWithScopes(code: string, file: string) {
  const result = tsParser.parseForESLint(code, { range: true, sourceType: file.endsWith('.cjs') ? 'script' : 'module', ecmaVersion: 'latest' });
  const typeQueries: [number, number][] = [];
  const visit = (node: EstreeNode, parent: EstreeNode | undefined): void => {
    node.parent = parent;
    if (node.type === 'TSTypeQuery') typeQueries.push(node.range);
    for (const key of result.visitorKeys[node.type] ?? []) {
      const value = (node as unknown as Record<string, unknown>)[key];
      for (const child of Array.isArray(value) ? value : [value]) {
        if (child && typeof child === 'object' && 'type' in child) visit(child as EstreeNode, node);
      }
    }
  };
  visit(result.ast as unknown as EstreeNode, undefined);
  return { scopeManager: result.scopeManager!, typeQueries };
}

function identifiersByStart(sourceFile: ts.SourceFile): Map<number, ts.Identifier> {
  const identifiers = new Map<number, ts.Identifier>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) identifiers.set(node.getStart(sourceFile), node);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return identifiers;
}

describe.each(FILES)('the scopes of %s', (file) => {
  const code = readFileSync(join(ROOT, file), 'utf8');
  const isTypeScript = file.endsWith('.ts');
  const sourceFile = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, isTypeScript ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const { scopeManager, typeQueries } = parseWithScopes(code, file);
  const identifiers = identifiersByStart(sourceFile);
  const index = new ScopeIndex(ts, sourceFile);
  const inTypeQuery = (range: readonly [number, number]) => typeQueries.some(([start, end]) => start <= range[0] && range[1] <= end);

  it('resolve every use of a value to the declaration ESLint resolves it to', () => {
    const differences: string[] = [];
    for (const scope of scopeManager.scopes) {
      for (const reference of scope.references) {
        const identifier = reference.identifier as TSESTree.Identifier;
        if (!reference.isValueReference || identifier.type !== 'Identifier' || inTypeQuery(identifier.range)) continue;
        const variable = reference.resolved;
        if (variable && variable.defs.length > 0 && !variable.isValueVariable) continue;
        const expected = variable && variable.defs.length > 0 ? variable.defs[0]!.name.range[0] : null;
        const node = identifiers.get(identifier.range[0]);
        const actual = node ? (index.variableOf(node)?.definitions[0]?.name.getStart(sourceFile) ?? null) : 'no identifier';
        if (actual !== expected) differences.push(`${identifier.name} at line ${identifier.loc.start.line}: ESLint ${expected}, here ${actual}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it("list every variable's uses as ESLint does", () => {
    const differences: string[] = [];
    for (const scope of scopeManager.scopes) {
      for (const variable of scope.variables) {
        const definition = variable.defs[0];
        if (!definition || definition.type !== 'Variable' || !variable.isValueVariable) continue;
        const node = identifiers.get(definition.name.range[0]);
        const found = node && index.variableOf(node);
        if (!found) {
          differences.push(`${variable.name}: not declared here`);
          continue;
        }
        // ESLint records the initialisation of a destructured name with a default twice, and
        // counts `typeof x` in a type as a use; neither changes what is constant or where an import goes.
        const expected = new Set(
          variable.references
            .filter((reference) => reference.isValueReference && reference.identifier.type === 'Identifier' && !inTypeQuery(reference.identifier.range))
            .map((reference) => `${reference.identifier.range[0]}${reference.isRead() ? 'r' : ''}${reference.isWrite() ? 'w' : ''}${reference.init ? 'i' : ''}`),
        );
        const actual = index
          .referencesOf(found)
          .map((reference) => `${reference.identifier.getStart(sourceFile)}${reference.read ? 'r' : ''}${reference.write ? 'w' : ''}${reference.init ? 'i' : ''}`);
        if ([...expected].sort().join() !== [...actual].sort().join()) differences.push(`${variable.name}: ESLint ${[...expected].sort()}, here ${actual.sort()}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('find the parameter of every identifier that the full resolution finds', () => {
    const resolving = new ScopeIndex(ts, sourceFile);
    const differences: string[] = [];
    for (const [start, identifier] of identifiers) {
      const definition = resolving.variableOf(identifier)?.definitions[0];
      const expected = definition?.kind === 'parameter' ? definition.node : undefined;
      if (index.parameterOf(identifier) !== expected) differences.push(`${identifier.text} at ${start}`);
    }
    expect(differences).toEqual([]);
  });
});

describe('the parameter of a name', () => {
  /** The parameter the last `res` of the code refers to, as `name@offset` of its declaration. */
  const parameterOfLast = (code: string) => {
    const sourceFile = ts.createSourceFile('file.ts', code, ts.ScriptTarget.Latest, true);
    const last = [...identifiersByStart(sourceFile)].filter(([, node]) => node.text === 'res').at(-1)![1];
    const parameter = new ScopeIndex(ts, sourceFile).parameterOf(last);
    return parameter ? `${parameter.name.getText(sourceFile)}@${parameter.getStart(sourceFile)}` : undefined;
  };

  it.each([
    ['a handler parameter a few blocks in', '(req, res) => { if (a) { while (b) { res; } } }', 'res@6'],
    ['a parameter after a destructured one', '({ a }, res) => res', 'res@8'],
    ['a name in a destructured parameter', '(req, { res }) => res', '{ res }@6'],
    ['a let in a block between', '(res) => { { let res = 1; res; } }', undefined],
    ['a var in a nested function', '(res) => function () { var res; return res; }', undefined],
    ['a catch parameter', '(res) => { try {} catch (res) { res; } }', undefined],
    ['a loop variable', '(res) => { for (const res of list) res; }', undefined],
    ["a function expression's own name", '(res) => function res() { return res; }', undefined],
    ['an outer parameter past a function without it', '(res) => () => res', 'res@1'],
    ['a parameter default', '(res, other = res) => other', 'res@1'],
    ['a top-level name', 'const res = 1;\nres;', undefined],
  ])('%s', (_name, code, expected) => {
    expect(parameterOfLast(code)).toBe(expected);
  });
});

describe('static values', () => {
  const valueOf = (code: string) => {
    const sourceFile = ts.createSourceFile('file.ts', code, ts.ScriptTarget.Latest, true);
    const last = sourceFile.statements[sourceFile.statements.length - 1] as ts.ExpressionStatement;
    return new StaticEvaluator(ts, new ScopeIndex(ts, sourceFile)).valueOf(last.expression)?.value;
  };

  it.each([
    ['a const', 'const C = 204;\nC;', 204],
    ['a let never written again', 'let C = 204;\nC;', 204],
    ['a let written again', 'let C = 204;\nC = 500;\nC;', undefined],
    ['a member of an object as const', 'const S = { A: 201 } as const;\nS.A;', 201],
    ['a frozen object', "const S = Object.freeze({ A: 201, ['B']: 202 });\nS['B'];", 202],
    ['an object changed later', 'const S = { A: 201 };\nS.A = 500;\nS.A;', undefined],
    ['arithmetic and a template', 'const base = 400;\n`${base + 4}`;', '404'],
    ['a spread and an array', 'const a = { x: 1 };\nconst b = { ...a, y: [2, 3] };\nb.y[1];', 3],
    ['a built-in', 'Number.parseInt("418", 10);', 418],
    ['a shadowed built-in', 'const Number = { parseInt: () => 1 };\nNumber.parseInt("418", 10);', undefined],
    ['a destructured const', 'const { A } = { A: 201 };\nA;', undefined],
    ['a const of another scope', 'function f() { const C = 204; }\nC;', undefined],
    ['a parameter', 'function f(C = 204) { return C; }\nf;', undefined],
  ])('%s', (_name, code, expected) => {
    expect(valueOf(code)).toEqual(expected);
  });
});

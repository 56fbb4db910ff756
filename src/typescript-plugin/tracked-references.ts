/**
 * The file's imports, requires and globals that lead to the matcher's tracked references
 * (`TRACKED_REFERENCES`), followed over TypeScript's tree the way ESLint's `ReferenceTracker`
 * follows them for the linter, and reported on the same nodes: the call or construction for a
 * `call` or `construct` use, the member (or destructured property) for a `read`.
 */
import type * as ts from 'typescript';
import { isValueWrapper, skipParentheses } from './parentheses';
import { TRACKED_GLOBALS, TRACKED_MODULES, TRACKED_REFERENCES, type TrackedReferenceInfo, type TrackedUse } from '../frameworks/match';
import type { ConstantsLibraryId } from '../registry';
import type { ScopeIndex, Variable } from './scopes';
import { StaticEvaluator } from './static-values';

type TS = typeof ts;

const READ = Symbol('read');
const CALL = Symbol('call');
const CONSTRUCT = Symbol('construct');

type Use = typeof READ | typeof CALL | typeof CONSTRUCT;

/** What a use leads to; `true` marks a use that is followed but leads to no reference of its own (`require(…)`). */
type Info = TrackedReferenceInfo | true;

interface TraceMap {
  [key: string]: TraceMap;
  [READ]?: Info;
  [CALL]?: Info;
  [CONSTRUCT]?: Info;
}

const USES: Readonly<Record<TrackedUse, Use>> = { call: CALL, construct: CONSTRUCT, read: READ };

function child(map: TraceMap, key: string): TraceMap | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

function element(map: TraceMap, path: readonly string[]): TraceMap {
  let current = map;
  for (const key of path) {
    if (!Object.hasOwn(current, key)) current[key] = {};
    current = current[key]!;
  }
  return current;
}

/** The tracked references as maps by module (ESM, CommonJS) and by global, as the linter's tracker reads them. */
function buildTraceMaps(): { esm: TraceMap; cjs: TraceMap; globals: TraceMap } {
  const esm: TraceMap = {};
  const cjs: TraceMap = {};
  const globals: TraceMap = {};
  for (const { source, use, info } of TRACKED_REFERENCES) {
    if (source.type === 'global') {
      element(globals, source.path)[USES[use]] = info;
      continue;
    }
    if (source.esm) element(esm, [source.module, ...source.path])[USES[use]] = info;
    if (source.cjs) element(cjs, [source.module, ...source.path])[USES[use]] = info;
  }
  return { esm, cjs, globals };
}

const TRACE_MAPS = buildTraceMaps();

/** `require(…)` itself: the calls of an unbound `require` are where CommonJS modules come in. */
const REQUIRE_MAP: TraceMap = { [CALL]: true };

/** A local name bound to a constants library's object: `StatusCodes`, `S` in `import { StatusCodes as S }`, `httpStatus = require('http-status')`. */
export interface LibraryBinding {
  readonly local: string;
  readonly library: ConstantsLibraryId;
  readonly position: number;
}

export interface TrackedIndex {
  readonly references: ReadonlyMap<ts.Node, TrackedReferenceInfo>;
  /** In source order. */
  readonly libraryBindings: readonly LibraryBinding[];
}

const EMPTY: TrackedIndex = { references: new Map(), libraryBindings: [] };

function libraryOf(map: TraceMap): ConstantsLibraryId | undefined {
  for (const key of Object.keys(map)) {
    const info = map[key]![READ];
    if (info !== undefined && info !== true && info.type === 'member') return info.member.library;
  }
  return undefined;
}

type Emit = (node: ts.Node, use: Use, info: Info) => void;

class Tracker {
  readonly references = new Map<ts.Node, TrackedReferenceInfo>();
  readonly libraryBindings: LibraryBinding[] = [];
  private readonly stack: Variable[] = [];
  /** Property names are read without resolving names, as the linter's tracker does. */
  private readonly names: StaticEvaluator;
  private readonly record: Emit = (node, _use, info) => {
    if (info !== true) this.references.set(node, info);
  };

  constructor(
    private readonly tsModule: TS,
    private readonly sourceFile: ts.SourceFile,
    private readonly index: ScopeIndex,
  ) {
    this.names = new StaticEvaluator(tsModule, undefined);
  }

  /** `import { StatusCodes } from 'http-status-codes'`, `import createError from 'http-errors'`, `import * as kit from '@sveltejs/kit'`. */
  esm(): void {
    const tsModule = this.tsModule;
    for (const statement of moduleImports(tsModule, this.sourceFile)) {
      if (!tsModule.isImportDeclaration(statement) || !tsModule.isStringLiteral(statement.moduleSpecifier)) continue;
      const map = child(TRACE_MAPS.esm, statement.moduleSpecifier.text);
      const clause = statement.importClause;
      if (!map || !clause) continue;
      if (map[READ]) this.record(statement, READ, map[READ]);
      if (clause.name) this.importBinding(clause.name, 'default', map, clause.name);
      const bindings = clause.namedBindings;
      if (bindings && tsModule.isNamespaceImport(bindings)) {
        this.bind(bindings.name, map);
      } else if (bindings) {
        for (const specifier of bindings.elements) this.importBinding(specifier.name, (specifier.propertyName ?? specifier.name).text, map, specifier);
      }
    }
  }

  private importBinding(local: ts.Identifier, key: string, map: TraceMap, node: ts.Node): void {
    const next = child(map, key);
    if (!next) return;
    if (next[READ]) this.record(node, READ, next[READ]);
    this.bind(local, next);
  }

  private bind(identifier: ts.Identifier, map: TraceMap): void {
    const library = libraryOf(map);
    if (library) this.libraryBindings.push({ local: identifier.text, library, position: identifier.getStart(this.sourceFile) });
    this.variableReferences(this.index.variableOf(identifier), map, false, this.record);
  }

  /**
   * `import createError = require('http-errors')`: TypeScript's CommonJS import, which binds
   * what `require` returns. (The linter's tracker does not follow it yet.)
   */
  importEquals(): void {
    const tsModule = this.tsModule;
    for (const statement of moduleImports(tsModule, this.sourceFile)) {
      if (!tsModule.isImportEqualsDeclaration(statement) || !tsModule.isExternalModuleReference(statement.moduleReference)) continue;
      const specifier = statement.moduleReference.expression;
      const map = tsModule.isStringLiteral(specifier) ? child(TRACE_MAPS.cjs, specifier.text) : undefined;
      if (!map) continue;
      if (map[READ]) this.record(statement, READ, map[READ]);
      this.bind(statement.name, map);
    }
  }

  /** `require('m')`, `const { a } = require('m')`, `require('http-errors')(404)`, by an unbound `require`. */
  cjs(): void {
    const requires = this.index.unresolved('require');
    if (requires.some((reference) => reference.write)) return;
    const calls: ts.CallExpression[] = [];
    for (const reference of requires) {
      if (reference.read) this.propertyReferences(reference.identifier, REQUIRE_MAP, (node) => calls.push(node as ts.CallExpression));
    }
    for (const call of calls) {
      const key = this.names.stringOf(call.arguments[0]);
      const map = key === null ? undefined : child(TRACE_MAPS.cjs, key);
      if (!map) continue;
      if (map[READ]) this.record(call, READ, map[READ]);
      this.propertyReferences(call, map, this.record);
    }
  }

  /**
   * Globals (`new Response(…)`, `Response.json(…)`) used without a declaration of their
   * name, directly, as the linter reads them when no environment declares them; and through
   * `globalThis`, which every environment declares.
   */
  globals(): void {
    const tsModule = this.tsModule;
    for (const name of Object.keys(TRACE_MAPS.globals)) {
      const map = TRACE_MAPS.globals[name]!;
      for (const { identifier } of this.index.unresolved(name)) {
        const node = outermostParentheses(tsModule, identifier);
        const parent = node.parent;
        if (tsModule.isNewExpression(parent) && parent.expression === node) {
          if (map[CONSTRUCT]) this.record(parent, CONSTRUCT, map[CONSTRUCT]);
          continue;
        }
        if (!tsModule.isPropertyAccessExpression(parent) || parent.expression !== node || !tsModule.isIdentifier(parent.name)) continue;
        const member = outermostParentheses(tsModule, parent);
        const call = member.parent;
        const info = child(map, parent.name.text)?.[CALL];
        if (info && tsModule.isCallExpression(call) && call.expression === member) this.record(call, CALL, info);
      }
    }
    const globalObjects = this.index.unresolved('globalThis');
    if (globalObjects.some((reference) => reference.write)) return;
    for (const reference of globalObjects) if (reference.read) this.propertyReferences(reference.identifier, TRACE_MAPS.globals, this.record);
  }

  private variableReferences(variable: Variable | undefined, map: TraceMap, shouldReport: boolean, emit: Emit): void {
    if (!variable || this.stack.includes(variable)) return;
    this.stack.push(variable);
    try {
      for (const reference of this.index.referencesOf(variable)) {
        if (!reference.read) continue;
        if (shouldReport && map[READ]) emit(reference.identifier, READ, map[READ]);
        this.propertyReferences(reference.identifier, map, emit);
      }
    } finally {
      this.stack.pop();
    }
  }

  /** Whether a node's value passes to its parent unchanged (`a || b`, `c ? a : b`, `x as T`, `(x)`). */
  private isPassThrough(node: ts.Node): boolean {
    const tsModule = this.tsModule;
    const K = tsModule.SyntaxKind;
    const parent = node.parent;
    if (!parent) return false;
    if (isValueWrapper(tsModule, parent)) return true;
    switch (parent.kind) {
      case K.ConditionalExpression:
        return (parent as ts.ConditionalExpression).whenTrue === node || (parent as ts.ConditionalExpression).whenFalse === node;
      case K.BinaryExpression: {
        const binary = parent as ts.BinaryExpression;
        const operator = binary.operatorToken.kind;
        if (operator === K.BarBarToken || operator === K.AmpersandAmpersandToken || operator === K.QuestionQuestionToken) return true;
        return operator === K.CommaToken && binary.right === node;
      }
      default:
        return false;
    }
  }

  private propertyReferences(root: ts.Node, map: TraceMap, emit: Emit): void {
    const tsModule = this.tsModule;
    let node = root;
    while (this.isPassThrough(node)) node = node.parent;
    const parent = node.parent;
    if (!parent) return;
    if ((tsModule.isPropertyAccessExpression(parent) || tsModule.isElementAccessExpression(parent)) && parent.expression === node) {
      const key = tsModule.isPropertyAccessExpression(parent)
        ? tsModule.isPrivateIdentifier(parent.name)
          ? null
          : parent.name.text
        : this.names.stringOf(parent.argumentExpression);
      const next = key === null ? undefined : child(map, key);
      if (!next) return;
      if (next[READ]) emit(parent, READ, next[READ]);
      this.propertyReferences(parent, next, emit);
      return;
    }
    if (tsModule.isCallExpression(parent)) {
      if (parent.expression === node && map[CALL]) emit(parent, CALL, map[CALL]);
      return;
    }
    if (tsModule.isNewExpression(parent)) {
      if (parent.expression === node && map[CONSTRUCT]) emit(parent, CONSTRUCT, map[CONSTRUCT]);
      return;
    }
    if (tsModule.isBinaryExpression(parent)) {
      const operator = parent.operatorToken.kind;
      const K = tsModule.SyntaxKind;
      if (parent.right === node && operator >= K.FirstAssignment && operator <= K.LastAssignment) {
        this.lhsReferences(parent.left, map, emit);
        this.propertyReferences(parent, map, emit);
      }
      return;
    }
    if (
      ((tsModule.isParameter(parent) || tsModule.isBindingElement(parent) || tsModule.isVariableDeclaration(parent)) && parent.initializer === node) ||
      (tsModule.isShorthandPropertyAssignment(parent) && parent.objectAssignmentInitializer === node)
    ) {
      this.lhsReferences(parent.name, map, emit);
    }
  }

  /** What a pattern binds from a tracked value: `x`, `{ a, b: c }`, `{ a = 1 }`. */
  private lhsReferences(pattern: ts.Node, map: TraceMap, emit: Emit): void {
    const tsModule = this.tsModule;
    const node = skipParentheses(tsModule, pattern);
    if (tsModule.isIdentifier(node)) {
      if (emit === this.record) this.bind(node, map);
      else this.variableReferences(this.index.variableOf(node), map, false, emit);
      return;
    }
    if (tsModule.isObjectBindingPattern(node)) {
      for (const binding of node.elements) {
        if (binding.dotDotDotToken) continue;
        const key = binding.propertyName ? this.propertyKey(binding.propertyName) : tsModule.isIdentifier(binding.name) ? binding.name.text : null;
        const next = key === null ? undefined : child(map, key);
        if (!next) continue;
        if (next[READ]) emit(binding, READ, next[READ]);
        this.lhsReferences(binding.name, next, emit);
      }
      return;
    }
    if (tsModule.isObjectLiteralExpression(node)) {
      for (const property of node.properties) {
        if (!tsModule.isPropertyAssignment(property) && !tsModule.isShorthandPropertyAssignment(property)) continue;
        const key = this.propertyKey(property.name);
        const next = key === null ? undefined : child(map, key);
        if (!next) continue;
        if (next[READ]) emit(property, READ, next[READ]);
        this.lhsReferences(tsModule.isPropertyAssignment(property) ? property.initializer : property.name, next, emit);
      }
      return;
    }
    if (tsModule.isBinaryExpression(node) && node.operatorToken.kind === tsModule.SyntaxKind.EqualsToken) this.lhsReferences(node.left, map, emit);
  }

  private propertyKey(name: ts.PropertyName): string | null {
    const tsModule = this.tsModule;
    if (tsModule.isIdentifier(name) || tsModule.isStringLiteral(name)) return name.text;
    if (tsModule.isNumericLiteral(name)) return String(Number(name.text));
    if (tsModule.isComputedPropertyName(name)) return this.names.stringOf(name.expression);
    return null;
  }
}


const MODULE_IMPORTS = new WeakMap<ts.SourceFile, readonly ts.Statement[]>();

/**
 * The file's `import` and `import x = require()` statements, picked out once by kind: a long
 * file has thousands of statements, and each `typescript` export (`isImportDeclaration`) is a
 * getter, two deep in tsserver.
 */
function moduleImports(tsModule: TS, sourceFile: ts.SourceFile): readonly ts.Statement[] {
  let statements = MODULE_IMPORTS.get(sourceFile);
  if (!statements) {
    const { ImportDeclaration, ImportEqualsDeclaration } = tsModule.SyntaxKind;
    statements = sourceFile.statements.filter((statement) => statement.kind === ImportDeclaration || statement.kind === ImportEqualsDeclaration);
    MODULE_IMPORTS.set(sourceFile, statements);
  }
  return statements;
}

/** `(Response)` stands where `Response` does. */
function outermostParentheses(tsModule: TS, node: ts.Node): ts.Node {
  let current = node;
  while (current.parent && tsModule.isParenthesizedExpression(current.parent)) current = current.parent;
  return current;
}

/**
 * Every catalogue helper and constants-library member the file reaches through its imports
 * and globals, by node. A file whose text names none of the tracked modules or globals has
 * none, and is not walked (its scope index is not even built).
 */
export function trackReferences(tsModule: TS, sourceFile: ts.SourceFile, scopes: () => ScopeIndex): TrackedIndex {
  const text = sourceFile.text;
  // What an import or a `require` names is in the text, so a file that names no tracked module
  // or global has nothing to track. Searched for as the linter does, but in fewer passes over a
  // long file: imports are read off the top-level statements, and only `require`, `Response`
  // and `globalThis` are searched for in the text.
  const imports = moduleImports(tsModule, sourceFile).some(
    (statement) =>
      (tsModule.isImportDeclaration(statement) && tsModule.isStringLiteral(statement.moduleSpecifier) && child(TRACE_MAPS.esm, statement.moduleSpecifier.text)) ||
      (tsModule.isImportEqualsDeclaration(statement) &&
        tsModule.isExternalModuleReference(statement.moduleReference) &&
        tsModule.isStringLiteral(statement.moduleReference.expression) &&
        child(TRACE_MAPS.cjs, statement.moduleReference.expression.text)),
  );
  const namesGlobals = TRACKED_GLOBALS.some((name) => text.includes(name));
  // Last, and only when it decides: `req` on every line makes this the slowest search of a long file.
  if (!imports && !namesGlobals && !text.includes('require')) return EMPTY;
  const namesModules = imports || TRACKED_MODULES.some((module) => text.includes(module));
  if (!namesModules && !namesGlobals) return EMPTY;
  const tracker = new Tracker(tsModule, sourceFile, scopes());
  if (namesModules) {
    tracker.esm();
    tracker.importEquals();
    tracker.cjs();
  }
  if (namesGlobals) tracker.globals();
  const libraryBindings = [...tracker.libraryBindings].sort((a, b) => a.position - b.position);
  return { references: tracker.references, libraryBindings };
}

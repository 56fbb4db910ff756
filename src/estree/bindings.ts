import { AST } from './ast';
import {ASTUtils, type TSESLint, type TSESTree} from '@typescript-eslint/utils';
import { TRACKED_GLOBALS, TRACKED_MODULES, TRACKED_REFERENCES, type LibraryMember, type TrackedReferenceInfo, type TrackedUse } from '../frameworks/match';

export type { LibraryMember };

const { ReferenceTracker } = ASTUtils;
type TraceMap = Parameters<InstanceType<typeof ReferenceTracker>['iterateEsmReferences']>[0];

function element(map: Record<string | symbol, unknown>, path: readonly string[]): Record<string | symbol, unknown> {
  let current = map;
  for (const key of path) {
    current[key] ??= {};
    current = current[key] as Record<string | symbol, unknown>;
  }
  return current;
}

const USE_KEYS: Readonly<Record<TrackedUse, symbol>> = {
  call: ReferenceTracker.CALL,
  construct: ReferenceTracker.CONSTRUCT,
  read: ReferenceTracker.READ,
};

/** The matcher's tracked references as the tracker's maps for ESM imports, CommonJS requires and globals. */
function buildTraceMaps(): { esm: TraceMap; cjs: TraceMap; globals: TraceMap } {
  const esm: Record<string | symbol, unknown> = {};
  const cjs: Record<string | symbol, unknown> = {};
  const globals: Record<string | symbol, unknown> = {};
  for (const { source, use, info } of TRACKED_REFERENCES) {
    const key = USE_KEYS[use];
    if (source.type === 'global') {
      element(globals, source.path)[key] = info;
      continue;
    }
    if (source.esm) {
      element(esm, [source.module])[ReferenceTracker.ESM] = true;
      element(esm, [source.module, ...source.path])[key] = info;
    }
    if (source.cjs) element(cjs, [source.module, ...source.path])[key] = info;
  }
  return { esm: esm as TraceMap, cjs: cjs as TraceMap, globals: globals as TraceMap };
}

const TRACE_MAPS = buildTraceMaps();

type TrackedReference = { node: TSESTree.Node; info: unknown };

function infoAt(map: unknown, key: symbol): unknown {
  return (map as Record<symbol, unknown> | undefined)?.[key];
}

/** What a use of a global name leads to: `new Response(…)`, `Response.json(…)`. */
function globalUse(identifier: TSESTree.Identifier, map: unknown): TrackedReference | undefined {
  const parent = identifier.parent;
  if (parent.type === AST.NewExpression && parent.callee === identifier) {
    const info = infoAt(map, ReferenceTracker.CONSTRUCT);
    return info ? { node: parent, info } : undefined;
  }
  if (
    parent.type === AST.MemberExpression &&
    parent.object === identifier &&
    !parent.computed &&
    parent.property.type === AST.Identifier &&
    parent.parent.type === AST.CallExpression &&
    parent.parent.callee === parent
  ) {
    const member = (map as Record<string, unknown>)[parent.property.name];
    const info = infoAt(member, ReferenceTracker.CALL);
    return info ? { node: parent.parent, info } : undefined;
  }
  return undefined;
}

/**
 * Web globals such as `Response` are often used without being declared to ESLint (no
 * `globals` configured); the tracker sees only declared ones, so undeclared uses are
 * read here from the references that leave the file unresolved.
 */
function undeclaredGlobalReferences(globalScope: TSESLint.Scope.Scope): TrackedReference[] {
  const found: TrackedReference[] = [];
  const globals = TRACE_MAPS.globals as Record<string, unknown>;
  for (const reference of globalScope.through) {
    const name = reference.identifier.name;
    if (!Object.hasOwn(globals, name) || globalScope.set.has(name)) continue;
    const use = globalUse(reference.identifier as TSESTree.Identifier, globals[name]);
    if (use) found.push(use);
  }
  return found;
}

/**
 * A `require` the file never declares is Node's, whatever `sourceType` the host configured
 * (ESLint parses `.js` as a module and declares no `require` then). The tracker only follows
 * declared globals, so it is shown a global scope in which the undeclared `require` is one.
 */
function withUndeclaredRequire(globalScope: TSESLint.Scope.Scope): TSESLint.Scope.Scope {
  if (globalScope.set.has('require')) return globalScope;
  const references = globalScope.through.filter((reference) => reference.identifier.name === 'require');
  if (references.length === 0) return globalScope;
  const variable = { name: 'require', defs: [], references, identifiers: [], scope: globalScope };
  const set = new Map(globalScope.set).set('require', variable as unknown as never);
  return new Proxy(globalScope, {
    get: (target, property, receiver) => (property === 'set' ? set : Reflect.get(target, property, receiver)),
  });
}

/**
 * TypeScript's `import createError = require('http-errors')`, which the tracker does not
 * read: each use of the name is followed as a `require` of the module would be.
 */
/** The tracker's `iteratePropertyReferences`, which @eslint-community/eslint-utils has and typescript-eslint's typings leave out. */
interface PropertyTracker {
  iteratePropertyReferences(node: TSESTree.Node, traceMap: TraceMap): IterableIterator<TrackedReference>;
}

function importEqualsReferences(sourceCode: Readonly<TSESLint.SourceCode>, tracker: PropertyTracker): TrackedReference[] {
  const found: TrackedReference[] = [];
  const cjs = TRACE_MAPS.cjs as Record<string, TraceMap>;
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== AST.TSImportEqualsDeclaration || statement.moduleReference.type !== AST.TSExternalModuleReference) continue;
    const module = statement.moduleReference.expression.value;
    if (!Object.hasOwn(cjs, module)) continue;
    for (const variable of sourceCode.getDeclaredVariables(statement)) {
      for (const reference of variable.references) {
        if (reference.isRead()) found.push(...tracker.iteratePropertyReferences(reference.identifier, cjs[module]!));
      }
    }
  }
  return found;
}

/** Every catalogue helper and constants-library member the file reaches through its imports and globals, by node. */
export function resolveTrackedReferences(sourceCode: Readonly<TSESLint.SourceCode>): ReadonlyMap<TSESTree.Node, TrackedReferenceInfo> {
  const text = sourceCode.text;
  const getGlobalScope = () => sourceCode.scopeManager!.globalScope!;
  const tracked = new Map<TSESTree.Node, TrackedReferenceInfo>();
  // The tracker walks every import and require; a file that names none of the modules, or
  // none of the globals, has nothing for it to find. Such a file never asks for its scopes,
  // which hosts that build them on demand (Oxlint) then never build.
  const namesModules = TRACKED_MODULES.some((module) => text.includes(module));
  const namesGlobals = TRACKED_GLOBALS.some((name) => text.includes(name));
  if (!namesModules && !namesGlobals) return tracked;
  const globalScope = getGlobalScope();
  const tracker = new ReferenceTracker(withUndeclaredRequire(globalScope));
  const found: TrackedReference[] = [];
  if (namesModules) {
    found.push(...tracker.iterateEsmReferences(TRACE_MAPS.esm), ...tracker.iterateCjsReferences(TRACE_MAPS.cjs));
    if (text.includes('= require(')) found.push(...importEqualsReferences(sourceCode, tracker as unknown as PropertyTracker));
  }
  if (namesGlobals) {
    found.push(...tracker.iterateGlobalReferences(TRACE_MAPS.globals), ...undeclaredGlobalReferences(globalScope));
  }
  for (const { node, info } of found) tracked.set(node, info as TrackedReferenceInfo);
  return tracked;
}

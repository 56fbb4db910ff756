import { AST } from './ast';
import {ASTUtils, type TSESLint, type TSESTree} from '@typescript-eslint/utils';
import { BINDING_SHAPES, type BindingShape } from '../frameworks';
import { CONSTANTS_LIBRARIES, type ConstantsLibraryId } from '../registry';

const { ReferenceTracker } = ASTUtils;
type TraceMap = Parameters<InstanceType<typeof ReferenceTracker>['iterateEsmReferences']>[0];

export interface LibraryMember {
  readonly library: ConstantsLibraryId;
  readonly member: string;
  readonly code: number;
}

type BindingInfo =
  | { readonly type: 'shape'; readonly shape: BindingShape }
  | { readonly type: 'member'; readonly member: LibraryMember };

/** What the file's imports and globals lead to: framework helpers and library constants. */
export interface ResolvedBindings {
  /** Calls, constructions and decorators of catalogue helpers, by call node. */
  readonly shapes: ReadonlyMap<TSESTree.Node, BindingShape>;
  /** References to constants-library members (`StatusCodes.NOT_FOUND`), by expression node. */
  readonly members: ReadonlyMap<TSESTree.Node, LibraryMember>;
}

function element(map: Record<string | symbol, unknown>, path: readonly string[]): Record<string | symbol, unknown> {
  let current = map;
  for (const key of path) {
    current[key] ??= {};
    current = current[key] as Record<string | symbol, unknown>;
  }
  return current;
}

function invocationKeys(shape: BindingShape): symbol[] {
  switch (shape.invocation) {
    case 'call':
      return [ReferenceTracker.CALL];
    case 'construct':
      return [ReferenceTracker.CONSTRUCT];
    case 'call-or-construct':
      return [ReferenceTracker.CALL, ReferenceTracker.CONSTRUCT];
  }
}

/** Trace maps for ESM imports, CommonJS requires and globals, built once from the catalogue. */
function buildTraceMaps(): { esm: TraceMap; cjs: TraceMap; globals: TraceMap } {
  const esm: Record<string | symbol, unknown> = {};
  const cjs: Record<string | symbol, unknown> = {};
  const globals: Record<string | symbol, unknown> = {};
  const mark = (target: Record<string | symbol, unknown>, info: BindingInfo, keys: symbol[]) => {
    for (const key of keys) target[key] = info;
  };
  for (const shape of BINDING_SHAPES) {
    const info: BindingInfo = { type: 'shape', shape };
    const keys = invocationKeys(shape);
    if (shape.source.type === 'global') {
      mark(element(globals, shape.source.path), info, keys);
      continue;
    }
    for (const module of shape.source.modules) {
      element(esm, [module])[ReferenceTracker.ESM] = true;
      mark(element(esm, [module, ...shape.source.path]), info, keys);
      mark(element(cjs, [module, ...shape.source.path]), info, keys);
      // `module.exports = fn` packages: `require('http-errors')(404)`.
      if (shape.source.path[0] === 'default') {
        mark(element(cjs, [module, ...shape.source.path.slice(1)]), info, keys);
      }
    }
  }
  for (const library of CONSTANTS_LIBRARIES) {
    const exportPaths = [[library.exportName], ...library.alternativeExports.map((name) => [name])];
    element(esm, [library.module])[ReferenceTracker.ESM] = true;
    for (const [code, member] of Object.entries(library.members)) {
      const info: BindingInfo = {
        type: 'member',
        member: { library: library.id, member, code: Number(code) },
      };
      for (const exportPath of exportPaths) {
        mark(element(esm, [library.module, ...exportPath, member]), info, [ReferenceTracker.READ]);
        mark(element(cjs, [library.module, ...exportPath, member]), info, [ReferenceTracker.READ]);
      }
      // `const httpStatus = require('http-status'); httpStatus.NOT_FOUND` (its 1.x layout).
      if (library.exportName === 'default') {
        mark(element(cjs, [library.module, member]), info, [ReferenceTracker.READ]);
      }
    }
    for (const [group, members] of Object.entries(library.extraMembers)) {
      for (const [code, member] of Object.entries(members)) {
        const info: BindingInfo = { type: 'member', member: { library: library.id, member: `extra.${group}.${member}`, code: Number(code) } };
        for (const exportPath of exportPaths) {
          mark(element(esm, [library.module, ...exportPath, 'extra', group, member]), info, [ReferenceTracker.READ]);
          mark(element(cjs, [library.module, ...exportPath, 'extra', group, member]), info, [ReferenceTracker.READ]);
        }
      }
    }
  }
  return {
    esm: esm as TraceMap,
    cjs: cjs as TraceMap,
    globals: globals as TraceMap,
  };
}

const TRACE_MAPS = buildTraceMaps();
const TRACKED_MODULES: readonly string[] = Object.keys(TRACE_MAPS.esm);
const TRACKED_GLOBALS: readonly string[] = Object.keys(TRACE_MAPS.globals);

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

/** Every binding of the catalogue and of the constants libraries that the file uses. */
export function resolveBindings(getGlobalScope: () => TSESLint.Scope.Scope, text: string): ResolvedBindings {
  const shapes = new Map<TSESTree.Node, BindingShape>();
  const members = new Map<TSESTree.Node, LibraryMember>();
  // The tracker walks every import and require; a file that names none of the modules, or
  // none of the globals, has nothing for it to find. Such a file never asks for its scopes,
  // which hosts that build them on demand (Oxlint) then never build.
  const namesModules = TRACKED_MODULES.some((module) => text.includes(module));
  const namesGlobals = TRACKED_GLOBALS.some((name) => text.includes(name));
  if (!namesModules && !namesGlobals) return { shapes, members };
  const globalScope = getGlobalScope();
  const tracker = new ReferenceTracker(withUndeclaredRequire(globalScope));
  const found: TrackedReference[] = [];
  if (namesModules) {
    found.push(...tracker.iterateEsmReferences(TRACE_MAPS.esm), ...tracker.iterateCjsReferences(TRACE_MAPS.cjs));
  }
  if (namesGlobals) {
    found.push(...tracker.iterateGlobalReferences(TRACE_MAPS.globals), ...undeclaredGlobalReferences(globalScope));
  }
  for (const { node, info: rawInfo } of found) {
    const info = rawInfo as BindingInfo;
    if (info.type === 'shape') shapes.set(node, info.shape);
    else members.set(node, info.member);
  }
  return { shapes, members };
}

/** Shapes that may be used without an import (Nuxt auto-imports), by function name. */
export const AUTO_IMPORTED_SHAPES: ReadonlyMap<string, BindingShape> = new Map(
  BINDING_SHAPES.filter((shape) => shape.autoImported && shape.source.type === 'module').map(
    (shape) => [shape.source.path[shape.source.path.length - 1]!, shape],
  ),
);

export function isUnresolvedGlobal(scope: TSESLint.Scope.Scope, node: TSESTree.Identifier): boolean {
  const variable = ASTUtils.findVariable(scope, node);
  return variable === null || variable.defs.length === 0;
}

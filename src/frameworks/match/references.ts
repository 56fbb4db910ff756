import { CONSTANTS_LIBRARIES } from '../../registry';
import { BINDING_SHAPES } from '../index';
import type { BindingShape } from '../types';
import type { TrackedReferenceInfo } from './syntax';

/**
 * How a tracked name is reached: through a module (`import`, `require`) or a global, along
 * a path of exports and members, and used by a call, a construction or a read.
 * - `esm`: `import { a } from 'm'; a.b` reaches `['a', 'b']`; a default import is `'default'`.
 * - `cjs`: `require('m').a.b` reaches `['a', 'b']`; `require('m')` itself is `[]`.
 */
export type TrackedSource =
  | { readonly type: 'module'; readonly module: string; readonly path: readonly string[]; readonly esm: boolean; readonly cjs: boolean }
  | { readonly type: 'global'; readonly path: readonly string[] };

export type TrackedUse = 'call' | 'construct' | 'read';

export interface TrackedReference {
  readonly source: TrackedSource;
  readonly use: TrackedUse;
  readonly info: TrackedReferenceInfo;
}

function usesOf(shape: BindingShape): TrackedUse[] {
  switch (shape.invocation) {
    case 'call':
      return ['call'];
    case 'construct':
      return ['construct'];
    case 'call-or-construct':
      return ['call', 'construct'];
  }
}

function shapeReferences(shape: BindingShape): TrackedReference[] {
  const info: TrackedReferenceInfo = { type: 'shape', shape };
  const references: TrackedReference[] = [];
  for (const use of usesOf(shape)) {
    if (shape.source.type === 'global') {
      references.push({ source: { type: 'global', path: shape.source.path }, use, info });
      continue;
    }
    for (const module of shape.source.modules) {
      const { path } = shape.source;
      references.push({ source: { type: 'module', module, path, esm: true, cjs: true }, use, info });
      if (path[0] === 'default') {
        // `module.exports = fn` packages: `require('http-errors')(404)`, and a namespace import
        // of one called as it is (`import * as createError from 'http-errors'`).
        references.push({ source: { type: 'module', module, path: path.slice(1), esm: true, cjs: true }, use, info });
      } else {
        // The default import of a CommonJS package is its `module.exports`: `import Boom from '@hapi/boom'; new Boom.Boom(…)`.
        references.push({ source: { type: 'module', module, path: ['default', ...path], esm: true, cjs: false }, use, info });
      }
    }
  }
  return references;
}

function libraryReferences(): TrackedReference[] {
  const references: TrackedReference[] = [];
  for (const library of CONSTANTS_LIBRARIES) {
    const exportNames = [library.exportName, ...library.alternativeExports];
    const add = (path: readonly string[], member: string, code: number, esm: boolean) => {
      const info: TrackedReferenceInfo = { type: 'member', member: { library: library.id, member, code } };
      references.push({ source: { type: 'module', module: library.module, path, esm, cjs: true }, use: 'read', info });
    };
    for (const [code, member] of Object.entries(library.members)) {
      for (const exportName of exportNames) add([exportName, member], member, Number(code), true);
      // `const httpStatus = require('http-status'); httpStatus.NOT_FOUND` (its 1.x layout).
      if (library.exportName === 'default') add([member], member, Number(code), false);
    }
    for (const [group, members] of Object.entries(library.extraMembers)) {
      for (const [code, member] of Object.entries(members)) {
        for (const exportName of exportNames) add([exportName, 'extra', group, member], `extra.${group}.${member}`, Number(code), true);
      }
    }
  }
  return references;
}

/** Every import and global the matcher wants the adapters to find, built once from the catalogue and the registry. */
export const TRACKED_REFERENCES: readonly TrackedReference[] = [...BINDING_SHAPES.flatMap(shapeReferences), ...libraryReferences()];

/** Modules and globals of `TRACKED_REFERENCES`: a file that names none of them has no tracked reference. */
export const TRACKED_MODULES: readonly string[] = [
  ...new Set(TRACKED_REFERENCES.flatMap((reference) => (reference.source.type === 'module' ? [reference.source.module] : []))),
];
export const TRACKED_GLOBALS: readonly string[] = [
  ...new Set(TRACKED_REFERENCES.flatMap((reference) => (reference.source.type === 'global' ? [reference.source.path[0]!] : []))),
];

/** Shapes that are also called by name, without an import seen (`autoImported`, `contextFunction`), by function name. */
export const SHAPES_CALLED_BY_NAME: ReadonlyMap<string, readonly BindingShape[]> = (() => {
  const byName = new Map<string, BindingShape[]>();
  for (const shape of BINDING_SHAPES) {
    if ((!shape.autoImported && !shape.contextFunction) || shape.source.type !== 'module') continue;
    const name = shape.source.path[shape.source.path.length - 1]!;
    byName.set(name, [...(byName.get(name) ?? []), shape]);
  }
  return byName;
})();

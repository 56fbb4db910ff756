// A dependency declared by a dist-tag ("latest", "next") can never be satisfied by a lock file
// once the tag moves, so `npm ci` breaks on a fresh clone without any change here. This check
// fails `npm test` as soon as such a declaration enters package-lock.json unpinned.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';

const NON_REGISTRY_SPEC = /^(npm:|file:|link:|workspace:|git(\+[a-z]+)?:|github:|https?:|[\w.-]+\/[\w.-]+(#.*)?$)/i;

interface LockEntry {
  name?: string;
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

export interface LockFile {
  packages?: Record<string, LockEntry>;
}

export type Overrides = { [name: string]: string | Overrides };

export interface DistTagDependency {
  package: string;
  dependency: string;
  spec: string;
  field: string;
}

const DEPENDENCY_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'] as const;

/** A spec names a dist-tag when it is neither a semver range nor another kind of source. */
export function isDistTagSpec(spec: unknown): boolean {
  if (typeof spec !== 'string' || spec.trim() === '') return false;
  if (NON_REGISTRY_SPEC.test(spec)) return false;
  return semver.validRange(spec) === null;
}

function packageNameOf(lockPath: string, entry: LockEntry): string {
  if (entry.name) return entry.name;
  const index = lockPath.lastIndexOf('node_modules/');
  return index === -1 ? lockPath : lockPath.slice(index + 'node_modules/'.length);
}

/** Whether package.json's `overrides` pins `dependency`, globally or under `parent`. */
export function isOverridden(overrides: Overrides | undefined, parent: string, dependency: string): boolean {
  if (!overrides || typeof overrides !== 'object') return false;
  const direct = overrides[dependency];
  if (typeof direct === 'string' && !isDistTagSpec(direct)) return true;
  for (const [key, value] of Object.entries(overrides)) {
    if (value === null || typeof value !== 'object') continue;
    const keyName = key.replace(/^(@?[^@]+)@.*$/, '$1');
    if (keyName === parent && isOverridden(value, parent, dependency)) return true;
  }
  return false;
}

/** Every dependency in the lock file that is declared by a dist-tag and not pinned by an override. */
export function findDistTagDependencies(lock: LockFile, overrides: Overrides | undefined): DistTagDependency[] {
  const problems: DistTagDependency[] = [];
  for (const [lockPath, entry] of Object.entries(lock.packages ?? {})) {
    if (lockPath === '') continue;
    const parent = packageNameOf(lockPath, entry);
    for (const field of DEPENDENCY_FIELDS) {
      for (const [dependency, spec] of Object.entries(entry[field] ?? {})) {
        if (isDistTagSpec(spec) && !isOverridden(overrides, parent, dependency)) {
          problems.push({ package: `${parent}@${entry.version ?? '?'}`, dependency, spec, field });
        }
      }
    }
  }
  return problems;
}

function main(): void {
  const root = join(__dirname, '..');
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as LockFile;
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { overrides?: Overrides };
  const problems = findDistTagDependencies(lock, manifest.overrides);
  if (problems.length === 0) {
    console.log('check-lockfile: no dependency in package-lock.json is declared by a dist-tag.');
    return;
  }
  for (const problem of problems) {
    console.error(
      `check-lockfile: ${problem.package} declares ${problem.field} "${problem.dependency}": "${problem.spec}", ` +
        `a dist-tag that a lock file cannot keep satisfied; pin "${problem.dependency}" in package.json "overrides".`,
    );
  }
  process.exitCode = 1;
}

if (require.main === module) main();

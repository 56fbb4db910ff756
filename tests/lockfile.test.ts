import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDistTagDependencies, isDistTagSpec, type LockFile, type Overrides } from '../scripts/check-lockfile.js';

const sarifLock: LockFile = {
  packages: {
    '': { name: 'root' },
    'node_modules/@microsoft/eslint-formatter-sarif': {
      version: '3.1.0',
      dependencies: { jschardet: 'latest', lodash: '^4.17.14' },
    },
    'node_modules/a/node_modules/b': { version: '1.0.0', optionalDependencies: { c: 'next' } },
  },
};

describe('check-lockfile', () => {
  it('tells dist-tags from ranges and other sources', () => {
    for (const tag of ['latest', 'next', 'beta', 'canary']) expect(isDistTagSpec(tag), tag).toBe(true);
    for (const range of ['^4.0.0', '~1.2', '*', '', '>=2 <3', '1.x', 'npm:typescript@^7', 'file:../x', 'github:a/b', 'a/b#main', 'https://x.test/a.tgz']) {
      expect(isDistTagSpec(range), range).toBe(false);
    }
  });

  it('names each package that declares a dependency by a dist-tag', () => {
    expect(findDistTagDependencies(sarifLock, undefined)).toEqual([
      { package: '@microsoft/eslint-formatter-sarif@3.1.0', dependency: 'jschardet', spec: 'latest', field: 'dependencies' },
      { package: 'b@1.0.0', dependency: 'c', spec: 'next', field: 'optionalDependencies' },
    ]);
  });

  it('accepts a dist-tag that package.json overrides pin, globally or under the package', () => {
    const nested: Overrides = { '@microsoft/eslint-formatter-sarif': { jschardet: '4.1.0' }, c: '2.0.0' };
    expect(findDistTagDependencies(sarifLock, nested)).toEqual([]);
    const byTag: Overrides = { jschardet: 'latest' };
    expect(findDistTagDependencies(sarifLock, byTag).map((p) => p.dependency)).toEqual(['jschardet', 'c']);
  });

  it('finds no unpinned dist-tag in this repository', () => {
    const lock = JSON.parse(readFileSync(join(__dirname, '../package-lock.json'), 'utf8')) as LockFile;
    const manifest = JSON.parse(readFileSync(join(__dirname, '../package.json'), 'utf8')) as { overrides?: Overrides };
    expect(findDistTagDependencies(lock, manifest.overrides)).toEqual([]);
  });
});

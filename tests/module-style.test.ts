import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as espree from 'espree';
import { afterAll, describe, expect, it } from 'vitest';
import { moduleStyleOf, type ModuleStyle } from '../src/util/module-style';

const ROOT = mkdtempSync(join(tmpdir(), 'http-status-module-style-'));
mkdirSync(join(ROOT, 'esm/src'), { recursive: true });
mkdirSync(join(ROOT, 'cjs'), { recursive: true });
writeFileSync(join(ROOT, 'esm/package.json'), '{ "type": "module" }');
writeFileSync(join(ROOT, 'cjs/package.json'), '{ "name": "no-type" }');

afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

/** The style `moduleStyleOf` picks for `code` at `filename`, when the host reports `sourceType`. */
function styleOf(code: string, filename: string, sourceType: string): ModuleStyle {
  const ast = espree.parse(code, { ecmaVersion: 'latest', sourceType: /^(import|export) /m.test(code) ? 'module' : 'script', range: true, loc: true });
  return moduleStyleOf({ ast } as never, filename, sourceType);
}

describe('moduleStyleOf: ESM or CommonJS from the file itself', () => {
  const PLAIN = 'function handler(req, res) { res.statusCode = 404; }\n';

  it('follows the file’s own imports, exports and requires over any sourceType', () => {
    expect(styleOf("import x from 'x';\n", join(ROOT, 'cjs/a.js'), 'script')).toBe('esm');
    expect(styleOf("const x = require('x');\n", join(ROOT, 'esm/a.js'), 'module')).toBe('cjs');
  });

  it('reads a .js file without module syntax as ESM in a "type": "module" package, whatever the host says', () => {
    // Oxlint reports `script` for such a file; Node loads it as an ES module.
    expect(styleOf(PLAIN, join(ROOT, 'esm/src/plain.js'), 'script')).toBe('esm');
    expect(styleOf(PLAIN, join(ROOT, 'esm/src/plain.js'), 'module')).toBe('esm');
  });

  it('leaves a .js file of a package without "type" to the host’s sourceType', () => {
    expect(styleOf(PLAIN, join(ROOT, 'cjs/plain.js'), 'module')).toBe('esm');
    expect(styleOf(PLAIN, join(ROOT, 'cjs/plain.js'), 'script')).toBe('cjs');
  });

  it('decides .ts, .mjs and .cjs by their extension', () => {
    expect(styleOf(PLAIN, join(ROOT, 'cjs/plain.ts'), 'script')).toBe('esm');
    expect(styleOf(PLAIN, join(ROOT, 'cjs/plain.mjs'), 'script')).toBe('esm');
    expect(styleOf(PLAIN, join(ROOT, 'esm/plain.cjs'), 'module')).toBe('cjs');
  });
});

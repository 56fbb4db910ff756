/**
 * What users see on the command line for option mistakes, through the real ESLint 10 and
 * ESLint 9 binaries: enum errors list the allowed values, and a bad regular expression is
 * one line naming the rule and the option, with no stack trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const TSX_LOADER = join(ROOT, 'node_modules/tsx/dist/loader.mjs');
const BINARIES = [
  ['ESLint 10', join(ROOT, 'node_modules/eslint/bin/eslint.js')],
  ['ESLint 9', join(ROOT, 'node_modules/eslint-9/bin/eslint.js')],
] as const;

/** Each run starts Node, a TypeScript loader and ESLint. */
const CLI_TIMEOUT = 30_000;

let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'http-status-option-errors-'));
  const plugin = pathToFileURL(join(ROOT, 'src/index.ts')).href;
  writeFileSync(
    join(folder, 'eslint.config.mjs'),
    [
      `import plugin from ${JSON.stringify(plugin)};`,
      "const [rule, options] = JSON.parse(process.env.HTTP_STATUS_RULE);",
      "export default [{ plugins: { 'http-status': plugin }, rules: { [`http-status/${rule}`]: ['error', options] } }];",
    ].join('\n'),
  );
  writeFileSync(join(folder, 'app.js'), "app.post('/x', (req, res) => res.status(201).end());\n");
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** ESLint's standard error output for one rule configured with `options`. */
function lintWith(binary: string, rule: string, options: unknown): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', TSX_LOADER, binary, 'app.js'], {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, HTTP_STATUS_RULE: JSON.stringify([rule, options]) },
  });
  return { status: result.status, stderr: result.stderr };
}

describe.each(BINARIES)('%s', (_version, binary) => {
  it('lists the allowed values of a wrong constants value', () => {
    const { status, stderr } = lintWith(binary, 'no-magic-status-codes', { constants: 'express-status' });
    expect(status).toBe(2);
    expect(stderr).toContain('Value "express-status" should match pattern "^(http-status-codes|nestjs|http-status)$".');
  }, CLI_TIMEOUT);

  it('says which option holds a bad regular expression, in one line without a stack', () => {
    const { status, stderr } = lintWith(binary, 'require-location-header', { ignore: ['('] });
    expect(status).toBe(2);
    expect(stderr).toContain('\nhttp-status/require-location-header: option "ignore" has an invalid regular expression "(": Unterminated group\n');
    expect(stderr).not.toMatch(/^\s+at /m);
  }, CLI_TIMEOUT);
});

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, installedVersion, lintProject, packPackage, ROOT, run, type Finding } from './packed-package';

const EXPECTED: Finding[] = JSON.parse(readFileSync(join(ROOT, 'tests/e2e/expected-findings.json'), 'utf8'));

/** ESLint 10 (the development version) and ESLint 9 (an npm alias), as users install them. */
const ESLINT_VERSIONS = [`eslint@${installedVersion('eslint')}`, `eslint@${installedVersion('eslint-9')}`];

describe.each(ESLINT_VERSIONS)('the packed package in a fresh project with %s', (eslint) => {
  let workspace: string;
  let project: string;

  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), 'http-status-pack-'));
    project = createProject(packPackage(workspace), eslint);
  });

  afterAll(() => {
    rmSync(workspace, { recursive: true, force: true });
    rmSync(project, { recursive: true, force: true });
  });

  it('lints the multi-framework project with configs.recommended, finding exactly what is expected', () => {
    expect(lintProject(project)).toEqual(EXPECTED);
  });

  it('finds the same with two worker threads, and again from its cache', () => {
    expect(lintProject(project, ['--concurrency', '2'])).toEqual(EXPECTED);
    expect(lintProject(project, ['--cache', '--cache-location', join(project, '.eslintcache')])).toEqual(EXPECTED);
    expect(existsSync(join(project, '.eslintcache'))).toBe(true);
    expect(lintProject(project, ['--cache', '--cache-location', join(project, '.eslintcache')])).toEqual(EXPECTED);
  });

  it('reports to code scanning through a SARIF formatter', () => {
    const output = join(project, 'results.sarif');
    try {
      run(join(project, 'node_modules/.bin/eslint'), ['--format', '@microsoft/eslint-formatter-sarif', '--output-file', output, '.'], project);
    } catch {
      // ESLint exits 1 when it reports problems; the report is in the file.
    }
    const sarif = JSON.parse(readFileSync(output, 'utf8')) as { runs: { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    const results = sarif.runs[0]!.results.map((result) => `${result.ruleId}:${result.locations[0]!.physicalLocation.region.startLine}`).sort();
    expect(results).toEqual(EXPECTED.map((finding) => `${finding.ruleId}:${finding.line}`).sort());
  });

  it('loads from CommonJS and ESM, with the registry subpath', () => {
    const script = [
      "const plugin = require('eslint-plugin-http-status');",
      "const registry = require('eslint-plugin-http-status/registry');",
      "if (plugin.meta.namespace !== 'http-status') throw new Error('namespace');",
      "if (plugin.configs.recommended.name !== 'http-status/recommended') throw new Error('config');",
      "console.log(registry.getStatus(404).name);",
    ].join('\n');
    expect(run('node', ['-e', script], project).trim()).toBe('Not Found');
    const esm = [
      "import plugin from 'eslint-plugin-http-status';",
      "import { getStatus } from 'eslint-plugin-http-status/registry';",
      "console.log(Object.keys(plugin.rules).length > 0, getStatus(422).name);",
    ].join('\n');
    expect(run('node', ['--input-type=module', '-e', esm], project).trim()).toBe('true Unprocessable Content');
  });

  it('ships the TypeScript plugin as a real folder that resolves without the exports map', () => {
    const folder = join(project, 'node_modules/eslint-plugin-http-status/typescript-plugin');
    expect(existsSync(join(folder, 'index.js'))).toBe(true);
    const script = "console.log(typeof require(require('node:path').join(process.argv[1], 'index.js')));";
    expect(run('node', ['-e', script, folder], project).trim()).toBe('function');
  });
});

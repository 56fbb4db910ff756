import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../..');

export function installedVersion(name: string): string {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
}

function run(command: string, args: readonly string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_loglevel: 'error' } });
}

/** Packs this package with `npm pack` (the build has run) and returns the tarball path. */
export function packPackage(destination: string): string {
  const output = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], ROOT);
  const [{ filename }] = JSON.parse(output.slice(output.indexOf('['))) as [{ filename: string }];
  return join(destination, filename);
}

/**
 * `tests/e2e/project` (a flat config that loads the plugin by its package name) around a
 * copy of the example sources, with the tarball installed next to ESLint and
 * typescript-eslint, as a user would install them (from npm's cache when it has them).
 */
export function createProject(tarball: string, eslintSpec = `eslint@${installedVersion('eslint')}`): string {
  const project = mkdtempSync(join(tmpdir(), 'http-status-e2e-'));
  cpSync(join(ROOT, 'tests/e2e/project'), project, { recursive: true });
  cpSync(join(ROOT, 'examples/src'), join(project, 'src'), { recursive: true });
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--no-package-lock',
      tarball,
      eslintSpec,
      `typescript-eslint@${installedVersion('typescript-eslint')}`,
      `typescript@${installedVersion('typescript')}`,
      `@microsoft/eslint-formatter-sarif@${installedVersion('@microsoft/eslint-formatter-sarif')}`,
    ],
    project,
  );
  return project;
}

export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly ruleId: string | null;
  readonly message: string;
}

interface EslintJsonResult {
  readonly filePath: string;
  readonly messages: readonly { line: number; column: number; ruleId: string | null; message: string }[];
}

/** Runs the project's own `eslint` binary and returns its findings, sorted. */
export function lintProject(project: string, extraArgs: readonly string[] = []): Finding[] {
  let output: string;
  try {
    output = run(join(project, 'node_modules/.bin/eslint'), ['--format', 'json', ...extraArgs, '.'], project);
  } catch (error) {
    // ESLint exits 1 when it reports problems; its JSON is still on stdout.
    output = (error as { stdout: string }).stdout;
  }
  const results = JSON.parse(output) as EslintJsonResult[];
  return results
    .flatMap((result) =>
      result.messages.map((message) => ({
        file: result.filePath.slice(project.length + 1),
        line: message.line,
        column: message.column,
        ruleId: message.ruleId,
        message: message.message,
      })),
    )
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

export function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

export { run };

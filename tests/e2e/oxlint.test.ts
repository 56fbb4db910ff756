import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, installedVersion, packPackage, ROOT, run, writeJson, type Finding } from './packed-package';

/**
 * The real `oxlint` CLI (the pinned devDependency) with the packed plugin loaded through
 * `jsPlugins` by its package name, against ESLint with the same plugin and the same rules at
 * their default options (typescript-eslint's parser for `.ts`), over `examples/` and every
 * labelled corpus file: the same findings and the same `--fix` output, or a reason below.
 */
const OXLINT = join(ROOT, 'node_modules/oxlint/bin/oxlint');
const LINTED = ['src', 'corpus'];

interface OxlintDiagnostic {
  readonly message: string;
  readonly code: string;
  readonly filename: string;
  readonly labels: readonly { span: { line: number; column: number } }[];
}

/** Both CLIs exit 1 when they report problems; their report is still on stdout. */
function output(command: string, args: readonly string[], cwd: string): string {
  try {
    return run(command, args, cwd);
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    if (!stdout) throw new Error(`${command} ${args.join(' ')} failed: ${stderr}`);
    return stdout;
  }
}

function sorted(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? ''));
}

function oxlint(project: string, config: string, paths: readonly string[], extraArgs: readonly string[] = []): { findings: Finding[]; files: number } {
  const report = JSON.parse(output('node', [OXLINT, '-c', config, '--format', 'json', ...extraArgs, ...paths], project)) as {
    diagnostics: OxlintDiagnostic[];
    number_of_files: number;
  };
  const findings = report.diagnostics.map((diagnostic) => ({
    file: diagnostic.filename,
    line: diagnostic.labels[0]!.span.line,
    column: diagnostic.labels[0]!.span.column,
    // Oxlint writes `plugin(rule)` where ESLint writes `plugin/rule`.
    ruleId: diagnostic.code.replace(/^(.+)\((.+)\)$/, '$1/$2'),
    message: diagnostic.message,
  }));
  return { findings: sorted(findings), files: report.number_of_files };
}

interface EslintFix {
  readonly range: readonly [number, number];
  readonly text: string;
}

interface EslintResult {
  readonly filePath: string;
  readonly messages: readonly {
    line: number;
    column: number;
    ruleId: string | null;
    message: string;
    fix?: EslintFix;
    suggestions?: readonly { fix: EslintFix }[];
  }[];
}

function eslintResults(project: string, config: string, paths: readonly string[], extraArgs: readonly string[] = []): EslintResult[] {
  return JSON.parse(output(join(project, 'node_modules/.bin/eslint'), ['-c', config, '--format', 'json', ...extraArgs, ...paths], project)) as EslintResult[];
}

function eslint(project: string, config: string, paths: readonly string[], extraArgs: readonly string[] = []): Finding[] {
  return sorted(
    eslintResults(project, config, paths, extraArgs).flatMap((result) =>
      result.messages.map((message) => ({
        file: relative(project, result.filePath),
        line: message.line,
        column: message.column,
        ruleId: message.ruleId,
        message: message.message,
      })),
    ),
  );
}

/**
 * What `oxlint --fix-suggestions` writes, from ESLint's report: one pass applying each
 * message's fix, or else its first suggestion, skipping any that overlaps an earlier one.
 */
function withFirstSuggestions(text: string, result: EslintResult): string {
  const edits = result.messages
    .map((message) => message.fix ?? message.suggestions?.[0]?.fix)
    .filter((fix): fix is EslintFix => fix !== undefined)
    .sort((a, b) => a.range[0] - b.range[0]);
  let written = '';
  let end = 0;
  for (const edit of edits) {
    if (edit.range[0] < end) continue;
    written += text.slice(end, edit.range[0]) + edit.text;
    end = edit.range[1];
  }
  return written + text.slice(end);
}

/** Every file below `folder`, by its path inside it, with its text. */
function readTree(folder: string): Record<string, string> {
  const tree: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    tree[relative(folder, path)] = readFileSync(path, 'utf8');
  }
  return tree;
}

/**
 * The same rule settings for both linters: every rule of the package at `error`, with its
 * defaults; a rule whose options are required gets those `configs.all` documents for it.
 */
function ruleSettings(project: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const script =
    "const p = require('eslint-plugin-http-status'); console.log(JSON.stringify(Object.entries(p.rules).map(([id, rule]) => [id, rule.meta.docs.allOptions ? p.configs.all.rules['http-status/' + id] : 'error'])))";
  const entries = JSON.parse(run('node', ['-e', script], project)) as [string, unknown][];
  return { ...Object.fromEntries(entries.map(([id, entry]) => [`http-status/${id}`, entry])), ...overrides };
}

/** Only our rules: Oxlint's built-in plugins and its default `correctness` category off, no `env`. */
function writeConfigs(project: string, name: string, rules: Record<string, unknown>): { oxlint: string; eslint: string } {
  const oxlintConfig = `${name}.oxlintrc.json`;
  writeJson(join(project, oxlintConfig), { plugins: [], categories: { correctness: 'off' }, jsPlugins: ['eslint-plugin-http-status'], rules });
  const eslintConfig = `${name}.eslint.config.mjs`;
  writeFileSync(
    join(project, eslintConfig),
    [
      "import httpStatus from 'eslint-plugin-http-status';",
      "import tseslint from 'typescript-eslint';",
      '',
      'export default [',
      "  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },",
      `  { plugins: { 'http-status': httpStatus }, rules: ${JSON.stringify(rules)} },`,
      '];',
      '',
    ].join('\n'),
  );
  return { oxlint: oxlintConfig, eslint: eslintConfig };
}

/** Files that need a new import of the constants, in each module style, and the directive before it. */
const CONSTANTS_FILES: Record<string, string> = {
  // A TypeScript file without imports: Oxlint reports `sourceType: "script"` for it.
  'no-imports.ts': "export function handler(res: any) {\n  res.status(404).send('gone');\n}\n",
  'no-module-syntax.ts': "function handler(res: any) {\n  res.status(404).send('gone');\n}\n",
  // Directives: Oxlint gives every other expression statement `directive: null`.
  'directive.ts': "'use strict';\nimport express from 'express';\n\nexport const app = express();\napp.get('/', (req, res) => res.status(404).send('gone'));\n",
  'server.cjs': "'use strict';\nconst express = require('express');\n\nconst app = express();\napp.get('/', (req, res) => res.status(404).send('gone'));\n",
  'server.js': "'use strict';\nconst express = require('express');\n\nconst app = express();\napp.get('/', (req, res) => res.status(404).send('gone'));\n",
  'handler.js': "'use strict';\nmodule.exports = (req, res) => {\n  res.statusCode = 404;\n  res.end();\n};\n",
  // No module syntax at all, in a `"type": "module"` package (the project's): Oxlint says `script`.
  'plain.js': 'function handler(req, res) {\n  res.statusCode = 404;\n  res.end();\n}\n',
  'plain.mjs': 'function handler(req, res) {\n  res.statusCode = 404;\n  res.end();\n}\n',
  // An undeclared `require` is Node's under Oxlint without `"env": { "node": true }` too.
  'required.js': "const { StatusCodes } = require('http-status-codes');\n\nfunction handler(req, res) {\n  res.status(StatusCodes.METHOD_FAILURE).end();\n}\nmodule.exports = handler;\n",
};

describe(`oxlint@${installedVersion('oxlint')} with the packed plugin, against ESLint`, () => {
  let workspace: string;
  let project: string;

  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), 'http-status-oxlint-pack-'));
    project = createProject(packPackage(workspace));
    cpSync(join(ROOT, 'tests/fixtures/labelled'), join(project, 'corpus'), { recursive: true });
  });

  afterAll(() => {
    rmSync(workspace, { recursive: true, force: true });
    rmSync(project, { recursive: true, force: true });
  });

  it('reports exactly what ESLint reports over the examples and the labelled corpus', () => {
    const configs = writeConfigs(project, 'all-rules', ruleSettings(project));
    const expected = eslint(project, configs.eslint, LINTED);
    const { findings, files } = oxlint(project, configs.oxlint, LINTED);
    expect(files).toBe(readdirSync(join(ROOT, 'examples/src'), { recursive: true }).filter((name) => /\.[cm]?[jt]s$/.test(String(name))).length + readdirSync(join(ROOT, 'tests/fixtures/labelled'), { recursive: true }).filter((name) => /\.[cm]?[jt]s$/.test(String(name))).length);
    // Parse errors would be findings without a rule: there are none, and every rule reports.
    expect(expected.filter((finding) => finding.ruleId === null)).toEqual([]);
    expect(new Set(findings.map((finding) => finding.ruleId))).toEqual(new Set(Object.keys(ruleSettings(project))));
    expect(findings.length).toBeGreaterThan(500);
    expect(findings).toEqual(expected);
  });

  it('reports what ESLint reports with the rules and options of configs.all', () => {
    const script = "console.log(JSON.stringify(require('eslint-plugin-http-status').configs.all.rules))";
    const rules = JSON.parse(run('node', ['-e', script], project)) as Record<string, unknown>;
    expect(Object.values(rules).some((entry) => Array.isArray(entry)), 'configs.all sets options').toBe(true);
    const configs = writeConfigs(project, 'configs-all', rules);
    const expected = eslint(project, configs.eslint, LINTED);
    expect(expected.length).toBeGreaterThan(500);
    expect(oxlint(project, configs.oxlint, LINTED).findings).toEqual(expected);
  });

  it('writes byte-identical files with --fix', () => {
    const configs = writeConfigs(project, 'all-rules', ruleSettings(project));
    for (const linter of ['fixed-by-eslint', 'fixed-by-oxlint']) {
      for (const folder of LINTED) cpSync(join(project, folder), join(project, linter, folder), { recursive: true });
    }
    eslint(project, configs.eslint, ['fixed-by-eslint'], ['--fix']);
    oxlint(project, configs.oxlint, ['fixed-by-oxlint'], ['--fix']);
    const fixedByEslint = readTree(join(project, 'fixed-by-eslint'));
    const changed = Object.keys(fixedByEslint).filter((path) => fixedByEslint[path] !== readFileSync(join(project, path), 'utf8'));
    expect(changed.length).toBeGreaterThan(10);
    expect(readTree(join(project, 'fixed-by-oxlint'))).toEqual(fixedByEslint);
    // What is left after the fixes is the same too.
    expect(oxlint(project, configs.oxlint, ['fixed-by-oxlint']).findings.map(({ file, ...rest }) => ({ file: file.replace('fixed-by-oxlint/', ''), ...rest }))).toEqual(
      eslint(project, configs.eslint, ['fixed-by-eslint']).map(({ file, ...rest }) => ({ file: file.replace('fixed-by-eslint/', ''), ...rest })),
    );
  });

  it('applies the same suggestions with --fix-suggestions as ESLint offers', () => {
    const configs = writeConfigs(project, 'all-rules', ruleSettings(project));
    for (const folder of LINTED) cpSync(join(project, folder), join(project, 'suggested-by-oxlint', folder), { recursive: true });
    oxlint(project, configs.oxlint, ['suggested-by-oxlint'], ['--fix-suggestions']);
    const results = eslintResults(project, configs.eslint, LINTED);
    expect(results.flatMap((result) => result.messages.filter((message) => message.suggestions?.length)).length).toBeGreaterThan(50);
    let changed = 0;
    for (const result of results) {
      const path = relative(project, result.filePath);
      const original = readFileSync(result.filePath, 'utf8');
      const expected = withFirstSuggestions(original, result);
      if (expected !== original) changed++;
      expect(readFileSync(join(project, 'suggested-by-oxlint', path), 'utf8'), path).toBe(expected);
    }
    expect(changed).toBeGreaterThan(20);
  });

  it('adds `import` to TypeScript and ES modules and `require` only to CommonJS with the constants option', () => {
    const configs = writeConfigs(project, 'constants', ruleSettings(project, { 'http-status/no-magic-status-codes': ['error', { constants: 'http-status-codes' }] }));
    for (const linter of ['constants-eslint', 'constants-oxlint']) {
      mkdirSync(join(project, linter));
      for (const [name, text] of Object.entries(CONSTANTS_FILES)) writeFileSync(join(project, linter, name), text);
    }
    const eslintFindings = eslint(project, configs.eslint, ['constants-eslint'], ['--fix']);
    const oxlintFindings = oxlint(project, configs.oxlint, ['constants-oxlint'], ['--fix']).findings;
    const fixed = readTree(join(project, 'constants-oxlint'));
    expect(fixed).toEqual(readTree(join(project, 'constants-eslint')));

    const IMPORT = "import { StatusCodes } from 'http-status-codes';";
    const REQUIRE = "const { StatusCodes } = require('http-status-codes');";
    expect(fixed['no-imports.ts']).toBe(`${IMPORT}\nexport function handler(res: any) {\n  res.status(StatusCodes.NOT_FOUND).send('gone');\n}\n`);
    expect(fixed['no-module-syntax.ts']!.startsWith(`${IMPORT}\n`)).toBe(true);
    expect(fixed['directive.ts']).toBe(`'use strict';\nimport express from 'express';\n${IMPORT}\n\nexport const app = express();\napp.get('/', (req, res) => res.status(StatusCodes.NOT_FOUND).send('gone'));\n`);
    expect(fixed['server.cjs']).toBe(`'use strict';\nconst express = require('express');\n${REQUIRE}\n\nconst app = express();\napp.get('/', (req, res) => res.status(StatusCodes.NOT_FOUND).send('gone'));\n`);
    expect(fixed['server.js']).toBe(fixed['server.cjs']);
    expect(fixed['handler.js']!.startsWith(`'use strict';\n${REQUIRE}\nmodule.exports`)).toBe(true);
    expect(fixed['plain.js']!.startsWith(`${IMPORT}\n`)).toBe(true);
    expect(fixed['plain.mjs']!.startsWith(`${IMPORT}\n`)).toBe(true);
    for (const [name, text] of Object.entries(fixed)) {
      expect(text.split('{ StatusCodes }').length - 1, `${name} loads the constants once`).toBe(1);
      const esm = /\.ts$|\.mjs$|^plain\.js$/.test(name);
      expect(text.includes(esm ? REQUIRE : IMPORT), `${name} loads them in its own module style`).toBe(false);
    }

    // The one finding left: 420 through a `require` the config never declares as a global.
    expect(oxlintFindings.map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.ruleId}`)).toEqual(['constants-oxlint/required.js:4:14 http-status/no-nonstandard-status-codes']);
    expect(eslintFindings.map((finding) => `${finding.line}:${finding.column} ${finding.ruleId} ${finding.message}`)).toEqual(
      oxlintFindings.map((finding) => `${finding.line}:${finding.column} ${finding.ruleId} ${finding.message}`),
    );
  });

  it('still hands plugins what the plugin compensates for: script for a file without import/export, null directives, no require global', () => {
    // A probe rule reports what Oxlint tells every rule; if Oxlint comes to agree with ESLint,
    // this test says the compensations in src/util/module-style.ts and src/estree/bindings.ts
    // are no longer needed for it.
    writeFileSync(
      join(project, 'probe-plugin.cjs'),
      [
        'module.exports = { meta: { name: "probe" }, rules: { facts: { create(context) { return { Program(node) {',
        '  const statement = node.body.find((s) => s.type === "ExpressionStatement" && s.expression.type === "CallExpression");',
        '  const facts = { sourceType: context.languageOptions.sourceType, directive: statement === undefined ? "none" : statement.directive, requireDeclared: context.sourceCode.scopeManager.globalScope.set.has("require") };',
        '  context.report({ node, message: JSON.stringify(facts) });',
        '} }; } } } };',
        '',
      ].join('\n'),
    );
    writeJson(join(project, 'probe.oxlintrc.json'), { plugins: [], categories: { correctness: 'off' }, jsPlugins: ['./probe-plugin.cjs'], rules: { 'probe/facts': 'error' } });
    mkdirSync(join(project, 'probed'));
    writeFileSync(join(project, 'probed/script.ts'), "'use strict';\nconsole.log(require('node:os').EOL);\n");
    writeFileSync(join(project, 'probed/script.js'), "console.log(require('node:os').EOL);\n");
    writeFileSync(join(project, 'probed/module.ts'), "import os from 'node:os';\nconsole.log(os.EOL);\n");
    const facts = Object.fromEntries(oxlint(project, 'probe.oxlintrc.json', ['probed']).findings.map((finding) => [finding.file, JSON.parse(finding.message)]));
    expect(facts).toEqual({
      'probed/module.ts': { sourceType: 'module', directive: null, requireDeclared: false },
      'probed/script.js': { sourceType: 'script', directive: null, requireDeclared: false },
      'probed/script.ts': { sourceType: 'script', directive: null, requireDeclared: false },
    });
  });

  it('differs in one documented case: a .js file without module syntax in a package without "type" gets `require` from Oxlint', () => {
    // ESLint parses every `.js` file as a module unless configured otherwise, so the fix writes
    // `import`; Oxlint reports `sourceType: "script"` for a file without `import`/`export`, and
    // the package does not say it is ESM, so the fix writes `require`, which is what Node
    // needs there (a `.js` file of a package without `"type": "module"` is CommonJS).
    const configs = writeConfigs(project, 'constants', ruleSettings(project, { 'http-status/no-magic-status-codes': ['error', { constants: 'http-status-codes' }] }));
    for (const linter of ['untyped-eslint', 'untyped-oxlint']) {
      mkdirSync(join(project, linter));
      writeJson(join(project, linter, 'package.json'), { name: 'untyped', private: true });
      writeFileSync(join(project, linter, 'plain.js'), CONSTANTS_FILES['plain.js']!);
    }
    eslint(project, configs.eslint, ['untyped-eslint'], ['--fix']);
    oxlint(project, configs.oxlint, ['untyped-oxlint'], ['--fix']);
    const body = 'function handler(req, res) {\n  res.statusCode = StatusCodes.NOT_FOUND;\n  res.end();\n}\n';
    expect(readFileSync(join(project, 'untyped-eslint/plain.js'), 'utf8')).toBe(`import { StatusCodes } from 'http-status-codes';\n${body}`);
    expect(readFileSync(join(project, 'untyped-oxlint/plain.js'), 'utf8')).toBe(`const { StatusCodes } = require('http-status-codes');\n${body}`);
  });
});

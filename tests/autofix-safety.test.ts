/**
 * Fixes and suggestions never break code: applied to the example project, the labelled
 * corpus and a generated corpus, every result parses, a second pass changes nothing, an
 * added import is never duplicated, and TypeScript finds no new errors in the examples.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import * as espree from 'espree';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../src/index';
import { corpusFiles } from './helpers/labelled-corpus';

const ROOT = join(__dirname, '..');
// Every rule at its defaults; a rule whose options are required takes those `configs.all` gives it.
const ALL_RULES: Linter.RulesRecord = Object.fromEntries(
  Object.entries(plugin.rules).map(([id, rule]) => {
    const key = `http-status/${id}`;
    return [key, rule.meta.docs?.allOptions ? plugin.configs.all.rules![key]! : ('error' as const)];
  }),
);

/** Every rule, with the magic-number fix told to add imports where the file has none. */
const RULE_SETS = {
  defaults: ALL_RULES,
  'with a constants library configured': { ...ALL_RULES, 'http-status/no-magic-status-codes': ['error', { constants: 'http-status-codes' }] as Linter.RuleEntry },
};

function config(file: string, rules: Linter.RulesRecord): Linter.Config[] {
  const languageOptions: Linter.Config['languageOptions'] = file.endsWith('.ts')
    ? { parser: tsParser as never }
    : { sourceType: file.endsWith('.cjs') ? 'commonjs' : 'module', ecmaVersion: 'latest' };
  return [{ files: ['**/*'], plugins: { 'http-status': plugin as never }, languageOptions, rules }];
}

/** ESLint's own defaults: `.js` and `.mjs` parse as modules, `.cjs` as CommonJS, no globals. */
function defaultConfig(file: string, rules: Linter.RulesRecord): Linter.Config[] {
  const languageOptions: Linter.Config['languageOptions'] = file.endsWith('.ts') ? { parser: tsParser as never } : {};
  return [{ files: ['**/*'], plugins: { 'http-status': plugin as never }, languageOptions, rules }];
}

const FIXING_RULE = 'http-status/no-magic-status-codes';

/** The findings of every rule but the one whose fix is applied, without positions (fixes move lines). */
function otherFindings(messages: readonly Linter.LintMessage[]): string[] {
  return messages
    .filter((message) => message.ruleId !== FIXING_RULE)
    .map((message) => `${message.ruleId}: ${message.message}`)
    .sort();
}

function filename(file: string): string {
  return `file${file.slice(file.lastIndexOf('.'))}`;
}

function assertParses(file: string, code: string): void {
  if (file.endsWith('.ts')) tsParser.parse(code, { range: true, loc: true, sourceType: 'module' });
  else espree.parse(code, { ecmaVersion: 'latest', sourceType: file.endsWith('.cjs') ? 'commonjs' : 'module' });
}

function importCount(code: string, module: string): number {
  return code.split(`from '${module}'`).length - 1 + (code.split(`require('${module}')`).length - 1);
}

function generatedCorpus(): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'http-status-fix-corpus-'));
  execFileSync(process.execPath, [join(ROOT, 'bench/generate-corpus.mjs'), '--files', '150', '--out', folder, '--seed', '7', '--check', '0'], { stdio: 'ignore' });
  return corpusFiles(folder);
}

const examples = corpusFiles(join(ROOT, 'examples/src'));
const labelled = corpusFiles(join(ROOT, 'tests/fixtures/labelled'));
let generated: string[] = [];

beforeAll(() => {
  generated = generatedCorpus();
});

describe.each(Object.entries(RULE_SETS))('fixes %s', (_name, rules) => {
  it('leave code that parses, are idempotent and add an import at most once', () => {
    const linter = new Linter({ configType: 'flat' });
    let changed = 0;
    for (const file of [...examples, ...labelled, ...generated]) {
      const code = readFileSync(file, 'utf8');
      const first = linter.verifyAndFix(code, config(file, rules), { filename: filename(file) });
      expect(first.messages.filter((message) => message.fatal), file).toEqual([]);
      if (!first.fixed) continue;
      changed++;
      assertParses(file, first.output);
      const second = linter.verifyAndFix(first.output, config(file, rules), { filename: filename(file) });
      expect(second.fixed, `second pass over ${relative(ROOT, file)}`).toBe(false);
      for (const module of ['http-status-codes', '@nestjs/common', 'http-status']) {
        expect(importCount(first.output, module), `${module} in ${relative(ROOT, file)}`).toBeLessThanOrEqual(Math.max(1, importCount(code, module)));
      }
    }
    expect(changed, 'files the fixes changed').toBeGreaterThan(10);
  });
});

describe.each([
  ['the configuration used in tests', config],
  ["ESLint's default options", defaultConfig],
] as const)('with %s, fixing magic numbers', (_name, configFor) => {
  it('never makes a finding of another rule disappear', () => {
    const linter = new Linter({ configType: 'flat' });
    const rules = RULE_SETS['with a constants library configured'];
    let compared = 0;
    for (const file of [...examples, ...labelled, ...generated]) {
      const code = readFileSync(file, 'utf8');
      const before = linter.verify(code, configFor(file, rules), { filename: filename(file) });
      const fixed = linter.verifyAndFix(code, configFor(file, rules), { filename: filename(file) });
      if (!fixed.fixed) continue;
      const after = linter.verify(fixed.output, configFor(file, rules), { filename: filename(file) });
      expect(otherFindings(after), relative(ROOT, file)).toEqual(otherFindings(before));
      compared++;
    }
    expect(compared, 'files fixed and compared').toBeGreaterThan(10);
  });
});

describe('suggestions', () => {
  it('each leave code that parses', () => {
    const linter = new Linter({ configType: 'flat' });
    let applied = 0;
    for (const file of [...examples, ...labelled, ...generated]) {
      const code = readFileSync(file, 'utf8');
      for (const message of linter.verify(code, config(file, ALL_RULES), { filename: filename(file) })) {
        for (const suggestion of message.suggestions ?? []) {
          const { range, text } = suggestion.fix;
          const output = code.slice(0, range[0]) + text + code.slice(range[1]);
          expect(() => assertParses(file, output), `${suggestion.desc} in ${relative(ROOT, file)}:${message.line}`).not.toThrow();
          applied++;
        }
      }
    }
    expect(applied, 'suggestions applied').toBeGreaterThan(30);
  });
});

describe('the example project after every fix', () => {
  let fixedCopy: string;

  beforeAll(() => {
    fixedCopy = mkdtempSync(join(ROOT, 'examples-fixed-'));
    cpSync(join(ROOT, 'examples'), fixedCopy, { recursive: true });
    const linter = new Linter({ configType: 'flat' });
    for (const file of corpusFiles(join(fixedCopy, 'src'))) {
      const result = linter.verifyAndFix(readFileSync(file, 'utf8'), config(file, RULE_SETS['with a constants library configured']), { filename: filename(file) });
      writeFileSync(file, result.output);
    }
  });

  afterAll(() => {
    rmSync(fixedCopy, { recursive: true, force: true });
  });

  /** TypeScript's diagnostics for a project, without positions (fixes move lines). */
  function diagnostics(project: string): string[] {
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project, '--pretty', 'false'], { encoding: 'utf8' });
      return [];
    } catch (error) {
      return String((error as { stdout: string }).stdout)
        .split('\n')
        .filter((line) => line.includes('error TS'))
        .map((line) => line.replace(/^.*?\(\d+,\d+\): /, '').replace(/^\S+\//, ''))
        .sort();
    }
  }

  it('type-checks with no error that the original does not have', () => {
    const before = diagnostics(join(ROOT, 'examples'));
    const after = diagnostics(fixedCopy);
    const added = after.filter((line) => {
      const index = before.indexOf(line);
      if (index < 0) return true;
      before.splice(index, 1);
      return false;
    });
    expect(added).toEqual([]);
    // Two full tsc runs: on a loaded two-core machine they take longer than the default limit.
  }, 90_000);
});

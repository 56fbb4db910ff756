import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import plugin from '../../src/index';

/** Label names in `// expect:` comments, and the rules they stand for. */
export const LABEL_RULES: Readonly<Record<string, string>> = {
  magic: 'http-status/no-magic-status-codes',
  nonstandard: 'http-status/no-nonstandard-status-codes',
  body: 'http-status/no-body-on-bodiless-status',
  location: 'http-status/require-location-header',
  'server-error': 'http-status/no-server-error-for-client-errors',
};

export interface LineDifference {
  readonly file: string;
  readonly line: number;
  readonly rule: string;
  readonly expected: number;
  readonly actual: number;
  readonly text: string;
}

export interface RuleScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** `// expect: magic x2, nonstandard` → { magic: 2, nonstandard: 1 } (by rule id). */
export function parseLabels(line: string): Map<string, number> {
  const labels = new Map<string, number>();
  const match = /\/\/ expect: (.+)$/.exec(line);
  if (!match) return labels;
  for (const part of match[1]!.split(',')) {
    const [name, times] = part.trim().split(/\s+x/);
    const rule = LABEL_RULES[name!];
    if (!rule) throw new Error(`unknown label "${name}" in: ${line}`);
    labels.set(rule, (labels.get(rule) ?? 0) + Number(times ?? 1));
  }
  return labels;
}

export function corpusFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(?:[cm]?js|ts)$/.test(file))
    .sort()
    .map((file) => join(folder, file));
}

function languageOptions(file: string): Linter.Config['languageOptions'] {
  if (file.endsWith('.ts')) return { parser: tsParser as never };
  return { sourceType: file.endsWith('.cjs') ? 'commonjs' : 'module' };
}

/** Lints one file with the given rules at their defaults. */
export function lintFile(file: string, rules: readonly string[]): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  const code = readFileSync(file, 'utf8');
  return linter.verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.js', '**/*.cjs', '**/*.mjs'],
        plugins: { 'http-status': plugin as never },
        languageOptions: languageOptions(file),
        rules: Object.fromEntries(rules.map((rule) => [rule, 'error'])),
      },
    ],
    { filename: file.replace(/^.*\//, '') },
  );
}

/** Compares each line's reports with its labels, rule by rule. */
export function scoreCorpus(files: readonly string[], rules: readonly string[]) {
  const scores = new Map<string, RuleScore>(rules.map((rule) => [rule, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }]));
  const differences: LineDifference[] = [];
  const fatal: string[] = [];
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    const messages = lintFile(file, rules);
    for (const message of messages.filter((candidate) => candidate.fatal)) fatal.push(`${file}:${message.line} ${message.message}`);
    lines.forEach((text, index) => {
      const labels = parseLabels(text);
      for (const rule of rules) {
        const expected = labels.get(rule) ?? 0;
        const actual = messages.filter((message) => message.line === index + 1 && message.ruleId === rule).length;
        const score = scores.get(rule)!;
        score.truePositives += Math.min(expected, actual);
        score.falsePositives += Math.max(0, actual - expected);
        score.falseNegatives += Math.max(0, expected - actual);
        if (expected !== actual) differences.push({ file, line: index + 1, rule, expected, actual, text: text.trim() });
      }
    });
  }
  return { scores, differences, fatal };
}

export function precision(score: RuleScore): number {
  const reported = score.truePositives + score.falsePositives;
  return reported === 0 ? 1 : score.truePositives / reported;
}

export function recall(score: RuleScore): number {
  const labelled = score.truePositives + score.falseNegatives;
  return labelled === 0 ? 1 : score.truePositives / labelled;
}

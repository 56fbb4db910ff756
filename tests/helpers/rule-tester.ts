import * as parser from '@typescript-eslint/parser';
import { RuleTester, type InvalidTestCase, type ValidTestCase } from '@typescript-eslint/rule-tester';
import type { RuleModule } from '@typescript-eslint/utils/ts-eslint';
import * as espree from 'espree';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** TypeScript through typescript-eslint's parser, as ESM. */
export const tsTester = new RuleTester({
  languageOptions: { parser, sourceType: 'module' },
});

/** JavaScript through ESLint's default parser, as ESM. */
export const jsTester = new RuleTester({
  languageOptions: { parser: espree, sourceType: 'module', ecmaVersion: 'latest' },
});

/** JavaScript through ESLint's default parser, as a CommonJS script. */
export const cjsTester = new RuleTester({
  languageOptions: { parser: espree, sourceType: 'commonjs', ecmaVersion: 'latest' },
});

export interface Cases<MessageIds extends string, Options extends readonly unknown[]> {
  valid: (ValidTestCase<Options> | string)[];
  invalid: InvalidTestCase<MessageIds, Options>[];
}

type TesterRule<MessageIds extends string, Options extends readonly unknown[]> = Parameters<
  typeof tsTester.run<MessageIds, Options>
>[1];

/**
 * The rule tester pins its own copy of `@typescript-eslint/utils`, whose types differ from
 * ours only by identity; at run time both are plain ESLint rule objects.
 */
export function asTesterRule<MessageIds extends string, Options extends readonly unknown[]>(
  rule: RuleModule<MessageIds, Options>,
): TesterRule<MessageIds, Options> {
  return rule as unknown as TesterRule<MessageIds, Options>;
}

/** Runs cases written in the common subset of JavaScript and TypeScript under both parsers. */
export function runInJsAndTs<MessageIds extends string, Options extends readonly unknown[]>(
  name: string,
  rule: RuleModule<MessageIds, Options>,
  cases: Cases<MessageIds, Options>,
): void {
  jsTester.run(`${name} (JavaScript)`, asTesterRule(rule), cases);
  tsTester.run(`${name} (TypeScript)`, asTesterRule(rule), cases);
}

/** Line and column (1-based) of the `occurrence`-th appearance of `needle` in `code`. */
export function positionOf(code: string, needle: string, occurrence = 1): { line: number; column: number } {
  let index = -1;
  for (let seen = 0; seen < occurrence; seen++) {
    index = code.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" occurs fewer than ${occurrence} times in:\n${code}`);
  }
  const before = code.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

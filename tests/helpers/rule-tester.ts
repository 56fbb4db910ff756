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

/** Runs cases written in the common subset of JavaScript and TypeScript under both parsers. */
export function runInJsAndTs<MessageIds extends string, Options extends readonly unknown[]>(
  name: string,
  rule: RuleModule<MessageIds, Options>,
  cases: Cases<MessageIds, Options>,
): void {
  jsTester.run(`${name} (JavaScript)`, rule, cases);
  tsTester.run(`${name} (TypeScript)`, rule, cases);
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index';

const DOCS = join(__dirname, '../docs/rules');

interface CodeBlock {
  readonly rule: string;
  readonly language: 'js' | 'ts';
  readonly verdict: 'correct' | 'incorrect';
  readonly code: string;
  readonly options: unknown;
  readonly line: number;
}

const BLOCK = /(?:<!-- options: (?<options>.+?) -->\n)?```(?<language>js|ts) (?<verdict>correct|incorrect)\n(?<code>[\s\S]*?)```/g;

function codeBlocks(rule: string, markdown: string): CodeBlock[] {
  return [...markdown.matchAll(BLOCK)].map((match) => ({
    rule,
    language: match.groups!.language as 'js' | 'ts',
    verdict: match.groups!.verdict as 'correct' | 'incorrect',
    code: match.groups!.code!,
    options: match.groups!.options === undefined ? undefined : JSON.parse(match.groups!.options),
    line: markdown.slice(0, match.index).split('\n').length,
  }));
}

function lint(block: CodeBlock): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  const ruleEntry = block.options === undefined ? 'error' : ['error', block.options];
  return linter.verify(
    block.code,
    [
      {
        files: ['**/*.ts', '**/*.js'],
        plugins: { 'http-status': plugin as never },
        languageOptions: block.language === 'ts' ? { parser: tsParser as never } : { sourceType: 'module' },
        rules: { [`http-status/${block.rule}`]: ruleEntry as Linter.RuleEntry },
      },
    ],
    { filename: `example.${block.language}` },
  );
}

/** How many reports each line claims, by the ❌ marks written on it. */
function claimedReports(code: string): Map<number, number> {
  const claims = new Map<number, number>();
  code.split('\n').forEach((text, index) => {
    const count = text.split('❌').length - 1;
    if (count > 0) claims.set(index + 1, count);
  });
  return claims;
}

function actualReports(messages: readonly Linter.LintMessage[]): Map<number, number> {
  const actual = new Map<number, number>();
  for (const message of messages) actual.set(message.line, (actual.get(message.line) ?? 0) + 1);
  return actual;
}

const documents = readdirSync(DOCS)
  .filter((file) => file.endsWith('.md'))
  .map((file) => ({ rule: file.replace(/\.md$/, ''), markdown: readFileSync(join(DOCS, file), 'utf8') }));

describe.each(documents.map((doc) => [doc.rule, doc.markdown] as const))('docs/rules/%s.md', (rule, markdown) => {
  const blocks = codeBlocks(rule, markdown);

  it('has incorrect and correct examples', () => {
    expect(blocks.some((block) => block.verdict === 'incorrect')).toBe(true);
    expect(blocks.some((block) => block.verdict === 'correct')).toBe(true);
  });

  it.each(blocks.map((block) => [`${block.verdict} example at line ${block.line}`, block] as const))(
    '%s reports exactly what it claims',
    (_title, block) => {
      const messages = lint(block);
      expect(messages.filter((message) => message.fatal)).toEqual([]);
      expect(actualReports(messages)).toEqual(claimedReports(block.code));
      if (block.verdict === 'incorrect') expect(messages.length).toBeGreaterThan(0);
      else expect(messages).toEqual([]);
    },
  );
});

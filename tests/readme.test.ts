/**
 * The README is what users copy from: its config files must parse, its registry example
 * must say what the registry answers, and its links inside the page must land on a heading.
 * Loading the configs into a real ESLint run needs the built package; the end-to-end tests
 * and a manual check cover that.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import * as espree from 'espree';
import { describe, expect, it } from 'vitest';
import * as registry from '../src/registry';

const README = readFileSync(join(__dirname, '../README.md'), 'utf8');

interface Fence {
  readonly language: string;
  readonly code: string;
  readonly line: number;
}

function fences(markdown: string): Fence[] {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({
    language: match[1]!,
    code: match[2]!,
    line: markdown.slice(0, match.index).split('\n').length,
  }));
}

const blocks = fences(README);
const configs = blocks.filter((block) => block.language === 'js' && block.code.startsWith('// eslint.config.js'));

describe('README.md', () => {
  it('starts with what a user needs, and keeps the clone commands near the top', () => {
    const headings = [...README.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(headings.slice(0, 4)).toEqual(['Install', 'Configure ESLint', 'Try it from a clone', 'In CI']);
    expect(README).toContain('npm ci && npm run demo');
    expect(README).toContain('npm test');
  });

  it('keeps the generated rules list', () => {
    expect(README).toMatch(/<!-- begin auto-generated rules list -->[\s\S]+<!-- end auto-generated rules list -->/);
  });

  it('has the JavaScript, CommonJS, TypeScript, options and monorepo configs', () => {
    expect(configs.length).toBeGreaterThanOrEqual(5);
    expect(configs.some((block) => block.code.includes("require('eslint-plugin-http-status')"))).toBe(true);
    expect(configs.some((block) => block.code.includes("from 'typescript-eslint'"))).toBe(true);
  });

  it.each(configs.map((block) => [block.line, block] as const))('config at line %i parses', (_line, block) => {
    const sourceType = /\brequire\(/.test(block.code) ? 'commonjs' : 'module';
    expect(() => espree.parse(block.code, { ecmaVersion: 'latest', sourceType })).not.toThrow();
    expect(block.code).toMatch(/httpStatus\.configs\.(recommended|strict|all)/);
  });

  it.each(blocks.filter((block) => block.language === 'json').map((block) => [block.line, block] as const))(
    'JSON at line %i parses',
    (_line, block) => {
      expect(() => JSON.parse(block.code)).not.toThrow();
    },
  );

  it('links only to headings that exist', () => {
    const slugs = new Set(
      [...README.matchAll(/^#{1,6} (.+)$/gm)].map((match) =>
        match[1]!
          .toLowerCase()
          .replace(/[^\p{L}\p{N} _-]/gu, '')
          .replace(/ /g, '-'),
      ),
    );
    const anchors = [...README.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]);
    expect(anchors.length).toBeGreaterThan(0);
    for (const anchor of anchors) expect(slugs, anchor).toContain(anchor);
  });

  it('shows what the registry really answers', () => {
    const example = blocks.find((block) => block.language === 'js' && block.code.includes("from 'eslint-plugin-http-status/registry'"));
    expect(example).toBeDefined();
    const body = example!.code.replace(/^import[\s\S]*?;\n/, '');
    const api = Object.entries(registry).filter(([name]) => /^[A-Za-z_$][\w$]*$/.test(name));
    const scope = new Map<string, unknown>();
    const evaluate = (expression: string): unknown => {
      const names = [...api.map(([name]) => name), ...scope.keys()];
      const values = [...api.map(([, value]) => value), ...scope.values()];
      return new Function(...names, `return (${expression});`)(...values);
    };
    /** The longest start of the comment that is a JavaScript value: `'x'`, `[1, 2]`, `undefined`. */
    const claimed = (comment: string): { value: unknown } | undefined => {
      for (let end = comment.length; end > 0; end--) {
        try {
          return { value: new Function(`return (${comment.slice(0, end)});`)() };
        } catch {
          // Not a value yet: the rest of the comment is prose.
        }
      }
      return undefined;
    };
    let checked = 0;
    for (const line of body.split('\n')) {
      const declaration = /^const (\w+) = (.+?);(?: \/\/.*)?$/.exec(line);
      if (declaration) {
        scope.set(declaration[1]!, evaluate(declaration[2]!));
        continue;
      }
      const claim = /^(.+?); \/\/ (.+)$/.exec(line);
      if (!claim) continue;
      const expected = claimed(claim[2]!);
      expect(expected, line).toBeDefined();
      const actual = evaluate(claim[1]!);
      expect(isDeepStrictEqual(actual, expected!.value), `${line}\n  is ${JSON.stringify(actual)}`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('lists the registry functions with the signatures they have', () => {
    const signatures = blocks.find((block) => block.language === 'ts' && block.code.startsWith('function getStatus('));
    expect(signatures).toBeDefined();
    const listed = [...signatures!.code.matchAll(/^(?:function|const) (\w+)/gm)].map((match) => match[1]).sort();
    const exported = Object.keys(registry).filter((name) => name !== 'default' && name !== '__esModule').sort();
    expect(listed).toEqual(exported);
    for (const [name, value] of Object.entries(registry)) {
      if (typeof value !== 'function') continue;
      const declared = new RegExp(`^function ${name}\\(([^)]*)\\)`, 'm').exec(signatures!.code);
      // Optional parameters compile to plain ones, so `length` counts them all.
      const parameters = declared![1]!.split(',').filter((parameter) => parameter.trim() !== '').length;
      expect(value.length, name).toBe(parameters);
    }
  });
});

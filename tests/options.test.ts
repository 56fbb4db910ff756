import { Linter } from 'eslint';
import { Linter as Linter9 } from 'eslint-9';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index';
import { createRule } from '../src/util/create-rule';

/** Both versions' `Linter` as far as these tests use it; their types differ only in detail. */
type AnyLinter = new (options: { configType: 'flat' }) => { verify: (code: string, config: unknown[]) => unknown };

/** ESLint 10, the development version, and ESLint 9, which users still run. */
const LINTERS: readonly (readonly [string, AnyLinter])[] = [
  ['ESLint 10', Linter as unknown as AnyLinter],
  ['ESLint 9', Linter9 as unknown as AnyLinter],
];

/** Lints a line with one rule configured as given (no options when `undefined`), returning what ESLint throws, if anything. */
function configure(rule: string, options: unknown, LinterClass: AnyLinter = LINTERS[0]![1], plugins: Record<string, unknown> = { 'http-status': plugin }): Error | undefined {
  const linter = new LinterClass({ configType: 'flat' });
  try {
    linter.verify('app.post("/x", (req, res) => res.status(201).end());', [
      { plugins: plugins as never, rules: { [`http-status/${rule}`]: (options === undefined ? 'error' : ['error', options]) as Linter.RuleEntry } },
    ]);
    return undefined;
  } catch (error) {
    return error as Error;
  }
}

/**
 * For each rule: options that are valid, and wrong ones with what ESLint's schema error
 * must mention: an unknown key by its name; a wrong value by the value itself and what
 * was expected (ESLint prints the offending value, not its property path).
 */
const CASES: Record<string, { valid: unknown[]; invalid: [unknown, string][] }> = {
  'no-magic-status-codes': {
    valid: [{}, { ignore: [200, 204] }, { comparisons: false, assertions: true }, { constants: 'nestjs' }, { constants: { module: '@/http', name: 'Status' } }],
    invalid: [
      [{ ignore: 'all' }, 'Value "all" should be array'],
      [{ ignore: [200.5] }, 'Value 200.5 should be integer'],
      [{ comparisons: 'yes' }, 'Value "yes" should be boolean'],
      [{ assertions: 1 }, 'Value 1 should be boolean'],
      [{ constants: 'express-status' }, 'Value "express-status" should match pattern "^(http-status-codes|nestjs|http-status)$"'],
      [{ constants: { module: 'x', name: 'Y', naming: 'axios' } }, 'Value "axios" should match pattern "^(http-status-codes|nestjs|http-status)$"'],
      [{ constants: { module: 'x' } }, "should have required property 'name'"],
      [{ constants: { module: 'x', name: 'Y', extra: true } }, 'Unexpected property "extra"'],
      [{ ignroe: [200] }, 'Unexpected property "ignroe"'],
    ],
  },
  'no-nonstandard-status-codes': {
    valid: [{}, { allow: [499] }, { allowUnofficial: true }, { allowUnofficial: ['nginx', 'cloudflare'] }, { allowDeprecated: true, reportTemporary: true }],
    invalid: [
      [{ allow: ['499'] }, 'Value "499" should be integer'],
      [{ allowUnofficial: 'nginx' }, 'Value "nginx" should be boolean'],
      [{ allowUnofficial: ['apache-httpd'] }, 'Value "apache-httpd" should match pattern "^(aws-elb|nestjs|apache|'],
      [{ allowDeprecated: 'no' }, 'Value "no" should be boolean'],
      [{ reportTemporary: null }, 'Value null should be boolean'],
      [{ allowVendors: true }, 'Unexpected property "allowVendors"'],
    ],
  },
  'no-body-on-bodiless-status': {
    valid: [],
    invalid: [[{ strict: true }, 'should NOT have more than 0 items']],
  },
  'require-location-header': {
    valid: [{}, { methods: ['POST', 'PUT'] }, { nestDefaultCreated: true }, { ignore: ['^/webhooks/'] }],
    invalid: [
      [{ methods: 'POST' }, 'Value "POST" should be array'],
      [{ methods: ['post'] }, 'Value "post" should match pattern "^(POST|PUT|PATCH|GET|DELETE)$"'],
      [{ nestDefaultCreated: 'true' }, 'Value "true" should be boolean'],
      [{ ignore: [''] }, 'Value "" should NOT be shorter than 1 characters'],
      [{ ignored: [] }, 'Unexpected property "ignored"'],
    ],
  },
  'require-status-headers': {
    valid: [{}, { headers: { '202': ['Location'], '429': ['Retry-After'] } }, { ignore: ['^/legacy/'] }],
    invalid: [
      [{ headers: { '2xx': ['Location'] } }, "property name '2xx' is invalid"],
      [{ headers: { '202': 'Location' } }, 'Value "Location" should be array'],
      [{ headers: { '202': ['Retry After'] } }, 'Value "Retry After" should match pattern'],
      [{ headers: ['Location'] }, 'should be object'],
      [{ header: {} }, 'Unexpected property "header"'],
    ],
  },
  'no-method-changing-redirect': {
    valid: [],
    invalid: [[{ allow: [302] }, 'should NOT have more than 0 items']],
  },
  'allowed-status-codes': {
    valid: [{ allow: [200, 404] }, { allow: ['2xx', 404], byMethod: { POST: [201, 400], DELETE: [204] } }, { allow: ['4xx'], reportNonstandard: false }],
    invalid: [
      [undefined, "should have required property 'allow'"],
      [{}, "should have required property 'allow'"],
      [{ allow: [] }, 'should NOT have fewer than 1 items'],
      [{ allow: '2xx' }, 'Value "2xx" should be array'],
      [{ allow: [99] }, 'Value 99 should be >= 100'],
      [{ allow: ['2XX'] }, 'should match exactly one schema in oneOf'],
      [{ allow: [200], byMethod: { post: [201] } }, 'Unexpected property "post"'],
      [{ allow: [200], byMethod: { POST: [] } }, 'should NOT have fewer than 1 items'],
      [{ alow: [200] }, 'Unexpected property "alow"'],
    ],
  },
  'consistent-error-body': {
    valid: [{}, { shape: 'problem-details' }, { shape: { required: ['code', 'message'] } }],
    invalid: [
      [{ shape: 'rfc7807' }, 'should match exactly one schema in oneOf'],
      [{ shape: { required: [] } }, 'should NOT have fewer than 1 items'],
      [{ shape: { members: ['code'] } }, 'Unexpected property "members"'],
      [{ shapes: 'problem-details' }, 'Unexpected property "shapes"'],
    ],
  },
  'no-server-error-for-client-errors': {
    valid: [{}, { preferredStatus: 422 }],
    invalid: [
      [{ preferredStatus: 418 }, 'Value 418 should be equal to one of the allowed values'],
      [{ preferredStatus: '400' }, 'Value "400" should be integer'],
      [{ preferred: 400 }, 'Unexpected property "preferred"'],
    ],
  },
};

describe('rule options', () => {
  it('covers every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(plugin.rules).sort());
  });

  describe.each(LINTERS.flatMap(([version, LinterClass]) => Object.entries(CASES).map(([rule, cases]) => [`${rule} on ${version}`, rule, cases, LinterClass] as const)))(
    '%s',
    (_title, rule, { valid, invalid }, LinterClass) => {
      it.each(valid.map((options) => [JSON.stringify(options), options]))('accepts %s', (_name, options) => {
        expect(configure(rule, options, LinterClass)).toBeUndefined();
      });

      it.each(invalid.map(([options, text]) => [JSON.stringify(options), options, text] as const))(
        'rejects %s with a schema error that says what is wrong',
        (_name, options, text) => {
          const message = configure(rule, options, LinterClass)?.message;
          expect(message).toContain(`Key "http-status/${rule}"`);
          expect(message).toContain(text);
        },
      );
    },
  );
});

/** A rule that takes patterns in `only` and `skip`, declared, and compiles `paths` itself. */
const patternRule = createRule<[{ label?: string; only?: string[]; skip?: string; paths?: string[] }], 'x'>({
  name: 'pattern-options',
  meta: {
    type: 'suggestion',
    docs: { description: 'Disallow nothing, for tests' },
    messages: { x: 'x.' },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          label: { type: 'string', description: 'Not a pattern.' },
          only: { type: 'array', items: { type: 'string' }, description: 'Patterns.' },
          skip: { type: 'string', description: 'A pattern.' },
          paths: { type: 'array', items: { type: 'string' }, description: 'Patterns the rule compiles.' },
        },
      },
    ],
    defaultOptions: [{}],
  },
  patternOptions: ['only', 'skip'],
  create(_context, [options]) {
    const paths = (options.paths ?? []).map((pattern) => new RegExp(pattern, 'u'));
    return paths.length > 0 ? {} : {};
  },
});

describe.each(LINTERS)('option values the schema cannot judge, on %s', (_version, LinterClass) => {
  const custom = { 'http-status': { rules: { 'pattern-options': patternRule } } };

  it.each([
    [{ only: ['^/ok$', '('] }, 'http-status/pattern-options: option "only" has an invalid regular expression "(": Unterminated group'],
    [{ skip: '[a' }, 'http-status/pattern-options: option "skip" has an invalid regular expression "[a": Unterminated character class'],
    // Valid without the `u` flag, which the rules compile with.
    [{ skip: '\\-' }, 'http-status/pattern-options: option "skip" has an invalid regular expression "\\\\-": Invalid escape'],
    [{ paths: ['a', 'b)'] }, 'http-status/pattern-options: option "paths" has an invalid regular expression "b)": Unmatched \')\''],
    // The pattern the rule failed on names the option, not another string that is no pattern.
    [{ label: 'x(', paths: ['b)'] }, 'http-status/pattern-options: option "paths" has an invalid regular expression "b)": Unmatched \')\''],
  ])('rejects %j with one line that names the rule and the option', (options, text) => {
    const error = configure('pattern-options', options, LinterClass, custom);
    expect(error?.message).toContain(text);
    // ESLint prints a failing rule's stack: it must be the one line, not a trace.
    expect(error?.stack).toBe(text);
  });

  it('accepts patterns that compile', () => {
    expect(configure('pattern-options', { only: ['^/webhooks/'], skip: 'health', paths: ['^/v\\d+/'] }, LinterClass, custom)).toBeUndefined();
  });

  it('reports a bad pattern in the ignore option of require-location-header the same way', () => {
    const error = configure('require-location-header', { ignore: ['('] }, LinterClass);
    const text = 'http-status/require-location-header: option "ignore" has an invalid regular expression "(": Unterminated group';
    expect(error?.message).toContain(text);
    expect(error?.stack).toBe(text);
  });
});

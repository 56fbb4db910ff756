import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index';

/** Lints a line with one rule configured as given, returning what ESLint throws, if anything. */
function configure(rule: string, options: unknown): string | undefined {
  const linter = new Linter({ configType: 'flat' });
  try {
    linter.verify('res.status(404);', [
      { plugins: { 'http-status': plugin as never }, rules: { [`http-status/${rule}`]: ['error', options] as Linter.RuleEntry } },
    ]);
    return undefined;
  } catch (error) {
    return (error as Error).message;
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
      [{ constants: 'express-status' }, 'Value "express-status" should be equal to one of the allowed values'],
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
      [{ allowUnofficial: ['apache-httpd'] }, 'Value "apache-httpd" should be equal to one of the allowed values'],
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
      [{ methods: ['post'] }, 'Value "post" should be equal to one of the allowed values'],
      [{ nestDefaultCreated: 'true' }, 'Value "true" should be boolean'],
      [{ ignore: [''] }, 'Value "" should NOT be shorter than 1 characters'],
      [{ ignored: [] }, 'Unexpected property "ignored"'],
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

  describe.each(Object.entries(CASES))('%s', (rule, { valid, invalid }) => {
    it.each(valid.map((options) => [JSON.stringify(options), options]))('accepts %s', (_title, options) => {
      expect(configure(rule, options)).toBeUndefined();
    });

    it.each(invalid.map(([options, text]) => [JSON.stringify(options), options, text] as const))(
      'rejects %s with a schema error that says what is wrong',
      (_title, options, text) => {
        const message = configure(rule, options);
        expect(message).toContain(`Key "http-status/${rule}"`);
        expect(message).toContain(text);
      },
    );
  });
});

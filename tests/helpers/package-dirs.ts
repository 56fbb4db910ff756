import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as parser from '@typescript-eslint/parser';
import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import './rule-tester';

/** A folder inside this repository, where `http-status-codes` resolves from node_modules. */
export const WITH_PACKAGE_DIR = join(__dirname, '../fixtures/with-http-status-codes');

/** A fresh folder outside it, where no package resolves. */
export const WITHOUT_PACKAGE_DIR = mkdtempSync(join(tmpdir(), 'http-status-no-packages-'));

/** The rule tester's default file name (`file.ts`, resolved from the working directory) would see our own node_modules. */
function defaultFilenames(directory: string): { ts: string; tsx: string } {
  return { ts: join(directory, 'file.ts'), tsx: join(directory, 'react.tsx') };
}

/** Testers whose files live where `http-status-codes` is not installed. */
export const isolated = {
  ts: new RuleTester({ languageOptions: { parser, sourceType: 'module' }, defaultFilenames: defaultFilenames(WITHOUT_PACKAGE_DIR) }),
  js: new RuleTester({
    languageOptions: { parser: espree, sourceType: 'module', ecmaVersion: 'latest' },
    defaultFilenames: defaultFilenames(WITHOUT_PACKAGE_DIR),
  }),
  cjs: new RuleTester({
    languageOptions: { parser: espree, sourceType: 'commonjs', ecmaVersion: 'latest' },
    defaultFilenames: { ts: join(WITHOUT_PACKAGE_DIR, 'file.js'), tsx: join(WITHOUT_PACKAGE_DIR, 'file.jsx') },
  }),
};

/** Testers whose files live in this repository, where `http-status-codes` is installed. */
export const installed = {
  ts: new RuleTester({ languageOptions: { parser, sourceType: 'module' }, defaultFilenames: defaultFilenames(WITH_PACKAGE_DIR) }),
  js: new RuleTester({
    languageOptions: { parser: espree, sourceType: 'module', ecmaVersion: 'latest' },
    defaultFilenames: { ts: join(WITH_PACKAGE_DIR, 'file.mjs'), tsx: join(WITH_PACKAGE_DIR, 'file.jsx') },
  }),
  cjs: new RuleTester({
    languageOptions: { parser: espree, sourceType: 'commonjs', ecmaVersion: 'latest' },
    defaultFilenames: { ts: join(WITH_PACKAGE_DIR, 'file.js'), tsx: join(WITH_PACKAGE_DIR, 'file.jsx') },
  }),
};

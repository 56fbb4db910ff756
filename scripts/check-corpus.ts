/**
 * No crash on real code: lints every .js, .cjs, .mjs and .ts file under node_modules (code
 * from many authors, none of it written for this plugin) with every rule on, and fails on
 * any exception a rule throws. Files that do not parse are skipped and counted.
 *
 *   npm run check:corpus [-- --limit N]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import plugin from '../src/index';

const ROOT = join(__dirname, '..');
const EXTENSIONS = /\.(?:c|m)?js$|\.ts$/;
const MAX_BYTES = 1_000_000;

/** Every candidate file, not following links (the demo links this package into node_modules). */
function* files(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile() && EXTENSIONS.test(entry.name)) yield path;
  }
}

// Every rule, as `configs.all` sets it: a rule with required options (`allowed-status-codes`) gets those of `all`.
const RULES = plugin.configs.all.rules as Linter.RulesRecord;
if (Object.keys(RULES).length !== Object.keys(plugin.rules).length) throw new Error('configs.all does not hold every rule');
const PLUGINS = { 'http-status': plugin as never };

function configFor(file: string, sourceType: 'module' | 'commonjs' | 'script'): Linter.Config[] {
  const languageOptions: Linter.Config['languageOptions'] = file.endsWith('.ts')
    ? { parser: tsParser as never, sourceType: 'module' }
    : { sourceType, ecmaVersion: 'latest' };
  return [{ files: ['**/*'], plugins: PLUGINS, languageOptions, rules: RULES }];
}

interface Outcome {
  readonly crashed?: string;
  readonly parseError?: boolean;
  readonly reports: number;
}

function lintFile(linter: Linter, file: string, code: string): Outcome {
  // `.js` may be either; try the likelier module form first, then a script.
  const sourceTypes: ('module' | 'commonjs' | 'script')[] = file.endsWith('.cjs') ? ['commonjs'] : file.endsWith('.mjs') || file.endsWith('.ts') ? ['module'] : ['module', 'commonjs'];
  let parseError = false;
  for (const sourceType of sourceTypes) {
    try {
      const messages = linter.verify(code, configFor(file, sourceType), { filename: 'file' + file.slice(file.lastIndexOf('.')) });
      if (messages.some((message) => message.fatal)) {
        parseError = true;
        continue;
      }
      return { reports: messages.length };
    } catch (error) {
      return { crashed: error instanceof Error ? (error.stack ?? error.message) : String(error), reports: 0 };
    }
  }
  return { parseError, reports: 0 };
}

function main(): void {
  const limitIndex = process.argv.indexOf('--limit');
  const limit = limitIndex >= 0 ? Number(process.argv[limitIndex + 1]) : Infinity;
  const linter = new Linter({ configType: 'flat' });
  const started = performance.now();
  let linted = 0;
  let skippedLarge = 0;
  let parseErrors = 0;
  let reports = 0;
  const crashes: string[] = [];
  for (const file of files(join(ROOT, 'node_modules'))) {
    if (linted >= limit) break;
    if (statSync(file).size > MAX_BYTES) {
      skippedLarge++;
      continue;
    }
    const outcome = lintFile(linter, file, readFileSync(file, 'utf8'));
    linted++;
    reports += outcome.reports;
    if (outcome.parseError) parseErrors++;
    if (outcome.crashed) crashes.push(`${relative(ROOT, file)}\n${outcome.crashed}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Linted ${linted} files under node_modules with all ${Object.keys(RULES).length} rules in ${seconds} s: ` +
      `${crashes.length} crashed, ${parseErrors} skipped as unparsable, ${skippedLarge} skipped as over 1 MB, ${reports} reports.`,
  );
  if (crashes.length > 0) {
    console.error(crashes.slice(0, 20).join('\n\n'));
    process.exit(1);
  }
}

main();

/**
 * Accuracy on real public code: lints the files labelled in tests/real-code/labels.json with
 * `configs.all` of the built plugin (dist/src/index.js) under default options, and prints per
 * rule true positives, false positives, false negatives, precision and recall. Reports on
 * lines nobody labelled are listed as "unlabelled" for a human to judge; crashes and parse
 * errors are listed too.
 *
 * The repositories are not part of this one. Each labelled repository must have been fetched
 * into /work/.mirror/<owner>+<name>… (a bare git directory); the labelled files are read from
 * the labelled commit with `git show` into a temporary folder. Repositories without a copy are
 * skipped with a message. Not part of CI or `npm test`.
 *
 * With --all-files it also lints every other JavaScript and TypeScript file of the labelled commit
 * (within `lintedPaths` of tests/real-code/repositories.json when given), so that reports in files
 * nobody labelled show up as "unlabelled" too; those files do not change the figures.
 *
 *   npm run build && npm run score:real-code [-- --verbose] [-- --all-files] [-- --repo owner/name]
 *     [-- --mirror DIR] [-- --labels FILE] [-- --repositories FILE] [-- --plugin dist/src/index.js of another build]
 *     [-- --rule-options FILE]
 *
 * --rule-options names a JSON file of rule ids (without the namespace) and the options to lint
 * them with in place of those of `configs.all`: `{ "allowed-status-codes": [{ "allow": [200] }] }`,
 * for a rule whose labels were judged against a list a user would configure.
 *
 * --repositories names the repositories file whose `lintedPaths` apply (default
 * tests/real-code/repositories.json); a held-out round keeps its own, e.g.
 * `--labels tests/real-code/round3-labels.json --repositories tests/real-code/round3-repositories.json`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';

function argumentValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const ROOT = join(__dirname, '..');
const LABELS = argumentValue('--labels') ?? join(ROOT, 'tests/real-code/labels.json');
const REPOSITORIES = argumentValue('--repositories') ?? join(ROOT, 'tests/real-code/repositories.json');
const PLUGIN = argumentValue('--plugin') ?? join(ROOT, 'dist/src/index.js');
const RULE_OPTIONS = argumentValue('--rule-options');
const NAMESPACE = 'http-status/';

interface Label {
  readonly repository: string;
  readonly commit: string;
  readonly path: string;
  readonly line: number;
  readonly rule: string;
  readonly expected: boolean;
  readonly note?: string;
}

interface Repository {
  readonly repository: string;
  readonly commit: string;
  readonly lintedPaths?: readonly string[];
}

interface Report {
  readonly path: string;
  readonly line: number;
  readonly rule: string;
  readonly message: string;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  unlabelled: number;
}

const VERBOSE = process.argv.includes('--verbose');
const ALL_FILES = process.argv.includes('--all-files');
const LINTABLE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
// The same folders the labelling run left out: dependencies, build output, bundles.
const IGNORES = [
  '**/node_modules/',
  '**/dist/',
  '**/build/',
  '**/.next/',
  '**/.nuxt/',
  '**/.output/',
  '**/.svelte-kit/',
  '**/coverage/',
  '**/vendor/',
  '**/public/**/*.js',
  '**/*.min.js',
];
const MIRROR = argumentValue('--mirror') ?? '/work/.mirror';
const ONLY = argumentValue('--repo');

/** The bare git directory of a fetched repository, or undefined when it is not on this machine. */
function gitDirectory(repository: string): string | undefined {
  if (!existsSync(MIRROR)) return undefined;
  const prefix = repository.replace('/', '+');
  for (const entry of readdirSync(MIRROR).sort()) {
    if (!entry.startsWith(prefix)) continue;
    // The entry itself may be the git directory, or hold one (fetch puts it in `repo`).
    for (const candidate of [join(MIRROR, entry), join(MIRROR, entry, 'repo'), join(MIRROR, entry, '.git')]) {
      if (existsSync(join(candidate, 'HEAD')) && existsSync(join(candidate, 'objects'))) return candidate;
    }
  }
  return undefined;
}

/** Every lintable path of the commit under `scopes` (all of them when there is no scope). */
function lintablePaths(gitDir: string, commit: string, scopes: readonly string[] | undefined): string[] {
  try {
    const listing = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '--name-only', commit], {
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).toString();
    return listing
      .split('\n')
      .filter((path) => LINTABLE.test(path) && !/(?:^|\/)node_modules\//.test(path))
      .filter((path) => !scopes || scopes.some((scope) => path === scope || path.startsWith(`${scope.replace(/\/$/, '')}/`)));
  } catch {
    return [];
  }
}

/** Writes one labelled file of the commit into `folder`; false when the commit or blob is absent. */
function extract(gitDir: string, commit: string, path: string, folder: string): boolean {
  const target = join(folder, path);
  if (existsSync(target)) return true;
  try {
    const content = execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${path}`], {
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    return true;
  } catch {
    return false;
  }
}

function loadPlugin(): { configs: { all: Linter.Config } } | undefined {
  if (!existsSync(PLUGIN)) return undefined;
  // The build is CommonJS, and the script must score whatever dist/ holds today, not src/.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
  return require(PLUGIN) as { configs: { all: Linter.Config } };
}

/** `configs.all` with the rules of `--rule-options` set to the options given there. */
function withRuleOptions(all: Linter.Config): Linter.Config {
  if (!RULE_OPTIONS) return all;
  const options = JSON.parse(readFileSync(RULE_OPTIONS, 'utf8')) as Record<string, unknown[]>;
  const overrides = Object.fromEntries(Object.entries(options).map(([rule, ruleOptions]) => [`${NAMESPACE}${rule}`, ['error', ...ruleOptions]]));
  return { ...all, rules: { ...all.rules, ...overrides } as Linter.RulesRecord };
}

function eslintFor(cwd: string, all: Linter.Config): ESLint {
  return new ESLint({
    cwd,
    overrideConfigFile: true,
    errorOnUnmatchedPattern: false,
    warnIgnored: false,
    overrideConfig: [
      { ignores: IGNORES },
      // No type information: the parser only, and only for TypeScript files.
      { files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'], languageOptions: { parser: tseslint.parser as Linter.Parser } },
      all,
    ],
  });
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '   -' : `${((100 * part) / whole).toFixed(0).padStart(3)}%`;
}

async function main(): Promise<void> {
  const plugin = loadPlugin();
  if (!plugin) {
    console.error(`No build at ${PLUGIN}: run \`npm run build\` first.`);
    process.exitCode = 1;
    return;
  }
  if (!existsSync(LABELS)) {
    console.error(`No labels at ${LABELS}.`);
    process.exitCode = 1;
    return;
  }
  const labels = (JSON.parse(readFileSync(LABELS, 'utf8')) as Label[]).filter((label) => !ONLY || label.repository === ONLY);
  const scopes = new Map<string, readonly string[] | undefined>();
  if (existsSync(REPOSITORIES)) {
    for (const entry of JSON.parse(readFileSync(REPOSITORIES, 'utf8')) as Repository[]) scopes.set(`${entry.repository}@${entry.commit}`, entry.lintedPaths);
  }
  const rules = [...new Set([...Object.keys(plugin.configs.all.rules ?? {}).map((id) => id.slice(NAMESPACE.length)), ...labels.map((label) => label.rule)])].sort();
  const tallies = new Map<string, Tally>(rules.map((rule) => [rule, { tp: 0, fp: 0, fn: 0, tn: 0, unlabelled: 0 }]));
  const details: string[] = [];
  const unlabelled: string[] = [];
  const crashes: string[] = [];
  const parseErrors: string[] = [];
  const skipped: string[] = [];
  const workRoot = join(tmpdir(), 'http-status-real-code');
  let filesLinted = 0;
  let labelsScored = 0;
  let repositoriesScored = 0;

  const byRepository = new Map<string, Label[]>();
  for (const label of labels) {
    const key = `${label.repository}@${label.commit}`;
    byRepository.set(key, [...(byRepository.get(key) ?? []), label]);
  }

  for (const [key, repositoryLabels] of byRepository) {
    const { repository, commit } = repositoryLabels[0]!;
    const gitDir = gitDirectory(repository);
    if (!gitDir) {
      skipped.push(`${repository}: no copy under ${MIRROR}/${repository.replace('/', '+')}* (fetch it first); ${repositoryLabels.length} labels skipped`);
      continue;
    }
    repositoriesScored++;
    const folder = join(workRoot, key.replace('/', '+'));
    const labelledPaths = new Set(repositoryLabels.map((label) => label.path));
    const present = [...labelledPaths].sort().filter((path) => {
      if (extract(gitDir, commit, path, folder)) return true;
      skipped.push(`${repository}@${commit.slice(0, 12)}: ${path} is not in the local copy; its labels are skipped`);
      return false;
    });
    if (ALL_FILES) {
      let absent = 0;
      for (const path of lintablePaths(gitDir, commit, scopes.get(key))) {
        if (labelledPaths.has(path)) continue;
        if (extract(gitDir, commit, path, folder)) present.push(path);
        else absent++;
      }
      if (absent > 0) skipped.push(`${repository}: ${absent} unlabelled files are not in the local copy (--all-files)`);
    }
    const eslint = eslintFor(folder, withRuleOptions(plugin.configs.all));
    const reports: Report[] = [];
    const linted = new Set<string>();
    for (const path of present) {
      try {
        const [result] = await eslint.lintFiles([path]);
        if (!result) {
          if (labelledPaths.has(path)) skipped.push(`${repository}: ${path} was not linted (ignored by the patterns)`);
          continue;
        }
        linted.add(path);
        filesLinted++;
        for (const message of result.messages) {
          if (message.fatal) {
            parseErrors.push(`${repository} ${path}:${message.line} ${message.message}`);
            continue;
          }
          if (!message.ruleId?.startsWith(NAMESPACE)) continue;
          reports.push({ path, line: message.line, rule: message.ruleId.slice(NAMESPACE.length), message: message.message });
        }
      } catch (error) {
        crashes.push(`${repository} ${path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }

    const reported = (path: string, line: number, rule: string): Report | undefined =>
      reports.find((report) => report.path === path && report.line === line && report.rule === rule);
    const labelled = new Set<string>();
    for (const label of repositoryLabels) {
      if (!linted.has(label.path)) continue;
      labelled.add(`${label.path}:${label.line}:${label.rule}`);
      const tally = tallies.get(label.rule)!;
      const report = reported(label.path, label.line, label.rule);
      labelsScored++;
      const where = `${repository} ${label.path}:${label.line}`;
      if (label.expected && report) tally.tp++;
      else if (label.expected) {
        tally.fn++;
        details.push(`  FN ${label.rule.padEnd(34)} ${where}${label.note ? ` — ${label.note}` : ''}`);
      } else if (report) {
        tally.fp++;
        details.push(`  FP ${label.rule.padEnd(34)} ${where}${label.note ? ` — ${label.note}` : ''}`);
      } else tally.tn++;
    }
    for (const report of reports) {
      if (labelled.has(`${report.path}:${report.line}:${report.rule}`)) continue;
      const tally = tallies.get(report.rule);
      if (tally) tally.unlabelled++;
      unlabelled.push(`  ${report.rule.padEnd(34)} ${repository} ${report.path}:${report.line} — ${report.message.slice(0, 110)}`);
    }
  }

  console.log(`Scored ${labelsScored} labels; linted ${filesLinted} files of ${repositoriesScored}/${byRepository.size} labelled repository commits (build: ${relativeToRoot(PLUGIN)}, ${new Date(statSync(PLUGIN).mtimeMs).toISOString()}).\n`);
  console.log(`${'rule'.padEnd(34)}   TP   FP   FN   TN  precision  recall  unlabelled`);
  const total: Tally = { tp: 0, fp: 0, fn: 0, tn: 0, unlabelled: 0 };
  for (const [rule, tally] of tallies) {
    for (const field of ['tp', 'fp', 'fn', 'tn', 'unlabelled'] as const) total[field] += tally[field];
    console.log(row(rule, tally));
  }
  console.log(row('all', total));
  if (details.length > 0) console.log(`\nWrong answers (false positives and false negatives):\n${details.join('\n')}`);
  if (unlabelled.length > 0) {
    console.log(`\nUnlabelled reports (${unlabelled.length}), to judge and label:`);
    console.log((VERBOSE ? unlabelled : unlabelled.slice(0, 40)).join('\n'));
    if (!VERBOSE && unlabelled.length > 40) console.log(`  … and ${unlabelled.length - 40} more (--verbose lists them all)`);
  }
  if (parseErrors.length > 0) {
    // Expected under default options: JSX in `.js` files (React clients) does not parse.
    console.log(`\nParse errors (${parseErrors.length}, files skipped):`);
    console.log(`  ${(VERBOSE ? parseErrors : parseErrors.slice(0, 5)).join('\n  ')}`);
    if (!VERBOSE && parseErrors.length > 5) console.log(`  … and ${parseErrors.length - 5} more (--verbose lists them all)`);
  }
  if (skipped.length > 0) console.log(`\nSkipped:\n  ${skipped.join('\n  ')}`);
  if (crashes.length > 0) {
    console.log(`\nCrashes (${crashes.length}):\n${crashes.join('\n\n')}`);
    process.exitCode = 1;
  } else console.log('\nNo crash.');
}

function row(rule: string, tally: Tally): string {
  const numbers = [tally.tp, tally.fp, tally.fn, tally.tn].map((value) => String(value).padStart(4)).join(' ');
  return `${rule.padEnd(34)} ${numbers}       ${percent(tally.tp, tally.tp + tally.fp)}    ${percent(tally.tp, tally.tp + tally.fn)}  ${String(tally.unlabelled).padStart(10)}`;
}

function relativeToRoot(path: string): string {
  return path.startsWith(ROOT) ? path.slice(ROOT.length + 1) : path;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

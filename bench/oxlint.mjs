#!/usr/bin/env node
/**
 * ESLint against Oxlint with this plugin, on the benchmark corpus, in one run.
 *
 *   node bench/oxlint.mjs [--files 1000] [--runs 3] [--no-profile] [--no-write]
 *
 * Measured, each in a fresh process, interleaved over the runs, medians reported:
 *
 *   eslint-floor  ESLint, parsers + a no-op `*` rule (configuration (a) of lint.mjs)
 *   eslint-all    ESLint, the floor + every rule of the plugin (configuration (b))
 *   oxlint-empty  Oxlint, one JS plugin rule whose `create` returns `{}`
 *   oxlint-floor  Oxlint, one JS plugin rule with a no-op `Program` visitor: Oxlint's floor
 *                 for a JS plugin that runs on every file
 *   oxlint-walk   Oxlint, one JS plugin rule with a no-op `*` visitor (the whole tree visited)
 *   oxlint-scope  Oxlint, the floor's `Program` visitor reading `sourceCode.scopeManager`:
 *                 Oxlint builds scopes only when a rule asks, and ours ask (bindings, values)
 *   oxlint-all    Oxlint, every rule of the plugin through `jsPlugins`, with the rules and
 *                 options of `configs.all`, as ESLint's eslint-all
 *
 * Oxlint runs with Oxlint's own rules off (`plugins: []`, `correctness` off), so only JS
 * plugin rules run; it uses all cores (its default), ESLint one. Wall time is the whole
 * process, from spawn to exit (Node start, module and plugin loading, linting); peak RSS is
 * the child's maximum resident set (`/usr/bin/time -f %M` for Oxlint, `resourceUsage()`
 * in ESLint's worker). Then one Oxlint run with `--threads=1` under `node --cpu-prof`, whose
 * profiles say where the time goes: self time by origin, and the top functions of our code.
 *
 * The corpus is copied outside the repository first: Oxlint honours the repository's
 * `.gitignore`, which lists `bench/.corpus/`. Writes Markdown to stdout and JSON to
 * bench/results/oxlint-<N>.json. The plugin must be built first: npm run build --silent.
 */
import { fork, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultCorpusDir, generateCorpus } from './generate-corpus.mjs';
import { REPO_ROOT } from './lib/configs.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const WORKER = path.join(BENCH_DIR, 'lib', 'lint-worker.mjs');
const OXLINT = path.join(REPO_ROOT, 'node_modules', 'oxlint', 'bin', 'oxlint');
const PLUGIN = path.join(REPO_ROOT, 'dist', 'src', 'index.js');
const DIST = path.join(REPO_ROOT, 'dist') + path.sep;

const { values: args } = parseArgs({
  options: {
    files: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    'no-profile': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
  },
});
const files = Number(args.files);
const runs = Number(args.runs);
const log = (message) => console.error(message);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

if (!existsSync(PLUGIN)) throw new Error('build the plugin first: npm run build --silent');
if (!existsSync('/usr/bin/time')) throw new Error('/usr/bin/time is needed for the peak RSS of Oxlint');

// ------------------------------------------------------------------------------ set-up

const corpusSource = defaultCorpusDir(files);
if (!existsSync(path.join(corpusSource, 'manifest.json'))) generateCorpus({ files, out: corpusSource, log });
const work = mkdtempSync(path.join(os.tmpdir(), 'http-status-oxlint-bench-'));
const corpus = path.join(work, 'corpus');
cpSync(corpusSource, corpus, { recursive: true });
rmSync(path.join(corpus, 'manifest.json'));

writeFileSync(
  path.join(work, 'noop-plugin.cjs'),
  `// No-op rules: the cost of running any JS plugin rule under Oxlint.
module.exports = {
  meta: { name: 'bench-noop' },
  rules: {
    empty: { meta: { schema: [] }, create: () => ({}) },
    program: { meta: { schema: [] }, create: () => ({ Program() {} }) },
    walk: { meta: { schema: [] }, create: () => ({ '*'() {} }) },
    scope: { meta: { schema: [] }, create: (context) => ({ Program() { void context.sourceCode.scopeManager.globalScope.through.length; } }) },
  },
};
`,
);
// The rules and options of ESLint's configuration (b): the plugin's `configs.all`.
const { configs } = await import(PLUGIN).then((module) => module.default ?? module);
const ALL_RULES = configs.all.rules;
const OXLINT_CONFIGS = {
  'oxlint-empty': { jsPlugins: [path.join(work, 'noop-plugin.cjs')], rules: { 'bench-noop/empty': 'error' } },
  'oxlint-floor': { jsPlugins: [path.join(work, 'noop-plugin.cjs')], rules: { 'bench-noop/program': 'error' } },
  'oxlint-walk': { jsPlugins: [path.join(work, 'noop-plugin.cjs')], rules: { 'bench-noop/walk': 'error' } },
  'oxlint-scope': { jsPlugins: [path.join(work, 'noop-plugin.cjs')], rules: { 'bench-noop/scope': 'error' } },
  'oxlint-all': { jsPlugins: [PLUGIN], rules: ALL_RULES },
};
for (const [name, config] of Object.entries(OXLINT_CONFIGS)) {
  writeFileSync(path.join(work, `${name}.json`), JSON.stringify({ plugins: [], categories: { correctness: 'off' }, ...config }, null, 2));
}

const LABELS = {
  'eslint-floor': 'ESLint: parsers + no-op `*` rule',
  'eslint-all': 'ESLint: floor + all http-status rules',
  'oxlint-empty': 'Oxlint: JS rule, `create` returns `{}`',
  'oxlint-floor': 'Oxlint: JS rule, no-op `Program` visitor (floor)',
  'oxlint-walk': 'Oxlint: JS rule, no-op `*` visitor',
  'oxlint-scope': 'Oxlint: JS rule, `Program` visitor reading the scope manager',
  'oxlint-all': 'Oxlint: all http-status rules (jsPlugins)',
};
const ORDER = Object.keys(LABELS);

// ------------------------------------------------------------------------- measurement

function runOxlint(name, extraArgs = [], nodeArgs = []) {
  const started = performance.now();
  const child = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...nodeArgs, OXLINT, '-c', path.join(work, `${name}.json`), '--format', 'json', ...extraArgs, '.'], {
    cwd: corpus,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const processMs = performance.now() - started;
  // Oxlint exits 1 when it reports problems; the report is on stdout all the same.
  if (!child.stdout.trim().startsWith('{')) throw new Error(`${name} failed: ${child.stderr}`);
  const report = JSON.parse(child.stdout);
  const problemsByRule = {};
  for (const diagnostic of report.diagnostics) problemsByRule[diagnostic.code] = (problemsByRule[diagnostic.code] ?? 0) + 1;
  const maxRssKB = Number(child.stderr.trim().split('\n').at(-1));
  return { processMs, maxRssMB: maxRssKB / 1024, files: report.number_of_files, threads: report.threads_count, problems: report.diagnostics.length, problemsByRule, stderr: child.stderr };
}

function runEslint(config) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [JSON.stringify({ config, dir: corpus, eslint: 'eslint', stats: false })], { execArgv: [], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    let message;
    child.on('message', (received) => (message = received));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (!message) return reject(new Error(`ESLint worker exited with ${code} and no result`));
      if (message.error) return reject(new Error(message.error));
      resolve({ processMs: performance.now() - started, maxRssMB: message.maxRssMB, files: message.files, threads: 1, problems: message.problems, problemsByRule: message.problemsByRule, lintMs: message.lintMs });
    });
  });
}

const samples = Object.fromEntries(ORDER.map((name) => [name, []]));
for (let run = 1; run <= runs; run++) {
  for (const name of ORDER) {
    const result = name === 'eslint-floor' ? await runEslint('a') : name === 'eslint-all' ? await runEslint('b') : runOxlint(name);
    if (result.files !== files) throw new Error(`${name} linted ${result.files} files, expected ${files}`);
    samples[name].push(result);
    log(`  run ${run}/${runs} ${name}: ${(result.processMs / 1000).toFixed(2)} s, peak RSS ${result.maxRssMB.toFixed(0)} MB, ${result.problems} problems`);
  }
}

const summary = Object.fromEntries(
  ORDER.map((name) => [
    name,
    {
      label: LABELS[name],
      wallMs: median(samples[name].map((sample) => sample.processMs)),
      maxRssMB: median(samples[name].map((sample) => sample.maxRssMB)),
      threads: samples[name][0].threads,
      problems: samples[name][0].problems,
      problemsByRule: samples[name][0].problemsByRule,
    },
  ]),
);

// The same findings, rule by rule, from both linters (Oxlint names a rule `plugin(rule)`).
const eslintFindings = summary['eslint-all'].problemsByRule;
const oxlintFindings = Object.fromEntries(Object.entries(summary['oxlint-all'].problemsByRule).map(([code, count]) => [code.replace(/^(.+)\((.+)\)$/, '$1/$2'), count]));
delete eslintFindings['bench/noop'];
const sameFindings = JSON.stringify(Object.entries(eslintFindings).sort()) === JSON.stringify(Object.entries(oxlintFindings).sort());

// ----------------------------------------------------------------------------- profile

/** Self time per function over every profile in `directory` (one per thread). */
function selfTimes(directory) {
  const byFunction = new Map();
  const byOrigin = new Map();
  const byOxlintFunction = new Map();
  const byOurCaller = new Map();
  let totalMs = 0;
  let underOurs = 0;
  for (const file of readdirSync(directory).filter((name) => name.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(path.join(directory, file), 'utf8'));
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const parents = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node);
    const deltas = profile.timeDeltas;
    for (let index = 0; index < profile.samples.length; index++) {
      const node = nodes.get(profile.samples[index]);
      const ms = (deltas[index + 1] ?? 0) / 1000;
      totalMs += ms;
      // The innermost function of ours on the stack, which caused this sample: its own work,
      // or what it asked of Oxlint and the libraries (scopes, lazily deserialised nodes).
      let frame = node;
      while (frame && !frame.callFrame.url.includes(DIST) && !frame.callFrame.url.startsWith(DIST)) frame = parents.get(frame.id);
      if (frame) {
        underOurs += ms;
        const key = frameKey(frame.callFrame);
        byOurCaller.set(key, (byOurCaller.get(key) ?? 0) + ms);
      }
      const { functionName, url, lineNumber } = node.callFrame;
      const origin = originOf(url, functionName);
      byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + ms);
      const own = origin === 'http-status (our code)';
      if (!own && !origin.startsWith('oxlint JS')) continue;
      const key = frameKey({ functionName, url, lineNumber });
      const table = own ? byFunction : byOxlintFunction;
      table.set(key, (table.get(key) ?? 0) + ms);
    }
  }
  return { totalMs, underOurs, byOrigin, byFunction, byOxlintFunction, byOurCaller };
}

function frameKey({ functionName, url, lineNumber }) {
  return `${functionName || '(anonymous)'} ${path.relative(REPO_ROOT, fileURLToPath(url.startsWith('file:') ? url : `file://${url}`))}:${lineNumber + 1}`;
}

function originOf(url, functionName) {
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  if (file.startsWith(DIST)) return 'http-status (our code)';
  if (file.includes(`${path.sep}oxlint${path.sep}`)) return 'oxlint JS (AST transfer, visitors, scope manager, fixes)';
  if (file.includes('node_modules')) return `dependencies (${file.split(`node_modules${path.sep}`).at(-1).split(path.sep).slice(0, file.includes(`node_modules${path.sep}@`) ? 2 : 1).join('/')})`;
  if (functionName === '(idle)') return '(idle: waiting for the Rust side)';
  if (functionName === '(garbage collector)') return '(garbage collector)';
  if (functionName === '(program)') return '(program: native, Rust and V8)';
  if (functionName.startsWith('(RegExp:')) return '(regular expressions)';
  return url ? 'Node.js internals' : `(${functionName || 'native'})`;
}

let profile;
if (!args['no-profile']) {
  const directory = path.join(work, 'profile');
  mkdirSync(directory);
  const result = runOxlint('oxlint-all', ['--threads=1'], ['--cpu-prof', `--cpu-prof-dir=${directory}`]);
  const { totalMs, underOurs, byOrigin, byFunction, byOxlintFunction, byOurCaller } = selfTimes(directory);
  // Oxlint prints its timings only with its default format; `--silent` leaves the diagnostics out.
  const timed = spawnSync(process.execPath, [OXLINT, '-c', path.join(work, 'oxlint-all.json'), '--debug=timings', '--silent', '.'], { cwd: corpus, encoding: 'utf8' });
  const timingsText = `${timed.stdout}\n${timed.stderr}`;
  const timings = timingsText.includes('Rule timings:') ? timingsText.slice(timingsText.indexOf('Rule timings:')).trim() : '';
  profile = {
    processMs: result.processMs,
    profiles: readdirSync(directory).filter((name) => name.endsWith('.cpuprofile')).length,
    totalMs,
    underOurs,
    ourCallers: [...byOurCaller].sort((a, b) => b[1] - a[1]).slice(0, 12),
    byOrigin: [...byOrigin].sort((a, b) => b[1] - a[1]),
    ourFunctions: [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 15),
    oxlintFunctions: [...byOxlintFunction].sort((a, b) => b[1] - a[1]).slice(0, 10),
    timings,
  };
}

rmSync(work, { recursive: true, force: true });

// ------------------------------------------------------------------------------ report

const seconds = (ms) => (ms / 1000).toFixed(2);
const floor = summary['oxlint-floor'].wallMs;
const ours = summary['oxlint-all'].wallMs;
const lines = [
  `### Oxlint ${JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules/oxlint/package.json'), 'utf8')).version} and ESLint, ${files.toLocaleString('en')} files, ${runs} run${runs > 1 ? 's' : ''} (medians)`,
  '',
  `Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), load average ${os.loadavg()[0].toFixed(2)} at the end.`,
  '',
  '| configuration | wall | peak RSS | threads | problems |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...ORDER.map((name) => `| ${summary[name].label} | ${seconds(summary[name].wallMs)} s | ${summary[name].maxRssMB.toFixed(0)} MB | ${summary[name].threads} | ${summary[name].problems} |`),
  '',
  `- Our rules together under Oxlint: **${(ours / floor).toFixed(2)}×** Oxlint's JS-plugin floor (target ≤ 1.5×); ` +
    `${seconds(ours - floor)} s above it, ${((ours - summary['oxlint-walk'].wallMs) / 1000).toFixed(2)} s above a no-op \`*\` rule that visits every node; ` +
    `${(ours / summary['oxlint-scope'].wallMs).toFixed(2)}× a no-op rule that has Oxlint build the scopes of every file.`,
  `- Under ESLint the same rules take ${seconds(summary['eslint-all'].wallMs - summary['eslint-floor'].wallMs)} s above its floor ` +
    `(${(summary['eslint-all'].wallMs / summary['eslint-floor'].wallMs).toFixed(2)}×); Oxlint with our rules is ${(summary['eslint-all'].wallMs / ours).toFixed(2)}× faster than ESLint with them.`,
  `- Findings per rule: ${sameFindings ? 'identical under both linters' : `DIFFERENT: ESLint ${JSON.stringify(eslintFindings)}, Oxlint ${JSON.stringify(oxlintFindings)}`}.`,
];
if (profile) {
  lines.push(
    '',
    `Where the time goes: \`node --cpu-prof\` on \`oxlint --threads=1\` with all our rules (${seconds(profile.processMs)} s wall under the profiler, ${profile.profiles} profile${profile.profiles > 1 ? 's' : ''}, ${seconds(profile.totalMs)} s sampled), self time by origin:`,
    '',
    '| origin | self time | share |',
    '| --- | ---: | ---: |',
    ...profile.byOrigin.filter(([, ms]) => ms >= 20).map(([origin, ms]) => `| ${origin} | ${seconds(ms)} s | ${((100 * ms) / profile.totalMs).toFixed(1)}% |`),
    '',
    'Top self-time functions of our code:',
    '',
    '| function | self time |',
    '| --- | ---: |',
    ...profile.ourFunctions.map(([name, ms]) => `| \`${name}\` | ${ms.toFixed(0)} ms |`),
    '',
    `Time under our code (samples with a function of ours on the stack): ${seconds(profile.underOurs)} s of ${seconds(profile.totalMs)} s. ` +
      'Charged to the innermost function of ours, with what it asked of Oxlint and the libraries (scopes, lazily deserialised nodes):',
    '',
    '| function of ours | time, with the work it caused |',
    '| --- | ---: |',
    ...profile.ourCallers.map(([name, ms]) => `| \`${name}\` | ${ms.toFixed(0)} ms |`),
    '',
    'Top self-time functions of Oxlint\'s JS side:',
    '',
    '| function | self time |',
    '| --- | ---: |',
    ...profile.oxlintFunctions.map(([name, ms]) => `| \`${name.replace(/^(\S+) .*node_modules\//, '$1 ')}\` | ${ms.toFixed(0)} ms |`),
  );
  if (profile.timings) lines.push('', '`oxlint --debug=timings`:', '', '```', profile.timings, '```');
}
const report = lines.join('\n');
console.log(report);

if (!args['no-write']) {
  const out = path.join(BENCH_DIR, 'results', `oxlint-${files}.json`);
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, files, runs, summary, sameFindings, profile, samples }, null, 2)}\n`);
  log(`wrote ${path.relative(REPO_ROOT, out)}`);
}

#!/usr/bin/env node
/**
 * Lint benchmark of eslint-plugin-http-status against a floor and two reference points.
 *
 *   node bench/lint.mjs [--files N[,N…]] [--runs R] [--eslint eslint|eslint-9] [--stats both|on|off] [--baseline REF]
 *   node bench/lint.mjs --scaling [--sizes 1000,10000,50000] [--runs 1] [--baseline REF]
 *
 * Configurations (bench/lib/configs.mjs): (a) floor = parsers + a no-op '*' rule, (b) floor
 * + the plugin's `configs.all`, (c) floor + no-magic-numbers, (d) floor + typescript-eslint
 * `recommended`. Within each run they are measured interleaved (a, b, c, d, a, b, c, d, …),
 * each in a fresh child process (one at a time), R runs, medians reported.
 *
 * With `--stats both` (default) every run measures a, b, c, d with ESLint's `stats` off, for
 * wall time and peak RSS (stats wrap every listener call with a timer, which slows linting
 * and would distort the ratios), then b and c again with `stats: true`, for the per-rule
 * times (`--stats-configs` to change which). `--stats on` does a single pass of all the
 * configurations with stats (wall times then include the timers), `--stats off` no stats.
 * Run order within a run: a, b, c, d, then b*, c* (stats).
 *
 * `--baseline <git-ref>` (or the environment variable BENCH_BASELINE) adds configuration
 * (b0) = floor + `configs.all` of the plugin built at that commit (bench/lib/baseline.mjs:
 * `git archive` into bench/.baseline/<sha>/, git-ignored, the repository's node_modules
 * symlinked, its own `tsc -p tsconfig.build.json`; built once per commit, then reused).
 * (b0) is measured in every run like (b), next to it, the two in alternating order
 * (a, b, b0, c, d in odd runs, a, b0, b, c, d in even ones; the same in the stats pass,
 * which gets b0 too unless --stats-configs says otherwise). Both builds are copied into the
 * snapshot folder and every worker loads both, the measured one first, so module loading
 * is the same for all configurations. The report then adds, for (b) and (b0), the median
 * wall time, the ratio to the floor (a), the ratio (b)/(b0) (of the medians and paired per
 * run) and a verdict: (b) is at or below the baseline when its paired excess over (b0) is
 * at most THRESHOLD_PERCENT (3 %) of (a)'s wall time (and, by `stats`, when our rules' sum
 * is at most 1.03× the baseline's). `--baseline HEAD` gives an A/A
 * comparison, a measure of the noise. Without --baseline there is no (b0).
 *
 * Writes a Markdown report to stdout and JSON to bench/results/lint-<N>.json (scaling mode:
 * bench/results/scaling.json; with --eslint eslint-9 the names end in -eslint-9; with
 * --baseline they end in -vs-<short sha>, so that the usual results files are left alone).
 * The plugin must be built first: npm run build --silent.
 */
import { execFileSync, fork } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { prepareBaseline } from './lib/baseline.mjs';
import { BASELINE_CONFIG_ID, CONFIG_IDS, CONFIG_LABELS, NO_MAGIC_NUMBERS_IDS, REPO_ROOT, pluginRuleIds } from './lib/configs.mjs';
import { GENERATOR_VERSION, defaultCorpusDir, generateCorpus } from './generate-corpus.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const RESULTS_DIR = path.join(BENCH_DIR, 'results');
const WORKER = path.join(BENCH_DIR, 'lib', 'lint-worker.mjs');
const requireFromRepo = createRequire(path.join(REPO_ROOT, 'package.json'));
const THRESHOLD_PERCENT = 3;

// --------------------------------------------------------------------------- arguments

const { values: args } = parseArgs({
  options: {
    files: { type: 'string', default: '1000' },
    runs: { type: 'string' },
    eslint: { type: 'string', default: 'eslint' },
    stats: { type: 'string', default: 'both' },
    'stats-configs': { type: 'string' },
    baseline: { type: 'string', default: process.env.BENCH_BASELINE || undefined },
    configs: { type: 'string' },
    scaling: { type: 'boolean', default: false },
    sizes: { type: 'string', default: '1000,10000,50000' },
    seed: { type: 'string', default: '1' },
    'no-write': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});

if (args.help) {
  console.log(`node bench/lint.mjs [--files N[,N…]] [--runs R=5] [--eslint eslint|eslint-9] [--stats both|on|off] [--stats-configs b,c] [--configs a,b,c,d] [--seed S] [--baseline REF]
node bench/lint.mjs --scaling [--sizes 1000,10000,50000] [--runs 1] [--configs b] [--baseline REF]
--baseline REF: also measure (b0), the plugin built at git commit REF, next to (b) (default: $BENCH_BASELINE)
--no-write: print the report only, leave bench/results/ alone (for trial runs)`);
  process.exit(0);
}

const parseCount = (s) => {
  const n = Number(String(s).trim().replace(/[_]/g, '').replace(/k$/i, '000'));
  if (!Number.isInteger(n) || n <= 0) throw new Error(`not a positive integer: ${s}`);
  return n;
};
const sizes = (args.scaling ? args.sizes : args.files).split(',').map(parseCount);
const runs = parseCount(args.runs ?? (args.scaling ? '1' : '5'));
const withBaseline = args.baseline !== undefined;
const configs = (args.configs ?? (args.scaling ? 'b' : CONFIG_IDS.join(','))).split(',').map((c) => c.trim());
for (const c of configs) {
  if (c === BASELINE_CONFIG_ID ? !withBaseline : !CONFIG_IDS.includes(c)) {
    throw new Error(c === BASELINE_CONFIG_ID ? `configuration ${c} needs --baseline <git-ref>` : `unknown configuration ${c}`);
  }
}
/** With a baseline, (b0) goes right after (b) (or last), unless it is listed already. */
function withBaselineConfig(list) {
  if (!withBaseline || list.includes(BASELINE_CONFIG_ID)) return list;
  const at = list.includes('b') ? list.indexOf('b') + 1 : list.length;
  return [...list.slice(0, at), BASELINE_CONFIG_ID, ...list.slice(at)];
}
configs.splice(0, configs.length, ...withBaselineConfig(configs));
if (!['both', 'on', 'off'].includes(args.stats)) throw new Error('--stats must be both, on or off');
const statsPasses = args.scaling ? [false] : args.stats === 'both' ? [false, true] : [args.stats === 'on'];
const statsConfigs =
  args.stats === 'both'
    ? (args['stats-configs'] ?? (withBaseline ? `b,${BASELINE_CONFIG_ID},c` : 'b,c'))
        .split(',')
        .map((c) => c.trim())
        .filter((c) => configs.includes(c))
    : configs;

/**
 * The order of the configurations in run `run`: as listed, except that (b) and (b0) swap
 * places in even runs, so that neither always runs first.
 */
function runOrder(list, run) {
  const i = list.indexOf('b');
  const j = list.indexOf(BASELINE_CONFIG_ID);
  if (run % 2 === 1 || i < 0 || j < 0) return list;
  const order = [...list];
  [order[i], order[j]] = [order[j], order[i]];
  return order;
}
if (!['eslint', 'eslint-9'].includes(args.eslint)) throw new Error('--eslint must be eslint or eslint-9');

// ------------------------------------------------------------------------------ helpers

function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return undefined;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

const fmt = (n, digits = 0) =>
  n === undefined ? 'n/a' : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const pct = (n, digits = 2) => (n === undefined ? 'n/a' : `${n.toFixed(digits)}%`);
const ratio = (n) => (n === undefined ? 'n/a' : `${n.toFixed(3)}×`);
const log = (msg) => process.stderr.write(`${msg}\n`);

function environment() {
  const version = (name) => {
    try {
      return requireFromRepo(`${name}/package.json`).version;
    } catch {
      return undefined;
    }
  };
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model,
    totalMemGB: Math.round(os.totalmem() / 2 ** 30),
    eslintPackage: args.eslint,
    eslint: version(args.eslint),
    typescriptEslint: version('typescript-eslint'),
    typescriptEslintParser: version('@typescript-eslint/parser'),
    typescript: version('typescript'),
    plugin: `${requireFromRepo('./package.json').name}@${requireFromRepo('./package.json').version}`,
    concurrency: 'off (ESLint default: one thread)',
    git: gitState(),
  };
}

/** The commit the plugin was built from, as far as the working tree tells. */
function gitState() {
  try {
    const git = (...a) => execFileSync('git', a, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = git('status', '--porcelain', '--', 'src', 'rules', 'package.json').length > 0;
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' (src/rules modified)' : ''}`;
  } catch {
    return undefined;
  }
}

function ensureCorpus(files) {
  const dir = defaultCorpusDir(files);
  const manifestPath = path.join(dir, 'manifest.json');
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch {
    manifest = undefined;
  }
  if (!manifest || manifest.generatorVersion !== GENERATOR_VERSION || manifest.seed !== args.seed || manifest.files !== files) {
    log(`Generating the ${files}-file corpus in ${dir} (seed ${args.seed})…`);
    manifest = generateCorpus({ files, out: dir, seed: args.seed, log });
  }
  return { dir, manifest };
}

/**
 * Copies dist/ once, so that every measurement of this invocation loads the same build of
 * the plugin even if dist/ is rebuilt meanwhile. Retries while dist/ is being rebuilt.
 * With a baseline, its dist/ is copied next to it (`baseline/dist`), so that both builds
 * are loaded from the same kind of place and resolve their dependencies alike.
 */
async function snapshotPlugin(baseline) {
  const src = path.join(REPO_ROOT, 'dist');
  const corpusRoot = path.join(BENCH_DIR, '.corpus');
  // Leftovers of runs that were killed before they could clean up.
  for (const name of existsSync(corpusRoot) ? readdirSync(corpusRoot) : []) {
    const pid = Number(/^\.plugin-(\d+)$/.exec(name)?.[1]);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch (err) {
      if (err.code === 'ESRCH') rmSync(path.join(corpusRoot, name), { recursive: true, force: true });
    }
  }
  const root = path.join(corpusRoot, `.plugin-${process.pid}`);
  const dest = path.join(root, 'dist');
  const baselineDest = baseline ? path.join(root, 'baseline', 'dist') : undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      if (!existsSync(path.join(src, 'src', 'index.js'))) throw new Error('dist/src/index.js is missing');
      rmSync(root, { recursive: true, force: true });
      cpSync(src, dest, { recursive: true });
      if (baseline) cpSync(baseline.distDir, baselineDest, { recursive: true });
      const { loadTools } = await import('./lib/configs.mjs');
      const tools = await loadTools(args.eslint, dest, { baselineDir: baselineDest });
      return { root, dest, baselineDest, tools };
    } catch (err) {
      if (attempt >= 30) throw new Error(`cannot load the plugin from dist/ (run \`npm run build --silent\`): ${err.message}`);
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
}

/** Reads every file of the corpus once, so that the first measurement does not pay for a cold disk cache. */
function warmFileCache(dir) {
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) bytes += readFileSync(path.join(entry.parentPath ?? entry.path, entry.name)).length;
  }
  return bytes;
}

let currentChild;

function runWorker(options) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = fork(WORKER, [JSON.stringify(options)], { execArgv: [], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    currentChild = child;
    let message;
    child.on('message', (m) => (message = m));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (!message) return reject(new Error(`worker exited with ${code} and no result`));
      if (message.error) return reject(new Error(message.error));
      resolve({ ...message, processMs: performance.now() - started });
    });
  });
}

// ------------------------------------------------------------------------- measurement

async function measure(files, dir, configList, passes, runCount) {
  const samples = [];
  for (let run = 1; run <= runCount; run++) {
    for (const stats of passes) {
      for (const config of runOrder(stats ? statsConfigs : configList, run)) {
        const r = await runWorker({ config, dir, eslint: args.eslint, stats, pluginDir, baselineDir });
        if (r.files !== files) throw new Error(`config ${config} linted ${r.files} files, expected ${files}`);
        samples.push({ run, ...r });
        log(
          `  [${files}] run ${run}/${runCount} ${config}${stats ? ' (stats)' : ''}: ${(r.lintMs / 1000).toFixed(2)} s, ` +
            `peak RSS ${r.maxRssMB.toFixed(0)} MB, ${r.problems} problems${r.fatal ? `, ${r.fatal} PARSE ERRORS` : ''}`,
        );
        if (r.fatal) for (const s of r.fatalSamples) log(`    ${s}`);
      }
    }
  }
  return samples;
}

function summarize(samples, configList, ourRules, baselineRules) {
  const wallPass = statsPasses.includes(false) ? false : true;
  const perConfig = {};
  for (const c of configList) {
    const wall = samples.filter((s) => s.config === c && s.stats === wallPass);
    const withStats = samples.filter((s) => s.config === c && s.stats);
    const ruleIds = new Set(withStats.flatMap((s) => Object.keys(s.statsTimes.rules)));
    perConfig[c] = {
      wallMs: median(wall.map((s) => s.lintMs)),
      wallMsRuns: wall.map((s) => s.lintMs),
      processMs: median(wall.map((s) => s.processMs)),
      loadMs: median(wall.map((s) => s.loadMs)),
      pluginLoadMs: median(wall.map((s) => s.pluginLoadMs)),
      baselineLoadMs: median(wall.map((s) => s.baselineLoadMs)),
      peakRssMB: median(wall.map((s) => s.maxRssMB)),
      peakRssMBRuns: wall.map((s) => s.maxRssMB),
      problems: wall[0]?.problems,
      problemsByRule: wall[0]?.problemsByRule,
      fatal: Math.max(0, ...wall.map((s) => s.fatal)),
      statsWallMs: median(withStats.map((s) => s.lintMs)),
      parseMs: median(withStats.map((s) => s.statsTimes.parseMs)),
      rulesMs: median(withStats.map((s) => s.statsTimes.rulesMs)),
      ruleMs: Object.fromEntries([...ruleIds].map((id) => [id, median(withStats.map((s) => s.statsTimes.rules[id] ?? 0))])),
      sumOf(ids) {
        return median(withStats.map((s) => ids.reduce((sum, id) => sum + (s.statsTimes.rules[id] ?? 0), 0)));
      },
    };
  }
  const a = perConfig.a;
  // Paired differences: run i of config x minus run i of (a), then the median.
  const paired = {};
  if (a) {
    for (const c of configList) {
      const diffs = [];
      for (let run = 1; run <= runs; run++) {
        const x = samples.find((s) => s.run === run && s.config === c && s.stats === wallPass);
        const base = samples.find((s) => s.run === run && s.config === 'a' && s.stats === wallPass);
        if (x && base) diffs.push(x.lintMs - base.lintMs);
      }
      paired[c] = { medianMs: median(diffs), runs: diffs };
    }
  }
  const hasStats = statsPasses.includes(true);
  const ours = perConfig.b && hasStats ? perConfig.b.sumOf(ourRules) : undefined;
  const nmsc = perConfig.b && hasStats ? perConfig.b.ruleMs['http-status/no-magic-status-codes'] : undefined;
  const nmn = perConfig.c && hasStats ? perConfig.c.sumOf(NO_MAGIC_NUMBERS_IDS) : undefined;
  const b0 = perConfig[BASELINE_CONFIG_ID];
  const oursBaseline = b0 && hasStats ? b0.sumOf(baselineRules) : undefined;
  const vsBaseline = perConfig.b && b0 ? compareWithBaseline(samples, perConfig, wallPass, ours, oursBaseline) : undefined;
  return { perConfig, paired, ours, oursBaseline, nmsc, nmn, wallPass, samples, vsBaseline };
}

/**
 * (b) against (b0): the ratio of the medians, the per-run ratios and differences (the two
 * ran next to each other in every run), and the verdict: (b) is at or below the baseline
 * when the median paired difference (b) − (b0) is at most THRESHOLD_PERCENT of (a)'s wall
 * time (or of (b0)'s, without (a)). The `stats` verdict compares the rules' own times, so
 * its tolerance is relative to them: our rules' `stats` sum at most THRESHOLD_PERCENT
 * above the baseline's.
 */
function compareWithBaseline(samples, perConfig, wallPass, ours, oursBaseline) {
  const b = perConfig.b;
  const b0 = perConfig[BASELINE_CONFIG_ID];
  const reference = perConfig.a?.wallMs ?? b0.wallMs;
  const perRun = [];
  for (let run = 1; run <= runs; run++) {
    const x = samples.find((s) => s.run === run && s.config === 'b' && s.stats === wallPass);
    const y = samples.find((s) => s.run === run && s.config === BASELINE_CONFIG_ID && s.stats === wallPass);
    if (x && y) perRun.push({ run, bMs: x.lintMs, b0Ms: y.lintMs, ratio: x.lintMs / y.lintMs, diffMs: x.lintMs - y.lintMs });
  }
  const pairedDiffMs = median(perRun.map((r) => r.diffMs));
  const pairedDiffPercent = pairedDiffMs === undefined ? undefined : (100 * pairedDiffMs) / reference;
  const statsDiffPercent = ours !== undefined && oursBaseline !== undefined ? (100 * (ours - oursBaseline)) / reference : undefined;
  const verdict = (percent) => (percent === undefined ? undefined : percent <= THRESHOLD_PERCENT ? 'at or below' : 'above');
  return {
    referenceConfig: perConfig.a ? 'a' : BASELINE_CONFIG_ID,
    ratioOfMedians: b.wallMs / b0.wallMs,
    pairedRatio: median(perRun.map((r) => r.ratio)),
    pairedDiffMs,
    pairedDiffPercent,
    perRun,
    statsMs: { current: ours, baseline: oursBaseline, ratio: ours !== undefined && oursBaseline ? ours / oursBaseline : undefined },
    statsDiffPercent,
    thresholdPercent: THRESHOLD_PERCENT,
    verdict: verdict(pairedDiffPercent),
    statsVerdict:
      ours !== undefined && oursBaseline ? (ours / oursBaseline <= 1 + THRESHOLD_PERCENT / 100 ? 'at or below' : 'above') : undefined,
    sameFindings: JSON.stringify(sortedEntries(b.problemsByRule)) === JSON.stringify(sortedEntries(b0.problemsByRule)),
  };
}

const sortedEntries = (object) => Object.entries(object ?? {}).sort(([x], [y]) => x.localeCompare(y));

// ----------------------------------------------------------------------------- reports

/** A configuration's label; (b0)'s names the baseline commit. */
const configLabel = (c) => `${CONFIG_LABELS[c]}${c === BASELINE_CONFIG_ID && baseline ? ` at ${baseline.short}` : ''}`;

function reportMain(files, manifest, env, summary, ourRules, baselineRules) {
  const { perConfig, paired, ours, oursBaseline, nmsc, nmn, wallPass } = summary;
  const a = perConfig.a;
  const out = [];
  out.push(`## Lint benchmark: ${fmt(files)} files`);
  out.push('');
  out.push(
    `${env.date.slice(0, 10)} · Node ${env.node} · ESLint ${env.eslint} (${env.eslintPackage}) · typescript-eslint ${env.typescriptEslint} · ` +
      `TypeScript ${env.typescript} · ${env.plugin}${env.git ? ` at ${env.git}` : ''}${env.baseline ? `, baseline (b0) at ${env.baseline.short}` : ''} · ` +
      `${env.cpus} CPUs (${env.cpuModel}) · ${env.platform} · ` +
      `${runs} run(s), medians · wall times ${wallPass ? 'with' : 'without'} \`stats\``,
  );
  out.push('');
  out.push(
    `Corpus: ${fmt(manifest.files)} files, ${fmt(manifest.lines)} lines, ${manifest.percentWithStatus}% with an HTTP status ` +
      `(${fmt(manifest.statusSites)} status sites, ${manifest.nonstandardSites} nonstandard), seed ${manifest.seed}; ` +
      `parse errors: ${Math.max(...Object.values(perConfig).map((p) => p.fatal))}.`,
  );
  const loads = summary.samples.map((x) => x.loadAverage1m).filter((x) => x !== undefined);
  if (loads.length) {
    out.push(`Load average (1 min) at the end of each measurement: ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)} on ${env.cpus} CPUs.`);
  }
  out.push('');
  out.push('| config | wall (ms) | × (a) | Δ vs (a), paired (ms) | Δ % of (a) | ms/file | peak RSS (MB) | problems |');
  out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [c, p] of Object.entries(perConfig)) {
    const d = paired[c]?.medianMs;
    out.push(
      `| (${c}) ${configLabel(c)} | ${fmt(p.wallMs)} | ${a ? ratio(p.wallMs / a.wallMs) : 'n/a'} | ` +
        `${c === 'a' || d === undefined ? '–' : fmt(d)} | ${c === 'a' || !a || d === undefined ? '–' : pct((100 * d) / a.wallMs)} | ` +
        `${fmt(p.wallMs / files, 3)} | ${fmt(p.peakRssMB)} | ${fmt(p.problems)} |`,
    );
  }
  if (statsPasses.includes(true)) {
    const aWall = a?.wallMs;
    const share = (ms) => (aWall && ms !== undefined ? pct((100 * ms) / aWall) : 'n/a');
    out.push('');
    out.push(`Rule times from ESLint \`stats\` (sum over all files, median of runs; % of (a)'s wall time ${wallPass ? 'with' : 'without'} stats):`);
    out.push('');
    out.push('| rule | config | time (ms) | % of (a) wall | µs/file |');
    out.push('| --- | --- | ---: | ---: | ---: |');
    const row = (label, c, ms) => ms !== undefined && out.push(`| ${label} | ${c} | ${fmt(ms, 1)} | ${share(ms)} | ${ms === undefined ? 'n/a' : fmt((1000 * ms) / files, 1)} |`);
    if (perConfig.b) {
      for (const id of ourRules) row(`\`${id}\``, 'b', perConfig.b.ruleMs[id]);
      row('**all http-status rules**', 'b', ours);
    }
    if (perConfig[BASELINE_CONFIG_ID]) {
      for (const id of baselineRules) row(`\`${id}\` (baseline)`, BASELINE_CONFIG_ID, perConfig[BASELINE_CONFIG_ID].ruleMs[id]);
      row(`**all http-status rules, baseline ${baseline.short}**`, BASELINE_CONFIG_ID, oursBaseline);
    }
    if (perConfig.c) {
      row('`no-magic-numbers` (core, JS files)', 'c', perConfig.c.ruleMs['no-magic-numbers']);
      row('`@typescript-eslint/no-magic-numbers` (TS files)', 'c', perConfig.c.ruleMs['@typescript-eslint/no-magic-numbers']);
      row('**no-magic-numbers, both**', 'c', nmn);
    }
    if (perConfig.d) {
      const tsIds = Object.keys(perConfig.d.ruleMs).filter((id) => id !== 'bench/noop');
      if (tsIds.length) row(`typescript-eslint recommended (${tsIds.length} rules)`, 'd', perConfig.d.sumOf(tsIds));
    }
    if (a) {
      row("`bench/noop` (no-op on '*')", 'a', a.ruleMs['bench/noop']);
      row('parsing (all files)', 'a', a.parseMs);
    }
    out.push('');
    if (nmsc !== undefined && nmn !== undefined) {
      out.push(`\`no-magic-status-codes\` vs \`no-magic-numbers\`: ${fmt(nmsc, 1)} ms vs ${fmt(nmn, 1)} ms = ${ratio(nmsc / nmn)}.`);
    }
  }
  if (a && (ours !== undefined || paired.b)) {
    const oursPct = ours !== undefined ? (100 * ours) / a.wallMs : undefined;
    const wallPct = paired.b?.medianMs !== undefined ? (100 * paired.b.medianMs) / a.wallMs : undefined;
    const basis = oursPct ?? wallPct;
    out.push(
      `Our rules cost ${pct(oursPct)} of (a) by \`stats\` and ${pct(wallPct)} by paired wall time ` +
        `(threshold ${THRESHOLD_PERCENT}%): ${basis === undefined ? 'n/a' : basis > THRESHOLD_PERCENT ? '**above**' : '**below**'} the threshold.`,
    );
  }
  if (summary.vsBaseline) out.push(...reportBaseline(summary, env));
  const b0 = perConfig[BASELINE_CONFIG_ID];
  out.push(
    b0
      ? `Plugin module load: ${fmt(perConfig.b?.pluginLoadMs, 1)} ms (current, in the processes of (b)), ${fmt(b0.baselineLoadMs, 1)} ms ` +
          '(baseline, in the processes of (b0)), each loaded first; once per process, not in the wall times.'
      : `Plugin module load: ${fmt(perConfig.b?.pluginLoadMs ?? a?.pluginLoadMs, 1)} ms (once per process, not in the wall times).`,
  );
  return out.join('\n');
}

function reportBaseline(summary, env) {
  const { perConfig, paired, ours, oursBaseline, vsBaseline: v } = summary;
  const a = perConfig.a;
  const ref = v.referenceConfig === 'a' ? '(a)' : '(b0)';
  const signedMs = (n) => (n === undefined ? 'n/a' : `${n >= 0 ? '+' : '−'}${fmt(Math.abs(n))} ms`);
  const signedPct = (n) => (n === undefined ? 'n/a' : `${n >= 0 ? '+' : '−'}${Math.abs(n).toFixed(2)}%`);
  const out = [''];
  out.push(`### Against the baseline: (b) at ${env.git ?? 'the working tree'} vs (b0) at ${env.baseline.short}`);
  out.push('');
  out.push(
    `(b0) is \`configs.all\` of the plugin built at ${env.baseline.short} (${env.baseline.subject.length > 90 ? `${env.baseline.subject.slice(0, 89)}…` : env.baseline.subject}), ` +
      'measured in every run next to (b), in alternating order; every process loads both builds, the measured one first.' +
      (env.baseline.dependenciesDiffer ? ' **Its package-lock.json differs from the current one; it ran with the current node_modules.**' : ''),
  );
  out.push('');
  out.push('| config | wall (ms) | × (a) | Δ % of (a), paired | our rules by `stats` (ms) | `stats` % of (a) | problems |');
  out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [c, statsMs] of [
    ['b', ours],
    [BASELINE_CONFIG_ID, oursBaseline],
  ]) {
    const p = perConfig[c];
    const d = paired[c]?.medianMs;
    out.push(
      `| (${c}) ${configLabel(c)} | ${fmt(p.wallMs)} | ${a ? ratio(p.wallMs / a.wallMs) : 'n/a'} | ${a && d !== undefined ? pct((100 * d) / a.wallMs) : 'n/a'} | ` +
        `${statsMs === undefined ? 'n/a' : fmt(statsMs, 1)} | ${a && statsMs !== undefined ? pct((100 * statsMs) / a.wallMs) : 'n/a'} | ${fmt(p.problems)} |`,
    );
  }
  out.push('');
  out.push(
    `(b) / (b0): ${ratio(v.ratioOfMedians)} by median wall time, ${ratio(v.pairedRatio)} paired ` +
      `(per run: ${v.perRun.map((r) => ratio(r.ratio)).join(', ')}); (b) − (b0), paired: ${signedMs(v.pairedDiffMs)} = ${signedPct(v.pairedDiffPercent)} of ${ref}` +
      (v.statsMs.ratio !== undefined
        ? `; our rules by \`stats\`: ${fmt(ours, 1)} ms vs ${fmt(oursBaseline, 1)} ms = ${ratio(v.statsMs.ratio)}, ${signedPct(v.statsDiffPercent)} of ${ref}.`
        : '.'),
  );
  const verdictText = (word) => (word === 'above' ? '**above the baseline**' : '**at or below the baseline**');
  out.push(
    `Verdict: (b) is ${v.verdict === undefined ? 'n/a' : verdictText(v.verdict)} by paired wall time ` +
      `(${signedPct(v.pairedDiffPercent)} of ${ref}; threshold +${THRESHOLD_PERCENT}% of ${ref})` +
      (v.statsVerdict
        ? `, ${verdictText(v.statsVerdict)} by \`stats\` (our rules ${ratio(v.statsMs.ratio)} the baseline's; threshold ${ratio(1 + THRESHOLD_PERCENT / 100)}).`
        : '.'),
  );
  if (v.sameFindings) {
    out.push('Findings: the same number per rule in (b) and (b0).');
  } else {
    const b = perConfig.b.problemsByRule ?? {};
    const b0 = perConfig[BASELINE_CONFIG_ID].problemsByRule ?? {};
    const ids = [...new Set([...Object.keys(b), ...Object.keys(b0)])].sort().filter((id) => b[id] !== b0[id]);
    out.push(`Findings differ (b vs b0): ${ids.map((id) => `\`${id}\` ${b[id] ?? 0} vs ${b0[id] ?? 0}`).join(', ')}.`);
  }
  return out;
}

function reportScaling(env, rows) {
  const out = [];
  out.push(`## Scaling: config(s) ${configs.join(', ')}`);
  out.push('');
  out.push(
    `${env.date.slice(0, 10)} · Node ${env.node} · ESLint ${env.eslint} · typescript-eslint ${env.typescriptEslint} · ${env.plugin}${env.git ? ` at ${env.git}` : ''}` +
      `${env.baseline ? `, baseline (b0) at ${env.baseline.short}` : ''} · ${env.cpus} CPUs · ${runs} run(s), medians · stats off`,
  );
  const loads = rows.flatMap((r) => r.runs.map((x) => x.loadAverage1m)).filter((x) => x !== undefined);
  if (loads.length) {
    out.push('');
    out.push(`Load average (1 min) at the end of each measurement: ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)} on ${env.cpus} CPUs.`);
  }
  out.push('');
  out.push('| files | lines | config | wall (ms) | ms/file | µs/line | peak RSS (MB) | problems |');
  out.push('| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    out.push(
      `| ${fmt(r.files)} | ${fmt(r.lines)} | (${r.config}) | ${fmt(r.wallMs)} | ${fmt(r.msPerFile, 3)} | ${fmt((1000 * r.wallMs) / r.lines, 2)} | ${fmt(r.peakRssMB)} | ${fmt(r.problems)} |`,
    );
  }
  return out.join('\n');
}

// -------------------------------------------------------------------------------- main

let pluginDir;
let baselineDir;
/** The baseline build (bench/lib/baseline.mjs), with --baseline. */
let baseline;

async function main() {
  const env = environment();
  if (withBaseline) {
    baseline = prepareBaseline(args.baseline, { log });
    const { dir: _dir, distDir: _distDir, ...rest } = baseline;
    env.baseline = { ...rest, dir: path.relative(REPO_ROOT, baseline.dir) };
  }
  const snapshot = await snapshotPlugin(baseline);
  pluginDir = snapshot.dest;
  baselineDir = snapshot.baselineDest;
  // Remove the snapshot also when interrupted (Ctrl-C, timeout, kill).
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      if (process.env.BENCH_DEBUG) log(`got ${signal}, removing ${snapshot.root}`);
      if (currentChild && currentChild.exitCode === null) currentChild.kill(signal);
      rmSync(snapshot.root, { recursive: true, force: true });
      process.exit(128 + (os.constants.signals[signal] ?? 0));
    });
  }
  const ourRules = pluginRuleIds(snapshot.tools.plugin);
  env.pluginRules = ourRules;
  const baselineRules = baseline ? pluginRuleIds(snapshot.tools.baselinePlugin) : [];
  if (baseline) env.baseline.pluginRules = baselineRules;
  try {
    await benchmark(env, ourRules, baselineRules);
  } finally {
    rmSync(snapshot.root, { recursive: true, force: true });
  }
}

async function benchmark(env, ourRules, baselineRules) {
  const suffix = `${args.eslint === 'eslint' ? '' : `-${args.eslint}`}${baseline ? `-vs-${baseline.short}` : ''}`;
  mkdirSync(RESULTS_DIR, { recursive: true });
  log(`ESLint ${env.eslint}, typescript-eslint ${env.typescriptEslint}, plugin rules: ${ourRules.join(', ')}`);
  if (baseline) log(`Baseline ${baseline.short} (${baseline.dir}), plugin rules: ${baselineRules.join(', ')}`);

  if (args.scaling) {
    const corpora = sizes.map((n) => ({ files: n, ...ensureCorpus(n) }));
    for (const { dir } of corpora) warmFileCache(dir);
    const samples = [];
    for (let run = 1; run <= runs; run++) {
      for (const { files, dir } of corpora) {
        for (const config of runOrder(configs, run)) {
          const r = await runWorker({ config, dir, eslint: args.eslint, stats: false, pluginDir, baselineDir });
          samples.push({ run, files, ...r });
          log(`  [${files}] run ${run}/${runs} ${config}: ${(r.lintMs / 1000).toFixed(2)} s, ${(r.lintMs / files).toFixed(3)} ms/file, peak RSS ${r.maxRssMB.toFixed(0)} MB`);
        }
      }
    }
    const rows = [];
    for (const { files, manifest } of corpora) {
      for (const config of configs) {
        const s = samples.filter((x) => x.files === files && x.config === config);
        const wallMs = median(s.map((x) => x.lintMs));
        rows.push({
          files,
          lines: manifest.lines,
          config,
          wallMs,
          msPerFile: wallMs / files,
          peakRssMB: median(s.map((x) => x.maxRssMB)),
          problems: s[0].problems,
          fatal: s[0].fatal,
          runs: s.map((x) => ({ lintMs: x.lintMs, maxRssMB: x.maxRssMB, processMs: x.processMs, loadAverage1m: x.loadAverage1m })),
        });
      }
    }
    const report = reportScaling(env, rows);
    console.log(report);
    if (args['no-write']) return;
    const file = path.join(RESULTS_DIR, `scaling${suffix}.json`);
    writeFileSync(file, JSON.stringify({ environment: env, mode: 'scaling', runs, configs, baseline: args.baseline, rows, markdown: report }, null, 2) + '\n');
    log(`Wrote ${path.relative(REPO_ROOT, file)}`);
    return;
  }

  for (const files of sizes) {
    if (files > 10_000) log(`Note: ${files} files with ${configs.length} configurations × ${runs} runs may take a long time; 50k is meant for --scaling.`);
    const { dir, manifest } = ensureCorpus(files);
    warmFileCache(dir);
    const samples = await measure(files, dir, configs, statsPasses, runs);
    const summary = summarize(samples, configs, ourRules, baselineRules);
    const report = reportMain(files, manifest, env, summary, ourRules, baselineRules);
    console.log(report);
    console.log('');
    const a = summary.perConfig.a;
    const json = {
      environment: env,
      options: { files, runs, configs, stats: args.stats, statsConfigs, seed: args.seed, baseline: args.baseline },
      corpus: manifest,
      configurations: Object.fromEntries(
        Object.entries(summary.perConfig).map(([c, p]) => {
          const { sumOf: _sumOf, ...rest } = p;
          return [c, { label: configLabel(c), ...rest, ratioToFloor: a ? p.wallMs / a.wallMs : undefined, msPerFile: p.wallMs / files }];
        }),
      ),
      pairedDeltaVsFloor: summary.paired,
      ourRules: {
        ids: ourRules,
        statsMs: summary.ours,
        percentOfFloorWall: a && summary.ours !== undefined ? (100 * summary.ours) / a.wallMs : undefined,
        pairedWallPercentOfFloor: a && summary.paired.b ? (100 * summary.paired.b.medianMs) / a.wallMs : undefined,
        thresholdPercent: THRESHOLD_PERCENT,
      },
      noMagicStatusCodesVsNoMagicNumbers: {
        noMagicStatusCodesMs: summary.nmsc,
        noMagicNumbersMs: summary.nmn,
        ratio: summary.nmsc !== undefined && summary.nmn ? summary.nmsc / summary.nmn : undefined,
      },
      ...(summary.vsBaseline ? { vsBaseline: summary.vsBaseline } : {}),
      samples,
      markdown: report,
    };
    if (args['no-write']) continue;
    const file = path.join(RESULTS_DIR, `lint-${files}${suffix}.json`);
    writeFileSync(file, JSON.stringify(json, null, 2) + '\n');
    log(`Wrote ${path.relative(REPO_ROOT, file)}`);
  }
}

main().catch((err) => {
  console.error(err.stack ?? String(err));
  process.exitCode = 1;
});

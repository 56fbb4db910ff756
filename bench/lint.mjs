#!/usr/bin/env node
/**
 * Lint benchmark of eslint-plugin-http-status against a floor and two reference points.
 *
 *   node bench/lint.mjs [--files N[,N…]] [--runs R] [--eslint eslint|eslint-9] [--stats both|on|off]
 *   node bench/lint.mjs --scaling [--sizes 1000,10000,50000] [--runs 1]
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
 * Writes a Markdown report to stdout and JSON to bench/results/lint-<N>.json (scaling mode:
 * bench/results/scaling.json; with --eslint eslint-9 the names end in -eslint-9).
 * The plugin must be built first: npm run build --silent.
 */
import { execFileSync, fork } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CONFIG_IDS, CONFIG_LABELS, NO_MAGIC_NUMBERS_IDS, REPO_ROOT, pluginRuleIds } from './lib/configs.mjs';
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
    'stats-configs': { type: 'string', default: 'b,c' },
    configs: { type: 'string' },
    scaling: { type: 'boolean', default: false },
    sizes: { type: 'string', default: '1000,10000,50000' },
    seed: { type: 'string', default: '1' },
    'no-write': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});

if (args.help) {
  console.log(`node bench/lint.mjs [--files N[,N…]] [--runs R=5] [--eslint eslint|eslint-9] [--stats both|on|off] [--stats-configs b,c] [--configs a,b,c,d] [--seed S]
node bench/lint.mjs --scaling [--sizes 1000,10000,50000] [--runs 1] [--configs b]
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
const configs = (args.configs ?? (args.scaling ? 'b' : CONFIG_IDS.join(','))).split(',').map((c) => c.trim());
for (const c of configs) if (!CONFIG_IDS.includes(c)) throw new Error(`unknown configuration ${c}`);
if (!['both', 'on', 'off'].includes(args.stats)) throw new Error('--stats must be both, on or off');
const statsPasses = args.scaling ? [false] : args.stats === 'both' ? [false, true] : [args.stats === 'on'];
const statsConfigs =
  args.stats === 'both' ? args['stats-configs'].split(',').map((c) => c.trim()).filter((c) => configs.includes(c)) : configs;
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
 */
async function snapshotPlugin() {
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
  for (let attempt = 1; ; attempt++) {
    try {
      if (!existsSync(path.join(src, 'src', 'index.js'))) throw new Error('dist/src/index.js is missing');
      rmSync(root, { recursive: true, force: true });
      cpSync(src, dest, { recursive: true });
      const { loadTools } = await import('./lib/configs.mjs');
      const tools = await loadTools(args.eslint, dest);
      return { root, dest, tools };
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
      for (const config of stats ? statsConfigs : configList) {
        const r = await runWorker({ config, dir, eslint: args.eslint, stats, pluginDir });
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

function summarize(samples, configList, ourRules) {
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
  return { perConfig, paired, ours, nmsc, nmn, wallPass, samples };
}

// ----------------------------------------------------------------------------- reports

function reportMain(files, manifest, env, summary, ourRules) {
  const { perConfig, paired, ours, nmsc, nmn, wallPass } = summary;
  const a = perConfig.a;
  const out = [];
  out.push(`## Lint benchmark: ${fmt(files)} files`);
  out.push('');
  out.push(
    `${env.date.slice(0, 10)} · Node ${env.node} · ESLint ${env.eslint} (${env.eslintPackage}) · typescript-eslint ${env.typescriptEslint} · ` +
      `TypeScript ${env.typescript} · ${env.plugin}${env.git ? ` at ${env.git}` : ''} · ${env.cpus} CPUs (${env.cpuModel}) · ${env.platform} · ` +
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
      `| (${c}) ${CONFIG_LABELS[c]} | ${fmt(p.wallMs)} | ${a ? ratio(p.wallMs / a.wallMs) : 'n/a'} | ` +
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
  out.push(`Plugin module load: ${fmt(perConfig.b?.pluginLoadMs ?? a?.pluginLoadMs, 1)} ms (once per process, not in the wall times).`);
  return out.join('\n');
}

function reportScaling(env, rows) {
  const out = [];
  out.push(`## Scaling: config(s) ${configs.join(', ')}`);
  out.push('');
  out.push(
    `${env.date.slice(0, 10)} · Node ${env.node} · ESLint ${env.eslint} · typescript-eslint ${env.typescriptEslint} · ${env.plugin}${env.git ? ` at ${env.git}` : ''} · ` +
      `${env.cpus} CPUs · ${runs} run(s), medians · stats off`,
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

async function main() {
  const env = environment();
  const snapshot = await snapshotPlugin();
  pluginDir = snapshot.dest;
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
  try {
    await benchmark(env, ourRules);
  } finally {
    rmSync(snapshot.root, { recursive: true, force: true });
  }
}

async function benchmark(env, ourRules) {
  const suffix = args.eslint === 'eslint' ? '' : `-${args.eslint}`;
  mkdirSync(RESULTS_DIR, { recursive: true });
  log(`ESLint ${env.eslint}, typescript-eslint ${env.typescriptEslint}, plugin rules: ${ourRules.join(', ')}`);

  if (args.scaling) {
    const corpora = sizes.map((n) => ({ files: n, ...ensureCorpus(n) }));
    for (const { dir } of corpora) warmFileCache(dir);
    const samples = [];
    for (let run = 1; run <= runs; run++) {
      for (const { files, dir } of corpora) {
        for (const config of configs) {
          const r = await runWorker({ config, dir, eslint: args.eslint, stats: false, pluginDir });
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
    writeFileSync(file, JSON.stringify({ environment: env, mode: 'scaling', runs, configs, rows, markdown: report }, null, 2) + '\n');
    log(`Wrote ${path.relative(REPO_ROOT, file)}`);
    return;
  }

  for (const files of sizes) {
    if (files > 10_000) log(`Note: ${files} files with ${configs.length} configurations × ${runs} runs may take a long time; 50k is meant for --scaling.`);
    const { dir, manifest } = ensureCorpus(files);
    warmFileCache(dir);
    const samples = await measure(files, dir, configs, statsPasses, runs);
    const summary = summarize(samples, configs, ourRules);
    const report = reportMain(files, manifest, env, summary, ourRules);
    console.log(report);
    console.log('');
    const a = summary.perConfig.a;
    const json = {
      environment: env,
      options: { files, runs, configs, stats: args.stats, statsConfigs, seed: args.seed },
      corpus: manifest,
      configurations: Object.fromEntries(
        Object.entries(summary.perConfig).map(([c, p]) => {
          const { sumOf: _sumOf, ...rest } = p;
          return [c, { label: CONFIG_LABELS[c], ...rest, ratioToFloor: a ? p.wallMs / a.wallMs : undefined, msPerFile: p.wallMs / files }];
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

/**
 * One measurement: lints a corpus with one configuration in a fresh process, and sends
 * back (over the IPC channel of `child_process.fork`) the wall time, the process's peak
 * RSS, problem counts and, with `stats`, the summed per-rule and parse times.
 *
 *   fork('bench/lib/lint-worker.mjs', [JSON.stringify({ config, dir, eslint, stats, pluginDir, baselineDir })])
 *
 * Wall time (`lintMs`) runs from `new ESLint()` to the end of `lintFiles()`: config
 * resolution, file enumeration, reading, parsing, rules. Module loading is measured
 * apart (`loadMs`) and is the same for every configuration (see configs.mjs): with a
 * `baselineDir`, every configuration loads both builds of the plugin, (b0) the baseline
 * first and the others the current build first.
 */
import os from 'node:os';
import { BASELINE_CONFIG_ID, buildConfig, loadTools } from './configs.mjs';

const options = JSON.parse(process.argv[2]);
const processStart = performance.now();

async function main() {
  const tools = await loadTools(options.eslint, options.pluginDir, {
    baselineDir: options.baselineDir,
    baselineFirst: options.config === BASELINE_CONFIG_ID,
  });
  const loadMs = performance.now() - processStart;
  const overrideConfig = buildConfig(options.config, tools);

  const t0 = performance.now();
  const eslint = new tools.ESLint({
    cwd: options.dir,
    overrideConfigFile: true,
    overrideConfig,
    cache: false,
    stats: Boolean(options.stats),
    errorOnUnmatchedPattern: true,
  });
  const results = await eslint.lintFiles(['.']);
  const lintMs = performance.now() - t0;

  const ruleTimes = {};
  const problemsByRule = {};
  let parseMs = 0;
  let rulesMs = 0;
  let totalMs = 0;
  let fatal = 0;
  const fatalSamples = [];
  let problems = 0;
  for (const result of results) {
    for (const m of result.messages) {
      if (m.fatal) {
        fatal++;
        if (fatalSamples.length < 5) fatalSamples.push(`${result.filePath}:${m.line}:${m.column} ${m.message}`);
        continue;
      }
      problems++;
      problemsByRule[m.ruleId] = (problemsByRule[m.ruleId] ?? 0) + 1;
    }
    for (const pass of result.stats?.times?.passes ?? []) {
      parseMs += pass.parse?.total ?? 0;
      totalMs += pass.total ?? 0;
      for (const [ruleId, t] of Object.entries(pass.rules ?? {})) {
        ruleTimes[ruleId] = (ruleTimes[ruleId] ?? 0) + t.total;
        rulesMs += t.total;
      }
    }
  }
  const usage = process.resourceUsage();
  const [load1] = os.loadavg();
  process.send({
    config: options.config,
    stats: Boolean(options.stats),
    files: results.length,
    lintMs,
    loadMs,
    pluginLoadMs: tools.pluginLoadMs,
    baselineLoadMs: tools.baselineLoadMs,
    maxRssMB: usage.maxRSS / 1024,
    loadAverage1m: load1,
    rssEndMB: process.memoryUsage().rss / 1024 / 1024,
    fatal,
    fatalSamples,
    problems,
    problemsByRule,
    statsTimes: options.stats ? { parseMs, rulesMs, totalMs, rules: ruleTimes } : undefined,
  });
}

main().catch((err) => {
  process.send({ error: err.stack ?? String(err) });
  process.exitCode = 1;
});

/**
 * Latency of hover, completions and inlay hints through real tsserver processes, with and
 * without the plugin, on generated 1,000- and 20,000-line files. Both servers run side by
 * side and requests alternate between them, so that both see the same machine load.
 *
 *   npm run bench:tsserver                  # 1,000 and 20,000 lines, 200 requests per kind
 *   npm run bench:tsserver -- --requests 50 # quicker
 *   npm run bench:tsserver -- --baseline dcdd7ef
 *   npm run bench:tsserver -- --kinds hover --requests 1000   # only hovers (also: completions, inlay)
 *
 * `--baseline <git-ref>` (or the environment variable BENCH_BASELINE) builds the plugin at
 * that commit as bench/lint.mjs does (bench/lib/baseline.mjs: bench/.baseline/<sha>/) and
 * runs a third tsserver with it, loaded the same way as the current plugin (a symlinked
 * package in a probe folder of the temporary project, `--pluginProbeLocations`). Requests
 * then rotate among five series (current on and switched off, baseline on and switched off,
 * no plugin), and the report gives p50/p95 for none/baseline/current, the overhead of each
 * plugin over the server without plugin (paired per request, and at p95) and over itself
 * switched off, and current − baseline (paired).
 */
import { stringArgument } from './lib/arguments';
import { TYPED_ROUTE_HEADER, routeHandlerSource } from './lib/route-handlers';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { TsServerClient } from '../tools/tsserver-client';

const ROOT = join(__dirname, '..');
const TSSERVER = join(ROOT, 'node_modules/typescript/lib/tsserver.js');
const PLUGIN = 'eslint-plugin-http-status/typescript-plugin';

/** The short commit of the working tree, with a mark when the plugin's sources are modified. */
function gitHead(): string | undefined {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = git('status', '--porcelain', '--', 'src', 'rules', 'typescript-plugin').length > 0;
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ', sources modified' : ''}`;
  } catch {
    return undefined;
  }
}

interface Location {
  line: number;
  offset: number;
}

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

/** A file of route handlers: every block has status literals, a comparison and plain numbers. */
function generateSource(lines: number): string {
  return routeHandlerSource(lines, { header: TYPED_ROUTE_HEADER });
}

function locations(text: string, needle: string, delta: number, count: number): Location[] {
  const lines = text.split('\n');
  const found: Location[] = [];
  lines.forEach((line, index) => {
    const column = line.indexOf(needle);
    if (column >= 0) found.push({ line: index + 1, offset: column + delta + 1 });
  });
  // Spread the sample over the whole file.
  const step = Math.max(1, Math.floor(found.length / count));
  return found.filter((_, index) => index % step === 0).slice(0, count);
}

interface Server {
  readonly name: string;
  readonly client: TsServerClient;
}

function startServer(name: string, probe: string | undefined): Server {
  const args = ['--disableAutomaticTypingAcquisition', '--suppressDiagnosticEvents'];
  if (probe) args.push('--globalPlugins', PLUGIN, '--pluginProbeLocations', probe);
  return { name, client: new TsServerClient({ tsserverPath: TSSERVER, args, requestTimeout: 120_000 }) };
}

/** Round-trip time of a request; "no content" answers (TypeScript has no hover for a number) count too. */
async function timed(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action().catch((error: unknown) => {
    if (!String((error as Error).message).includes('No content available')) throw error;
  });
  return performance.now() - start;
}

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

interface Measurement {
  readonly kind: string;
  readonly lines: number;
  /** The plugin loaded and on. */
  readonly withPlugin: number[];
  /** The same server with the plugin's features switched off through configurePlugin. */
  readonly switchedOff: number[];
  /** A second server without the plugin. */
  readonly without: number[];
  /** With --baseline: a third server with the baseline build of the plugin, on. */
  readonly baselineOn?: number[];
  /** With --baseline: the same server with the baseline's features switched off. */
  readonly baselineOff?: number[];
}

interface Servers {
  readonly plugin: Server;
  readonly plain: Server;
  readonly baseline?: Server;
}

const ALL_ON = { hover: true, completions: true, inlayHints: true };
const ALL_OFF = { hover: false, completions: false, inlayHints: false };

async function measure(servers: Servers, file: string, text: string, lines: number, requests: number, wanted: readonly string[]): Promise<Measurement[]> {
  const hovers = locations(text, 'res.status(404)', 11, requests);
  const completionsAt = locations(text, 'res.status(404)', 11, requests);
  const hintWindows = locations(text, "app.get('/items", 0, requests);
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') lineStarts.push(index + 1);

  const kinds: { kind: string; run: (client: TsServerClient, index: number) => Promise<unknown> }[] = [
    { kind: 'hover', run: (client, index) => client.request('quickinfo', { file, ...hovers[index % hovers.length]! }) },
    {
      kind: 'completions',
      run: (client, index) =>
        client.request('completionInfo', { file, ...completionsAt[index % completionsAt.length]!, includeExternalModuleExports: false }),
    },
    {
      kind: 'inlay hints (100-line window)',
      run: (client, index) => {
        const start = lineStarts[hintWindows[index % hintWindows.length]!.line - 1]!;
        const end = lineStarts[Math.min(lineStarts.length - 1, hintWindows[index % hintWindows.length]!.line + 99)]!;
        return client.request('provideInlayHints', { file, start, length: end - start });
      },
    },
  ];
  const results: Measurement[] = [];
  for (const { kind, run } of kinds.filter((candidate) => wanted.some((prefix) => candidate.kind.startsWith(prefix)))) {
    // Warm-up: the first requests build the program and fill caches on every server.
    for (let index = 0; index < 10; index++) for (const server of serverList(servers)) await timed(() => run(server.client, index));
    const samples = { withPlugin: [] as number[], switchedOff: [] as number[], without: [] as number[] };
    const baselineSamples = { baselineOn: [] as number[], baselineOff: [] as number[] };
    const { plugin, plain, baseline } = servers;
    const runs: (() => Promise<void>)[] = [
      async () => {
        plugin.client.notify('configurePlugin', { pluginName: PLUGIN, configuration: ALL_ON });
        samples.withPlugin.push(await timed(() => run(plugin.client, current)));
      },
      async () => {
        plugin.client.notify('configurePlugin', { pluginName: PLUGIN, configuration: ALL_OFF });
        samples.switchedOff.push(await timed(() => run(plugin.client, current)));
      },
      async () => {
        samples.without.push(await timed(() => run(plain.client, current)));
      },
    ];
    if (baseline) {
      runs.push(
        async () => {
          baseline.client.notify('configurePlugin', { pluginName: PLUGIN, configuration: ALL_ON });
          baselineSamples.baselineOn.push(await timed(() => run(baseline.client, current)));
        },
        async () => {
          baseline.client.notify('configurePlugin', { pluginName: PLUGIN, configuration: ALL_OFF });
          baselineSamples.baselineOff.push(await timed(() => run(baseline.client, current)));
        },
      );
    }
    let current = 0;
    for (; current < requests; current++) {
      // Rotate the order, so that no series always meets a warmer machine.
      for (let step = 0; step < runs.length; step++) await runs[(current + step) % runs.length]!();
    }
    plugin.client.notify('configurePlugin', { pluginName: PLUGIN, configuration: ALL_ON });
    baseline?.client.notify('configurePlugin', { pluginName: PLUGIN, configuration: ALL_ON });
    results.push({ kind, lines, ...samples, ...(baseline ? baselineSamples : {}) });
  }
  return results;
}

function serverList(servers: Servers): Server[] {
  return [servers.plugin, servers.plain, ...(servers.baseline ? [servers.baseline] : [])];
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function report(measurements: readonly Measurement[]): void {
  console.log(
    row(['file', 'request', 'median: plugin off / no plugin / plugin on', 'overhead (paired median)', 'ratio vs off', 'ratio vs no plugin', 'p95: off / no plugin / on', 'p95 ratio vs off']),
  );
  console.log(row(['---:', '---', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const { kind, lines, withPlugin, switchedOff, without } of measurements) {
    const median = [switchedOff, without, withPlugin].map((series) => percentile(series, 0.5));
    const p95 = [switchedOff, without, withPlugin].map((series) => percentile(series, 0.95));
    console.log(
      row([
        `${lines.toLocaleString('en')} lines`,
        kind,
        median.map((value) => `${value.toFixed(2)} ms`).join(' / '),
        `${percentile(withPlugin.map((value, index) => value - switchedOff[index]!), 0.5).toFixed(2)} ms`,
        (median[2]! / median[0]!).toFixed(2),
        (median[2]! / median[1]!).toFixed(2),
        p95.map((value) => `${value.toFixed(2)} ms`).join(' / '),
        (p95[2]! / p95[0]!).toFixed(2),
      ]),
    );
  }
}

const ms = (value: number): string => `${value.toFixed(2)} ms`;
const signedMs = (value: number): string => `${value < 0 ? '−' : '+'}${Math.abs(value).toFixed(2)} ms`;
const pairedMedian = (series: readonly number[], base: readonly number[]): number => percentile(series.map((value, index) => value - base[index]!), 0.5);

/** With --baseline: latencies of the three servers, then the overheads of both plugins. */
function reportWithBaseline(measurements: readonly Measurement[]): void {
  console.log(row(['file', 'request', 'p50: none / baseline / current', 'p95: none / baseline / current']));
  console.log(row(['---:', '---', '---:', '---:']));
  for (const { kind, lines, withPlugin, without, baselineOn } of measurements) {
    const series = [without, baselineOn!, withPlugin];
    console.log(
      row([
        `${lines.toLocaleString('en')} lines`,
        kind,
        series.map((values) => ms(percentile(values, 0.5))).join(' / '),
        series.map((values) => ms(percentile(values, 0.95))).join(' / '),
      ]),
    );
  }
  console.log('');
  console.log(
    row([
      'file',
      'request',
      'overhead over none, paired p50: baseline / current',
      'overhead over none at p95: baseline / current',
      'overhead over switched off, paired p50: baseline / current',
      'current − baseline, paired p50',
    ]),
  );
  console.log(row(['---:', '---', '---:', '---:', '---:', '---:']));
  for (const { kind, lines, withPlugin, switchedOff, without, baselineOn, baselineOff } of measurements) {
    console.log(
      row([
        `${lines.toLocaleString('en')} lines`,
        kind,
        `${signedMs(pairedMedian(baselineOn!, without))} / ${signedMs(pairedMedian(withPlugin, without))}`,
        `${signedMs(percentile(baselineOn!, 0.95) - percentile(without, 0.95))} / ${signedMs(percentile(withPlugin, 0.95) - percentile(without, 0.95))}`,
        `${signedMs(pairedMedian(baselineOn!, baselineOff!))} / ${signedMs(pairedMedian(withPlugin, switchedOff))}`,
        signedMs(pairedMedian(withPlugin, baselineOn!)),
      ]),
    );
  }
}

async function main(): Promise<void> {
  const requests = argument('requests', 200);
  // `--kinds hover,completions`: only those requests (each a prefix of a kind's name), so that the cheap ones can be sampled more.
  const kinds = (stringArgument('kinds') ?? 'hover,completions,inlay').split(',').map((kind) => kind.trim()).filter((kind) => kind.length > 0);
  const sizes = process.argv.includes('--lines') ? [argument('lines', 1000)] : [1_000, 20_000];
  const baselineRef = stringArgument('baseline') ?? (process.env.BENCH_BASELINE || undefined);
  const baseline =
    baselineRef === undefined
      ? undefined
      : (await import('./lib/baseline.mjs')).prepareBaseline(baselineRef, { log: (message) => console.error(message) });
  const workspace = mkdtempSync(join(tmpdir(), 'http-status-bench-'));
  mkdirSync(join(workspace, 'probe/node_modules'), { recursive: true });
  symlinkSync(ROOT, join(workspace, 'probe/node_modules/eslint-plugin-http-status'), 'dir');
  if (baseline) {
    mkdirSync(join(workspace, 'probe-baseline/node_modules'), { recursive: true });
    symlinkSync(baseline.dir, join(workspace, 'probe-baseline/node_modules/eslint-plugin-http-status'), 'dir');
  }
  const servers: Servers = {
    plugin: startServer('plugin', join(workspace, 'probe')),
    plain: startServer('plain', undefined),
    ...(baseline ? { baseline: startServer('baseline', join(workspace, 'probe-baseline')) } : {}),
  };
  try {
    const measurements: Measurement[] = [];
    for (const lines of sizes) {
      const file = join(workspace, `handlers-${lines}.ts`);
      const text = generateSource(lines);
      writeFileSync(file, text);
      for (const server of serverList(servers)) server.client.notify('open', { file, fileContent: text, projectRootPath: workspace });
      measurements.push(...(await measure(servers, file, text, lines, requests, kinds)));
      for (const server of serverList(servers)) server.client.notify('close', { file });
    }
    if (baseline) {
      console.log(
        `tsserver ${TSSERVER.replace(ROOT + '/', '')}, Node ${process.version}, ${requests} requests per kind and series, interleaved.\n` +
          `Current: the plugin of the working tree (${gitHead() ?? 'unknown commit'}); baseline: the plugin built at ${baseline.short} (${baseline.ref}), ` +
          `in ${baseline.dir.replace(ROOT + '/', '')}${baseline.dependenciesDiffer ? ', run with the current node_modules (its package-lock.json differs)' : ''}.\n` +
          'Series: no plugin, the baseline on and switched off (configurePlugin), the current plugin on and switched off; one server each for none, baseline and current.\n',
      );
      reportWithBaseline(measurements);
    } else {
      console.log(
        `tsserver ${TSSERVER.replace(ROOT + '/', '')}, Node ${process.version}, ${requests} requests per kind and series, interleaved.\n` +
          'Series: the plugin loaded but switched off (configurePlugin), a server without the plugin, the plugin on.\n',
      );
      report(measurements);
    }
  } finally {
    await Promise.all(serverList(servers).map((server) => server.client.close()));
    rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/**
 * Latency of hover, completions and inlay hints through real tsserver processes, with and
 * without the plugin, on generated 1,000- and 20,000-line files. Both servers run side by
 * side and requests alternate between them, so that both see the same machine load.
 *
 *   npm run bench:tsserver                  # 1,000 and 20,000 lines, 200 requests per kind
 *   npm run bench:tsserver -- --requests 50 # quicker
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { TsServerClient } from '../tools/tsserver-client';

const ROOT = join(__dirname, '..');
const TSSERVER = join(ROOT, 'node_modules/typescript/lib/tsserver.js');
const PLUGIN = 'eslint-plugin-http-status/typescript-plugin';

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
  const header = [
    'interface Res { status(code: number): Res; json(body: unknown): void; end(): void; statusCode: number }',
    'declare const app: { get(path: string, handler: (req: unknown, res: Res) => void): void; post(path: string, handler: (req: unknown, res: Res) => void): void };',
    'declare function load(id: number): Promise<{ ok: boolean } | undefined>;',
  ];
  const block = (index: number) => [
    `app.get('/items/${index}', async (req, res) => {`,
    `  const item = await load(${index});`,
    '  if (!item) {',
    '    res.status(404).json({ error: "missing" });',
    '    return;',
    '  }',
    `  const retries = ${index % 7} * 3;`,
    '  if (res.statusCode === 304) res.end();',
    `  setTimeout(() => res.status(item.ok ? 200 : 503).json({ retries }), 500);`,
    '});',
  ];
  const body: string[] = [];
  for (let index = 0; header.length + body.length < lines; index++) body.push(...block(index));
  return [...header, ...body].slice(0, lines).join('\n') + '\n';
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
}

const ALL_ON = { hover: true, completions: true, inlayHints: true };
const ALL_OFF = { hover: false, completions: false, inlayHints: false };

async function measure(servers: readonly [Server, Server], file: string, text: string, lines: number, requests: number): Promise<Measurement[]> {
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
  for (const { kind, run } of kinds) {
    // Warm-up: the first requests build the program and fill caches on both servers.
    for (let index = 0; index < 10; index++) for (const server of servers) await timed(() => run(server.client, index));
    const samples = { withPlugin: [] as number[], switchedOff: [] as number[], without: [] as number[] };
    const [plugin, plain] = servers;
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
    let current = 0;
    for (; current < requests; current++) {
      // Rotate the order, so that no series always meets a warmer machine.
      for (let step = 0; step < runs.length; step++) await runs[(current + step) % runs.length]!();
    }
    plugin.client.notify('configurePlugin', { pluginName: PLUGIN, configuration: ALL_ON });
    results.push({ kind, lines, ...samples });
  }
  return results;
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

async function main(): Promise<void> {
  const requests = argument('requests', 200);
  const sizes = process.argv.includes('--lines') ? [argument('lines', 1000)] : [1_000, 20_000];
  const workspace = mkdtempSync(join(tmpdir(), 'http-status-bench-'));
  mkdirSync(join(workspace, 'probe/node_modules'), { recursive: true });
  symlinkSync(ROOT, join(workspace, 'probe/node_modules/eslint-plugin-http-status'), 'dir');
  const servers = [startServer('plugin', join(workspace, 'probe')), startServer('plain', undefined)] as const;
  try {
    const measurements: Measurement[] = [];
    for (const lines of sizes) {
      const file = join(workspace, `handlers-${lines}.ts`);
      const text = generateSource(lines);
      writeFileSync(file, text);
      for (const server of servers) server.client.notify('open', { file, fileContent: text, projectRootPath: workspace });
      measurements.push(...(await measure(servers, file, text, lines, requests)));
      for (const server of servers) server.client.notify('close', { file });
    }
    console.log(
      `tsserver ${TSSERVER.replace(ROOT + '/', '')}, Node ${process.version}, ${requests} requests per kind and series, interleaved.\n` +
        'Series: the plugin loaded but switched off (configurePlugin), a server without the plugin, the plugin on.\n',
    );
    report(measurements);
  } finally {
    await Promise.all(servers.map((server) => server.client.close()));
    rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

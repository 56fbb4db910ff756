/**
 * The plugin's own work inside real tsserver processes, without the rest of the round trip:
 * one server per build (the working tree, and the plugin built at `--baseline`), each loading
 * the build through a small timing plugin that wraps its hover (`statusQuickInfo`) or its
 * completions (`statusCompletions`) and writes every duration to a file when the server exits.
 *
 *   npm run build --silent
 *   node node_modules/tsx/dist/cli.mjs bench/tsserver-hooks.ts --baseline dcdd7ef
 *   node node_modules/tsx/dist/cli.mjs bench/tsserver-hooks.ts --baseline dcdd7ef --kind completions --requests 300
 *   node node_modules/tsx/dist/cli.mjs bench/tsserver-hooks.ts --baseline dcdd7ef --phases 1000,20000,20000
 *
 * Requests alternate between the servers, at the `404` of every handler of the bench's route
 * file (bench/lib/route-handlers.ts), in phases: each phase opens a new file of its size, so
 * that every handler of it is new to both plugins. The default phases are those of
 * bench/tsserver.ts (1,000 then 20,000 lines) and one more of 20,000 lines, which shows the
 * work of a handler met for the first time once V8 has optimised both plugins' code.
 * Unlike bench/tsserver.ts, no configurePlugin notification precedes a request.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareBaseline } from './lib/baseline.mjs';
import { stringArgument } from './lib/arguments';
import { TYPED_ROUTE_HEADER, routeHandlerSource } from './lib/route-handlers';
import { TsServerClient } from '../tools/tsserver-client';

const ROOT = join(__dirname, '..');
const TSSERVER = join(ROOT, 'node_modules/typescript/lib/tsserver.js');
const TIMER = 'http-status-hook-timer';
const WARM_UP = 10;

/** The timing plugin: loads the build at HOOK_BUILD, wraps one export of its features module, logs to HOOK_LOG. */
const TIMER_SOURCE = `
const { join } = require('node:path');
const { writeFileSync } = require('node:fs');
const features = require(join(process.env.HOOK_BUILD, 'dist/src/typescript-plugin/features.js'));
const hook = process.env.HOOK_NAME;
const timed = features[hook];
const durations = [];
features[hook] = function (...args) {
  const start = process.hrtime.bigint();
  try {
    return timed.apply(this, args);
  } finally {
    durations.push(Number(process.hrtime.bigint() - start) / 1000);
  }
};
process.on('exit', () => writeFileSync(process.env.HOOK_LOG, JSON.stringify(durations)));
module.exports = require(join(process.env.HOOK_BUILD, 'dist/src/typescript-plugin/index.js'));
`;

const KINDS = {
  hover: { hook: 'statusQuickInfo', command: 'quickinfo', extra: {} },
  completions: { hook: 'statusCompletions', command: 'completionInfo', extra: { includeExternalModuleExports: false } },
} as const;

type Kind = keyof typeof KINDS;

interface Build {
  readonly name: string;
  readonly dir: string;
}

interface Server extends Build {
  readonly log: string;
  readonly client: TsServerClient;
}

function startServer(build: Build, workspace: string, hook: string): Server {
  const log = join(workspace, `${build.name}.json`);
  const client = new TsServerClient({
    tsserverPath: TSSERVER,
    args: ['--disableAutomaticTypingAcquisition', '--suppressDiagnosticEvents', '--globalPlugins', TIMER, '--pluginProbeLocations', join(workspace, 'probe')],
    env: { ...process.env, HOOK_BUILD: build.dir, HOOK_NAME: hook, HOOK_LOG: log },
    requestTimeout: 120_000,
  });
  return { ...build, log, client };
}

/** Where every handler of the file sends its 404: the cursor on the code's first digit. */
function hoverLocations(text: string): { line: number; offset: number }[] {
  const found: { line: number; offset: number }[] = [];
  text.split('\n').forEach((line, index) => {
    const column = line.indexOf('res.status(404)');
    if (column >= 0) found.push({ line: index + 1, offset: column + 'res.status('.length + 1 });
  });
  return found;
}

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

const us = (value: number): string => `${value.toFixed(1)} µs`;
const signedUs = (value: number): string => `${value < 0 ? '−' : '+'}${Math.abs(value).toFixed(1)} µs`;

async function main(): Promise<void> {
  const kind = (stringArgument('kind') ?? 'hover') as Kind;
  if (!(kind in KINDS)) throw new Error(`--kind must be one of ${Object.keys(KINDS).join(', ')}, got ${kind}`);
  const phases = (stringArgument('phases') ?? '1000,20000,20000').split(',').map(Number);
  const requests = Number(stringArgument('requests') ?? (kind === 'hover' ? 2000 : 300));
  const baselineRef = stringArgument('baseline');
  const builds: Build[] = [{ name: 'current', dir: ROOT }];
  if (baselineRef) builds.push({ name: `baseline ${baselineRef}`, dir: prepareBaseline(baselineRef, { log: (message: string) => console.error(message) }).dir });

  const workspace = mkdtempSync(join(tmpdir(), 'http-status-hooks-'));
  mkdirSync(join(workspace, 'probe/node_modules', TIMER), { recursive: true });
  writeFileSync(join(workspace, 'probe/node_modules', TIMER, 'package.json'), JSON.stringify({ name: TIMER, main: 'index.js' }));
  writeFileSync(join(workspace, 'probe/node_modules', TIMER, 'index.js'), TIMER_SOURCE);
  const { hook, command, extra } = KINDS[kind];
  const servers = builds.map((build, index) => startServer({ ...build, name: index === 0 ? 'current' : 'baseline' }, workspace, hook));
  const counts: number[] = [];
  try {
    for (const [phase, lines] of phases.entries()) {
      const file = join(workspace, `handlers-${phase}-${lines}.ts`);
      const text = routeHandlerSource(lines, { header: TYPED_ROUTE_HEADER });
      writeFileSync(file, text);
      const locations = hoverLocations(text);
      for (const server of servers) server.client.notify('open', { file, fileContent: text, projectRootPath: workspace });
      for (let index = 0; index < WARM_UP + requests; index++) {
        // Rotate the order, so that no server always meets a warmer machine.
        for (let step = 0; step < servers.length; step++) {
          const server = servers[(index + step) % servers.length]!;
          await server.client.request(command, { file, ...locations[index % locations.length]!, ...extra }).catch((error: unknown) => {
            if (!String((error as Error).message).includes('No content available')) throw error;
          });
        }
      }
      counts.push(WARM_UP + requests);
      for (const server of servers) server.client.notify('close', { file });
    }
  } finally {
    await Promise.all(servers.map((server) => server.client.close()));
  }
  const durations = servers.map((server) => JSON.parse(readFileSync(server.log, 'utf8')) as number[]);
  rmSync(workspace, { recursive: true, force: true });

  console.log(
    `tsserver ${TSSERVER.replace(ROOT + '/', '')}, Node ${process.version}: the plugin's ${hook} alone, µs per request, ` +
      `${requests} requests a phase after ${WARM_UP} warm-up ones; every phase a new file.\n` +
      `Builds: ${builds.map((build, index) => `${index === 0 ? 'current' : 'baseline'} = ${build.dir.replace(ROOT + '/', '') || '.'}`).join(', ')}.\n`,
  );
  const names = servers.map((server) => server.name);
  console.log(`| phase | lines | p50: ${names.join(' / ')} | first half p50 | second half p50 |${servers.length === 2 ? ' current − baseline, paired p50 |' : ''}`);
  console.log(`| ---: | ---: | ---: | ---: | ---: |${servers.length === 2 ? ' ---: |' : ''}`);
  let start = 0;
  for (const [phase, count] of counts.entries()) {
    const series = durations.map((values) => values.slice(start + WARM_UP, start + count));
    const halves = (fraction: 0 | 1) => series.map((values) => us(percentile(fraction === 0 ? values.slice(0, values.length >> 1) : values.slice(values.length >> 1), 0.5))).join(' / ');
    const paired = series.length === 2 ? ` ${signedUs(percentile(series[0]!.map((value, index) => value - series[1]![index]!), 0.5))} |` : '';
    console.log(`| ${phase + 1} | ${phases[phase]!.toLocaleString('en')} | ${series.map((values) => us(percentile(values, 0.5))).join(' / ')} | ${halves(0)} | ${halves(1)} |${paired}`);
    start += count;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/**
 * The language server through a real process over stdio, as an editor talks to it: latency of
 * hover, completion and inlay hints (100-line window) on an already-parsed file of 1,000 and
 * 20,000 lines; the time to parse a 20,000-line file after an edit; the server's RSS with 200
 * open files; and, in this process, the candidate parsers on the same files.
 *
 *   npm run bench:language-server                  # 200 requests per kind, 50 edits
 *   npm run bench:language-server -- --requests 50 --edits 20 --files 200
 *
 * Parse times are the server's own: with HTTP_STATUS_LANGUAGE_SERVER_LOG_TIMINGS=1 it logs
 * how long each parse took (full or incremental), and the benchmark reads those log lines.
 * It also reports the round trip of the first request after an edit (parse included).
 */
import { routeHandlerSource } from './lib/route-handlers';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import type { Position } from 'vscode-languageserver';
import { spawnLanguageServer, type LanguageServerClient } from '../tests/helpers/language-server-client';

const ROOT = join(__dirname, '..');
const SERVER = join(ROOT, 'dist/src/language-server/cli.js');
const SIZES = [1000, 20_000];

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}
/** An Express app, so that receivers are known from the import. */
const EXPRESS_HEADER = [
  "import express from 'express';",
  'const app = express();',
  'declare function load(id: number): Promise<{ ok: boolean } | undefined>;',
];

/** A file of route handlers: every block has status literals, a comparison and plain numbers; `seed` varies the paths. */
function generateSource(lines: number, seed = 0): string {
  return routeHandlerSource(lines, { header: EXPRESS_HEADER, seed });
}

/** Up to `count` positions `delta` characters after `needle`, spread over the whole file. */
function positions(text: string, needle: string, delta: number, count: number): Position[] {
  const found: Position[] = [];
  text.split('\n').forEach((line, index) => {
    const column = line.indexOf(needle);
    if (column >= 0) found.push({ line: index, character: column + delta });
  });
  const step = Math.max(1, Math.floor(found.length / count));
  return found.filter((_, index) => index % step === 0).slice(0, count);
}

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

function summary(values: readonly number[]): string {
  return `p50 ${percentile(values, 0.5).toFixed(2)} ms, p95 ${percentile(values, 0.95).toFixed(2)} ms (n=${values.length})`;
}

async function timed(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

function rssMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kilobytes / 1024;
}

/** The parse times the server logged since `from`: `[incremental, milliseconds]`. */
function parseTimes(client: LanguageServerClient, from: number): { incremental: boolean; milliseconds: number }[] {
  return client.logs.slice(from).flatMap((log) => {
    const match = /parsed \S+ v\d+ \((incremental|full), \d+ characters\) in ([\d.]+) ms/.exec(log.message);
    return match ? [{ incremental: match[1] === 'incremental', milliseconds: Number(match[2]) }] : [];
  });
}

async function requestLatencies(client: LanguageServerClient, uri: string, text: string, requests: number): Promise<void> {
  const hovers = positions(text, 'res.status(404)', 12, requests);
  const completions = positions(text, 'res.status(404)', 11, requests);
  const windows = positions(text, "app.get('/items", 0, requests);
  const kinds: [string, (index: number) => Promise<unknown>][] = [
    ['hover', (index) => client.hover(uri, hovers[index % hovers.length]!)],
    ['completion', (index) => client.completion(uri, completions[index % completions.length]!)],
    [
      'inlay hints (100-line window)',
      (index) => {
        const start = windows[index % windows.length]!;
        return client.inlayHints(uri, { start: { line: start.line, character: 0 }, end: { line: start.line + 100, character: 0 } });
      },
    ],
  ];
  for (const [kind, run] of kinds) {
    for (let index = 0; index < 10; index++) await run(index);
    const samples: number[] = [];
    for (let index = 0; index < requests; index++) samples.push(await timed(() => run(index)));
    console.log(`  ${kind.padEnd(30)} ${summary(samples)}`);
  }
}

/** Edits one digit of a status literal in the middle of the file and asks for a hover there, `edits` times. */
async function editLatencies(client: LanguageServerClient, uri: string, text: string, edits: number): Promise<void> {
  const at = positions(text, 'res.status(404)', 13, edits);
  const firstRequests: number[] = [];
  const steady: number[] = [];
  const from = client.logs.length;
  for (let index = 0; index < edits; index++) {
    const position = at[index % at.length]!;
    const digit = index % 2 === 0 ? '9' : '4';
    await client.change(uri, [{ range: { start: position, end: { ...position, character: position.character + 1 } }, text: digit }]);
    firstRequests.push(await timed(() => client.hover(uri, { ...position, character: position.character - 1 })));
    steady.push(await timed(() => client.hover(uri, { ...position, character: position.character - 1 })));
  }
  const parses = parseTimes(client, from);
  console.log(`  parse after an edit (server log)  ${summary(parses.filter((parse) => parse.incremental).map((parse) => parse.milliseconds))}`);
  console.log(`  first hover after an edit (round trip, parse included)  ${summary(firstRequests)}`);
  console.log(`  the same hover again (already parsed)  ${summary(steady)}`);
}

/**
 * RSS with `fileCount` open 1,000-line files: first all opened and only the 8 an editor might
 * show asked about (the others are never parsed), then every one asked about once (each parsed;
 * the server keeps the trees of the most recent ones only).
 */
async function memory(fileCount: number): Promise<void> {
  const { process: child, client } = spawnLanguageServer('node', [SERVER, '--stdio']);
  await client.initialize({});
  const idle = rssMegabytes(child.pid!);
  const uris = Array.from({ length: fileCount }, (_, index) => `file:///bench/src/routes-${index}.ts`);
  const window = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };
  for (const [index, uri] of uris.entries()) await client.open(uri, generateSource(1000, index));
  for (const uri of uris.slice(0, 8)) await client.inlayHints(uri, window);
  const shown = rssMegabytes(child.pid!);
  for (const uri of uris) await client.inlayHints(uri, window);
  const all = rssMegabytes(child.pid!);
  console.log(`  RSS after initialize ${idle.toFixed(0)} MB`);
  console.log(`  ${fileCount} open 1,000-line files, 8 of them asked about: ${shown.toFixed(0)} MB`);
  console.log(`  the same after every file was asked about once: ${all.toFixed(0)} MB`);
  await client.shutdown();
}

type TS = typeof import('typescript');

/** The candidate parsers in this process: a full parse, and TypeScript's incremental re-parse after a one-character edit. */
function parsers(runs: number): void {
  const require = createRequire(__filename);
  const ts = require('typescript-6') as TS;
  const oxc = require('oxc-parser') as { parseSync(fileName: string, text: string): unknown };
  const time = (action: () => unknown) => {
    const samples: number[] = [];
    for (let index = 0; index < runs; index++) samples.push(timedSync(action));
    return summary(samples);
  };
  for (const lines of SIZES) {
    const text = generateSource(lines);
    const parse = () => ts.createSourceFile('a.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    console.log(`  ${lines} lines, typescript-6 createSourceFile  ${time(parse)}`);
    console.log(`  ${lines} lines, oxc-parser parseSync          ${time(() => oxc.parseSync('a.ts', text))}`);
    const middle = text.indexOf('404', text.length >> 1);
    const edited = `${text.slice(0, middle)}9${text.slice(middle + 1)}`;
    const updates: number[] = [];
    for (let index = 0; index < runs; index++) {
      const tree = parse();
      updates.push(timedSync(() => ts.updateSourceFile(tree, edited, { span: { start: middle, length: 1 }, newLength: 1 })));
    }
    console.log(`  ${lines} lines, typescript-6 updateSourceFile  ${summary(updates)}`);
  }
}

function timedSync(action: () => unknown): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

async function main(): Promise<void> {
  const requests = argument('requests', 200);
  const edits = argument('edits', 50);
  const fileCount = argument('files', 200);
  console.log(`Language server (${SERVER.slice(ROOT.length + 1)}), Node ${process.version}`);
  for (const lines of SIZES) {
    const { client } = spawnLanguageServer('node', [SERVER, '--stdio'], { env: { ...process.env, HTTP_STATUS_LANGUAGE_SERVER_LOG_TIMINGS: '1' } });
    await client.initialize({});
    const uri = `file:///bench/src/routes-${lines}.ts`;
    const text = generateSource(lines);
    await client.open(uri, text);
    const first = await timed(() => client.hover(uri, positions(text, 'res.status(404)', 12, 1)[0]!));
    const [full] = parseTimes(client, 0);
    console.log(`${lines} lines: first request ${first.toFixed(1)} ms (full parse ${full?.milliseconds.toFixed(1)} ms)`);
    await requestLatencies(client, uri, text, requests);
    if (lines === SIZES.at(-1)) await editLatencies(client, uri, text, edits);
    await client.shutdown();
  }
  console.log('Memory:');
  await memory(fileCount);
  console.log('Parsers, in this process:');
  parsers(10);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

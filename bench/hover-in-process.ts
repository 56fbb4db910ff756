/**
 * The plugin's hover work per request, in this process, against a baseline build: on a tree
 * from `createSourceFile` (parsed only) and on the tree of a LanguageService that has answered
 * TypeScript's own quick info (bound and checked, as tsserver's trees are). Each `404` of the
 * bench's 20,000-line route file is hovered once, so every hover meets a handler the caches
 * have not seen.
 *
 *   npm run build --silent && node node_modules/tsx/dist/cli.mjs bench/hover-in-process.ts --baseline dcdd7ef
 *
 * Why both trees: on parsed-only trees the current plugin and the dcdd7ef build cost about
 * the same per hover, while in tsserver the current one is slower; the checked tree
 * reproduces that here, where a profiler can look at it.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type * as TS from 'typescript';
import { prepareBaseline } from './lib/baseline.mjs';
import { TYPED_ROUTE_HEADER, routeHandlerSource } from './lib/route-handlers';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the same compiler module for both builds, loaded once
const ts = require('typescript') as typeof TS;

type QuickInfo = (tsModule: typeof TS, sourceFile: TS.SourceFile, position: number, original: TS.QuickInfo | undefined) => unknown;

const FILE = '/routes.ts';
const ROUNDS = 5;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function quickInfoOf(distDir: string): QuickInfo {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a build chosen at run time
  return (require(join(distDir, 'src/typescript-plugin/features.js')) as { statusQuickInfo: QuickInfo }).statusQuickInfo;
}

function languageService(text: string): TS.LanguageService {
  const host: TS.LanguageServiceHost = {
    getScriptFileNames: () => [FILE],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => (name === FILE ? ts.ScriptSnapshot.fromString(text) : undefined),
    getCurrentDirectory: () => '/',
    getCompilationSettings: () => ({ strict: true, target: ts.ScriptTarget.ES2022, noLib: true }),
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (name) => name === FILE,
    readFile: (name) => (name === FILE ? text : undefined),
  };
  return ts.createLanguageService(host);
}

/** Microseconds per hover over every position, on a parsed-only tree; the median of the rounds. */
function parsedOnly(statusQuickInfo: QuickInfo, text: string, positions: readonly number[]): number {
  const rounds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const sourceFile = ts.createSourceFile(FILE, text, ts.ScriptTarget.Latest, true);
    const started = performance.now();
    for (const position of positions) statusQuickInfo(ts, sourceFile, position, undefined);
    rounds.push(((performance.now() - started) / positions.length) * 1000);
  }
  return rounds.sort((a, b) => a - b)[rounds.length >> 1]!;
}

/** Microseconds per hover of the plugin's own work, after TypeScript's quick info, on a checked tree. */
function checked(statusQuickInfo: QuickInfo, text: string, positions: readonly number[]): number {
  const rounds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const service = languageService(text);
    const sourceFile = service.getProgram()!.getSourceFile(FILE)!;
    let ours = 0;
    for (const position of positions) {
      const original = service.getQuickInfoAtPosition(FILE, position);
      const started = performance.now();
      statusQuickInfo(ts, sourceFile, position, original);
      ours += performance.now() - started;
    }
    rounds.push((ours / positions.length) * 1000);
  }
  return rounds.sort((a, b) => a - b)[rounds.length >> 1]!;
}

function main(): void {
  const text = routeHandlerSource(20_000, { header: TYPED_ROUTE_HEADER });
  const positions = [...text.matchAll(/res\.status\(404\)/g)].map((match) => match.index + 'res.status('.length);
  const builds: [string, QuickInfo][] = [['current', quickInfoOf(join(__dirname, '../dist'))]];
  const ref = argument('baseline');
  if (ref) builds.push([`baseline ${ref}`, quickInfoOf(prepareBaseline(ref, { log: (message) => console.log(message) }).distDir)]);
  console.log(`${positions.length} hovers a round, ${ROUNDS} rounds, median µs per hover (the plugin's work only)`);
  for (const [name, statusQuickInfo] of builds) {
    console.log(`  ${name.padEnd(20)} parsed-only tree ${parsedOnly(statusQuickInfo, text, positions).toFixed(1).padStart(6)} µs   checked tree ${checked(statusQuickInfo, text, positions).toFixed(1).padStart(6)} µs`);
  }
}

main();

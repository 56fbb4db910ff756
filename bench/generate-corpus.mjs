#!/usr/bin/env node
/**
 * Generates a deterministic corpus of realistic server and client code for the lint
 * benchmark: TypeScript and JavaScript (ESM and CommonJS), over Express, node:http, Fastify,
 * Koa, Hono, NestJS, Next.js route handlers, Fetch `Response`, SvelteKit, h3, React Router,
 * http-errors and Boom, plus services, repositories, utilities, types, reducers, jobs,
 * config files and tests. About 70% of the files have no HTTP status at all.
 *
 *   node bench/generate-corpus.mjs [--files N] [--out DIR] [--seed S] [--check K|all|0]
 *
 * File i depends only on (seed, i), so the 1,000-file corpus is the first 1,000 files of
 * the 10,000-file one, and so on. The output directory is emptied first. After writing, a
 * sample of K files (default 300) is parsed with @typescript-eslint/parser, and the
 * JavaScript ones also with espree (the parser the benchmark uses for them).
 */
import { mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Rng } from './lib/prng.mjs';
import { FileContext } from './lib/file-context.mjs';
import * as G from './lib/blocks-generic.mjs';
import * as H from './lib/blocks-http.mjs';

export const GENERATOR_VERSION = 1;
const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const FILES_PER_PACKAGE = 200;

const ENTITIES = [
  ['user', 'users'], ['order', 'orders'], ['invoice', 'invoices'], ['product', 'products'],
  ['cart', 'carts'], ['payment', 'payments'], ['session', 'sessions'], ['account', 'accounts'],
  ['team', 'teams'], ['project', 'projects'], ['comment', 'comments'], ['post', 'posts'],
  ['ticket', 'tickets'], ['subscription', 'subscriptions'], ['shipment', 'shipments'],
  ['review', 'reviews'], ['notification', 'notifications'], ['report', 'reports'],
  ['webhook', 'webhooks'], ['tenant', 'tenants'], ['coupon', 'coupons'], ['address', 'addresses'],
  ['device', 'devices'], ['workspace', 'workspaces'], ['article', 'articles'], ['booking', 'bookings'],
  ['event', 'events'], ['message', 'messages'], ['document', 'documents'], ['invite', 'invites'],
].map(([s, p]) => ({ s, p, C: cap(s), Cp: cap(p) }));

function cap(word) {
  return word[0].toUpperCase() + word.slice(1);
}

/**
 * File kinds. `status: true` kinds are built from the framework blocks of blocks-http.mjs;
 * the others from blocks-generic.mjs. Weights are percentages of files.
 */
const KINDS = {
  // No HTTP status (about 70%).
  service: { weight: 12, core: [G.serviceClass, G.serviceFunctions], dir: 'src/services', name: (e) => `${e.s}.service` },
  repository: { weight: 7, core: [G.repositoryClass], dir: 'src/repositories', name: (e) => `${e.s}.repository` },
  util: { weight: 12, core: [], dir: 'src/utils', name: (e, r) => r.pick([`${e.s}-utils`, 'strings', 'dates', 'numbers', 'collections', 'format']) },
  config: { weight: 3, core: [G.configObject], dir: 'src/config', name: (e, r) => r.pick(['index', 'app', 'env', 'settings']) },
  toolConfig: { weight: 2, core: [G.toolConfig], dir: '.', name: (e, r) => r.pick(['vite.config', 'vitest.config', 'playwright.config']), noHelpers: true },
  types: { weight: 7, core: [G.typesBlock, G.taskStatusBlock], dir: 'src/models', name: (e) => e.s },
  unitTest: { weight: 10, core: [G.unitTests], repeat: G.unitTests, dir: 'test/unit', name: (e) => `${e.s}.utils.test`, noHelpers: true },
  store: { weight: 4, core: [G.reducerBlock], dir: 'src/store', name: (e) => `${e.p}.slice` },
  jobs: { weight: 5, core: [G.jobBlock, G.cronBlock], dir: 'src/jobs', name: (e) => `${e.s}.jobs` },
  script: { weight: 2, core: [G.scriptMain], coreLast: true, dir: 'scripts', name: (e) => `migrate-${e.p}` },
  validation: { weight: 3, core: [G.validationBlock], dir: 'src/schemas', name: (e) => `${e.s}.schema` },
  middleware: { weight: 2, core: [G.plainMiddleware], dir: 'src/middleware', name: (e, r) => r.pick(['request-id', 'timing', 'context']) },
  exporter: { weight: 1, core: [G.fileIoBlock], dir: 'src/exports', name: (e) => `${e.s}-csv` },
  // With HTTP statuses (about 30%).
  express: { weight: 4, status: H.express, dir: 'src/routes', name: (e) => `${e.p}.routes` },
  nodeHttp: { weight: 1, status: H.nodeHttp, dir: 'src/server', name: (e, r) => r.pick(['server', 'http', 'health-server']) },
  fastify: { weight: 2.5, status: H.fastify, dir: 'src/plugins', name: (e) => `${e.p}.routes` },
  koa: { weight: 1.5, status: H.koa, dir: 'src/routes', name: (e) => `${e.p}.router` },
  hono: { weight: 1.5, status: H.hono, dir: 'src/api', name: (e) => `${e.p}` },
  nest: { weight: 3, status: H.nest, dir: 'src/modules', name: (e) => `${e.s}/${e.p}.controller` },
  next: { weight: 2.5, status: H.next, dir: 'app/api', name: (e) => `${e.p}/[id]/route` },
  fetchWorker: { weight: 1, status: H.fetchWorker, dir: 'workers', name: (e) => `${e.p}-edge` },
  sveltekit: { weight: 1.5, status: H.sveltekit, dir: 'src/routes', name: (e) => `${e.p}/[id]/+page.server` },
  h3: { weight: 1.5, status: H.h3, dir: 'server/api', name: (e) => `${e.p}/[id].put` },
  reactRouter: { weight: 1.5, status: H.reactRouter, dir: 'app/routes', name: (e) => `${e.p}.$id` },
  httpErrors: { weight: 1, status: H.httpErrors, dir: 'src/middleware', name: (e) => `load-${e.s}` },
  boom: { weight: 1.5, status: H.boom, dir: 'src/hapi', name: (e) => `${e.p}.routes` },
  apiClient: { weight: 3, status: H.apiClient, dir: 'src/client', name: (e) => `${e.p}-api` },
  apiTests: { weight: 3, status: H.apiTests, dir: 'test/api', name: (e) => `${e.p}.api.test`, noHelpers: true },
  errorClasses: { weight: 1, status: H.errorClasses, dir: 'src/errors', name: (e, r) => r.pick(['http-errors', 'errors', 'index']) },
};

const KIND_ENTRIES = Object.entries(KINDS).map(([id, k]) => [id, k.weight]);
const LANG_WEIGHTS = { ts: 0.5, esm: 0.3, cjs: 0.2 };

function countLines(text) {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function pickLang(rng, allowed) {
  return rng.weighted(allowed.map((l) => [l, LANG_WEIGHTS[l]]));
}

function extensionFor(rng, lang) {
  if (lang === 'ts') return '.ts';
  if (lang === 'esm') return rng.chance(0.25) ? '.mjs' : '.js';
  return rng.chance(0.5) ? '.cjs' : '.js';
}

/** Target length: log-normal around 75 lines, clamped to 20..400. */
function targetLines(rng) {
  const n = Math.round(Math.exp(Math.log(75) + 0.75 * rng.normal()));
  return Math.min(400, Math.max(20, n));
}

/** One file: its relative path, text and facts. Depends only on (seed, index). */
export function generateFile(seed, index) {
  const rng = new Rng(`${seed}:${index}`);
  const kindId = rng.weighted(KIND_ENTRIES);
  const kind = KINDS[kindId];
  const fw = kind.status;
  const e = rng.pick(ENTITIES);
  const langs = fw ? fw.langs : kindId === 'toolConfig' ? ['ts', 'esm', 'cjs'] : ['ts', 'esm', 'cjs'];
  const lang = pickLang(rng, langs);
  const ext = extensionFor(rng, lang);
  const isStatusFile = Boolean(fw);
  const ctx = new FileContext(rng, {
    lang: lang === 'ts' ? 'ts' : 'js',
    module: lang === 'cjs' ? 'cjs' : 'esm',
    statusStyle: rng.weighted([['literal', 55], ['constants', 30], ['mixed', 15]]),
    constants: fw?.constants ?? 'http-status-codes',
    nonstandard: isStatusFile && rng.chance(0.12) ? (rng.chance(0.25) ? 2 : 1) : 0,
  });
  const target = targetLines(rng);

  let lines = 0;
  const add = (list, text) => {
    if (text) {
      list.push(text);
      lines += countLines(text) + 1;
    }
  };
  const setup = [];
  const main = [];
  const helpersBefore = [];
  const helpersAfter = [];
  // Room kept for what is added after the blocks: imports, a wrapping class or describe(),
  // a footer and CommonJS export lines.
  const reserve = () => 12 + ctx.imports.size + ctx.typeImports.size + (ctx.isCjs && ctx.defaultExport ? ctx.exports.length : 0);
  const fits = (extra) => lines + reserve() + extra <= 400;
  const helper = () => {
    const block = rng.pick(G.GENERIC_HELPERS);
    const text = block(ctx, e);
    if (lines > 20 && !fits(countLines(text))) return false;
    add(rng.chance(0.5) ? helpersBefore : helpersAfter, text);
    return true;
  };

  if (fw) {
    add(setup, fw.setup(ctx, e));
    const order = rng.sample(fw.blocks, fw.blocks.length);
    const first = fw.unique ? order.length : rng.int(Math.min(2, order.length), order.length);
    for (const block of order.slice(0, first)) add(main, block(ctx, e));
    while (lines + ctx.imports.size < target) {
      if (!fw.unique && (kind.noHelpers || rng.chance(0.6))) {
        const text = rng.pick(fw.blocks)(ctx, e);
        if (!fits(countLines(text))) break;
        add(main, text);
      } else if (kind.noHelpers || !helper()) {
        break;
      }
    }
  } else {
    for (const block of kind.core) add(main, block(ctx, e));
    while (lines + ctx.imports.size < target) {
      if (kind.repeat) {
        const text = kind.repeat(ctx, e);
        if (!fits(countLines(text))) break;
        add(main, text);
      } else if (kind.noHelpers || !helper()) {
        break;
      }
    }
  }

  // Every file has at least 20 lines: top up short ones (tool configs) with helpers.
  for (let tries = 0; lines + ctx.imports.size < 20 && tries < 5; tries++) helper();

  const mainText = fw?.wrap ? fw.wrap(ctx, e, main.join('\n')) : main.join('\n');
  const sections = kind.coreLast
    ? [...setup, ...helpersBefore, ...helpersAfter, mainText]
    : [...setup, ...helpersBefore, mainText, ...helpersAfter];
  if (fw?.footer) sections.push(fw.footer(ctx, e));
  const text = ctx.render(sections.filter(Boolean).join('\n'));

  const pkg = `packages/pkg-${String(Math.floor(index / FILES_PER_PACKAGE)).padStart(3, '0')}`;
  const base = kind.name(e, rng);
  // A unique folder per file keeps framework file names (route.ts, +page.server.ts) intact.
  const rel = path.posix.join(pkg, kind.dir, `f${index}`, `${base}${ext}`);
  return {
    path: rel,
    text,
    kind: kindId,
    lang,
    ext,
    lines: countLines(text),
    statusSites: ctx.statusCount,
    nonstandard: ctx.nonstandardCount,
  };
}

export function generateCorpus({ files, out, seed = '1', log = console.error }) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const summary = {
    generatorVersion: GENERATOR_VERSION,
    seed: String(seed),
    files,
    lines: 0,
    bytes: 0,
    filesWithStatus: 0,
    statusSites: 0,
    nonstandardSites: 0,
    byKind: {},
    byExtension: {},
    byLanguage: {},
    sizes: { min: Infinity, max: 0, median: 0 },
  };
  const sizes = [];
  const dirs = new Set();
  for (let i = 0; i < files; i++) {
    const f = generateFile(seed, i);
    const abs = path.join(out, f.path);
    const dir = path.dirname(abs);
    if (!dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      dirs.add(dir);
    }
    writeFileSync(abs, f.text);
    summary.lines += f.lines;
    summary.bytes += Buffer.byteLength(f.text);
    if (f.statusSites > 0) summary.filesWithStatus++;
    summary.statusSites += f.statusSites;
    summary.nonstandardSites += f.nonstandard;
    summary.byKind[f.kind] = (summary.byKind[f.kind] ?? 0) + 1;
    summary.byExtension[f.ext] = (summary.byExtension[f.ext] ?? 0) + 1;
    summary.byLanguage[f.lang] = (summary.byLanguage[f.lang] ?? 0) + 1;
    sizes.push(f.lines);
    if (log && files >= 10_000 && (i + 1) % 10_000 === 0) log(`  ${i + 1} files`);
  }
  sizes.sort((a, b) => a - b);
  summary.sizes = { min: sizes[0], p10: sizes[Math.floor(files * 0.1)], median: sizes[Math.floor(files / 2)], p90: sizes[Math.floor(files * 0.9)], max: sizes[files - 1] };
  summary.percentWithStatus = Math.round((1000 * summary.filesWithStatus) / files) / 10;
  writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(summary, null, 2) + '\n');
  return summary;
}

/**
 * Parses a sample of the corpus: every file with @typescript-eslint/parser, the JavaScript
 * ones also with espree as ESLint would (module, or script for .cjs). Throws on the first error.
 */
export async function checkCorpus({ out, files, sample, seed = '1', eslintPackage = 'eslint' }) {
  const require = createRequire(path.join(BENCH_DIR, '..', 'package.json'));
  const tsParser = require('@typescript-eslint/parser');
  const espree = createRequire(require.resolve(`${eslintPackage}/package.json`))('espree');
  const step = sample === 'all' ? 1 : Math.max(1, Math.floor(files / Math.max(1, sample)));
  let checked = 0;
  for (let i = 0; i < files; i += step) {
    const rel = generateFile(seed, i).path;
    const abs = path.join(out, rel);
    const code = readFileSync(abs, 'utf8');
    const isTs = rel.endsWith('.ts');
    const sourceType = rel.endsWith('.cjs') ? 'commonjs' : 'module';
    try {
      tsParser.parseForESLint(code, { filePath: abs, ecmaVersion: 'latest', sourceType, range: true, loc: true });
      if (!isTs) espree.parse(code, { ecmaVersion: 'latest', sourceType, range: true, loc: true });
    } catch (err) {
      const where = err.lineNumber ? `:${err.lineNumber}:${err.column ?? 0}` : '';
      throw new Error(`${abs}${where}: ${err.message}`, { cause: err });
    }
    checked++;
  }
  return checked;
}

export function defaultCorpusDir(files) {
  return path.join(BENCH_DIR, '.corpus', String(files));
}

async function cli() {
  const { values } = parseArgs({
    options: {
      files: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      check: { type: 'string', default: '300' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log('node bench/generate-corpus.mjs [--files N] [--out DIR] [--seed S] [--check K|all|0]');
    return;
  }
  const files = Number(values.files.replace(/[_,]/g, '').replace(/k$/i, '000'));
  if (!Number.isInteger(files) || files <= 0) throw new Error(`--files must be a positive integer, got ${values.files}`);
  const out = path.resolve(values.out ?? defaultCorpusDir(files));
  const started = performance.now();
  const summary = generateCorpus({ files, out, seed: values.seed });
  const genMs = performance.now() - started;
  console.log(
    `Wrote ${files} files (${summary.lines} lines, ${(summary.bytes / 1e6).toFixed(1)} MB) to ${out} in ${(genMs / 1000).toFixed(1)} s.\n` +
      `  files with an HTTP status: ${summary.filesWithStatus} (${summary.percentWithStatus}%), ` +
      `status sites: ${summary.statusSites}, nonstandard: ${summary.nonstandardSites}\n` +
      `  lines per file: min ${summary.sizes.min}, median ${summary.sizes.median}, p90 ${summary.sizes.p90}, max ${summary.sizes.max}\n` +
      `  languages: ${JSON.stringify(summary.byLanguage)}  extensions: ${JSON.stringify(summary.byExtension)}`,
  );
  const sample = values.check === 'all' ? 'all' : Number(values.check);
  if (sample === 'all' || sample > 0) {
    const checked = await checkCorpus({ out, files, sample, seed: values.seed });
    console.log(`  parsed ${checked} sampled files without errors (@typescript-eslint/parser; espree for JS).`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  cli().catch((err) => {
    console.error(err.message);
    process.exitCode = 1;
  });
}

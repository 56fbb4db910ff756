/**
 * The linter and the editor agree by construction: both ask the same matcher, each through
 * its own syntax tree (ESTree from typescript-eslint or espree; TypeScript's own). These tests
 * hold them to it: for every file the linter's tests read, both front ends must find the same
 * status values at the same offsets, of the same site kind and framework, and the same
 * constants-library members; and the editor shows a status hover or an inlay hint exactly
 * where the linter sees a status.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type * as ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { editorFacts, editorHovers, editorInlayHints, languageOf, linterFacts, linterHintTargets, linterHoverTargets, type Language } from './helpers/parity-front-ends';

const ROOT = join(__dirname, '..');

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(?:[cm]?js|ts)$/.test(file))
    .sort()
    .map((file) => join(folder, file));
}

/** The labelled corpus, the tsserver end-to-end project and the examples the CLI test lints. */
const FILES = [...sourceFiles('tests/fixtures/labelled'), ...sourceFiles('tests/e2e/ts-fixture/src'), ...sourceFiles('examples/src')];

const DOC_BLOCK = /```(?<language>js|ts) (?:correct|incorrect)\n(?<code>[\s\S]*?)```/g;

/** The code blocks of the rule docs, which the docs test lints. */
const DOC_BLOCKS = readdirSync(join(ROOT, 'docs/rules'))
  .filter((file) => file.endsWith('.md'))
  .flatMap((file) => {
    const markdown = readFileSync(join(ROOT, 'docs/rules', file), 'utf8');
    return [...markdown.matchAll(DOC_BLOCK)].map((match) => ({
      name: `docs/rules/${file}:${markdown.slice(0, match.index).split('\n').length}`,
      language: match.groups!.language as Language,
      code: match.groups!.code!,
    }));
  });

const SOURCES = [
  ...FILES.map((file) => ({ name: file, language: languageOf(file), code: readFileSync(join(ROOT, file), 'utf8') })),
  ...DOC_BLOCKS,
];

describe('the linter and the editor find the same status sites', () => {
  const compared = { sources: 0, values: 0, members: 0 };

  it.each(SOURCES.map((source) => [source.name, source] as const))('%s', (_name, { code, language }) => {
    const linter = linterFacts(code, language);
    const editor = editorFacts(code, language);
    expect(editor.sites).toEqual(linter.sites);
    expect(editor.members).toEqual(linter.members);
    expect(editor.mayHaveStatuses).toBe(linter.mayHaveStatuses);
    compared.sources++;
    compared.values += linter.sites.length;
    compared.members += linter.members.length;
  });

  it('compared every fixture file and docs block, and enough of their sites to mean something', () => {
    expect(compared.sources).toBe(SOURCES.length);
    expect(FILES.length).toBeGreaterThanOrEqual(75);
    expect(DOC_BLOCKS.length).toBeGreaterThanOrEqual(25);
    expect(compared.values).toBeGreaterThanOrEqual(1200);
    expect(compared.members).toBeGreaterThanOrEqual(50);
  });
});

describe('the editor shows a status hover exactly where the linter sees a status', () => {
  it.each(SOURCES.map((source) => [source.name, source] as const))('%s', (_name, { code, language }) => {
    const targets = linterHoverTargets(linterFacts(code, language));
    const hovers = editorHovers(code, language);
    expect(hovers.filter((hover) => !targets.includes(hover)), 'hovers where the linter sees no status').toEqual([]);
    expect(targets.filter((target) => !hovers.includes(target)), 'statuses the linter sees without a hover').toEqual([]);
  });
});

describe("the editor's inlay hints name exactly the literals the linter sees at a site", () => {
  it.each(SOURCES.map((source) => [source.name, source] as const))('%s', (_name, { code, language }) => {
    expect(editorInlayHints(code, language)).toEqual(linterHintTargets(linterFacts(code, language)));
  });
});

describe.each(['typescript-5.9', 'typescript-5.5'])('the editor under %s', (pkg) => {
  it('finds what it finds under TypeScript 6.0 in every fixture file', async () => {
    const tsModule = (await import(pkg)) as typeof ts;
    const differences = SOURCES.flatMap(({ name, code, language }) => {
      const current = editorFacts(code, language);
      const older = editorFacts(code, language, tsModule);
      return JSON.stringify(older) === JSON.stringify(current) ? [] : [relative(ROOT, name)];
    });
    expect(differences).toEqual([]);
  });
});

interface Case {
  readonly name: string;
  readonly code: string;
  readonly language?: Language;
  /** The codes the hovers show, in the order they are written. */
  readonly hovers: readonly number[];
}

/**
 * Where the editor's own recogniser once disagreed with the linter (the first eight), and
 * one short case per framework. The hovers must be exactly where the linter sees a status.
 */
const CASES: readonly Case[] = [
  { name: 'a Jest assertion on a received status', code: 'expect(res.status).toBe(404);', hovers: [404] },
  { name: "supertest's expect", code: "await request(app).get('/users/1').expect(404);", hovers: [404] },
  { name: 'an error class with a status field', code: 'class NotFound extends Error {\n  status = 404;\n}', hovers: [404] },
  {
    name: "Fastify's error handler, by its registration",
    code: "import Fastify from 'fastify';\nconst app = Fastify();\napp.setErrorHandler((e, q, r) => r.code(500));",
    hovers: [500],
  },
  {
    name: 'an Express handler with short parameter names',
    code: "import express from 'express';\nconst app = express();\napp.get('/', (q, r) => r.status(404));",
    hovers: [404],
  },
  {
    name: 'a parameter typed as an Express response',
    code: "import express from 'express';\nfunction send(out: express.Response) {\n  out.status(404);\n}",
    hovers: [404],
  },
  { name: 'a local createError', code: 'function createError(status: number) {\n  return new Error(String(status));\n}\nthrow createError(404);', hovers: [] },
  { name: 'a database filter', code: 'db.find({ status: 1 });', hovers: [] },
  { name: 'Koa', code: "import Koa from 'koa';\nconst app = new Koa();\napp.use(async (ctx) => {\n  ctx.status = 404;\n});", hovers: [404] },
  { name: 'Hono', code: "import { Hono } from 'hono';\nconst app = new Hono();\napp.post('/', (c) => c.json({ id: 1 }, 201));", hovers: [201] },
  { name: 'a Fetch Response', code: 'export const GET = () => new Response(null, { status: 204 });', hovers: [204] },
  {
    name: "NestJS's HttpCode",
    code: "import { Controller, Delete, HttpCode } from '@nestjs/common';\n@Controller('items')\nexport class Items {\n  @Delete(':id')\n  @HttpCode(204)\n  remove() {}\n}",
    hovers: [204],
  },
  { name: 'http-errors, imported', code: "import createError from 'http-errors';\nthrow createError(404);", hovers: [404] },
  { name: 'http-errors, required', code: "const createError = require('http-errors');\nthrow createError(404, 'missing');", language: 'cjs', hovers: [404] },
  { name: 'Boom', code: "import { boomify } from '@hapi/boom';\nthrow boomify(new Error('taken'), { statusCode: 409 });", hovers: [409] },
  { name: 'h3', code: "import { defineEventHandler, setResponseStatus } from 'h3';\nexport default defineEventHandler((event) => {\n  setResponseStatus(event, 201);\n});", hovers: [201] },
  { name: 'SvelteKit', code: "import { error } from '@sveltejs/kit';\nexport function load() {\n  error(404, 'Not found');\n}", hovers: [404] },
  {
    name: 'a switch over a received status',
    code: "switch (res.status) {\n  case 401:\n    login();\n    break;\n  case 404:\n    notFound();\n    break;\n  default:\n    fail(500);\n}",
    hovers: [401, 404],
  },
  { name: 'a fallback status', code: 'const status = err.status || 500;', hovers: [500] },
  { name: 'a Node assertion', code: "import assert from 'node:assert';\nassert.equal(res.status, 200);", hovers: [200] },
  {
    name: 'a constants-library member, and a literal beside it',
    code: "import { StatusCodes } from 'http-status-codes';\nres.status(StatusCodes.NOT_FOUND);\nres.status(410);",
    hovers: [404, 410],
  },
  {
    name: 'a library member read anywhere',
    code: "const { StatusCodes } = require('http-status-codes');\nconst code = StatusCodes.CREATED;\nconst limit = 500;",
    language: 'cjs',
    hovers: [201],
  },
  { name: 'a constant used as a status, and other numbers', code: 'const Gone = 410;\nres.status(Gone);\nsetTimeout(() => {}, 500);', hovers: [] },
];

describe('both front ends on short cases across frameworks', () => {
  it.each(CASES.map((testCase) => [testCase.name, testCase] as const))('%s', (_name, { code, language = 'ts', hovers }) => {
    const linter = linterFacts(code, language);
    const editor = editorFacts(code, language);
    expect(editor).toEqual(linter);
    const shown = editorHovers(code, language);
    expect(shown).toEqual(linterHoverTargets(linter));
    expect(shown.map((hover) => Number(hover.split(' ')[1]))).toEqual(hovers);
    expect(editorInlayHints(code, language)).toEqual(linterHintTargets(linter));
  });
});

describe("TypeScript's `import x = require()`", () => {
  it('is followed by both front ends', () => {
    const code = "import createError = require('http-errors');\nthrow createError(404);";
    expect(linterFacts(code, 'ts').sites).toEqual(['63-66 404 literal error http-errors']);
    expect(editorFacts(code, 'ts').sites).toEqual(['63-66 404 literal error http-errors']);
    expect(editorHovers(code, 'ts')).toEqual(['63-66 404']);
  });
});

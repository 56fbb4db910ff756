/**
 * The language server as users install it: `npm pack`, installed into temporary projects with
 * npm, started through its `bin` with `--stdio`, driven by a `vscode-jsonrpc` client. One
 * project has TypeScript 7 as its `typescript` (native, no JavaScript compiler API), one is
 * plain JavaScript with no TypeScript at all. A preloaded recorder lists the modules the server
 * loaded, to show that it never touched the project's `typescript`.
 * `npm run build` must have run: the package is packed from dist/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { completionItems, hoverMarkdown, positionOf, spawnLanguageServer, type LanguageServerClient } from '../helpers/language-server-client';
import { packPackage, ROOT, run } from './packed-package';

const RECORDER = join(ROOT, 'tests/helpers/record-loaded-modules.mjs');
const WHOLE_FILE = { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } };

const TS_SOURCE = `import { StatusCodes } from 'http-status-codes';
import express from 'express';

const app = express();
app.get('/items/:id', (req, res) => {
  if (!req.params.id) return res.status(400).json({ error: 'id' });
  res.status().json({ ok: true });
});
export const conflict = StatusCodes.CONFLICT;
`;

const JS_SOURCE = `const express = require('express');

const app = express();
app.post('/items', (req, res) => {
  res.status(201).location('/items/1').end();
  setTimeout(() => {}, 500);
});
`;

const ESM_SOURCE = `export default {
  fetch() {
    return new Response(null, { status: 204 });
  },
};
`;

interface Project {
  readonly root: string;
  readonly bin: string;
}

let workspace: string;
let tarball: string;

function installProject(name: string, typescript: 'typescript-7' | 'none'): Project {
  const root = join(workspace, name);
  mkdirSync(root);
  writeFileSync(join(root, 'package.json'), `${JSON.stringify({ name, private: true })}\n`);
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', tarball], root);
  // npm installs a `typescript` for the peer dependencies of @typescript-eslint/utils; the project decides what is there.
  rmSync(join(root, 'node_modules/typescript'), { recursive: true, force: true });
  if (typescript === 'typescript-7') symlinkSync(join(ROOT, 'node_modules/typescript-7'), join(root, 'node_modules/typescript'), 'dir');
  return { root, bin: join(root, 'node_modules/.bin/http-status-language-server') };
}

interface Session {
  readonly client: LanguageServerClient;
  /** Ends the session as an editor does; resolves to the exit code and the modules the server loaded. */
  close(): Promise<{ code: number | null; modules: string[] }>;
}

function startSession(project: Project): Session {
  const record = join(project.root, 'loaded-modules.json');
  const env = { ...process.env, NODE_OPTIONS: `--import ${pathToFileURL(RECORDER).href}`, RECORD_LOADED_MODULES: record };
  // The bin itself, as an editor's configuration names it: its shebang starts Node.
  const { process: child, client } = spawnLanguageServer(project.bin, ['--stdio'], { cwd: project.root, env });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return {
    client,
    async close() {
      await client.shutdown();
      const code = await exited;
      return { code, modules: JSON.parse(readFileSync(record, 'utf8')) as string[] };
    },
  };
}

function uriOf(project: Project, file: string, text: string): string {
  const path = join(project.root, 'src', file);
  mkdirSync(join(project.root, 'src'), { recursive: true });
  writeFileSync(path, text);
  return pathToFileURL(path).href;
}

function errorLogs(client: LanguageServerClient): string[] {
  return client.logs.filter((log) => log.type === 1).map((log) => log.message);
}

function expectOwnTypeScriptOnly(project: Project, modules: string[]): void {
  expect(modules).toContain(join(project.root, 'node_modules/typescript-6/lib/typescript.js'));
  expect(modules.filter((path) => path.includes('/node_modules/typescript-7/') || path.startsWith(join(project.root, 'node_modules/typescript/')))).toEqual([]);
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/src/language-server/cli.js'))) throw new Error('Run `npm run build` before the end-to-end tests.');
  workspace = mkdtempSync(join(tmpdir(), 'http-status-language-server-'));
  tarball = packPackage(workspace);
});

afterAll(() => {
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe('in a TypeScript project whose typescript is 7', () => {
  let project: Project;

  beforeAll(() => {
    project = installProject('native-typescript', 'typescript-7');
    expect(JSON.parse(readFileSync(join(project.root, 'node_modules/typescript/package.json'), 'utf8')).version).toMatch(/^7\./);
  });

  it('serves a whole session, from initialize to exit, on its own TypeScript 6', async () => {
    const session = startSession(project);
    const { client } = session;
    const initialized = await client.initialize({ completions: true });
    expect(initialized.capabilities).toMatchObject({ textDocumentSync: 2, hoverProvider: true, completionProvider: { resolveProvider: true }, inlayHintProvider: true });
    const uri = uriOf(project, 'app.ts', TS_SOURCE);
    await client.open(uri, TS_SOURCE, 'typescript');

    const hover = await client.hover(uri, positionOf(TS_SOURCE, '400'));
    expect(hoverMarkdown(hover)).toContain('**400 Bad Request**');
    expect(hover?.range).toEqual({ start: positionOf(TS_SOURCE, '400'), end: positionOf(TS_SOURCE, '400', 3) });
    expect(hoverMarkdown(await client.hover(uri, positionOf(TS_SOURCE, 'CONFLICT')))).toContain('**409 Conflict**');

    const items = completionItems(await client.completion(uri, positionOf(TS_SOURCE, 'status()', 7)));
    const created = items.find((item) => item.label === '201');
    expect(created?.insertText).toBe('StatusCodes.CREATED');
    expect(items.slice().sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1))[0]?.label).toBe('200');
    const resolved = await client.resolve(created!);
    expect(resolved.documentation).toMatchObject({ kind: 'markdown', value: expect.stringContaining('**201 Created**') });

    expect(await client.inlayHints(uri, WHOLE_FILE)).toEqual([{ label: 'Bad Request', position: positionOf(TS_SOURCE, '400', 3), paddingLeft: true }]);

    // Typing the status into the empty slot: two incremental edits, then one request.
    const slot = positionOf(TS_SOURCE, 'status()', 7);
    await client.change(uri, [{ range: { start: slot, end: slot }, text: '20' }]);
    await client.change(uri, [{ range: { start: { ...slot, character: slot.character + 2 }, end: { ...slot, character: slot.character + 2 } }, text: '2' }]);
    expect(hoverMarkdown(await client.hover(uri, slot))).toContain('**202 Accepted**');
    expect((await client.inlayHints(uri, WHOLE_FILE))?.map((hint) => hint.label)).toEqual(['Bad Request', 'Accepted']);

    await client.configure({ httpStatus: { inlayHints: false, hover: 'sometimes' } });
    expect(await client.inlayHints(uri, WHOLE_FILE)).toEqual([]);
    expect(hoverMarkdown(await client.hover(uri, slot))).toContain('**202 Accepted**');
    expect(client.logs.map((log) => log.message)).toContainEqual(expect.stringContaining('ignoring malformed "httpStatus" settings: option "hover" must be true or false'));

    await client.close(uri);
    expect(errorLogs(client)).toEqual([]);
    const { code, modules } = await session.close();
    expect(code).toBe(0);
    expectOwnTypeScriptOnly(project, modules);
  });
});

describe('in a plain JavaScript project without TypeScript', () => {
  let project: Project;

  beforeAll(() => {
    project = installProject('plain-js', 'none');
    expect(existsSync(join(project.root, 'node_modules/typescript'))).toBe(false);
  });

  it('answers in CommonJS and ESM files, and keeps serving after junk', async () => {
    const session = startSession(project);
    const { client } = session;
    await client.initialize({ httpStatus: { hover: true } });
    const cjs = uriOf(project, 'app.js', JS_SOURCE);
    const esm = uriOf(project, 'worker.mjs', ESM_SOURCE);
    await client.open(cjs, JS_SOURCE, 'javascript');
    await client.open(esm, ESM_SOURCE, 'javascript');

    expect(hoverMarkdown(await client.hover(cjs, positionOf(JS_SOURCE, '201')))).toContain('**201 Created**');
    expect(await client.hover(cjs, positionOf(JS_SOURCE, '500'))).toBeNull();
    expect(await client.inlayHints(esm, WHOLE_FILE)).toEqual([{ label: 'No Content', position: positionOf(ESM_SOURCE, '204', 3), paddingLeft: true }]);

    const slot = positionOf(JS_SOURCE, '201');
    await client.change(cjs, [{ range: { start: slot, end: { ...slot, character: slot.character + 3 } }, text: '' }]);
    const items = completionItems(await client.completion(cjs, slot));
    expect(items.find((item) => item.label === '201')?.insertText).toBe('201');
    expect((await client.resolve(items[0]!)).detail).toMatch(/^\d{3} /);

    await client.configure({ httpStatus: { hover: false } });
    expect(await client.hover(esm, positionOf(ESM_SOURCE, '204'))).toBeNull();
    expect(await client.inlayHints(esm, WHOLE_FILE)).toHaveLength(1);

    const junk = uriOf(project, 'junk.js', '\u0000\u0001binary');
    await client.open(junk, '\u0000\u0001binary', 'javascript');
    expect(await client.inlayHints(junk, WHOLE_FILE)).toEqual([]);
    await vi.waitFor(() => expect(client.logs.map((log) => log.message)).toContainEqual(expect.stringContaining('junk.js: it looks binary')));
    expect(await client.inlayHints(esm, WHOLE_FILE)).toHaveLength(1);

    expect(errorLogs(client)).toEqual([]);
    const { code, modules } = await session.close();
    expect(code).toBe(0);
    expectOwnTypeScriptOnly(project, modules);
  });
});

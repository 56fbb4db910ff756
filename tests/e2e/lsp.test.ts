/**
 * The TypeScript plugin through an LSP server: typescript-language-server 5.3 running the
 * TypeScript 6 tsserver, with the plugin registered the way LSP editors register it
 * (`initializationOptions.plugins: [{ name, location }]`, nothing in tsconfig.json).
 * `npm run build` must have run: the plugin is loaded from dist/.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from './lsp-client';

const ROOT = join(__dirname, '../..');
const FIXTURE = join(ROOT, 'tests/e2e/ts-fixture');
const PLUGIN = 'eslint-plugin-http-status/typescript-plugin';
const LANGUAGE_SERVER = join(ROOT, 'node_modules/typescript-language-server/lib/cli.mjs');
const TSSERVER = join(ROOT, 'node_modules/typescript/lib/tsserver.js');
const TYPESCRIPT_VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules/typescript/package.json'), 'utf8')) as { version: string }).version;

interface Position {
  readonly line: number;
  readonly character: number;
}
interface Hover {
  readonly contents: { readonly kind: string; readonly value: string } | string | readonly unknown[];
}
interface CompletionItem {
  readonly label: string;
  readonly labelDetails?: { readonly detail?: string; readonly description?: string };
  readonly insertText?: string;
  readonly textEdit?: { readonly newText: string };
  readonly documentation?: { readonly kind: string; readonly value: string } | string;
  readonly detail?: string;
  readonly data?: unknown;
}
interface CompletionList {
  readonly isIncomplete: boolean;
  readonly items: readonly CompletionItem[];
}
interface InlayHint {
  readonly label: string | readonly { readonly value: string }[];
  readonly position: Position;
}

/** The 0-based LSP position `delta` characters after `needle`, which must occur exactly once. */
function positionOf(text: string, needle: string, delta = 0): Position {
  const index = text.indexOf(needle);
  if (index < 0 || text.indexOf(needle, index + 1) >= 0) throw new Error(`${JSON.stringify(needle)} must occur exactly once`);
  const lines = text.slice(0, index + delta).split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1]!.length };
}

function hoverText(hover: Hover | null): string {
  if (!hover) return '';
  const { contents } = hover;
  if (typeof contents === 'string') return contents;
  if (Array.isArray(contents)) return contents.map((part) => (typeof part === 'string' ? part : (part as { value: string }).value)).join('\n');
  return (contents as { value: string }).value;
}

function filesUnder(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(directory, entry.name)) : [join(directory, entry.name)],
  );
}

describe('typescript-language-server 5.3 with the plugin in initializationOptions.plugins', () => {
  let workspace: string;
  let project: string;
  let logDirectory: string;
  let client: LspClient;

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist/src/typescript-plugin/index.js'))) throw new Error('Run `npm run build` before the end-to-end tests.');
    workspace = mkdtempSync(join(tmpdir(), 'http-status-lsp-'));
    const modules = join(workspace, 'node_modules');
    const plugin = join(modules, 'eslint-plugin-http-status');
    mkdirSync(modules);
    for (const entry of ['package.json', 'dist/package.json', 'dist/src', 'dist/rules', 'typescript-plugin']) {
      cpSync(join(ROOT, entry), join(plugin, entry), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules/http-status-codes'), join(modules, 'http-status-codes'), 'dir');
    project = join(workspace, 'project');
    cpSync(FIXTURE, project, { recursive: true });
    const tsconfig = JSON.parse(readFileSync(join(project, 'tsconfig.json'), 'utf8')) as { compilerOptions: Record<string, unknown> };
    delete tsconfig.compilerOptions.plugins;
    writeFileSync(join(project, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
    logDirectory = join(workspace, 'logs');

    client = new LspClient({ script: LANGUAGE_SERVER, cwd: project, env: { HTTP_STATUS_TS_PLUGIN_SIMULATE_FAILURE: undefined } });
    const rootUri = pathToFileURL(project).href;
    await client.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'project' }],
      capabilities: {
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { labelDetailsSupport: true, snippetSupport: false, documentationFormat: ['markdown', 'plaintext'] } },
          inlayHint: {},
        },
        workspace: { workspaceFolders: true, configuration: false },
      },
      initializationOptions: {
        plugins: [{ name: PLUGIN, location: workspace }],
        tsserver: { path: TSSERVER, logDirectory, logVerbosity: 'verbose' },
        disableAutomaticTypingAcquisition: true,
        preferences: { includeInlayParameterNameHints: 'literals' },
      },
    });
    client.notify('initialized', {});
  });

  afterAll(async () => {
    await client?.close();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  function open(file: string, text: string): string {
    const uri = pathToFileURL(join(project, 'src', file)).href;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text } });
    return uri;
  }

  it('runs the TypeScript 6 tsserver given in initializationOptions.tsserver.path', async () => {
    const message = await client.waitForNotification('window/logMessage', (params) => String((params as { message?: string }).message).startsWith('Using Typescript version'));
    expect((message.params as { message: string }).message).toBe(`Using Typescript version (user-setting) ${TYPESCRIPT_VERSION} from path "${TSSERVER}"`);
  });

  it('shows the status documentation when hovering 404 in res.status(404)', async () => {
    const text = readFileSync(join(project, 'src/status.ts'), 'utf8');
    const uri = open('status.ts', text);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'res.status(404)', 12) });
    const value = hoverText(hover);
    expect(value).toContain('404 Not Found');
    expect(value).toContain('4xx client error');
    expect(value).toContain('https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5');
  });

  it('shows TypeScript hover and the status documentation on StatusCodes.NOT_FOUND', async () => {
    const text = readFileSync(join(project, 'src/constants.ts'), 'utf8');
    const uri = open('constants.ts', text);
    const position = positionOf(text, 'NOT_FOUND', 4);
    // While the semantic server updates its project, the syntax server answers (type `any`,
    // with the status documentation already); ask again until the semantic answer comes.
    let value = '';
    for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 250))) {
      value = hoverText(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position }));
      if (value.includes('(enum member)')) break;
      expect(value).toContain('404 Not Found');
    }
    expect(value).toContain('(enum member) StatusCodes.NOT_FOUND = 404');
    expect(value).toContain('404 Not Found');
  });

  it('offers status codes with their names in res.status(|, documented on resolve', async () => {
    const base = readFileSync(join(project, 'src/completions.ts'), 'utf8');
    const text = base.replace('res.status(200);', 'res.status();');
    const uri = open('completions.ts', text);
    const result = await client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', {
      textDocument: { uri },
      position: positionOf(text, 'res.status();', 11),
      context: { triggerKind: 1 },
    });
    const items = Array.isArray(result) ? (result as CompletionItem[]) : ((result as CompletionList | null)?.items ?? []);
    const labels = items.map((candidate) => candidate.label);
    expect(labels).toEqual(expect.arrayContaining(['200', '201', '404', '500', 'res']));
    const item = items.find((candidate) => candidate.label === '404')!;
    expect(item.labelDetails?.description).toBe('Not Found');
    expect(item.textEdit?.newText ?? item.insertText).toBe('404');
    const resolved = await client.request<CompletionItem>('completionItem/resolve', item);
    expect(resolved.detail).toBe('404 Not Found');
    const documentation = typeof resolved.documentation === 'string' ? resolved.documentation : resolved.documentation?.value;
    expect(documentation).toContain('**404 Not Found** — 4xx client error');
  });

  it('adds the status name after bare status literals as inlay hints', async () => {
    const text = readFileSync(join(project, 'src/status.ts'), 'utf8');
    const uri = pathToFileURL(join(project, 'src/status.ts')).href;
    // typescript-language-server asks tsserver for hints only when one of TypeScript's own
    // inlay preferences is on: here parameter names for literals (initializationOptions).
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: positionOf(text, 'export const init', 0) },
    });
    const labels = hints.map((hint) => `${hint.position.line}:${hint.position.character} ${typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('')}`);
    const after404 = positionOf(text, '404)', 3);
    const at404 = positionOf(text, '404)');
    expect(labels).toContain(`${after404.line}:${after404.character} Not Found`);
    expect(labels).toContain(`${at404.line}:${at404.character} code:`);
  });

  /** The labels of the hints in a whole file, as `line:character label`. */
  async function hintLabels(uri: string, text: string): Promise<string[]> {
    const lines = text.split('\n');
    const end = { line: lines.length - 1, character: lines[lines.length - 1]!.length };
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end } });
    return hints.map((hint) => (typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('')));
  }

  it('asks tsserver for hints only while one of TypeScript\'s own inlay preferences is on, per language', async () => {
    const tsText = readFileSync(join(project, 'src/status.ts'), 'utf8');
    const tsUri = pathToFileURL(join(project, 'src/status.ts')).href;
    const jsText = 'const res = { status(code) { return code; } };\nres.status(404);\n';
    const jsUri = pathToFileURL(join(project, 'src/plain.js')).href;
    client.notify('textDocument/didOpen', { textDocument: { uri: jsUri, languageId: 'javascript', version: 1, text: jsText } });
    // Settings override initializationOptions.preferences, `typescript.*` for TypeScript files
    // and `javascript.*` for JavaScript ones; the ...WhenArgumentMatchesName ones alone do not count.
    const off = { includeInlayParameterNameHints: 'none', includeInlayParameterNameHintsWhenArgumentMatchesName: true, includeInlayVariableTypeHintsWhenTypeMatchesName: true };
    const enumValues = { includeInlayParameterNameHints: 'none', includeInlayEnumMemberValueHints: true };
    try {
      client.notify('workspace/didChangeConfiguration', { settings: { typescript: { inlayHints: off }, javascript: { inlayHints: off } } });
      expect(await hintLabels(tsUri, tsText)).toEqual([]);
      expect(await hintLabels(jsUri, jsText)).toEqual([]);
      // Enum member values: a TypeScript hint that shows on none of these files, only ours do.
      client.notify('workspace/didChangeConfiguration', { settings: { typescript: { inlayHints: enumValues }, javascript: { inlayHints: off } } });
      expect(await hintLabels(tsUri, tsText)).toEqual(['Not Found', 'Unauthorized', 'Created']);
      expect(await hintLabels(jsUri, jsText)).toEqual([]);
      client.notify('workspace/didChangeConfiguration', { settings: { typescript: { inlayHints: off }, javascript: { inlayHints: enumValues } } });
      expect(await hintLabels(tsUri, tsText)).toEqual([]);
      expect(await hintLabels(jsUri, jsText)).toEqual(['Not Found']);
    } finally {
      client.notify('workspace/didChangeConfiguration', { settings: {} });
    }
  });

  it('loaded the plugin into each tsserver it started, from the plugin location', () => {
    const logs = filesUnder(logDirectory).map((file) => readFileSync(file, 'utf8'));
    // The semantic server and the partial-semantic syntax server.
    expect(logs).toHaveLength(2);
    for (const log of logs) {
      expect(log).toContain(`Loading ${PLUGIN} from ${workspace} (resolved to ${join(workspace, 'node_modules')})`);
      expect(log).toContain(`[http-status] enabled (TypeScript ${TYPESCRIPT_VERSION})`);
      expect(log).not.toMatch(/\[http-status\] \w+ failed/);
    }
    expect(logs.some((log) => log.includes('--serverMode partialSemantic'))).toBe(true);
  });
});

/**
 * The packaged VS Code extension, as far as this machine can run it without VS Code: the .vsix
 * is built by scripts/package-vscode.ts, unpacked the way VS Code installs it, and tsserver is
 * started the way VS Code starts it for a contributed plugin (`--globalPlugins <name>
 * --pluginProbeLocations <extension folder>`, from a TypeScript outside the workspace, as VS
 * Code's bundled one is) on TypeScript 5.5, 5.9 and 6.0. The hovers must come from the plugin
 * inside the .vsix, on a loose file and in a project, in the semantic and in the syntax
 * (partialSemantic) server, and stop when the extension tells the plugin to stand down (what
 * it does when TypeScript 7 serves the files).
 * When the language server is part of the build, its bundle is started from the unpacked
 * extension over IPC (as the extension starts it) and over stdio (as other editors do), and
 * asked for a hover each time.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { packageExtension, unzip, type PackageResult } from '../../scripts/package-vscode';
import { TsServerClient, TsServerError } from '../../tools/tsserver-client';
import { LspClient } from './lsp-client';

const ROOT = join(__dirname, '../..');
const PLUGIN = 'eslint-plugin-http-status/typescript-plugin';
const HAS_SERVER = existsSync(join(ROOT, 'src/language-server/cli.ts'));
const VERSIONS = ['typescript-5.5', 'typescript-5.9', 'typescript'].map((pkg) => ({
  pkg,
  version: (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version,
}));

const SOURCE = `const res = { status(code: number) { return code; } };
res.status(404);
setTimeout(() => {}, 500);
`;
const JAVASCRIPT_SOURCE = `import express from 'express';
const app = express();
app.get('/', (req, res) => res.status(404).end());
`;

interface Location {
  readonly line: number;
  readonly offset: number;
}
interface QuickInfo {
  readonly displayString: string;
  readonly documentation: string | readonly { readonly text: string }[] | undefined;
}
interface ProjectInfo {
  readonly configFileName: string;
}

function plain(parts: QuickInfo['documentation']): string {
  return typeof parts === 'string' ? parts : (parts ?? []).map((part) => part.text).join('');
}

/** The 1-based line and offset `delta` characters after `needle`, which must occur once. */
function locate(text: string, needle: string, delta = 0): Location {
  const index = text.indexOf(needle);
  if (index < 0 || text.indexOf(needle, index + 1) >= 0) throw new Error(`${JSON.stringify(needle)} must occur exactly once`);
  const lines = text.slice(0, index + delta).split('\n');
  return { line: lines.length, offset: lines[lines.length - 1]!.length + 1 };
}

function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

let temporary: string;
let packaged: PackageResult;
let extensionFolder: string;

beforeAll(async () => {
  temporary = mkdtempSync(join(tmpdir(), 'http-status-vscode-'));
  packaged = await packageExtension(join(temporary, 'http-status.vsix'));
  await unzip(packaged.vsix, join(temporary, 'installed'));
  extensionFolder = join(temporary, 'installed/extension');
});

afterAll(() => {
  if (temporary) rmSync(temporary, { recursive: true, force: true });
});

describe('the .vsix', () => {
  it('holds the bundles and the plugin as a package under node_modules, and nothing of ESLint', () => {
    const paths = packaged.entries.map((entry) => entry.path);
    expect(paths).toContain('extension/dist/extension.js');
    expect(paths).toContain(`extension/node_modules/${PLUGIN}/index.js`);
    if (HAS_SERVER) expect(paths).toContain('extension/dist/server.js');
    expect(paths.filter((path) => /eslint(?!-plugin-http-status)/.test(path))).toEqual([]);
    expect(paths.filter((path) => path.endsWith('.ts') || path.endsWith('.map'))).toEqual([]);
  });

  it('contributes the plugin under its tsconfig name, for workspace TypeScript versions too', () => {
    const manifest = JSON.parse(readFileSync(join(extensionFolder, 'package.json'), 'utf8')) as {
      contributes: { typescriptServerPlugins: { name: string; enableForWorkspaceTypeScriptVersions?: boolean }[] };
    };
    expect(manifest.contributes.typescriptServerPlugins).toEqual([{ name: PLUGIN, enableForWorkspaceTypeScriptVersions: true }]);
  });

  it('ships an entry point that needs only `vscode` and Node built-ins (the language client is inside)', () => {
    const manifest = JSON.parse(readFileSync(join(extensionFolder, 'package.json'), 'utf8')) as { main: string };
    const entry = readFileSync(join(extensionFolder, manifest.main), 'utf8');
    const required = new Set([...entry.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]!));
    expect(required).toContain('vscode');
    expect([...required].filter((name) => name !== 'vscode' && !builtinModules.includes(name.replace(/^node:/, '')))).toEqual([]);
  });

  it('ships a plugin that loads no TypeScript of its own', () => {
    const plugin = readFileSync(join(extensionFolder, 'node_modules', PLUGIN, 'index.js'), 'utf8');
    expect(plugin).not.toMatch(/require\(["']typescript["']\)/);
  });
});

/** tsserver from the repository's node_modules (outside every workspace, as VS Code's bundled one is). */
function startTsserver(pkg: string, logFile: string, extraArgs: readonly string[] = []): TsServerClient {
  return new TsServerClient({
    tsserverPath: join(ROOT, 'node_modules', pkg, 'lib/tsserver.js'),
    // The plugin arguments VS Code adds for an extension's `typescriptServerPlugins`.
    args: [
      '--useInferredProjectPerProjectRoot',
      '--disableAutomaticTypingAcquisition',
      '--suppressDiagnosticEvents',
      '--globalPlugins',
      PLUGIN,
      '--pluginProbeLocations',
      extensionFolder,
      '--logVerbosity',
      'verbose',
      '--logFile',
      logFile,
      ...extraArgs,
    ],
    requestTimeout: 60_000,
  });
}

describe.each(VERSIONS)('tsserver $version ($pkg) with the plugin from the unpacked extension', ({ pkg }) => {
  let workspace: string;
  let client: TsServerClient;
  let logFile: string;
  const opened = new Set<string>();

  beforeAll(() => {
    workspace = join(temporary, `workspace-${pkg}`);
    mkdirSync(join(workspace, 'project/src'), { recursive: true });
    writeFileSync(join(workspace, 'project/tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, types: [] }, include: ['src'] }));
    writeFileSync(join(workspace, 'project/src/status.ts'), SOURCE);
    mkdirSync(join(workspace, 'listed/src'), { recursive: true });
    writeFileSync(
      join(workspace, 'listed/tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, types: [], plugins: [{ name: PLUGIN }] }, include: ['src'] }),
    );
    writeFileSync(join(workspace, 'listed/src/status.ts'), SOURCE);
    mkdirSync(join(workspace, 'loose'), { recursive: true });
    writeFileSync(join(workspace, 'loose/status.ts'), SOURCE);
    writeFileSync(join(workspace, 'loose/app.js'), JAVASCRIPT_SOURCE);
    logFile = join(workspace, 'tsserver.log');
    client = startTsserver(pkg, logFile);
  });

  afterAll(async () => {
    await client?.close();
  });

  function open(path: string, projectRoot: string): string {
    const text = readFileSync(path, 'utf8');
    if (!opened.has(path)) client.notify('open', { file: path, fileContent: text, projectRootPath: projectRoot });
    opened.add(path);
    return text;
  }

  async function hover(path: string, projectRoot: string, needle: string, delta: number): Promise<QuickInfo | undefined> {
    const text = open(path, projectRoot);
    try {
      return await client.request<QuickInfo>('quickinfo', { file: path, ...locate(text, needle, delta) });
    } catch (error) {
      if (error instanceof TsServerError && error.serverMessage === 'No content available.') return undefined;
      throw error;
    }
  }

  function log(): string {
    return existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
  }

  it('shows the status hover on a loose TypeScript file (no tsconfig)', async () => {
    const file = join(workspace, 'loose/status.ts');
    const info = await hover(file, join(workspace, 'loose'), 'res.status(404)', 12);
    expect(info?.displayString).toBe('404 Not Found');
    expect(plain(info?.documentation)).toContain('**404 Not Found**');
    const project = await client.request<ProjectInfo>('projectInfo', { file, needFileNameList: false });
    expect(project.configFileName).not.toMatch(/tsconfig\.json$/);
  });

  it('shows the status hover on a loose JavaScript file', async () => {
    const info = await hover(join(workspace, 'loose/app.js'), join(workspace, 'loose'), 'status(404)', 8);
    expect(plain(info?.documentation)).toContain('**404 Not Found**');
  });

  it('shows the status hover in a project whose tsconfig names no plugin', async () => {
    const file = join(workspace, 'project/src/status.ts');
    const info = await hover(file, join(workspace, 'project'), 'res.status(404)', 12);
    expect(plain(info?.documentation)).toContain('**404 Not Found**');
    const project = await client.request<ProjectInfo>('projectInfo', { file, needFileNameList: false });
    expect(project.configFileName).toBe(join(workspace, 'project/tsconfig.json'));
  });

  it('adds the documentation once where the tsconfig names the plugin too', async () => {
    const info = await hover(join(workspace, 'listed/src/status.ts'), join(workspace, 'listed'), 'res.status(404)', 12);
    expect(occurrences(plain(info?.documentation), '**404 Not Found**')).toBe(1);
  });

  it('loads the plugin from the extension folder and logs that it is enabled', () => {
    expect(log()).toContain(extensionFolder);
    expect(log()).toMatch(/\[http-status\] enabled \(TypeScript /);
  });

  it('stays silent on a number that is not a status', async () => {
    const info = await hover(join(workspace, 'loose/status.ts'), join(workspace, 'loose'), '500)', 1);
    expect(plain(info?.documentation)).not.toContain('Internal Server Error');
  });

  it('shows the hover from the syntax server VS Code runs beside it (partialSemantic) too', async () => {
    const syntax = startTsserver(pkg, join(workspace, 'syntax.log'), ['--serverMode', 'partialSemantic']);
    try {
      const path = join(workspace, 'loose/status.ts');
      const text = readFileSync(path, 'utf8');
      syntax.notify('open', { file: path, fileContent: text, projectRootPath: join(workspace, 'loose') });
      const info = await syntax.request<QuickInfo>('quickinfo', { file: path, ...locate(text, 'res.status(404)', 12) });
      expect(plain(info.documentation)).toContain('**404 Not Found**');
    } finally {
      await syntax.close();
    }
  });

  it('stands down when the extension configures it off, and comes back', async () => {
    const file = join(workspace, 'project/src/status.ts');
    client.notify('configurePlugin', { pluginName: PLUGIN, configuration: { hover: false, completions: false, inlayHints: false } });
    const off = await hover(file, join(workspace, 'project'), 'res.status(404)', 12);
    expect(plain(off?.documentation)).not.toContain('**404 Not Found**');
    client.notify('configurePlugin', { pluginName: PLUGIN, configuration: { hover: true, completions: true, inlayHints: true } });
    const on = await hover(file, join(workspace, 'project'), 'res.status(404)', 12);
    expect(plain(on?.documentation)).toContain('**404 Not Found**');
  });
});

/** The hover text of an LSP hover result, whichever of its shapes the server chose. */
function hoverText(result: { contents: { value: string } | string } | null): string {
  if (!result) return '';
  return typeof result.contents === 'string' ? result.contents : result.contents.value;
}

describe.runIf(HAS_SERVER)('the language server bundled in the extension', () => {
  let server: LspClient | undefined;
  let child: ChildProcess | undefined;
  let connection: MessageConnection | undefined;

  afterAll(async () => {
    await server?.close();
    connection?.dispose();
    child?.kill();
  });

  it('starts the way the extension starts it (a forked node process with --node-ipc) and answers a hover', async () => {
    const folder = join(temporary, 'ipc-workspace');
    mkdirSync(folder, { recursive: true });
    const uri = pathToFileURL(join(folder, 'app.js')).href;
    // What vscode-languageclient does for `TransportKind.ipc`: fork the module, add `--node-ipc`.
    child = fork(join(extensionFolder, 'dist/server.js'), ['--node-ipc'], { silent: true });
    connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {}, initializationOptions: { hover: true } });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text: JAVASCRIPT_SOURCE } });
    const at = locate(JAVASCRIPT_SOURCE, 'status(404)', 8);
    const result = await connection.sendRequest<{ contents: { value: string } | string } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: at.line - 1, character: at.offset - 1 },
    });
    expect(hoverText(result)).toContain('404 Not Found');
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
  });

  it('answers a hover on a status literal over stdio', async () => {
    const folder = join(temporary, 'server-workspace');
    mkdirSync(folder, { recursive: true });
    const file = join(folder, 'status.ts');
    writeFileSync(file, SOURCE);
    server = new LspClient({ script: join(extensionFolder, 'dist/server.js'), args: ['--stdio'], requestTimeout: 60_000 });
    await server.request('initialize', { processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {}, initializationOptions: {} });
    server.notify('initialized', {});
    const uri = pathToFileURL(file).href;
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text: SOURCE } });
    const at = locate(SOURCE, 'res.status(404)', 12);
    const result = await server.request<{ contents: { value: string } | string } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: at.line - 1, character: at.offset - 1 },
    });
    expect(hoverText(result)).toContain('404 Not Found');
  });
});

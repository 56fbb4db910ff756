/**
 * The extension's entry point (editors/vscode/src/extension.ts) wired to a stub `vscode` and a
 * recording language client: with TypeScript 7 active it starts the bundled server the way the
 * packaging script lays it out, over IPC, for the four JavaScript and TypeScript languages, with
 * the settings; `deactivate` stops it. The decisions themselves are tested in
 * vscode-activation.test.ts.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
// Vitest hoists the vi.mock calls below above this import, so the module sees the stubs.
import { activate, deactivate } from '../editors/vscode/src/extension';

const EXTENSION_PATH = '/extensions/http-status';

const state = vi.hoisted(() => ({
  settings: new Map<string, Record<string, unknown>>(),
  nativeInstalled: false,
  clients: [] as { id: string; name: string; serverOptions: unknown; clientOptions: Record<string, unknown>; started: number; stopped: number }[],
  logs: [] as string[],
}));

vi.mock('vscode', () => {
  const disposable = { dispose: () => undefined };
  return {
    window: {
      createOutputChannel: (_name: string, _options: unknown) => ({ info: (message: string) => state.logs.push(message), dispose: () => undefined }),
    },
    extensions: {
      getExtension: (id: string) => (id === 'TypeScriptTeam.native-preview' && state.nativeInstalled ? { isActive: true, exports: undefined, activate: () => Promise.resolve() } : undefined),
      onDidChange: () => disposable,
    },
    workspace: {
      getConfiguration: (section: string) => ({
        get: (key: string) => state.settings.get(section)?.[key],
        inspect: (key: string) => ({ globalValue: state.settings.get(section)?.[key] }),
      }),
      onDidChangeConfiguration: () => disposable,
    },
  };
});

vi.mock('vscode-languageclient/node', () => ({
  TransportKind: { stdio: 0, ipc: 1, pipe: 2, socket: 3 },
  LanguageClient: class {
    private readonly record;
    constructor(id: string, name: string, serverOptions: unknown, clientOptions: Record<string, unknown>) {
      this.record = { id, name, serverOptions, clientOptions, started: 0, stopped: 0 };
      state.clients.push(this.record);
    }
    start(): Promise<void> {
      this.record.started++;
      return Promise.resolve();
    }
    stop(): Promise<void> {
      this.record.stopped++;
      return Promise.resolve();
    }
  },
}));

function context(): { subscriptions: unknown[]; asAbsolutePath: (path: string) => string } {
  return { subscriptions: [], asAbsolutePath: (path) => join(EXTENSION_PATH, path) };
}

afterEach(async () => {
  await deactivate();
  state.settings.clear();
  state.nativeInstalled = false;
  state.clients.length = 0;
  state.logs.length = 0;
});

describe('the extension entry point', () => {
  it('starts the bundled server over IPC for JavaScript and TypeScript when TypeScript 7 is active', async () => {
    state.nativeInstalled = true;
    state.settings.set('js/ts', { 'experimental.useTsgo': true });
    state.settings.set('httpStatus', { inlayHints: false });
    await activate(context() as never);
    expect(state.clients).toHaveLength(1);
    const [client] = state.clients;
    const module = join(EXTENSION_PATH, 'dist/server.js');
    expect(client!.serverOptions).toEqual({ run: { module, transport: 1 }, debug: { module, transport: 1 } });
    expect(client!.clientOptions.initializationOptions).toEqual({ hover: true, completions: true, inlayHints: false, headers: {} });
    expect(client!.clientOptions.synchronize).toEqual({ configurationSection: 'httpStatus' });
    const languages = (client!.clientOptions.documentSelector as { scheme: string; language: string }[]).map((entry) => `${entry.scheme}:${entry.language}`);
    expect(languages.sort()).toEqual(
      ['javascript', 'javascriptreact', 'typescript', 'typescriptreact'].flatMap((language) => [`file:${language}`, `untitled:${language}`]).sort(),
    );
    expect(client!.started).toBe(1);
    await deactivate();
    expect(client!.stopped).toBe(1);
  });

  it('starts no server with VS Code’s own TypeScript, and says which front end it chose', async () => {
    await activate(context() as never);
    expect(state.clients).toEqual([]);
    expect(state.logs).toContain('using the TypeScript plugin in tsserver');
  });
});

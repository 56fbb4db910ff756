/**
 * The VS Code extension's activation logic (editors/vscode/src/activation.ts) against a stub
 * of the `vscode` API: which front end runs for which editor state, what the plugin is told,
 * and how both follow changes of the settings and of the installed extensions.
 */
import { describe, expect, it } from 'vitest';
import {
  Activation,
  NATIVE_TYPESCRIPT_EXTENSION,
  PLUGIN_NAME,
  TYPESCRIPT_FEATURES_EXTENSION,
  nativeTypeScriptActive,
  readSettings,
  type ActivationHost,
  type ClientLike,
  type Disposable,
  type ExtensionLike,
  type StatusSettings,
} from '../editors/vscode/src/activation';

type Listener<Event> = (event: Event) => unknown;

/** A client that records its life; `failStart` makes `start` reject like a server that cannot spawn. */
class StubClient implements ClientLike {
  started = 0;
  stopped = 0;
  constructor(
    readonly settings: StatusSettings,
    private readonly failStart: boolean,
  ) {}
  start(): Promise<void> {
    this.started++;
    return this.failStart ? Promise.reject(new Error('spawn failed')) : Promise.resolve();
  }
  stop(): Promise<void> {
    this.stopped++;
    return Promise.resolve();
  }
  get running(): boolean {
    return this.started > this.stopped;
  }
}

interface StubOptions {
  readonly nativeInstalled?: boolean;
  readonly settings?: Record<string, Record<string, unknown>>;
  /** `false`: VS Code's TypeScript extension is missing (disabled by the user). */
  readonly typescriptFeatures?: boolean;
  readonly failStart?: boolean;
}

/** A stand-in for the parts of `vscode` the activation logic uses, with knobs to change its state. */
class StubVscode {
  readonly clients: StubClient[] = [];
  readonly pluginConfigurations: { pluginId: string; configuration: unknown }[] = [];
  readonly logs: string[] = [];
  featuresActivations = 0;
  private nativeInstalled: boolean;
  private readonly settings: Map<string, Record<string, unknown>>;
  private readonly configurationListeners = new Set<Listener<{ affectsConfiguration(section: string): boolean }>>();
  private readonly extensionListeners = new Set<Listener<void>>();
  private featuresActive = false;

  constructor(private readonly options: StubOptions = {}) {
    this.nativeInstalled = options.nativeInstalled ?? false;
    this.settings = new Map(Object.entries(options.settings ?? {}));
  }

  get listenerCount(): number {
    return this.configurationListeners.size + this.extensionListeners.size;
  }

  host(): ActivationHost {
    return {
      extensions: {
        getExtension: (id) => this.extension(id),
        onDidChange: (listener) => this.subscribe(this.extensionListeners, listener),
      },
      workspace: {
        getConfiguration: (section) => ({
          get: <T>(key: string) => this.settings.get(section)?.[key] as T | undefined,
          inspect: (key: string) => ({ globalValue: this.settings.get(section)?.[key] }),
        }),
        onDidChangeConfiguration: (listener) => this.subscribe(this.configurationListeners, listener),
      },
      createClient: (settings) => {
        const client = new StubClient(settings, this.options.failStart ?? false);
        this.clients.push(client);
        return client;
      },
      log: (message) => this.logs.push(message),
    };
  }

  /** Changes one setting and fires the event VS Code fires, for `section.key` and its parents. */
  set(section: string, key: string, value: unknown): void {
    this.settings.set(section, { ...this.settings.get(section), [key]: value });
    const changed = `${section}.${key}`;
    const event = { affectsConfiguration: (query: string) => changed === query || changed.startsWith(`${query}.`) };
    for (const listener of this.configurationListeners) listener(event);
  }

  setNativeInstalled(installed: boolean): void {
    this.nativeInstalled = installed;
    for (const listener of this.extensionListeners) listener();
  }

  running(): StubClient[] {
    return this.clients.filter((client) => client.running);
  }

  lastPluginConfiguration(): unknown {
    return this.pluginConfigurations.at(-1)?.configuration;
  }

  private extension(id: string): ExtensionLike | undefined {
    if (id === NATIVE_TYPESCRIPT_EXTENSION) return this.nativeInstalled ? { isActive: true, exports: undefined, activate: () => Promise.resolve(undefined) } : undefined;
    if (id !== TYPESCRIPT_FEATURES_EXTENSION || this.options.typescriptFeatures === false) return undefined;
    const exports = { getAPI: (version: number) => (version === 0 ? { configurePlugin: (pluginId: string, configuration: unknown) => this.pluginConfigurations.push({ pluginId, configuration }) } : undefined) };
    return {
      isActive: this.featuresActive,
      exports: this.featuresActive ? exports : undefined,
      activate: () => {
        this.featuresActivations++;
        this.featuresActive = true;
        return Promise.resolve(exports);
      },
    };
  }

  private subscribe<Event>(listeners: Set<Listener<Event>>, listener: Listener<Event>): Disposable {
    listeners.add(listener);
    return { dispose: () => listeners.delete(listener) };
  }
}

const ALL_ON = { hover: true, completions: true, inlayHints: true, headers: {} };
const ALL_OFF = { hover: false, completions: false, inlayHints: false, headers: {} };
const NATIVE_ON = { 'js/ts': { 'experimental.useTsgo': true } };

async function started(stub: StubVscode): Promise<Activation> {
  const activation = new Activation(stub.host());
  await activation.start();
  return activation;
}

/** Lets the refreshes the change events queued finish. */
async function settled(activation: Activation): Promise<void> {
  await activation.settled();
}

describe('nativeTypeScriptActive', () => {
  it.each([
    ['the extension is installed and js/ts.experimental.useTsgo is on', true, { 'js/ts': { 'experimental.useTsgo': true } }, true],
    ['the extension is installed and the older typescript.experimental.useTsgo is on', true, { typescript: { 'experimental.useTsgo': true } }, true],
    ['the extension is installed but the switch is off', true, { 'js/ts': { 'experimental.useTsgo': false } }, false],
    ['the extension is installed and the switch is unset', true, {}, false],
    ['the switch is on but the extension is not installed', false, { 'js/ts': { 'experimental.useTsgo': true } }, false],
    ['the switch holds a string, not true', true, { 'js/ts': { 'experimental.useTsgo': 'true' } }, false],
  ])('is %s → %s', (_label, nativeInstalled, settings, expected) => {
    expect(nativeTypeScriptActive(new StubVscode({ nativeInstalled, settings }).host())).toBe(expected);
  });
});

describe('readSettings', () => {
  it('defaults every setting to on, set by nobody', () => {
    expect(readSettings(new StubVscode().host().workspace)).toEqual({ settings: ALL_ON, userSet: false, problems: [] });
  });

  it('says when the user set one, even to its default', () => {
    expect(readSettings(new StubVscode({ settings: { httpStatus: { hover: true } } }).host().workspace).userSet).toBe(true);
  });

  it('keeps the default for a value that is not a boolean, naming the setting', () => {
    const stub = new StubVscode({ settings: { httpStatus: { hover: 'no', inlayHints: false } } });
    const { settings, userSet, problems } = readSettings(stub.host().workspace);
    expect(settings).toEqual({ ...ALL_ON, inlayHints: false });
    expect(userSet).toBe(true);
    expect(problems).toEqual(['setting httpStatus: option "hover" must be true or false, got "no"; its default is kept']);
  });

  it('reads the project\'s header requirements, and keeps none for a malformed value', () => {
    const configured = readSettings(new StubVscode({ settings: { httpStatus: { headers: { '202': ['Location'] } } } }).host().workspace);
    expect(configured.settings.headers).toEqual({ '202': ['Location'] });
    expect(configured.problems).toEqual([]);
    const malformed = readSettings(new StubVscode({ settings: { httpStatus: { headers: { '202': 'Location' } } } }).host().workspace);
    expect(malformed.settings.headers).toEqual({});
    expect(malformed.problems).toHaveLength(1);
    expect(malformed.problems[0]).toMatch(/^setting httpStatus: .*headers.*; its default is kept$/);
  });
});

describe('Activation', () => {
  it('with VS Code’s TypeScript and no httpStatus setting: no language server, the plugin keeps its tsconfig options', async () => {
    const stub = new StubVscode();
    const activation = await started(stub);
    expect(activation.mode).toBe('tsserver-plugin');
    expect(stub.clients).toEqual([]);
    expect(stub.pluginConfigurations).toEqual([]);
    expect(stub.featuresActivations).toBe(0);
  });

  it('with VS Code’s TypeScript and a setting set: no language server, the plugin gets the settings', async () => {
    const stub = new StubVscode({ settings: { httpStatus: { inlayHints: false } } });
    const activation = await started(stub);
    expect(activation.mode).toBe('tsserver-plugin');
    expect(stub.clients).toEqual([]);
    expect(stub.pluginConfigurations).toEqual([{ pluginId: PLUGIN_NAME, configuration: { ...ALL_ON, inlayHints: false } }]);
    expect(stub.featuresActivations).toBe(1);
  });

  it('with TypeScript 7 active: starts one language server with the settings and turns the plugin off', async () => {
    const stub = new StubVscode({ nativeInstalled: true, settings: { ...NATIVE_ON, httpStatus: { completions: false } } });
    const activation = await started(stub);
    expect(activation.mode).toBe('language-server');
    expect(stub.running()).toHaveLength(1);
    expect(stub.running()[0]!.settings).toEqual({ ...ALL_ON, completions: false });
    expect(stub.lastPluginConfiguration()).toEqual(ALL_OFF);
  });

  it('switches to the language server when the TypeScript 7 switch is turned on, and back when it is turned off', async () => {
    const stub = new StubVscode({ nativeInstalled: true });
    const activation = await started(stub);
    expect(stub.running()).toHaveLength(0);

    stub.set('js/ts', 'experimental.useTsgo', true);
    await settled(activation);
    expect(activation.mode).toBe('language-server');
    expect(stub.running()).toHaveLength(1);
    expect(stub.lastPluginConfiguration()).toEqual(ALL_OFF);

    stub.set('js/ts', 'experimental.useTsgo', false);
    await settled(activation);
    expect(activation.mode).toBe('tsserver-plugin');
    expect(stub.running()).toHaveLength(0);
    expect(stub.clients[0]!.stopped).toBe(1);
    expect(stub.lastPluginConfiguration()).toEqual(ALL_ON);
  });

  it('follows the TypeScript 7 extension being installed and removed', async () => {
    const stub = new StubVscode({ settings: NATIVE_ON });
    const activation = await started(stub);
    expect(stub.running()).toHaveLength(0);
    stub.setNativeInstalled(true);
    await settled(activation);
    expect(stub.running()).toHaveLength(1);
    stub.setNativeInstalled(false);
    await settled(activation);
    expect(stub.running()).toHaveLength(0);
    expect(activation.mode).toBe('tsserver-plugin');
  });

  it('keeps the running language server when a setting changes (the client forwards it over LSP)', async () => {
    const stub = new StubVscode({ nativeInstalled: true, settings: NATIVE_ON });
    const activation = await started(stub);
    stub.set('editor', 'fontSize', 14);
    stub.set('httpStatus', 'hover', false);
    await settled(activation);
    expect(stub.clients).toHaveLength(1);
    expect(stub.running()).toHaveLength(1);
    // The plugin stays off all along: it was told once.
    expect(stub.pluginConfigurations).toEqual([{ pluginId: PLUGIN_NAME, configuration: ALL_OFF }]);
  });

  it('starts the language server with the settings in force when TypeScript 7 is switched on', async () => {
    const stub = new StubVscode({ nativeInstalled: true, settings: { httpStatus: { hover: false } } });
    const activation = await started(stub);
    stub.set('typescript', 'experimental.useTsgo', true);
    await settled(activation);
    expect(stub.running().map((client) => client.settings)).toEqual([{ ...ALL_ON, hover: false }]);
  });

  it('passes a changed setting to the plugin without starting a server', async () => {
    const stub = new StubVscode({ settings: { httpStatus: { hover: true } } });
    const activation = await started(stub);
    stub.set('httpStatus', 'completions', false);
    await settled(activation);
    expect(stub.clients).toEqual([]);
    expect(stub.pluginConfigurations.map((entry) => entry.configuration)).toEqual([ALL_ON, { ...ALL_ON, completions: false }]);
  });

  it('configures the plugin once the user sets a setting', async () => {
    const stub = new StubVscode();
    const activation = await started(stub);
    stub.set('httpStatus', 'inlayHints', false);
    await settled(activation);
    expect(stub.pluginConfigurations.map((entry) => entry.configuration)).toEqual([{ ...ALL_ON, inlayHints: false }]);
  });

  it('never runs two servers, however fast the changes come', async () => {
    const stub = new StubVscode({ nativeInstalled: true });
    const activation = await started(stub);
    stub.set('js/ts', 'experimental.useTsgo', true);
    stub.set('js/ts', 'experimental.useTsgo', false);
    stub.set('js/ts', 'experimental.useTsgo', true);
    stub.setNativeInstalled(true);
    await settled(activation);
    expect(stub.running()).toHaveLength(1);
    expect(stub.clients).toHaveLength(1);
  });

  it('logs and carries on when the server cannot start, and tries again on the next change', async () => {
    const stub = new StubVscode({ nativeInstalled: true, settings: NATIVE_ON, failStart: true });
    const activation = await started(stub);
    expect(activation.clientRunning).toBe(false);
    expect(stub.logs).toContain('the language server did not start: spawn failed');
    stub.set('httpStatus', 'hover', false);
    await settled(activation);
    expect(stub.clients).toHaveLength(2);
  });

  it('works without VS Code’s TypeScript extension, saying why the plugin is not configured', async () => {
    const stub = new StubVscode({ typescriptFeatures: false, settings: { httpStatus: { hover: false } } });
    const activation = await started(stub);
    expect(activation.mode).toBe('tsserver-plugin');
    expect(stub.pluginConfigurations).toEqual([]);
    expect(stub.logs.some((line) => line.startsWith(`${TYPESCRIPT_FEATURES_EXTENSION} is not available`))).toBe(true);
  });

  it('reports a malformed setting in the log and uses the default', async () => {
    const stub = new StubVscode({ settings: { httpStatus: { inlayHints: 1 } } });
    await started(stub);
    expect(stub.lastPluginConfiguration()).toEqual(ALL_ON);
    expect(stub.logs).toContain('setting httpStatus: option "inlayHints" must be true or false, got 1; its default is kept');
  });

  it('stops the server and its listeners on dispose', async () => {
    const stub = new StubVscode({ nativeInstalled: true, settings: NATIVE_ON });
    const activation = await started(stub);
    expect(stub.listenerCount).toBe(2);
    await activation.dispose();
    expect(stub.running()).toHaveLength(0);
    expect(stub.listenerCount).toBe(0);
  });
});

/**
 * Which of the two front ends serves JavaScript and TypeScript in VS Code, decided from the
 * editor's state alone. VS Code's built-in TypeScript support runs tsserver, which loads the
 * plugin this extension contributes; when the TypeScript 7 extension has taken over (the
 * `experimental.useTsgo` switch with `TypeScriptTeam.native-preview` installed), tsserver no
 * longer serves these files and no plugin can load, so the language server runs instead.
 * Exactly one of them is on at any time, so a hover never shows the status twice.
 *
 * The module sees VS Code only through the small interfaces below, so that tests can drive
 * it with a stub; `extension.ts` passes the real `vscode` namespace.
 */
import { DEFAULT_OPTIONS, readOptions, type PluginOptions } from '../../../src/typescript-plugin/options';

/** The extension id of TypeScript 7's VS Code extension (published as "TypeScript (Native Preview)"). */
export const NATIVE_TYPESCRIPT_EXTENSION = 'TypeScriptTeam.native-preview';
/** VS Code's built-in TypeScript support, whose API forwards plugin configuration to tsserver. */
export const TYPESCRIPT_FEATURES_EXTENSION = 'vscode.typescript-language-features';
/** The name the plugin is contributed and configured under; the same as its tsconfig entry. */
export const PLUGIN_NAME = 'eslint-plugin-http-status/typescript-plugin';
/** This extension's settings, read by the plugin and the language server alike. */
export const SETTINGS_SECTION = 'httpStatus';
/** The switch that hands JavaScript and TypeScript to TypeScript 7, under its current and its older section. */
export const NATIVE_SWITCH_SECTIONS = ['js/ts', 'typescript'] as const;
export const NATIVE_SWITCH_KEY = 'experimental.useTsgo';

/** The settings both front ends read: the plugin's options, under the `httpStatus` section. */
export type StatusSettings = PluginOptions;

/** What the plugin is told while the language server answers instead. */
const PLUGIN_OFF: StatusSettings = { ...DEFAULT_OPTIONS, hover: false, completions: false, inlayHints: false };
const SETTING_NAMES = Object.keys(DEFAULT_OPTIONS) as (keyof StatusSettings)[];

export interface Disposable {
  dispose(): unknown;
}

export interface ExtensionLike {
  readonly isActive: boolean;
  readonly exports: unknown;
  activate(): PromiseLike<unknown>;
}

export interface ExtensionsLike {
  getExtension(id: string): ExtensionLike | undefined;
  readonly onDidChange: (listener: () => unknown) => Disposable;
}

/** Where a setting is set; VS Code's `get` answers the contributed default when it is set nowhere. */
export interface SettingScopes {
  readonly globalValue?: unknown;
  readonly workspaceValue?: unknown;
  readonly workspaceFolderValue?: unknown;
}

export interface ConfigurationLike {
  get<T>(key: string): T | undefined;
  inspect(key: string): SettingScopes | undefined;
}

export interface WorkspaceLike {
  getConfiguration(section: string): ConfigurationLike;
  readonly onDidChangeConfiguration: (listener: (event: { affectsConfiguration(section: string): boolean }) => unknown) => Disposable;
}

/** The part of a language client this module drives. */
export interface ClientLike {
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface ActivationHost {
  readonly extensions: ExtensionsLike;
  readonly workspace: WorkspaceLike;
  /** Makes a client for the language server that starts with these settings. */
  readonly createClient: (settings: StatusSettings) => ClientLike;
  readonly log: (message: string) => void;
}

/** What the built-in TypeScript extension's `getAPI(0)` offers that is used here. */
interface TypeScriptFeaturesApi {
  configurePlugin(pluginId: string, configuration: unknown): void;
}

export type Mode = 'tsserver-plugin' | 'language-server';

/** True when TypeScript 7's extension is installed and switched on for JavaScript and TypeScript. */
export function nativeTypeScriptActive(host: Pick<ActivationHost, 'extensions' | 'workspace'>): boolean {
  if (!host.extensions.getExtension(NATIVE_TYPESCRIPT_EXTENSION)) return false;
  return NATIVE_SWITCH_SECTIONS.some((section) => host.workspace.getConfiguration(section).get<unknown>(NATIVE_SWITCH_KEY) === true);
}

function isSet(scopes: SettingScopes | undefined): boolean {
  return scopes !== undefined && [scopes.globalValue, scopes.workspaceValue, scopes.workspaceFolderValue].some((value) => value !== undefined);
}

/** The values set under `httpStatus`, leaving out those set nowhere (VS Code answers `null` for an object setting's empty default). */
function setValues(configuration: ConfigurationLike): Record<string, unknown> {
  const entries = SETTING_NAMES.map((name) => [name, configuration.get<unknown>(name)] as const);
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined && value !== null));
}

/**
 * The `httpStatus.*` settings, checked by the plugin's own option reader: a malformed value
 * keeps its default and is reported. `userSet` says whether the user set any of them, in any scope.
 */
export function readSettings(workspace: WorkspaceLike): { settings: StatusSettings; userSet: boolean; problems: string[] } {
  const configuration = workspace.getConfiguration(SETTINGS_SECTION);
  const { options, problems } = readOptions(setValues(configuration));
  const userSet = SETTING_NAMES.some((name) => isSet(configuration.inspect(name)));
  return { settings: options, userSet, problems: problems.map((problem) => `setting ${SETTINGS_SECTION}: ${problem}; its default is kept`) };
}

function sameSettings(left: StatusSettings, right: StatusSettings): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isTypeScriptFeaturesApi(value: unknown): value is TypeScriptFeaturesApi {
  return typeof value === 'object' && value !== null && typeof (value as TypeScriptFeaturesApi).configurePlugin === 'function';
}

/** Hands the plugin its configuration through the built-in TypeScript extension; never throws. */
export async function configurePlugin(host: Pick<ActivationHost, 'extensions' | 'log'>, settings: StatusSettings): Promise<boolean> {
  try {
    const features = host.extensions.getExtension(TYPESCRIPT_FEATURES_EXTENSION);
    if (!features) {
      host.log(`${TYPESCRIPT_FEATURES_EXTENSION} is not available; the TypeScript plugin keeps its tsconfig options`);
      return false;
    }
    const exported = features.isActive ? features.exports : await features.activate();
    const getApi = (exported as { getAPI?: (version: number) => unknown } | undefined)?.getAPI;
    const api = typeof getApi === 'function' ? getApi(0) : undefined;
    if (!isTypeScriptFeaturesApi(api)) {
      host.log(`${TYPESCRIPT_FEATURES_EXTENSION} offers no configurePlugin API; the TypeScript plugin keeps its tsconfig options`);
      return false;
    }
    api.configurePlugin(PLUGIN_NAME, settings);
    return true;
  } catch (error) {
    host.log(`configuring the TypeScript plugin failed: ${describeError(error)}`);
    return false;
  }
}

/** The running state of the extension; `refresh` brings it in line with the editor's state. */
export class Activation implements Disposable {
  private client: ClientLike | undefined;
  private currentMode: Mode | undefined;
  private pluginSettings: StatusSettings | undefined;
  /** Refreshes run one after another, so that a quick series of changes cannot start two clients. */
  private queue: Promise<void> = Promise.resolve();
  private readonly subscriptions: Disposable[] = [];

  constructor(private readonly host: ActivationHost) {}

  get mode(): Mode | undefined {
    return this.currentMode;
  }

  get clientRunning(): boolean {
    return this.client !== undefined;
  }

  /** Decides once and then follows setting and extension changes. */
  start(): Promise<void> {
    this.subscriptions.push(
      this.host.workspace.onDidChangeConfiguration((event) => {
        const relevant = [SETTINGS_SECTION, ...NATIVE_SWITCH_SECTIONS.map((section) => `${section}.${NATIVE_SWITCH_KEY}`)];
        if (relevant.some((section) => event.affectsConfiguration(section))) void this.refresh();
      }),
      this.host.extensions.onDidChange(() => void this.refresh()),
    );
    return this.refresh();
  }

  /** Resolves when every change seen so far has been applied. */
  settled(): Promise<void> {
    return this.queue;
  }

  refresh(): Promise<void> {
    this.queue = this.queue.then(() => this.apply()).catch((error: unknown) => this.host.log(`could not apply the settings: ${describeError(error)}`));
    return this.queue;
  }

  /** Stops the language server, if it runs; for the extension's `deactivate`. */
  async dispose(): Promise<void> {
    for (const subscription of this.subscriptions.splice(0)) subscription.dispose();
    await this.queue;
    await this.stopClient();
  }

  private async apply(): Promise<void> {
    const { settings, userSet, problems } = readSettings(this.host.workspace);
    for (const problem of problems) this.host.log(problem);
    const mode: Mode = nativeTypeScriptActive(this.host) ? 'language-server' : 'tsserver-plugin';
    if (mode !== this.currentMode) this.host.log(mode === 'language-server' ? 'TypeScript 7 is active: using the language server' : 'using the TypeScript plugin in tsserver');
    this.currentMode = mode;
    if (mode === 'language-server') {
      await this.tellPlugin(PLUGIN_OFF);
      await this.ensureClient(settings);
    } else {
      await this.stopClient();
      // Until the user sets something (or the plugin was told to stand down), the options of a
      // tsconfig entry stay in force: `configurePlugin` would replace them for every project.
      if (userSet || this.pluginSettings) await this.tellPlugin(settings);
    }
  }

  private async tellPlugin(settings: StatusSettings): Promise<void> {
    if (this.pluginSettings && sameSettings(this.pluginSettings, settings)) return;
    if (await configurePlugin(this.host, settings)) this.pluginSettings = settings;
  }

  /**
   * The server gets the settings in `initializationOptions` when it starts; later changes reach
   * it over LSP (the client forwards the `httpStatus` section), so a running server is kept.
   */
  private async ensureClient(settings: StatusSettings): Promise<void> {
    if (this.client) return;
    const client = this.host.createClient(settings);
    try {
      await client.start();
    } catch (error) {
      this.host.log(`the language server did not start: ${describeError(error)}`);
      // Releases whatever the half-started client holds; the next change tries again.
      await client.stop().catch(() => undefined);
      return;
    }
    this.client = client;
  }

  private async stopClient(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    try {
      await client.stop();
    } catch (error) {
      this.host.log(`stopping the language server failed: ${describeError(error)}`);
    }
  }
}

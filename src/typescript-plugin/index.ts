/**
 * The TypeScript language-service plugin. tsserver loads it with `require` and calls the
 * exported factory with its own `typescript` module, which is the only one used here.
 * Each wrapped method falls back to TypeScript's own answer on any exception.
 */
import type * as ts from 'typescript';
import { statusCompletionDetails, statusCompletions, statusInlayHints, statusQuickInfo } from './features';
import { readOptions, type PluginOptions } from './options';

type TS = typeof ts;

const LOG_PREFIX = '[http-status]';
/** Lets the end-to-end tests prove the fallback; names the hook that should throw. */
const FAILURE_VARIABLE = 'HTTP_STATUS_TS_PLUGIN_SIMULATE_FAILURE';

/** Language-service plugins exist from TypeScript 5.x on; version 7's native compiler has none. */
function supportsPlugins(tsModule: TS): boolean {
  const major = Number(String(tsModule.version ?? '0').split('.')[0]);
  return major >= 4 && major < 7 && typeof tsModule.forEachChild === 'function';
}

interface PluginState {
  options: PluginOptions;
}

function createLogger(info: ts.server.PluginCreateInfo): (message: string) => void {
  return (message) => {
    try {
      info.project.projectService.logger.info(`${LOG_PREFIX} ${message}`);
    } catch {
      // A logger that fails must not take the editor down with it.
    }
  };
}

function guarded<Args extends unknown[], Result>(
  name: string,
  log: (message: string) => void,
  original: (...args: Args) => Result,
  enhance: (result: Result, ...args: Args) => Result,
): (...args: Args) => Result {
  // Read once per project: `process.env` is a native lookup on every access, and every hover would pay it.
  const simulateFailure = process.env[FAILURE_VARIABLE] === name;
  return (...args: Args) => {
    const result = original(...args);
    try {
      if (simulateFailure) throw new Error(`simulated failure in ${name}`);
      return enhance(result, ...args);
    } catch (error) {
      log(`${name} failed, returning TypeScript's own result: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      return result;
    }
  };
}

function decorate(tsModule: TS, info: ts.server.PluginCreateInfo, state: PluginState): ts.LanguageService {
  const service = info.languageService;
  const log = createLogger(info);
  const proxy: ts.LanguageService = Object.create(null);
  for (const key of Object.keys(service) as (keyof ts.LanguageService)[]) {
    const member = service[key];
    (proxy as unknown as Record<string, unknown>)[key] = typeof member === 'function' ? member.bind(service) : member;
  }
  const sourceFile = (fileName: string) => service.getProgram()?.getSourceFile(fileName);

  proxy.getQuickInfoAtPosition = guarded('getQuickInfoAtPosition', log, service.getQuickInfoAtPosition.bind(service), (result, fileName, position) => {
    const file = state.options.hover ? sourceFile(fileName) : undefined;
    return file ? statusQuickInfo(tsModule, file, position, result, state.options.headers) : result;
  });

  proxy.getCompletionsAtPosition = guarded('getCompletionsAtPosition', log, service.getCompletionsAtPosition.bind(service), (result, fileName, position) => {
    const file = state.options.completions ? sourceFile(fileName) : undefined;
    const entries = file ? statusCompletions(tsModule, file, position) : undefined;
    if (!entries || entries.length === 0) return result;
    if (!result) return { isGlobalCompletion: false, isMemberCompletion: false, isNewIdentifierLocation: false, entries };
    const ours = new Set(entries.map((entry) => entry.name));
    return { ...result, entries: [...entries, ...result.entries.filter((entry) => !ours.has(entry.name))] };
  });

  proxy.getCompletionEntryDetails = guarded(
    'getCompletionEntryDetails',
    log,
    service.getCompletionEntryDetails.bind(service),
    (result, _fileName, _position, entryName) => result ?? statusCompletionDetails(tsModule, entryName, state.options.headers),
  );

  if (typeof service.provideInlayHints === 'function') {
    proxy.provideInlayHints = guarded('provideInlayHints', log, service.provideInlayHints.bind(service), (result, fileName, span) => {
      const file = state.options.inlayHints ? sourceFile(fileName) : undefined;
      return file ? [...result, ...statusInlayHints(tsModule, file, span)] : result;
    });
  }
  return proxy;
}

function init(modules: { typescript: TS }): ts.server.PluginModule {
  const tsModule = modules.typescript;
  // One state per project: each starts from its tsconfig entry; `configurePlugin` replaces
  // them all, as tsserver also hands the last configuration to projects opened later.
  const states: PluginState[] = [];
  let log: (message: string) => void = () => {};
  return {
    create(info) {
      log = createLogger(info);
      if (!supportsPlugins(tsModule)) {
        log(`TypeScript ${String(tsModule.version)} has no plugin API this plugin can use; doing nothing.`);
        return info.languageService;
      }
      const { options, problems } = readOptions(info.config);
      if (problems.length > 0) log(`ignoring malformed options: ${problems.join('; ')}`);
      const state: PluginState = { options };
      states.push(state);
      log(`enabled (TypeScript ${tsModule.version})`);
      return decorate(tsModule, info, state);
    },
    onConfigurationChanged(config) {
      const { options, problems } = readOptions(config);
      if (problems.length > 0) log(`ignoring malformed options: ${problems.join('; ')}`);
      for (const state of states) state.options = options;
    },
  };
}

export = init;

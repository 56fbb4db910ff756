/**
 * The language server: hovers, completions (resolved lazily) and inlay hints for status codes
 * in JavaScript and TypeScript files, from the same feature functions as the tsserver plugin,
 * run on the server's own TypeScript 6 parser. Every handler answers empty and logs when
 * something fails inside it: a file must never take the server down.
 */
import {
  TextDocumentSyncKind,
  TextDocuments,
  type CompletionItem,
  type CompletionList,
  type Connection,
  type Hover,
  type InitializeResult,
  type InlayHint,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { statusCompletionDetails, statusCompletions, statusInlayHints, statusQuickInfo } from '../typescript-plugin/features';
import { DEFAULT_OPTIONS, readOptions, type PluginOptions } from '../typescript-plugin/options';
import { isCompletionData, spanOf, toCompletionItem, toHover, toInlayHint, withDetails } from './convert';
import { ParsedDocuments, type ParseEvent } from './parsed-documents';
import { readInitializationOptions, sectionOf, SETTINGS_SECTION, type ReadSettings } from './settings';
import { tsModule } from './typescript';

/** Lets the tests prove the guard: names the request (`hover`, `completion`, …) that should throw. */
const FAILURE_VARIABLE = 'HTTP_STATUS_LANGUAGE_SERVER_SIMULATE_FAILURE';
/** Set to log how long each parse takes (the benchmark reads these lines). */
const TIMINGS_VARIABLE = 'HTTP_STATUS_LANGUAGE_SERVER_LOG_TIMINGS';

const LOG_PREFIX = '[http-status]';

type Logger = Connection['console'];

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Runs a handler; on any exception logs it and gives the empty answer. */
function guarded<Params extends unknown[], Result>(name: string, console: Logger, empty: Result, handler: (...params: Params) => Result): (...params: Params) => Result {
  return (...params: Params) => {
    try {
      if (process.env[FAILURE_VARIABLE] === name) throw new Error(`simulated failure in ${name}`);
      return handler(...params);
    } catch (error) {
      console.error(`${LOG_PREFIX} ${name} failed, answering empty: ${describeError(error)}`);
      return empty;
    }
  };
}

function logParse(console: Logger, event: ParseEvent): void {
  console.log(`${LOG_PREFIX} parsed ${event.uri} v${event.version} (${event.incremental ? 'incremental' : 'full'}, ${event.length} characters) in ${event.milliseconds.toFixed(2)} ms`);
}

class ServerState {
  options: PluginOptions = DEFAULT_OPTIONS;
  canPullConfiguration = false;
  canRefreshInlayHints = false;

  constructor(private readonly console: Logger) {}

  apply(settings: ReadSettings, origin: string): void {
    if (settings.problems.length > 0) this.console.warn(`${LOG_PREFIX} ignoring malformed ${origin}: ${settings.problems.join('; ')}`);
    this.options = settings.options;
  }
}

/** Serves one client on the given connection; the caller has created it (stdio, IPC or a socket). */
export function startLanguageServer(connection: Connection): void {
  const console = connection.console;
  const state = new ServerState(console);
  const documents = new TextDocuments(TextDocument);
  const timings = process.env[TIMINGS_VARIABLE] === '1';
  const parsed = new ParsedDocuments(timings ? (event) => logParse(console, event) : undefined);

  /** The tree of an open document, or `undefined` (unknown, not JavaScript or TypeScript, skipped). */
  const sourceFileOf = (uri: string) => {
    const document = documents.get(uri);
    if (!document) return undefined;
    const result = parsed.get(document);
    if (result.kind === 'skipped' && result.firstTime) console.info(`${LOG_PREFIX} not reading ${uri}: it looks ${result.reason === 'binary' ? 'binary' : 'too large'}`);
    return result.kind === 'parsed' ? { document, sourceFile: result.sourceFile } : undefined;
  };

  connection.onInitialize((params): InitializeResult => {
    try {
      state.apply(readInitializationOptions(params.initializationOptions), 'initializationOptions');
    } catch (error) {
      console.error(`${LOG_PREFIX} could not read initializationOptions: ${describeError(error)}`);
    }
    state.canPullConfiguration = params.capabilities.workspace?.configuration === true;
    state.canRefreshInlayHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { resolveProvider: true, triggerCharacters: ['(', ' ', ':'] },
        inlayHintProvider: true,
      },
      serverInfo: { name: 'http-status-language-server' },
    };
  });

  const refreshInlayHints = () => {
    if (state.canRefreshInlayHints) connection.languages.inlayHint.refresh().catch((error: unknown) => console.warn(`${LOG_PREFIX} inlay hint refresh failed: ${describeError(error)}`));
  };

  const pullConfiguration = async () => {
    try {
      state.apply(readOptions(await connection.workspace.getConfiguration(SETTINGS_SECTION)), `"${SETTINGS_SECTION}" settings`);
      refreshInlayHints();
    } catch (error) {
      console.error(`${LOG_PREFIX} could not read the "${SETTINGS_SECTION}" settings: ${describeError(error)}`);
    }
  };

  connection.onDidChangeConfiguration(
    guarded('didChangeConfiguration', console, undefined, (params) => {
      const section = sectionOf(params.settings);
      if (section.found) {
        state.apply(readOptions(section.value), `"${SETTINGS_SECTION}" settings`);
        refreshInlayHints();
      } else if (state.canPullConfiguration) {
        void pullConfiguration();
      }
    }),
  );

  connection.onHover(
    guarded('hover', console, null, (params): Hover | null => {
      if (!state.options.hover) return null;
      const open = sourceFileOf(params.textDocument.uri);
      if (!open) return null;
      const info = statusQuickInfo(tsModule, open.sourceFile, open.document.offsetAt(params.position), undefined, state.options.headers);
      return info ? toHover(open.document, info) : null;
    }),
  );

  connection.onCompletion(
    guarded('completion', console, null, (params): CompletionList | null => {
      if (!state.options.completions) return null;
      const open = sourceFileOf(params.textDocument.uri);
      if (!open) return null;
      const entries = statusCompletions(tsModule, open.sourceFile, open.document.offsetAt(params.position));
      if (!entries || entries.length === 0) return null;
      return { isIncomplete: false, items: entries.map((entry) => toCompletionItem(open.document, entry)) };
    }),
  );

  connection.onCompletionResolve((item: CompletionItem): CompletionItem => {
    const resolve = guarded('completionResolve', console, item, (): CompletionItem => {
      if (!isCompletionData(item.data)) return item;
      const details = statusCompletionDetails(tsModule, item.data.httpStatus, state.options.headers);
      return details ? withDetails(item, details) : item;
    });
    return resolve();
  });

  connection.languages.inlayHint.on(
    guarded('inlayHint', console, [], (params): InlayHint[] => {
      if (!state.options.inlayHints) return [];
      const open = sourceFileOf(params.textDocument.uri);
      if (!open) return [];
      return statusInlayHints(tsModule, open.sourceFile, spanOf(open.document, params.range)).map((hint) => toInlayHint(open.document, hint));
    }),
  );

  documents.onDidClose((event) => parsed.close(event.document.uri));
  documents.listen(connection);
  connection.listen();
}

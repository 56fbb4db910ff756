/**
 * A real LSP client for the language server, on `vscode-jsonrpc`: over a spawned server's
 * stdio (end-to-end tests, the benchmark) or over in-memory streams to a server in this
 * process (unit tests). It records the server's log messages.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  CompletionItem,
  CompletionList,
  Hover,
  InitializeResult,
  InlayHint,
  Position,
  Range,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver';

export interface LogMessage {
  readonly type: number;
  readonly message: string;
}

/** Capabilities of a client that can be asked to refresh inlay hints and that serves `workspace/configuration`. */
export const DEFAULT_CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, inlayHint: { refreshSupport: true } },
  textDocument: { hover: { contentFormat: ['markdown'] }, completion: { completionItem: { snippetSupport: false } }, inlayHint: {} },
};

export class LanguageServerClient {
  readonly logs: LogMessage[] = [];
  /** What the client answers to `workspace/configuration`, by section. */
  configuration: Record<string, unknown> = {};
  inlayHintRefreshes = 0;
  private readonly versions = new Map<string, number>();

  constructor(readonly connection: MessageConnection) {
    connection.onNotification('window/logMessage', (message: LogMessage) => {
      this.logs.push(message);
    });
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map((item) => (item.section ? this.configuration[item.section] ?? null : null)));
    connection.onRequest('workspace/inlayHint/refresh', () => {
      this.inlayHintRefreshes++;
      return null;
    });
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
  }

  /** `processId: null` for a server in this process: the library would watch that process and exit with it. */
  initialize(initializationOptions?: unknown, capabilities: ClientCapabilities = DEFAULT_CAPABILITIES, processId: number | null = process.pid): Promise<InitializeResult> {
    return this.connection
      .sendRequest<InitializeResult>('initialize', { processId, rootUri: null, capabilities, initializationOptions })
      .then(async (result) => {
        await this.connection.sendNotification('initialized', {});
        return result;
      });
  }

  open(uri: string, text: string, languageId = 'typescript'): Promise<void> {
    this.versions.set(uri, 1);
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  change(uri: string, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): Promise<void> {
    this.versions.delete(uri);
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  configure(settings: unknown): Promise<void> {
    return this.connection.sendNotification('workspace/didChangeConfiguration', { settings });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  }

  completion(uri: string, position: Position): Promise<CompletionList | CompletionItem[] | null> {
    return this.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position });
  }

  resolve(item: CompletionItem): Promise<CompletionItem> {
    return this.connection.sendRequest('completionItem/resolve', item);
  }

  inlayHints(uri: string, range: Range): Promise<InlayHint[] | null> {
    return this.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range });
  }

  async shutdown(): Promise<void> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    this.connection.dispose();
  }
}

/** The items of a completion answer, whichever form it took. */
export function completionItems(result: CompletionList | CompletionItem[] | null): CompletionItem[] {
  if (!result) return [];
  return Array.isArray(result) ? result : result.items;
}

/** The server process started with `--stdio`, and a client on its pipes. */
export function spawnLanguageServer(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): { process: ChildProcess; client: LanguageServerClient; stderr: () => string } {
  const child = spawn(command, [...args], { cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  return { process: child, client: new LanguageServerClient(connection), stderr: () => stderr };
}

/** Two pairs of in-memory pipes: the server's reader and writer, and the client on the other ends. */
export function inMemoryPipes(): { serverInput: PassThrough; serverOutput: PassThrough; client: LanguageServerClient } {
  const serverInput = new PassThrough();
  const serverOutput = new PassThrough();
  const connection = createMessageConnection(new StreamMessageReader(serverOutput), new StreamMessageWriter(serverInput));
  return { serverInput, serverOutput, client: new LanguageServerClient(connection) };
}

/** The 0-based LSP position `delta` characters after `needle`, which must occur exactly once. */
export function positionOf(text: string, needle: string, delta = 0): Position {
  const index = text.indexOf(needle);
  if (index < 0 || text.indexOf(needle, index + 1) >= 0) throw new Error(`${JSON.stringify(needle)} must occur exactly once`);
  const lines = text.slice(0, index + delta).split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1]!.length };
}

export function hoverMarkdown(hover: Hover | null): string {
  if (!hover) return '';
  const contents = hover.contents;
  return typeof contents === 'object' && 'kind' in contents ? contents.value : JSON.stringify(contents);
}

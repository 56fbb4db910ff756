/**
 * A small Language Server Protocol client over stdio for end-to-end tests: JSON-RPC 2.0
 * messages, `Content-Length:` framed both ways. Requests from the server are answered with
 * neutral defaults so it never waits on the client.
 */
import { delay, frame, FramedProcess, Inbox, type ServerProcessOptions } from '../../tools/framed-process';

export interface LspServerOptions extends ServerProcessOptions {
  /** The script to run with node, e.g. typescript-language-server's `lib/cli.mjs`. */
  readonly script: string;
  readonly args?: readonly string[];
}

export interface LspNotification {
  readonly method: string;
  readonly params?: unknown;
}

interface JsonRpcMessage {
  readonly jsonrpc: '2.0';
  readonly id?: number | string | null;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly message: string; readonly data?: unknown };
}

export class LspError extends Error {
  constructor(
    readonly method: string,
    readonly code: number,
    readonly serverMessage: string,
  ) {
    super(`${method} failed (${code}): ${serverMessage}`);
  }
}

/** What the client answers to a server-to-client request. */
function defaultAnswer(method: string, params: unknown): unknown {
  if (method === 'workspace/configuration') {
    const items = (params as { items?: unknown[] } | undefined)?.items ?? [];
    return items.map(() => null);
  }
  return null;
}

export class LspClient extends FramedProcess<JsonRpcMessage> {
  readonly notifications: LspNotification[] = [];
  private readonly inbox = new Inbox(this.notifications);

  constructor(options: LspServerOptions) {
    super({
      name: 'language server',
      args: [options.script, ...(options.args ?? ['--stdio'])],
      env: options.env,
      cwd: options.cwd,
      requestTimeout: options.requestTimeout,
    });
  }

  request<Result = unknown>(method: string, params?: unknown): Promise<Result> {
    return this.call(method, () => {
      const id = this.allocateId();
      this.send({ jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) });
      return id;
    });
  }

  notify(method: string, params?: unknown): void {
    this.send({ jsonrpc: '2.0', method, ...(params === undefined ? {} : { params }) });
  }

  /** The first notification named `method` (already received or coming) that satisfies `predicate`. */
  waitForNotification(method: string, predicate: (params: unknown) => boolean = () => true, timeout = this.requestTimeout): Promise<LspNotification> {
    return this.inbox.waitFor((notification) => notification.method === method && predicate(notification.params), timeout, `${method} notification`);
  }

  /** `shutdown` then `exit`; `close` kills a server that lingers, and so its tsservers' pipes. */
  protected override async askToExit(timeout: number): Promise<void> {
    try {
      await Promise.race([this.request('shutdown'), delay(timeout, undefined)]);
    } catch {
      // A server that cannot shut down cleanly is killed by `close`.
    }
    this.notify('exit');
  }

  protected override handle(message: JsonRpcMessage): void {
    if (message.method !== undefined && message.id !== undefined && message.id !== null) {
      this.send({ jsonrpc: '2.0', id: message.id, result: defaultAnswer(message.method, message.params) });
    } else if (message.method !== undefined) {
      this.inbox.add({ method: message.method, params: message.params });
    } else if (typeof message.id === 'number') {
      this.settle(message.id, message);
    }
  }

  private send(message: JsonRpcMessage): void {
    this.writeInput(frame(message));
  }

  private settle(id: number, response: JsonRpcMessage): void {
    const pending = this.takePending(id);
    if (!pending) return;
    if (response.error) pending.reject(new LspError(pending.method, response.error.code, response.error.message));
    else pending.resolve(response.result);
  }
}

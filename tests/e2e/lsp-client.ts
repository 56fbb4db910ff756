/**
 * A small Language Server Protocol client over stdio for end-to-end tests: JSON-RPC 2.0
 * messages, `Content-Length:` framed both ways. Requests from the server are answered with
 * neutral defaults so it never waits on the client.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { environment, parseFrames } from '../../tools/tsserver-client';

export interface LspServerOptions {
  /** The script to run with node, e.g. typescript-language-server's `lib/cli.mjs`. */
  readonly script: string;
  readonly args?: readonly string[];
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
  /** How long a request may take before it is rejected; 60 s unless told. */
  readonly requestTimeout?: number;
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

interface Pending {
  readonly method: string;
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
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

export class LspClient {
  readonly notifications: LspNotification[] = [];
  private readonly process: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(notification: LspNotification) => void>();
  private readonly requestTimeout: number;
  private readonly exited: Promise<number | null>;
  private exitCode: number | null | undefined;
  private buffer: Buffer = Buffer.alloc(0);
  private nextId = 0;
  private stderr = '';

  constructor(options: LspServerOptions) {
    this.requestTimeout = options.requestTimeout ?? 60_000;
    this.process = spawn(process.execPath, [options.script, ...(options.args ?? ['--stdio'])], {
      cwd: options.cwd,
      env: environment(options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.process.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.process.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });
    this.process.stdin.on('error', () => {});
    this.exited = new Promise((resolve) => {
      this.process.on('exit', (code) => {
        this.exitCode = code;
        for (const [id, pending] of this.pending) {
          clearTimeout(pending.timer);
          pending.reject(new Error(`language server exited (${String(code)}) before answering ${pending.method}; stderr: ${this.stderr.slice(-2000)}`));
          this.pending.delete(id);
        }
        resolve(code);
      });
    });
  }

  get stderrText(): string {
    return this.stderr;
  }

  request<Result = unknown>(method: string, params?: unknown): Promise<Result> {
    if (this.exitCode !== undefined) return Promise.reject(new Error(`language server has exited (${String(this.exitCode)})`));
    const id = ++this.nextId;
    this.send({ jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) });
    return new Promise<Result>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} (id ${id}) timed out after ${this.requestTimeout} ms; stderr: ${this.stderr.slice(-2000)}`));
      }, this.requestTimeout);
      this.pending.set(id, { method, resolve: resolve as (result: unknown) => void, reject, timer });
    });
  }

  notify(method: string, params?: unknown): void {
    this.send({ jsonrpc: '2.0', method, ...(params === undefined ? {} : { params }) });
  }

  /** The first notification named `method` (already received or coming) that satisfies `predicate`. */
  waitForNotification(method: string, predicate: (params: unknown) => boolean = () => true, timeout = this.requestTimeout): Promise<LspNotification> {
    const seen = this.notifications.find((notification) => notification.method === method && predicate(notification.params));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const listener = (notification: LspNotification) => {
        if (notification.method !== method || !predicate(notification.params)) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(notification);
      };
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`no ${method} notification within ${timeout} ms`));
      }, timeout);
      this.listeners.add(listener);
    });
  }

  /** `shutdown` then `exit`, killing the server (and so its tsservers' pipes) if it lingers. */
  async close(timeout = 5_000): Promise<void> {
    if (this.exitCode !== undefined) return;
    try {
      await Promise.race([this.request('shutdown'), new Promise((resolve) => setTimeout(resolve, timeout).unref())]);
    } catch {
      // A server that cannot shut down cleanly is killed below.
    }
    this.notify('exit');
    const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), timeout).unref());
    if ((await Promise.race([this.exited, timer])) === 'timeout') {
      this.process.kill('SIGKILL');
      await this.exited;
    }
  }

  private send(message: JsonRpcMessage): void {
    const body = JSON.stringify(message);
    this.process.stdin.write(`Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`);
  }

  private receive(chunk: Buffer): void {
    const { messages, rest } = parseFrames(Buffer.concat([this.buffer, chunk]));
    this.buffer = rest;
    for (const message of messages as JsonRpcMessage[]) {
      if (message.method !== undefined && message.id !== undefined && message.id !== null) {
        this.send({ jsonrpc: '2.0', id: message.id, result: defaultAnswer(message.method, message.params) });
      } else if (message.method !== undefined) {
        const notification = { method: message.method, params: message.params };
        this.notifications.push(notification);
        for (const listener of [...this.listeners]) listener(notification);
      } else if (typeof message.id === 'number') {
        const pending = this.pending.get(message.id);
        if (!pending) continue;
        this.pending.delete(message.id);
        clearTimeout(pending.timer);
        if (message.error) pending.reject(new LspError(pending.method, message.error.code, message.error.message));
        else pending.resolve(message.result);
      }
    }
  }
}

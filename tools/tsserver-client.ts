/**
 * A small client for tsserver's stdio protocol, for end-to-end tests: requests go in as
 * one JSON object per line, responses and events come out `Content-Length:` framed.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

export interface TsServerOptions {
  /** The `lib/tsserver.js` to run. */
  readonly tsserverPath: string;
  /** Command-line arguments for tsserver (after the script path). */
  readonly args?: readonly string[];
  /** Arguments for node itself (before the script path). */
  readonly nodeArgs?: readonly string[];
  /** Extra environment variables for the server process. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
  /** How long a request may take before it is rejected; 60 s unless told. */
  readonly requestTimeout?: number;
}

export interface TsServerEvent {
  readonly seq: number;
  readonly type: 'event';
  readonly event: string;
  readonly body?: unknown;
}

interface TsServerResponse {
  readonly seq: number;
  readonly type: 'response';
  readonly request_seq: number;
  readonly command: string;
  readonly success: boolean;
  readonly message?: string;
  readonly body?: unknown;
}

interface Pending {
  readonly command: string;
  readonly resolve: (body: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/** Thrown for a response with `success: false`; keeps the server's message. */
export class TsServerError extends Error {
  constructor(
    readonly command: string,
    readonly serverMessage: string | undefined,
  ) {
    super(`tsserver ${command} failed: ${serverMessage ?? '(no message)'}`);
  }
}

/** Splits a byte stream into `Content-Length:` framed messages; returns the messages and the rest. */
export function parseFrames(buffer: Buffer): { messages: unknown[]; rest: Buffer } {
  const messages: unknown[] = [];
  let rest = buffer;
  for (;;) {
    const headerEnd = rest.indexOf('\r\n\r\n');
    if (headerEnd < 0) break;
    const header = rest.subarray(0, headerEnd).toString('ascii');
    const match = /Content-Length: *(\d+)/i.exec(header);
    if (!match) throw new Error(`tsserver wrote a frame without Content-Length: ${JSON.stringify(header)}`);
    const length = Number(match[1]);
    const start = headerEnd + 4;
    if (rest.length < start + length) break;
    messages.push(JSON.parse(rest.subarray(start, start + length).toString('utf8')));
    rest = rest.subarray(start + length);
  }
  return { messages, rest };
}

/** `process.env` with `extra` applied; an `undefined` value removes the variable. */
export function environment(extra: Readonly<Record<string, string | undefined>> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

export class TsServerClient {
  readonly events: TsServerEvent[] = [];
  private readonly process: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, Pending>();
  private readonly eventListeners = new Set<(event: TsServerEvent) => void>();
  private readonly requestTimeout: number;
  private buffer: Buffer = Buffer.alloc(0);
  private seq = 0;
  private stderr = '';
  private readonly exited: Promise<number | null>;
  private exitCode: number | null | undefined;

  constructor(options: TsServerOptions) {
    this.requestTimeout = options.requestTimeout ?? 60_000;
    this.process = spawn(process.execPath, [...(options.nodeArgs ?? []), options.tsserverPath, ...(options.args ?? [])], {
      cwd: options.cwd,
      env: environment(options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.process.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.process.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });
    // Writes after the server died must not crash the test run.
    this.process.stdin.on('error', () => {});
    this.exited = new Promise((resolve) => {
      this.process.on('exit', (code) => {
        this.exitCode = code;
        this.failAll(new Error(`tsserver exited with code ${String(code)}; stderr: ${this.stderr.slice(-2000)}`));
        resolve(code);
      });
    });
  }

  get pid(): number | undefined {
    return this.process.pid;
  }

  get stderrText(): string {
    return this.stderr;
  }

  /** Sends a request that gets no response (`open`, `configure`, `configurePlugin` in older versions). */
  notify(command: string, args?: unknown): void {
    this.write(command, args);
  }

  /** Sends a request and resolves with the response body; rejects on `success: false` or timeout. */
  request<Body = unknown>(command: string, args?: unknown): Promise<Body> {
    if (this.exitCode !== undefined) return Promise.reject(new Error(`tsserver has exited (${String(this.exitCode)})`));
    const seq = this.write(command, args);
    return new Promise<Body>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(seq);
        reject(new Error(`tsserver ${command} (seq ${seq}) timed out after ${this.requestTimeout} ms; stderr: ${this.stderr.slice(-2000)}`));
      }, this.requestTimeout);
      this.pending.set(seq, { command, resolve: resolve as (body: unknown) => void, reject, timer });
    });
  }

  /** The first event named `name` (already received or coming) that satisfies `predicate`. */
  waitForEvent(name: string, predicate: (event: TsServerEvent) => boolean = () => true, timeout = this.requestTimeout): Promise<TsServerEvent> {
    const seen = this.events.find((event) => event.event === name && predicate(event));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const listener = (event: TsServerEvent) => {
        if (event.event !== name || !predicate(event)) return;
        clearTimeout(timer);
        this.eventListeners.delete(listener);
        resolve(event);
      };
      const timer = setTimeout(() => {
        this.eventListeners.delete(listener);
        reject(new Error(`no tsserver event ${name} within ${timeout} ms`));
      }, timeout);
      this.eventListeners.add(listener);
    });
  }

  /** Asks tsserver to exit, and kills it if it has not within `timeout`. */
  async close(timeout = 5_000): Promise<void> {
    if (this.exitCode !== undefined) return;
    this.notify('exit');
    this.process.stdin.end();
    const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), timeout).unref());
    if ((await Promise.race([this.exited, timer])) === 'timeout') {
      this.process.kill('SIGKILL');
      await this.exited;
    }
  }

  private write(command: string, args: unknown): number {
    const seq = ++this.seq;
    const message = { seq, type: 'request', command, ...(args === undefined ? {} : { arguments: args }) };
    this.process.stdin.write(`${JSON.stringify(message)}\n`);
    return seq;
  }

  private receive(chunk: Buffer): void {
    const { messages, rest } = parseFrames(Buffer.concat([this.buffer, chunk]));
    this.buffer = rest;
    for (const message of messages as (TsServerResponse | TsServerEvent)[]) {
      if (message.type === 'event') {
        this.events.push(message);
        for (const listener of [...this.eventListeners]) listener(message);
      } else if (message.type === 'response') {
        const pending = this.pending.get(message.request_seq);
        if (!pending) continue; // a response to a notification (newer servers acknowledge `open`)
        this.pending.delete(message.request_seq);
        clearTimeout(pending.timer);
        if (message.success) pending.resolve(message.body);
        else pending.reject(new TsServerError(message.command, message.message));
      }
    }
  }

  private failAll(error: Error): void {
    for (const [seq, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(error);
      this.pending.delete(seq);
    }
  }
}

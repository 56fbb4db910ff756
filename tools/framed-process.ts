/**
 * The plumbing the stdio clients (tsserver, the language server) share: a node child process
 * that answers in `Content-Length:` framed messages, requests that wait for their responses,
 * and messages the server sends unasked.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/** How much of stderr an error quotes: the end, where a crash explains itself. */
const STDERR_TAIL = 2000;

/** What every client lets its caller choose about the server process. */
export interface ServerProcessOptions {
  /** Extra environment variables for the server process; `undefined` removes one. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
  /** How long a request may take before it is rejected; 60 s unless told. */
  readonly requestTimeout?: number;
}

export interface FramedProcessOptions extends ServerProcessOptions {
  /** What error messages call the server, e.g. `tsserver`. */
  readonly name: string;
  /** Everything after node on the command line: node's own arguments, the script, the script's arguments. */
  readonly args: readonly string[];
}

/** A request still waiting for its response. */
export interface PendingRequest {
  readonly method: string;
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
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
    if (!match) throw new Error(`the server wrote a frame without Content-Length: ${JSON.stringify(header)}`);
    const length = Number(match[1]);
    const start = headerEnd + 4;
    if (rest.length < start + length) break;
    messages.push(JSON.parse(rest.subarray(start, start + length).toString('utf8')));
    rest = rest.subarray(start + length);
  }
  return { messages, rest };
}

/** `message` as one `Content-Length:` framed message; the length counts bytes, not characters. */
export function frame(message: unknown): string {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
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

/** Resolves with `value` after `ms`; unreferenced, so that a pending wait never keeps node alive. */
export function delay<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms).unref());
}

/** Messages the server sends unasked, kept so that a wait is met even by one that came before it began. */
export class Inbox<Message> {
  private readonly listeners = new Set<(message: Message) => void>();

  constructor(readonly messages: Message[] = []) {}

  add(message: Message): void {
    this.messages.push(message);
    for (const listener of [...this.listeners]) listener(message);
  }

  /** The first message (already here or coming) that `matches`; rejects saying `no ${what} within …` after `timeout`. */
  waitFor(matches: (message: Message) => boolean, timeout: number, what: string): Promise<Message> {
    const seen = this.messages.find(matches);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const listener = (message: Message) => {
        if (!matches(message)) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(message);
      };
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`no ${what} within ${timeout} ms`));
      }, timeout);
      this.listeners.add(listener);
    });
  }
}

/**
 * A server run with this node over stdio. Subclasses speak the protocol: how requests are
 * written, what an incoming message means, how to ask the server to exit.
 */
export abstract class FramedProcess<Message> {
  protected readonly requestTimeout: number;
  private readonly name: string;
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, PendingRequest>();
  private readonly exited: Promise<number | null>;
  private exitCode: number | null | undefined;
  private buffer: Buffer = Buffer.alloc(0);
  private stderr = '';
  private lastId = 0;

  constructor(options: FramedProcessOptions) {
    this.name = options.name;
    this.requestTimeout = options.requestTimeout ?? 60_000;
    this.child = spawn(process.execPath, [...options.args], {
      cwd: options.cwd,
      env: environment(options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });
    // Writes after the server died must not crash the test run.
    this.child.stdin.on('error', () => {});
    this.exited = new Promise((resolve) => {
      this.child.on('exit', (code) => {
        this.exitCode = code;
        this.failPending(code);
        resolve(code);
      });
    });
  }

  get stderrText(): string {
    return this.stderr;
  }

  /** Asks the server to exit, and kills it if it has not within `timeout`. */
  async close(timeout = 5_000): Promise<void> {
    if (this.exitCode !== undefined) return;
    await this.askToExit(timeout);
    if ((await Promise.race([this.exited, delay(timeout, 'timeout' as const)])) === 'timeout') {
      this.child.kill('SIGKILL');
      await this.exited;
    }
  }

  /** The protocol's polite goodbye; `close` kills a server that ignores it. */
  protected abstract askToExit(timeout: number): Promise<void> | void;

  /** One message from the server, in the order they came. */
  protected abstract handle(message: Message): void;

  protected get childPid(): number | undefined {
    return this.child.pid;
  }

  /** A fresh id for an outgoing message. */
  protected allocateId(): number {
    return ++this.lastId;
  }

  protected writeInput(text: string): void {
    this.child.stdin.write(text);
  }

  protected endInput(): void {
    this.child.stdin.end();
  }

  /**
   * Sends a request with `send` (which returns the request's id) and waits until `handle`
   * settles it through `takePending`, the server exits, or the request timeout passes.
   */
  protected call<Result>(method: string, send: () => number): Promise<Result> {
    if (this.exitCode !== undefined) return Promise.reject(new Error(`${this.name} has exited (${String(this.exitCode)})`));
    const id = send();
    return new Promise<Result>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${this.name} ${method} (id ${id}) timed out after ${this.requestTimeout} ms; ${this.stderrTail()}`));
      }, this.requestTimeout);
      this.pending.set(id, { method, resolve: resolve as (result: unknown) => void, reject, timer });
    });
  }

  /** The request with this id, no longer waiting; undefined when none is (a late or unasked response). */
  protected takePending(id: number): PendingRequest | undefined {
    const pending = this.pending.get(id);
    if (!pending) return undefined;
    this.pending.delete(id);
    clearTimeout(pending.timer);
    return pending;
  }

  private receive(chunk: Buffer): void {
    const { messages, rest } = parseFrames(Buffer.concat([this.buffer, chunk]));
    this.buffer = rest;
    for (const message of messages) this.handle(message as Message);
  }

  private failPending(code: number | null): void {
    for (const [id, pending] of this.pending) {
      this.takePending(id);
      pending.reject(new Error(`${this.name} exited (${String(code)}) before answering ${pending.method} (id ${id}); ${this.stderrTail()}`));
    }
  }

  private stderrTail(): string {
    return `stderr: ${this.stderr.slice(-STDERR_TAIL)}`;
  }
}

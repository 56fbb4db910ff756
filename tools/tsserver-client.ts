/**
 * A small client for tsserver's stdio protocol, for end-to-end tests: requests go in as
 * one JSON object per line, responses and events come out `Content-Length:` framed.
 */
import { FramedProcess, Inbox, type ServerProcessOptions } from './framed-process';

// Kept importable from here, where they were first written.
export { environment, parseFrames } from './framed-process';

export interface TsServerOptions extends ServerProcessOptions {
  /** The `lib/tsserver.js` to run. */
  readonly tsserverPath: string;
  /** Command-line arguments for tsserver (after the script path). */
  readonly args?: readonly string[];
  /** Arguments for node itself (before the script path). */
  readonly nodeArgs?: readonly string[];
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

/** Thrown for a response with `success: false`; keeps the server's message. */
export class TsServerError extends Error {
  constructor(
    readonly command: string,
    readonly serverMessage: string | undefined,
  ) {
    super(`tsserver ${command} failed: ${serverMessage ?? '(no message)'}`);
  }
}

export class TsServerClient extends FramedProcess<TsServerResponse | TsServerEvent> {
  readonly events: TsServerEvent[] = [];
  private readonly inbox = new Inbox(this.events);

  constructor(options: TsServerOptions) {
    super({
      name: 'tsserver',
      args: [...(options.nodeArgs ?? []), options.tsserverPath, ...(options.args ?? [])],
      env: options.env,
      cwd: options.cwd,
      requestTimeout: options.requestTimeout,
    });
  }

  get pid(): number | undefined {
    return this.childPid;
  }

  /** Sends a request that gets no response (`open`, `configure`, `configurePlugin` in older versions). */
  notify(command: string, args?: unknown): void {
    this.write(command, args);
  }

  /** Sends a request and resolves with the response body; rejects on `success: false` or timeout. */
  request<Body = unknown>(command: string, args?: unknown): Promise<Body> {
    return this.call(command, () => this.write(command, args));
  }

  /** The first event named `name` (already received or coming) that satisfies `predicate`. */
  waitForEvent(name: string, predicate: (event: TsServerEvent) => boolean = () => true, timeout = this.requestTimeout): Promise<TsServerEvent> {
    return this.inbox.waitFor((event) => event.event === name && predicate(event), timeout, `tsserver event ${name}`);
  }

  protected override askToExit(): void {
    this.notify('exit');
    this.endInput();
  }

  protected override handle(message: TsServerResponse | TsServerEvent): void {
    if (message.type === 'event') this.inbox.add(message);
    else if (message.type === 'response') this.settle(message);
  }

  /** Every message takes a seq, notifications too: tsserver numbers them all in one sequence. */
  private write(command: string, args: unknown): number {
    const seq = this.allocateId();
    const message = { seq, type: 'request', command, ...(args === undefined ? {} : { arguments: args }) };
    this.writeInput(`${JSON.stringify(message)}\n`);
    return seq;
  }

  private settle(response: TsServerResponse): void {
    // No pending request for a response to a notification (newer servers acknowledge `open`).
    const pending = this.takePending(response.request_seq);
    if (!pending) return;
    if (response.success) pending.resolve(response.body);
    else pending.reject(new TsServerError(response.command, response.message));
  }
}

/** Headers a project requires with some codes, on top of the spec's: `{ "202": ["Location"] }`. */
export type ConfiguredHeaders = Readonly<Record<string, readonly string[]>>;

/** Options from the tsconfig plugin entry, or from the editor through `configurePlugin`. */
export interface PluginOptions {
  /** Show the name after bare status literals as inlay hints. */
  readonly inlayHints: boolean;
  /** Add status documentation to hovers. */
  readonly hover: boolean;
  /** Offer status codes as completions where a status goes. */
  readonly completions: boolean;
  /** The project's own header requirements, which hovers list with the spec's (as `require-status-headers`'s option). */
  readonly headers: ConfiguredHeaders;
}

export const DEFAULT_OPTIONS: PluginOptions = { inlayHints: true, hover: true, completions: true, headers: {} };

type SwitchName = 'inlayHints' | 'hover' | 'completions';

const SWITCH_NAMES: readonly SwitchName[] = ['inlayHints', 'hover', 'completions'];
const OPTION_NAMES = Object.keys(DEFAULT_OPTIONS) as (keyof PluginOptions)[];

/** Keys tsserver puts in the plugin's entry itself (`name`; `global` for global plugins). */
const ENTRY_KEYS: ReadonlySet<string> = new Set(['name', 'global']);

const STATUS_KEY = /^[1-5][0-9][0-9]$/;
/** A header field name: an RFC 9110 §5.6.2 token. */
const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;

function isOptionName(key: string): boolean {
  return (OPTION_NAMES as string[]).includes(key);
}

/** One problem naming every unknown key, so that a misspelling is visible next to the real names. */
function unknownKeysProblem(record: Record<string, unknown>): string | undefined {
  const unknown = Object.keys(record).filter((key) => !isOptionName(key) && !ENTRY_KEYS.has(key));
  if (unknown.length === 0) return undefined;
  const listed = unknown.map((key) => JSON.stringify(key)).join(', ');
  return `unknown option${unknown.length > 1 ? 's' : ''} ${listed} (the options are ${OPTION_NAMES.join(', ')})`;
}

/** The `headers` option, or the problem that keeps it at its default: the whole option, as a half-read one would mislead. */
function readHeaders(value: unknown): { headers?: ConfiguredHeaders; problem?: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problem: `option "headers" must be an object of status codes to header names, got ${JSON.stringify(value)}` };
  }
  const headers: Record<string, readonly string[]> = {};
  for (const [code, names] of Object.entries(value as Record<string, unknown>)) {
    if (!STATUS_KEY.test(code)) return { problem: `option "headers" has the key ${JSON.stringify(code)}, which is not a status code from 100 to 599` };
    if (!Array.isArray(names) || !names.every((name) => typeof name === 'string' && HEADER_NAME.test(name))) {
      return { problem: `option "headers" must list header names for ${code}, got ${JSON.stringify(names)}` };
    }
    headers[code] = names as string[];
  }
  return { headers };
}

/**
 * Reads a plugin config, keeping the defaults for anything missing, malformed or unknown;
 * the problems found are returned for one log line rather than thrown at the editor.
 */
export function readOptions(config: unknown): { options: PluginOptions; problems: string[] } {
  const previous = DEFAULT_OPTIONS;
  const problems: string[] = [];
  if (config === undefined || config === null) return { options: previous, problems };
  if (typeof config !== 'object' || Array.isArray(config)) {
    return { options: previous, problems: [`expected an object, got ${JSON.stringify(config)}`] };
  }
  const record = config as Record<string, unknown>;
  const switches: Record<SwitchName, boolean> = { inlayHints: previous.inlayHints, hover: previous.hover, completions: previous.completions };
  for (const key of SWITCH_NAMES) {
    const value = record[key];
    if (value === undefined) continue;
    if (typeof value === 'boolean') switches[key] = value;
    else problems.push(`option "${key}" must be true or false, got ${JSON.stringify(value)}`);
  }
  let headers = previous.headers;
  if (record.headers !== undefined) {
    const read = readHeaders(record.headers);
    if (read.problem) problems.push(read.problem);
    headers = read.headers ?? headers;
  }
  const unknown = unknownKeysProblem(record);
  if (unknown) problems.push(unknown);
  // Written out rather than spread: `configurePlugin` reaches here before each request it precedes.
  return { options: { inlayHints: switches.inlayHints, hover: switches.hover, completions: switches.completions, headers }, problems };
}

/** Options from the tsconfig plugin entry, or from the editor through `configurePlugin`. */
export interface PluginOptions {
  /** Show the name after bare status literals as inlay hints. */
  readonly inlayHints: boolean;
  /** Add status documentation to hovers. */
  readonly hover: boolean;
  /** Offer status codes as completions where a status goes. */
  readonly completions: boolean;
}

export const DEFAULT_OPTIONS: PluginOptions = { inlayHints: true, hover: true, completions: true };

const OPTION_NAMES = Object.keys(DEFAULT_OPTIONS) as (keyof PluginOptions)[];

/** Keys tsserver puts in the plugin's entry itself (`name`; `global` for global plugins). */
const ENTRY_KEYS: ReadonlySet<string> = new Set(['name', 'global']);

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
  const options: Record<keyof PluginOptions, boolean> = { ...previous };
  for (const key of OPTION_NAMES) {
    const value = record[key];
    if (value === undefined) continue;
    if (typeof value === 'boolean') options[key] = value;
    else problems.push(`option "${key}" must be true or false, got ${JSON.stringify(value)}`);
  }
  const unknown = unknownKeysProblem(record);
  if (unknown) problems.push(unknown);
  return { options, problems };
}

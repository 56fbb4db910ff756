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

/**
 * Reads a plugin config, keeping the defaults for anything missing or malformed; the
 * problems found are returned for one log line rather than thrown at the editor.
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
  for (const key of Object.keys(DEFAULT_OPTIONS) as (keyof PluginOptions)[]) {
    const value = record[key];
    if (value === undefined) continue;
    if (typeof value === 'boolean') options[key] = value;
    else problems.push(`option "${key}" must be true or false, got ${JSON.stringify(value)}`);
  }
  return { options, problems };
}

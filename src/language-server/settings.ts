/**
 * The server's settings: the plugin's options (`readOptions`), given as the bare object in
 * `initializationOptions`, or under the `httpStatus` section in `workspace/didChangeConfiguration`
 * and `workspace/configuration`.
 */
import { readOptions, type PluginOptions } from '../typescript-plugin/options';

export const SETTINGS_SECTION = 'httpStatus';

export interface ReadSettings {
  readonly options: PluginOptions;
  readonly problems: readonly string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `initializationOptions`: the options themselves, or wrapped in the section as in the configuration. */
export function readInitializationOptions(value: unknown): ReadSettings {
  const unwrapped = isRecord(value) && Object.keys(value).length === 1 && SETTINGS_SECTION in value ? value[SETTINGS_SECTION] : value;
  return readOptions(unwrapped);
}

/** The `httpStatus` section of `didChangeConfiguration`'s settings; `undefined` when the client sent none (pull it). */
export function sectionOf(settings: unknown): { found: true; value: unknown } | { found: false } {
  return isRecord(settings) && SETTINGS_SECTION in settings ? { found: true, value: settings[SETTINGS_SECTION] } : { found: false };
}


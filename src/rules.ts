import noMagicStatusCodes from '../rules/no-magic-status-codes';
import noNonstandardStatusCodes from '../rules/no-nonstandard-status-codes';

/** Every rule of the plugin, by id. One file each in `rules/`. */
export const rules = {
  'no-magic-status-codes': noMagicStatusCodes,
  'no-nonstandard-status-codes': noNonstandardStatusCodes,
};

export type RuleId = keyof typeof rules;

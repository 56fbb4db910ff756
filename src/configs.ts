import type { TSESLint } from '@typescript-eslint/utils';
import type { HttpStatusRuleDocs, RuleConfigLevel } from './util/create-rule';

export const PLUGIN_NAMESPACE = 'http-status';

export type ConfigName = 'recommended' | 'strict' | 'all';

interface RuleWithDocs {
  readonly meta: { readonly docs?: Partial<HttpStatusRuleDocs> };
}

const CONFIG_LEVELS: Readonly<Record<ConfigName, readonly (RuleConfigLevel | undefined)[]>> = {
  recommended: ['recommended'],
  strict: ['recommended', 'strict'],
  all: ['recommended', 'strict', undefined],
};

function ruleEntry(
  config: ConfigName,
  docs: Partial<HttpStatusRuleDocs> | undefined,
): TSESLint.SharedConfig.RuleEntry {
  const allOptions = docs?.allOptions;
  if (config === 'all' && allOptions && allOptions.length > 0) return ['error', ...allOptions] as TSESLint.SharedConfig.RuleEntry;
  const strictOptions = docs?.strictOptions;
  if (config !== 'recommended' && strictOptions && strictOptions.length > 0) {
    return ['error', ...strictOptions] as TSESLint.SharedConfig.RuleEntry;
  }
  return 'error';
}

/** The rules of one config, derived from each rule's `meta.docs.recommended`. */
export function deriveConfigRules(
  config: ConfigName,
  rules: Readonly<Record<string, RuleWithDocs>>,
): Record<string, TSESLint.SharedConfig.RuleEntry> {
  const levels = CONFIG_LEVELS[config];
  const entries = Object.entries(rules)
    .filter(([, rule]) => levels.includes(rule.meta.docs?.recommended))
    .map(([id, rule]) => [`${PLUGIN_NAMESPACE}/${id}`, ruleEntry(config, rule.meta.docs)]);
  return Object.fromEntries(entries);
}

export function deriveConfigs<Plugin>(
  plugin: Plugin,
  rules: Readonly<Record<string, RuleWithDocs>>,
): Record<ConfigName, TSESLint.FlatConfig.Config> {
  const config = (name: ConfigName): TSESLint.FlatConfig.Config => ({
    name: `${PLUGIN_NAMESPACE}/${name}`,
    plugins: { [PLUGIN_NAMESPACE]: plugin as TSESLint.FlatConfig.Plugin },
    rules: deriveConfigRules(name, rules),
  });
  return { recommended: config('recommended'), strict: config('strict'), all: config('all') };
}

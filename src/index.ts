import type { TSESLint } from '@typescript-eslint/utils';
import { name, version } from '../package.json';
import { deriveConfigs, PLUGIN_NAMESPACE, type ConfigName } from './configs';
import { rules } from './rules';

interface HttpStatusPlugin {
  meta: { name: string; version: string; namespace: string };
  rules: typeof rules;
  configs: Record<ConfigName, TSESLint.FlatConfig.Config>;
}

const plugin: HttpStatusPlugin = {
  meta: { name, version, namespace: PLUGIN_NAMESPACE },
  rules,
  configs: {} as Record<ConfigName, TSESLint.FlatConfig.Config>,
};

// The configs refer to the plugin object itself, so they are filled in after it exists.
Object.assign(plugin.configs, deriveConfigs(plugin, rules));

export = plugin;

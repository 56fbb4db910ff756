import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index';
import { deriveConfigRules } from '../src/configs';

const ROOT = join(__dirname, '..');
/** Files directly in `folder` (not in its subfolders: a rule's helpers live in a folder of its name). */
const baseNames = (folder: string, suffix: string) =>
  readdirSync(join(ROOT, folder), { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => entry.name.slice(0, -suffix.length))
    .sort();

const ruleIds = Object.keys(plugin.rules).sort();

describe('plugin structure', () => {
  it('exports exactly the rules in rules/, each with a doc and a test', () => {
    expect(baseNames('rules', '.ts')).toEqual(ruleIds);
    expect(baseNames('docs/rules', '.md')).toEqual(ruleIds);
    expect(baseNames('tests/rules', '.test.ts')).toEqual(ruleIds);
  });

  it('keeps helpers that serve one rule in a folder named after that rule', () => {
    const folders = readdirSync(join(ROOT, 'rules'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    for (const folder of folders) expect(ruleIds, `rules/${folder.name}/`).toContain(folder.name);
  });

  it('names itself and its namespace', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: 'http-status' });
  });

  it.each(['recommended', 'strict', 'all'] as const)('derives configs.%s from the rules metadata', (name) => {
    const config = plugin.configs[name];
    expect(config.name).toBe(`http-status/${name}`);
    expect(config.plugins).toEqual({ 'http-status': plugin });
    expect(config.rules).toEqual(deriveConfigRules(name, plugin.rules));
  });

  it('puts every rule in all, the recommended ones in recommended, and strict options in strict', () => {
    expect(Object.keys(plugin.configs.all.rules ?? {}).sort()).toEqual(ruleIds.map((id) => `http-status/${id}`));
    for (const [id, rule] of Object.entries(plugin.rules)) {
      const key = `http-status/${id}`;
      const level = rule.meta.docs?.recommended;
      expect(key in (plugin.configs.recommended.rules ?? {}), key).toBe(level === 'recommended');
      expect(key in (plugin.configs.strict.rules ?? {}), key).toBe(level !== undefined);
    }
    expect(plugin.configs.strict.rules?.['http-status/no-magic-status-codes']).toEqual(['error', { assertions: true }]);
    expect(plugin.configs.recommended.rules?.['http-status/no-magic-status-codes']).toBe('error');
  });
});

describe.each(Object.entries(plugin.rules))('rule %s', (id, rule) => {
  const doc = readFileSync(join(ROOT, 'docs/rules', `${id}.md`), 'utf8');

  it('follows the metadata conventions', () => {
    expect(rule.meta.docs?.description).toMatch(/^(Enforce|Require|Disallow) .+[^. ]$/);
    expect(rule.meta.docs?.url).toMatch(new RegExp(`/docs/rules/${id}\\.md$`));
    for (const message of Object.values(rule.meta.messages)) expect(message).toMatch(/\.$/);
    expect(Object.keys(rule.meta).slice(0, 2)).toEqual(['type', 'docs']);
  });

  it('describes every option in its schema and its doc', () => {
    type ObjectSchema = { properties?: Record<string, { description?: string }> };
    // A rule whose options are required gives the whole options array's schema (`items`, `minItems`).
    const schema = rule.meta.schema as unknown as readonly ObjectSchema[] | { items: readonly ObjectSchema[] };
    const items: readonly ObjectSchema[] = Array.isArray(schema) ? schema : (schema as { items: readonly ObjectSchema[] }).items;
    for (const [name, property] of Object.entries(items[0]?.properties ?? {})) {
      expect(property.description, name).toBeTruthy();
      expect(doc, `option ${name} in the doc`).toContain(`\`${name}\``);
    }
  });

  it('has the sections users look for', () => {
    for (const section of ['## Examples', '## Options', '## When Not To Use It']) expect(doc).toContain(section);
  });
});

/**
 * The benchmark's ESLint configurations. Every configuration is built from the same loaded
 * modules (ESLint, espree, typescript-eslint, the plugin), whichever is enabled, so module
 * loading costs the same in each and only what is enabled differs.
 *
 *   a  floor: espree for .js/.mjs/.cjs, the typescript-eslint parser for .ts, and one no-op
 *      rule that listens to '*' so the whole tree is traversed;
 *   b  floor + the plugin's `configs.all` (every rule of the plugin, read from the plugin);
 *   c  floor + no-magic-numbers: `@typescript-eslint/no-magic-numbers` on .ts files and
 *      ESLint's core `no-magic-numbers` on JavaScript files, default options (what a
 *      typescript-eslint project does with an extension rule);
 *   d  floor + typescript-eslint's `configs.recommended` (not type-checked), as shipped
 *      (its rules apply to every file), with the floor's parsers kept per file type;
 *   b0 (only with `--baseline <git-ref>`) floor + `configs.all` of the plugin built at that
 *      commit (bench/lib/baseline.mjs). With a baseline, every configuration loads both
 *      builds of the plugin; the one a configuration measures is loaded first, so that
 *      (b) and (b0) pay for their modules alike.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const requireFromRepo = createRequire(path.join(REPO_ROOT, 'package.json'));

export const CONFIG_IDS = ['a', 'b', 'c', 'd'];
/** The configuration of the baseline build, present only with `--baseline`. */
export const BASELINE_CONFIG_ID = 'b0';

export const CONFIG_LABELS = {
  a: 'floor (parsers + no-op `*` rule)',
  b: 'floor + http-status `configs.all`',
  c: 'floor + no-magic-numbers',
  d: 'floor + typescript-eslint `recommended`',
  b0: 'floor + baseline http-status `configs.all`',
};

const JS_FILES = ['**/*.js', '**/*.mjs', '**/*.cjs'];
const TS_FILES = ['**/*.ts'];

/** A rule that listens to every node and does nothing. */
const floorPlugin = {
  meta: { name: 'bench-floor', version: '1.0.0' },
  rules: {
    noop: {
      meta: { type: 'problem', schema: [], docs: { description: 'Visit every node, do nothing' } },
      create() {
        return { '*'() {} };
      },
    },
  },
};

/**
 * Loads everything every configuration needs, and times loading the plugin. `pluginDir` is
 * a copy of `dist/` (see snapshotPlugin in lint.mjs), or `dist/` itself. With `baselineDir`
 * (a copy of the baseline's `dist/`), the baseline build is loaded too, the same way:
 * after the current build, or before it with `baselineFirst`.
 */
export async function loadTools(eslintPackage = 'eslint', pluginDir = path.join(REPO_ROOT, 'dist'), { baselineDir, baselineFirst = false } = {}) {
  const eslintPkgJson = requireFromRepo.resolve(`${eslintPackage}/package.json`);
  const eslintModule = await import(pathToFileURL(requireFromRepo.resolve(eslintPackage)).href);
  const ESLint = eslintModule.ESLint ?? eslintModule.default?.ESLint;
  const espree = createRequire(eslintPkgJson)('espree');
  const tseslint = requireFromRepo('typescript-eslint');
  const tsParser = requireFromRepo('@typescript-eslint/parser');
  const loadPlugin = (dir) => {
    const t0 = performance.now();
    const loaded = requireFromRepo(path.join(dir, 'src', 'index.js'));
    return { loaded, ms: performance.now() - t0 };
  };
  const baseline1 = baselineDir && baselineFirst ? loadPlugin(baselineDir) : undefined;
  const current = loadPlugin(pluginDir);
  const baseline = baseline1 ?? (baselineDir ? loadPlugin(baselineDir) : undefined);
  return {
    ESLint,
    espree,
    tseslint,
    tsParser,
    plugin: current.loaded,
    pluginLoadMs: current.ms,
    baselinePlugin: baseline?.loaded,
    baselineLoadMs: baseline?.ms,
  };
}

function floorLanguage({ espree, tsParser }) {
  return [
    // .cjs files get sourceType "commonjs" from ESLint's defaults; .js/.mjs are modules.
    { name: 'bench/js', files: JS_FILES, languageOptions: { parser: espree, ecmaVersion: 'latest' } },
    { name: 'bench/cjs', files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
    { name: 'bench/ts', files: TS_FILES, languageOptions: { parser: tsParser, sourceType: 'module' } },
  ];
}

const floorRule = {
  name: 'bench/floor-rule',
  plugins: { bench: floorPlugin },
  rules: { 'bench/noop': 'error' },
};

export function buildConfig(id, tools) {
  const { plugin, tseslint } = tools;
  const floor = [...floorLanguage(tools), floorRule];
  switch (id) {
    case 'a':
      return floor;
    case 'b':
      return [...floor, plugin.configs.all];
    case BASELINE_CONFIG_ID:
      if (!tools.baselinePlugin) throw new Error(`configuration ${id} needs --baseline <git-ref>`);
      return [...floor, tools.baselinePlugin.configs.all];
    case 'c':
      return [
        ...floor,
        { name: 'bench/no-magic-numbers-js', files: JS_FILES, rules: { 'no-magic-numbers': 'error' } },
        {
          name: 'bench/no-magic-numbers-ts',
          files: TS_FILES,
          plugins: { '@typescript-eslint': tseslint.plugin },
          rules: { '@typescript-eslint/no-magic-numbers': 'error' },
        },
      ];
    case 'd':
      // typescript-eslint's base config sets its parser for every file: put the floor's
      // per-file-type parsers after it so that JavaScript is still parsed by espree.
      return [...tseslint.configs.recommended, ...floor];
    default:
      throw new Error(`unknown configuration ${id}`);
  }
}

/** The rule ids of the plugin, as the plugin and `configs.all` list them. */
export function pluginRuleIds(plugin) {
  const namespace = plugin.meta?.namespace ?? 'http-status';
  return Object.keys(plugin.rules).map((id) => `${namespace}/${id}`);
}

export const NO_MAGIC_NUMBERS_IDS = ['no-magic-numbers', '@typescript-eslint/no-magic-numbers'];

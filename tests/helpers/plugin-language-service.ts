/**
 * The tsserver plugin on a real in-memory TypeScript LanguageService, over any number of
 * files whose text the test may change, for comparing the plugin's answers with the language
 * server's. TypeScript's own part of each answer is kept small and fast (no default library,
 * no module resolution): only what the plugin adds is compared, and that reads the syntax tree.
 */
import * as ts from 'typescript';
import init from '../../src/typescript-plugin/index';

export interface PluginService {
  readonly service: ts.LanguageService;
  readonly original: ts.LanguageService;
  setText(fileName: string, text: string): void;
}

export function createPluginService(files: ReadonlyMap<string, string>, config: unknown = {}): PluginService {
  const texts = new Map(files);
  const versions = new Map<string, number>([...files.keys()].map((name) => [name, 1]));
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => ({ target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, allowJs: true, noLib: true, noResolve: true, types: [] }),
    getScriptFileNames: () => [...texts.keys()],
    getScriptVersion: (name) => String(versions.get(name) ?? 0),
    getScriptSnapshot: (name) => {
      const text = texts.get(name);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => '/',
    getDefaultLibFileName: () => '/lib.d.ts',
    fileExists: (name) => texts.has(name),
    readFile: (name) => texts.get(name),
  };
  const original = ts.createLanguageService(host);
  const info = { languageService: original, config, project: { projectService: { logger: { info: () => {} } } } } as unknown as ts.server.PluginCreateInfo;
  const service = init({ typescript: ts }).create(info);
  return {
    service,
    original,
    setText(fileName, text) {
      texts.set(fileName, text);
      versions.set(fileName, (versions.get(fileName) ?? 0) + 1);
    },
  };
}

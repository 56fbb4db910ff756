import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';
import init from '../src/typescript-plugin/index';
import { readOptions } from '../src/typescript-plugin/options';

const FILE = '/project/src/app.ts';
const FAILURE_VARIABLE = 'HTTP_STATUS_TS_PLUGIN_SIMULATE_FAILURE';

/** An in-memory language service over one file, decorated by the plugin. */
function createService(text: string, config: unknown = {}) {
  const files = new Map([[FILE, text]]);
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => ({ target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, strict: true }),
    getScriptFileNames: () => [...files.keys()],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => {
      const content = files.get(name) ?? (ts.sys.fileExists(name) ? ts.sys.readFile(name) : undefined);
      return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
    },
    getCurrentDirectory: () => '/project',
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (name) => files.has(name) || ts.sys.fileExists(name),
    readFile: (name) => files.get(name) ?? ts.sys.readFile(name),
  };
  const languageService = ts.createLanguageService(host);
  const logs: string[] = [];
  const info = {
    languageService,
    config,
    project: { projectService: { logger: { info: (message: string) => logs.push(message) } } },
  } as unknown as ts.server.PluginCreateInfo;
  const plugin = init({ typescript: ts });
  const service = plugin.create(info);
  return { service, original: languageService, logs, plugin };
}

function at(text: string, needle: string, offset = 0): number {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`${needle} not found`);
  return index + offset;
}

function documentation(info: ts.QuickInfo | undefined): string {
  return (info?.documentation ?? []).map((part) => part.text).join('');
}

const SOURCE = `const res = { status(code: number) { return code; }, statusCode: 0 };
res.status(404);
res.status(401);
res.status(999);
setTimeout(() => {}, 500);
export const init = { status: 201, headers: {} };
if (res.statusCode === 503) console.log('retry');
`;

afterEach(() => {
  delete process.env[FAILURE_VARIABLE];
});

describe('hover', () => {
  it('documents a status literal: name, class, description, requirements and the spec link', () => {
    const { service } = createService(SOURCE);
    const text = documentation(service.getQuickInfoAtPosition(FILE, at(SOURCE, '404')));
    expect(text).toContain('**404 Not Found**');
    expect(text).toContain('4xx client error');
    expect(text).toContain('RFC 9110 §15.5.5: https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5');
    expect(documentation(service.getQuickInfoAtPosition(FILE, at(SOURCE, '401')))).toContain('MUST send WWW-Authenticate');
    expect(documentation(service.getQuickInfoAtPosition(FILE, at(SOURCE, '201')))).toContain('SHOULD send Location');
    expect(documentation(service.getQuickInfoAtPosition(FILE, at(SOURCE, '503')))).toContain('**503 Service Unavailable**');
  });

  it('says what a nonstandard code is', () => {
    const source = 'declare const reply: { code(n: number): void };\nreply.code(499);\nreply.code(418);\nreply.code(104);';
    const { service } = createService(source);
    expect(documentation(service.getQuickInfoAtPosition(FILE, at(source, '499')))).toContain('Not registered: a vendor code (nginx: Client Closed Request; Esri ArcGIS: Token Required)');
    expect(documentation(service.getQuickInfoAtPosition(FILE, at(source, '418')))).toContain('Reserved and unused');
    expect(documentation(service.getQuickInfoAtPosition(FILE, at(source, '104')))).toContain('Temporary registration, expires 2026-11-13');
  });

  it('leaves numbers outside status sites to TypeScript', () => {
    const { service, original } = createService(SOURCE);
    const position = at(SOURCE, '500');
    expect(service.getQuickInfoAtPosition(FILE, position)).toEqual(original.getQuickInfoAtPosition(FILE, position));
  });

  it('adds to TypeScript quick info on a constants-library member', () => {
    const source = "import { StatusCodes } from 'http-status-codes';\nexport const code = StatusCodes.NOT_FOUND;\n";
    const { service } = createService(source);
    const info = service.getQuickInfoAtPosition(FILE, at(source, 'NOT_FOUND'));
    expect(documentation(info)).toContain('**404 Not Found**');
  });
});

describe('completions', () => {
  it('offers registered codes where a status goes, common ones first, retired ones deprecated', () => {
    const source = 'declare const res: { status(n: number): void };\nres.status();';
    const { service } = createService(source);
    const result = service.getCompletionsAtPosition(FILE, at(source, 'res.status(', 11), undefined)!;
    const names = result.entries.map((entry) => entry.name);
    expect(names).toEqual(expect.arrayContaining(['200', '201', '404', '500', '306']));
    expect(names).not.toContain('499');
    const byName = (name: string) => result.entries.find((entry) => entry.name === name)!;
    expect(byName('404').labelDetails?.description).toBe('Not Found');
    expect(byName('404').sortText < byName('402').sortText).toBe(true);
    expect(byName('306').kindModifiers).toBe('deprecated');
    expect(byName('402').sortText < byName('306').sortText).toBe(true);
  });

  it('narrows to typed digits and shows vendor codes once they are typed', () => {
    const source = 'declare const res: { status(n: number): void };\nres.status(49);';
    const { service } = createService(source);
    const result = service.getCompletionsAtPosition(FILE, at(source, '49', 2), undefined)!;
    const names = result.entries.filter((entry) => /^\d+$/.test(entry.name)).map((entry) => entry.name);
    expect(names).toEqual(expect.arrayContaining(['494', '499']));
    expect(names.every((name) => name.startsWith('49'))).toBe(true);
  });

  it('inserts the constant of the imported library', () => {
    const source = "import { StatusCodes as S } from 'http-status-codes';\ndeclare const res: { status(n: number): void };\nres.status();";
    const { service } = createService(source);
    const result = service.getCompletionsAtPosition(FILE, at(source, 'res.status(', 11), undefined)!;
    expect(result.entries.find((entry) => entry.name === '404')?.insertText).toBe('S.NOT_FOUND');
  });

  it('documents an entry in getCompletionEntryDetails', () => {
    const source = 'declare const res: { status(n: number): void };\nres.status();';
    const { service } = createService(source);
    const details = service.getCompletionEntryDetails(FILE, at(source, 'res.status(', 11), '422', undefined, undefined, undefined, undefined);
    expect(details?.documentation?.map((part) => part.text).join('')).toContain('**422 Unprocessable Content**');
  });
});

describe('inlay hints', () => {
  const span = { start: 0, length: SOURCE.length };

  it('names bare status literals and nothing else', () => {
    const { service } = createService(SOURCE);
    const hints = service.provideInlayHints(FILE, span, undefined).map((hint) => [hint.text, SOURCE.slice(hint.position - 3, hint.position)]);
    expect(hints).toEqual([
      ['Not Found', '404'],
      ['Unauthorized', '401'],
      ['Created', '201'],
      ['Service Unavailable', '503'],
    ]);
  });

  it('are off with inlayHints: false', () => {
    const { service } = createService(SOURCE, { inlayHints: false });
    expect(service.provideInlayHints(FILE, span, undefined)).toEqual([]);
  });

  it('follow configurePlugin', () => {
    const { service, plugin } = createService(SOURCE);
    plugin.onConfigurationChanged?.({ inlayHints: false });
    expect(service.provideInlayHints(FILE, span, undefined)).toEqual([]);
    plugin.onConfigurationChanged?.({});
    expect(service.provideInlayHints(FILE, span, undefined)).toHaveLength(4);
  });
});

describe('robustness', () => {
  it.each(['getQuickInfoAtPosition', 'getCompletionsAtPosition', 'getCompletionEntryDetails', 'provideInlayHints'])(
    'falls back to TypeScript when %s fails, and logs it',
    (hook) => {
      process.env[FAILURE_VARIABLE] = hook;
      const source = "import { StatusCodes } from 'http-status-codes';\ndeclare const res: { status(n: number): void };\nres.status(StatusCodes.NOT_FOUND);\nres.status(404);";
      const { service, original, logs } = createService(source);
      const position = at(source, 'NOT_FOUND');
      expect(service.getQuickInfoAtPosition(FILE, position)?.displayParts).toEqual(original.getQuickInfoAtPosition(FILE, position)?.displayParts);
      const completionsAt = at(source, 'res.status(', 11);
      expect(service.getCompletionsAtPosition(FILE, completionsAt, undefined)?.entries.length).toBeGreaterThan(0);
      service.getCompletionEntryDetails(FILE, completionsAt, '404', undefined, undefined, undefined, undefined);
      service.provideInlayHints(FILE, { start: 0, length: source.length }, undefined);
      expect(logs.filter((line) => line.startsWith(`[http-status] ${hook} failed`))).toHaveLength(1);
    },
  );

  it('ignores a malformed config with one log line and keeps working', () => {
    const { service, logs } = createService(SOURCE, { inlayHints: 'no', hover: 3 });
    expect(logs.filter((line) => line.includes('ignoring malformed options'))).toHaveLength(1);
    expect(documentation(service.getQuickInfoAtPosition(FILE, at(SOURCE, '404')))).toContain('**404 Not Found**');
    expect(readOptions('yes').problems).toEqual(['expected an object, got "yes"']);
  });

  it('does nothing under TypeScript 7, whose package has no language-service API', async () => {
    const typescript7 = (await import('typescript-7')) as unknown as typeof ts;
    const logs: string[] = [];
    const languageService = {} as ts.LanguageService;
    const info = { languageService, config: {}, project: { projectService: { logger: { info: (m: string) => logs.push(m) } } } };
    const created = init({ typescript: typescript7 }).create(info as unknown as ts.server.PluginCreateInfo);
    expect(created).toBe(languageService);
    expect(logs.join('\n')).toContain('TypeScript 7.0.2 has no plugin API');
  });

  it('does not disturb TypeScript 7 when a tsconfig lists the plugin', () => {
    const project = mkdtempSync(join(tmpdir(), 'http-status-ts7-'));
    try {
      cpSync(join(__dirname, 'e2e/ts-fixture/tsconfig.json'), join(project, 'tsconfig.json'));
      cpSync(join(__dirname, 'e2e/ts-fixture/src/status.ts'), join(project, 'src/status.ts'));
      const tsc = join(__dirname, '../node_modules/typescript-7/bin/tsc');
      // Exits 0 (execFileSync would throw otherwise) and says nothing about the plugin.
      const output = execFileSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8' });
      expect(output).toBe('');
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});

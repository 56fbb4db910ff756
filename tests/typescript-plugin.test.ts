import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ts from 'typescript';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { StatusMatcher } from '../src/frameworks/match';
import { ALL_STATUSES } from '../src/registry';
import { COMMON_CODES } from '../src/typescript-plugin/features';
import init from '../src/typescript-plugin/index';
import { readOptions } from '../src/typescript-plugin/options';
import { fileMatcher } from '../src/typescript-plugin/syntax';

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

  it('documents what the linter sees as a status, and nothing it does not', () => {
    const source = [
      'declare const res: { status: number };',
      'declare const db: { find(filter: object): void };',
      'declare function expect(value: unknown): { toBe(expected: unknown): void };',
      'expect(res.status).toBe(404);',
      'export class NotFound extends Error {',
      '  status = 410;',
      '}',
      'db.find({ status: 1 });',
      'function createError(status: number) {',
      '  return new Error(String(status));',
      '}',
      'createError(409);',
    ].join('\n');
    const { service } = createService(source);
    expect(documentation(service.getQuickInfoAtPosition(FILE, at(source, '404')))).toContain('**404 Not Found**');
    expect(documentation(service.getQuickInfoAtPosition(FILE, at(source, '410')))).toContain('**410 Gone**');
    expect(documentation(service.getQuickInfoAtPosition(FILE, at(source, 'status: 1', 8)))).not.toContain('Not an HTTP status code');
    expect(documentation(service.getQuickInfoAtPosition(FILE, at(source, '409')))).not.toContain('**409');
  });
});

describe("the editor's matcher", () => {
  it('answers each question afresh, as a matcher that keeps its answers does', () => {
    const code = "import express from 'express';\nconst app = express();\napp.get('/', (req, res) => {\n  res.status(404).json({});\n});\n";
    const sourceFile = ts.createSourceFile(FILE, code, ts.ScriptTarget.Latest, true);
    const { matcher, syntax, file } = fileMatcher(ts, sourceFile);
    const keeping = new StatusMatcher(syntax, file);
    let call: ts.Node | undefined;
    const find = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && node.expression.getText(sourceFile) === 'res.status') call = node;
      ts.forEachChild(node, find);
    };
    find(sourceFile);
    const site = matcher.siteOf(call!);
    expect(site).toMatchObject({ framework: 'express', kind: 'set' });
    expect(matcher.siteOf(call!)).not.toBe(site);
    expect(matcher.siteOf(call!)).toEqual(site);
    expect(keeping.siteOf(call!)).toBe(keeping.siteOf(call!));
    expect(keeping.siteOf(call!)).toEqual(site);
  });
});

describe('configured headers', () => {
  const source = 'declare const res: { status(n: number): void };\nres.status(202);\nres.status(401);\nres.status(404);';

  it('adds the project\'s own requirements to the hover, after the spec\'s', () => {
    const { service } = createService(source, { headers: { '202': ['Location'], '401': ['X-Realm', 'X-Hint'] } });
    expect(documentation(service.getQuickInfoAtPosition(FILE, at(source, '202')))).toContain('This API also requires Location with 202.');
    const unauthorized = documentation(service.getQuickInfoAtPosition(FILE, at(source, '401')));
    expect(unauthorized.indexOf('MUST send WWW-Authenticate')).toBeLessThan(unauthorized.indexOf('This API also requires X-Realm and X-Hint with 401.'));
    expect(documentation(service.getQuickInfoAtPosition(FILE, at(source, '404')))).not.toContain('This API');
  });

  it('adds them to completion details, and follows configurePlugin', () => {
    const { service, plugin } = createService(source);
    const details = () => service.getCompletionEntryDetails(FILE, at(source, 'res.status(', 11), '202', undefined, undefined, undefined, undefined);
    expect((details()?.documentation ?? []).map((part) => part.text).join('')).not.toContain('This API');
    plugin.onConfigurationChanged?.({ headers: { '202': ['Location'] } });
    expect((details()?.documentation ?? []).map((part) => part.text).join('')).toContain('This API also requires Location with 202.');
  });

  it.each([
    [['Location'], 'option "headers" must be an object of status codes to header names, got ["Location"]'],
    [{ '2xx': ['Location'] }, 'option "headers" has the key "2xx", which is not a status code from 100 to 599'],
    [{ '202': 'Location' }, 'option "headers" must list header names for 202, got "Location"'],
    [{ '202': ['Retry After'] }, 'option "headers" must list header names for 202, got ["Retry After"]'],
  ])('logs a malformed headers option %j and keeps the default', (headers, problem) => {
    const { options, problems } = readOptions({ headers, hover: false });
    expect(problems).toEqual([problem]);
    expect(options.headers).toEqual({});
    expect(options.hover).toBe(false);
  });
});

describe('completions', () => {
  it.each([
    ['an assertion on a received status', 'expect(res.status).toBe(|);'],
    ['a case of a switch over it', 'switch (res.status) {\n  case |:\n}'],
    ['a comparison with it', 'if (res.status === |) {}'],
    ['its fallback', 'const status = err.status || |;'],
    ['an arm of a conditional status', 'res.status(ok ? 200 : |);'],
    ['an error constructed with a status', 'throw new NotFoundError(|);'],
  ])('offer codes where the linter would see a status: %s', (_name, marked) => {
    const position = marked.lastIndexOf('|');
    const source = `declare const res: any, err: any, ok: boolean;\ndeclare function expect(value: unknown): any;\ndeclare class NotFoundError extends Error { constructor(status: number) }\n${marked.slice(0, position)}${marked.slice(position + 1)}`;
    const { service } = createService(source);
    const result = service.getCompletionsAtPosition(FILE, source.length - marked.length + 1 + position, undefined);
    expect(result?.entries.find((entry) => entry.name === '404')?.labelDetails?.description).toBe('Not Found');
  });

  it.each([
    ['a timeout', 'setTimeout(() => {}, |);'],
    ['a field of a logged record', 'logger.error({ status: | });'],
    ['an unrelated key', 'const limits = { max: | };'],
  ])('offer none where the linter would see no status: %s', (_name, marked) => {
    const position = marked.lastIndexOf('|');
    const source = `declare const logger: any, res: any;\nres.status(200);\n${marked.slice(0, position)}${marked.slice(position + 1)}`;
    const { service } = createService(source);
    const result = service.getCompletionsAtPosition(FILE, source.length - marked.length + 1 + position, undefined);
    expect(result?.entries.filter((entry) => /^\d{3}$/.test(entry.name)) ?? []).toEqual([]);
  });

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

/** Plain string order, as editors compare sort texts. */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The internal `ts.Completions.SortText` of a TypeScript version (untyped in its .d.ts). */
interface SortTextApi {
  readonly Deprecated: (text: string) => string;
  readonly SortBelow: (text: string) => string;
  readonly ObjectLiteralProperty: (preset: string, name: string) => string;
}

/** A sort text TypeScript gives, with the tier it belongs to. */
interface TypeScriptText {
  readonly text: string;
  readonly tier: number;
  readonly deprecated: boolean;
}

function typeScriptTexts(sortText: SortTextApi): TypeScriptText[] {
  const presets = Object.values(sortText).filter((value): value is string => typeof value === 'string');
  return presets.flatMap((preset) => {
    const variants = [preset, sortText.SortBelow(preset), sortText.ObjectLiteralProperty(preset, 'status'), sortText.ObjectLiteralProperty(preset, '~')];
    return variants.flatMap((text) => [
      { text, tier: Number(preset), deprecated: false },
      { text: sortText.Deprecated(text), tier: Number(preset), deprecated: true },
    ]);
  });
}

/** Between LocationPriority ('11', locals) and OptionalMember ('12'). */
const AFTER_LOCALS = 11.5;

/** Where each group of ours is meant to sit among TypeScript's tiers (see statusSortText). */
function intendedPlace(entry: ts.CompletionEntry): { tier: number; deprecated: boolean } {
  if (entry.kindModifiers === 'deprecated') return { tier: AFTER_LOCALS, deprecated: true };
  return COMMON_CODES.includes(Number(entry.name)) ? { tier: -Infinity, deprecated: false } : { tier: AFTER_LOCALS, deprecated: false };
}

/** Common codes in their listed order, then the rest by number, then retired ones by number. */
function intendedOrder(a: ts.CompletionEntry, b: ts.CompletionEntry): number {
  const group = (entry: ts.CompletionEntry) => (entry.kindModifiers === 'deprecated' ? 2 : COMMON_CODES.includes(Number(entry.name)) ? 0 : 1);
  const rank = (entry: ts.CompletionEntry) => (group(entry) === 0 ? COMMON_CODES.indexOf(Number(entry.name)) : Number(entry.name));
  return group(a) - group(b) || rank(a) - rank(b);
}

/** Every status entry the plugin can offer: registered codes in `res.status(|`, vendor codes once two digits are typed. */
function allOfferedEntries(): ts.CompletionEntry[] {
  const prefixes = ['', ...new Set(ALL_STATUSES.map((entry) => String(entry.code).slice(0, 2)))];
  const source = `declare const res: { status(n: number): void };\n${prefixes.map((prefix) => `res.status(${prefix});`).join('\n')}\n`;
  const { service } = createService(source);
  const found = new Map<string, ts.CompletionEntry>();
  for (const prefix of prefixes) {
    const position = at(source, `res.status(${prefix});`, 11 + prefix.length);
    for (const entry of service.getCompletionsAtPosition(FILE, position, undefined)?.entries ?? []) {
      if (/^\d{3}$/.test(entry.name)) found.set(entry.name, entry);
    }
  }
  return [...found.values()];
}

describe('completion sort texts', () => {
  let entries: ts.CompletionEntry[] = [];
  beforeAll(() => {
    entries = allOfferedEntries();
  });

  it('cover every code of the registry', () => {
    expect(entries.map((entry) => Number(entry.name)).sort((a, b) => a - b)).toEqual(ALL_STATUSES.map((entry) => entry.code));
  });

  it('order all codes as intended by string comparison: common first, then the rest, retired last', () => {
    const bySortText = [...entries].sort((a, b) => byText(a.sortText, b.sortText)).map((entry) => entry.name);
    expect(bySortText).toEqual([...entries].sort(intendedOrder).map((entry) => entry.name));
    expect(new Set(entries.map((entry) => entry.sortText)).size).toBe(entries.length);
  });

  it.each(['typescript', 'typescript-5.9', 'typescript-5.5'])(
    "sit among %s's sort texts: common codes before all, the rest after the locals and before members and globals, retired ones as deprecated locals",
    async (pkg) => {
      const tsModule = (await import(pkg)) as { Completions: { SortText: SortTextApi } };
      const theirs = typeScriptTexts(tsModule.Completions.SortText);
      const misplaced = entries.flatMap((entry) => {
        const place = intendedPlace(entry);
        return theirs
          .filter(({ text, tier, deprecated }) => {
            const before = place.deprecated === deprecated ? place.tier < tier : !place.deprecated;
            return before !== byText(entry.sortText, text) < 0 || entry.sortText === text;
          })
          .map(({ text }) => `${entry.name} (${JSON.stringify(entry.sortText)}) vs ${JSON.stringify(text)}`);
      });
      expect(misplaced).toEqual([]);
    },
  );

  it('place codes among the entries of a real completion list', () => {
    const source = 'const local = 1;\ndeclare const res: { status(n: number): void };\nres.status();\nexport { local };';
    const { service } = createService(source);
    const result = service.getCompletionsAtPosition(FILE, at(source, 'res.status(', 11), undefined)!;
    const sorted = [...result.entries].sort((a, b) => byText(a.sortText, b.sortText));
    const index = (name: string) => sorted.findIndex((entry) => entry.name === name);
    expect(index('504')).toBeLessThan(index('local'));
    expect(index('local')).toBeLessThan(index('100'));
    expect(index('511')).toBeLessThan(index('setTimeout'));
    const lastPlain = sorted.findLastIndex((entry) => !/^\d{3}$/.test(entry.name) && entry.kindModifiers?.includes('deprecated') !== true);
    expect(lastPlain).toBeLessThan(index('305'));
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

  it('name the status of an error class field and of an assertion, as the linter sees them', () => {
    const source = 'export class Gone extends Error {\n  status = 410;\n}\nexpect(res.status).toBe(404);\nconst limit = 500;\n';
    const { service } = createService(source);
    expect(service.provideInlayHints(FILE, { start: 0, length: source.length }, undefined).map((hint) => hint.text)).toEqual(['Gone', 'Not Found']);
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

  it('logs misspelled and unknown options with the known names in one line, and ignores them', () => {
    const source = 'declare const res: { status(n: number): void };\nres.status();\nres.status(404);';
    const { service, logs } = createService(source, { name: 'eslint-plugin-http-status/typescript-plugin', completion: false, inlayHint: false, colour: 'red' });
    const malformed = logs.filter((line) => line.includes('ignoring malformed options'));
    expect(malformed).toEqual([
      '[http-status] ignoring malformed options: unknown options "completion", "inlayHint", "colour" (the options are inlayHints, hover, completions, headers)',
    ]);
    expect(service.getCompletionsAtPosition(FILE, at(source, 'res.status(', 11), undefined)?.entries.some((entry) => entry.name === '404')).toBe(true);
    expect(service.provideInlayHints(FILE, { start: 0, length: source.length }, undefined).map((hint) => hint.text)).toEqual(['Not Found']);
  });

  it('logs an unknown key from configurePlugin beside a malformed value, and keeps the valid ones', () => {
    const { service, logs, plugin } = createService(SOURCE);
    plugin.onConfigurationChanged?.({ inlayHints: false, hover: 'off', completion: false });
    const malformed = logs.filter((line) => line.includes('ignoring malformed options'));
    expect(malformed).toEqual([
      '[http-status] ignoring malformed options: option "hover" must be true or false, got "off"; unknown option "completion" (the options are inlayHints, hover, completions, headers)',
    ]);
    expect(service.provideInlayHints(FILE, { start: 0, length: SOURCE.length }, undefined)).toEqual([]);
  });

  it('takes the name and global keys tsserver puts in a plugin entry for no options', () => {
    const { logs } = createService(SOURCE, { name: 'eslint-plugin-http-status/typescript-plugin', global: true });
    expect(logs.filter((line) => line.includes('ignoring malformed options'))).toEqual([]);
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

import { afterEach, describe, expect, it, vi } from 'vitest';
import { scriptKindOf, SUPPORTED_EXTENSIONS } from '../src/language-server/languages';
import { MAX_DOCUMENT_LENGTH } from '../src/language-server/limits';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { changeRange, MAX_KEPT_TREES, ParsedDocuments, type ParseEvent } from '../src/language-server/parsed-documents';
import { tsModule } from '../src/language-server/typescript';
import { statusInlayHints } from '../src/typescript-plugin/features';
import { startInProcess, type InProcessServer } from './helpers/in-process-language-server';
import { completionItems, hoverMarkdown, positionOf, type LanguageServerClient } from './helpers/language-server-client';

const FAILURE_VARIABLE = 'HTTP_STATUS_LANGUAGE_SERVER_SIMULATE_FAILURE';
const URI = 'file:///project/src/app.ts';
const WHOLE_FILE = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

const SOURCE = `import { StatusCodes } from 'http-status-codes';
declare const res: { status(code: number): void; statusCode: number };
res.status(404);
setTimeout(() => {}, 500);
export const code = StatusCodes.CONFLICT;
res.status();
res.status(40);
`;

let server: InProcessServer | undefined;

afterEach(() => {
  delete process.env[FAILURE_VARIABLE];
  server?.dispose();
  server = undefined;
});

async function started(initializationOptions?: unknown): Promise<LanguageServerClient> {
  server = startInProcess();
  await server.client.initialize(initializationOptions, undefined, null);
  return server.client;
}

async function withSource(text = SOURCE, initializationOptions?: unknown, uri = URI): Promise<LanguageServerClient> {
  const client = await started(initializationOptions);
  await client.open(uri, text);
  return client;
}

function messages(client: LanguageServerClient): string[] {
  return client.logs.map((log) => log.message);
}

describe('hover', () => {
  it('documents a status literal over its span, in Markdown', async () => {
    const client = await withSource();
    const hover = await client.hover(URI, positionOf(SOURCE, '404', 1));
    expect(hoverMarkdown(hover)).toMatch(/^\*\*404 Not Found\*\* — 4xx client error\n\n/);
    expect(hoverMarkdown(hover)).toContain('RFC 9110 §15.5.5');
    expect(hover?.range).toEqual({ start: positionOf(SOURCE, '404'), end: positionOf(SOURCE, '404', 3) });
  });

  it('documents a constants-library member and nothing on other numbers', async () => {
    const client = await withSource();
    expect(hoverMarkdown(await client.hover(URI, positionOf(SOURCE, 'CONFLICT')))).toContain('**409 Conflict**');
    expect(await client.hover(URI, positionOf(SOURCE, '500'))).toBeNull();
  });
});

describe('completion', () => {
  it('offers codes where a status goes, inserting the constant of the imported library, and resolves their documentation', async () => {
    const client = await withSource();
    const items = completionItems(await client.completion(URI, positionOf(SOURCE, 'status();', 7)));
    const notFound = items.find((item) => item.label === '404');
    expect(notFound).toMatchObject({ insertText: 'StatusCodes.NOT_FOUND', filterText: '404', labelDetails: { description: 'Not Found' } });
    expect(items.find((item) => item.label === '306')?.tags).toEqual([1]);
    const resolved = await client.resolve(notFound!);
    expect(resolved.detail).toBe('404 Not Found');
    expect(resolved.documentation).toMatchObject({ kind: 'markdown', value: expect.stringContaining('**404 Not Found**') });
  });

  it('replaces the digits already typed', async () => {
    const client = await withSource();
    const items = completionItems(await client.completion(URI, positionOf(SOURCE, 'status(40)', 9)));
    expect(items.map((item) => item.label)).toContain('404');
    expect(items.every((item) => item.label.startsWith('40'))).toBe(true);
    const range = { start: positionOf(SOURCE, '40)'), end: positionOf(SOURCE, '40)', 2) };
    expect(items.find((item) => item.label === '404')?.textEdit).toEqual({ range, newText: 'StatusCodes.NOT_FOUND' });
  });

  it('answers nothing outside a status slot, and leaves a foreign item unresolved', async () => {
    const client = await withSource();
    expect(await client.completion(URI, positionOf(SOURCE, '500'))).toBeNull();
    const foreign = { label: 'other', data: { from: 'elsewhere' } };
    expect(await client.resolve(foreign)).toEqual(foreign);
  });
});

describe('inlay hints', () => {
  it('name the status literals in the range, and only those', async () => {
    const client = await withSource();
    expect(await client.inlayHints(URI, WHOLE_FILE)).toEqual([{ label: 'Not Found', position: positionOf(SOURCE, '404', 3), paddingLeft: true }]);
    expect(await client.inlayHints(URI, { start: { line: 3, character: 0 }, end: { line: 5, character: 0 } })).toEqual([]);
  });
});

describe('document changes', () => {
  it('follows incremental changes, several before one request, and full-text changes', async () => {
    const client = await withSource();
    await client.hover(URI, positionOf(SOURCE, '404'));
    await client.change(URI, [{ range: { start: positionOf(SOURCE, '404'), end: positionOf(SOURCE, '404', 3) }, text: '410' }]);
    expect(hoverMarkdown(await client.hover(URI, positionOf(SOURCE, '404')))).toContain('**410 Gone**');
    await client.change(URI, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n\n' }]);
    await client.change(URI, [{ range: { start: { line: 4, character: 11 }, end: { line: 4, character: 14 } }, text: '201' }]);
    expect(await client.inlayHints(URI, WHOLE_FILE)).toEqual([{ label: 'Created', position: { line: 4, character: 14 }, paddingLeft: true }]);
    const replaced = 'declare const res: { status(code: number): void };\nres.status(503);\n';
    await client.change(URI, [{ text: replaced }]);
    expect(hoverMarkdown(await client.hover(URI, positionOf(replaced, '503')))).toContain('**503 Service Unavailable**');
  });

  it('forgets a closed document', async () => {
    const client = await withSource();
    await client.close(URI);
    expect(await client.hover(URI, positionOf(SOURCE, '404'))).toBeNull();
  });

  it('parses lazily, incrementally after a change, keeps only the most recent trees, and drops closed ones', () => {
    const events: ParseEvent[] = [];
    const parsed = new ParsedDocuments((event) => events.push(event));
    const documents = Array.from({ length: MAX_KEPT_TREES + 2 }, (_, index) => TextDocument.create(`file:///d${index}.ts`, 'typescript', 1, SOURCE));
    for (const document of documents) parsed.get(document);
    expect(parsed.keptTrees()).toEqual(documents.slice(2).map((document) => document.uri));
    parsed.get(documents[2]!);
    expect(events).toHaveLength(documents.length);
    TextDocument.update(documents[2]!, [{ range: { start: { line: 2, character: 11 }, end: { line: 2, character: 14 } }, text: '410' }], 2);
    const updated = parsed.get(documents[2]!);
    expect(updated.kind === 'parsed' && updated.sourceFile.text.includes('res.status(410)')).toBe(true);
    expect(events.at(-1)).toMatchObject({ uri: documents[2]!.uri, version: 2, incremental: true });
    parsed.get(documents[0]!);
    expect(events.at(-1)).toMatchObject({ uri: documents[0]!.uri, incremental: false });
    expect(parsed.keptTrees()).toEqual([...documents.slice(4).map((document) => document.uri), documents[2]!.uri, documents[0]!.uri]);
    parsed.close(documents[0]!.uri);
    expect(parsed.keptTrees()).not.toContain(documents[0]!.uri);
  });

  it('finds the one edit between two texts', () => {
    expect(changeRange('abcdef', 'abXYef')).toEqual({ span: { start: 2, length: 2 }, newLength: 2 });
    expect(changeRange('aaa', 'aaaa')).toEqual({ span: { start: 3, length: 0 }, newLength: 1 });
    expect(changeRange('same', 'same')).toEqual({ span: { start: 4, length: 0 }, newLength: 0 });
    expect(changeRange('', 'new')).toEqual({ span: { start: 0, length: 0 }, newLength: 3 });
  });

  it('finds the shortest edit in long texts, across chunk boundaries, with repeated text around it', () => {
    /** The definition: the longest common prefix, then the longest common suffix of what is left. */
    const naive = (before: string, after: string) => {
      let start = 0;
      while (start < Math.min(before.length, after.length) && before[start] === after[start]) start++;
      let suffix = 0;
      while (suffix < Math.min(before.length, after.length) - start && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
      return { span: { start, length: before.length - start - suffix }, newLength: after.length - start - suffix };
    };
    const text = 'res.status(404);\n'.repeat(2000);
    let seed = 11;
    const random = (limit: number) => (seed = (seed * 48_271) % 2_147_483_647) % limit;
    const cases: [number, number, string][] = [[4095, 1, 'x'], [4096, 0, 'yy'], [text.length - 4096, 3, ''], [0, 0, 'start'], [text.length, 0, 'end'], [8192, 17, 'res.status(404);\n']];
    for (let index = 0; index < 40; index++) cases.push([random(text.length), random(50), 'abc'.slice(0, random(4))]);
    for (const [start, length, inserted] of cases) {
      const after = `${text.slice(0, start)}${inserted}${text.slice(start + length)}`;
      expect(changeRange(text, after)).toEqual(naive(text, after));
      expect(changeRange(after, text)).toEqual(naive(after, text));
    }
  });

  it('gives the incrementally re-parsed tree the hints of a fresh parse after many edits', () => {
    const edits: [string, string][] = [['404', '4040'], ['4040', '409'], ['res.status(40);', 'res.status(201); res.status(302)'], ['export const', '/* x */ export const']];
    let text = SOURCE;
    let tree = tsModule.createSourceFile('a.ts', text, tsModule.ScriptTarget.Latest, true, tsModule.ScriptKind.TS);
    for (const [from, to] of edits) {
      const next = text.replace(from, to);
      tree = tsModule.updateSourceFile(tree, next, changeRange(text, next));
      text = next;
      const fresh = tsModule.createSourceFile('a.ts', text, tsModule.ScriptTarget.Latest, true, tsModule.ScriptKind.TS);
      const whole = { start: 0, length: text.length };
      expect(statusInlayHints(tsModule, tree, whole)).toEqual(statusInlayHints(tsModule, fresh, whole));
    }
    expect(statusInlayHints(tsModule, tree, { start: 0, length: text.length }).map((hint) => hint.text)).toEqual(['Conflict', 'Created', 'Found']);
  });
});

describe('languages', () => {
  it('reads every JavaScript and TypeScript extension, and falls back to the language id', () => {
    const kinds = SUPPORTED_EXTENSIONS.map((extension) => tsModule.ScriptKind[scriptKindOf(`file:///a${extension}`, 'plaintext')!]);
    expect(Object.fromEntries(SUPPORTED_EXTENSIONS.map((extension, index) => [extension, kinds[index]]))).toEqual({
      '.js': 'JS', '.mjs': 'JS', '.cjs': 'JS', '.jsx': 'JSX', '.ts': 'TS', '.mts': 'TS', '.cts': 'TS', '.tsx': 'TSX',
    });
    expect(scriptKindOf('untitled:Untitled-1', 'javascript')).toBe(tsModule.ScriptKind.JS);
    expect(scriptKindOf('file:///a.py', 'python')).toBeUndefined();
  });

  it('parses JSX in .tsx and .jsx files', async () => {
    const tsx = "export function Page({ res }: { res: { status(n: number): void } }) {\n  res.status(403);\n  return <div className=\"x\">{403}</div>;\n}\n";
    const client = await withSource(tsx, undefined, 'file:///project/page.tsx');
    expect(hoverMarkdown(await client.hover('file:///project/page.tsx', positionOf(tsx, '403)')))).toContain('**403 Forbidden**');
    expect(await client.hover('file:///project/page.tsx', positionOf(tsx, '403}'))).toBeNull();
    const jsx = tsx.replace(': { res: { status(n: number): void } }', '');
    await client.open('file:///project/page.jsx', jsx, 'javascriptreact');
    expect(await client.inlayHints('file:///project/page.jsx', WHOLE_FILE)).toEqual([{ label: 'Forbidden', position: positionOf(jsx, '403)', 3), paddingLeft: true }]);
  });

  it('answers in a plain JavaScript file and leaves other languages alone', async () => {
    const js = "const express = require('express');\nconst app = express();\napp.get('/', (req, res) => res.status(201).end());\n";
    const client = await withSource(js, undefined, 'file:///project/app.cjs');
    expect(hoverMarkdown(await client.hover('file:///project/app.cjs', positionOf(js, '201')))).toContain('**201 Created**');
    await client.open('file:///project/app.py', 'res.status(404)\n', 'python');
    expect(await client.hover('file:///project/app.py', { line: 0, character: 12 })).toBeNull();
    expect(await client.inlayHints('file:///project/app.py', WHOLE_FILE)).toEqual([]);
  });
});

describe('settings', () => {
  it('reads initializationOptions, bare or under httpStatus', async () => {
    const bare = await withSource(SOURCE, { inlayHints: false });
    expect(await bare.inlayHints(URI, WHOLE_FILE)).toEqual([]);
    expect(await bare.hover(URI, positionOf(SOURCE, '404'))).not.toBeNull();
    server!.dispose();
    const wrapped = await withSource(SOURCE, { httpStatus: { hover: false } });
    expect(await wrapped.hover(URI, positionOf(SOURCE, '404'))).toBeNull();
  });

  it('logs malformed initializationOptions and keeps the defaults for them', async () => {
    const client = await withSource(SOURCE, { hover: 'no', inlayHint: false });
    expect(messages(client)).toContainEqual(expect.stringContaining('ignoring malformed initializationOptions: option "hover" must be true or false, got "no"; unknown option "inlayHint"'));
    expect(await client.hover(URI, positionOf(SOURCE, '404'))).not.toBeNull();
    server!.dispose();
    const odd = await withSource(SOURCE, 42);
    expect(messages(odd)).toContainEqual(expect.stringContaining('expected an object, got 42'));
    expect(await odd.inlayHints(URI, WHOLE_FILE)).toHaveLength(1);
  });

  it('follows didChangeConfiguration, asks the client to refresh inlay hints, and logs malformed settings', async () => {
    const client = await withSource();
    await client.configure({ httpStatus: { hover: false, completions: false } });
    expect(await client.hover(URI, positionOf(SOURCE, '404'))).toBeNull();
    expect(await client.completion(URI, positionOf(SOURCE, 'status();', 7))).toBeNull();
    await vi.waitFor(() => expect(client.inlayHintRefreshes).toBe(1));
    await client.configure({ httpStatus: { inlayHints: 'off' } });
    expect(await client.inlayHints(URI, WHOLE_FILE)).toHaveLength(1);
    expect(await client.hover(URI, positionOf(SOURCE, '404'))).not.toBeNull();
    expect(messages(client)).toContainEqual(expect.stringContaining('ignoring malformed "httpStatus" settings: option "inlayHints" must be true or false, got "off"'));
  });

  it('adds the project\'s configured headers to hovers and resolved completions, from either route', async () => {
    const source = 'declare const res: { status(code: number): void };\nres.status(404);\nres.status();\n';
    const client = await withSource(source, { headers: { '404': ['Link'] } });
    expect(hoverMarkdown(await client.hover(URI, positionOf(source, '404')))).toContain('This API also requires Link with 404.');
    await client.configure({ httpStatus: { headers: { '202': ['Location'] } } });
    expect(hoverMarkdown(await client.hover(URI, positionOf(source, '404')))).not.toContain('This API also requires');
    const items = completionItems(await client.completion(URI, positionOf(source, 'status();', 7)));
    const accepted = items.find((item) => item.label === '202');
    const resolved = await client.resolve(accepted!);
    expect(JSON.stringify(resolved.documentation)).toContain('This API also requires Location with 202.');
  });

  it('pulls the httpStatus section when the notification carries no settings', async () => {
    const client = await withSource();
    client.configuration = { httpStatus: { inlayHints: false } };
    await client.configure(null);
    await vi.waitFor(() => expect(client.inlayHintRefreshes).toBe(1));
    expect(await client.inlayHints(URI, WHOLE_FILE)).toEqual([]);
  });
});

describe('robustness', () => {
  it.each([
    ['hover', (client: LanguageServerClient) => client.hover(URI, positionOf(SOURCE, '404')), null],
    ['completion', (client: LanguageServerClient) => client.completion(URI, positionOf(SOURCE, 'status();', 7)), null],
    ['inlayHint', (client: LanguageServerClient) => client.inlayHints(URI, WHOLE_FILE), []],
  ] as const)('answers %s empty when it fails inside, logs the error, and keeps serving', async (name, request, empty) => {
    const client = await withSource();
    process.env[FAILURE_VARIABLE] = name;
    expect(await request(client)).toEqual(empty);
    expect(messages(client)).toContainEqual(expect.stringContaining(`${name} failed, answering empty: Error: simulated failure in ${name}`));
    delete process.env[FAILURE_VARIABLE];
    expect(await request(client)).not.toEqual(empty);
  });

  it('returns the item unresolved when resolving fails', async () => {
    const client = await withSource();
    const item = completionItems(await client.completion(URI, positionOf(SOURCE, 'status();', 7)))[0]!;
    process.env[FAILURE_VARIABLE] = 'completionResolve';
    expect(await client.resolve(item)).toEqual(item);
    expect(messages(client)).toContainEqual(expect.stringContaining('completionResolve failed'));
  });

  it('skips a file over the size limit and one that looks binary, logging each once', async () => {
    const huge = `${SOURCE}${'// padding\n'.repeat(Math.ceil(MAX_DOCUMENT_LENGTH / 11))}`;
    const client = await withSource(huge);
    expect(await client.hover(URI, positionOf(SOURCE, '404'))).toBeNull();
    expect(await client.inlayHints(URI, WHOLE_FILE)).toEqual([]);
    expect(messages(client).filter((message) => message.includes('not reading'))).toEqual([`[http-status] not reading ${URI}: it looks too large`]);
    const binary = `res.status(404);\u0000\u0001\u0002${'\uFFFD'.repeat(50)}`;
    await client.open('file:///project/blob.js', binary, 'javascript');
    expect(await client.hover('file:///project/blob.js', { line: 0, character: 12 })).toBeNull();
    expect(await client.hover('file:///project/blob.js', { line: 0, character: 12 })).toBeNull();
    expect(messages(client).filter((message) => message.includes('blob.js'))).toEqual(['[http-status] not reading file:///project/blob.js: it looks binary']);
  });

  it('reads a file again once it is back under the limit', async () => {
    const client = await withSource(`${SOURCE}${'x'.repeat(MAX_DOCUMENT_LENGTH)}`);
    expect(await client.hover(URI, positionOf(SOURCE, '404'))).toBeNull();
    await client.change(URI, [{ text: SOURCE }]);
    expect(hoverMarkdown(await client.hover(URI, positionOf(SOURCE, '404')))).toContain('**404 Not Found**');
  });

  it('answers in files with syntax errors, in minified one-line files and in random bytes', async () => {
    const broken = 'declare const res: { status(n: number): void };\nres.status(404\nfunction ( {{{ ]]] <div>\n';
    const client = await withSource(broken);
    expect(hoverMarkdown(await client.hover(URI, positionOf(broken, '404')))).toContain('**404 Not Found**');
    const minified = `${'var a=1;'.repeat(20_000)}const express=require("express");express().get("/",(q,r)=>r.status(410).end());`;
    await client.open('file:///project/min.js', minified, 'javascript');
    expect(await client.inlayHints('file:///project/min.js', WHOLE_FILE)).toEqual([{ label: 'Gone', position: { line: 0, character: minified.indexOf('410') + 3 }, paddingLeft: true }]);
    let seed = 7;
    const junk = Array.from({ length: 20_000 }, () => String.fromCharCode(32 + ((seed = (seed * 48_271) % 2_147_483_647) % 95))).join('');
    await client.open('file:///project/junk.ts', junk);
    for (let line = 0; line < 3; line++) {
      await client.hover('file:///project/junk.ts', { line, character: 5 });
      await client.completion('file:///project/junk.ts', { line, character: 5 });
    }
    expect(await client.inlayHints('file:///project/junk.ts', WHOLE_FILE)).toEqual([]);
    expect(messages(client).filter((message) => message.includes('failed'))).toEqual([]);
  });

  it('answers empty for a document it was never told about', async () => {
    const client = await started();
    expect(await client.hover('file:///nowhere.ts', { line: 0, character: 0 })).toBeNull();
    expect(await client.completion('file:///nowhere.ts', { line: 0, character: 0 })).toBeNull();
    expect(await client.inlayHints('file:///nowhere.ts', WHOLE_FILE)).toEqual([]);
  });
});

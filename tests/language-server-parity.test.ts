/**
 * The language server answers as the tsserver plugin does: on every fixture file, the same
 * hovers (text and span), the same completion entries (code, order key, description, inserted
 * text, replaced range, deprecation) and details, and the same inlay hints, at the same
 * positions. The plugin runs on a real LanguageService; the server in this process, spoken to
 * over LSP. Positions: every number literal and up to 60 member names (hover); inside and at
 * the end of a dozen status literals and a few other number literals per file, and the hole
 * left by deleting a status literal (completion); the whole file (inlay hints).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as ts from 'typescript';
import type { CompletionItem, InlayHint, Position } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInProcess, type InProcessServer } from './helpers/in-process-language-server';
import { completionItems, hoverMarkdown } from './helpers/language-server-client';
import { createPluginService, type PluginService } from './helpers/plugin-language-service';

const ROOT = join(__dirname, '..');
/** How many status literals per file are deleted to ask for completions in the hole. */
const HOLES_PER_FILE = 6;
/** How many number literals per file outside status sites are asked for completions (none expected, mostly). */
const OTHER_LITERALS_PER_FILE = 4;
/** How many status literals per file are asked for completions inside and at their end. */
const STATUS_LITERALS_PER_FILE = 12;
/** How many member names (`a.B`, `a['B']`, `{ B }`) per file are asked for hovers; every number literal is. */
const MEMBER_NAMES_PER_FILE = 60;
/** How many distinct completion items per file are resolved. */
const RESOLVES_PER_FILE = 10;

/** At most `count` of the items, spread over the whole list. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, index) => items[Math.floor((index * items.length) / count)]!);
}

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(?:[cm]?[jt]sx?)$/.test(file))
    .sort()
    .map((file) => join(ROOT, folder, file));
}

const FILES = [...sourceFiles('tests/fixtures'), ...sourceFiles('tests/e2e/ts-fixture/src'), ...sourceFiles('examples/src')];

const LANGUAGE_IDS: Readonly<Record<string, string>> = { ts: 'typescript', js: 'javascript' };

function languageIdOf(file: string): string {
  return LANGUAGE_IDS[/\.[cm]?tsx?$/.test(file) ? 'ts' : 'js']!;
}

interface Targets {
  readonly literals: ts.NumericLiteral[];
  readonly members: number[];
}

/** The node a member's hover is asked on: `a.B`, `a['B']`, `{ B }`, `{ B: b }`. */
function memberNameOf(node: ts.Node): ts.Node | undefined {
  if (ts.isPropertyAccessExpression(node)) return node.name;
  if (ts.isElementAccessExpression(node)) return node.argumentExpression;
  if (ts.isBindingElement(node)) return node.propertyName ?? node.name;
  return ts.isShorthandPropertyAssignment(node) ? node.name : undefined;
}

/** The offsets a hover is asked at, and the number literals, of one file. */
function targetsOf(fileName: string, text: string): Targets {
  const sourceFile = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const members: number[] = [];
  const literals: ts.NumericLiteral[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNumericLiteral(node)) literals.push(node);
    const name = memberNameOf(node);
    if (name) members.push(name.getStart(sourceFile));
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return { literals, members };
}

// --- the plugin's answers, in the LSP shape the server is held to ------------------------------

function range(document: TextDocument, span: ts.TextSpan) {
  return { start: document.positionAt(span.start), end: document.positionAt(span.start + span.length) };
}

/** Our part of the plugin's quick info, or `null` where it left TypeScript's answer alone. */
function pluginHover(plugin: PluginService, document: TextDocument, fileName: string, offset: number) {
  const mine = plugin.service.getQuickInfoAtPosition(fileName, offset);
  const theirs = plugin.original.getQuickInfoAtPosition(fileName, offset);
  if (JSON.stringify(mine) === JSON.stringify(theirs) || !mine) return null;
  const added = mine.documentation!.at(-1)!.text;
  // With TypeScript's own quick info the span is TypeScript's; alone, it is the status's, as the server's is.
  return { text: added, range: theirs ? undefined : range(document, mine.textSpan) };
}

interface ComparableItem {
  readonly label: string;
  readonly sortText: string | undefined;
  readonly description: string | undefined;
  readonly text: string;
  readonly replaces: unknown;
  readonly deprecated: boolean;
}

function pluginCompletions(plugin: PluginService, document: TextDocument, fileName: string, offset: number): ComparableItem[] {
  const result = plugin.service.getCompletionsAtPosition(fileName, offset, {});
  // TypeScript never offers a name made of digits: those entries are the plugin's.
  return (result?.entries ?? [])
    .filter((entry) => /^\d+$/.test(entry.name))
    .map((entry) => ({
      label: entry.name,
      sortText: entry.sortText,
      description: entry.labelDetails?.description,
      text: entry.insertText ?? entry.name,
      replaces: entry.replacementSpan ? range(document, entry.replacementSpan) : undefined,
      deprecated: (entry.kindModifiers ?? '').includes('deprecated'),
    }));
}

function serverCompletion(item: CompletionItem): ComparableItem {
  const edit = item.textEdit && 'range' in item.textEdit ? item.textEdit : undefined;
  return {
    label: item.label,
    sortText: item.sortText,
    description: item.labelDetails?.description,
    text: edit?.newText ?? item.insertText ?? item.label,
    replaces: edit?.range,
    deprecated: item.tags?.includes(1) ?? false,
  };
}

function pluginInlayHints(plugin: PluginService, document: TextDocument, fileName: string): string[] {
  const hints = plugin.service.provideInlayHints(fileName, { start: 0, length: document.getText().length }, {});
  return hints.map((hint) => `${JSON.stringify(document.positionAt(hint.position))} ${hint.text} ${hint.whitespaceBefore === true}`);
}

function serverInlayHints(hints: InlayHint[] | null): string[] {
  return (hints ?? []).map((hint) => `${JSON.stringify(hint.position)} ${String(hint.label)} ${hint.paddingLeft === true}`);
}

// ---------------------------------------------------------------------------------------

let server: InProcessServer;
const texts = new Map(FILES.map((file) => [file, readFileSync(file, 'utf8')]));
const compared = { files: 0, hovers: 0, completionPositions: 0, completionItems: 0, details: 0, inlayHints: 0 };

beforeAll(async () => {
  server = startInProcess();
  await server.client.initialize(undefined, undefined, null);
});

afterAll(() => server?.dispose());

function positionAt(document: TextDocument, offset: number): Position {
  return document.positionAt(offset);
}

describe('the language server answers as the tsserver plugin', () => {
  it.each(FILES.map((file) => [file.slice(ROOT.length + 1), file] as const))('%s', async (_name, file) => {
    const { client } = server;
    const text = texts.get(file)!;
    // One service per file: a change to one file then rebuilds a program of one file.
    const plugin = createPluginService(new Map([[file, text]]));
    const uri = pathToFileURL(file).href;
    const document = TextDocument.create(uri, languageIdOf(file), 1, text);
    await client.open(uri, text, languageIdOf(file));
    const { literals, members } = targetsOf(file, text);
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const hovers = [...literals.map((literal) => literal.getStart(sourceFile) + 1), ...spread(members, MEMBER_NAMES_PER_FILE)];

    for (const offset of hovers) {
      const expected = pluginHover(plugin, document, file, offset);
      const hover = await client.hover(uri, positionAt(document, offset));
      expect({ offset, text: hover ? hoverMarkdown(hover) : null }).toEqual({ offset, text: expected?.text ?? null });
      if (expected?.range) expect(hover?.range).toEqual(expected.range);
      if (expected) compared.hovers++;
    }

    const details = new Set<string>();
    const compareCompletions = async (current: TextDocument, offset: number) => {
      const expected = pluginCompletions(plugin, current, file, offset);
      const items = completionItems(await client.completion(uri, positionAt(current, offset)));
      expect({ offset, items: items.map(serverCompletion) }).toEqual({ offset, items: expected });
      compared.completionPositions++;
      compared.completionItems += items.length;
      for (const item of items.filter((entry) => !details.has(entry.label)).slice(0, Math.max(0, RESOLVES_PER_FILE - details.size))) {
        details.add(item.label);
        const resolved = await client.resolve(item);
        const entry = plugin.service.getCompletionEntryDetails(file, offset, item.label, undefined, undefined, undefined, undefined)!;
        expect(resolved.detail).toBe(entry.displayParts.map((part) => part.text).join(''));
        expect(resolved.documentation).toEqual({ kind: 'markdown', value: entry.documentation!.map((part) => part.text).join('') });
        compared.details++;
      }
    };
    const expectedHints = pluginInlayHints(plugin, document, file);
    expect(serverInlayHints(await client.inlayHints(uri, { start: { line: 0, character: 0 }, end: document.positionAt(text.length) }))).toEqual(expectedHints);
    compared.inlayHints += expectedHints.length;

    const hinted = new Set(expectedHints.map((hint) => hint.slice(0, hint.indexOf('}') + 1)));
    const isStatus = (literal: ts.NumericLiteral) => hinted.has(JSON.stringify(document.positionAt(literal.getEnd())));
    const statusLiterals = literals.filter(isStatus);
    for (const literal of [...spread(statusLiterals, STATUS_LITERALS_PER_FILE), ...spread(literals.filter((literal) => !isStatus(literal)), OTHER_LITERALS_PER_FILE)]) {
      await compareCompletions(document, literal.getStart(sourceFile) + 1);
      await compareCompletions(document, literal.getEnd());
    }

    // Holes: a status literal deleted, as while typing; the server hears it as an incremental change.
    let current = document;
    let version = 1;
    for (const literal of statusLiterals.slice(0, HOLES_PER_FILE)) {
      const start = literal.getStart(sourceFile);
      const holed = `${text.slice(0, start)}${text.slice(literal.getEnd())}`;
      await client.change(uri, [{ text }]);
      await client.change(uri, [{ range: range(document, { start, length: literal.getEnd() - start }), text: '' }]);
      version += 2;
      current = TextDocument.create(uri, languageIdOf(file), version, holed);
      plugin.setText(file, holed);
      await compareCompletions(current, start);
    }
    await client.close(uri);
    compared.files++;
  }, 120_000);

  it('compared every fixture file, and enough answers to mean something', () => {
    expect(compared.files).toBe(FILES.length);
    expect(compared.hovers).toBeGreaterThan(300);
    expect(compared.inlayHints).toBeGreaterThan(200);
    expect(compared.completionPositions).toBeGreaterThan(1000);
    expect(compared.completionItems).toBeGreaterThan(10_000);
    expect(compared.details).toBeGreaterThan(300);
  });
});

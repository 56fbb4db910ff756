/**
 * The syntax trees of the open documents, parsed lazily: on the first request after a change,
 * incrementally from the previous tree when there is one, and dropped when a document closes.
 */
import type * as ts from 'typescript';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parserFileName, scriptKindOf } from './languages';
import { skipReason, type SkipReason } from './limits';
import { tsModule } from './typescript';

interface ParsedVersion {
  readonly version: number;
  readonly sourceFile: ts.SourceFile;
}

/** What became of a document when it was asked for: its tree, or why there is none. */
export type ParseResult =
  | { readonly kind: 'parsed'; readonly sourceFile: ts.SourceFile }
  | { readonly kind: 'unsupported' }
  | { readonly kind: 'skipped'; readonly reason: SkipReason; readonly firstTime: boolean };

/** One parse, for the timing log: whether it reused the previous tree, and how long it took. */
export interface ParseEvent {
  readonly uri: string;
  readonly version: number;
  readonly incremental: boolean;
  readonly milliseconds: number;
  readonly length: number;
}

/**
 * The one edit that turns `before` into `after`: the common prefix and suffix are kept. This
 * holds whatever the client sent (several incremental changes, a full text), and costs one
 * pass over the text, a small part of a parse.
 */
export function changeRange(before: string, after: string): ts.TextChangeRange {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  while (suffix < shorter - start && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { span: { start, length: before.length - start - suffix }, newLength: after.length - start - suffix };
}

export class ParsedDocuments {
  private readonly trees = new Map<string, ParsedVersion>();
  /** Documents already logged as skipped, so that a skipped file is logged once, not on every request. */
  private readonly skipped = new Set<string>();

  constructor(private readonly onParse: (event: ParseEvent) => void = () => {}) {}

  /** The tree of the document as it is now. */
  get(document: TextDocument): ParseResult {
    const kind = scriptKindOf(document.uri, document.languageId);
    if (kind === undefined) return { kind: 'unsupported' };
    const previous = this.trees.get(document.uri);
    if (previous?.version === document.version) return { kind: 'parsed', sourceFile: previous.sourceFile };
    const text = document.getText();
    const reason = skipReason(text);
    if (reason) {
      this.trees.delete(document.uri);
      const firstTime = !this.skipped.has(document.uri);
      this.skipped.add(document.uri);
      return { kind: 'skipped', reason, firstTime };
    }
    this.skipped.delete(document.uri);
    const started = performance.now();
    const sourceFile = previous
      ? tsModule.updateSourceFile(previous.sourceFile, text, changeRange(previous.sourceFile.text, text))
      : tsModule.createSourceFile(parserFileName(document.uri, kind), text, tsModule.ScriptTarget.Latest, true, kind);
    this.onParse({ uri: document.uri, version: document.version, incremental: previous !== undefined, milliseconds: performance.now() - started, length: text.length });
    this.trees.set(document.uri, { version: document.version, sourceFile });
    return { kind: 'parsed', sourceFile };
  }

  /** Forgets a closed document. */
  close(uri: string): void {
    this.trees.delete(uri);
    this.skipped.delete(uri);
  }

  get size(): number {
    return this.trees.size;
  }
}

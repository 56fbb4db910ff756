/**
 * The syntax trees of the open documents, parsed lazily: on the first request after a change,
 * incrementally from the previous tree when there is one; dropped when a document closes, and
 * for all but the most recently asked-about documents.
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

/** Characters compared at once: string equality on slices runs as a memory comparison, far faster than a loop over characters. */
const CHUNK = 4096;

/**
 * The one edit that turns `before` into `after`: the common prefix and suffix are kept. This
 * holds whatever the client sent (several incremental changes, a full text), and costs a
 * fraction of a millisecond on a 20,000-line file, compared chunk by chunk.
 */
export function changeRange(before: string, after: string): ts.TextChangeRange {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start + CHUNK <= shorter && before.slice(start, start + CHUNK) === after.slice(start, start + CHUNK)) start += CHUNK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // The suffix stops where the prefix ended, so that the two never overlap.
  const room = shorter - start;
  let suffix = 0;
  const endsMatch = (length: number) => before.slice(before.length - suffix - length, before.length - suffix) === after.slice(after.length - suffix - length, after.length - suffix);
  while (suffix + CHUNK <= room && endsMatch(CHUNK)) suffix += CHUNK;
  while (suffix < room && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { span: { start, length: before.length - start - suffix }, newLength: after.length - start - suffix };
}

/**
 * How many syntax trees are kept: the documents an editor shows at once, and a few more. A
 * tree takes several times the memory of its text, so with hundreds of open documents only the
 * recently asked-about ones keep theirs; the others are parsed again when asked about.
 */
export const MAX_KEPT_TREES = 8;

export class ParsedDocuments {
  /** In the order they were last asked for, oldest first. */
  private readonly trees = new Map<string, ParsedVersion>();
  /** Documents already logged as skipped, so that a skipped file is logged once, not on every request. */
  private readonly skipped = new Set<string>();

  constructor(private readonly onParse: (event: ParseEvent) => void = () => {}) {}

  /** The tree of the document as it is now. */
  get(document: TextDocument): ParseResult {
    const kind = scriptKindOf(document.uri, document.languageId);
    if (kind === undefined) return { kind: 'unsupported' };
    const previous = this.trees.get(document.uri);
    if (previous) this.trees.delete(document.uri);
    if (previous?.version === document.version) return this.keep(document.uri, previous);
    const text = document.getText();
    const reason = skipReason(text);
    if (reason) {
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
    return this.keep(document.uri, { version: document.version, sourceFile });
  }

  /** Keeps the tree as the most recent one, dropping the least recently asked-about beyond the limit. */
  private keep(uri: string, parsed: ParsedVersion): ParseResult {
    this.trees.set(uri, parsed);
    for (const oldest of this.trees.keys()) {
      if (this.trees.size <= MAX_KEPT_TREES) break;
      this.trees.delete(oldest);
    }
    return { kind: 'parsed', sourceFile: parsed.sourceFile };
  }

  /** Forgets a closed document. */
  close(uri: string): void {
    this.trees.delete(uri);
    this.skipped.delete(uri);
  }

  /** The documents whose trees are kept, oldest first. */
  keptTrees(): string[] {
    return [...this.trees.keys()];
  }
}

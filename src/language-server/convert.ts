/** The feature functions' TypeScript answers as LSP answers; offsets become positions through the document. */
import type * as ts from 'typescript';
import {
  CompletionItemKind,
  CompletionItemTag,
  MarkupKind,
  type CompletionItem,
  type Hover,
  type InlayHint,
  type Range,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { tsModule } from './typescript';

/** What a completion item carries to `completionItem/resolve`: the name of the entry, which is its code. */
export interface CompletionData {
  readonly httpStatus: string;
}

export function isCompletionData(data: unknown): data is CompletionData {
  return typeof data === 'object' && data !== null && typeof (data as { httpStatus?: unknown }).httpStatus === 'string';
}

function rangeOf(document: TextDocument, span: ts.TextSpan): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.start + span.length) };
}

function partsText(parts: readonly ts.SymbolDisplayPart[] | undefined): string {
  return (parts ?? []).map((part) => part.text).join('');
}

/** The documentation as the hover's Markdown, on the span of the status. */
export function toHover(document: TextDocument, info: ts.QuickInfo): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: partsText(info.documentation) }, range: rangeOf(document, info.textSpan) };
}

function isDeprecated(entry: ts.CompletionEntry): boolean {
  return (entry.kindModifiers ?? '').split(',').includes(tsModule.ScriptElementKindModifier.deprecatedModifier);
}

/** A completion entry as an item: the constant it inserts, over the digits already typed when there are some. */
export function toCompletionItem(document: TextDocument, entry: ts.CompletionEntry): CompletionItem {
  const newText = entry.insertText ?? entry.name;
  const data: CompletionData = { httpStatus: entry.name };
  return {
    label: entry.name,
    kind: CompletionItemKind.Constant,
    sortText: entry.sortText,
    ...(entry.labelDetails ? { labelDetails: entry.labelDetails } : {}),
    ...(isDeprecated(entry) ? { tags: [CompletionItemTag.Deprecated] } : {}),
    // The label is the code and the text may be `StatusCodes.NOT_FOUND`: filter on the code typed.
    filterText: entry.name,
    ...(entry.replacementSpan ? { textEdit: { range: rangeOf(document, entry.replacementSpan), newText } } : { insertText: newText }),
    data,
  };
}

/** The item with the details of its entry: the title as detail, the documentation as Markdown. */
export function withDetails(item: CompletionItem, details: ts.CompletionEntryDetails): CompletionItem {
  return { ...item, detail: partsText(details.displayParts), documentation: { kind: MarkupKind.Markdown, value: partsText(details.documentation) } };
}

export function toInlayHint(document: TextDocument, hint: ts.InlayHint): InlayHint {
  return {
    label: hint.text,
    position: document.positionAt(hint.position),
    ...(hint.whitespaceBefore ? { paddingLeft: true } : {}),
    ...(hint.whitespaceAfter ? { paddingRight: true } : {}),
  };
}

/** The offsets an LSP range covers in the document, as TypeScript's span. */
export function spanOf(document: TextDocument, range: Range): ts.TextSpan {
  const start = document.offsetAt(range.start);
  return { start, length: Math.max(0, document.offsetAt(range.end) - start) };
}

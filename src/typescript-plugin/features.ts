import type * as ts from 'typescript';
import { ALL_STATUSES, getStatus, type StatusEntry } from '../registry';
import { documentationFor, type StatusDocumentation } from './documentation';
import type { ConfiguredHeaders } from './options';
import { nodeAtPosition, spanOf, statementsAround } from './positions';
import { fileMatcher, placeholderMatcher, type Placeholder, type TypeScriptSyntax } from './syntax';

type TS = typeof ts;

/** The code a position points at: a status literal, or a constants-library member. */
export interface StatusAtPosition {
  readonly code: number;
  readonly span: ts.TextSpan;
}

/** The value a number literal is, as the matcher sees it: itself, or `-1` around it. */
function valueNodeOf(syntax: TypeScriptSyntax, literal: ts.Node): ts.Node {
  const parent = syntax.parent(literal);
  return parent !== undefined && syntax.kind(parent) === 'number' ? parent : literal;
}

/** The nodes a library member may be reported on when the cursor is on `node`: `StatusCodes.NOT_FOUND` for `NOT_FOUND`. */
function memberCandidates(tsModule: TS, node: ts.Node): ts.Node[] {
  const parent = node.parent;
  if (!parent) return [node];
  const isNamePart =
    (tsModule.isPropertyAccessExpression(parent) && parent.name === node) ||
    (tsModule.isElementAccessExpression(parent) && parent.argumentExpression === node) ||
    (tsModule.isBindingElement(parent) && (parent.name === node || parent.propertyName === node)) ||
    ((tsModule.isPropertyAssignment(parent) || tsModule.isShorthandPropertyAssignment(parent)) && parent.name === node);
  return isNamePart ? [node, parent] : [node];
}

/**
 * The status the cursor is on, where the linter sees one: a number literal that the matcher
 * places at a status site, or a constants-library member the file's imports lead to.
 */
export function statusAtPosition(tsModule: TS, sourceFile: ts.SourceFile, position: number): StatusAtPosition | undefined {
  // The file's text hint first: in a file without status sites no node need be found.
  const { matcher, syntax } = fileMatcher(tsModule, sourceFile);
  if (!matcher.mayHaveStatuses) return undefined;
  const node = nodeAtPosition(tsModule, sourceFile, position);
  if (!node) return undefined;
  if (node.kind === tsModule.SyntaxKind.NumericLiteral) {
    const found = matcher.siteOfValue(valueNodeOf(syntax, node));
    return found?.value.code !== undefined ? { code: found.value.code, span: spanOf(found.value.node, sourceFile) } : undefined;
  }
  for (const candidate of memberCandidates(tsModule, node)) {
    const reference = syntax.trackedReference(candidate);
    if (reference?.type === 'member') return { code: reference.member.code, span: spanOf(candidate, sourceFile) };
  }
  return undefined;
}

function text(value: string, kind = 'text'): ts.SymbolDisplayPart {
  return { text: value, kind };
}

function documentationParts(documentation: StatusDocumentation): ts.SymbolDisplayPart[] {
  return [text(`**${documentation.title}** — ${documentation.summary}\n\n${documentation.body}`)];
}

/** TypeScript's quick info with the status documentation added, or ours alone where it has none. */
export function statusQuickInfo(
  tsModule: TS,
  sourceFile: ts.SourceFile,
  position: number,
  original: ts.QuickInfo | undefined,
  headers?: ConfiguredHeaders,
): ts.QuickInfo | undefined {
  const status = statusAtPosition(tsModule, sourceFile, position);
  const documentation = status ? documentationFor(status.code, headers) : undefined;
  if (!status || !documentation) return original;
  const ours = documentationParts(documentation);
  if (original) {
    const separator = original.documentation && original.documentation.length > 0 ? [text('\n\n')] : [];
    return { ...original, documentation: [...(original.documentation ?? []), ...separator, ...ours] };
  }
  return {
    kind: tsModule.ScriptElementKind.constElement,
    kindModifiers: '',
    textSpan: status.span,
    displayParts: [text(documentation.title)],
    documentation: ours,
    tags: [],
  };
}

/** The codes most handlers send, in the order completions offer them. */
export const COMMON_CODES: readonly number[] = [200, 201, 204, 400, 401, 403, 404, 409, 422, 429, 500, 301, 302, 304, 307, 308, 202, 405, 410, 415, 502, 503, 504];

const COMMON_PREFIX = '0';
const REST_PREFIX = '119';
const DEPRECATED_PREFIX = 'z';

function isRetired(entry: StatusEntry): boolean {
  return entry.state === 'unused' || entry.state === 'deprecated' || entry.state === 'obsoleted';
}

/**
 * Placed among TypeScript's `Completions.SortText` (5.5–6.0: tiers '10' to '18', variants
 * that only append to their tier's text, deprecated ones prefixed 'z') so that plain string
 * comparison, which editors use, gives: common codes before every TypeScript entry; the
 * rest by number after the locals ('11…') and before members and globals ('12' on); retired
 * codes sorted as TypeScript sorts a deprecated local, after everything not deprecated.
 */
function statusSortText(entry: StatusEntry): string {
  if (isRetired(entry)) return `${DEPRECATED_PREFIX}${REST_PREFIX}${entry.code}`;
  const common = COMMON_CODES.indexOf(entry.code);
  return common >= 0 ? `${COMMON_PREFIX}${String(common).padStart(2, '0')}` : `${REST_PREFIX}${entry.code}`;
}

/** The number a placeholder stands for: any registered code would do; every status site takes this one. */
const PLACEHOLDER_CODE = 200;

/** Whether a number at the placeholder would be a status value of a site, as the matcher sees the file. */
function wouldBeStatus(tsModule: TS, sourceFile: ts.SourceFile, placeholder: Placeholder): boolean {
  const matcher = placeholderMatcher(tsModule, sourceFile, placeholder);
  return matcher.mayHaveStatuses && matcher.siteOfValue(placeholder.node) !== undefined;
}

/** The status slot the cursor is in: `res.status(|`, `res.status(40|`, `{ status: | }`. */
function completionSlot(tsModule: TS, sourceFile: ts.SourceFile, position: number): { typed: string; replace?: ts.TextSpan } | undefined {
  if (!fileMatcher(tsModule, sourceFile).matcher.mayHaveStatuses) return undefined;
  const node = nodeAtPosition(tsModule, sourceFile, position);
  if (!node) return undefined;
  if (tsModule.isNumericLiteral(node)) {
    // The digits typed so far are judged as the code they will become, not as the number they are yet.
    if (!wouldBeStatus(tsModule, sourceFile, { node, value: PLACEHOLDER_CODE })) return undefined;
    return { typed: node.text.slice(0, position - node.getStart(sourceFile)), replace: spanOf(node, sourceFile) };
  }
  const empty = missingExpressionAt(tsModule, sourceFile, position);
  if (empty) return wouldBeStatus(tsModule, sourceFile, { node: empty, value: PLACEHOLDER_CODE }) ? { typed: '' } : undefined;
  const argumentsOwner = tsModule.isCallExpression(node) || tsModule.isNewExpression(node) ? node : undefined;
  if (argumentsOwner && argumentsOwner.arguments) {
    const index = argumentIndexAt(tsModule, sourceFile, argumentsOwner, position);
    if (index === undefined || index > argumentsOwner.arguments.length) return undefined;
    const existing = argumentsOwner.arguments[index];
    if (existing && existing.getStart(sourceFile) <= position && position <= existing.getEnd()) return undefined;
    const placeholder = tsModule.factory.createNumericLiteral(String(PLACEHOLDER_CODE));
    return wouldBeStatus(tsModule, sourceFile, { node: placeholder, value: PLACEHOLDER_CODE, owner: argumentsOwner, index }) ? { typed: '' } : undefined;
  }
  return undefined;
}

/**
 * The expression still missing just before the cursor, which TypeScript's parser stands in
 * for with an empty identifier: `{ status: | }`, `res.statusCode = |`, `case |:`, `ok ? 200 : |`.
 */
function missingExpressionAt(tsModule: TS, sourceFile: ts.SourceFile, position: number): ts.Identifier | undefined {
  let anchor = position;
  while (anchor > 0 && /\s/.test(sourceFile.text[anchor - 1]!)) anchor--;
  let found: ts.Identifier | undefined;
  const visit = (node: ts.Node): void => {
    if (node.pos > anchor || node.end < anchor) return;
    if (tsModule.isIdentifier(node) && node.pos === node.end && node.text === '') found = node;
    else tsModule.forEachChild(node, visit);
  };
  for (const statement of statementsAround(sourceFile, anchor, anchor)) visit(statement);
  return found;
}

function argumentIndexAt(tsModule: TS, sourceFile: ts.SourceFile, call: ts.CallExpression | ts.NewExpression, position: number): number | undefined {
  const open = call.getChildren(sourceFile).find((child) => child.kind === tsModule.SyntaxKind.OpenParenToken);
  if (!open || position < open.getEnd()) return undefined;
  const between = sourceFile.text.slice(open.getEnd(), position);
  let depth = 0;
  let commas = 0;
  for (const char of between) {
    if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
    else if (char === ',' && depth === 0) commas++;
  }
  return depth === 0 ? commas : undefined;
}

export interface CompletionOptions {
  readonly preferConstants: boolean;
}

/** What a code's completion entry says wherever it is offered, worked out once per code. */
interface CodeCompletion {
  readonly entry: StatusEntry;
  readonly name: string;
  readonly sortText: string;
  readonly retired: boolean;
  readonly labelDetails: ts.CompletionEntryLabelDetails;
}

const CODE_COMPLETIONS: readonly CodeCompletion[] = ALL_STATUSES.map((entry) => ({
  entry,
  name: String(entry.code),
  sortText: statusSortText(entry),
  retired: isRetired(entry),
  labelDetails: { description: entry.name },
}));

/** Status codes as completion entries where a status goes; `undefined` elsewhere. */
export function statusCompletions(
  tsModule: TS,
  sourceFile: ts.SourceFile,
  position: number,
): ts.CompletionEntry[] | undefined {
  const slot = completionSlot(tsModule, sourceFile, position);
  if (!slot) return undefined;
  // The library whose object the file binds first (`import { StatusCodes as S }`): its member is inserted.
  const constants = fileMatcher(tsModule, sourceFile).syntax.libraryBindings()[0];
  const kind = tsModule.ScriptElementKind.constElement;
  const deprecated = tsModule.ScriptElementKindModifier.deprecatedModifier;
  const { typed, replace } = slot;
  const entries: ts.CompletionEntry[] = [];
  for (let index = 0; index < CODE_COMPLETIONS.length; index++) {
    const { entry, name, sortText, retired, labelDetails } = CODE_COMPLETIONS[index]!;
    // Unregistered codes only once two digits narrow the list down to them.
    if (!name.startsWith(typed) || (!entry.registered && typed.length < 2)) continue;
    const member = constants ? entry.members[constants.library] : undefined;
    const insertText = member && constants ? `${constants.local}.${member}` : name;
    const kindModifiers = retired ? deprecated : '';
    // Only what editors use: every field travels to the editor for every entry. Two literals
    // rather than a spread of the optional field: this runs for every entry of every request.
    entries.push(
      replace
        ? { name, kind, kindModifiers, sortText, labelDetails, insertText, replacementSpan: replace }
        : { name, kind, kindModifiers, sortText, labelDetails, insertText },
    );
  }
  return entries;
}

/** The documentation of a completion entry we added (its name is the code). */
export function statusCompletionDetails(tsModule: TS, name: string, headers?: ConfiguredHeaders): ts.CompletionEntryDetails | undefined {
  if (!/^\d{3}$/.test(name)) return undefined;
  const documentation = documentationFor(Number(name), headers);
  if (!documentation) return undefined;
  return {
    name,
    kind: tsModule.ScriptElementKind.constElement,
    kindModifiers: '',
    displayParts: [text(documentation.title)],
    documentation: documentationParts(documentation),
    tags: [],
  };
}

/** The name after each status literal the matcher places at a site: `res.status(404 /* Not Found *\/)`. */
export function statusInlayHints(tsModule: TS, sourceFile: ts.SourceFile, span: ts.TextSpan): ts.InlayHint[] {
  const { matcher, syntax } = fileMatcher(tsModule, sourceFile);
  if (!matcher.mayHaveStatuses) return [];
  const hints: ts.InlayHint[] = [];
  const end = span.start + span.length;
  const numeric = tsModule.SyntaxKind.NumericLiteral;
  // Children come in the order of the text: `true` stops `forEachChild` at the first one past the span.
  const visit = (node: ts.Node): true | undefined => {
    if (node.pos > end) return true;
    if (node.end < span.start) return undefined;
    if (node.kind === numeric) {
      // Only a code the registry names gets a hint: other numbers need not be looked up at all.
      if (!getStatus(Number((node as ts.NumericLiteral).text))) return undefined;
      const found = matcher.siteOfValue(valueNodeOf(syntax, node));
      const entry = found?.value.code === undefined ? undefined : getStatus(found.value.code);
      if (entry) {
        hints.push({
          text: entry.name,
          position: node.getEnd(),
          kind: tsModule.InlayHintKind.Enum,
          whitespaceBefore: true,
        });
      }
      return undefined;
    }
    tsModule.forEachChild(node, visit);
    return undefined;
  };
  for (const statement of statementsAround(sourceFile, span.start, end)) visit(statement);
  return hints;
}

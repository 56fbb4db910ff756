import type * as ts from 'typescript';
import { ALL_STATUSES, getStatus, getStatusByMember, type StatusEntry } from '../registry';
import { documentationFor, type StatusDocumentation } from './documentation';
import { importedBindings, isStatusPosition, libraryOfAccess, nodeAtPosition, statementsAround } from './status-sites';

type TS = typeof ts;

/** The code a position points at: a status literal, or a constants-library member. */
export interface StatusAtPosition {
  readonly code: number;
  readonly span: ts.TextSpan;
}

function spanOf(node: ts.Node, sourceFile: ts.SourceFile): ts.TextSpan {
  const start = node.getStart(sourceFile);
  return { start, length: node.getEnd() - start };
}

export function statusAtPosition(tsModule: TS, sourceFile: ts.SourceFile, position: number): StatusAtPosition | undefined {
  const node = nodeAtPosition(tsModule, sourceFile, position);
  if (!node) return undefined;
  if (tsModule.isNumericLiteral(node) && isStatusPosition(tsModule, node)) {
    return { code: Number(node.text), span: spanOf(node, sourceFile) };
  }
  const access = tsModule.isIdentifier(node) && tsModule.isPropertyAccessExpression(node.parent) && node.parent.name === node ? node.parent : undefined;
  if (access) {
    const library = libraryOfAccess(tsModule, sourceFile, access);
    const entry = library ? getStatusByMember(access.name.text, library) : undefined;
    if (entry) return { code: entry.code, span: spanOf(access, sourceFile) };
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
): ts.QuickInfo | undefined {
  const status = statusAtPosition(tsModule, sourceFile, position);
  const documentation = status ? documentationFor(status.code) : undefined;
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

/** The status slot the cursor is in: `res.status(|`, `res.status(40|`, `{ status: | }`. */
function completionSlot(tsModule: TS, sourceFile: ts.SourceFile, position: number): { typed: string; replace?: ts.TextSpan } | undefined {
  const node = nodeAtPosition(tsModule, sourceFile, position);
  if (!node) return undefined;
  if (tsModule.isNumericLiteral(node)) {
    return isStatusPosition(tsModule, node) ? { typed: node.text.slice(0, position - node.getStart(sourceFile)), replace: spanOf(node, sourceFile) } : undefined;
  }
  const empty = emptyValueSlot(tsModule, sourceFile, node, position);
  if (empty) return isStatusPosition(tsModule, empty) ? { typed: '' } : undefined;
  const placeholder = tsModule.factory.createNumericLiteral('200');
  const argumentsOwner = tsModule.isCallExpression(node) || tsModule.isNewExpression(node) ? node : undefined;
  if (argumentsOwner && argumentsOwner.arguments) {
    const index = argumentIndexAt(tsModule, sourceFile, argumentsOwner, position);
    if (index === undefined) return undefined;
    const existing = argumentsOwner.arguments[index];
    if (existing && existing.getStart(sourceFile) <= position && position <= existing.getEnd()) return undefined;
    return isPlaceholderSlot(tsModule, placeholder, argumentsOwner, index) ? { typed: '' } : undefined;
  }
  return undefined;
}

/** The value of a property or assignment, when it is still missing (`{ status: | }`). */
function missingValueOf(tsModule: TS, sourceFile: ts.SourceFile, node: ts.Node): ts.Expression | undefined {
  const value = tsModule.isPropertyAssignment(node)
    ? node.initializer
    : tsModule.isBinaryExpression(node) && node.operatorToken.kind === tsModule.SyntaxKind.EqualsToken
      ? node.right
      : undefined;
  return value && value.getText(sourceFile) === '' ? value : undefined;
}

/** `{ status: | }`, `res.statusCode = |`: the value still missing where the cursor is. */
function emptyValueSlot(tsModule: TS, sourceFile: ts.SourceFile, node: ts.Node, position: number): ts.Expression | undefined {
  const candidates: ts.Node[] = [];
  for (let current: ts.Node | undefined = node; current && !tsModule.isSourceFile(current); current = current.parent) candidates.push(current);
  tsModule.forEachChild(node, (child) => {
    candidates.push(child);
  });
  for (const candidate of candidates) {
    const missing = missingValueOf(tsModule, sourceFile, candidate);
    if (missing && missing.getFullStart() <= position && position <= candidate.getEnd() + 1) return missing;
  }
  return undefined;
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

/** Asks the catalogue whether a number at argument `index` of `owner` would be a status. */
function isPlaceholderSlot(tsModule: TS, placeholder: ts.NumericLiteral, owner: ts.CallExpression | ts.NewExpression, index: number): boolean {
  Object.defineProperty(placeholder, 'parent', { value: owner, configurable: true });
  const args = [...(owner.arguments ?? [])];
  args[index] = placeholder;
  const view = Object.create(owner, { arguments: { value: args } }) as ts.CallExpression;
  Object.defineProperty(placeholder, 'parent', { value: view, configurable: true });
  return isStatusPosition(tsModule, placeholder);
}

export interface CompletionOptions {
  readonly preferConstants: boolean;
}

/** Status codes as completion entries where a status goes; `undefined` elsewhere. */
export function statusCompletions(
  tsModule: TS,
  sourceFile: ts.SourceFile,
  position: number,
): ts.CompletionEntry[] | undefined {
  const slot = completionSlot(tsModule, sourceFile, position);
  if (!slot) return undefined;
  const constants = [...importedBindings(tsModule, sourceFile)][0];
  return ALL_STATUSES.filter((entry) => entry.registered || (slot.typed.length >= 2 && String(entry.code).startsWith(slot.typed)))
    .filter((entry) => String(entry.code).startsWith(slot.typed))
    .map((entry) => {
      const member = constants ? entry.members[constants[1]] : undefined;
      const retired = isRetired(entry);
      // Only what editors use: every field travels to the editor for every entry.
      return {
        name: String(entry.code),
        kind: tsModule.ScriptElementKind.constElement,
        kindModifiers: retired ? tsModule.ScriptElementKindModifier.deprecatedModifier : '',
        sortText: statusSortText(entry),
        labelDetails: { description: entry.name },
        insertText: member && constants ? `${constants[0]}.${member}` : String(entry.code),
        ...(slot.replace ? { replacementSpan: slot.replace } : {}),
      } satisfies ts.CompletionEntry;
    });
}

/** The documentation of a completion entry we added (its name is the code). */
export function statusCompletionDetails(tsModule: TS, name: string): ts.CompletionEntryDetails | undefined {
  if (!/^\d{3}$/.test(name)) return undefined;
  const documentation = documentationFor(Number(name));
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

/** The name after each bare status literal in the span: `res.status(404 /* Not Found *\/)`. */
export function statusInlayHints(tsModule: TS, sourceFile: ts.SourceFile, span: ts.TextSpan): ts.InlayHint[] {
  const hints: ts.InlayHint[] = [];
  const end = span.start + span.length;
  const visit = (node: ts.Node): void => {
    if (node.getEnd() < span.start || node.getFullStart() > end) return;
    if (tsModule.isNumericLiteral(node) && isStatusPosition(tsModule, node)) {
      const entry = getStatus(Number(node.text));
      if (entry) {
        hints.push({
          text: entry.name,
          position: node.getEnd(),
          kind: tsModule.InlayHintKind.Enum,
          whitespaceBefore: true,
        });
      }
      return;
    }
    tsModule.forEachChild(node, visit);
  };
  for (const statement of statementsAround(sourceFile, span.start, end)) visit(statement);
  return hints;
}

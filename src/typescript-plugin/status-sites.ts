import type * as ts from 'typescript';
import {
  ASSIGNMENT_SHAPES,
  BINDING_SHAPES,
  BUILT_IN_ERROR_CLASSES,
  ERROR_CLASS_PATTERN,
  METHOD_SHAPES,
  RECEIVER_MEMBERS,
  RECEIVER_NAME_PATTERNS,
  STATUS_OBJECT_KEYS,
  STATUS_PROPERTIES,
  STATUS_VARIABLE_PATTERN,
  lookupByName,
  type BindingShape,
  type MethodShape,
  type ReceiverRole,
  type StatusArgument,
} from '../frameworks';
import { CONSTANTS_LIBRARIES, type ConstantsLibraryId } from '../registry';

type TS = typeof ts;

/** A place in a TypeScript syntax tree where a status code goes. */
export interface StatusSlot {
  /** The expression in the status position (possibly missing while typing). */
  readonly expression: ts.Expression | undefined;
  /** Where the status goes: the call's argument list, the property, the comparison. */
  readonly container: ts.Node;
}

const METHOD_SHAPES_BY_NAME = new Map<string, MethodShape[]>();
for (const shape of METHOD_SHAPES) METHOD_SHAPES_BY_NAME.set(shape.method, [...(METHOD_SHAPES_BY_NAME.get(shape.method) ?? []), shape]);

/** Binding shapes by the name they are called with (`HttpCode`, `json`, `redirect`). */
const BINDING_SHAPES_BY_NAME = new Map<string, BindingShape[]>();
for (const shape of BINDING_SHAPES) {
  const name = shape.source.path[shape.source.path.length - 1]!;
  const key = name === 'default' ? (shape.framework === 'http-errors' ? 'createError' : name) : name;
  BINDING_SHAPES_BY_NAME.set(key, [...(BINDING_SHAPES_BY_NAME.get(key) ?? []), shape]);
}

const ROLES = Object.keys(RECEIVER_NAME_PATTERNS) as ReceiverRole[];

function lastNameOf(tsModule: TS, node: ts.Node): string | undefined {
  if (tsModule.isIdentifier(node)) return node.text;
  if (tsModule.isPropertyAccessExpression(node)) return node.name.text;
  if (node.kind === tsModule.SyntaxKind.ThisKeyword) return 'this';
  return undefined;
}

/** Unwraps `x!`, `(x)`, `x as T` and method chains down to their first receiver. */
function receiverRoot(tsModule: TS, node: ts.Expression): ts.Expression {
  let current = node;
  for (;;) {
    if (tsModule.isParenthesizedExpression(current) || tsModule.isNonNullExpression(current) || tsModule.isAsExpression(current)) {
      current = current.expression;
    } else if (tsModule.isCallExpression(current) && tsModule.isPropertyAccessExpression(current.expression)) {
      current = current.expression.expression;
    } else {
      return current;
    }
  }
}

/** Roles from the receiver's name only: the language service answers without scope analysis. */
function receiverRoles(tsModule: TS, receiver: ts.Expression): Set<ReceiverRole> {
  const root = receiverRoot(tsModule, receiver);
  const name = lastNameOf(tsModule, root);
  const roles = new Set<ReceiverRole>();
  if (name === undefined) return roles;
  const viaMember = tsModule.isPropertyAccessExpression(root) ? lookupByName(RECEIVER_MEMBERS, name) : undefined;
  if (viaMember) roles.add(viaMember);
  for (const role of ROLES) if (RECEIVER_NAME_PATTERNS[role].test(name)) roles.add(role);
  return roles;
}

function argumentMatches(spec: readonly StatusArgument[], index: number, argument: ts.Expression | undefined, tsModule: TS): boolean {
  return spec.some((candidate) => {
    if (candidate.index !== index) return false;
    if (!candidate.onlyNumeric) return true;
    return argument === undefined || tsModule.isNumericLiteral(argument) || isLibraryMemberAccess(tsModule, argument);
  });
}

function isLibraryMemberAccess(tsModule: TS, node: ts.Node): boolean {
  return tsModule.isPropertyAccessExpression(node) && /^[A-Z][A-Z0-9_]+$/.test(node.name.text);
}

function methodSlot(tsModule: TS, call: ts.CallExpression, index: number, argument: ts.Expression | undefined): boolean {
  if (!tsModule.isPropertyAccessExpression(call.expression)) return false;
  const shapes = METHOD_SHAPES_BY_NAME.get(call.expression.name.text) ?? [];
  if (shapes.length === 0) return false;
  const roles = receiverRoles(tsModule, call.expression.expression);
  return shapes.some(
    (shape) =>
      argumentMatches(shape.statusArguments, index, argument, tsModule) &&
      (shape.anyReceiver || shape.receivers.some((role) => roles.has(role))),
  );
}

function bindingSlot(tsModule: TS, callee: ts.Expression, index: number, argument: ts.Expression | undefined, construct: boolean): boolean {
  const name = lastNameOf(tsModule, callee);
  if (name === undefined) return false;
  const shapes = BINDING_SHAPES_BY_NAME.get(name) ?? [];
  const matched = shapes.some(
    (shape) =>
      (shape.invocation === 'call-or-construct' || (shape.invocation === 'construct') === construct) &&
      argumentMatches(shape.statusArguments, index, argument, tsModule),
  );
  if (matched) return true;
  return construct && ERROR_CLASS_PATTERN.test(name) && !BUILT_IN_ERROR_CLASSES.has(name) && argument !== undefined && tsModule.isNumericLiteral(argument);
}

function isStatusExpression(tsModule: TS, node: ts.Expression): boolean {
  if (tsModule.isPropertyAccessExpression(node)) return STATUS_PROPERTIES.includes(node.name.text);
  if (tsModule.isIdentifier(node)) return STATUS_VARIABLE_PATTERN.test(node.text);
  if (tsModule.isParenthesizedExpression(node) || tsModule.isNonNullExpression(node)) return isStatusExpression(tsModule, node.expression);
  return false;
}

function isEquality(tsModule: TS, kind: ts.SyntaxKind): boolean {
  const { EqualsEqualsEqualsToken, ExclamationEqualsEqualsToken, EqualsEqualsToken, ExclamationEqualsToken } = tsModule.SyntaxKind;
  return kind === EqualsEqualsEqualsToken || kind === ExclamationEqualsEqualsToken || kind === EqualsEqualsToken || kind === ExclamationEqualsToken;
}

function propertyName(tsModule: TS, name: ts.PropertyName): string | undefined {
  return tsModule.isIdentifier(name) || tsModule.isStringLiteral(name) ? name.text : undefined;
}

/** The expression stands where a status goes, by the catalogue's shapes. */
export function isStatusPosition(tsModule: TS, expression: ts.Expression): boolean {
  let node: ts.Node = expression;
  // `ok ? 200 : 404`, `err.status || 500`: the arms stand where the whole does.
  while (
    (tsModule.isConditionalExpression(node.parent) && node !== node.parent.condition) ||
    tsModule.isParenthesizedExpression(node.parent) ||
    tsModule.isAsExpression(node.parent) ||
    (tsModule.isBinaryExpression(node.parent) &&
      (node.parent.operatorToken.kind === tsModule.SyntaxKind.BarBarToken ||
        node.parent.operatorToken.kind === tsModule.SyntaxKind.QuestionQuestionToken) &&
      node === node.parent.right &&
      !isStatusExpression(tsModule, node.parent.left))
  ) {
    node = node.parent;
  }
  return isSlot(tsModule, node as ts.Expression);
}

function isSlot(tsModule: TS, node: ts.Expression): boolean {
  const parent = node.parent;
  if (tsModule.isCallExpression(parent) || tsModule.isNewExpression(parent)) {
    const index = parent.arguments?.indexOf(node) ?? -1;
    if (index < 0) return false;
    const construct = tsModule.isNewExpression(parent);
    return (!construct && methodSlot(tsModule, parent as ts.CallExpression, index, node)) || bindingSlot(tsModule, parent.expression, index, node, construct);
  }
  if (tsModule.isPropertyAssignment(parent) && parent.initializer === node) {
    const key = propertyName(tsModule, parent.name);
    return key !== undefined && STATUS_OBJECT_KEYS.includes(key);
  }
  if (tsModule.isBinaryExpression(parent)) {
    if (parent.operatorToken.kind === tsModule.SyntaxKind.EqualsToken && parent.right === node) {
      return isStatusAssignmentTarget(tsModule, parent.left);
    }
    if (isEquality(tsModule, parent.operatorToken.kind)) {
      const other = parent.left === node ? parent.right : parent.left;
      return isStatusExpression(tsModule, other);
    }
    if (
      (parent.operatorToken.kind === tsModule.SyntaxKind.BarBarToken || parent.operatorToken.kind === tsModule.SyntaxKind.QuestionQuestionToken) &&
      parent.right === node
    ) {
      return isStatusExpression(tsModule, parent.left);
    }
    return false;
  }
  if (tsModule.isCaseClause(parent) && parent.expression === node) {
    return isStatusExpression(tsModule, parent.parent.parent.expression);
  }
  return false;
}

function isStatusAssignmentTarget(tsModule: TS, target: ts.Expression): boolean {
  if (!tsModule.isPropertyAccessExpression(target)) return false;
  const property = target.name.text;
  const roles = receiverRoles(tsModule, target.expression);
  return ASSIGNMENT_SHAPES.some((shape) => shape.property === property && (shape.anyReceiver || shape.receivers.some((role) => roles.has(role))));
}

/** The innermost node that contains `position`, found by descending from the file. */
export function nodeAtPosition(tsModule: TS, sourceFile: ts.SourceFile, position: number): ts.Node | undefined {
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (position < node.getFullStart() || position > node.getEnd() || node.kind === tsModule.SyntaxKind.EndOfFileToken) return;
    if (position >= node.getStart(sourceFile)) found = node;
    tsModule.forEachChild(node, visit);
  };
  // Only the top-level statements around the position, found by bisection: a long file has
  // thousands, and an editor asks on every keystroke.
  for (const statement of statementsAround(sourceFile, position, position)) visit(statement);
  return found;
}

/** The top-level statements that overlap [start, end], without walking the others. */
export function statementsAround(sourceFile: ts.SourceFile, start: number, end: number): readonly ts.Statement[] {
  const statements = sourceFile.statements;
  let low = 0;
  let high = statements.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (statements[middle]!.getEnd() < start) low = middle + 1;
    else high = middle;
  }
  let last = low;
  while (last < statements.length && statements[last]!.getFullStart() <= end) last++;
  return statements.slice(low, last);
}

/** `StatusCodes.NOT_FOUND` where `StatusCodes` comes from a known library: its library. */
export function libraryOfAccess(tsModule: TS, sourceFile: ts.SourceFile, access: ts.PropertyAccessExpression): ConstantsLibraryId | undefined {
  const root = access.expression;
  const local = lastNameOf(tsModule, root);
  if (local === undefined) return undefined;
  const imports = importedBindings(tsModule, sourceFile);
  return imports.get(local);
}

const BINDINGS = new WeakMap<ts.SourceFile, ReadonlyMap<string, ConstantsLibraryId>>();

/** Local names bound to a constants library's export, read once per version of a file. */
export function importedBindings(tsModule: TS, sourceFile: ts.SourceFile): ReadonlyMap<string, ConstantsLibraryId> {
  let bindings = BINDINGS.get(sourceFile);
  if (!bindings) {
    bindings = readImportedBindings(tsModule, sourceFile);
    BINDINGS.set(sourceFile, bindings);
  }
  return bindings;
}

function readImportedBindings(tsModule: TS, sourceFile: ts.SourceFile): Map<string, ConstantsLibraryId> {
  const bindings = new Map<string, ConstantsLibraryId>();
  for (const statement of sourceFile.statements) {
    if (tsModule.isImportDeclaration(statement) && tsModule.isStringLiteral(statement.moduleSpecifier)) {
      const library = CONSTANTS_LIBRARIES.find((candidate) => candidate.module === (statement.moduleSpecifier as ts.StringLiteral).text);
      const clause = statement.importClause;
      if (!library || !clause) continue;
      const exportNames = [library.exportName, ...library.alternativeExports];
      if (clause.name && library.exportName === 'default') bindings.set(clause.name.text, library.id);
      const named = clause.namedBindings;
      if (named && tsModule.isNamedImports(named)) {
        for (const element of named.elements) {
          const imported = (element.propertyName ?? element.name).text;
          if (exportNames.includes(imported)) bindings.set(element.name.text, library.id);
        }
      }
    } else if (tsModule.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const library = requiredLibrary(tsModule, declaration.initializer);
        if (!library || !tsModule.isObjectBindingPattern(declaration.name)) continue;
        for (const element of declaration.name.elements) {
          const imported = element.propertyName && tsModule.isIdentifier(element.propertyName) ? element.propertyName.text : lastNameOf(tsModule, element.name);
          if (imported && [library.exportName, ...library.alternativeExports].includes(imported) && tsModule.isIdentifier(element.name)) {
            bindings.set(element.name.text, library.id);
          }
        }
      }
    }
  }
  return bindings;
}

function requiredLibrary(tsModule: TS, node: ts.Expression | undefined) {
  if (!node || !tsModule.isCallExpression(node) || !tsModule.isIdentifier(node.expression) || node.expression.text !== 'require') return undefined;
  const [specifier] = node.arguments;
  if (!specifier || !tsModule.isStringLiteral(specifier)) return undefined;
  return CONSTANTS_LIBRARIES.find((library) => library.module === specifier.text);
}

import { AST } from './ast';
import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { calleeName, enclosingFunction, lastName, unwrapExpression } from './nodes';

/** A value that sends nothing: absent, `null`, `undefined`, `void 0`, `''`. */
export function isEmptyContent(node: TSESTree.Node | undefined): boolean {
  if (!node) return true;
  const expression = unwrapExpression(node);
  if (expression.type === AST.Literal) return expression.value === null || expression.value === '';
  if (expression.type === AST.Identifier) return expression.name === 'undefined';
  return expression.type === AST.UnaryExpression && expression.operator === 'void';
}

/**
 * Whether a value handed to a response is content the code visibly sends: a literal, an
 * object, an array, a string or template, JSX, `JSON.stringify(…)`, a binding to one of those
 * in the same function, or a value whose declared type is neither `void` nor `undefined`.
 * A value the code cannot show (`send(result)` with `result` from an opaque call) is not:
 * handlers routinely pass on what a service returned, and that is often nothing.
 */
export function isVisibleContent(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth = 0): boolean {
  const expression = unwrapExpression(node);
  switch (expression.type) {
    case AST.Literal:
      return expression.value !== null && expression.value !== '';
    case AST.TemplateLiteral:
      return expression.expressions.length > 0 || expression.quasis.some((quasi) => quasi.value.raw !== '');
    case AST.ObjectExpression:
    case AST.ArrayExpression:
    case AST.JSXElement:
    case AST.JSXFragment:
      return true;
    case AST.BinaryExpression:
      return expression.operator === '+' && (isStringPiece(expression.left) || isStringPiece(expression.right));
    case AST.ConditionalExpression:
      return isVisibleContent(expression.consequent, sourceCode, depth + 1) && isVisibleContent(expression.alternate, sourceCode, depth + 1);
    case AST.LogicalExpression:
      // `result ?? {}`: something is sent whatever `result` is.
      return expression.operator !== '&&' && isVisibleContent(expression.right, sourceCode, depth + 1);
    case AST.CallExpression:
      return isSerialisingCall(expression) || hasValueType(expression, sourceCode);
    case AST.Identifier:
      return depth < 4 && isVisibleBinding(expression, sourceCode, depth);
    default:
      return hasValueType(expression, sourceCode);
  }
}

function isStringPiece(node: TSESTree.Node): boolean {
  const expression = unwrapExpression(node);
  return (expression.type === AST.Literal && typeof expression.value === 'string' && expression.value !== '') || expression.type === AST.TemplateLiteral;
}

/** `JSON.stringify(x)`, `Buffer.from(x)`: calls whose result is content, whatever `x` is. */
function isSerialisingCall(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST.MemberExpression) return false;
  const owner = lastName(callee.object);
  const method = calleeName(callee);
  return (owner === 'JSON' && method === 'stringify') || (owner === 'Buffer' && method === 'from');
}

/** `const body = { … }` in the same function, never reassigned; or a parameter typed as a value. */
function isVisibleBinding(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>, depth: number): boolean {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs[0];
  if (!variable || !definition || variable.defs.length > 1) return hasValueType(identifier, sourceCode);
  const declaredType = (definition.name as TSESTree.Identifier).typeAnnotation?.typeAnnotation;
  if (declaredType) return typeSaysValue(declaredType);
  if (definition.type !== 'Variable' || !definition.node.init) return hasValueType(identifier, sourceCode);
  const reassigned = variable.references.some((reference) => reference.isWrite() && reference.writeExpr !== definition.node.init);
  if (reassigned || enclosingFunction(definition.node) !== enclosingFunction(identifier)) return hasValueType(identifier, sourceCode);
  return (
    isVisibleContent(definition.node.init, sourceCode, depth + 1) ||
    variable.references.some((reference) => provesPresent(reference.identifier as TSESTree.Identifier, identifier)) ||
    hasValueType(identifier, sourceCode)
  );
}

/**
 * Whether an earlier use of the same variable shows it holds something where `use` is:
 * `if (!user) return …` before it, `if (user) { … use … }` around it, `assert(user)`.
 */
function provesPresent(check: TSESTree.Identifier, use: TSESTree.Identifier): boolean {
  if (check === use || check.range[0] >= use.range[0]) return false;
  const parent = check.parent;
  if (parent.type === AST.CallExpression && parent.arguments[0] === check) {
    return /^(?:assert|ok|invariant|assertExists)$/.test(calleeName(parent.callee) ?? '');
  }
  if (parent.type === AST.UnaryExpression && parent.operator === '!') {
    const statement = conditionOf(parent, '||');
    return statement !== undefined && exits(statement.consequent) && !contains(statement, use);
  }
  const statement = conditionOf(check, '&&');
  return statement !== undefined && contains(statement.consequent, use);
}

/** The `if` whose test is `node`, alone or joined to others by `operator`. */
function conditionOf(node: TSESTree.Node, operator: '||' | '&&'): TSESTree.IfStatement | undefined {
  let current = node;
  let parent = current.parent;
  while (parent?.type === AST.LogicalExpression && parent.operator === operator) {
    current = parent;
    parent = current.parent;
  }
  return parent?.type === AST.IfStatement && parent.test === current ? parent : undefined;
}

function exits(statement: TSESTree.Statement): boolean {
  if (statement.type === AST.ReturnStatement || statement.type === AST.ThrowStatement) return true;
  if (statement.type !== AST.BlockStatement) return false;
  const last = statement.body[statement.body.length - 1];
  return last !== undefined && exits(last);
}

function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}


const WRAPPER_TYPES = new Set(['Promise', 'PromiseLike', 'Observable']);

/**
 * Whether a type annotation promises a value: not `void`, `undefined`, `null`, `never`, `any`
 * or `unknown`, nor a union that may be one of those, nor a promise of one.
 */
export function typeSaysValue(type: TSESTree.TypeNode): boolean {
  switch (type.type) {
    case AST.TSVoidKeyword:
    case AST.TSUndefinedKeyword:
    case AST.TSNullKeyword:
    case AST.TSNeverKeyword:
    case AST.TSAnyKeyword:
    case AST.TSUnknownKeyword:
      return false;
    case AST.TSUnionType:
      return type.types.every(typeSaysValue);
    case AST.TSTypeReference: {
      const name = type.typeName.type === AST.Identifier ? type.typeName.name : undefined;
      const [argument] = type.typeArguments?.params ?? [];
      if (name !== undefined && WRAPPER_TYPES.has(name)) return argument !== undefined && typeSaysValue(argument);
      return true;
    }
    default:
      return true;
  }
}

interface TypeServices {
  readonly program: { getTypeChecker(): TypeChecker };
  readonly esTreeNodeToTSNodeMap: { get(node: TSESTree.Node): unknown };
}

interface CheckedType {
  isUnion?(): boolean;
  types?: readonly CheckedType[];
}

interface TypeChecker {
  getTypeAtLocation(node: unknown): CheckedType;
  typeToString(type: CheckedType): string;
  getAwaitedType?(type: CheckedType): CheckedType | undefined;
}

/**
 * Whether a type may be nothing: one of `NOTHING_TYPES`, a union with one, or a promise of
 * one. Read through the checker's own API, which, unlike type flags, is the same in every
 * TypeScript version.
 */
function mayBeNothing(type: CheckedType, checker: TypeChecker, depth = 0): boolean {
  if (depth > 3) return true;
  if (type.isUnion?.() && type.types) return type.types.some((member) => mayBeNothing(member, checker, depth + 1));
  if (NOTHING_TYPES.has(checker.typeToString(type))) return true;
  const awaited = checker.getAwaitedType?.(type);
  return awaited !== undefined && awaited !== type && mayBeNothing(awaited, checker, depth + 1);
}

/** Types that may be nothing at run time, as TypeScript prints them. */
const NOTHING_TYPES: ReadonlySet<string> = new Set(['void', 'undefined', 'null', 'never', 'any', 'unknown']);

/**
 * With type information (typescript-eslint's `parserOptions.project`), a value whose type
 * TypeScript knows to be something; without it, nothing can be known, so nothing is.
 */
function hasValueType(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const services = sourceCode.parserServices as Partial<TypeServices> | undefined;
  if (!services?.program || !services.esTreeNodeToTSNodeMap) return false;
  try {
    const checker = services.program.getTypeChecker();
    return !mayBeNothing(checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(node)), checker);
  } catch {
    return false;
  }
}

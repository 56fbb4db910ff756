import type * as ts from 'typescript';

type TS = typeof ts;

/** `x` in `((x))`: ESTree has no parentheses, so the adapter looks through them everywhere. */
export function skipParentheses(tsModule: TS, node: ts.Node): ts.Node {
  let current = node;
  while (tsModule.isParenthesizedExpression(current)) current = current.expression;
  return current;
}

/** What holds a node, parentheses skipped: the parent of `(x)` for `x`. */
export function parentBeyondParentheses(tsModule: TS, node: ts.Node): ts.Node | undefined {
  let parent = node.parent;
  while (parent && tsModule.isParenthesizedExpression(parent)) parent = parent.parent;
  return parent;
}

/**
 * Whether `node` hands its operand's value through unchanged: parentheses, type assertions,
 * `satisfies`, `!`, and instantiation expressions (`f<T>`), none of which ESTree keeps apart
 * from the value.
 */
export function isValueWrapper(tsModule: TS, node: ts.Node): node is ts.Node & { readonly expression: ts.Expression } {
  const K = tsModule.SyntaxKind;
  switch (node.kind) {
    case K.ParenthesizedExpression:
    case K.AsExpression:
    case K.SatisfiesExpression:
    case K.TypeAssertionExpression:
    case K.NonNullExpression:
    case K.ExpressionWithTypeArguments:
      return true;
    default:
      return false;
  }
}

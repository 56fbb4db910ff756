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

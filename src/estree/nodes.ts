import { AST } from './ast';
import { type TSESLint, type TSESTree } from '@typescript-eslint/utils';

/** Strips what does not change a value: parentheses are already gone; casts, `!`, `satisfies`. */
export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST.TSAsExpression:
      case AST.TSNonNullExpression:
      case AST.TSSatisfiesExpression:
      case AST.TSTypeAssertion:
      case AST.ChainExpression:
        current = current.expression;
        break;
      case AST.AwaitExpression:
        current = current.argument;
        break;
      default:
        return current;
    }
  }
}

/** The static name of a member expression's property (`a.b`, `a['b']`), if it has one. */
export function memberName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed && node.property.type === AST.Identifier) return node.property.name;
  if (node.property.type === AST.Literal && typeof node.property.value === 'string') {
    return node.property.value;
  }
  return undefined;
}

/** The called method's name and receiver of `receiver.method(…)`. */
export function methodCall(
  node: TSESTree.CallExpression,
): { readonly name: string; readonly receiver: TSESTree.Expression } | undefined {
  const callee = unwrapExpression(node.callee);
  if (callee.type !== AST.MemberExpression) return undefined;
  const name = memberName(callee);
  return name === undefined ? undefined : { name, receiver: callee.object };
}

/** The last name of an expression: `res`, `this.res` → `res`, `ctx.response` → `response`. */
export function lastName(node: TSESTree.Node): string | undefined {
  const expression = unwrapExpression(node);
  if (expression.type === AST.Identifier) return expression.name;
  if (expression.type === AST.MemberExpression) return memberName(expression);
  return undefined;
}

/** The name of a property key that is written as a plain name or string. */
export function propertyKeyName(
  node: TSESTree.Property | TSESTree.PropertyDefinition,
): string | undefined {
  if (node.computed) return undefined;
  if (node.key.type === AST.Identifier) return node.key.name;
  if (node.key.type === AST.Literal && typeof node.key.value === 'string') {
    return node.key.value;
  }
  return undefined;
}

/** The name a class or constructor callee is known by (`AppError`, `errors.NotFoundError`). */
export function calleeName(node: TSESTree.Expression): string | undefined {
  return lastName(node);
}

export function isFunctionNode(
  node: TSESTree.Node,
): node is
  | TSESTree.FunctionExpression
  | TSESTree.ArrowFunctionExpression
  | TSESTree.FunctionDeclaration {
  return (
    node.type === AST.FunctionExpression ||
    node.type === AST.ArrowFunctionExpression ||
    node.type === AST.FunctionDeclaration
  );
}

/** The function a node belongs to, not counting the node itself. */
export function enclosingFunction(
  node: TSESTree.Node,
): TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) return current;
  }
  return undefined;
}

/** Calls `visit` on `root` and on every node below it, parents before children, in source order. */
export function walk(root: TSESTree.Node, visitorKeys: TSESLint.SourceCode['visitorKeys'], visit: (node: TSESTree.Node) => void): void {
  const step = (node: TSESTree.Node): void => {
    visit(node);
    for (const key of visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child) if (item && typeof item === 'object' && 'type' in item) step(item as TSESTree.Node);
      } else if (child && typeof child === 'object' && 'type' in child) {
        step(child as TSESTree.Node);
      }
    }
  };
  step(root);
}

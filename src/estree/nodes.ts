import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

/** Strips what does not change a value: parentheses are already gone; casts, `!`, `satisfies`. */
export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      case AST_NODE_TYPES.AwaitExpression:
        current = current.argument;
        break;
      default:
        return current;
    }
  }
}

/** The static name of a member expression's property (`a.b`, `a['b']`), if it has one. */
export function memberName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier) return node.property.name;
  if (node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'string') {
    return node.property.value;
  }
  return undefined;
}

/** The called method's name and receiver of `receiver.method(…)`. */
export function methodCall(
  node: TSESTree.CallExpression,
): { readonly name: string; readonly receiver: TSESTree.Expression } | undefined {
  const callee = unwrapExpression(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const name = memberName(callee);
  return name === undefined ? undefined : { name, receiver: callee.object };
}

/** The last name of an expression: `res`, `this.res` → `res`, `ctx.response` → `response`. */
export function lastName(node: TSESTree.Node): string | undefined {
  const expression = unwrapExpression(node);
  if (expression.type === AST_NODE_TYPES.Identifier) return expression.name;
  if (expression.type === AST_NODE_TYPES.MemberExpression) return memberName(expression);
  return undefined;
}

/** The name of a property key that is written as a plain name or string. */
export function propertyKeyName(
  node: TSESTree.Property | TSESTree.PropertyDefinition,
): string | undefined {
  if (node.computed) return undefined;
  if (node.key.type === AST_NODE_TYPES.Identifier) return node.key.name;
  if (node.key.type === AST_NODE_TYPES.Literal && typeof node.key.value === 'string') {
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
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node.type === AST_NODE_TYPES.FunctionDeclaration
  );
}

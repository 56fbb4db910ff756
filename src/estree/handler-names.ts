import { AST } from './ast';
import { type TSESTree } from '@typescript-eslint/utils';
import type { FunctionNode } from './handler';
import { propertyKeyName } from './nodes';

/** Names a user may match in `ignore`: the function's name and the route path it serves. */
export function handlerNames(fn: FunctionNode | undefined): string[] {
  if (!fn) return [];
  const names: string[] = [];
  if (fn.type === AST.FunctionDeclaration && fn.id) names.push(fn.id.name);
  const parent = fn.parent;
  if (parent?.type === AST.VariableDeclarator && parent.id.type === AST.Identifier) names.push(parent.id.name);
  if (parent?.type === AST.MethodDefinition || parent?.type === AST.Property) {
    const key = propertyKeyName(parent as TSESTree.Property);
    if (key !== undefined) names.push(key);
  }
  if (parent?.type === AST.CallExpression) {
    const path = parent.arguments[0];
    if (path?.type === AST.Literal && typeof path.value === 'string') names.push(path.value);
  }
  return names;
}

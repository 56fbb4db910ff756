import { AST } from './ast';
import {ASTUtils, type TSESLint, type TSESTree} from '@typescript-eslint/utils';
import type { ConstantsLibraryId } from '../registry';
import type { LibraryMember } from './bindings';
import { FALLBACK_FUNCTIONS } from '../frameworks';
import { calleeName, propertyKeyName, unwrapExpression } from './nodes';

/** Where a status value comes from; `string` is a status written as text (`'404'`). */
export type ValueSource = 'literal' | 'constant' | 'library' | 'string' | 'unknown';

/** One expression that may end up as the status, and the code it stands for when known. */
export interface StatusValue {
  readonly node: TSESTree.Node;
  readonly code: number | undefined;
  readonly source: ValueSource;
  readonly library?: ConstantsLibraryId;
  readonly member?: string;
}

export interface ValueContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly members: ReadonlyMap<TSESTree.Node, LibraryMember>;
}

/** The expressions a status may come from: both arms of `?:`, both sides of `||` and `??`. */
export function statusLeaves(node: TSESTree.Node): TSESTree.Node[] {
  const expression = unwrapExpression(node);
  if (expression.type === AST.ConditionalExpression) {
    return [...statusLeaves(expression.consequent), ...statusLeaves(expression.alternate)];
  }
  if (
    expression.type === AST.LogicalExpression &&
    (expression.operator === '||' || expression.operator === '??')
  ) {
    return [...statusLeaves(expression.left), ...statusLeaves(expression.right)];
  }
  // `_.defaultTo(status, 422)`: the value, or the default.
  if (expression.type === AST.CallExpression && isFallbackCall(expression)) {
    return expression.arguments.slice(0, 2).flatMap((argument) => (argument.type === AST.SpreadElement ? [] : statusLeaves(argument)));
  }
  return [expression];
}

function isFallbackCall(call: TSESTree.CallExpression): boolean {
  const name = calleeName(call.callee);
  return name !== undefined && FALLBACK_FUNCTIONS.includes(name) && call.arguments.length === 2;
}

function numericLiteral(node: TSESTree.Node): number | undefined {
  if (node.type === AST.Literal && typeof node.value === 'number') return node.value;
  if (
    node.type === AST.UnaryExpression &&
    node.operator === '-' &&
    node.argument.type === AST.Literal &&
    typeof node.argument.value === 'number'
  ) {
    return -node.argument.value;
  }
  return undefined;
}

/** What a single leaf stands for: a literal, a `const`, a library member, or unknown. */
export function resolveLeaf(node: TSESTree.Node, context: ValueContext): StatusValue {
  const literal = numericLiteral(node);
  if (literal !== undefined) return { node, code: literal, source: 'literal' };
  if (isStatusText(node)) return { node, code: undefined, source: 'string' };
  const member = context.members.get(node);
  if (member) {
    return { node, code: member.code, source: 'library', library: member.library, member: member.member };
  }
  if (node.type === AST.Identifier || node.type === AST.MemberExpression) {
    const value = ASTUtils.getStaticValue(node, context.sourceCode.getScope(node));
    if (value && typeof value.value === 'number') {
      return { node, code: value.value, source: 'constant' };
    }
  }
  return { node, code: undefined, source: 'unknown' };
}

export function resolveValues(node: TSESTree.Node, context: ValueContext): StatusValue[] {
  return statusLeaves(node).map((leaf) => resolveLeaf(leaf, context));
}

/** The status values of an init object (`{ status: 201, headers }`), or of a bare number. */
export function resolveInitValues(
  node: TSESTree.Node,
  properties: readonly string[],
  context: ValueContext,
): StatusValue[] {
  const expression = unwrapExpression(node);
  if (expression.type !== AST.ObjectExpression) return resolveValues(expression, context);
  for (const property of expression.properties) {
    if (property.type !== AST.Property) continue;
    const key = propertyKeyName(property);
    if (key !== undefined && properties.includes(key)) return resolveValues(property.value, context);
  }
  return [];
}

/** `'404'`: a status written as a three-digit string, which frameworks reject or mishandle. */
export function isStatusText(node: TSESTree.Node): node is TSESTree.StringLiteral {
  return node.type === AST.Literal && typeof node.value === 'string' && /^[1-5][0-9]{2}$/.test(node.value);
}

export function isStatusCodeValue(value: StatusValue): value is StatusValue & { code: number } {
  return value.code !== undefined && Number.isInteger(value.code) && value.code >= 100 && value.code <= 599;
}

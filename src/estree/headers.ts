import { AST } from './ast';
import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { HeaderArgument } from '../frameworks';
import { calleeName, enclosingFunction, memberName, propertyKeyName, unwrapExpression } from './nodes';

/** Header names an object literal sets (`{ Location: u, 'Content-Type': t }`), or unknown. */
export function objectHeaderNames(node: TSESTree.Node | undefined): ReadonlySet<string> | 'unknown' {
  if (!node) return new Set();
  const expression = unwrapExpression(node);
  if (expression.type === AST.NewExpression && calleeName(expression.callee) === 'Headers') {
    return expression.arguments[0] ? objectHeaderNames(expression.arguments[0]) : new Set();
  }
  if (expression.type === AST.ArrayExpression) {
    const names = new Set<string>();
    for (const element of expression.elements) {
      if (element?.type !== AST.ArrayExpression) return 'unknown';
      const name = element.elements[0];
      if (name?.type !== AST.Literal || typeof name.value !== 'string') return 'unknown';
      names.add(name.value.toLowerCase());
    }
    return names;
  }
  if (expression.type !== AST.ObjectExpression) return 'unknown';
  const names = new Set<string>();
  for (const property of expression.properties) {
    if (property.type !== AST.Property) return 'unknown';
    const key = propertyKeyName(property);
    if (key === undefined) return 'unknown';
    names.add(key.toLowerCase());
  }
  return names;
}

/**
 * Header names of `headers` in `{ headers, status: 201 }` when the same function builds it
 * in sight (`const headers = { … }` or `new Headers(…)`, then `headers.set('ETag', …)`);
 * unknown when it comes from elsewhere or is handed to other code.
 */
export function builtHeaderNames(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): ReadonlySet<string> | 'unknown' {
  const expression = unwrapExpression(node);
  if (expression.type !== AST.Identifier) return objectHeaderNames(expression);
  const variable = ASTUtils.findVariable(sourceCode.getScope(expression), expression);
  const definition = variable?.defs[0];
  if (!variable || variable.defs.length !== 1 || definition?.type !== 'Variable' || !definition.node.init) return 'unknown';
  if (enclosingFunction(definition.node) !== enclosingFunction(expression)) return 'unknown';
  const initial = objectHeaderNames(definition.node.init);
  if (initial === 'unknown') return 'unknown';
  const names = new Set(initial);
  for (const reference of variable.references) {
    if (reference.init || reference.identifier === expression) continue;
    const added = headersAddedBy(reference.identifier as TSESTree.Identifier);
    if (added === 'unknown') return 'unknown';
    if (added) names.add(added.toLowerCase());
  }
  return names;
}

const HEADER_READ_METHODS: ReadonlySet<string> = new Set(['get', 'has', 'forEach', 'entries', 'keys', 'values', 'getSetCookie']);

/** The header one use of a headers binding adds (`h.set('Location', u)`, `h.Location = u`), none, or unknown. */
function headersAddedBy(use: TSESTree.Identifier): string | undefined | 'unknown' {
  const parent = use.parent;
  if (parent.type === AST.Property && parent.value === use) return undefined;
  if (parent.type !== AST.MemberExpression || parent.object !== use) return 'unknown';
  const name = memberName(parent);
  const grand = parent.parent;
  if (grand.type === AST.AssignmentExpression && grand.left === parent) return name ?? 'unknown';
  if (grand.type !== AST.CallExpression || grand.callee !== parent) return undefined;
  if (name !== undefined && HEADER_READ_METHODS.has(name)) return undefined;
  const [header] = grand.arguments;
  if ((name === 'set' || name === 'append') && header?.type === AST.Literal && typeof header.value === 'string') return header.value;
  return 'unknown';
}

/** The header names a call sets, by the catalogue's description of its arguments. */
export function headerNamesOf(call: TSESTree.CallExpression, argument: HeaderArgument): ReadonlySet<string> | 'unknown' {
  switch (argument.type) {
    case 'fixed':
      return new Set([argument.header.toLowerCase()]);
    case 'object':
      return call.arguments[argument.index] ? objectHeaderNames(call.arguments[argument.index]) : new Set();
    case 'pair':
    case 'pair-or-object': {
      const index = argument.type === 'pair' ? argument.nameIndex : argument.index;
      const name = call.arguments[index];
      if (!name) return new Set();
      if (name.type === AST.Literal && typeof name.value === 'string') return new Set([name.value.toLowerCase()]);
      if (argument.type === 'pair-or-object' && name.type === AST.ObjectExpression) return objectHeaderNames(name);
      return 'unknown';
    }
  }
}

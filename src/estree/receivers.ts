import { AST } from './ast';
import {ASTUtils, type TSESLint, type TSESTree} from '@typescript-eslint/utils';
import {
  HANDLER_REGISTRATIONS,
  RECEIVER_MEMBERS,
  RECEIVER_NAME_PATTERNS,
  RECEIVER_TYPE_PATTERNS,
  lookupByName,
  type ReceiverRole,
} from '../frameworks';
import { isFunctionNode, memberName, methodCall, unwrapExpression } from './nodes';

export interface ReceiverContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** Module specifiers the file imports or requires. */
  readonly modules: ReadonlySet<string>;
  /** Whether the file imports Hono, which decides what `ctx` is. */
  readonly isHonoFile: boolean;
}

const ROLES = Object.keys(RECEIVER_NAME_PATTERNS) as ReceiverRole[];

function rolesFromName(name: string, context: ReceiverContext): ReceiverRole[] {
  return ROLES.filter((role) => {
    if (!RECEIVER_NAME_PATTERNS[role].test(name)) return false;
    if (role === 'hono-context') return name === 'c' || context.isHonoFile;
    if (role === 'koa-context') return !context.isHonoFile;
    return true;
  });
}

function typeName(node: TSESTree.TypeNode): string | undefined {
  if (node.type !== AST.TSTypeReference) return undefined;
  const name = node.typeName;
  if (name.type === AST.Identifier) return name.name;
  if (name.type === AST.TSQualifiedName) return name.right.name;
  return undefined;
}

function rolesFromType(annotation: TSESTree.TSTypeAnnotation | undefined, context: ReceiverContext): ReceiverRole[] {
  const name = annotation ? typeName(annotation.typeAnnotation) : undefined;
  if (name === undefined) return [];
  return ROLES.filter((role) => {
    if (!RECEIVER_TYPE_PATTERNS[role].test(name)) return false;
    if (role === 'hono-context') return context.isHonoFile;
    if (role === 'koa-context') return !context.isHonoFile;
    return true;
  });
}

function parameterIdentifier(parameter: TSESTree.Parameter): TSESTree.Identifier | undefined {
  if (parameter.type === AST.Identifier) return parameter;
  if (parameter.type === AST.AssignmentPattern && parameter.left.type === AST.Identifier) {
    return parameter.left;
  }
  return undefined;
}

/** The name of the function that receives `fn` as an argument: `app.get(…, fn)` → `get`. */
function registrationMethod(fn: TSESTree.Node): string | undefined {
  const parent = fn.parent;
  if (parent?.type !== AST.CallExpression || !parent.arguments.includes(fn as TSESTree.CallExpressionArgument)) {
    return undefined;
  }
  const method = methodCall(parent);
  if (method) return method.name;
  const callee = unwrapExpression(parent.callee);
  return callee.type === AST.Identifier ? callee.name : undefined;
}

/** Roles a handler's parameter has by its position in a registered handler. */
type FunctionNode = TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration;

function rolesFromRegistration(
  fn: FunctionNode,
  index: number,
  context: ReceiverContext,
): ReceiverRole[] {
  const method = registrationMethod(fn);
  if (method === undefined) return [];
  for (const registration of HANDLER_REGISTRATIONS) {
    if (!registration.methods.includes(method)) continue;
    if (registration.arity !== undefined && registration.arity !== fn.params.length) continue;
    if (registration.modules && !registration.modules.some((module) => context.modules.has(module))) continue;
    const role = registration.parameterRoles[index];
    return role === undefined ? [] : [role];
  }
  return [];
}

function rolesFromParameter(identifier: TSESTree.Identifier, context: ReceiverContext): ReceiverRole[] {
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs[0];
  if (definition?.type !== 'Parameter') return [];
  const fn = definition.node;
  if (!isFunctionNode(fn)) return [];
  const index = fn.params.findIndex((parameter) => parameterIdentifier(parameter) === definition.name);
  return index < 0 ? [] : rolesBeyondName(fn, index, context);
}

/** What a parameter is by its type annotation and its position in a registered handler. */
function rolesBeyondName(fn: FunctionNode, index: number, context: ReceiverContext): ReceiverRole[] {
  const parameter = parameterIdentifier(fn.params[index]!);
  return [...rolesFromType(parameter?.typeAnnotation, context), ...rolesFromRegistration(fn, index, context)];
}

/** The roles of a function's parameter, read from the function itself without a scope lookup. */
export function parameterRoles(fn: FunctionNode, index: number, context: ReceiverContext): ReadonlySet<ReceiverRole> {
  const parameter = parameterIdentifier(fn.params[index]!);
  const roles = new Set(parameter ? rolesFromName(parameter.name, context) : []);
  for (const role of rolesBeyondName(fn, index, context)) roles.add(role);
  return roles;
}

/** The start of a method chain: `res` in `res.status(201).location(u)`. */
export function chainRoot(node: TSESTree.Node): TSESTree.Node {
  let current = unwrapExpression(node);
  for (;;) {
    if (current.type !== AST.CallExpression) return current;
    const method = methodCall(current);
    if (!method) return current;
    current = unwrapExpression(method.receiver);
  }
}

/**
 * What a receiver is taken to be, from its name, the parameter it is, its type
 * annotation, or the member it was read from (`reply.raw`, `ctx.response`, `event.res`).
 */
export function receiverRoles(node: TSESTree.Node, context: ReceiverContext): ReadonlySet<ReceiverRole> {
  const root = chainRoot(node);
  const roles = new Set<ReceiverRole>();
  if (root.type === AST.MemberExpression) {
    const name = memberName(root);
    const viaMember = lookupByName(RECEIVER_MEMBERS, name);
    if (viaMember) roles.add(viaMember);
    if (name !== undefined) for (const role of rolesFromName(name, context)) roles.add(role);
    return roles;
  }
  if (root.type === AST.Identifier) return identifierRoles(root, context);
  return roles;
}

/**
 * An identifier's roles, by its name and the parameter it is. Every use of `res` in one
 * function is the same `res` (block-scoped shadowing of a response is not worth a lookup
 * per use), so the answer is kept per function and name.
 */
const IDENTIFIER_ROLES = new WeakMap<TSESTree.Node, Map<string, ReadonlySet<ReceiverRole>>>();

function identifierRoles(identifier: TSESTree.Identifier, context: ReceiverContext): ReadonlySet<ReceiverRole> {
  const owner = enclosingFunctionOrProgram(identifier);
  let byName = IDENTIFIER_ROLES.get(owner);
  if (!byName) {
    byName = new Map();
    IDENTIFIER_ROLES.set(owner, byName);
  }
  let roles = byName.get(identifier.name);
  if (!roles) {
    roles = new Set([...rolesFromName(identifier.name, context), ...rolesFromParameter(identifier, context)]);
    byName.set(identifier.name, roles);
  }
  return roles;
}

function enclosingFunctionOrProgram(node: TSESTree.Node): TSESTree.Node {
  let current = node.parent;
  while (current && !isFunctionNode(current) && current.type !== AST.Program) current = current.parent;
  return current ?? node;
}

import { AST } from './ast';
import { type TSESTree } from '@typescript-eslint/utils';
import {
  HTTP_METHOD_NAMES,
  NEST_HEADER_DECORATOR,
  NEST_METHOD_DECORATORS,
  NEST_REDIRECT_DECORATOR,
  frameworkDefinition,
  lookupByName,
} from '../frameworks';
import { calleeName, enclosingFunction, isFunctionNode, memberName, methodCall, propertyKeyName, unwrapExpression } from './nodes';
import type { StatusModel, StatusSite } from './status-model';

/** A function that may be a handler. */
export type FunctionNode = TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration;

/**
 * The HTTP method a handler serves, where the code shows it; a callback inside a handler
 * (`db.query(sql, (err, rows) => res.status(201)…)`) serves the handler's method.
 */
export function httpMethodOf(fn: FunctionNode, node: TSESTree.Node): string | undefined {
  for (let current: FunctionNode | undefined = fn; current; current = enclosingFunction(current)) {
    const method = methodFromCondition(node, current) ?? methodFromRegistration(current) ?? methodFromExport(current) ?? methodFromDecorators(current);
    if (method !== undefined) return method;
  }
  return undefined;
}

/** `app.post(path, fn)`, also through wrappers: `router.post(path, defineEventHandler(fn))`. */
function methodFromRegistration(fn: FunctionNode): string | undefined {
  let argument: TSESTree.Node = fn;
  for (let depth = 0; depth < 3; depth++) {
    const parent: TSESTree.Node | undefined = argument.parent;
    if (parent?.type !== AST.CallExpression || !parent.arguments.includes(argument as TSESTree.CallExpressionArgument)) return undefined;
    const name = methodCall(parent)?.name;
    if (name !== undefined && HTTP_METHOD_NAMES.includes(name)) return name === 'del' ? 'DELETE' : name.toUpperCase();
    argument = parent;
  }
  return undefined;
}

function methodFromExport(fn: FunctionNode): string | undefined {
  const name =
    fn.type === AST.FunctionDeclaration
      ? fn.id?.name
      : fn.parent?.type === AST.VariableDeclarator && fn.parent.id.type === AST.Identifier
        ? fn.parent.id.name
        : fn.parent?.type === AST.Property
          ? propertyKeyName(fn.parent)
          : undefined;
  return name !== undefined && /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(name) ? name : undefined;
}

function methodFromDecorators(fn: FunctionNode): string | undefined {
  const method = fn.parent;
  if (method?.type !== AST.MethodDefinition) return undefined;
  for (const decorator of method.decorators ?? []) {
    const expression = decorator.expression;
    if (expression.type !== AST.CallExpression) continue;
    const method = lookupByName(NEST_METHOD_DECORATORS, calleeName(expression.callee)) ?? methodFromDecoratorOptions(expression);
    if (method) return method;
  }
  return undefined;
}

/** `@HTTPMethod({ method: HTTPMethodEnum.PUT, path: '/x' })`, `@Route({ method: 'POST' })`. */
function methodFromDecoratorOptions(decorator: TSESTree.CallExpression): string | undefined {
  const options = decorator.arguments[0];
  if (options?.type !== AST.ObjectExpression) return undefined;
  for (const property of options.properties) {
    if (property.type !== AST.Property || propertyKeyName(property) !== 'method') continue;
    const value = unwrapExpression(property.value);
    const name =
      value.type === AST.Literal && typeof value.value === 'string'
        ? value.value
        : value.type === AST.MemberExpression
          ? memberName(value)
          : undefined;
    const upper = name?.toUpperCase();
    return upper !== undefined && HTTP_METHOD_NAMES.includes(upper.toLowerCase()) ? upper : undefined;
  }
  return undefined;
}

/** `if (req.method === 'POST') { … }` around the node. */
function methodFromCondition(node: TSESTree.Node, fn: FunctionNode): string | undefined {
  for (let child: TSESTree.Node = node, parent = node.parent; parent && parent !== fn; child = parent, parent = parent.parent) {
    if (parent.type === AST.IfStatement && child === parent.consequent) {
      const method = comparedMethod(parent.test);
      if (method) return method;
    }
    if (parent.type === AST.SwitchCase && parent.test?.type === AST.Literal && isMethodExpression(parent.parent.discriminant)) {
      return String(parent.test.value).toUpperCase();
    }
  }
  return undefined;
}

function isMethodExpression(node: TSESTree.Node): boolean {
  const expression = unwrapExpression(node);
  return expression.type === AST.MemberExpression && memberName(expression) === 'method';
}

function comparedMethod(test: TSESTree.Expression): string | undefined {
  if (test.type !== AST.BinaryExpression || (test.operator !== '===' && test.operator !== '==')) return undefined;
  const [method, literal] = isMethodExpression(test.left) ? [test.left, test.right] : [test.right, test.left];
  if (!isMethodExpression(method) || literal.type !== AST.Literal || typeof literal.value !== 'string') return undefined;
  return literal.value.toUpperCase();
}

/** The NestJS `@Header(…)` and `@Redirect(…)` decorators of the method `fn` is. */
export function nestDecorators(fn: FunctionNode): { headers: Set<string>; redirects: boolean } {
  const headers = new Set<string>();
  let redirects = false;
  const method = fn.parent;
  if (method?.type !== AST.MethodDefinition) return { headers, redirects };
  for (const decorator of method.decorators ?? []) {
    const expression = decorator.expression;
    if (expression.type !== AST.CallExpression) continue;
    const name = calleeName(expression.callee);
    const [first] = expression.arguments;
    if (name === NEST_HEADER_DECORATOR && first?.type === AST.Literal && typeof first.value === 'string') {
      headers.add(first.value.toLowerCase());
    }
    if (name === NEST_REDIRECT_DECORATOR) redirects = true;
  }
  return { headers, redirects };
}

/** `@Res()` hands the response to the method, which then sets headers itself. */
export function usesRawResponse(fn: FunctionNode): boolean {
  return fn.params.some((param) =>
    (param.decorators ?? []).some((decorator) => {
      const expression = decorator.expression;
      return expression.type === AST.CallExpression && /^(?:Res|Response|Next)$/.test(calleeName(expression.callee) ?? '');
    }),
  );
}


/** The method a decorator's argument belongs to (`@HttpCode(201)` sits outside the function). */
function decoratedMethod(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST.MethodDefinition && isFunctionNode(current.value)) return current.value;
  }
  return undefined;
}

/** The handler a node belongs to: the function around it, or the method a decorator argument decorates. */
export function handlerOf(node: TSESTree.Node): FunctionNode | undefined {
  return node.parent?.type === AST.Decorator ? decoratedMethod(node) : enclosingFunction(node);
}

/**
 * The statuses a NestJS method declares for what it returns (`@HttpCode(204)`); none when
 * it takes the raw response with `@Res()`, which then answers for itself.
 */
export function declaredStatuses(fn: FunctionNode, model: StatusModel): StatusSite[] {
  const method = fn.parent;
  if (method?.type !== AST.MethodDefinition || usesRawResponse(fn)) return [];
  return (method.decorators ?? []).flatMap((decorator) => {
    const expression = decorator.expression;
    if (expression.type !== AST.CallExpression) return [];
    const site = model.siteOf(expression);
    // The decorator that sets the status in the framework the site belongs to (`@HttpCode` in NestJS).
    const statusDecorator = site && frameworkDefinition(site.framework).decorators?.status;
    return site && statusDecorator !== undefined && calleeName(expression.callee) === statusDecorator ? [site] : [];
  });
}

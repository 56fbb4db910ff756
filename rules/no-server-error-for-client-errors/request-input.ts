import { AST } from '../../src/estree/ast';
import {ASTUtils, type TSESTree} from '@typescript-eslint/utils';
import {
  BODY_READ_METHODS,
  INPUT_READER_FUNCTION,
  INPUT_VARIABLE_NAMES,
  REQUEST_INPUT_MEMBERS,
  REQUEST_INPUT_DECORATORS,
  REQUEST_NAMES,
} from '../../src/frameworks';
import { calleeName, lastName, memberName, methodCall, unwrapExpression, type StatusModel } from '../../src/estree';

/** The innermost object of a member chain: `req` in `req.body.user.email`. */
export function memberChain(node: TSESTree.Node): { root: TSESTree.Node; members: string[] } {
  const members: string[] = [];
  let current = unwrapExpression(node);
  for (;;) {
    if (current.type === AST.MemberExpression) {
      members.unshift(memberName(current) ?? '');
      current = unwrapExpression(current.object);
    } else if (current.type === AST.CallExpression && current.callee.type === AST.MemberExpression) {
      members.unshift(`${memberName(current.callee) ?? ''}()`);
      current = unwrapExpression(current.callee.object);
    } else {
      return { root: current, members };
    }
  }
}

/**
 * Whether an expression is client input: a member of the request (`req.body.email`,
 * `ctx.request.body`, `c.req.query('q')`), or a variable read from it.
 */
export function isRequestInput(node: TSESTree.Node, model: StatusModel, depth = 0): boolean {
  const expression = withoutDefault(node);
  // `JSON.parse(await readBody(req))`, `readBody(event)`
  if (expression.type === AST.CallExpression && isInputCall(expression, model, depth)) return true;
  const { root, members } = memberChain(expression);
  // `new URL(req.url, base).searchParams.get('page')`
  if (root.type === AST.NewExpression && calleeName(root.callee) === 'URL' && root.arguments[0]) {
    return isRequestInput(root.arguments[0], model, depth + 1);
  }
  if (root.type === AST.Identifier) {
    if (REQUEST_NAMES.test(root.name) && members.some((member) => REQUEST_INPUT_MEMBERS.has(member.replace('()', '')))) return true;
    if ((root.name === 'ctx' || root.name === 'c') && members[0] && /^(?:request|req|query|params)$/.test(members[0])) return true;
    if (depth < 3 && isInputVariable(root, model, depth)) return true;
  }
  return false;
}

function isInputCall(call: TSESTree.CallExpression, model: StatusModel, depth: number): boolean {
  const name = calleeName(call.callee);
  const [first] = call.arguments;
  if (!first || name === undefined) return false;
  if (name === 'parse' && lastName((call.callee as TSESTree.MemberExpression).object ?? call.callee) === 'JSON') return isRequestInput(first, model, depth + 1);
  return INPUT_READER_FUNCTION.test(name) && call.arguments.some((argument) => isRequestLike(argument));
}

/** `event.queryStringParameters || {}` → `event.queryStringParameters`. */
function withoutDefault(node: TSESTree.Node): TSESTree.Node {
  const expression = unwrapExpression(node);
  if (expression.type === AST.LogicalExpression) {
    // `a || {}` and `a ?? {}` default to the left; `a && a.b` (a guard) yields the right.
    return withoutDefault(expression.operator === '&&' ? expression.right : expression.left);
  }
  return expression;
}

/** `const { email } = req.body`, `const body = await request.json()`, `function f(body)`. */
function isInputVariable(identifier: TSESTree.Identifier, model: StatusModel, depth: number): boolean {
  const variable = ASTUtils.findVariable(model.sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs[0];
  if (!definition) return INPUT_VARIABLE_NAMES.test(identifier.name);
  if (definition.type === 'Variable' && !definition.node.init) {
    // `let report; try { report = JSON.parse(await readBody(req)); } catch …`
    return variable!.references.some((reference) => reference.writeExpr && isRequestInput(reference.writeExpr, model, depth + 1));
  }
  if (definition.type === 'Variable' && definition.node.init) {
    const init = withoutDefault(definition.node.init);
    if (isRequestInput(init, model, depth + 1)) return true;
    if (init.type === AST.CallExpression) {
      const method = methodCall(init);
      if (method && BODY_READ_METHODS.has(method.name) && isRequestLike(method.receiver)) return true;
    }
    return false;
  }
  return definition.type === 'Parameter' && isInputParameter(definition.name as TSESTree.Identifier, definition.node);
}

/**
 * `@Body() dto`, or a parameter named like input (`body`, `dto`) of a function declared to
 * take it. A callback's parameter is what its caller passes — `fetch(…).then((data) => …)`
 * hands over an upstream reply, not the client's request — so its name proves nothing.
 */
function isInputParameter(parameter: TSESTree.Identifier, fn: TSESTree.Node): boolean {
  const decorated = (parameter.decorators ?? []).some((decorator) => {
    const expression = decorator.expression;
    return expression.type === AST.CallExpression && REQUEST_INPUT_DECORATORS.test(calleeName(expression.callee) ?? '');
  });
  if (decorated) return true;
  if (!INPUT_VARIABLE_NAMES.test(parameter.name)) return false;
  const parent = fn.parent;
  const isCallback = (parent?.type === AST.CallExpression || parent?.type === AST.NewExpression) && parent.arguments.includes(fn as TSESTree.CallExpressionArgument);
  return !isCallback;
}

export function isRequestLike(node: TSESTree.Node): boolean {
  const { root, members } = memberChain(node);
  if (root.type !== AST.Identifier) return false;
  return REQUEST_NAMES.test(root.name) || (members[members.length - 1] ?? '') === 'req' || members.includes('request');
}

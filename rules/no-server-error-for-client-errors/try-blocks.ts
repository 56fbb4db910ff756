import { AST } from '../../src/estree/ast';
import { type TSESTree } from '@typescript-eslint/utils';
import { BODY_READ_METHODS, THROWING_VALIDATION_METHODS, VALIDATION_CALL_PATTERN } from '../../src/frameworks';
import {
  calleeName,
  chainRoot,
  isFunctionNode,
  lastName,
  methodCall,
  receiverRoles,
  unwrapExpression,
  type StatusModel,
} from '../../src/estree';
import { isRequestInput, isRequestLike } from './request-input';

const HANDOFF_FUNCTIONS: ReadonlySet<string> = new Set(['next', 'done']);

/**
 * Whether the only thing in a `try` block that can throw is the validation of request input
 * (`try { await schema.validate(req.body) } catch …`): its `catch` then answers invalid
 * input. A block that also saves, fetches or calls a service can fail on the server's side.
 */
export function onlyValidatesInput(block: TSESTree.BlockStatement, model: StatusModel): boolean {
  let validates = false;
  let other = false;
  walkCalls(block, model, (call) => {
    if (isInputValidation(call, model)) validates = true;
    else if (!isHarmlessCall(call, model)) other = true;
  });
  return validates && !other;
}

function walkCalls(root: TSESTree.Node, model: StatusModel, onCall: (call: TSESTree.CallExpression | TSESTree.NewExpression) => void): void {
  const visit = (node: TSESTree.Node): void => {
    if (isFunctionNode(node)) return;
    if (node.type === AST.CallExpression || node.type === AST.NewExpression) onCall(node);
    for (const key of model.sourceCode.visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof item === 'object' && 'type' in item) visit(item as TSESTree.Node);
      }
    }
  };
  visit(root);
}

/** `schema.validate(req.body)`, `Body.parse(await request.json())`, `JSON.parse(event.body)`. */
function isInputValidation(call: TSESTree.CallExpression | TSESTree.NewExpression, model: StatusModel): boolean {
  if (call.type !== AST.CallExpression) return false;
  const name = calleeName(call.callee);
  if (name === undefined) return false;
  const validates = VALIDATION_CALL_PATTERN.test(name) || (methodCall(call) !== undefined && THROWING_VALIDATION_METHODS.has(name));
  return validates && call.arguments.some((argument) => isRequestInput(argument, model) || isRequestLike(argument));
}

/** Reading the request and answering the response: calls that fail for no server reason. */
function isHarmlessCall(call: TSESTree.CallExpression | TSESTree.NewExpression, model: StatusModel): boolean {
  if (model.isFrameworkHelper(call)) return true;
  if (call.type !== AST.CallExpression) return false;
  // `next()` hands over to the next middleware, whose errors the framework catches, not this `try`.
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST.Identifier && HANDOFF_FUNCTIONS.has(callee.name)) return true;
  if (callee.type === AST.MemberExpression && lastName(callee.object) === 'console') return true;
  if (isRequestInput(call, model)) return true;
  const method = methodCall(call);
  if (!method) return false;
  if (BODY_READ_METHODS.has(method.name) && isRequestLike(method.receiver)) return true;
  if (!ANSWERING_METHODS.has(method.name)) return false;
  const roles = receiverRoles(chainRoot(method.receiver), model);
  return roles.size > 0 && !roles.has('error');
}

/** Methods that only answer (`res.status(201).json(x)`); rendering a view or sending a file can fail on the server. */
const ANSWERING_METHODS: ReadonlySet<string> = new Set(['status', 'code', 'json', 'send', 'end', 'jsonp', 'sendStatus', 'set', 'header', 'location', 'type', 'body', 'text']);

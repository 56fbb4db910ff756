import type { TSESTree } from '@typescript-eslint/utils';
import type { ReceiverRole } from '../frameworks';
import { chainRoot as matchedChainRoot, parameterRoles as matchedParameterRoles } from '../frameworks/match';
import type { StatusModel } from './status-model';
import { ESTREE_TREE } from './syntax';

type FunctionNode = TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration;

/** The roles of a function's parameter, read from the function itself without a scope lookup. */
export function parameterRoles(fn: FunctionNode, index: number, model: StatusModel): ReadonlySet<ReceiverRole> {
  return matchedParameterRoles(model.syntax, fn, index, model);
}

/** The start of a method chain: `res` in `res.status(201).location(u)`. */
export function chainRoot(node: TSESTree.Node): TSESTree.Node {
  return matchedChainRoot(ESTREE_TREE, node);
}

/** What a receiver is taken to be (see the matcher's receiver roles). */
export function receiverRoles(node: TSESTree.Node, model: StatusModel): ReadonlySet<ReceiverRole> {
  return model.receiverRoles(node);
}

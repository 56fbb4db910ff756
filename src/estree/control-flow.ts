import { AST } from './ast';
import { type TSESTree } from '@typescript-eslint/utils';
import { enclosingFunction, isFunctionNode, methodCall, unwrapExpression } from './nodes';

/** Statement lists in which dominance is decided. */
function statementList(node: TSESTree.Node): readonly TSESTree.Node[] | undefined {
  switch (node.type) {
    case AST.BlockStatement:
    case AST.Program:
    case AST.StaticBlock:
      return node.body;
    case AST.SwitchCase:
      return node.consequent;
    default:
      return undefined;
  }
}

/** Whether `node` runs whenever `statement` (an ancestor) runs to its end: no branch or loop between. */
function runsUnconditionally(node: TSESTree.Node, statement: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  let parent = node.parent;
  while (parent && child !== statement) {
    switch (parent.type) {
      case AST.IfStatement:
      case AST.ConditionalExpression:
        if (child !== parent.test) return false;
        break;
      case AST.LogicalExpression:
        if (child === parent.right) return false;
        break;
      case AST.WhileStatement:
      case AST.DoWhileStatement:
      case AST.ForStatement:
      case AST.ForInStatement:
      case AST.ForOfStatement:
      case AST.SwitchStatement:
      case AST.TryStatement:
      case AST.CatchClause:
        return false;
      default:
        if (isFunctionNode(parent)) return false;
    }
    child = parent;
    parent = parent.parent;
  }
  return child === statement;
}

/**
 * Whether `earlier` runs on every path that reaches `later` within one function: it is in
 * the receiver chain of `later`, or unconditionally inside a statement that precedes one of
 * `later`'s enclosing statements in the same list.
 */
export function dominates(earlier: TSESTree.Node, later: TSESTree.Node): boolean {
  if (earlier.range[1] > later.range[0] && !isInReceiverChain(earlier, later)) return false;
  if (isInReceiverChain(earlier, later)) return true;
  if (enclosingFunction(earlier) !== enclosingFunction(later)) return false;
  let child: TSESTree.Node = later;
  for (let parent = later.parent; parent && !isFunctionNode(parent); child = parent, parent = parent.parent) {
    const list = statementList(parent);
    if (!list) continue;
    const laterIndex = list.indexOf(child);
    for (let index = 0; index < laterIndex; index++) {
      const statement = list[index]!;
      if (statement.range[0] <= earlier.range[0] && earlier.range[1] <= statement.range[1]) {
        return runsUnconditionally(earlier, statement);
      }
    }
  }
  return false;
}

/** `res.status(201)` inside `res.status(201).json(x)`: an earlier link of the same chain. */
function isInReceiverChain(earlier: TSESTree.Node, later: TSESTree.Node): boolean {
  let current: TSESTree.Node = later;
  for (;;) {
    if (current.type !== AST.CallExpression) return false;
    const method = methodCall(current);
    if (!method) return false;
    const receiver = unwrapExpression(method.receiver);
    if (receiver === earlier) return true;
    current = receiver;
  }
}

/** The branch of an `if`, `?:` or `switch` that contains `node`, below `ancestor`. */
function branchBelow(ancestor: TSESTree.Node, node: TSESTree.Node): TSESTree.Node | undefined {
  let child = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent === ancestor) return child;
  }
  return undefined;
}

/** Whether no run of the function can reach both nodes: they sit in different arms of one branch. */
export function mutuallyExclusive(a: TSESTree.Node, b: TSESTree.Node): boolean {
  for (let ancestor = a.parent; ancestor; ancestor = ancestor.parent) {
    if (!(ancestor.range[0] <= b.range[0] && b.range[1] <= ancestor.range[1])) continue;
    const armOfA = branchBelow(ancestor, a);
    const armOfB = branchBelow(ancestor, b);
    if (ancestor.type === AST.IfStatement || ancestor.type === AST.ConditionalExpression) {
      return armOfA !== armOfB && armOfA !== ancestor.test && armOfB !== ancestor.test;
    }
    if (ancestor.type === AST.SwitchStatement) {
      return armOfA !== armOfB && armOfA !== ancestor.discriminant && armOfB !== ancestor.discriminant;
    }
    return false;
  }
  return false;
}

/** Whether a `return` or `throw` at or after `node`, in a list that does not hold `other`, ends every run through `node` first. */
function endsBefore(node: TSESTree.Node, other: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent && !isFunctionNode(parent); child = parent, parent = parent.parent) {
    if (parent.range[0] <= other.range[0] && other.range[1] <= parent.range[1]) return false;
    const list = statementList(parent);
    if (!list) continue;
    // The statement holding `node` counts too: `return json(res, body)` ends the run there.
    const index = list.indexOf(child);
    if (list.slice(index).some((statement) => statement.type === AST.ReturnStatement || statement.type === AST.ThrowStatement)) {
      return true;
    }
  }
  return false;
}

/**
 * Whether one run of the handler can pass through both nodes: not in different arms of a
 * branch, and not cut apart by a `return` or `throw` that ends the earlier one's block.
 */
export function canShareRun(a: TSESTree.Node, b: TSESTree.Node): boolean {
  if (mutuallyExclusive(a, b)) return false;
  const [first, second] = a.range[0] <= b.range[0] ? [a, b] : [b, a];
  if (first.range[1] >= second.range[1]) return true;
  return !endsBefore(first, second);
}

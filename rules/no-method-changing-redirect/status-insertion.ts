import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST } from '../../src/estree/ast';
import { statusTextAt, type DefaultRedirectSite, type StatusModel } from '../../src/estree';

type Fix = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;

/** Statements a new one can sit beside without changing what runs (not the lone body of an `if`). */
function isInStatementList(statement: TSESTree.Node): boolean {
  const parent = statement.parent;
  return parent?.type === AST.BlockStatement || parent?.type === AST.Program || parent?.type === AST.SwitchCase;
}

function indentationOf(model: StatusModel, node: TSESTree.Node): string {
  const line = model.sourceCode.lines[node.loc.start.line - 1] ?? '';
  return /^\s*/.exec(line)?.[0] ?? '';
}

/** `res.redirect(url)` → `res.redirect(303, url)`, `c.redirect(url)` → `c.redirect(url, 303)`. */
function argumentFix(call: TSESTree.CallExpression, index: number, text: string): Fix | undefined {
  if (index === 0) {
    const first = call.arguments[0];
    return first ? (fixer) => fixer.insertTextBefore(first, `${text}, `) : undefined;
  }
  const before = call.arguments[index - 1];
  if (!before || call.arguments.length !== index) return undefined;
  return (fixer) => fixer.insertTextAfter(before, `, ${text}`);
}

/**
 * Koa's `ctx.redirect(url)` keeps a redirect status assigned by hand: `ctx.status = 303;` after
 * the statement (before it when the statement returns), only where that statement stands in a
 * list of statements.
 */
function assignmentFix(model: StatusModel, call: TSESTree.CallExpression, receiver: TSESTree.Node, property: string, text: string): Fix | undefined {
  const statement = call.parent;
  const assignment = `${model.sourceCode.getText(receiver)}.${property} = ${text};`;
  if (!isInStatementList(statement)) return undefined;
  const indentation = indentationOf(model, statement);
  if (statement.type === AST.ExpressionStatement && statement.expression === call) {
    return (fixer) => fixer.insertTextAfter(statement, `\n${indentation}${assignment}`);
  }
  if (statement.type === AST.ReturnStatement && statement.argument === call) {
    return (fixer) => fixer.insertTextBefore(statement, `${assignment}\n${indentation}`);
  }
  return undefined;
}

/** The fix that makes a redirect with a default status send `code` instead, the way its framework takes one; none where it cannot. */
export function statusInsertionFix(model: StatusModel, redirect: DefaultRedirectSite, code: number): Fix | undefined {
  const call = redirect.node;
  const insert = redirect.redirect.insert;
  if (call.type !== AST.CallExpression || !insert) return undefined;
  const text = statusTextAt(model, call, code);
  if ('argument' in insert) return argumentFix(call, insert.argument, text);
  return redirect.receiver ? assignmentFix(model, call, redirect.receiver, insert.assign, text) : undefined;
}

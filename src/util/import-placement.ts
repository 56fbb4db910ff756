import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { isModuleLoadStatement, type ModuleStyle } from './module-style';

type Fix = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;

/** Oxlint sets `directive` to `null` on every other expression statement, ESLint leaves it out. */
function isDirective(statement: TSESTree.ProgramStatement): boolean {
  return statement.type === 'ExpressionStatement' && typeof (statement as { directive?: unknown }).directive === 'string';
}

function lastLeadingDirective(body: readonly TSESTree.ProgramStatement[]): TSESTree.ProgramStatement | undefined {
  let last: TSESTree.ProgramStatement | undefined;
  for (const statement of body) {
    if (!isDirective(statement)) break;
    last = statement;
  }
  return last;
}

/**
 * The statement a new import follows. ESM imports are hoisted, so the last one will do; a
 * `require` runs where it stands, so it must come before the code that uses it.
 */
function importAnchor(body: readonly TSESTree.ProgramStatement[], site: TSESTree.Node, style: ModuleStyle): TSESTree.ProgramStatement | undefined {
  const loads = body.filter(isModuleLoadStatement);
  const usable = style === 'esm' ? loads : loads.filter((statement) => statement.range[1] <= site.range[0]);
  return usable[usable.length - 1] ?? lastLeadingDirective(body);
}

function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function lineEndAfter(text: string, offset: number): number {
  const index = text.slice(offset).search(/\r?\n/);
  return index < 0 ? text.length : offset + index;
}

/**
 * Where a line after `statement` starts: past comments that share its last line, or right
 * after the statement when more code follows on that line.
 */
function offsetAfterStatement(sourceCode: Readonly<TSESLint.SourceCode>, statement: TSESTree.Node): number {
  const text = sourceCode.text;
  let offset = statement.range[1];
  let lineEnd = lineEndAfter(text, offset);
  for (const comment of sourceCode.getAllComments()) {
    if (comment.range[0] < offset) continue;
    if (comment.range[0] >= lineEnd) break;
    if (text.slice(offset, comment.range[0]).trim() !== '') return statement.range[1];
    offset = comment.range[1];
    lineEnd = Math.max(lineEnd, lineEndAfter(text, offset));
  }
  return text.slice(offset, lineEnd).trim() === '' ? lineEnd : statement.range[1];
}

function indentationOf(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string {
  const line = sourceCode.lines[node.loc.start.line - 1] ?? '';
  return /^[ \t]*/.exec(line)![0];
}

/** The start of the file, or the line after a `#!` line. */
function topOffset(text: string): number {
  if (!text.startsWith('#!')) return 0;
  const end = lineEndAfter(text, 0);
  return end === text.length ? end : end + lineBreakOf(text.slice(end, end + 2)).length;
}

/**
 * A fix that puts `line` on a line of its own: after the file's last import or `require`
 * statement, else after its directives (`'use strict'`, `'use client'`), else at the top.
 */
export function insertImportLine(sourceCode: Readonly<TSESLint.SourceCode>, line: string, site: TSESTree.Node, style: ModuleStyle): Fix {
  const text = sourceCode.text;
  const newline = lineBreakOf(text);
  const anchor = importAnchor(sourceCode.ast.body, site, style);
  if (anchor) {
    const offset = offsetAfterStatement(sourceCode, anchor);
    const indent = indentationOf(sourceCode, anchor);
    return (fixer) => fixer.insertTextAfterRange([offset, offset], `${newline}${indent}${line}`);
  }
  const offset = topOffset(text);
  if (offset === text.length && offset > 0) return (fixer) => fixer.insertTextAfterRange([offset, offset], `${newline}${line}`);
  return (fixer) => fixer.insertTextBeforeRange([offset, offset], `${line}${newline}`);
}

import type * as ts from 'typescript';

type TS = typeof ts;

/** The index of the first node of a list (in text order, not overlapping) that ends at or after `position`. */
function firstEndingFrom(nodes: readonly ts.Node[], position: number): number {
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (nodes[middle]!.end < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The top-level statements that overlap [start, end], without walking the others. */
export function statementsAround(sourceFile: ts.SourceFile, start: number, end: number): readonly ts.Statement[] {
  const statements = sourceFile.statements;
  const first = firstEndingFrom(statements, start);
  let last = first;
  while (last < statements.length && statements[last]!.pos <= end) last++;
  return statements.slice(first, last);
}

/** The innermost node that contains `position`, found by descending from the file. */
export function nodeAtPosition(tsModule: TS, sourceFile: ts.SourceFile, position: number): ts.Node | undefined {
  const endOfFile = tsModule.SyntaxKind.EndOfFileToken;
  // Each export of `typescript` is a getter on its module: read once, not once per node.
  const forEachChild = tsModule.forEachChild;
  // Every node whose range holds the position, in the order of the text, outermost first.
  const around: ts.Node[] = [];
  // Children come in the order of the text: once one starts after the position, so do the rest,
  // and `true` stops `forEachChild` there. `pos` and `end` are the full start and the end.
  const visit = (node: ts.Node): true | undefined => {
    if (node.pos > position) return true;
    if (node.end < position || node.kind === endOfFile) return undefined;
    around.push(node);
    forEachChild(node, visit, visitList);
    return undefined;
  };
  // A list (statements, arguments, members) is bisected rather than walked: a block or an
  // object may have hundreds of elements before the one the cursor is in.
  const visitList = (nodes: ts.NodeArray<ts.Node>): true | undefined => {
    if (nodes.pos > position) return true;
    if (nodes.end < position) return undefined;
    for (let index = firstEndingFrom(nodes, position); index < nodes.length; index++) {
      if (visit(nodes[index]!)) return true;
    }
    return undefined;
  };
  // Only the top-level statements around the position, found by bisection: a long file has
  // thousands, and an editor asks on every keystroke.
  const statements = statementsAround(sourceFile, position, position);
  for (let index = 0; index < statements.length; index++) visit(statements[index]!);
  // The last of them whose first token starts at or before the position: usually the last one,
  // so that the leading trivia of the others need not be skipped.
  for (let index = around.length - 1; index >= 0; index--) {
    const node = around[index]!;
    if (position >= node.getStart(sourceFile)) return node;
  }
  return undefined;
}

/** The text span of a node, without its leading trivia. */
export function spanOf(node: ts.Node, sourceFile: ts.SourceFile): ts.TextSpan {
  const start = node.getStart(sourceFile);
  return { start, length: node.getEnd() - start };
}

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST } from './ast';
import { getStatusModel, type StatusModel, type StatusSite } from './status-model';
import type { StatusValue } from './values';

export type StatusValueHandler = (value: StatusValue, site: StatusSite, model: StatusModel) => void;

export interface LiteralVisitorOptions {
  /** Only numbers that pass are looked at (a rule about nonstandard codes skips 404). */
  readonly codes?: (code: number) => boolean;
  /** Also follow `const X = 418` to the sites where `X` is used. */
  readonly followConstants?: boolean;
  /**
   * Also follow the last resort of `const status = err.status || err.statusCode || 500` to
   * the sites where `status` is used, as that code: it is what they answer when the error
   * carries no status of its own.
   */
  readonly followFallbackConstants?: boolean;
  /** Called at the end for every constants-library member the file uses, wherever it is, with its site if it has one. */
  readonly onLibraryReference?: (value: StatusValue, model: StatusModel, site: StatusSite | undefined) => void;
  /** Called for every three-digit string (`res.status('404')`) that stands where a status goes. */
  readonly onStringCode?: StatusValueHandler;
  /** Also hand constants-library members that stand at a status site to `onValue`. */
  readonly librarySites?: boolean;
}

/**
 * A rule listener that starts from each number literal and looks up at its site, so that a
 * rule is called for the few numbers of a file rather than for every call, property and
 * comparison.
 */
export function defineStatusLiteralVisitor(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  onValue: StatusValueHandler,
  options: LiteralVisitorOptions = {},
): TSESLint.RuleListener {
  const model = getStatusModel(context);
  if (!model.mayHaveStatuses) return {};
  const report = (valueNode: TSESTree.Node) => {
    const found = model.siteOfValue(valueNode);
    if (found) onValue(found.value, found.site, model);
  };
  /** A use of a constant whose value the site cannot see, reported as the code it may hold. */
  const reportAs = (use: TSESTree.Node, code: number) => {
    const found = model.siteOfValue(use);
    // `unknown`: the code is not written at the site, so nothing there may be rewritten to another.
    if (found && found.value.code === undefined) onValue({ ...found.value, code, source: 'unknown' }, found.site, model);
  };
  const listener: TSESLint.RuleListener = {
    'Literal[raw=/^[0-9]/]'(literal: TSESTree.Literal) {
      const negated = literal.parent?.type === AST.UnaryExpression && literal.parent.operator === '-';
      const code = negated ? -Number(literal.value) : Number(literal.value);
      if (options.codes && !options.codes(code)) return;
      const valueNode = negated ? literal.parent! : literal;
      report(valueNode);
      if (options.followConstants) for (const use of constantUses(context, valueNode)) report(use);
      if (options.followFallbackConstants) {
        for (const use of fallbackConstantUses(context, valueNode)) reportAs(use, code);
      }
    },
  };
  const { onLibraryReference, librarySites, onStringCode } = options;
  if (onStringCode) {
    listener[String.raw`Literal[raw=/^['"][0-9]{3}['"]$/]`] = (literal: TSESTree.Literal) => {
      const found = model.siteOfValue(literal);
      if (found) onStringCode(found.value, found.site, model);
    };
  }
  if (!onLibraryReference && !librarySites) return listener;
  return {
    ...listener,
    'Program:exit'() {
      for (const [node, member] of model.members) {
        if (options.codes && !options.codes(member.code)) continue;
        if (librarySites) report(node);
        if (!onLibraryReference) continue;
        const value: StatusValue = { node, code: member.code, source: 'library', library: member.library, member: member.member };
        onLibraryReference(value, model, model.siteOfValue(node)?.site);
      }
    },
  };
}

/** The places that read `X` in `const X = 418`. */
function constantUses(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, valueNode: TSESTree.Node): TSESTree.Node[] {
  const declarator = valueNode.parent;
  if (declarator?.type !== AST.VariableDeclarator || declarator.init !== valueNode || declarator.parent.kind !== 'const') return [];
  return readsOf(context, declarator);
}

/** The places that read `status` in `const status = err.status || err.statusCode || 500`, for the `500`. */
function fallbackConstantUses(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, valueNode: TSESTree.Node): TSESTree.Node[] {
  let chain: TSESTree.Node = valueNode;
  while (chain.parent?.type === AST.LogicalExpression && chain.parent.right === chain && chain.parent.operator !== '&&') chain = chain.parent;
  const declarator = chain.parent;
  if (chain === valueNode || declarator?.type !== AST.VariableDeclarator || declarator.init !== chain || declarator.parent.kind !== 'const') return [];
  return readsOf(context, declarator);
}

function readsOf(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, declarator: TSESTree.VariableDeclarator): TSESTree.Node[] {
  return context.sourceCode
    .getDeclaredVariables(declarator)
    .flatMap((variable) => variable.references)
    .filter((reference) => reference.isRead())
    .map((reference) => reference.identifier as TSESTree.Node);
}

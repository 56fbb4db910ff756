import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  constantsSourceFromOption,
  importedConstantsSource,
  librarySource,
  planConstantStyle,
  type ConstantsOption,
  type ConstantsSource,
  type ImportMode,
  type StatusModel,
} from '../../src/estree';
import { isPackageInstalledFor } from '../../src/util/package-resolution';

/** Where a file's constants come from, how far a fix may go, and whether it is applied unasked. */
export interface ConstantsPlan {
  readonly source: ConstantsSource;
  readonly mode: ImportMode;
  readonly as: 'fix' | 'suggestion';
}

/** The library suggested to files that use none, where it is installed. */
const SUGGESTED_LIBRARY = librarySource('http-status-codes');

/**
 * The file's own library first: the option only chooses for files without one, so that a
 * file never ends up with two. Without either, a suggestion, and only where the suggested
 * package is installed: the rule never adds a dependency a project does not have.
 */
export function planConstants(model: StatusModel, option: ConstantsOption | undefined, context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): ConstantsPlan | undefined {
  const imported = importedConstantsSource(model);
  if (imported) return { source: imported, mode: 'extend', as: 'fix' };
  if (option) return { source: constantsSourceFromOption(option), mode: 'add', as: 'fix' };
  const cwd = context.cwd ?? process.cwd();
  if (isPackageInstalledFor(context.filename, cwd, SUGGESTED_LIBRARY.module)) {
    return { source: SUGGESTED_LIBRARY, mode: 'add', as: 'suggestion' };
  }
  return undefined;
}

/** What replaces the number at `node`, and the change that does it, if the plan allows one there. */
export interface Replacement {
  readonly reference: string;
  readonly fix: TSESLint.ReportFixFunction;
}

export function replacementAt(model: StatusModel, plan: ConstantsPlan, node: TSESTree.Node, code: number, filename: string): Replacement | undefined {
  const member = plan.source.members[code];
  const style = member === undefined ? undefined : planConstantStyle(model, plan.source, plan.mode, { node, filename });
  if (!style || member === undefined) return undefined;
  const reference = style.reference(member);
  const addImport = style.addImport;
  return { reference, fix: (fixer) => [fixer.replaceText(node, reference), ...(addImport ? [addImport(fixer)] : [])] };
}

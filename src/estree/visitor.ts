import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getStatusModel, STATUS_SITE_NODE_TYPES, type StatusModel, type StatusSite, type StatusSiteNode } from './status-model';
import type { StatusValue } from './values';

export type StatusValueHandler = (value: StatusValue, site: StatusSite, model: StatusModel) => void;

/**
 * A rule listener that hands each status value of the file to `onValue` once, with the
 * site it belongs to (the outermost site wins where sites nest, as in
 * `res.status(err.status || 500)`). Recognition is shared between rules through the model.
 */
export function defineStatusValueVisitor(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  onValue: StatusValueHandler,
  /** Called at the end for constants-library members used outside any status site. */
  onOtherLibraryReference?: (value: StatusValue, model: StatusModel) => void,
): TSESLint.RuleListener {
  const model = getStatusModel(context);
  if (!model.mayHaveStatuses) return {};
  const seen = new Set<TSESTree.Node>();
  const visit = (node: StatusSiteNode) => {
    const site = model.siteOf(node);
    if (!site) return;
    for (const value of site.values) {
      if (seen.has(value.node)) continue;
      seen.add(value.node);
      onValue(value, site, model);
    }
  };
  const listener: TSESLint.RuleListener = Object.fromEntries(STATUS_SITE_NODE_TYPES.map((type) => [type, visit]));
  if (!onOtherLibraryReference) return listener;
  return {
    ...listener,
    'Program:exit'() {
      for (const [node, member] of model.members) {
        if (seen.has(node)) continue;
        onOtherLibraryReference(
          { node, code: member.code, source: 'library', library: member.library, member: member.member },
          model,
        );
      }
    },
  };
}

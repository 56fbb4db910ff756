import { type TSESTree } from '@typescript-eslint/utils';
import type { DefaultRedirectSite as MatchedDefaultRedirect } from '../frameworks/match';
import { canShareRun } from './control-flow';
import { flowAround } from './response-events';
import type { StatusModel } from './status-model';

/** A redirect call that names no status (`res.redirect(url)`), with the status it sends. */
export type DefaultRedirectSite = MatchedDefaultRedirect<TSESTree.Node>;

/**
 * The redirect `node` makes with its framework's default status, if it is one. A framework
 * that keeps a redirect status assigned by hand (`ctx.status = 301; ctx.redirect(url)` in Koa)
 * sends that one instead: no default where the handler assigns a status to the same response.
 */
export function defaultRedirectOf(node: TSESTree.Node, model: StatusModel): DefaultRedirectSite | undefined {
  const redirect = model.matcher.defaultRedirectOf(node);
  if (!redirect) return undefined;
  const insert = redirect.redirect.insert;
  if (!insert || !('assign' in insert) || !redirect.receiver) return redirect;
  const flow = flowAround(node, model);
  const key = flow?.keyOf(redirect.receiver);
  if (!flow || key === undefined) return undefined;
  const assigned = flow.eventsOf(key).some((event) => event.type === 'status' && canShareRun(event.node, node));
  return assigned ? undefined : redirect;
}

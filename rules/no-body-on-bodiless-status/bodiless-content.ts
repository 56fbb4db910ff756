import { AST } from '../../src/estree/ast';
import { type TSESTree } from '@typescript-eslint/utils';
import {
  contentOfSite,
  declaredStatuses,
  enclosingFunction,
  isEmptyContent,
  isVisibleContent,
  statusInForce,
  typeSaysValue,
  type ContentEvent,
  type StatusModel,
  type StatusSite,
  type StatusValue,
} from '../../src/estree';
import type { FrameworkId } from '../../src/frameworks';
import { getStatus } from '../../src/registry';

/** Content sent with a status that forbids it, and what sends it, for a fix to rewrite. */
export interface BodilessContent {
  readonly content: TSESTree.Node;
  readonly code: number;
  readonly framework: FrameworkId;
  readonly statusValue: StatusValue;
  /**
   * The status call that carries the content itself (`c.json(x, 204)`), the later send on a
   * response whose status is already set (`res.json(x)`), or a returned value (NestJS).
   */
  readonly sender:
    | { readonly type: 'site'; readonly call: TSESTree.CallExpression | TSESTree.NewExpression; readonly site: StatusSite }
    | { readonly type: 'event'; readonly event: ContentEvent }
    | { readonly type: 'return' };
}

/** The bodiless code every value of the site resolves to, if they all do. */
export function bodilessCode(values: readonly StatusValue[]): number | undefined {
  if (values.length === 0 || values.some((value) => value.code === undefined)) return undefined;
  const codes = values.map((value) => value.code!);
  if (codes.some((code) => getStatus(code)?.allowsContent !== false)) return undefined;
  return codes[0];
}

/**
 * Visible content that `node` sends with a bodiless status: a NestJS method's returned value
 * under `@HttpCode(204)`, content in the status call itself, or content sent where a bodiless
 * status is in force. `site` is the status site `node` is, if it is one.
 */
export function bodilessContentAt(node: TSESTree.Node, site: StatusSite | undefined, model: StatusModel): BodilessContent | undefined {
  if (node.type === AST.ReturnStatement) {
    const declared = declaredContent(node, model);
    if (declared) return declared;
  }
  return (site && selfContained(site, model)) ?? underStatus(node, model);
}

/** `@HttpCode(204)` on a NestJS method that returns a value: Nest sends the value. */
function declaredContent(node: TSESTree.ReturnStatement, model: StatusModel): BodilessContent | undefined {
  const fn = enclosingFunction(node);
  if (!fn || !node.argument || isEmptyContent(node.argument)) return undefined;
  for (const site of declaredStatuses(fn, model)) {
    const code = bodilessCode(site.values);
    if (code !== undefined && returnsValue(fn, node.argument, model)) {
      return { content: node.argument, code, framework: site.framework, statusValue: site.values[0]!, sender: { type: 'return' } };
    }
  }
  return undefined;
}

/** A declared return type decides (`Promise<void>` sends nothing); otherwise what the code shows. */
function returnsValue(fn: TSESTree.FunctionLike, returned: TSESTree.Expression, model: StatusModel): boolean {
  const declared = fn.returnType?.typeAnnotation;
  return declared ? typeSaysValue(declared) : isVisibleContent(returned, model.sourceCode);
}

/** `c.json(x, 204)`, `new Response(x, { status: 204 })`: content and status in one call. */
function selfContained(site: StatusSite, model: StatusModel): BodilessContent | undefined {
  const sent = contentOfSite(site);
  if (!sent || (!sent.serialised && !isVisibleContent(sent.argument, model.sourceCode))) return undefined;
  const code = bodilessCode(site.values);
  if (code === undefined) return undefined;
  const sender = { type: 'site', call: sent.call, site } as const;
  return { content: sent.argument, code, framework: site.framework, statusValue: site.values[0]!, sender };
}

/** `res.status(204).json(x)`, `ctx.status = 204; ctx.body = x`: content after a status. */
function underStatus(node: TSESTree.Node, model: StatusModel): BodilessContent | undefined {
  const found = statusInForce(node, model);
  if (!found || !isVisibleContent(found.content.content, model.sourceCode)) return undefined;
  const code = bodilessCode(found.site.values);
  if (code === undefined) return undefined;
  const sender = { type: 'event', event: found.content } as const;
  return { content: found.content.content, code, framework: found.site.framework, statusValue: found.site.values[0]!, sender };
}

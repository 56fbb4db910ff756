import { AST } from '../src/estree/ast';
import {type TSESLint, type TSESTree} from '@typescript-eslint/utils';
import { getStatusModel, statusReplacementText, type ResponseEvent, type StatusModel, type StatusSite } from '../src/estree';
import { bodilessBehaviour, emptyResponse, frameworkDisplayName, type EmptyResponse, type FrameworkId } from '../src/frameworks';
import { ALL_STATUSES, codeMentionPattern, formatReference, getStatus, statusLabel } from '../src/registry';
import { createRule } from '../src/util/create-rule';
import { bodilessCode, bodilessContentAt, type BodilessContent } from './no-body-on-bodiless-status/bodiless-content';

export type Options = [];
export type MessageIds = 'bodyDropped' | 'bodyThrows' | 'removeBody' | 'useOk';

/** Codes whose responses carry no content, as they may be written in a file. */
const BODILESS_CODES = codeMentionPattern(ALL_STATUSES.filter((entry) => !entry.allowsContent).map((entry) => entry.code));

/** Where RFC 9110 says a bodiless code has no content. */
function reasonReference(code: number): string {
  const entry = getStatus(code);
  return entry?.reference ? formatReference(entry.reference) : 'RFC 9110 §6.4.1';
}

/** A finding, with the change that sends no content instead where one is known. */
interface Finding extends BodilessContent {
  readonly removeBody?: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;
}

function withRemoval(found: BodilessContent, model: StatusModel): Finding {
  const { sender } = found;
  const removeBody =
    sender.type === 'site'
      ? emptyBodyFix(sender.call, found.content, sender.site, model)
      : sender.type === 'event'
        ? contentRemoval(sender.event, found.framework, model)
        : undefined;
  return removeBody ? { ...found, removeBody } : found;
}

/** Rewrites the call so that it sends nothing: `c.body(null, 204)`, `new Response(null, init)`. */
function emptyBodyFix(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  argument: TSESTree.Node,
  site: StatusSite,
  model: StatusModel,
): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | undefined {
  const content = site.shape?.content;
  if (!content?.serialised) return (fixer) => fixer.replaceText(argument, 'null');
  const empty = emptyResponse(site.framework);
  // This call carries the status: ending the response with a call of no arguments would lose it.
  return empty && !('call' in empty) ? emptySendFix(call, content.index, empty, model) : undefined;
}

/** The call that sends content, rewritten to send none as the framework's definition says (see `EmptyResponse`). */
function emptySendFix(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  contentIndex: number,
  empty: EmptyResponse | undefined,
  model: StatusModel,
): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | undefined {
  const callee = call.callee;
  if (!empty || callee.type !== AST.MemberExpression) return undefined;
  const receiver = model.sourceCode.getText(callee.object);
  if ('call' in empty) return (fixer) => fixer.replaceText(call, `${receiver}.${empty.call}()`);
  const rest = call.arguments.slice(contentIndex + 1).map((node) => model.sourceCode.getText(node));
  const args = ['null', ...rest].join(', ');
  const text = empty.rewriteTo === 'method' ? `${receiver}.${empty.method}(${args})` : `new ${receiver}(${args})`;
  return (fixer) => fixer.replaceText(call, text);
}

/** `ctx.body = null`; `res.status(204).end()`; `reply.code(204).send()`. */
function contentRemoval(content: Extract<ResponseEvent, { type: 'content' }>, framework: FrameworkId, model: StatusModel) {
  const node = content.node;
  if (content.shape === 'property') return (fixer: TSESLint.RuleFixer) => fixer.replaceText(content.content, 'null');
  if (content.shape === 'return' || content.shape.method === 'write' || node.type !== AST.CallExpression) return undefined;
  return emptySendFix(node, content.shape.contentArgument, emptyResponse(framework), model);
}

export default createRule<Options, MessageIds>({
  name: 'no-body-on-bodiless-status',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow content in responses whose status forbids it (1xx, 204, 205, 304)',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      bodyDropped:
        '{{label}} responses carry no content ({{reference}}), so {{framework}} silently drops this body; the client never sees it.',
      bodyThrows:
        '{{label}} responses carry no content ({{reference}}), so {{framework}} throws a TypeError at run time when given this body.',
      removeBody: 'Send no content with {{label}}.',
      useOk: 'Keep the content and answer 200 (OK) instead.',
    },
    schema: [],
  },
  create(context) {
    const model = getStatusModel(context);
    if (!model.mayHaveStatuses || !model.mentions(BODILESS_CODES)) return {};
    const reported = new Set<TSESTree.Node>();

    const report = (finding: Finding) => {
      if (reported.has(finding.content)) return;
      reported.add(finding.content);
      const behaviour = bodilessBehaviour(finding.framework) ?? 'dropped';
      const label = statusLabel(finding.code);
      const ok = statusReplacementText(model, finding.statusValue, 200);
      context.report({
        node: finding.content,
        messageId: behaviour === 'throws' ? 'bodyThrows' : 'bodyDropped',
        data: { label, reference: reasonReference(finding.code), framework: frameworkDisplayName(finding.framework) },
        suggest: [
          ...(finding.removeBody ? [{ messageId: 'removeBody' as const, data: { label }, fix: finding.removeBody }] : []),
          ...(ok !== undefined && finding.statusValue.source !== 'unknown'
            ? [{ messageId: 'useOk' as const, fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(finding.statusValue.node, ok) }]
            : []),
        ],
      });
    };

    // Content can only be governed by a bodiless status the traversal has already passed:
    // statements run in source order, and a chain's `.status(204)` is left on `:exit` of the
    // call that sends. Until such a status is seen, no flow needs to be built.
    let bodilessSeen = false;
    const check = (node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression | TSESTree.ReturnStatement) => {
      const site = node.type === AST.ReturnStatement ? undefined : model.siteOf(node);
      if (site && bodilessCode(site.values) !== undefined) bodilessSeen = true;
      if (!bodilessSeen) return;
      const found = bodilessContentAt(node, site, model);
      if (found) report(withRemoval(found, model));
    };

    return {
      'CallExpression:exit': check,
      'NewExpression:exit': check,
      'AssignmentExpression:exit': check,
      'ReturnStatement:exit': check,
    };
  },
});

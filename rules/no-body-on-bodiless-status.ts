import { AST } from '../src/estree/ast';
import {type TSESLint, type TSESTree} from '@typescript-eslint/utils';
import { getStatusModel, type StatusModel, type StatusSite, type StatusValue } from '../src/estree';
import { statusReplacementText } from '../src/estree/constant-style';
import { canShareRun, dominates } from '../src/estree/control-flow';
import { usesRawResponse } from '../src/estree/handler';
import { calleeName, enclosingFunction } from '../src/estree/nodes';
import { flowAround, isEmptyContent, maySendContent, type ResponseEvent } from '../src/estree/response-flow';
import { BODILESS_BEHAVIOUR, NEST_STATUS_DECORATOR, type FrameworkId } from '../src/frameworks';
import { ALL_STATUSES, codeMentionPattern, formatReference, getStatus, statusLabel } from '../src/registry';
import { createRule } from '../src/util/create-rule';
import { isVisibleContent, typeSaysValue } from '../src/estree/visible-content';

export type Options = [];
export type MessageIds = 'bodyDropped' | 'bodyThrows' | 'removeBody' | 'useOk';

const FRAMEWORK_NAMES: Readonly<Partial<Record<FrameworkId, string>>> = {
  express: 'Express',
  'node-http': 'node:http',
  fastify: 'Fastify',
  nestjs: 'NestJS',
  koa: 'Koa',
  hono: 'Hono',
  fetch: 'the Fetch Response constructor',
  nextjs: 'Next.js',
  sveltekit: 'SvelteKit',
  'react-router': 'React Router',
  h3: 'h3',
};

/** Codes whose responses carry no content, as they may be written in a file. */
const BODILESS_CODES = codeMentionPattern(ALL_STATUSES.filter((entry) => !entry.allowsContent).map((entry) => entry.code));

/** Where RFC 9110 says a bodiless code has no content. */
function reasonReference(code: number): string {
  const entry = getStatus(code);
  return entry?.reference ? formatReference(entry.reference) : 'RFC 9110 §6.4.1';
}

/** The bodiless code every value of the site resolves to, if they all do. */
function bodilessCode(values: readonly StatusValue[]): number | undefined {
  if (values.length === 0 || values.some((value) => value.code === undefined)) return undefined;
  const codes = values.map((value) => value.code!);
  if (codes.some((code) => getStatus(code)?.allowsContent !== false)) return undefined;
  return codes[0];
}

interface Finding {
  readonly content: TSESTree.Node;
  readonly code: number;
  readonly framework: FrameworkId;
  readonly statusValue: StatusValue;
  readonly removeBody?: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;
}

/** `c.json(x, 204)`, `new Response(x, { status: 204 })`: content and status in one call. */
function selfContainedFinding(site: StatusSite, model: StatusModel): Finding | undefined {
  const content = site.shape?.content;
  const call = site.node;
  if (!content || (call.type !== AST.CallExpression && call.type !== AST.NewExpression)) return undefined;
  const argument = call.arguments[content.index];
  if (!argument || (!content.serialised && !isVisibleContent(argument, model.sourceCode))) return undefined;
  const code = bodilessCode(site.values);
  if (code === undefined) return undefined;
  const removeBody = emptyBodyFix(call, argument, site, model);
  return { content: argument, code, framework: site.framework, statusValue: site.values[0]!, ...(removeBody ? { removeBody } : {}) };
}

/** Rewrites the call so that it sends nothing: `c.body(null, 204)`, `new Response(null, init)`. */
function emptyBodyFix(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  argument: TSESTree.Node,
  site: StatusSite,
  model: StatusModel,
): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | undefined {
  if (!site.shape?.content?.serialised) return (fixer) => fixer.replaceText(argument, 'null');
  const callee = call.callee;
  if (callee.type !== AST.MemberExpression) return undefined;
  const rest = call.arguments.slice(1).map((node) => model.sourceCode.getText(node));
  const receiver = model.sourceCode.getText(callee.object);
  if (site.framework === 'hono') return (fixer) => fixer.replaceText(call, `${receiver}.body(${['null', ...rest].join(', ')})`);
  if (site.framework === 'fetch' || site.framework === 'nextjs') {
    return (fixer) => fixer.replaceText(call, `new ${receiver}(${['null', ...rest].join(', ')})`);
  }
  return undefined;
}

/** `res.status(204).json(x)`, `ctx.status = 204; ctx.body = x`: content after a status. */
function flowFinding(node: TSESTree.Node, model: StatusModel): Finding | undefined {
  const flow = flowAround(node, model);
  if (!flow) return undefined;
  for (const events of flow.allEvents()) {
    const content = events.find((event): event is Extract<ResponseEvent, { type: 'content' }> => event.type === 'content' && event.node === node);
    if (!content) continue;
    if (!isVisibleContent(content.content, model.sourceCode)) return undefined;
    const status = governingStatus(events, content);
    if (!status) return undefined;
    const code = bodilessCode(status.site.values);
    if (code === undefined) return undefined;
    const framework = status.site.framework;
    const removeBody = contentRemoval(content, framework, model);
    return { content: content.content, code, framework, statusValue: status.site.values[0]!, ...(removeBody ? { removeBody } : {}) };
  }
  return undefined;
}

/**
 * The status in force when the content is sent: the last one set on every path to it,
 * unless a status set on some path only, or a hand-off to unknown code, comes after it.
 */
function governingStatus(
  events: readonly ResponseEvent[],
  content: ResponseEvent,
): Extract<ResponseEvent, { type: 'status' }> | undefined {
  const before = events.filter(
    (event) =>
      event.node !== content.node &&
      (event.node.range[0] < content.node.range[0] || dominates(event.node, content.node)) &&
      canShareRun(event.node, content.node),
  );
  const statuses = before.filter((event): event is Extract<ResponseEvent, { type: 'status' }> => event.type === 'status');
  const governing = [...statuses].reverse().find((event) => dominates(event.node, content.node));
  if (!governing) return undefined;
  const uncertain = before.some(
    (event) => event !== governing && (event.type === 'status' || event.type === 'escape') && event.node.range[0] > governing.node.range[0],
  );
  return uncertain ? undefined : governing;
}

/** `@HttpCode(204)` on a NestJS method that returns a value: Nest sends the value. */
function nestFinding(node: TSESTree.ReturnStatement, model: StatusModel): Finding | undefined {
  const fn = enclosingFunction(node);
  const method = fn?.parent;
  if (!node.argument || isEmptyContent(node.argument) || method?.type !== AST.MethodDefinition || !fn || usesRawResponse(fn)) return undefined;
  for (const decorator of method.decorators ?? []) {
    const expression = decorator.expression;
    const site = expression.type === AST.CallExpression ? model.siteOf(expression) : undefined;
    if (site?.framework !== 'nestjs' || calleeName((expression as TSESTree.CallExpression).callee) !== NEST_STATUS_DECORATOR) continue;
    const code = bodilessCode(site.values);
    if (code !== undefined && returnsValue(fn, node.argument, model)) {
      return { content: node.argument, code, framework: 'nestjs', statusValue: site.values[0]! };
    }
  }
  return undefined;
}

/** A declared return type decides (`Promise<void>` sends nothing); otherwise what the code shows. */
function returnsValue(fn: TSESTree.FunctionLike, returned: TSESTree.Expression, model: StatusModel): boolean {
  const declared = fn.returnType?.typeAnnotation;
  return declared ? typeSaysValue(declared) : isVisibleContent(returned, model.sourceCode);
}

/** `ctx.body = null`; `res.status(204).end()`; `reply.code(204).send()`. */
function contentRemoval(content: Extract<ResponseEvent, { type: 'content' }>, framework: FrameworkId, model: StatusModel) {
  const node = content.node;
  if (content.shape === 'koa-body') return (fixer: TSESLint.RuleFixer) => fixer.replaceText(content.content, 'null');
  if (content.shape === 'return' || content.shape.method === 'write' || node.type !== AST.CallExpression) return undefined;
  const callee = node.callee;
  if (callee.type !== AST.MemberExpression) return undefined;
  const receiver = model.sourceCode.getText(callee.object);
  const method = framework === 'fastify' ? 'send' : 'end';
  return (fixer: TSESLint.RuleFixer) => fixer.replaceText(node, `${receiver}.${method}()`);
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
      const behaviour = BODILESS_BEHAVIOUR[finding.framework] ?? 'dropped';
      const label = statusLabel(finding.code);
      const ok = statusReplacementText(model, finding.statusValue, 200);
      context.report({
        node: finding.content,
        messageId: behaviour === 'throws' ? 'bodyThrows' : 'bodyDropped',
        data: { label, reference: reasonReference(finding.code), framework: FRAMEWORK_NAMES[finding.framework] ?? 'the framework' },
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
      const nest = node.type === AST.ReturnStatement ? nestFinding(node, model) : undefined;
      const finding = nest ?? (site && selfContainedFinding(site, model)) ?? (maySendContent(node) ? flowFinding(node, model) : undefined);
      if (finding) report(finding);
    };

    return {
      'CallExpression:exit': check,
      'NewExpression:exit': check,
      'AssignmentExpression:exit': check,
      'ReturnStatement:exit': check,
    };
  },
});

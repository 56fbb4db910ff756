import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import {
  defaultRedirectOf,
  defineStatusLiteralVisitor,
  getStatusModel,
  handlerOf,
  httpMethodOf,
  statusReplacementText,
  type StatusModel,
} from '../src/estree';
import { DEFAULT_REDIRECT_HINT } from '../src/frameworks';
import { codeMentionPattern, statusLabel } from '../src/registry';
import { createRule } from '../src/util/create-rule';
import { statusInsertionFix } from './no-method-changing-redirect/status-insertion';

export type Options = [];
export type MessageIds = 'methodChangingRedirect' | 'defaultMethodChangingRedirect' | 'useSeeOther' | 'useSameMethod';

const SEE_OTHER = 303;
/** The redirects clients may follow with a GET, the spec section saying so, and the code that keeps the method. */
const METHOD_CHANGING: ReadonlyMap<number, { readonly section: string; readonly sameMethod: number }> = new Map([
  [301, { section: '15.4.2', sameMethod: 308 }],
  [302, { section: '15.4.3', sameMethod: 307 }],
]);
/** Methods a client repeats as they are, so that a change to GET changes nothing. */
const SAFE_TO_CHANGE = new Set(['GET', 'HEAD']);
const CODES = codeMentionPattern(METHOD_CHANGING.keys());

/** The method of the request `node` answers, when it is known and a redirect would change it. */
function changedMethod(node: TSESTree.Node): string | undefined {
  const fn = handlerOf(node);
  const method = fn && httpMethodOf(fn, node);
  return method === undefined || SAFE_TO_CHANGE.has(method) ? undefined : method;
}

type Fix = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;

function suggestions(method: string, sameMethod: number, fixFor: (code: number) => Fix | undefined): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
  const seeOther = fixFor(SEE_OTHER);
  const same = fixFor(sameMethod);
  return [
    ...(seeOther ? [{ messageId: 'useSeeOther' as const, fix: seeOther }] : []),
    ...(same ? [{ messageId: 'useSameMethod' as const, data: { same: statusLabel(sameMethod), method }, fix: same }] : []),
  ];
}

export default createRule<Options, MessageIds>({
  name: 'no-method-changing-redirect',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow 301 and 302 redirects answering requests other than GET and HEAD',
      recommended: 'strict',
    },
    hasSuggestions: true,
    messages: {
      methodChangingRedirect:
        '{{label}} answers this {{method}} request, and clients may follow it with a GET instead (RFC 9110 §{{section}}): answer 303 (See Other) to send the client to GET a result, or {{same}} to repeat the {{method}} at the new URI.',
      defaultMethodChangingRedirect:
        'This redirect answers {{label}} by default, and clients may follow it with a GET instead of this {{method}} (RFC 9110 §{{section}}): pass 303 (See Other) to send the client to GET a result, or {{same}} to repeat the {{method}} at the new URI.',
      useSeeOther: 'Answer 303 (See Other): the client GETs the new URI.',
      useSameMethod: 'Answer {{same}}: the client repeats the {{method}} at the new URI.',
    },
    schema: [],
  },
  create(context) {
    const model = getStatusModel(context);
    const literals = model.mentions(CODES)
      ? defineStatusLiteralVisitor(
          context,
          (value, site, siteModel) => {
            const changing = value.code === undefined ? undefined : METHOD_CHANGING.get(value.code);
            if (!changing || value.code === undefined || (site.kind !== 'set' && site.kind !== 'redirect')) return;
            const method = changedMethod(site.node);
            if (method === undefined) return;
            const fixFor = (code: number): Fix | undefined => {
              const replacement = value.source === 'unknown' ? undefined : statusReplacementText(siteModel, value, code);
              return replacement === undefined ? undefined : (fixer) => fixer.replaceText(value.node, replacement);
            };
            context.report({
              node: value.node,
              messageId: 'methodChangingRedirect',
              data: { label: statusLabel(value.code), method, section: changing.section, same: statusLabel(changing.sameMethod) },
              suggest: suggestions(method, changing.sameMethod, fixFor),
            });
          },
          { codes: (code) => METHOD_CHANGING.has(code), followConstants: true, librarySites: true },
        )
      : {};
    if (!model.mentions(DEFAULT_REDIRECT_HINT)) return literals;
    return {
      ...literals,
      CallExpression(node) {
        reportDefault(context, model, node);
      },
    };
  },
});

function reportDefault(context: Readonly<TSESLint.RuleContext<MessageIds, Options>>, model: StatusModel, node: TSESTree.CallExpression): void {
  const redirect = defaultRedirectOf(node, model);
  const changing = redirect && METHOD_CHANGING.get(redirect.redirect.status);
  if (!redirect || !changing) return;
  const method = changedMethod(node);
  if (method === undefined) return;
  context.report({
    node: node.callee,
    messageId: 'defaultMethodChangingRedirect',
    data: { label: statusLabel(redirect.redirect.status), method, section: changing.section, same: statusLabel(changing.sameMethod) },
    suggest: suggestions(method, changing.sameMethod, (code) => statusInsertionFix(model, redirect, code)),
  });
}

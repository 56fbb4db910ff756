/**
 * What the ESTree response flow says of the first status site of a snippet: the headers its
 * response sets, the content its call carries. For definition data the site tables cannot
 * show (`headerMethods`, `headerProperties`, a shape's `content`).
 */
import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter, type Rule } from 'eslint';
import { contentOfSite, getStatusModel, headersOfResponse } from '../../src/estree';

export interface ResponseFacts {
  /** Header names the response of the first site sets, in lower case, sorted; `undefined` when it cannot be followed. */
  readonly headers: readonly string[] | undefined;
  /** The source text of the content the first site's call sends itself. */
  readonly content: string | undefined;
}

export function responseFactsOf(code: string, filename: string): ResponseFacts {
  let facts: ResponseFacts = { headers: undefined, content: undefined };
  const collect: Rule.RuleModule = {
    meta: { type: 'problem', schema: [] },
    create(context) {
      const tsContext = context as unknown as Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
      const model = getStatusModel(tsContext);
      let done = false;
      const inspect = (node: TSESTree.Node) => {
        const site = done ? undefined : model.siteOf(node);
        if (!site) return;
        done = true;
        const headers = headersOfResponse(site, model);
        const content = contentOfSite(site);
        facts = { headers: headers && [...headers.names].sort(), content: content && model.sourceCode.getText(content.argument) };
      };
      return { CallExpression: inspect, NewExpression: inspect, AssignmentExpression: inspect } as unknown as Rule.RuleListener;
    },
  };
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      { files: ['**/*'], plugins: { facts: { rules: { collect } } }, rules: { 'facts/collect': 'error' } },
      { files: ['**/*.ts'], languageOptions: { parser: tsParser as never } },
    ],
    { filename },
  );
  const fatal = messages.find((message) => message.fatal || message.ruleId === 'facts/collect');
  if (fatal) throw new Error(`${filename}:${fatal.line}:${fatal.column} ${fatal.message}`);
  return facts;
}

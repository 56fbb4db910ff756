import { ESLintUtils } from '@typescript-eslint/utils';
import { version } from '../../package.json';

/** The lowest flat config a rule belongs to; every rule is also in `all`. */
export type RuleConfigLevel = 'recommended' | 'strict';

export interface HttpStatusRuleDocs {
  description: string;
  /** `recommended`: in recommended, strict and all; `strict`: in strict and all; unset: all only. */
  recommended?: RuleConfigLevel;
  /** Options the `strict` config sets for this rule, where they differ from the defaults. */
  strictOptions?: readonly unknown[];
}

export function ruleDocsUrl(ruleId: string): string {
  return `https://unpkg.com/eslint-plugin-http-status@${version}/docs/rules/${ruleId}.md`;
}

export const createRule = ESLintUtils.RuleCreator<HttpStatusRuleDocs>(ruleDocsUrl);

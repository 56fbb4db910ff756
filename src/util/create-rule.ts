import type { TSESLint } from '@typescript-eslint/utils';
import { version } from '../../package.json';
import { checkPatternOptions, optionErrorFrom, withListedEnumValues } from './option-validation';

/** The lowest flat config a rule belongs to; every rule is also in `all`. */
export type RuleConfigLevel = 'recommended' | 'strict';

export interface HttpStatusRuleDocs {
  description: string;
  /** `recommended`: in recommended, strict and all; `strict`: in strict and all; unset: all only. */
  recommended?: RuleConfigLevel;
  /** Options the `strict` config sets for this rule, where they differ from the defaults. */
  strictOptions?: readonly unknown[];
  /**
   * Options the `all` config sets for this rule, for a rule whose options are required (an
   * API's own list of codes): `all` must stay a config users can enable as it is.
   */
  allOptions?: readonly unknown[];
}

export function ruleDocsUrl(ruleId: string): string {
  return `https://unpkg.com/eslint-plugin-http-status@${version}/docs/rules/${ruleId}.md`;
}

type RuleMeta<MessageIds extends string, Options extends readonly unknown[]> = Omit<
  TSESLint.RuleMetaData<MessageIds, HttpStatusRuleDocs, Options>,
  'docs'
> & { docs: HttpStatusRuleDocs; defaultOptions?: Options };

export interface RuleDefinition<MessageIds extends string, Options extends readonly unknown[]> {
  readonly name: string;
  readonly meta: RuleMeta<MessageIds, Options>;
  readonly create: (context: Readonly<TSESLint.RuleContext<MessageIds, Options>>, options: Options) => TSESLint.RuleListener;
  /**
   * Properties of the options object that hold regular expressions (a string or an array
   * of them, compiled with the `u` flag): a pattern that does not compile fails with a
   * one-line error naming the rule and the option, before `create` runs.
   */
  readonly patternOptions?: readonly string[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The options a rule works with: each configured object over its defaults. Options here are
 * flat objects, so a shallow merge is the whole job; it runs once per file and rule, where a
 * deep merge showed in profiles.
 */
function withDefaults<Options extends readonly unknown[]>(defaults: Options | undefined, configured: readonly unknown[]): Options {
  const length = Math.max(defaults?.length ?? 0, configured.length);
  return Array.from({ length }, (_, index) => {
    const fallback = defaults?.[index];
    const value = configured[index];
    if (isPlainObject(fallback) && isPlainObject(value)) return { ...fallback, ...value };
    return value ?? fallback;
  }) as unknown as Options;
}

/**
 * `create` over the merged options, with option values that the schema cannot judge
 * (regular expressions) reported as a one-line error that names the rule and the option.
 */
function createWithCheckedOptions<MessageIds extends string, Options extends readonly unknown[]>(
  definition: RuleDefinition<MessageIds, Options>,
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
): TSESLint.RuleListener {
  const options = withDefaults(definition.meta.defaultOptions, context.options);
  if (definition.patternOptions) checkPatternOptions(definition.name, options[0], definition.patternOptions);
  try {
    return definition.create(context, options);
  } catch (error) {
    throw optionErrorFrom(definition.name, options[0], error) ?? error;
  }
}

/**
 * A rule with its docs URL, whose `create` receives its options merged over the defaults,
 * and whose schema lists the allowed values of its enums in ESLint's error messages.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  definition: RuleDefinition<MessageIds, Options>,
): TSESLint.RuleModule<MessageIds, Options, HttpStatusRuleDocs> & { name: string } {
  const { name, meta } = definition;
  return {
    name,
    meta: { ...meta, schema: withListedEnumValues(meta.schema), docs: { ...meta.docs, url: ruleDocsUrl(name) } },
    defaultOptions: meta.defaultOptions ?? ([] as unknown as Options),
    create: (context) => createWithCheckedOptions(definition, context),
  };
}

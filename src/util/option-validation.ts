/** The plugin's namespace, as users write rule ids in their configs. */
const NAMESPACE = 'http-status';

/**
 * An option value the schema cannot judge. ESLint prints a failing rule's `stack`, so the
 * stack is the message alone: one line that names the rule and the option, no trace.
 */
export class RuleOptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RuleOptionError';
    this.stack = message;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function patternsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Why `pattern` does not compile with `flags`, in the engine's words; `undefined` when it does. */
function patternProblem(pattern: string, flags: string): string | undefined {
  try {
    new RegExp(pattern, flags);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return message.replace(/^Invalid regular expression: \/[\s\S]*\/[a-z]*: /, '');
  }
}

function invalidPattern(ruleName: string, option: string, pattern: string, problem: string): RuleOptionError {
  return new RuleOptionError(`${NAMESPACE}/${ruleName}: option "${option}" has an invalid regular expression ${JSON.stringify(pattern)}: ${problem}`);
}

/**
 * The first pattern among `names` (or all options when unset) that does not compile,
 * `source` itself first when it is known.
 */
function firstInvalidPattern(
  ruleName: string,
  options: unknown,
  names: readonly string[] | undefined,
  flags: string,
  source?: string,
): RuleOptionError | undefined {
  if (!isRecord(options)) return undefined;
  const candidates = (names ?? Object.keys(options)).flatMap((option) => patternsOf(options[option]).map((pattern) => ({ option, pattern })));
  const ordered = [...candidates.filter(({ pattern }) => pattern === source), ...candidates];
  for (const { option, pattern } of ordered) {
    const problem = patternProblem(pattern, flags);
    if (problem !== undefined) return invalidPattern(ruleName, option, pattern, problem);
  }
  return undefined;
}

/** Throws for the first option among `names` that holds a regular expression that does not compile. */
export function checkPatternOptions(ruleName: string, options: unknown, names: readonly string[], flags = 'u'): void {
  const error = firstInvalidPattern(ruleName, options, names, flags);
  if (error) throw error;
}

const REGEXP_ERROR = /^Invalid regular expression: \/([\s\S]*)\/([a-z]*): /;

/**
 * The option error behind an error a rule's `create` threw while compiling a pattern from
 * its options, so that a rule that compiles patterns itself fails as clearly.
 */
export function optionErrorFrom(ruleName: string, options: unknown, error: unknown): RuleOptionError | undefined {
  if (!(error instanceof SyntaxError)) return undefined;
  const match = REGEXP_ERROR.exec(error.message);
  return match ? firstInvalidPattern(ruleName, options, undefined, match[2]!, match[1]) : undefined;
}

function escapeForPattern(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * The schema with every enum of strings also written as a `pattern`. ESLint prints ajv's
 * messages only: "should be equal to one of the allowed values" names none of them, while
 * "should match pattern" shows the pattern, and so the allowed values.
 */
export function withListedEnumValues<Schema>(schema: Schema): Schema {
  if (Array.isArray(schema)) return schema.map((item) => withListedEnumValues(item)) as Schema;
  if (!isRecord(schema)) return schema;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) result[key] = key === 'enum' ? value : withListedEnumValues(value);
  const values = schema.enum;
  const strings = Array.isArray(values) && values.length > 0 && values.every((value) => typeof value === 'string');
  if (strings && result.pattern === undefined) result.pattern = `^(${(values as string[]).map(escapeForPattern).join('|')})$`;
  return result as Schema;
}

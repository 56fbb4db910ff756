import {
  ASSERTION_MATCHERS,
  ASSERT_FUNCTIONS,
  CALL_MATCHERS,
  LIST_ARGUMENT_MATCHERS,
  LIST_SUBJECT_MATCHERS,
  METHOD_SHAPES,
  NTH_CALL_MATCHERS,
} from '../index';
// Straight from their module: the index re-exports them through getters, read on every use.
import { STATUS_OBJECT_KEYS } from '../vocabulary';
import type { SyntaxFacts } from './syntax';
import { lastName, type MatchedValue } from './values';

/** What reading an assertion needs from the matcher. */
export interface AssertionContext<N extends object> {
  readonly syntax: SyntaxFacts<N>;
  isStatusExpression(node: N): boolean;
  statusValuesOnly(node: N): MatchedValue<N>[];
  listedValues(node: N): MatchedValue<N>[];
}

const MATCHERS = new Set(ASSERTION_MATCHERS);
const ASSERTS = new Set([...ASSERT_FUNCTIONS, 'is']);
const SUBJECT_FREE_MATCHERS = new Set(['status', 'toHaveStatus', 'toHaveStatusCode']);

/** `reply.code`, `res.sendStatus`, `res.writeHead`: a method whose first argument is the status. */
const STATUS_FIRST_METHODS: ReadonlySet<string> = new Set(
  METHOD_SHAPES.filter((shape) => shape.statusArguments.some((argument) => argument.index === 0)).map((shape) => shape.method),
);

function isStatusMethod<N extends object>(syntax: SyntaxFacts<N>, node: N): boolean {
  const expression = syntax.unwrap(node);
  return syntax.kind(expression) === 'member' && STATUS_FIRST_METHODS.has(syntax.name(expression) ?? '');
}

function isStatusKeyLiteral<N extends object>(syntax: SyntaxFacts<N>, node: N | undefined): boolean {
  const text = node && syntax.kind(node) === 'string' ? syntax.stringValue(node) : undefined;
  return text !== undefined && STATUS_OBJECT_KEYS.includes(text);
}

/**
 * The subject of an assertion chain: `x` in `expect(x).to.equal(…)`, `expect(x).not.toBe(…)`,
 * `x.should.have.status(…)`; `null` when the chain has a subject that is not an expression
 * we can see; `undefined` when the receiver is no assertion chain at all.
 */
function expectationSubject<N extends object>(syntax: SyntaxFacts<N>, receiver: N): N | null | undefined {
  let current = syntax.unwrap(receiver);
  for (;;) {
    const kind = syntax.kind(current);
    if (kind === 'member') {
      if (syntax.name(current) === 'should') return syntax.object(current);
      current = syntax.unwrap(syntax.object(current));
      continue;
    }
    if (kind === 'call') {
      const callee = syntax.unwrap(syntax.callee(current));
      if (lastName(syntax, callee) === 'expect' || (syntax.kind(callee) === 'member' && lastName(syntax, syntax.object(callee)) === 'expect')) {
        return syntax.args(current)[0] ?? null;
      }
    }
    return undefined;
  }
}

/** The expected statuses of an assertion call named `name`, if it is one about a status. */
export function assertedValues<N extends object>(context: AssertionContext<N>, node: N, name: string, receiver: N | undefined): MatchedValue<N>[] | undefined {
  const { syntax } = context;
  const args = syntax.args(node);
  const first = args[0];
  const second = args[1];
  if (receiver && name === 'expect' && first && syntax.kind(syntax.unwrap(receiver)) === 'call') {
    return context.statusValuesOnly(first);
  }
  if (ASSERTS.has(name) && first && second) {
    if (context.isStatusExpression(first)) return context.statusValuesOnly(second);
    if (context.isStatusExpression(second)) return context.statusValuesOnly(first);
  }
  if (!receiver) return undefined;
  const subject = expectationSubject(syntax, receiver);
  if (subject === undefined) return undefined;
  if (name === 'toHaveProperty' && second && isStatusKeyLiteral(syntax, first)) return context.statusValuesOnly(second);
  if (subject && first && LIST_SUBJECT_MATCHERS.includes(name) && context.isStatusExpression(first)) return context.listedValues(subject);
  if (subject && first && LIST_ARGUMENT_MATCHERS.includes(name) && context.isStatusExpression(subject)) return context.listedValues(first);
  if (subject && second && NTH_CALL_MATCHERS.includes(name) && isStatusMethod(syntax, subject)) return context.statusValuesOnly(second);
  if (!MATCHERS.has(name) || !first) return undefined;
  if (SUBJECT_FREE_MATCHERS.has(name) || (subject !== null && context.isStatusExpression(subject))) {
    return context.statusValuesOnly(first);
  }
  if (subject && CALL_MATCHERS.has(name) && isStatusMethod(syntax, subject)) return context.statusValuesOnly(first);
  return undefined;
}

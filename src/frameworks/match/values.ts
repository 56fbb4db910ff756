import type { ConstantsLibraryId } from '../../registry';
import { FALLBACK_FUNCTIONS } from '../index';
import type { NodeKind, SyntaxFacts, TreeFacts } from './syntax';

/** Where a status value comes from; `string` is a status written as text (`'404'`). */
export type ValueSource = 'literal' | 'constant' | 'library' | 'string' | 'unknown';

/** One expression that may end up as the status, and the code it stands for when known. */
export interface MatchedValue<N extends object> {
  readonly node: N;
  readonly code: number | undefined;
  readonly source: ValueSource;
  readonly library?: ConstantsLibraryId;
  readonly member?: string;
}

/** The name a call is made by: `f` in `f(…)`, `m` in `a.m(…)`. */
export function calledName<N extends object>(syntax: TreeFacts<N>, call: N): string | undefined {
  const callee = syntax.unwrap(syntax.callee(call));
  const kind = syntax.kind(callee);
  return kind === 'identifier' || kind === 'member' ? syntax.name(callee) : undefined;
}

/** The last name of an expression: `res`, `this.res` → `res`, `ctx.response` → `response`. */
export function lastName<N extends object>(syntax: TreeFacts<N>, node: N): string | undefined {
  const expression = syntax.unwrap(node);
  const kind = syntax.kind(expression);
  return kind === 'identifier' || kind === 'member' ? syntax.name(expression) : undefined;
}

/** What a call is made through, read once: the questions about a call site all start from it. */
export interface CallFacts<N extends object> {
  /** The callee, wrappers removed. */
  readonly callee: N;
  readonly calleeKind: NodeKind;
  /** The name it is called by: `f` in `f(…)`, `m` in `a.m(…)`. */
  readonly name: string | undefined;
  /** `a.m(…)` as a method call, when the callee is a named member. */
  readonly method: MethodCall<N> | undefined;
}

export function callFacts<N extends object>(syntax: TreeFacts<N>, call: N): CallFacts<N> {
  const callee = syntax.unwrap(syntax.callee(call));
  const calleeKind = syntax.kind(callee);
  const name = calleeKind === 'identifier' || calleeKind === 'member' ? syntax.name(callee) : undefined;
  const method = calleeKind === 'member' && name !== undefined ? { name, receiver: syntax.object(callee) } : undefined;
  return { callee, calleeKind, name, method };
}

/** A call of a method: `receiver.name(…)`. */
export interface MethodCall<N extends object> {
  readonly name: string;
  readonly receiver: N;
}

/** The method name and receiver of `receiver.method(…)`. */
export function methodCall<N extends object>(syntax: TreeFacts<N>, call: N): MethodCall<N> | undefined {
  const callee = syntax.unwrap(syntax.callee(call));
  if (syntax.kind(callee) !== 'member') return undefined;
  const name = syntax.name(callee);
  return name === undefined ? undefined : { name, receiver: syntax.object(callee) };
}

/** The expressions a status may come from: both arms of `?:`, both sides of `||` and `??`, `_.defaultTo`'s two. */
export function statusLeaves<N extends object>(syntax: TreeFacts<N>, node: N): N[] {
  const expression = syntax.unwrap(node);
  switch (syntax.kind(expression)) {
    case 'conditional':
      return syntax.arms(expression).flatMap((arm) => statusLeaves(syntax, arm));
    case 'logical': {
      const operator = syntax.operator(expression);
      if (operator !== '||' && operator !== '??') return [expression];
      return [...statusLeaves(syntax, syntax.left(expression)), ...statusLeaves(syntax, syntax.right(expression))];
    }
    case 'call': {
      const args = syntax.args(expression);
      if (args.length !== 2 || !FALLBACK_FUNCTIONS.includes(calledName(syntax, expression) ?? '')) return [expression];
      return args.flatMap((argument) => (syntax.kind(argument) === 'spread' ? [] : statusLeaves(syntax, argument)));
    }
    default:
      return [expression];
  }
}

/** `'404'`: a status written as a three-digit string, which frameworks reject or mishandle. */
export function isStatusText<N extends object>(syntax: TreeFacts<N>, node: N): boolean {
  const text = syntax.kind(node) === 'string' ? syntax.stringValue(node) : undefined;
  return text !== undefined && /^[1-5][0-9]{2}$/.test(text);
}

/** What a single leaf stands for: a literal, a `const`, a library member, or unknown. */
export function resolveLeaf<N extends object>(syntax: SyntaxFacts<N>, node: N): MatchedValue<N> {
  const literal = syntax.numberValue(node);
  if (literal !== undefined) return { node, code: literal, source: 'literal' };
  if (isStatusText(syntax, node)) return { node, code: undefined, source: 'string' };
  const kind = syntax.kind(node);
  if (kind !== 'identifier' && kind !== 'member') return { node, code: undefined, source: 'unknown' };
  const reference = syntax.trackedReference(node);
  if (reference?.type === 'member') {
    const { member } = reference;
    return { node, code: member.code, source: 'library', library: member.library, member: member.member };
  }
  const constant = syntax.constantNumber(node);
  return constant === undefined ? { node, code: undefined, source: 'unknown' } : { node, code: constant, source: 'constant' };
}

export function resolveValues<N extends object>(syntax: SyntaxFacts<N>, node: N): MatchedValue<N>[] {
  const leaves = statusLeaves(syntax, node);
  const values: MatchedValue<N>[] = [];
  for (let index = 0; index < leaves.length; index++) values.push(resolveLeaf(syntax, leaves[index]!));
  return values;
}

/** The status values of an init object (`{ status: 201, headers }`), or of a bare number. */
export function resolveInitValues<N extends object>(syntax: SyntaxFacts<N>, node: N, keys: readonly string[]): MatchedValue<N>[] {
  const expression = syntax.unwrap(node);
  if (syntax.kind(expression) !== 'object') return resolveValues(syntax, expression);
  for (const property of syntax.properties(expression)) {
    if (syntax.kind(property) !== 'property') continue;
    const key = syntax.key(property);
    const value = syntax.value(property);
    if (key !== undefined && value && keys.includes(key)) return resolveValues(syntax, value);
  }
  return [];
}

export function isStatusCodeValue<N extends object>(value: MatchedValue<N>): value is MatchedValue<N> & { code: number } {
  return value.code !== undefined && Number.isInteger(value.code) && value.code >= 100 && value.code <= 599;
}

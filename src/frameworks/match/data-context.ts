import {
  BODY_RETURNING_HANDLER_DEFINERS,
  CONTENT_METHOD_SHAPES,
  CONTENT_PROPERTIES,
} from '../index';
// Straight from their module: the index re-exports them through getters, read on every use.
import { DATA_SINK_METHODS, LOGGER_NAMES, REDIRECT_RULE_KEYS, RESPONSE_INIT_KEYS, TEXT_BUILDER_WORDS } from '../vocabulary';
import type { TreeFacts as SyntaxFacts } from './syntax';
import { calledName, methodCall } from './values';

/** Content methods by name, and the argument of each that holds the content. */
const CONTENT_ARGUMENTS: ReadonlyMap<string, ReadonlySet<number>> = (() => {
  const map = new Map<string, Set<number>>();
  for (const shape of CONTENT_METHOD_SHAPES) {
    const indexes = map.get(shape.method) ?? new Set<number>();
    indexes.add(shape.contentArgument);
    map.set(shape.method, indexes);
  }
  return map;
})();

/** The function a node belongs to, not counting the node itself. */
export function enclosingFunction<N extends object>(syntax: SyntaxFacts<N>, node: N): N | undefined {
  for (let current = syntax.parent(node); current; current = syntax.parent(current)) {
    if (syntax.kind(current) === 'function') return current;
  }
  return undefined;
}

function hasKey<N extends object>(syntax: SyntaxFacts<N>, object: N, key: string): boolean {
  return syntax.properties(object).some((property) => syntax.kind(property) === 'property' && syntax.key(property) === key);
}

/** `errorTemplate(…)`, `renderPage(…)`: a camel-case word of the name says it makes text; `formatResponse` makes a response. */
function buildsText(name: string | undefined): boolean {
  if (name === undefined) return false;
  const words = name.split(/(?=[A-Z])|_/).map((word) => word.toLowerCase());
  return words[words.length - 1] !== 'response' && words.some((word) => TEXT_BUILDER_WORDS.has(word));
}

/** `logger.error(…)`, `request.log.info(…)`, `this.logger.warn(…)`: any link of the receiver is a logger. */
function isLoggerChain<N extends object>(syntax: SyntaxFacts<N>, receiver: N): boolean {
  for (let current = syntax.unwrap(receiver); ; current = syntax.unwrap(syntax.object(current))) {
    const kind = syntax.kind(current);
    if (kind === 'identifier') return LOGGER_NAMES.test(syntax.name(current) ?? '');
    if (kind !== 'member') return false;
    if (LOGGER_NAMES.test(syntax.name(current) ?? '')) return true;
  }
}

/** The function whose result `value` is: `return value`, `() => value`. */
function functionReturning<N extends object>(syntax: SyntaxFacts<N>, value: N): N | undefined {
  const parent = syntax.parent(value);
  if (!parent) return undefined;
  const kind = syntax.kind(parent);
  if (kind === 'return') return enclosingFunction(syntax, parent);
  if (kind === 'function' && syntax.expressionBody(parent) === value) return parent;
  return undefined;
}

/**
 * `defineEventHandler(() => ({ status: 201, data }))`, also in its object form
 * (`defineEventHandler({ handler })`): what an h3 handler returns is its body.
 */
function isReturnedBody<N extends object>(syntax: SyntaxFacts<N>, value: N): boolean {
  const fn = functionReturning(syntax, value);
  let definer = fn && syntax.parent(fn);
  if (definer && syntax.kind(definer) === 'property' && syntax.key(definer) === 'handler') {
    const object = syntax.parent(definer);
    definer = object && syntax.parent(object);
  }
  return definer !== undefined && syntax.kind(definer) === 'call' && BODY_RETURNING_HANDLER_DEFINERS.has(calledName(syntax, definer) ?? '');
}

/**
 * An object that is data rather than a response's own fields: nested in another object
 * (`custom_details: { statusCode: 418 }`), sent as a body (`res.json({ status: 204 })`,
 * `ctx.body = { status }`), logged or stored (`logger.error({ status: 500 })`).
 */
export function isDataPayload<N extends object>(syntax: SyntaxFacts<N>, object: N): boolean {
  const value = syntax.outermost(object);
  const parent = syntax.parent(value);
  if (!parent) return false;
  const parentKind = syntax.kind(parent);
  // `[{ status: 200, color: 'green' }, …]`: a table of records; a redirect rule is no record.
  if (parentKind === 'array') return !REDIRECT_RULE_KEYS.some((key) => hasKey(syntax, object, key));
  if (isReturnedBody(syntax, value)) return true;
  if (parentKind === 'property' && syntax.value(parent) === value) {
    const holder = syntax.parent(parent);
    return holder !== undefined && syntax.kind(holder) === 'object' && !RESPONSE_INIT_KEYS.has(syntax.key(parent) ?? '');
  }
  if (parentKind === 'assignment' && syntax.right(parent) === value) {
    const target = syntax.left(parent);
    return syntax.kind(target) === 'member' && Object.hasOwn(CONTENT_PROPERTIES, syntax.name(target) ?? '');
  }
  if (parentKind !== 'call') return false;
  const index = syntax.args(parent).indexOf(value);
  if (index < 0) return false;
  if (buildsText(calledName(syntax, parent))) return true;
  const method = methodCall(syntax, parent);
  if (!method) return false;
  if (CONTENT_ARGUMENTS.get(method.name)?.has(index) || DATA_SINK_METHODS.has(method.name)) return true;
  return isLoggerChain(syntax, method.receiver);
}

/** `return { statusCode, body }`, `callback(null, { statusCode, body })`: an object given as the answer. */
export function isAnsweredObject<N extends object>(syntax: SyntaxFacts<N>, object: N): boolean {
  const value = syntax.outermost(object);
  const parent = syntax.parent(value);
  if (!parent) return false;
  const kind = syntax.kind(parent);
  if (kind === 'return' || (kind === 'function' && syntax.expressionBody(parent) === value)) return true;
  return kind === 'call' && /^(?:callback|cb|done)$/.test(calledName(syntax, parent) ?? '');
}

/** `toEqual({ status: 200 })`, `mockResolvedValue({ status: 200 })`, `expect.objectContaining({ status: 200 })`: test code, not a response. */
export function isInTestMatcher<N extends object>(syntax: SyntaxFacts<N>, object: N): boolean {
  const parent = syntax.parent(syntax.outermost(object));
  if (!parent || syntax.kind(parent) !== 'call') return false;
  const name = methodCall(syntax, parent)?.name;
  return name !== undefined && /^(?:to[A-Z]|mock|objectContaining)/.test(name);
}

/**
 * The value of an expression when it can be known from the file alone: what ESLint's
 * `getStaticValue` computes for the linter (`const C = 204`, `const S = { A: 201 } as const;
 * S.A`, `Object.freeze({ … })`), computed over TypeScript's tree and the scope index, with the
 * same rules for what counts as a constant, so that both front ends see the same constants.
 */
import type * as ts from 'typescript';
import { isValueWrapper, parentBeyondParentheses, skipParentheses } from './parentheses';
import { isReadOnly, type Reference, type ScopeIndex, type Variable } from './scopes';

type TS = typeof ts;

export interface StaticValue {
  readonly value: unknown;
  readonly optional?: boolean;
}

/** Globals whose values are the platform's own (ESLint's list). */
const BUILTIN_NAMES: ReadonlySet<string> = new Set([
  'Array', 'ArrayBuffer', 'BigInt', 'BigInt64Array', 'BigUint64Array', 'Boolean', 'DataView', 'Date', 'decodeURI',
  'decodeURIComponent', 'encodeURI', 'encodeURIComponent', 'escape', 'Float32Array', 'Float64Array', 'Function',
  'Infinity', 'Int16Array', 'Int32Array', 'Int8Array', 'isFinite', 'isNaN', 'isPrototypeOf', 'JSON', 'Map', 'Math',
  'NaN', 'Number', 'Object', 'parseFloat', 'parseInt', 'Promise', 'Proxy', 'Reflect', 'RegExp', 'Set', 'String',
  'Symbol', 'Uint16Array', 'Uint32Array', 'Uint8Array', 'Uint8ClampedArray', 'undefined', 'unescape', 'WeakMap', 'WeakSet',
]);

type AnyFunction = (...args: unknown[]) => unknown;

const global = globalThis as unknown as Record<string, unknown>;

/** Functions that may be called while evaluating: pure and without side effects (ESLint's list). */
const CALL_ALLOWED: ReadonlySet<unknown> = new Set<unknown>(
  [
    Array.isArray, Array.of, Array.prototype.at, Array.prototype.concat, Array.prototype.entries, Array.prototype.every,
    Array.prototype.filter, Array.prototype.find, Array.prototype.findIndex, Array.prototype.flat, Array.prototype.includes,
    Array.prototype.indexOf, Array.prototype.join, Array.prototype.keys, Array.prototype.lastIndexOf, Array.prototype.slice,
    Array.prototype.some, Array.prototype.toString, Array.prototype.values, global.BigInt, Boolean, Date, Date.parse,
    decodeURI, decodeURIComponent, encodeURI, encodeURIComponent, global.escape, isFinite, isNaN, global.isPrototypeOf,
    Map, Map.prototype.entries, Map.prototype.get, Map.prototype.has, Map.prototype.keys, Map.prototype.values,
    ...Object.getOwnPropertyNames(Math)
      .filter((key) => key !== 'random')
      .map((key) => (Math as unknown as Record<string, unknown>)[key])
      .filter((value) => typeof value === 'function'),
    Number, Number.isFinite, Number.isNaN, Number.parseFloat, Number.parseInt, Number.prototype.toExponential,
    Number.prototype.toFixed, Number.prototype.toPrecision, Number.prototype.toString, Object, Object.entries, Object.is,
    Object.isExtensible, Object.isFrozen, Object.isSealed, Object.keys, Object.values, parseFloat, parseInt, RegExp, Set,
    Set.prototype.entries, Set.prototype.has, Set.prototype.keys, Set.prototype.values, String, String.fromCharCode,
    String.fromCodePoint, String.raw, String.prototype.at, String.prototype.charAt, String.prototype.charCodeAt,
    String.prototype.codePointAt, String.prototype.concat, String.prototype.endsWith, String.prototype.includes,
    String.prototype.indexOf, String.prototype.lastIndexOf, String.prototype.normalize, String.prototype.padEnd,
    String.prototype.padStart, String.prototype.slice, String.prototype.startsWith, String.prototype.substr,
    String.prototype.substring, String.prototype.toLowerCase, String.prototype.toString, String.prototype.toUpperCase,
    String.prototype.trim, String.prototype.trimEnd, global.trimLeft, global.trimRight, String.prototype.trimStart,
    Symbol.for, Symbol.keyFor, global.unescape,
  ].filter((value) => typeof value === 'function'),
);

/** Calls whose value is their first argument. */
const CALL_PASS_THROUGH: ReadonlySet<unknown> = new Set<unknown>([Object.freeze, Object.preventExtensions, Object.seal]);

/** Getters that may be read: they compute nothing the file could have changed. */
const GETTER_ALLOWED: readonly [new (...args: never[]) => unknown, ReadonlySet<string>][] = [
  [Map, new Set(['size'])],
  [RegExp, new Set(['dotAll', 'flags', 'global', 'hasIndices', 'ignoreCase', 'multiline', 'source', 'sticky', 'unicode'])],
  [Set, new Set(['size'])],
];

const MUTATING_ARRAY_METHODS: ReadonlySet<unknown> = new Set(['copyWithin', 'fill', 'pop', 'push', 'reverse', 'shift', 'sort', 'splice', 'unshift']);

function isGetter(object: unknown, name: PropertyKey): boolean {
  for (let current = object; (typeof current === 'object' || typeof current === 'function') && current !== null; current = Object.getPrototypeOf(current)) {
    const descriptor = Object.getOwnPropertyDescriptor(current, name);
    if (descriptor) return descriptor.get != null;
  }
  return false;
}

/** Evaluates expressions of one file; `index` resolves names (without it, names have no value, as for ESLint without a scope). */
export class StaticEvaluator {
  private readonly K: typeof ts.SyntaxKind;

  constructor(
    private readonly tsModule: TS,
    private readonly index: ScopeIndex | undefined,
  ) {
    this.K = tsModule.SyntaxKind;
  }

  /** The node's value, or null when it cannot be known statically. */
  valueOf(node: ts.Node | undefined): StaticValue | null {
    try {
      return this.evaluate(node);
    } catch {
      return null;
    }
  }

  /** The node's value as a string (ESLint's `getStringIfConstant`). */
  stringOf(node: ts.Node | undefined): string | null {
    const value = this.valueOf(node);
    if (!value) return null;
    try {
      return String(value.value);
    } catch {
      return null;
    }
  }

  private values(nodes: readonly ts.Node[]): unknown[] | null {
    const values: unknown[] = [];
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index]!;
      if (node.kind === this.K.OmittedExpression) {
        values.length = index + 1;
      } else if (node.kind === this.K.SpreadElement) {
        const argument = this.evaluate((node as ts.SpreadElement).expression);
        if (argument == null) return null;
        values.push(...(argument.value as Iterable<unknown>));
      } else {
        const element = this.evaluate(node);
        if (element == null) return null;
        values.push(element.value);
      }
    }
    return values;
  }

  /** The static name of a member's property or an object literal's key. */
  private propertyName(name: ts.Node): StaticValue | null {
    const K = this.K;
    switch (name.kind) {
      case K.Identifier:
        return { value: (name as ts.Identifier).text };
      case K.PrivateIdentifier:
        return null;
      case K.StringLiteral:
        return { value: (name as ts.StringLiteral).text };
      case K.NumericLiteral:
        return { value: String(Number((name as ts.NumericLiteral).text)) };
      case K.ComputedPropertyName:
        return this.evaluate((name as ts.ComputedPropertyName).expression);
      default:
        return this.evaluate(name);
    }
  }

  private evaluate(node: ts.Node | undefined): StaticValue | null {
    if (!node) return null;
    if (isValueWrapper(this.tsModule, node)) return this.evaluate(node.expression);
    const K = this.K;
    switch (node.kind) {
      case K.NumericLiteral:
        return { value: Number((node as ts.NumericLiteral).text) };
      case K.BigIntLiteral:
        return { value: BigInt((node as ts.BigIntLiteral).text.slice(0, -1)) };
      case K.StringLiteral:
      case K.NoSubstitutionTemplateLiteral:
        return { value: (node as ts.StringLiteral).text };
      case K.RegularExpressionLiteral: {
        const text = (node as ts.RegularExpressionLiteral).text;
        const slash = text.lastIndexOf('/');
        return { value: new RegExp(text.slice(1, slash), text.slice(slash + 1)) };
      }
      case K.TrueKeyword:
        return { value: true };
      case K.FalseKeyword:
        return { value: false };
      case K.NullKeyword:
        return { value: null };
      case K.TemplateExpression: {
        const template = node as ts.TemplateExpression;
        const expressions = this.values(template.templateSpans.map((span) => span.expression));
        if (expressions == null) return null;
        let value = template.head.text;
        template.templateSpans.forEach((span, index) => {
          value += expressions[index] as string;
          value += span.literal.text;
        });
        return { value };
      }
      case K.TaggedTemplateExpression: {
        const tagged = node as ts.TaggedTemplateExpression;
        const tag = this.evaluate(tagged.tag);
        const template = tagged.template;
        const spans = this.tsModule.isTemplateExpression(template) ? template.templateSpans : [];
        const expressions = this.values(spans.map((span) => span.expression));
        if (tag == null || expressions == null || tag.value !== String.raw) return null;
        const literals = this.tsModule.isTemplateExpression(template) ? [template.head, ...spans.map((span) => span.literal)] : [template];
        const strings = Object.assign(
          literals.map((literal) => literal.text),
          { raw: literals.map((literal) => literal.rawText ?? literal.text) },
        );
        return { value: String.raw(strings, ...expressions) };
      }
      case K.ArrayLiteralExpression: {
        const elements = this.values((node as ts.ArrayLiteralExpression).elements);
        return elements != null ? { value: elements } : null;
      }
      case K.ObjectLiteralExpression:
        return this.objectValue(node as ts.ObjectLiteralExpression);
      case K.PrefixUnaryExpression:
        return this.prefixValue(node as ts.PrefixUnaryExpression);
      case K.TypeOfExpression: {
        const argument = this.evaluate((node as ts.TypeOfExpression).expression);
        return argument != null ? { value: typeof argument.value } : null;
      }
      case K.VoidExpression:
        return { value: undefined };
      case K.BinaryExpression:
        return this.binaryValue(node as ts.BinaryExpression);
      case K.ConditionalExpression: {
        const conditional = node as ts.ConditionalExpression;
        const test = this.evaluate(conditional.condition);
        if (test == null) return null;
        return test.value ? this.evaluate(conditional.whenTrue) : this.evaluate(conditional.whenFalse);
      }
      case K.Identifier:
        return this.identifierValue(node as ts.Identifier);
      case K.PropertyAccessExpression:
      case K.ElementAccessExpression:
        return this.memberValue(node as ts.PropertyAccessExpression | ts.ElementAccessExpression);
      case K.CallExpression:
        return this.callValue(node as ts.CallExpression);
      case K.NewExpression: {
        const construction = node as ts.NewExpression;
        const callee = this.evaluate(construction.expression);
        const args = this.values(construction.arguments ?? []);
        if (callee == null || args == null || !CALL_ALLOWED.has(callee.value)) return null;
        const Constructor = callee.value as new (...values: unknown[]) => unknown;
        return { value: new Constructor(...args) };
      }
      default:
        return null;
    }
  }

  private objectValue(node: ts.ObjectLiteralExpression): StaticValue | null {
    const tsModule = this.tsModule;
    const object: Record<PropertyKey, unknown> = {};
    for (const property of node.properties) {
      if (tsModule.isPropertyAssignment(property) || tsModule.isShorthandPropertyAssignment(property)) {
        const key = this.propertyName(property.name);
        const value = this.evaluate(tsModule.isPropertyAssignment(property) ? property.initializer : property.name);
        if (key == null || value == null) return null;
        object[key.value as PropertyKey] = value.value;
      } else if (tsModule.isSpreadAssignment(property)) {
        const argument = this.evaluate(property.expression);
        if (argument == null) return null;
        Object.assign(object, argument.value);
      } else {
        return null;
      }
    }
    return { value: object };
  }

  private prefixValue(node: ts.PrefixUnaryExpression): StaticValue | null {
    const K = this.K;
    const argument = this.evaluate(node.operand);
    if (argument == null) return null;
    const value = argument.value as number;
    switch (node.operator) {
      case K.MinusToken:
        return { value: -value };
      case K.PlusToken:
        return { value: +value };
      case K.ExclamationToken:
        return { value: !value };
      case K.TildeToken:
        return { value: ~value };
      default:
        return null;
    }
  }

  private binaryValue(node: ts.BinaryExpression): StaticValue | null {
    const K = this.K;
    const operator = node.operatorToken.kind;
    if (operator === K.EqualsToken) return this.evaluate(node.right);
    if (operator >= K.FirstAssignment && operator <= K.LastAssignment) return null;
    if (operator === K.CommaToken) return this.evaluate(node.right);
    if (operator === K.BarBarToken || operator === K.AmpersandAmpersandToken || operator === K.QuestionQuestionToken) {
      const left = this.evaluate(node.left);
      if (left == null) return null;
      if (
        (operator === K.BarBarToken && Boolean(left.value)) ||
        (operator === K.AmpersandAmpersandToken && !left.value) ||
        (operator === K.QuestionQuestionToken && left.value != null)
      ) {
        return left;
      }
      return this.evaluate(node.right);
    }
    if (operator === K.InKeyword || operator === K.InstanceOfKeyword) return null;
    const left = this.evaluate(node.left);
    const right = this.evaluate(node.right);
    if (left == null || right == null) return null;
    /* eslint-disable @typescript-eslint/no-explicit-any -- JavaScript's own operators on whatever the file wrote */
    const a = left.value as any;
    const b = right.value as any;
    switch (this.tsModule.tokenToString(operator)) {
      case '==':
        return { value: a == b };
      case '!=':
        return { value: a != b };
      case '===':
        return { value: a === b };
      case '!==':
        return { value: a !== b };
      case '<':
        return { value: a < b };
      case '<=':
        return { value: a <= b };
      case '>':
        return { value: a > b };
      case '>=':
        return { value: a >= b };
      case '<<':
        return { value: a << b };
      case '>>':
        return { value: a >> b };
      case '>>>':
        return { value: a >>> b };
      case '+':
        return { value: a + b };
      case '-':
        return { value: a - b };
      case '*':
        return { value: a * b };
      case '/':
        return { value: a / b };
      case '%':
        return { value: a % b };
      case '**':
        return { value: a ** b };
      case '|':
        return { value: a | b };
      case '^':
        return { value: a ^ b };
      case '&':
        return { value: a & b };
      default:
        return null;
    }
    /* eslint-enable @typescript-eslint/no-explicit-any */
  }

  private identifierValue(node: ts.Identifier): StaticValue | null {
    if (!this.index) return null;
    const variable = this.index.variableOf(node);
    if (!variable) {
      const name = node.text;
      return BUILTIN_NAMES.has(name) && name in global ? { value: global[name] } : null;
    }
    const declaration = constantDeclaration(this.tsModule, this.index, variable);
    if (!declaration) return null;
    const init = this.evaluate(declaration.initializer);
    if (init && typeof init.value === 'object' && init.value !== null && this.hasMutationInProperty(variable)) return null;
    return init;
  }

  private memberValue(node: ts.PropertyAccessExpression | ts.ElementAccessExpression): StaticValue | null {
    const isProperty = this.tsModule.isPropertyAccessExpression(node);
    if (isProperty && this.tsModule.isPrivateIdentifier(node.name)) return null;
    const object = this.evaluate(node.expression);
    if (object == null) return null;
    if (object.value == null && (object.optional || node.questionDotToken)) return { value: undefined, optional: true };
    const property = isProperty ? { value: node.name.text } : this.evaluate(node.argumentExpression);
    if (property == null) return null;
    const target = object.value as Record<PropertyKey, unknown>;
    const key = property.value as PropertyKey;
    if (!isGetter(target, key)) return { value: target[key] };
    for (const [type, allowed] of GETTER_ALLOWED) {
      if (target instanceof type && allowed.has(key as string)) return { value: target[key] };
    }
    return null;
  }

  private callValue(node: ts.CallExpression): StaticValue | null {
    const args = this.values(node.arguments);
    if (args == null) return null;
    const callee = node.expression;
    if (this.tsModule.isPropertyAccessExpression(callee) || this.tsModule.isElementAccessExpression(callee)) {
      if (this.tsModule.isPropertyAccessExpression(callee) && this.tsModule.isPrivateIdentifier(callee.name)) return null;
      const object = this.evaluate(callee.expression);
      if (object == null) return null;
      if (object.value == null && (object.optional || node.questionDotToken)) return { value: undefined, optional: true };
      const property = this.tsModule.isPropertyAccessExpression(callee) ? { value: callee.name.text } : this.evaluate(callee.argumentExpression);
      if (property == null) return null;
      const receiver = object.value as Record<PropertyKey, AnyFunction>;
      const method = receiver[property.value as PropertyKey];
      if (CALL_ALLOWED.has(method)) return { value: method!.apply(receiver, args) };
      if (CALL_PASS_THROUGH.has(method)) return { value: args[0] };
      return null;
    }
    const value = this.evaluate(callee);
    if (value == null) return null;
    if (value.value == null && node.questionDotToken) return { value: undefined, optional: true };
    if (CALL_ALLOWED.has(value.value)) return { value: (value.value as AnyFunction)(...args) };
    if (CALL_PASS_THROUGH.has(value.value)) return { value: args[0] };
    return null;
  }

  /** `S.A = 1`, `S.list.push(x)`: the object a constant holds is changed somewhere. */
  private hasMutationInProperty(variable: Variable): boolean {
    const tsModule = this.tsModule;
    for (const reference of this.index!.referencesOf(variable)) {
      let node: ts.Node = reference.identifier;
      for (;;) {
        const parent = parentBeyondParentheses(tsModule, node);
        if (!parent || !(tsModule.isPropertyAccessExpression(parent) || tsModule.isElementAccessExpression(parent))) break;
        node = parent;
      }
      const parent = parentBeyondParentheses(tsModule, node);
      if (!parent) continue;
      if (tsModule.isBinaryExpression(parent) && skipParentheses(tsModule, parent.left) === node) {
        const operator = parent.operatorToken.kind;
        if (operator >= this.K.FirstAssignment && operator <= this.K.LastAssignment) return true;
      }
      if ((tsModule.isPrefixUnaryExpression(parent) || tsModule.isPostfixUnaryExpression(parent)) && isUpdate(this.K, parent.operator)) return true;
      if (tsModule.isCallExpression(parent) && skipParentheses(tsModule, parent.expression) === node && node !== reference.identifier) {
        const member = node as ts.PropertyAccessExpression | ts.ElementAccessExpression;
        const name = tsModule.isPropertyAccessExpression(member) ? { value: member.name.text } : this.valueOf(member.argumentExpression);
        if (name && MUTATING_ARRAY_METHODS.has(name.value)) return true;
      }
    }
    return false;
  }
}

function isUpdate(K: typeof ts.SyntaxKind, operator: ts.SyntaxKind): boolean {
  return operator === K.PlusPlusToken || operator === K.MinusMinusToken;
}


/**
 * The declaration of a variable that holds one value for good (ESLint's rule: a single
 * `var`, `let` or `const` declaration of a plain name, `const` or never written after its
 * initialiser).
 */
export function constantDeclaration(tsModule: TS, index: ScopeIndex, variable: Variable): ts.VariableDeclaration | undefined {
  if (variable.definitions.length !== 1) return undefined;
  const [definition] = variable.definitions;
  if (!definition || (definition.kind !== 'var' && definition.kind !== 'let' && definition.kind !== 'const' && definition.kind !== 'using')) return undefined;
  const declaration = definition.node as ts.VariableDeclaration;
  if (!tsModule.isIdentifier(declaration.name)) return undefined;
  return definition.kind === 'const' || isEffectivelyConst(index.referencesOf(variable)) ? declaration : undefined;
}

function isEffectivelyConst(references: readonly Reference[]): boolean {
  const inits = references.filter((reference) => reference.init).length;
  const reads = references.filter(isReadOnly).length;
  return inits === 1 && reads + inits === references.length;
}

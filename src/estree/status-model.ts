import { AST } from './ast';
import {type TSESLint, type TSESTree} from '@typescript-eslint/utils';
import {
  ASSERTION_MATCHERS,
  ASSERT_FUNCTIONS,
  ASSIGNMENT_SHAPES,
  BODY_RETURNING_HANDLER_DEFINERS,
  BUILT_IN_ERROR_CLASSES,
  CALL_MATCHERS,
  NTH_CALL_MATCHERS,
  CONTENT_METHOD_SHAPES,
  CONTENT_PROPERTIES,
  DATA_SINK_METHODS,
  FALLBACK_FUNCTIONS,
  LIST_ARGUMENT_MATCHERS,
  LIST_SUBJECT_MATCHERS,
  LOGGER_NAMES,
  MEMBERSHIP_METHODS,
  PAYLOAD_MEMBERS,
  FASTIFY_MODULES,
  REDIRECT_RULE_KEYS,
  RESPONSE_INIT_KEYS,
  TEXT_BUILDER_WORDS,
  ERROR_CLASS_PATTERN,
  HONO_MODULES,
  METHOD_SHAPES,
  ROLE_FRAMEWORKS,
  SEND_METHODS,
  SERVER_MODULES,
  SITE_HINT,
  STATUS_OBJECT_KEYS,
  STATUS_PROPERTIES,
  STATUS_VARIABLE_PATTERN,
  type AssignmentShape,
  type BindingShape,
  type FrameworkId,
  type MethodShape,
  type ReceiverRole,
  type SiteKind,
  type StatusArgument,
} from '../frameworks';
import { AUTO_IMPORTED_SHAPES, isUnresolvedGlobal, resolveBindings, type ResolvedBindings } from './bindings';
import { collectModuleImports, type ModuleImport } from './file-imports';
import { calleeName, enclosingFunction, lastName, memberName, methodCall, propertyKeyName, unwrapExpression } from './nodes';
import { receiverRoles, type ReceiverContext } from './receivers';
import {
  isStatusCodeValue,
  resolveInitValues,
  resolveValues,
  type StatusValue,
  type ValueContext,
} from './values';

/** A place where a status code is set, thrown, compared or asserted. */
export interface StatusSite {
  /** The call, assignment, comparison or property that makes this a status site. */
  readonly node: TSESTree.Node;
  readonly framework: FrameworkId;
  readonly kind: SiteKind;
  /** The expressions the status may come from, resolved where possible. */
  readonly values: readonly StatusValue[];
  /** The catalogue shape of a call site, for what else the same call carries (content, headers). */
  readonly shape?: MethodShape | BindingShape;
}

/** The node types that can be status sites; rules subscribe to these. */
export const STATUS_SITE_NODE_TYPES = [
  AST.CallExpression,
  AST.NewExpression,
  AST.AssignmentExpression,
  AST.BinaryExpression,
  AST.SwitchCase,
  AST.LogicalExpression,
  AST.Property,
  AST.PropertyDefinition,
] as const;

export type StatusSiteNode = Extract<TSESTree.Node, { type: (typeof STATUS_SITE_NODE_TYPES)[number] }>;

const METHOD_SHAPES_BY_NAME: ReadonlyMap<string, readonly MethodShape[]> = groupBy(METHOD_SHAPES, (shape) => shape.method);
const ASSIGNMENT_SHAPES_BY_PROPERTY: ReadonlyMap<string, readonly AssignmentShape[]> = groupBy(
  ASSIGNMENT_SHAPES,
  (shape) => shape.property,
);
const MATCHERS = new Set(ASSERTION_MATCHERS);
const ASSERTS = new Set([...ASSERT_FUNCTIONS, 'is']);
const SUBJECT_FREE_MATCHERS = new Set(['status', 'toHaveStatus', 'toHaveStatusCode']);
const COMPARISON_OPERATORS = new Set(['===', '!==', '==', '!=']);

/** A shared shape (`x.status(n)`) belongs to the framework its receiver points to. */
function frameworkFor(shape: MethodShape | AssignmentShape, role: ReceiverRole): FrameworkId {
  return role === 'response' || shape.receivers.length === 1 ? shape.framework : ROLE_FRAMEWORKS[role];
}

/** Names under which a call can be a method shape or an assertion. */
const CALL_NAMES_OF_INTEREST: ReadonlySet<string> = new Set([
  ...METHOD_SHAPES.map((shape) => shape.method),
  ...ASSERTION_MATCHERS,
  ...ASSERT_FUNCTIONS,
  'is',
  'expect',
  'toHaveProperty',
  ...MEMBERSHIP_METHODS,
  ...NTH_CALL_MATCHERS,
  ...LIST_SUBJECT_MATCHERS,
  ...LIST_ARGUMENT_MATCHERS,
  ...FALLBACK_FUNCTIONS,
]);

/**
 * `HttpError.fromStatus(404)`, `AppError.withStatusCode(544, …)`: a static builder of an error
 * class whose name speaks of a status (`TimeoutError.after(500)` takes milliseconds).
 */
function errorBuilderClass(node: TSESTree.CallExpression): string | undefined {
  const callee = unwrapExpression(node.callee);
  if (callee.type !== AST.MemberExpression || callee.object.type !== AST.Identifier) return undefined;
  const name = callee.object.name;
  if (!ERROR_CLASS_PATTERN.test(name) || BUILT_IN_ERROR_CLASSES.has(name)) return undefined;
  return /status|code|http/i.test(memberName(callee) ?? '') ? name : undefined;
}

function calledName(node: TSESTree.CallExpression): string | undefined {
  const callee = unwrapExpression(node.callee);
  if (callee.type === AST.Identifier) return callee.name;
  return callee.type === AST.MemberExpression ? memberName(callee) : undefined;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/**
 * Everything the rules ask about one file's status codes, computed lazily and cached
 * per node, so that several rules share one recognition pass.
 */
export class StatusModel implements ReceiverContext, ValueContext {
  readonly modules: ReadonlySet<string>;
  readonly moduleImports: ReadonlyMap<string, ModuleImport[]>;
  readonly isHonoFile: boolean;
  readonly isServerFile: boolean;
  /** False when the file's text holds none of the catalogue's words: the rules skip it whole. */
  readonly mayHaveStatuses: boolean;
  private resolved: ResolvedBindings | undefined;
  private readonly sites = new WeakMap<TSESTree.Node, StatusSite | null>();

  constructor(
    readonly sourceCode: Readonly<TSESLint.SourceCode>,
    /** As configured (`module`, `commonjs`, `script`); parsers may report `module` regardless. */
    readonly sourceType: string | undefined,
  ) {
    this.moduleImports = collectModuleImports(sourceCode.ast);
    this.modules = new Set(this.moduleImports.keys());
    this.isHonoFile = HONO_MODULES.some((module) => this.modules.has(module));
    this.isServerFile = SERVER_MODULES.some((module) => this.modules.has(module));
    this.mayHaveStatuses = SITE_HINT.test(sourceCode.text);
  }

  private get bindings(): ResolvedBindings {
    this.resolved ??= resolveBindings(() => this.sourceCode.scopeManager!.globalScope!, this.sourceCode.text);
    return this.resolved;
  }

  get members(): ResolvedBindings['members'] {
    return this.bindings.members;
  }

  /** Whether a call or construction is one of a framework's helpers (`Response.json`, `createError`). */
  isFrameworkHelper(node: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
    return this.bindings.shapes.has(node) || (node.type === AST.CallExpression && this.autoImportedShape(node) !== undefined);
  }

  private readonly mentionCache = new Map<RegExp, boolean>();

  /** Whether the file's text mentions any code of `pattern` (see `codeMentionPattern`). */
  mentions(pattern: RegExp): boolean {
    let found = this.mentionCache.get(pattern);
    if (found === undefined) {
      found = pattern.test(this.sourceCode.text);
      this.mentionCache.set(pattern, found);
    }
    return found;
  }

  /** The status site a node forms, if any. */
  siteOf(node: StatusSiteNode): StatusSite | undefined {
    if (!this.mayBeSite(node)) return undefined;
    let site = this.sites.get(node);
    if (site === undefined) {
      site = this.classify(node) ?? null;
      this.sites.set(node, site);
    }
    return site ?? undefined;
  }

  /**
   * A quick look at the node alone (operator, key, name) that rules out most nodes before
   * the cache or the classification; every rule asks about every such node.
   */
  private mayBeSite(node: StatusSiteNode): boolean {
    switch (node.type) {
      case AST.CallExpression:
        return (
          CALL_NAMES_OF_INTEREST.has(calledName(node) ?? '') ||
          AUTO_IMPORTED_SHAPES.has(calledName(node) ?? '') ||
          this.bindings.shapes.has(node) ||
          errorBuilderClass(node) !== undefined
        );
      case AST.NewExpression:
        return this.bindings.shapes.has(node) || ERROR_CLASS_PATTERN.test(calleeName(node.callee) ?? '');
      case AST.AssignmentExpression:
        return node.operator === '=' && node.left.type === AST.MemberExpression && ASSIGNMENT_SHAPES_BY_PROPERTY.has(memberName(node.left) ?? '');
      case AST.BinaryExpression:
        return COMPARISON_OPERATORS.has(node.operator);
      case AST.LogicalExpression:
        return node.operator === '||' || node.operator === '??';
      case AST.SwitchCase:
        return node.test !== null;
      case AST.Property:
      case AST.PropertyDefinition:
        return STATUS_OBJECT_KEYS.includes(propertyKeyName(node) ?? '');
    }
  }

  private classify(node: StatusSiteNode): StatusSite | undefined {
    switch (node.type) {
      case AST.CallExpression:
        return this.callSite(node);
      case AST.NewExpression:
        return this.constructionSite(node);
      case AST.AssignmentExpression:
        return this.assignmentSite(node);
      case AST.BinaryExpression:
        return this.comparisonSite(node);
      case AST.SwitchCase:
        return this.switchCaseSite(node);
      case AST.LogicalExpression:
        return this.fallbackSite(node);
      case AST.Property:
        return this.objectPropertySite(node);
      case AST.PropertyDefinition:
        return this.classPropertySite(node);
    }
  }

  private site(
    node: TSESTree.Node,
    framework: FrameworkId,
    kind: SiteKind,
    values: StatusValue[],
    shape?: MethodShape | BindingShape,
  ): StatusSite {
    return shape ? { node, framework, kind, values, shape } : { node, framework, kind, values };
  }

  private argumentValues(
    args: readonly TSESTree.CallExpressionArgument[],
    specs: readonly StatusArgument[],
    initProperties: readonly string[],
  ): StatusValue[] | undefined {
    for (const spec of specs) {
      const argument = args[spec.index];
      if (!argument || argument.type === AST.SpreadElement) continue;
      const values = spec.init
        ? resolveInitValues(argument, initProperties, this)
        : resolveValues(argument, this);
      if (spec.onlyNumeric && !values.some((value) => value.code !== undefined)) continue;
      return values;
    }
    return undefined;
  }

  private bindingSite(node: TSESTree.CallExpression | TSESTree.NewExpression, shape: BindingShape) {
    const values = this.argumentValues(node.arguments, shape.statusArguments, shape.initProperties ?? ['status']);
    return values && values.length > 0 ? this.site(node, shape.framework, shape.kind, values, shape) : undefined;
  }

  private callSite(node: TSESTree.CallExpression): StatusSite | undefined {
    const shape = this.bindings.shapes.get(node) ?? this.autoImportedShape(node);
    if (shape) return this.bindingSite(node, shape);
    const assertion = this.assertionSite(node) ?? this.membershipSite(node) ?? this.fallbackCallSite(node);
    if (assertion) return assertion;
    const method = methodCall(node);
    if (!method) return undefined;
    for (const candidate of METHOD_SHAPES_BY_NAME.get(method.name) ?? []) {
      const site = this.methodSite(node, method.receiver, candidate);
      if (site) return site;
    }
    return this.errorBuilderSite(node);
  }

  /** `[401, 403].includes(res.status)`: the listed codes are compared with a received status. */
  private membershipSite(node: TSESTree.CallExpression): StatusSite | undefined {
    const method = methodCall(node);
    const list = method && unwrapExpression(method.receiver);
    const [first] = node.arguments;
    if (!method || !MEMBERSHIP_METHODS.includes(method.name) || list?.type !== AST.ArrayExpression || !first || !this.isStatusExpression(first)) {
      return undefined;
    }
    const values = list.elements.flatMap((element) => (element && element.type !== AST.SpreadElement ? this.receivedValuesOnly(element) : []));
    return values.length > 0 ? this.site(node, 'client', 'compare', values) : undefined;
  }

  /** `_.defaultTo(err.status, 500)`: the fallback of a status, as `err.status ?? 500` is. */
  private fallbackCallSite(node: TSESTree.CallExpression): StatusSite | undefined {
    const [status, fallback] = node.arguments;
    if (!FALLBACK_FUNCTIONS.includes(calledName(node) ?? '') || !status || !fallback || !this.isStatusExpression(status)) return undefined;
    const values = this.statusValuesOnly(fallback);
    return values.length > 0 ? this.site(node, 'error-object', 'fallback', values) : undefined;
  }

  /** A static builder of a project error class given a status: `HttpError.fromStatus(404)`. */
  private errorBuilderSite(node: TSESTree.CallExpression): StatusSite | undefined {
    if (errorBuilderClass(node) === undefined) return undefined;
    const values = this.errorArgumentValues(node.arguments);
    return values.length > 0 ? this.site(node, 'error-object', 'error', values) : undefined;
  }

  /** Statuses among an error's arguments: numbers 100–599 and library members, not local constants. */
  private errorArgumentValues(args: readonly TSESTree.CallExpressionArgument[]): StatusValue[] {
    return args
      .filter((argument) => argument.type !== AST.SpreadElement && argument.type !== AST.ObjectExpression)
      .flatMap((argument) => resolveValues(argument, this))
      .filter((value) => isStatusCodeValue(value) && value.source !== 'constant');
  }

  private autoImportedShape(node: TSESTree.CallExpression): BindingShape | undefined {
    const callee = unwrapExpression(node.callee);
    if (callee.type !== AST.Identifier) return undefined;
    const shape = AUTO_IMPORTED_SHAPES.get(callee.name);
    if (!shape || !isUnresolvedGlobal(this.sourceCode.getScope(callee), callee)) return undefined;
    return shape;
  }

  private methodSite(node: TSESTree.CallExpression, receiver: TSESTree.Node, shape: MethodShape): StatusSite | undefined {
    const values = this.argumentValues(node.arguments, shape.statusArguments, ['status']);
    if (!values || values.length === 0) return undefined;
    const role = this.matchingRole(receiver, shape.receivers);
    if (role) {
      return this.site(node, frameworkFor(shape, role), shape.kind, values, shape);
    }
    const evidence = shape.anyReceiver || this.hasResponseEvidence(node, shape);
    if (evidence && values.some(isStatusCodeValue)) return this.site(node, shape.framework, shape.kind, values, shape);
    return undefined;
  }

  /**
   * The role that decides the framework: a specific one (a Fastify reply, by its handler or
   * its name) wins over the generic `response` that any `res` is taken to be.
   */
  private matchingRole(receiver: TSESTree.Node, wanted: readonly ReceiverRole[]): ReceiverRole | undefined {
    const roles = receiverRoles(receiver, this);
    return wanted.find((role) => role !== 'response' && roles.has(role)) ?? wanted.find((role) => roles.has(role));
  }

  /** `x.status(404).json(…)`, or a server framework imported by the file. */
  private hasResponseEvidence(node: TSESTree.CallExpression, shape: MethodShape): boolean {
    const parent = node.parent;
    const followedBySend =
      parent.type === AST.MemberExpression &&
      parent.object === node &&
      SEND_METHODS.has(memberName(parent) ?? '') &&
      parent.parent.type === AST.CallExpression;
    if (followedBySend) return true;
    if (shape.method === 'code') return FASTIFY_MODULES.some((module) => this.modules.has(module));
    if (shape.framework === 'hono') return this.isHonoFile;
    return this.isServerFile;
  }

  private constructionSite(node: TSESTree.NewExpression): StatusSite | undefined {
    const shape = this.bindings.shapes.get(node);
    if (shape) return this.bindingSite(node, shape);
    const name = calleeName(node.callee);
    if (name === undefined || !ERROR_CLASS_PATTERN.test(name) || BUILT_IN_ERROR_CLASSES.has(name)) return undefined;
    const values = this.errorArgumentValues(node.arguments);
    return values.length > 0 ? this.site(node, 'error-object', 'error', values) : undefined;
  }

  private assignmentSite(node: TSESTree.AssignmentExpression): StatusSite | undefined {
    if (node.operator !== '=' || node.left.type !== AST.MemberExpression) return undefined;
    const property = memberName(node.left);
    if (property === undefined) return undefined;
    const values = resolveValues(node.right, this);
    for (const shape of ASSIGNMENT_SHAPES_BY_PROPERTY.get(property) ?? []) {
      const role = this.matchingRole(node.left.object, shape.receivers);
      if (role) {
        return this.site(node, frameworkFor(shape, role), shape.kind, values);
      }
      if (shape.anyReceiver && values.some(isStatusCodeValue)) {
        return this.site(node, shape.framework, shape.kind, values);
      }
    }
    return undefined;
  }

  /** `response.status`, `res.statusCode`, `status`, `response.status()`: a received status. */
  isStatusExpression(node: TSESTree.Node): boolean {
    const expression = unwrapExpression(node);
    if (expression.type === AST.LogicalExpression && (expression.operator === '||' || expression.operator === '??')) {
      // `err.status || err.statusCode || 500`: the fallback of a chain of statuses.
      return this.isStatusExpression(expression.left) && this.isStatusExpression(expression.right);
    }
    if (expression.type === AST.MemberExpression) {
      return STATUS_PROPERTIES.includes(memberName(expression) ?? '') && !isPayloadField(expression);
    }
    if (expression.type === AST.Identifier) return STATUS_VARIABLE_PATTERN.test(expression.name);
    if (expression.type === AST.CallExpression && expression.arguments.length === 0) {
      return methodCall(expression)?.name === 'status';
    }
    return false;
  }

  /** The codes of a list literal: `[200, 204]`. */
  private listedValues(node: TSESTree.Node): StatusValue[] {
    const list = unwrapExpression(node);
    if (list.type !== AST.ArrayExpression) return [];
    return list.elements.flatMap((element) => (element && element.type !== AST.SpreadElement ? this.statusValuesOnly(element) : []));
  }

  private statusValuesOnly(node: TSESTree.Node): StatusValue[] {
    return resolveValues(node, this).filter((value) => isStatusCodeValue(value) || value.source === 'string');
  }

  /**
   * Values compared with a received status: any three-digit number, since clients meet
   * vendor codes beyond 599 (LinkedIn's 999); small numbers are some other status field.
   */
  private receivedValuesOnly(node: TSESTree.Node): StatusValue[] {
    return resolveValues(node, this).filter(
      (value) => value.code !== undefined && Number.isInteger(value.code) && value.code >= 100 && value.code <= 999,
    );
  }

  private comparisonSite(node: TSESTree.BinaryExpression): StatusSite | undefined {
    if (!COMPARISON_OPERATORS.has(node.operator)) return undefined;
    const other = this.isStatusExpression(node.left)
      ? node.right
      : this.isStatusExpression(node.right)
        ? node.left
        : undefined;
    if (!other) return undefined;
    const values = this.receivedValuesOnly(other);
    return values.length > 0 ? this.site(node, 'client', 'compare', values) : undefined;
  }

  private switchCaseSite(node: TSESTree.SwitchCase): StatusSite | undefined {
    if (!node.test || !this.isStatusExpression(node.parent.discriminant)) return undefined;
    const values = this.receivedValuesOnly(node.test);
    return values.length > 0 ? this.site(node, 'client', 'compare', values) : undefined;
  }

  private fallbackSite(node: TSESTree.LogicalExpression): StatusSite | undefined {
    if ((node.operator !== '||' && node.operator !== '??') || !this.isStatusExpression(node.left)) return undefined;
    const values = this.statusValuesOnly(node.right);
    return values.length > 0 ? this.site(node, 'error-object', 'fallback', values) : undefined;
  }

  private objectPropertySite(node: TSESTree.Property): StatusSite | undefined {
    if (node.parent.type !== AST.ObjectExpression || isDataPayload(node.parent)) return undefined;
    const key = propertyKeyName(node);
    if (key === undefined || !STATUS_OBJECT_KEYS.includes(key)) return undefined;
    // A status written as text counts only where an object is answered (returned, handed to a
    // Lambda callback): `{ statusCode: '401' }` is right in AWS CDK's gateway settings.
    const answered = isAnsweredObject(node.parent);
    const values = this.statusValuesOnly(node.value).filter((value) => value.source !== 'string' || (key === 'statusCode' && answered));
    if (values.length === 0) return undefined;
    return this.site(node, 'response-object', isInTestMatcher(node.parent) ? 'assert' : 'set', values);
  }

  private classPropertySite(node: TSESTree.PropertyDefinition): StatusSite | undefined {
    const key = propertyKeyName(node);
    if (!node.value || key === undefined || !STATUS_OBJECT_KEYS.includes(key) || node.static) return undefined;
    const classNode = node.parent.parent;
    const names = [classNode.id?.name, classNode.superClass ? lastName(classNode.superClass) : undefined];
    if (!names.some((name) => name !== undefined && ERROR_CLASS_PATTERN.test(name))) return undefined;
    const values = this.statusValuesOnly(node.value);
    return values.length > 0 ? this.site(node, 'error-object', 'error', values) : undefined;
  }

  private assertionSite(node: TSESTree.CallExpression): StatusSite | undefined {
    const method = methodCall(node);
    const callee = unwrapExpression(node.callee);
    const name = method?.name ?? (callee.type === AST.Identifier ? callee.name : undefined);
    if (name === undefined) return undefined;
    const values = this.assertedValues(node, name, method?.receiver);
    return values && values.length > 0 ? this.site(node, 'test', 'assert', values) : undefined;
  }

  private assertedValues(
    node: TSESTree.CallExpression,
    name: string,
    receiver: TSESTree.Node | undefined,
  ): StatusValue[] | undefined {
    const [first, second] = node.arguments;
    if (receiver && name === 'expect' && first && unwrapExpression(receiver).type === AST.CallExpression) {
      return this.statusValuesOnly(first);
    }
    if (ASSERTS.has(name) && first && second) {
      if (this.isStatusExpression(first)) return this.statusValuesOnly(second);
      if (this.isStatusExpression(second)) return this.statusValuesOnly(first);
    }
    if (!receiver) return undefined;
    const subject = expectationSubject(receiver);
    if (subject === undefined) return undefined;
    if (name === 'toHaveProperty' && second && isStatusKeyLiteral(first)) return this.statusValuesOnly(second);
    if (subject && first && LIST_SUBJECT_MATCHERS.includes(name) && this.isStatusExpression(first)) return this.listedValues(subject);
    if (subject && first && LIST_ARGUMENT_MATCHERS.includes(name) && this.isStatusExpression(subject)) return this.listedValues(first);
    if (subject && second && NTH_CALL_MATCHERS.includes(name) && isStatusMethod(subject)) return this.statusValuesOnly(second);
    if (!MATCHERS.has(name) || !first) return undefined;
    if (SUBJECT_FREE_MATCHERS.has(name) || (subject !== null && this.isStatusExpression(subject))) {
      return this.statusValuesOnly(first);
    }
    if (subject && CALL_MATCHERS.has(name) && isStatusMethod(subject)) return this.statusValuesOnly(first);
    return undefined;
  }
}

/** `reply.code`, `res.sendStatus`, `res.writeHead`: a method whose first argument is the status. */
const STATUS_FIRST_METHODS: ReadonlySet<string> = new Set(
  METHOD_SHAPES.filter((shape) => shape.statusArguments.some((argument) => argument.index === 0)).map((shape) => shape.method),
);

function isStatusMethod(node: TSESTree.Node): boolean {
  const expression = unwrapExpression(node);
  return expression.type === AST.MemberExpression && STATUS_FIRST_METHODS.has(memberName(expression) ?? '');
}

/** `res.data.meta.status`, `res.body.status`: a field of the reply's payload. */
function isPayloadField(member: TSESTree.MemberExpression): boolean {
  for (let object = unwrapExpression(member.object); object.type === AST.MemberExpression; object = unwrapExpression(object.object)) {
    if (PAYLOAD_MEMBERS.has(memberName(object) ?? '')) return true;
  }
  return false;
}

function isStatusKeyLiteral(node: TSESTree.Node | undefined): boolean {
  return node?.type === AST.Literal && typeof node.value === 'string' && STATUS_OBJECT_KEYS.includes(node.value);
}

/**
 * The subject of an assertion chain: `x` in `expect(x).to.equal(…)`, `expect(x).not.toBe(…)`,
 * `x.should.have.status(…)`; `null` when the chain has a subject that is not an expression
 * we can see; `undefined` when the receiver is no assertion chain at all.
 */
function expectationSubject(receiver: TSESTree.Node): TSESTree.Node | null | undefined {
  let current = unwrapExpression(receiver);
  for (;;) {
    if (current.type === AST.MemberExpression) {
      if (memberName(current) === 'should') return current.object;
      current = unwrapExpression(current.object);
      continue;
    }
    if (current.type === AST.CallExpression) {
      const callee = unwrapExpression(current.callee);
      if (lastName(callee) === 'expect' || (callee.type === AST.MemberExpression && lastName(callee.object) === 'expect')) {
        return current.arguments[0] ?? null;
      }
    }
    return undefined;
  }
}

const CONTENT_ARGUMENTS: ReadonlyMap<string, ReadonlySet<number>> = new Map(
  [...groupBy(CONTENT_METHOD_SHAPES, (shape) => shape.method)].map(([method, shapes]) => [method, new Set(shapes.map((shape) => shape.contentArgument))]),
);

/**
 * An object that is data rather than a response's own fields: nested in another object
 * (`custom_details: { statusCode: 418 }`), sent as a body (`res.json({ status: 204 })`,
 * `ctx.body = { status }`), logged or stored (`logger.error({ status: 500 })`).
 */
function isDataPayload(object: TSESTree.ObjectExpression): boolean {
  const value = outermostWrapper(object);
  const parent = value.parent;
  if (!parent) return false;
  // `[{ status: 200, color: 'green' }, …]`: a table of records; a redirect rule is no record.
  if (parent.type === AST.ArrayExpression) return !REDIRECT_RULE_KEYS.some((key) => hasKey(object, key));
  if (isReturnedBody(value)) return true;
  if (parent.type === AST.Property && parent.value === value) {
    return parent.parent.type === AST.ObjectExpression && !RESPONSE_INIT_KEYS.has(propertyKeyName(parent) ?? '');
  }
  if (parent.type === AST.AssignmentExpression && parent.right === value && parent.left.type === AST.MemberExpression) {
    return Object.hasOwn(CONTENT_PROPERTIES, memberName(parent.left) ?? '');
  }
  if (parent.type !== AST.CallExpression) return false;
  const index = parent.arguments.indexOf(value as TSESTree.CallExpressionArgument);
  if (index < 0) return false;
  if (buildsText(calledName(parent))) return true;
  const method = methodCall(parent);
  if (!method) return false;
  if (CONTENT_ARGUMENTS.get(method.name)?.has(index) || DATA_SINK_METHODS.has(method.name)) return true;
  return isLoggerChain(method.receiver);
}

/** `return { statusCode, body }`, `callback(null, { statusCode, body })`: an object given as the answer. */
function isAnsweredObject(object: TSESTree.ObjectExpression): boolean {
  const value = outermostWrapper(object);
  const parent = value.parent;
  if (parent?.type === AST.ReturnStatement) return true;
  if (parent?.type === AST.ArrowFunctionExpression && parent.body === value) return true;
  return parent?.type === AST.CallExpression && /^(?:callback|cb|done)$/.test(calledName(parent) ?? '');
}

/** The expression an object literal is, with the casts around it (`{ … } as Body`, `satisfies`, `!`). */
function outermostWrapper(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.parent &&
    (current.parent.type === AST.TSAsExpression ||
      current.parent.type === AST.TSSatisfiesExpression ||
      current.parent.type === AST.TSNonNullExpression ||
      current.parent.type === AST.TSTypeAssertion)
  ) {
    current = current.parent;
  }
  return current;
}

function hasKey(object: TSESTree.ObjectExpression, key: string): boolean {
  return object.properties.some((property) => property.type === AST.Property && propertyKeyName(property) === key);
}

/** `errorTemplate(…)`, `renderPage(…)`: a camel-case word of the name says it makes text; `formatResponse` makes a response. */
function buildsText(name: string | undefined): boolean {
  if (name === undefined) return false;
  const words = name.split(/(?=[A-Z])|_/).map((word) => word.toLowerCase());
  return words[words.length - 1] !== 'response' && words.some((word) => TEXT_BUILDER_WORDS.has(word));
}

/** `logger.error(…)`, `request.log.info(…)`, `this.logger.warn(…)`: any link of the receiver is a logger. */
function isLoggerChain(receiver: TSESTree.Node): boolean {
  for (let current = unwrapExpression(receiver); ; current = unwrapExpression(current.object)) {
    if (current.type === AST.Identifier) return LOGGER_NAMES.test(current.name);
    if (current.type !== AST.MemberExpression) return false;
    if (LOGGER_NAMES.test(memberName(current) ?? '')) return true;
  }
}

/**
 * `defineEventHandler(() => ({ status: 201, data }))`, also in its object form
 * (`defineEventHandler({ handler })`): what an h3 handler returns is its body.
 */
function isReturnedBody(value: TSESTree.Node): boolean {
  const parent = value.parent;
  const fn =
    parent?.type === AST.ReturnStatement
      ? enclosingFunction(parent)
      : parent?.type === AST.ArrowFunctionExpression && parent.body === value
        ? parent
        : undefined;
  let definer = fn?.parent;
  if (definer?.type === AST.Property && propertyKeyName(definer) === 'handler') definer = definer.parent.parent;
  return definer?.type === AST.CallExpression && BODY_RETURNING_HANDLER_DEFINERS.has(calledName(definer) ?? '');
}

/** `toEqual({ status: 200 })`, `mockResolvedValue({ status: 200 })`: test code, not a response. */
function isInTestMatcher(object: TSESTree.ObjectExpression): boolean {
  const parent = outermostWrapper(object).parent;
  if (parent?.type !== AST.CallExpression) return false;
  const name = methodCall(parent)?.name;
  return name !== undefined && /^(?:to[A-Z]|mock)/.test(name);
}

const MODELS = new WeakMap<TSESTree.Program, StatusModel>();

/** The model of the file being linted, shared by every rule that lints it. */
export function getStatusModel(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): StatusModel {
  const sourceCode = context.sourceCode;
  let model = MODELS.get(sourceCode.ast);
  if (!model) {
    model = new StatusModel(sourceCode, context.languageOptions.sourceType);
    MODELS.set(sourceCode.ast, model);
  }
  return model;
}

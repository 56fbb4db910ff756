import {
  ASSIGNMENT_SHAPES,
  CALL_NAMES_OF_INTEREST,
  DEFAULT_REDIRECT_METHODS,
  DEFAULT_REDIRECT_NAMES,
  BUILT_IN_ERROR_CLASSES,
  ERROR_CLASS_PATTERN,
  FALLBACK_FUNCTIONS,
  LIST_SUBJECT_MATCHERS,
  MEMBERSHIP_METHODS,
  METHOD_SHAPES,
  PAYLOAD_MEMBERS,
  ROLE_FRAMEWORKS,
  SEND_METHODS,
  SERVER_MODULES,
  SITE_HINT,
  STATUS_PROPERTIES,
  STATUS_VARIABLE_PATTERN,
  redirectDefault,
} from '../index';
// Straight from their module: the index re-exports them through getters, read on every use.
import { STATUS_OBJECT_KEYS } from '../vocabulary';
import type { AssignmentShape, BindingShape, DefaultRedirect, FrameworkId, MethodShape, ReceiverRole, SiteKind, StatusArgument } from '../types';
import { assertedValues, type AssertionContext } from './assertions';
import { isAnsweredObject, isDataPayload, isInTestMatcher } from './data-context';
import { SHAPES_CALLED_BY_NAME } from './references';
import { ReceiverRoles } from './receivers';
import type { FileFacts, NodeKind, SyntaxFacts } from './syntax';
import {
  callFacts,
  calledName,
  isStatusCodeValue,
  isStatusText,
  lastName,
  methodCall,
  resolveInitValues,
  resolveValues,
  type CallFacts,
  type MatchedValue,
  type MethodCall,
} from './values';


/**
 * A redirect called without a status (`res.redirect(url)`, `Response.redirect(url)`): the
 * status it sends by default, and how its framework takes another.
 */
export interface DefaultRedirectSite<N extends object> {
  readonly node: N;
  readonly framework: FrameworkId;
  readonly redirect: DefaultRedirect;
  /** The receiver of a redirect method (`res`, `ctx`); absent for a helper function. */
  readonly receiver?: N;
}

/** A place where a status code is set, thrown, compared or asserted. */
export interface MatchedSite<N extends object> {
  /** The call, assignment, comparison or property that makes this a status site. */
  readonly node: N;
  readonly framework: FrameworkId;
  readonly kind: SiteKind;
  /** The expressions the status may come from, resolved where possible. */
  readonly values: readonly MatchedValue<N>[];
  /** The catalogue shape of a call site, for what else the same call carries (content, headers). */
  readonly shape?: MethodShape | BindingShape;
}

/** The kinds of node that can be status sites. */
export const SITE_NODE_KINDS: ReadonlySet<NodeKind> = new Set([
  'call',
  'new',
  'assignment',
  'binary',
  'case',
  'logical',
  'property',
  'class-property',
]);

const METHOD_SHAPES_BY_NAME: ReadonlyMap<string, readonly MethodShape[]> = groupBy(METHOD_SHAPES, (shape) => shape.method);
const ASSIGNMENT_SHAPES_BY_PROPERTY: ReadonlyMap<string, readonly AssignmentShape[]> = groupBy(ASSIGNMENT_SHAPES, (shape) => shape.property);
const COMPARISON_OPERATORS = new Set(['===', '!==', '==', '!=']);
/**
 * The calls whose status values may sit in their callee: a membership test's list
 * (`[401, 403].includes(res.status)`) and an expectation's listed subject
 * (`expect([200, 204]).toContain(res.status)`). Every other site reads its values from its
 * own operands, never from the expression it calls.
 */
const RECEIVER_LIST_CALLS: ReadonlySet<string> = new Set([...MEMBERSHIP_METHODS, ...LIST_SUBJECT_MATCHERS]);

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** A shared shape (`x.status(n)`) belongs to the framework its receiver points to. */
function frameworkFor(shape: MethodShape | AssignmentShape, role: ReceiverRole): FrameworkId {
  return role === 'response' || shape.receivers.length === 1 ? shape.framework : ROLE_FRAMEWORKS[role];
}

/**
 * Whether a redirect with `count` arguments leaves out the status: where the status is an
 * argument, one given as a variable (`c.redirect(url, status)`) takes its place, so only calls
 * with the arguments before it (at least the URL) send the default.
 */
function takesNoStatus(redirect: DefaultRedirect, count: number): boolean {
  const insert = redirect.insert;
  return !insert || !('argument' in insert) || count <= Math.max(insert.argument, 1);
}

/** Whether each file's text has the hint, kept per file: completions build a matcher per request. */
const HINTED = new WeakMap<FileFacts, boolean>();

function mayHaveStatuses(file: FileFacts): boolean {
  let hinted = HINTED.get(file);
  if (hinted === undefined) {
    hinted = SITE_HINT.test(file.text);
    HINTED.set(file, hinted);
  }
  return hinted;
}

/** Whether each file imports a server module, kept per file for the same reason. */
const SERVING = new WeakMap<FileFacts, boolean>();

function importsServerModule(file: FileFacts): boolean {
  let serving = SERVING.get(file);
  if (serving === undefined) {
    serving = SERVER_MODULES.some((module) => file.modules.has(module));
    SERVING.set(file, serving);
  }
  return serving;
}

/** How a matcher is set up besides its syntax and file. */
export interface MatcherOptions<N extends object> {
  /**
   * A matcher of the same file whose syntax answers every question about receivers as this
   * one's does (it may differ in values only); its receivers' roles, kept per parameter, are
   * then shared instead of found again.
   */
  readonly sameReceivers?: StatusMatcher<N>;
  /**
   * Whether each node's answer is kept (the default). The linter asks about a node once per
   * rule; an editor asks about a node once per version of the file, and keeping an answer for
   * every node it met costs more than finding the few it meets again (tsserver, 20,000 lines).
   */
  readonly keepSites?: boolean;
}

/** Site search stops at these: a status and its site never sit on opposite sides of one. */
const BOUNDARY_KINDS: ReadonlySet<NodeKind> = new Set(['statement', 'return', 'function']);

/**
 * Decides which nodes of one file are status sites, from what a front end's `SyntaxFacts`
 * says of them; answers are cached per node, so several rules or editor requests share one
 * recognition pass.
 *
 * Loops on the way of a single question (`siteOfValue`, what a hover asks) index their lists
 * instead of `for…of` or destructuring them: a hover meets most of this code a few thousand
 * times before V8 optimises it, and unoptimised iteration goes through the iterator protocol.
 */
export class StatusMatcher<N extends object> implements AssertionContext<N> {
  readonly isServerFile: boolean;
  /** False when the file's text holds none of the catalogue's words: it has no status site. */
  readonly mayHaveStatuses: boolean;
  private readonly roles: ReceiverRoles<N>;
  /** A `Map`, not a `WeakMap`: the matcher is of one file and goes with its nodes, and weak entries cost the collector more. */
  private readonly sites: Map<N, MatchedSite<N> | null> | undefined;
  /** The last call read: its look (`mayBeSite`) and its classification ask about the same call in turn. */
  private lastCall: N | undefined;
  private lastCallFacts: CallFacts<N> | undefined;

  constructor(
    readonly syntax: SyntaxFacts<N>,
    readonly file: FileFacts,
    { sameReceivers, keepSites = true }: MatcherOptions<N> = {},
  ) {
    this.isServerFile = importsServerModule(file);
    this.mayHaveStatuses = mayHaveStatuses(file);
    this.roles = sameReceivers?.roles ?? new ReceiverRoles(syntax, file);
    this.sites = keepSites ? new Map() : undefined;
  }

  private called(node: N): CallFacts<N> {
    if (this.lastCall !== node || !this.lastCallFacts) {
      this.lastCall = node;
      this.lastCallFacts = callFacts(this.syntax, node);
    }
    return this.lastCallFacts;
  }

  private importsAny(modules: readonly string[]): boolean {
    return modules.some((module) => this.file.modules.has(module));
  }

  /** The roles a receiver expression has (`res` → response, `reply.raw` → response). */
  receiverRoles(node: N): ReadonlySet<ReceiverRole> {
    return this.roles.of(node);
  }

  /** Whether a call or construction is one of a framework's helpers (`Response.json`, `createError`). */
  isFrameworkHelper(node: N): boolean {
    return this.bindingShape(node) !== undefined;
  }

  /** The status site a node forms, if any. */
  siteOf(node: N): MatchedSite<N> | undefined {
    if (!this.mayBeSite(node)) return undefined;
    const { sites } = this;
    if (!sites) return this.classify(node);
    let site = sites.get(node);
    if (site === undefined) {
      site = this.classify(node) ?? null;
      sites.set(node, site);
    }
    return site ?? undefined;
  }

  /**
   * A redirect call that names no status, so that it sends its framework's default: a helper
   * whose shape says so (`Response.redirect(url)`), or a redirect method of a receiver whose
   * role is known (`res.redirect(url)`, `ctx.redirect(url)`; a bare `x.redirect(url)` is not).
   */
  defaultRedirectOf(node: N): DefaultRedirectSite<N> | undefined {
    const { syntax } = this;
    if (syntax.kind(node) !== 'call' || !DEFAULT_REDIRECT_NAMES.has(this.called(node).name ?? '')) return undefined;
    const args = syntax.args(node);
    if (args.some((argument) => syntax.kind(argument) === 'spread' || this.statusValuesOnly(argument).length > 0)) return undefined;
    // A helper reached through an import or a global is what it is (`NextResponse.redirect(url)` answers 307), whatever its receiver looks like.
    const shape = this.bindingShape(node);
    if (shape) {
      if (shape.kind !== 'redirect' || !shape.defaultRedirect || this.bindingSite(node, shape)) return undefined;
      return takesNoStatus(shape.defaultRedirect, args.length) ? { node, framework: shape.framework, redirect: shape.defaultRedirect } : undefined;
    }
    const { method } = this.called(node);
    if (method && DEFAULT_REDIRECT_METHODS.has(method.name)) {
      // A specific role (a Fastify reply) decides before the generic `response` any `res` is.
      const roles = [...this.roles.of(method.receiver)].sort((first, second) => Number(first === 'response') - Number(second === 'response'));
      for (const role of roles) {
        const framework = ROLE_FRAMEWORKS[role];
        const redirect = redirectDefault(framework, method.name);
        if (redirect) return takesNoStatus(redirect, args.length) ? { node, framework, redirect, receiver: method.receiver } : undefined;
      }
    }
    return undefined;
  }

  /**
   * The site a value belongs to: the outermost site among its close ancestors whose values
   * include it (`res.status(ok ? 200 : 404)` for the `404`).
   */
  siteOfValue(valueNode: N): { readonly site: MatchedSite<N>; readonly value: MatchedValue<N> } | undefined {
    const { syntax } = this;
    const candidates: N[] = [];
    for (let child = valueNode, node = syntax.parent(valueNode); node; child = node, node = syntax.parent(node)) {
      const kind = syntax.kind(node);
      if (BOUNDARY_KINDS.has(kind)) break;
      if ((kind === 'call' || kind === 'new') && syntax.callee(node) === child) {
        // The value is in what is called (`res.status(404)` of `res.status(404).json(…)`): only
        // a call that reads its receiver's list can take it, and nothing around that call can.
        if (RECEIVER_LIST_CALLS.has(calledName(syntax, node) ?? '')) candidates.push(node);
        break;
      }
      if (SITE_NODE_KINDS.has(kind)) candidates.push(node);
    }
    for (let index = candidates.length - 1; index >= 0; index--) {
      const site = this.siteOf(candidates[index]!);
      if (!site) continue;
      const { values } = site;
      for (let at = 0; at < values.length; at++) if (values[at]!.node === valueNode) return { site, value: values[at]! };
    }
    return undefined;
  }

  /**
   * A quick look at the node alone (operator, key, name) that rules out most nodes before
   * the cache or the classification; every rule asks about every such node.
   */
  private mayBeSite(node: N): boolean {
    const { syntax } = this;
    switch (syntax.kind(node)) {
      case 'call': {
        const { calleeKind, name = '' } = this.called(node);
        if (CALL_NAMES_OF_INTEREST.has(name) || (calleeKind === 'identifier' && SHAPES_CALLED_BY_NAME.has(name))) return true;
        return syntax.trackedReference(node) !== undefined || (calleeKind === 'member' && this.errorBuilderClass(node) !== undefined);
      }
      case 'new':
        return this.bindingShape(node) !== undefined || ERROR_CLASS_PATTERN.test(lastName(syntax, syntax.callee(node)) ?? '');
      case 'assignment': {
        const target = syntax.left(node);
        return syntax.operator(node) === '=' && syntax.kind(target) === 'member' && ASSIGNMENT_SHAPES_BY_PROPERTY.has(syntax.name(target) ?? '');
      }
      case 'binary':
        return COMPARISON_OPERATORS.has(syntax.operator(node));
      case 'logical': {
        const operator = syntax.operator(node);
        return operator === '||' || operator === '??';
      }
      case 'case':
        return syntax.caseTest(node) !== undefined;
      case 'property':
      case 'class-property':
        return STATUS_OBJECT_KEYS.includes(syntax.key(node) ?? '');
      default:
        return false;
    }
  }

  private classify(node: N): MatchedSite<N> | undefined {
    switch (this.syntax.kind(node)) {
      case 'call':
        return this.callSite(node);
      case 'new':
        return this.constructionSite(node);
      case 'assignment':
        return this.assignmentSite(node);
      case 'binary':
        return this.comparisonSite(node);
      case 'case':
        return this.switchCaseSite(node);
      case 'logical':
        return this.fallbackSite(node);
      case 'property':
        return this.objectPropertySite(node);
      case 'class-property':
        return this.classPropertySite(node);
      default:
        return undefined;
    }
  }

  private site(node: N, framework: FrameworkId, kind: SiteKind, values: MatchedValue<N>[], shape?: MethodShape | BindingShape): MatchedSite<N> {
    return shape ? { node, framework, kind, values, shape } : { node, framework, kind, values };
  }

  /** A catalogue helper reached through the file's imports or globals, or auto-imported by name. */
  private bindingShape(node: N): BindingShape | undefined {
    const reference = this.syntax.trackedReference(node);
    if (reference?.type === 'shape') return reference.shape;
    return this.syntax.kind(node) === 'call' ? this.shapeCalledByName(node) : undefined;
  }

  /** `setResponseStatus(event, 201)` auto-imported by Nuxt; `status(404)` taken from an Elysia handler's context. */
  private shapeCalledByName(node: N): BindingShape | undefined {
    const { callee, calleeKind, name = '' } = this.called(node);
    if (calleeKind !== 'identifier') return undefined;
    const shapes = SHAPES_CALLED_BY_NAME.get(name);
    return shapes?.find((shape) => {
      if (shape.contextFunction && shape.source.type === 'module' && this.importsAny(shape.source.modules)) return true;
      return shape.autoImported === true && this.syntax.isUndeclared(callee);
    });
  }

  private argumentValues(args: readonly N[], specs: readonly StatusArgument[], initProperties: readonly string[]): MatchedValue<N>[] | undefined {
    for (let index = 0; index < specs.length; index++) {
      const spec = specs[index]!;
      const argument = args[spec.index];
      if (!argument || this.syntax.kind(argument) === 'spread') continue;
      // `new HTTPError('Not found', { status: 404 })`: a message where an init may also go.
      if (spec.init && this.isMessage(argument)) continue;
      const values = spec.init ? resolveInitValues(this.syntax, argument, initProperties) : resolveValues(this.syntax, argument);
      if (spec.onlyNumeric && !values.some((value) => value.code !== undefined)) continue;
      return values;
    }
    return undefined;
  }

  private isMessage(argument: N): boolean {
    const expression = this.syntax.unwrap(argument);
    const kind = this.syntax.kind(expression);
    return kind === 'template' || (kind === 'string' && !isStatusText(this.syntax, expression));
  }

  /**
   * `new HttpException({ status: 403, error }, 403)`, `error(404, { status, message })`: an
   * object handed to a framework helper where no status goes is the body it sends.
   */
  private isHelperBody(object: N): boolean {
    const value = this.syntax.outermost(object);
    const call = this.syntax.parent(value);
    if (!call) return false;
    const kind = this.syntax.kind(call);
    if (kind !== 'call' && kind !== 'new') return false;
    const shape = this.bindingShape(call);
    const index = this.syntax.args(call).indexOf(value);
    return shape !== undefined && index >= 0 && !shape.statusArguments.some((argument) => argument.index === index && argument.init);
  }

  private bindingSite(node: N, shape: BindingShape): MatchedSite<N> | undefined {
    const values = this.argumentValues(this.syntax.args(node), shape.statusArguments, shape.initProperties ?? ['status']);
    return values && values.length > 0 ? this.site(node, shape.framework, shape.kind, values, shape) : undefined;
  }

  private callSite(node: N): MatchedSite<N> | undefined {
    const shape = this.bindingShape(node);
    if (shape) return this.bindingSite(node, shape);
    const { name, method } = this.called(node);
    if (name === undefined) return undefined;
    const assertion =
      this.assertionSite(node, name, method) ??
      (method && MEMBERSHIP_METHODS.includes(name) ? this.membershipSite(node, method) : undefined) ??
      (FALLBACK_FUNCTIONS.includes(name) ? this.fallbackCallSite(node) : undefined);
    if (assertion) return assertion;
    if (!method) return undefined;
    const candidates = METHOD_SHAPES_BY_NAME.get(method.name);
    if (candidates) {
      for (let index = 0; index < candidates.length; index++) {
        const site = this.methodSite(node, method.receiver, candidates[index]!);
        if (site) return site;
      }
    }
    return this.errorBuilderSite(node);
  }

  /** `[401, 403].includes(res.status)`: the listed codes are compared with a received status. */
  private membershipSite(node: N, method: MethodCall<N>): MatchedSite<N> | undefined {
    const { syntax } = this;
    const list = syntax.unwrap(method.receiver);
    const [first] = syntax.args(node);
    if (syntax.kind(list) !== 'array' || !first || !this.isStatusExpression(first)) return undefined;
    const values = syntax.elements(list).flatMap((element) => (element && syntax.kind(element) !== 'spread' ? this.receivedValuesOnly(element) : []));
    return values.length > 0 ? this.site(node, 'client', 'compare', values) : undefined;
  }

  /** `_.defaultTo(err.status, 500)`: the fallback of a status, as `err.status ?? 500` is. */
  private fallbackCallSite(node: N): MatchedSite<N> | undefined {
    const [status, fallback] = this.syntax.args(node);
    if (!status || !fallback || !this.isStatusExpression(status)) return undefined;
    const values = this.statusValuesOnly(fallback);
    return values.length > 0 ? this.site(node, 'error-object', 'fallback', values) : undefined;
  }

  /**
   * `HttpError.fromStatus(404)`, `AppError.withStatusCode(544, …)`: a static builder of an error
   * class whose name speaks of a status (`TimeoutError.after(500)` takes milliseconds).
   */
  private errorBuilderClass(node: N): string | undefined {
    const { syntax } = this;
    const { method } = this.called(node);
    if (!method || syntax.kind(method.receiver) !== 'identifier') return undefined;
    const name = syntax.name(method.receiver) ?? '';
    if (!ERROR_CLASS_PATTERN.test(name) || BUILT_IN_ERROR_CLASSES.has(name)) return undefined;
    return /status|code|http/i.test(method.name) ? name : undefined;
  }

  private errorBuilderSite(node: N): MatchedSite<N> | undefined {
    if (this.errorBuilderClass(node) === undefined) return undefined;
    const values = this.errorArgumentValues(this.syntax.args(node));
    return values.length > 0 ? this.site(node, 'error-object', 'error', values) : undefined;
  }

  /** Statuses among an error's arguments: numbers 100–599 and library members, not local constants. */
  private errorArgumentValues(args: readonly N[]): MatchedValue<N>[] {
    return args
      .filter((argument) => {
        const kind = this.syntax.kind(argument);
        return kind !== 'spread' && kind !== 'object';
      })
      .flatMap((argument) => resolveValues(this.syntax, argument))
      .filter((value) => isStatusCodeValue(value) && value.source !== 'constant');
  }

  private methodSite(node: N, receiver: N, shape: MethodShape): MatchedSite<N> | undefined {
    if (shape.modules && !this.importsAny(shape.modules)) return undefined;
    const values = this.argumentValues(this.syntax.args(node), shape.statusArguments, ['status']);
    if (!values || values.length === 0) return undefined;
    const role = this.matchingRole(receiver, shape.receivers);
    if (role) return this.site(node, frameworkFor(shape, role), shape.kind, values, shape);
    const evidence = shape.anyReceiver || this.hasResponseEvidence(node, shape);
    if (evidence && values.some(isStatusCodeValue)) return this.site(node, shape.framework, shape.kind, values, shape);
    return undefined;
  }

  /**
   * The role that decides the framework: a specific one (a Fastify reply, by its handler or
   * its name) wins over the generic `response` that any `res` is taken to be.
   */
  private matchingRole(receiver: N, wanted: readonly ReceiverRole[]): ReceiverRole | undefined {
    const roles = this.roles.of(receiver);
    let generic: ReceiverRole | undefined;
    for (let index = 0; index < wanted.length; index++) {
      const role = wanted[index]!;
      if (!roles.has(role)) continue;
      if (role !== 'response') return role;
      generic = role;
    }
    return generic;
  }

  /** `x.status(404).json(…)`, or a module imported by the file that makes such calls HTTP (see `evidenceModules`). */
  private hasResponseEvidence(node: N, shape: MethodShape): boolean {
    const { syntax } = this;
    const parent = syntax.parent(node);
    const grandparent = parent && syntax.parent(parent);
    const followedBySend =
      parent !== undefined &&
      syntax.kind(parent) === 'member' &&
      syntax.unwrap(syntax.object(parent)) === node &&
      SEND_METHODS.has(syntax.name(parent) ?? '') &&
      grandparent !== undefined &&
      syntax.kind(grandparent) === 'call';
    if (followedBySend) return true;
    return shape.evidenceModules ? this.importsAny(shape.evidenceModules) : this.isServerFile;
  }

  private constructionSite(node: N): MatchedSite<N> | undefined {
    const shape = this.bindingShape(node);
    if (shape) return this.bindingSite(node, shape);
    const name = lastName(this.syntax, this.syntax.callee(node));
    if (name === undefined || !ERROR_CLASS_PATTERN.test(name) || BUILT_IN_ERROR_CLASSES.has(name)) return undefined;
    const values = this.errorArgumentValues(this.syntax.args(node));
    return values.length > 0 ? this.site(node, 'error-object', 'error', values) : undefined;
  }

  private assignmentSite(node: N): MatchedSite<N> | undefined {
    const { syntax } = this;
    const target = syntax.left(node);
    if (syntax.operator(node) !== '=' || syntax.kind(target) !== 'member') return undefined;
    const property = syntax.name(target);
    if (property === undefined) return undefined;
    const values = resolveValues(syntax, syntax.right(node));
    const shapes = ASSIGNMENT_SHAPES_BY_PROPERTY.get(property) ?? [];
    // A receiver's role decides first (`err.statusCode = 422` is an error's), then a name
    // that says HTTP on any receiver (`x.statusCode = 404`).
    for (const shape of shapes) {
      const role = this.matchingRole(syntax.object(target), shape.receivers);
      if (role) return this.site(node, frameworkFor(shape, role), shape.kind, values);
    }
    const anyReceiver = values.some(isStatusCodeValue) ? shapes.find((shape) => shape.anyReceiver) : undefined;
    return anyReceiver ? this.site(node, anyReceiver.framework, anyReceiver.kind, values) : undefined;
  }

  /** `response.status`, `res.statusCode`, `status`, `response.status()`: a received status. */
  isStatusExpression(node: N): boolean {
    const { syntax } = this;
    const expression = syntax.unwrap(node);
    switch (syntax.kind(expression)) {
      case 'logical': {
        // `err.status || err.statusCode || 500`: the fallback of a chain of statuses.
        const operator = syntax.operator(expression);
        return (operator === '||' || operator === '??') && this.isStatusExpression(syntax.left(expression)) && this.isStatusExpression(syntax.right(expression));
      }
      case 'member':
        return STATUS_PROPERTIES.includes(syntax.name(expression) ?? '') && !this.isPayloadField(expression);
      case 'identifier':
        return STATUS_VARIABLE_PATTERN.test(syntax.name(expression) ?? '');
      case 'call':
        return syntax.args(expression).length === 0 && methodCall(syntax, expression)?.name === 'status';
      default:
        return false;
    }
  }

  /** `res.data.meta.status`, `res.body.status`: a field of the reply's payload. */
  private isPayloadField(member: N): boolean {
    const { syntax } = this;
    for (let object = syntax.unwrap(syntax.object(member)); syntax.kind(object) === 'member'; object = syntax.unwrap(syntax.object(object))) {
      if (PAYLOAD_MEMBERS.has(syntax.name(object) ?? '')) return true;
    }
    return false;
  }

  /** The codes of a list literal: `[200, 204]`. */
  listedValues(node: N): MatchedValue<N>[] {
    const list = this.syntax.unwrap(node);
    if (this.syntax.kind(list) !== 'array') return [];
    return this.syntax.elements(list).flatMap((element) => (element && this.syntax.kind(element) !== 'spread' ? this.statusValuesOnly(element) : []));
  }

  statusValuesOnly(node: N): MatchedValue<N>[] {
    return resolveValues(this.syntax, node).filter((value) => isStatusCodeValue(value) || value.source === 'string');
  }

  /**
   * Values compared with a received status: any three-digit number, since clients meet
   * vendor codes beyond 599 (LinkedIn's 999); small numbers are some other status field.
   */
  private receivedValuesOnly(node: N): MatchedValue<N>[] {
    return resolveValues(this.syntax, node).filter(
      (value) => value.code !== undefined && Number.isInteger(value.code) && value.code >= 100 && value.code <= 999,
    );
  }

  private comparisonSite(node: N): MatchedSite<N> | undefined {
    const { syntax } = this;
    if (!COMPARISON_OPERATORS.has(syntax.operator(node))) return undefined;
    const left = syntax.left(node);
    const right = syntax.right(node);
    const other = this.isStatusExpression(left) ? right : this.isStatusExpression(right) ? left : undefined;
    if (!other) return undefined;
    const values = this.receivedValuesOnly(other);
    return values.length > 0 ? this.site(node, 'client', 'compare', values) : undefined;
  }

  private switchCaseSite(node: N): MatchedSite<N> | undefined {
    const test = this.syntax.caseTest(node);
    if (!test || !this.isStatusExpression(this.syntax.discriminant(node))) return undefined;
    const values = this.receivedValuesOnly(test);
    return values.length > 0 ? this.site(node, 'client', 'compare', values) : undefined;
  }

  private fallbackSite(node: N): MatchedSite<N> | undefined {
    const operator = this.syntax.operator(node);
    if ((operator !== '||' && operator !== '??') || !this.isStatusExpression(this.syntax.left(node))) return undefined;
    const values = this.statusValuesOnly(this.syntax.right(node));
    return values.length > 0 ? this.site(node, 'error-object', 'fallback', values) : undefined;
  }

  private objectPropertySite(node: N): MatchedSite<N> | undefined {
    const { syntax } = this;
    const object = syntax.parent(node);
    if (!object || syntax.kind(object) !== 'object' || isDataPayload(syntax, object) || this.isHelperBody(object)) return undefined;
    const key = syntax.key(node);
    const value = syntax.value(node);
    if (key === undefined || !value || !STATUS_OBJECT_KEYS.includes(key)) return undefined;
    // A status written as text counts only where an object is answered (returned, handed to a
    // Lambda callback): `{ statusCode: '401' }` is right in AWS CDK's gateway settings.
    const answered = isAnsweredObject(syntax, object);
    const values = this.statusValuesOnly(value).filter((candidate) => candidate.source !== 'string' || (key === 'statusCode' && answered));
    if (values.length === 0) return undefined;
    return this.site(node, 'response-object', isInTestMatcher(syntax, object) ? 'assert' : 'set', values);
  }

  private classPropertySite(node: N): MatchedSite<N> | undefined {
    const key = this.syntax.key(node);
    const value = this.syntax.value(node);
    const field = this.syntax.classField(node);
    if (!value || key === undefined || !STATUS_OBJECT_KEYS.includes(key) || field.isStatic) return undefined;
    const names = [field.className, field.superClassName];
    if (!names.some((name) => name !== undefined && ERROR_CLASS_PATTERN.test(name))) return undefined;
    const values = this.statusValuesOnly(value);
    return values.length > 0 ? this.site(node, 'error-object', 'error', values) : undefined;
  }

  private assertionSite(node: N, name: string, method: MethodCall<N> | undefined): MatchedSite<N> | undefined {
    const values = assertedValues(this, node, name, method?.receiver);
    return values && values.length > 0 ? this.site(node, 'test', 'assert', values) : undefined;
  }
}

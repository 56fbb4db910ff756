import { HANDLER_REGISTRATIONS, RECEIVER_MEMBERS, RECEIVERS, lookupByName, type DerivedReceiver } from '../index';
import type { HandlerRegistration, ReceiverRole } from '../types';
import type { ParameterAt, SyntaxFacts, TreeFacts } from './syntax';
import { calledName, methodCall } from './values';

/** What a receiver's role depends on besides its syntax. */
export interface ReceiverFile {
  /** Module specifiers the file imports or requires. */
  readonly modules: ReadonlySet<string>;
}

function importsAny(file: ReceiverFile, modules: readonly string[]): boolean {
  return modules.some((module) => file.modules.has(module));
}

/** Whether a receiver's names and types count in this file (see `onlyInItsFiles`, `yieldsTo`). */
function countsInFile(receiver: DerivedReceiver, file: ReceiverFile): boolean {
  if (receiver.requiredModules && !importsAny(file, receiver.requiredModules)) return false;
  return !importsAny(file, receiver.yieldingModules);
}

/** An answer about a name that depends only on the file, computed once per file and name. */
function perFileAndName<T>(cache: WeakMap<ReceiverFile, Map<string, T>>, file: ReceiverFile, name: string, compute: () => T): T {
  let byName = cache.get(file);
  if (!byName) {
    byName = new Map();
    cache.set(file, byName);
  }
  let answer = byName.get(name);
  if (answer === undefined) {
    answer = compute();
    byName.set(name, answer);
  }
  return answer;
}

/** Roles by name, kept per file: every call and member asks, and a file has few names. */
const NAME_ROLES = new WeakMap<ReceiverFile, Map<string, ReceiverRole[]>>();

function rolesFromName(name: string, file: ReceiverFile): ReceiverRole[] {
  return perFileAndName(NAME_ROLES, file, name, () => namedRoles(name, file));
}

function namedRoles(name: string, file: ReceiverFile): ReceiverRole[] {
  return RECEIVERS.filter(
    (receiver) => receiver.namePattern.test(name) && (receiver.onlyInItsFiles?.exceptNames?.test(name) || countsInFile(receiver, file)),
  ).map((receiver) => receiver.role);
}

const NO_ROLES: readonly ReceiverRole[] = [];

function rolesFromType(name: string, file: ReceiverFile): readonly ReceiverRole[] {
  return RECEIVERS.filter((receiver) => receiver.typePattern.test(name) && countsInFile(receiver, file)).map((receiver) => receiver.role);
}

/** The name of the function that receives `fn` as an argument: `app.get(…, fn)` → `get`. */
function registrationMethod<N extends object>(syntax: SyntaxFacts<N>, fn: N): string | undefined {
  const call = syntax.parent(fn);
  if (!call || syntax.kind(call) !== 'call' || !syntax.args(call).includes(syntax.outermost(fn))) return undefined;
  return calledName(syntax, call);
}

/** The registrations of each method name, in the order of `HANDLER_REGISTRATIONS`. */
const REGISTRATIONS_BY_METHOD: ReadonlyMap<string, readonly HandlerRegistration[]> = (() => {
  const byMethod = new Map<string, HandlerRegistration[]>();
  for (const registration of HANDLER_REGISTRATIONS) {
    for (const method of new Set(registration.methods)) {
      const registrations = byMethod.get(method);
      if (registrations) registrations.push(registration);
      else byMethod.set(method, [registration]);
    }
  }
  return byMethod;
})();

const NO_REGISTRATIONS: readonly HandlerRegistration[] = [];

/** The registrations of a method name that count in a file (those of modules it imports), kept per file. */
const FILE_REGISTRATIONS = new WeakMap<ReceiverFile, Map<string, readonly HandlerRegistration[]>>();

function registrationsIn(file: ReceiverFile, method: string): readonly HandlerRegistration[] {
  return perFileAndName(FILE_REGISTRATIONS, file, method, () =>
    (REGISTRATIONS_BY_METHOD.get(method) ?? NO_REGISTRATIONS).filter((registration) => !registration.modules || importsAny(file, registration.modules)),
  );
}

/** The role a handler's parameter has by its position in a registered handler. */
function roleFromRegistration<N extends object>(syntax: SyntaxFacts<N>, fn: N, index: number, arity: number, file: ReceiverFile): ReceiverRole | undefined {
  const method = registrationMethod(syntax, fn);
  if (method === undefined) return undefined;
  for (const registration of registrationsIn(file, method)) {
    if (registration.arity === undefined || registration.arity === arity) return registration.parameterRoles[index];
  }
  return undefined;
}

/**
 * What a parameter is: by its type annotation where that names a receiver (`reply: Response`
 * is Express's response, whatever its name), else by its name; and by its position in a
 * registered handler.
 */
function rolesOfParameter<N extends object>(syntax: SyntaxFacts<N>, { fn, index, arity, facts }: ParameterAt<N>, file: ReceiverFile): Set<ReceiverRole> {
  const roles = new Set(facts.typeName === undefined ? NO_ROLES : rolesFromType(facts.typeName, file));
  if (roles.size === 0 && facts.name !== undefined) for (const role of rolesFromName(facts.name, file)) roles.add(role);
  const registered = roleFromRegistration(syntax, fn, index, arity, file);
  if (registered !== undefined) roles.add(registered);
  return roles;
}

/** The roles of a function's parameter, read from the function itself without a scope lookup. */
export function parameterRoles<N extends object>(syntax: SyntaxFacts<N>, fn: N, index: number, file: ReceiverFile): ReadonlySet<ReceiverRole> {
  const parameters = syntax.parameters(fn);
  return rolesOfParameter(syntax, { fn, index, arity: parameters.length, facts: parameters[index] ?? { name: undefined, typeName: undefined } }, file);
}

/** The start of a method chain: `res` in `res.status(201).location(u)`. */
export function chainRoot<N extends object>(syntax: TreeFacts<N>, node: N): N {
  let current = syntax.unwrap(node);
  for (;;) {
    if (syntax.kind(current) !== 'call') return current;
    const method = methodCall(syntax, current);
    if (!method) return current;
    current = syntax.unwrap(method.receiver);
  }
}

/**
 * What receivers are, by their name, the parameter they are, their type annotation, or the
 * member they were read from (`reply.raw`, `ctx.response`, `event.res`). A parameter's roles
 * are kept per function and position, a name's per name: a handler's `res` is met in many
 * calls.
 */
export class ReceiverRoles<N extends object> {
  // `Map`s, not `WeakMap`s: they live as long as the file's matcher and its nodes, and weak
  // entries cost the collector more on every pass.
  private readonly byParameter = new Map<N, ReadonlySet<ReceiverRole>[]>();
  private readonly byName = new Map<string, ReadonlySet<ReceiverRole>>();

  constructor(
    private readonly syntax: SyntaxFacts<N>,
    private readonly file: ReceiverFile,
  ) {}

  of(node: N): ReadonlySet<ReceiverRole> {
    const { syntax } = this;
    const root = chainRoot(syntax, node);
    const kind = syntax.kind(root);
    if (kind === 'member') {
      const roles = new Set<ReceiverRole>();
      const name = syntax.name(root);
      const viaMember = lookupByName(RECEIVER_MEMBERS, name);
      if (viaMember) roles.add(viaMember);
      if (name !== undefined) for (const role of rolesFromName(name, this.file)) roles.add(role);
      return roles;
    }
    return kind === 'identifier' ? this.ofIdentifier(root) : new Set();
  }

  private ofIdentifier(identifier: N): ReadonlySet<ReceiverRole> {
    const parameter = this.syntax.parameterOf(identifier);
    if (!parameter) return this.ofName(this.syntax.name(identifier) ?? '');
    let roles = this.byParameter.get(parameter.fn);
    if (!roles) {
      roles = [];
      this.byParameter.set(parameter.fn, roles);
    }
    return (roles[parameter.index] ??= rolesOfParameter(this.syntax, parameter, this.file));
  }

  private ofName(name: string): ReadonlySet<ReceiverRole> {
    let roles = this.byName.get(name);
    if (!roles) {
      roles = new Set(rolesFromName(name, this.file));
      this.byName.set(name, roles);
    }
    return roles;
  }
}

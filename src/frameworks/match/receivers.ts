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

/**
 * A set of roles as a mask of one bit per role: a receiver's roles are one of few sets, so
 * each set is built once (`roleSet`) and shared, rather than built for every receiver met.
 */
type RoleMask = number;

const ROLE_BITS = new Map<ReceiverRole, RoleMask>();
const ROLE_SETS: ReadonlySet<ReceiverRole>[] = [];

function bitOf(role: ReceiverRole): RoleMask {
  let bit = ROLE_BITS.get(role);
  if (bit === undefined) {
    bit = 1 << ROLE_BITS.size;
    ROLE_BITS.set(role, bit);
  }
  return bit;
}

function maskOf(roles: readonly ReceiverRole[]): RoleMask {
  let mask = 0;
  for (const role of roles) mask |= bitOf(role);
  return mask;
}

/** The one set of the roles in `mask`. */
function roleSet(mask: RoleMask): ReadonlySet<ReceiverRole> {
  let roles = ROLE_SETS[mask];
  if (!roles) {
    roles = new Set([...ROLE_BITS].filter(([, bit]) => (mask & bit) !== 0).map(([role]) => role));
    ROLE_SETS[mask] = roles;
  }
  return roles;
}

/** Roles by name and by type name, kept per file: every call and member asks, and a file has few names. */
const NAME_ROLES = new WeakMap<ReceiverFile, Map<string, RoleMask>>();
const TYPE_ROLES = new WeakMap<ReceiverFile, Map<string, RoleMask>>();

function rolesFromName(name: string, file: ReceiverFile): RoleMask {
  return perFileAndName(NAME_ROLES, file, name, () =>
    maskOf(
      RECEIVERS.filter(
        (receiver) => receiver.namePattern.test(name) && (receiver.onlyInItsFiles?.exceptNames?.test(name) || countsInFile(receiver, file)),
      ).map((receiver) => receiver.role),
    ),
  );
}

function rolesFromType(name: string, file: ReceiverFile): RoleMask {
  return perFileAndName(TYPE_ROLES, file, name, () =>
    maskOf(RECEIVERS.filter((receiver) => receiver.typePattern.test(name) && countsInFile(receiver, file)).map((receiver) => receiver.role)),
  );
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
  const registrations = registrationsIn(file, method);
  for (let at = 0; at < registrations.length; at++) {
    const registration = registrations[at]!;
    if (registration.arity === undefined || registration.arity === arity) return registration.parameterRoles[index];
  }
  return undefined;
}

/**
 * What a parameter is: by its type annotation where that names a receiver (`reply: Response`
 * is Express's response, whatever its name), else by its name; and by its position in a
 * registered handler.
 */
function rolesOfParameter<N extends object>(syntax: SyntaxFacts<N>, { fn, index, arity, facts }: Omit<ParameterAt<N>, 'node'>, file: ReceiverFile): ReadonlySet<ReceiverRole> {
  let mask = facts.typeName === undefined ? 0 : rolesFromType(facts.typeName, file);
  if (mask === 0 && facts.name !== undefined) mask = rolesFromName(facts.name, file);
  const registered = roleFromRegistration(syntax, fn, index, arity, file);
  if (registered !== undefined) mask |= bitOf(registered);
  return roleSet(mask);
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
 * are kept per parameter, a name's per file and name: a handler's `res` is met in many calls.
 */
export class ReceiverRoles<N extends object> {
  // A `Map`, not a `WeakMap`: it lives as long as the file's matcher and its nodes, and weak
  // entries cost the collector more on every pass.
  private readonly byParameter = new Map<N, ReadonlySet<ReceiverRole>>();

  constructor(
    private readonly syntax: SyntaxFacts<N>,
    private readonly file: ReceiverFile,
  ) {}

  of(node: N): ReadonlySet<ReceiverRole> {
    const { syntax } = this;
    const root = chainRoot(syntax, node);
    const kind = syntax.kind(root);
    if (kind === 'member') {
      const name = syntax.name(root);
      const viaMember = lookupByName(RECEIVER_MEMBERS, name);
      return roleSet((viaMember === undefined ? 0 : bitOf(viaMember)) | (name === undefined ? 0 : rolesFromName(name, this.file)));
    }
    return kind === 'identifier' ? this.ofIdentifier(root) : roleSet(0);
  }

  private ofIdentifier(identifier: N): ReadonlySet<ReceiverRole> {
    const parameter = this.syntax.parameterOf(identifier);
    if (!parameter) return roleSet(rolesFromName(this.syntax.name(identifier) ?? '', this.file));
    let roles = this.byParameter.get(parameter.node);
    if (!roles) {
      roles = rolesOfParameter(this.syntax, parameter, this.file);
      this.byParameter.set(parameter.node, roles);
    }
    return roles;
  }
}

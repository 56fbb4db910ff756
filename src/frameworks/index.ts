/**
 * Where status codes appear in server and client code (see shared/frameworks.md): one
 * definition per framework, and every lookup table the ESLint and TypeScript front ends
 * read, derived from them. Adding a framework is adding its definition to `DEFINITIONS`.
 */
import { CONSTANTS_LIBRARIES } from '../registry';
import { BOOM } from './boom';
import { CLIENT } from './client';
import { ERROR_OBJECT } from './error-object';
import { ELYSIA } from './elysia';
import { EXPRESS } from './express';
import { FASTIFY } from './fastify';
import { FETCH } from './fetch';
import { H3 } from './h3';
import { HAPI } from './hapi';
import { HONO } from './hono';
import { HTTP_ERRORS } from './http-errors';
import { KOA } from './koa';
import { NESTJS } from './nestjs';
import { NEXTJS } from './nextjs';
import { NODE_HTTP } from './node-http';
import { REACT_ROUTER } from './react-router';
import { RESPONSE_OBJECT } from './response-object';
import { RESTIFY } from './restify';
import { SVELTEKIT } from './sveltekit';
import { TEST } from './test';
import type {
  AssertionVocabulary,
  AssignmentShape,
  BindingShape,
  BodilessBehaviour,
  ComparisonVocabulary,
  ContentMethodShape,
  DecoratorVocabulary,
  DefaultRedirect,
  Definable,
  EmptyResponse,
  ErrorVocabulary,
  FrameworkDefinition,
  FrameworkId,
  HandlerRegistration,
  HeaderArgument,
  HeaderMethodShape,
  MethodShape,
  ReceiverRole,
  ReceiverDefinition,
} from './types';
import { STATUS_OBJECT_KEYS, STATUS_VARIABLE_NAMES } from './vocabulary';

export type * from './types';
export * from './vocabulary';
export * from './client-mistakes';

/**
 * Every definition, in priority order: where two could both answer, the earlier one wins.
 * That decides which of two status shapes of the same name is tried first (`METHOD_SHAPES`,
 * `ASSIGNMENT_SHAPES`: Koa's `ctx.status =` before an error's `err.status =`), and, within
 * one group of `HANDLER_REGISTRATIONS`, which registration names a handler's parameters.
 * The servers come first, Express leading as the vocabulary the others share; then the
 * helpers and error libraries; then the families of code that belong to no server (error
 * objects, answered objects, clients, tests).
 */
export const DEFINITIONS = [
  EXPRESS,
  NODE_HTTP,
  FASTIFY,
  KOA,
  HONO,
  NESTJS,
  FETCH,
  NEXTJS,
  SVELTEKIT,
  H3,
  REACT_ROUTER,
  HTTP_ERRORS,
  BOOM,
  HAPI,
  RESTIFY,
  ELYSIA,
  ERROR_OBJECT,
  RESPONSE_OBJECT,
  CLIENT,
  TEST,
] as const;

/** The ids the definitions have; a test holds `FrameworkId` equal to it. */
export type DefinedFrameworkId = (typeof DEFINITIONS)[number]['id'];

/** The frameworks, for docs and tests. */
export const FRAMEWORKS: readonly FrameworkId[] = DEFINITIONS.map((definition) => definition.id);

const BY_ID: ReadonlyMap<FrameworkId, FrameworkDefinition> = new Map(
  DEFINITIONS.map((definition): [FrameworkId, FrameworkDefinition] => [definition.id, definition]),
);

/** The definition of a framework. */
export function frameworkDefinition(id: FrameworkId): FrameworkDefinition {
  const definition = BY_ID.get(id);
  if (!definition) throw new Error(`No framework definition has the id '${id}'.`);
  return definition;
}

/** How messages name a framework: 'Express', 'the Fetch Response constructor'. */
export function frameworkDisplayName(id: FrameworkId): string {
  return frameworkDefinition(id).displayName;
}

/** What the framework does with content on a 1xx/204/205/304 response; undefined where its definition does not say (it sends no content, or nobody checked). */
export function bodilessBehaviour(id: FrameworkId): BodilessBehaviour | undefined {
  return frameworkDefinition(id).bodiless;
}

/** How a fix makes the framework's response send nothing (see `EmptyResponse`); undefined where no fix is known. */
export function emptyResponse(id: FrameworkId): EmptyResponse | undefined {
  return frameworkDefinition(id).emptyResponse;
}

/**
 * A catalogue entry by a name read from user code; own keys only, so that names such as
 * `constructor` or `toString` find nothing rather than `Object.prototype`'s members.
 */
export function lookupByName<Value>(table: Readonly<Record<string, Value>>, name: string | undefined): Value | undefined {
  return name !== undefined && Object.hasOwn(table, name) ? table[name] : undefined;
}

/** The shapes of one kind of every definition, in priority order, each marked with its framework. */
function shapesOf<Shape extends { readonly framework: FrameworkId }>(
  pick: (definition: FrameworkDefinition) => readonly Definable<Shape>[] | undefined,
): Shape[] {
  return DEFINITIONS.flatMap((definition) => (pick(definition) ?? []).map((shape) => ({ framework: definition.id, ...shape }) as Shape));
}

/** One list of every definition's words of one kind, first occurrence kept. */
function wordsOf(pick: (definition: FrameworkDefinition) => readonly string[] | undefined): string[] {
  return [...new Set(DEFINITIONS.flatMap((definition) => pick(definition) ?? []))];
}

/** A table keyed by name, merged from every definition's table of that kind. */
function tableOf<Value>(pick: (definition: FrameworkDefinition) => Readonly<Record<string, Value>> | undefined): Record<string, Value> {
  return Object.assign({}, ...DEFINITIONS.map((definition) => pick(definition) ?? {}));
}

/** Every definition's vocabulary of one kind, as one list of each field. */
function vocabularyOf<Vocabulary extends object>(pick: (definition: FrameworkDefinition) => Vocabulary | undefined) {
  const vocabularies = DEFINITIONS.flatMap((definition) => {
    const vocabulary = pick(definition);
    return vocabulary === undefined ? [] : [vocabulary];
  });
  return (field: { [Key in keyof Vocabulary]: Vocabulary[Key] extends readonly string[] ? Key : never }[keyof Vocabulary]): string[] => [
    ...new Set(vocabularies.flatMap((vocabulary) => vocabulary[field] as readonly string[])),
  ];
}

/** A field a derived table needs from one particular definition: its absence is a mistake there. */
function required<Value>(definition: FrameworkDefinition, value: Value | undefined, field: string): Value {
  if (value === undefined) throw new Error(`The ${definition.id} definition has no ${field}.`);
  return value;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternatives(names: Iterable<string>): string {
  return [...new Set(names)].map(escapeRegExp).join('|');
}

// Status shapes.

export const METHOD_SHAPES: readonly MethodShape[] = shapesOf<MethodShape>((definition) => definition.methods);
export const ASSIGNMENT_SHAPES: readonly AssignmentShape[] = shapesOf<AssignmentShape>((definition) => definition.assignments);
export const BINDING_SHAPES: readonly BindingShape[] = shapesOf<BindingShape>((definition) => definition.bindings);

// Receivers.

/** A receiver with what decides where its names count: its framework's modules, and those it yields to. */
export interface DerivedReceiver extends ReceiverDefinition {
  readonly framework: FrameworkId;
  /** Set when names and types count only in files importing one of these. */
  readonly requiredModules?: readonly string[];
  /** Names and types do not count in files importing one of these. */
  readonly yieldingModules: readonly string[];
}

function deriveReceiver(definition: FrameworkDefinition, receiver: ReceiverDefinition): DerivedReceiver {
  const yieldingModules = (receiver.yieldsTo ?? []).flatMap((id) => DEFINITIONS.find((other) => other.id === id)?.modules ?? []);
  return receiver.onlyInItsFiles
    ? { ...receiver, framework: definition.id, requiredModules: definition.modules, yieldingModules }
    : { ...receiver, framework: definition.id, yieldingModules };
}

/** Every receiver role the definitions give, with its framework and where its names count. */
export const RECEIVERS: readonly DerivedReceiver[] = DEFINITIONS.flatMap((definition) =>
  (definition.receivers ?? []).map((receiver) => deriveReceiver(definition, receiver)),
);

/**
 * Names that make an expression a receiver of a given role. Matched against the last
 * name of the expression (`res`, `this.res`, `ctx.response`).
 */
export const RECEIVER_NAME_PATTERNS = Object.fromEntries(RECEIVERS.map((receiver) => [receiver.role, receiver.namePattern])) as Readonly<
  Record<ReceiverRole, RegExp>
>;

/** TypeScript type names that give a parameter a role without type information. */
export const RECEIVER_TYPE_PATTERNS = Object.fromEntries(RECEIVERS.map((receiver) => [receiver.role, receiver.typePattern])) as Readonly<
  Record<ReceiverRole, RegExp>
>;

/** The framework a receiver's role points to, for shapes several frameworks share. */
export const ROLE_FRAMEWORKS = Object.fromEntries(RECEIVERS.map((receiver) => [receiver.role, receiver.framework])) as Readonly<
  Record<ReceiverRole, FrameworkId>
>;

/** Member names that lead from one receiver to another (`reply.raw`, `ctx.response`, `event.res`). */
export const RECEIVER_MEMBERS: Readonly<Record<string, ReceiverRole>> = tableOf((definition) => definition.receiverMembers);

/**
 * How early a registration is tried: one restricted to an arity (`app.use` with four
 * parameters is an error handler) before one restricted to a framework's files (a Fastify
 * file's `fastify.get` hands a reply), before the generic rest (any `app.get` hands a response).
 */
function registrationTier(registration: HandlerRegistration): number {
  if (registration.arity !== undefined) return 0;
  return registration.modules ? 1 : 2;
}

/**
 * Functions that register handlers, and which parameter of the handler has which role; the
 * first that fits decides, in tiers (`registrationTier`), each tier in the definitions' order.
 */
export const HANDLER_REGISTRATIONS: readonly HandlerRegistration[] = shapesOf<HandlerRegistration>(
  (definition) => definition.handlerRegistrations,
).sort((first, second) => registrationTier(first) - registrationTier(second));

// Modules.

/** Modules that decide between Koa's and Hono's context when a receiver is called `ctx`. */
export const HONO_MODULES: readonly string[] = HONO.modules;

/** Modules whose presence says a `code(…)` call is Fastify's. */
export const FASTIFY_MODULES: readonly string[] = FASTIFY.modules;

/** Modules whose presence makes a file server code: a bare `x.status(404)` there is HTTP. */
export const SERVER_MODULES: readonly string[] = wordsOf((definition) => definition.serverModules);

// Content, headers, redirects.

/** Methods that send content, and where the content is. */
export const CONTENT_METHOD_SHAPES: readonly ContentMethodShape[] = shapesOf<ContentMethodShape>((definition) => definition.contentMethods);

/** Properties whose assignment sends content: Koa's `ctx.body = x`. */
export const CONTENT_PROPERTIES: Readonly<Record<string, readonly ReceiverRole[]>> = DEFINITIONS.reduce<Record<string, ReceiverRole[]>>(
  (table, definition) => {
    for (const [property, roles] of Object.entries(definition.contentProperties ?? {})) table[property] = [...(table[property] ?? []), ...roles];
    return table;
  },
  {},
);

/** Properties whose assignment sets a header: Koa's `ctx.type = t`. */
export const HEADER_PROPERTIES: Readonly<Record<string, readonly { readonly header: string; readonly receivers: readonly ReceiverRole[] }[]>> = DEFINITIONS.reduce<
  Record<string, { readonly header: string; readonly receivers: readonly ReceiverRole[] }[]>
>((table, definition) => {
  for (const [property, setter] of Object.entries(definition.headerProperties ?? {})) table[property] = [...(table[property] ?? []), setter];
  return table;
}, {});

/** Methods that set headers on a receiver. */
export const HEADER_METHOD_SHAPES: readonly HeaderMethodShape[] = shapesOf<HeaderMethodShape>((definition) => definition.headerMethods);

/** Functions (by imported or global name) that set a header on the response they are given. */
export const HEADER_FUNCTIONS: Readonly<Record<string, HeaderArgument>> = tableOf((definition) => definition.headerFunctions);

/** Methods that redirect, setting Location themselves. */
export const REDIRECT_METHODS: readonly string[] = wordsOf((definition) => definition.redirectMethods);

/** Redirect methods of some framework's receivers that send a default status when called without one (`res.redirect(url)`). */
export const DEFAULT_REDIRECT_METHODS: ReadonlySet<string> = new Set(DEFINITIONS.flatMap((definition) => Object.keys(definition.redirectDefaults ?? {})));

/** The names a redirect with a default status is called by (`redirect`, `sendRedirect`, `Redirect`): any other call is none. */
export const DEFAULT_REDIRECT_NAMES: ReadonlySet<string> = new Set([
  ...DEFAULT_REDIRECT_METHODS,
  ...BINDING_SHAPES.flatMap((shape) => (shape.defaultRedirect ? shape.source.path.slice(-1) : [])),
]);

/** Text without which a file calls no redirect that has a default status. */
export const DEFAULT_REDIRECT_HINT: RegExp = new RegExp(`\\b(?:${alternatives(DEFAULT_REDIRECT_NAMES)})\\s*\\(`);

/** What a receiver of `framework` sends from its redirect `method` called without a status. */
export function redirectDefault(framework: FrameworkId, method: string): DefaultRedirect | undefined {
  return lookupByName(frameworkDefinition(framework).redirectDefaults ?? {}, method);
}

/** Methods of a response that send content; `x.status(404).json(…)` proves `x` is a response. */
export const SEND_METHODS: ReadonlySet<string> = new Set(wordsOf((definition) => definition.responseMethods));

/**
 * Functions whose handler's return value is the response body, sent with the status set
 * elsewhere (h3's `defineEventHandler(() => ({ status: 201, data }))` answers 200).
 */
export const BODY_RETURNING_HANDLER_DEFINERS: ReadonlySet<string> = new Set(wordsOf((definition) => definition.bodyReturningHandlerDefiners));

/** What each framework does with content on a 1xx/204/205/304 response (see frameworks.md). */
export const BODILESS_BEHAVIOUR: Readonly<Partial<Record<FrameworkId, BodilessBehaviour>>> = Object.fromEntries(
  DEFINITIONS.flatMap((definition): [FrameworkId, BodilessBehaviour][] => (definition.bodiless ? [[definition.id, definition.bodiless]] : [])),
);

// Decorators.

const NEST_DECORATORS: DecoratorVocabulary = required(NESTJS, NESTJS.decorators, 'decorators');

/** NestJS method decorators and the HTTP method each one stands for. */
export const NEST_METHOD_DECORATORS: Readonly<Record<string, string>> = NEST_DECORATORS.methods;

/** NestJS decorators that set a header (`@Header('Location', '/x')`) or redirect. */
export const NEST_HEADER_DECORATOR = NEST_DECORATORS.header;
export const NEST_REDIRECT_DECORATOR = NEST_DECORATORS.redirect;

/** Decorators that set a handler's status, in every framework that routes with decorators (`@HttpCode`). */
export const STATUS_DECORATORS: ReadonlySet<string> = new Set(wordsOf((definition) => (definition.decorators ? [definition.decorators.status] : [])));

/** Method decorators whose handlers answer 201 (Created) unless a status decorator says otherwise (`@Post()`). */
export const CREATED_BY_DEFAULT_DECORATORS: ReadonlySet<string> = new Set(wordsOf((definition) => definition.decorators?.createdByDefault));

// Assertions, comparisons, errors.

const assertionWords = vocabularyOf<AssertionVocabulary>((definition) => definition.assertions);
const comparisonWords = vocabularyOf<ComparisonVocabulary>((definition) => definition.comparisons);
const errorWords = vocabularyOf<ErrorVocabulary>((definition) => definition.errors);

/** Test assertions: matchers whose argument is the expected status of the `expect` subject. */
export const ASSERTION_MATCHERS: readonly string[] = [
  ...assertionWords('matchers'),
  // `expect(res.status).toHaveBeenCalledWith(404)`: a status method of a mocked response.
  ...assertionWords('callMatchers'),
];

/** `assert.equal(res.status, 404)`: the second argument is the expected status. */
export const ASSERT_FUNCTIONS: readonly string[] = assertionWords('assertFunctions');

/** Matchers on a mocked method's calls: the subject may be a status method (`reply.code`, `res.sendStatus`). */
export const CALL_MATCHERS: ReadonlySet<string> = new Set(assertionWords('callMatchers'));

/** `expect(res.status).toHaveBeenNthCalledWith(1, 404)`: the status is the second argument. */
export const NTH_CALL_MATCHERS: readonly string[] = assertionWords('nthCallMatchers');

/** `expect([200, 204]).toContain(res.status)`: the subject is the list of codes. */
export const LIST_SUBJECT_MATCHERS: readonly string[] = assertionWords('listSubjectMatchers');

/** `expect(res.status).to.be.oneOf([200, 204])`: the argument is the list of codes. */
export const LIST_ARGUMENT_MATCHERS: readonly string[] = assertionWords('listArgumentMatchers');

/** `[401, 403].includes(res.status)`: membership of a received status in a list of codes. */
export const MEMBERSHIP_METHODS: readonly string[] = comparisonWords('membershipMethods');

/** Properties that hold a received status on a response object (`response.status === 404`). */
export const STATUS_PROPERTIES: readonly string[] = comparisonWords('statusProperties');

/** Members that hold a reply's payload: `res.data.meta.status`, `res.body.status` are fields of it, not the HTTP status. */
export const PAYLOAD_MEMBERS: ReadonlySet<string> = new Set(comparisonWords('payloadMembers'));

/** `_.defaultTo(err.status, 500)`: a status with a fallback, written as a call. */
export const FALLBACK_FUNCTIONS: readonly string[] = errorWords('fallbackFunctions');

/** Class names whose instances carry a status (`new AppError(msg, 404)`); built-in errors excluded. */
export const ERROR_CLASS_PATTERN = new RegExp(`(?:${alternatives(errorWords('classSuffixes'))})$`);
export const BUILT_IN_ERROR_CLASSES: ReadonlySet<string> = new Set(errorWords('builtInClasses'));

/** Variable names that hold a status (`if (status === 404)`, `statusCode || 500`). */
export const STATUS_VARIABLE_PATTERN = new RegExp(`^(?:${alternatives(STATUS_VARIABLE_NAMES)})$`);

// What a file must mention to hold a status site.

/** Names called as methods of an assertion chain or an assert object (`.toBe(`, `.equal(`, `.expect(`). */
const ASSERTION_CALL_NAMES: readonly string[] = [
  ...ASSERTION_MATCHERS,
  ...ASSERT_FUNCTIONS,
  ...assertionWords('assertShorthands'),
  ...assertionWords('expectCalls'),
  ...assertionWords('propertyMatchers'),
];

/**
 * Names under which a call can be a method shape, an assertion, a membership test or a
 * status fallback: a call by any other name is none of these.
 */
export const CALL_NAMES_OF_INTEREST: ReadonlySet<string> = new Set([
  ...METHOD_SHAPES.map((shape) => shape.method),
  ...ASSERTION_CALL_NAMES,
  ...MEMBERSHIP_METHODS,
  ...NTH_CALL_MATCHERS,
  ...LIST_SUBJECT_MATCHERS,
  ...LIST_ARGUMENT_MATCHERS,
  ...FALLBACK_FUNCTIONS,
]);

/** The names a binding is called by: its path, or the name its default export is bound to by convention. */
function bindingNames(shape: BindingShape): string[] {
  return [...shape.source.path.filter((name) => name !== 'default'), ...(shape.localName ? [shape.localName] : [])];
}

/**
 * How a file that uses a constants library names it: by its named export (`StatusCodes`),
 * or, for a default export, by the module it is imported from (`http-status`).
 */
const CONSTANTS_LIBRARY_WORDS: readonly string[] = CONSTANTS_LIBRARIES.map((library) =>
  library.exportName === 'default' ? library.module : library.exportName,
);

/** Modules of the helpers that take a status: a file importing one may call them by any name (`kit.error(…)`, `require('http-errors')(403)`). */
const HELPER_MODULES: readonly string[] = [
  ...new Set(BINDING_SHAPES.flatMap((shape) => (shape.source.type === 'module' ? shape.source.modules : []))),
];

/**
 * Text without which a file has no status site: a method shape or an assertion called
 * (`.status(`), a helper called or constructed (`createError(`, `new Response`), a status
 * property, key or variable, an assertion chain, an error class constructed, a constants
 * library, a helper's module named in quotes. A file that matches none is skipped whole, which is most files of most projects;
 * the rule tests, which cover every shape, fail if a shape is missing here.
 */
export const SITE_HINT: RegExp = new RegExp(
  [
    `\\.(?:${alternatives([...METHOD_SHAPES.map((shape) => shape.method), ...ASSERTION_CALL_NAMES])})\\s*\\(`,
    `(?<![\\w$.])(?:${alternatives([...BINDING_SHAPES.flatMap(bindingNames), ...assertionWords('expectCalls')])})\\s*[(.]`,
    `\\b(?:${alternatives([...STATUS_OBJECT_KEYS, ...STATUS_PROPERTIES, ...STATUS_VARIABLE_NAMES, ...assertionWords('chainProperties')])})\\b`,
    `\\w(?:${alternatives(errorWords('classSuffixes'))})(?:\\.\\w+)?\\s*\\(`,
    alternatives(CONSTANTS_LIBRARY_WORDS),
    `['"\`](?:${alternatives(HELPER_MODULES)})['"\`]`,
  ].join('|'),
);

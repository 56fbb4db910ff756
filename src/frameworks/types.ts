/**
 * The frameworks and families of code the definitions describe, one definition each
 * (`src/frameworks/<id>.ts`); a test holds this union to the ids of `DEFINITIONS`.
 */
export type FrameworkId =
  | 'express'
  | 'node-http'
  | 'fastify'
  | 'koa'
  | 'hono'
  | 'nestjs'
  | 'fetch'
  | 'nextjs'
  | 'sveltekit'
  | 'h3'
  | 'react-router'
  | 'http-errors'
  | 'boom'
  | 'hapi'
  | 'error-object'
  | 'response-object'
  | 'client'
  | 'test'
  | 'restify'
  | 'elysia';

/**
 * What a status site does with its code:
 * - `set`: gives a response its status;
 * - `redirect`: a redirect helper's status;
 * - `error`: an error (thrown or passed on) that a handler turns into a status elsewhere;
 * - `compare`: a client or middleware compares a received status;
 * - `assert`: a test asserts a status;
 * - `fallback`: the default of `err.status || 500`.
 */
export type SiteKind = 'set' | 'redirect' | 'error' | 'compare' | 'assert' | 'fallback';

/** What an expression is taken to be, from its name, its position or its type annotation. */
export type ReceiverRole =
  | 'response'
  | 'reply'
  | 'koa-context'
  | 'hono-context'
  | 'h3-event'
  | 'hapi-toolkit'
  | 'elysia-set'
  | 'error';

/** Where the status sits among a call's arguments. */
export interface StatusArgument {
  /** Argument index. */
  readonly index: number;
  /** True when the argument may also be an init object (`{ status }`). */
  readonly init?: boolean;
  /** True when the argument counts only if it is a number (`redirect(301, url)` vs `redirect(url)`). */
  readonly onlyNumeric?: boolean;
}

/** A method called on a receiver: `res.status(404)`, `reply.code(201)`, `c.json(x, 404)`. */
export interface MethodShape {
  readonly framework: FrameworkId;
  readonly kind: SiteKind;
  readonly method: string;
  readonly statusArguments: readonly StatusArgument[];
  /** Receivers that make the call an HTTP one. */
  readonly receivers: readonly ReceiverRole[];
  /** The method name alone says HTTP (`sendStatus`, `writeHead`): any receiver counts. */
  readonly anyReceiver?: boolean;
  /** The argument that is the response's content, where the same call sends it. */
  readonly content?: ContentArgument;
  /** The shape counts only in files that import one of these (Restify's `res.send(404, body)`). */
  readonly modules?: readonly string[];
  /** The argument that may hold headers for the same response (Hono's `c.json(x, 401, { 'WWW-Authenticate': … })`). */
  readonly headersArgument?: number;
  /** The init argument's property that holds headers (Hono's `c.json(x, { status: 401, headers })`). */
  readonly headersProperty?: string;
  /** Headers the error this call builds carries for the response it becomes (see `ErrorHeaders`). */
  readonly errorHeaders?: ErrorHeaders;
  /**
   * Where no receiver role is known, the call still counts in files that import one of these
   * (a Fastify file's `x.code(404)`); by default, in any server file (`SERVER_MODULES`).
   */
  readonly evidenceModules?: readonly string[];
}

/** Content sent by the same call that sets the status (`c.json(x, 204)`, `new Response(x, init)`). */
export interface ContentArgument {
  readonly index: number;
  /** Serialises whatever it is given, so even `null` becomes content (`Response.json(null)`). */
  readonly serialised?: boolean;
}

/** A property assigned on a receiver: `ctx.status = 404`, `err.statusCode = 422`. */
export interface AssignmentShape {
  readonly framework: FrameworkId;
  readonly kind: SiteKind;
  readonly property: string;
  readonly receivers: readonly ReceiverRole[];
  /** The property name alone says HTTP when the value is a status code (`x.statusCode = 404`). */
  readonly anyReceiver?: boolean;
}

/** Where an imported or global binding comes from. */
export type BindingSource =
  | { readonly type: 'module'; readonly modules: readonly string[]; readonly path: readonly string[] }
  | { readonly type: 'global'; readonly path: readonly string[] };

/**
 * A function, constructor or decorator reached through an import or a global:
 * `new Response(body, { status })`, `createError(404)`, `@HttpCode(204)`.
 */
export interface BindingShape {
  readonly framework: FrameworkId;
  readonly kind: SiteKind;
  readonly source: BindingSource;
  readonly invocation: 'call' | 'construct' | 'call-or-construct';
  readonly statusArguments: readonly StatusArgument[];
  /** Properties of an init object argument that hold the status. */
  readonly initProperties?: readonly string[];
  /** Also recognised by name when used without an import (Nuxt auto-imports h3 helpers). */
  readonly autoImported?: boolean;
  /**
   * Also recognised by name in files that import one of the shape's modules, however it is
   * bound there: a helper that handlers take from their context (Elysia's `({ status }) => status(404)`).
   */
  readonly contextFunction?: boolean;
  /**
   * The name a default export is bound to by convention (`const createError = require('http-errors')`),
   * which the file hint looks for since the path holds only `default`.
   */
  readonly localName?: string;
  /** The argument that is the response's content. */
  readonly content?: ContentArgument;
  /** The init argument's property that holds headers (`{ status, headers }`). */
  readonly headersProperty?: string;
  /** The argument that is the response (or h3 event) the helper acts on. */
  readonly responseArgument?: number;
  /** Headers the error this helper builds carries for the response it becomes (see `ErrorHeaders`). */
  readonly errorHeaders?: ErrorHeaders;
  /** What a redirect helper called with no status sends (see `DefaultRedirect`). */
  readonly defaultRedirect?: DefaultRedirect;
}

/**
 * How an error builder carries headers to the response the error becomes: the property of an
 * options object among its arguments (http-errors' `createError(401, msg, { headers })`, which
 * Express's final handler and Koa's `ctx.onerror` set on the response).
 */
export interface ErrorHeaders {
  readonly property: string;
}

/**
 * The status a redirect helper sends when called without one, and how a fix passes another:
 * - `{ argument }`: as a new argument at that index, the arguments before it kept
 *   (Express `res.redirect(303, url)`, Hono `c.redirect(url, 303)`);
 * - `{ assign }`: by assigning the receiver's property in a statement of its own, which the
 *   helper keeps when it is a redirect status (Koa `ctx.redirect(url); ctx.status = 303;`).
 * Without `insert`, no fix is offered.
 */
export interface DefaultRedirect {
  readonly status: number;
  readonly insert?: { readonly argument: number } | { readonly assign: string };
}

/** A method that sends content on a receiver: `res.json(x)`, `reply.send(x)`, `c.json(x, 201)`. */
export interface ContentMethodShape {
  readonly framework: FrameworkId;
  readonly method: string;
  /** The argument holding the content; absent, `null` or `undefined` means none. */
  readonly contentArgument: number;
  readonly receivers: readonly ReceiverRole[];
}

/** How a method sets headers: one named header, a `(name, value)` pair, or an object of them. */
export type HeaderArgument =
  | { readonly type: 'fixed'; readonly header: string }
  | { readonly type: 'pair'; readonly nameIndex: number }
  | { readonly type: 'object'; readonly index: number }
  | { readonly type: 'pair-or-object'; readonly index: number };

export interface HeaderMethodShape {
  readonly framework: FrameworkId;
  readonly method: string;
  readonly headers: HeaderArgument;
  readonly receivers: readonly ReceiverRole[];
  readonly anyReceiver?: boolean;
}

/** What a framework does with content sent on a response whose status forbids it. */
export type BodilessBehaviour = 'dropped' | 'throws';

/**
 * Functions that register handlers, and which parameter of the handler has which role.
 * `app.get('/x', (req, res) => …)`, `fastify.setErrorHandler((error, request, reply) => …)`.
 */
export interface HandlerRegistration {
  readonly framework: FrameworkId;
  readonly methods: readonly string[];
  /** Role of each parameter by position, for handlers with that many parameters or more. */
  readonly parameterRoles: readonly (ReceiverRole | undefined)[];
  /** Only in files that import one of these modules. */
  readonly modules?: readonly string[];
  /** Only for handlers with exactly this many parameters. */
  readonly arity?: number;
}

/**
 * How a fix makes a response send nothing instead of content its status forbids (the
 * suggestion of no-body-on-bodiless-status). Content that is a plain argument is replaced by
 * `null` where it stands (`c.text(null, 204)`, `new Response(null, init)`), and content
 * assigned to a property is set to `null` (`ctx.body = null`), whatever the framework; what
 * differs between frameworks is how a call that sends content becomes one that sends none:
 * - `{ call }`: the receiver's method that ends the response without content replaces the
 *   sending call, all of its arguments dropped: `res.status(204).json(x)` → `res.status(204).end()`,
 *   `reply.code(204).send(x)` → `reply.code(204).send()`. Only where the status was set
 *   before, by another call: a call that carries the status itself would lose it.
 * - `{ rewriteTo: 'method', method }`: the receiver's `method` is called instead with `null`
 *   content and the call's other arguments kept: `c.json(x, 204)` → `c.body(null, 204)`,
 *   `c.json(x)` after `c.status(204)` → `c.body(null)`.
 * - `{ rewriteTo: 'construct' }`: the callee's object is constructed instead with `null`
 *   content and the other arguments kept: `Response.json(x, init)` → `new Response(null, init)`.
 * A framework without one gets no such fix (SvelteKit's `json(x, { status: 204 })`).
 */
export type EmptyResponse =
  | { readonly call: string }
  | { readonly rewriteTo: 'method'; readonly method: string }
  | { readonly rewriteTo: 'construct' };

/** A receiver role a framework defines: what its handlers are given, known by name or type. */
export interface ReceiverDefinition {
  readonly role: ReceiverRole;
  /** Last names of an expression that make it this receiver (`res`, `this.res`, `ctx.response`). */
  readonly namePattern: RegExp;
  /** TypeScript type names that give a parameter this role without type information. */
  readonly typePattern: RegExp;
  /**
   * Names and types give the role only in files that import the framework (a `ctx` is Hono's
   * context only in a Hono file), except names that match this pattern anywhere (Hono's `c`).
   */
  readonly onlyInItsFiles?: { readonly exceptNames?: RegExp };
  /** In files that import these frameworks, their receivers claim the names instead (a Hono file's `ctx` is no Koa context). */
  readonly yieldsTo?: readonly FrameworkId[];
}

/** Frameworks that route and answer with decorators on controller methods (NestJS). */
export interface DecoratorVocabulary {
  /** Method decorators that route requests, and the HTTP method each one stands for (`@Post()` → POST). */
  readonly methods: Readonly<Record<string, string>>;
  /** The decorator that sets the status (`@HttpCode(204)`). */
  readonly status: string;
  /** The decorator that sets a header (`@Header('Location', '/x')`). */
  readonly header: string;
  /** The decorator that redirects (`@Redirect(url, 301)`). */
  readonly redirect: string;
  /** Method decorators whose handlers answer 201 (Created) unless the status decorator says otherwise. */
  readonly createdByDefault: readonly string[];
}

/** How tests assert a status: jest, vitest, chai, supertest, node:assert, ava. */
export interface AssertionVocabulary {
  /**
   * Calls that take the status as their subject or expectation: `expect(res.status)` opens a
   * chain, supertest's `request(app).get('/').expect(404)` asserts directly.
   */
  readonly expectCalls: readonly string[];
  /** Properties that open a chain on their object (`res.status.should.equal(404)`). */
  readonly chainProperties: readonly string[];
  /** Matchers whose argument is the expected status of the chain's subject (`toBe(404)`). */
  readonly matchers: readonly string[];
  /** Matchers on a mocked method's calls; the subject may be a status method (`expect(res.status).toHaveBeenCalledWith(404)`). */
  readonly callMatchers: readonly string[];
  /** `expect(res.status).toHaveBeenNthCalledWith(1, 404)`: the status is the second argument. */
  readonly nthCallMatchers: readonly string[];
  /** `expect([200, 204]).toContain(res.status)`: the subject is the list of codes. */
  readonly listSubjectMatchers: readonly string[];
  /** `expect(res.status).to.be.oneOf([200, 204])`: the argument is the list of codes. */
  readonly listArgumentMatchers: readonly string[];
  /** `expect(res).toHaveProperty('status', 404)`: a status key, then the expected status. */
  readonly propertyMatchers: readonly string[];
  /** `assert.equal(res.status, 404)`: the second argument is the expected status. */
  readonly assertFunctions: readonly string[];
  /**
   * ava's `t.is(res.status, 404)`: asserts like the functions above, but is kept out of the
   * `ASSERT_FUNCTIONS` table, which the status model extends with it itself.
   */
  readonly assertShorthands: readonly string[];
}

/** How clients and middleware read a received status. */
export interface ComparisonVocabulary {
  /** Properties that hold a received status on a response object (`response.status === 404`). */
  readonly statusProperties: readonly string[];
  /** Members that hold a reply's payload: `res.data.meta.status`, `res.body.status` are fields of it, not the HTTP status. */
  readonly payloadMembers: readonly string[];
  /** `[401, 403].includes(res.status)`: membership of a received status in a list of codes. */
  readonly membershipMethods: readonly string[];
}

/** How project code carries a status on an error it throws or passes on. */
export interface ErrorVocabulary {
  /** Endings of class names whose instances carry a status (`new AppError(msg, 404)`, `new NotFoundException()`). */
  readonly classSuffixes: readonly string[];
  /** Classes of the platform with such names, which carry no status. */
  readonly builtInClasses: readonly string[];
  /** `_.defaultTo(err.status, 500)`: a status with a fallback, written as a call. */
  readonly fallbackFunctions: readonly string[];
}

/** A shape as a definition writes it: the derived tables add the definition's id as `framework`. */
export type Definable<Shape extends { readonly framework: FrameworkId }> = Omit<Shape, 'framework'>;

/**
 * Everything one framework (or family of code, such as tests) contributes, in one place:
 * `src/frameworks/index.ts` derives every lookup table the adapters read from these.
 * All lists are optional but the identity; a shape several frameworks share is declared
 * once, by the framework it comes from, with the receiver roles of those that share it.
 */
export interface FrameworkDefinition {
  readonly id: FrameworkId;
  /** How messages name the framework ("so Fastify silently drops this body"). */
  readonly displayName: string;
  /**
   * Modules whose import makes a file this framework's: a Hono file's `ctx` is Hono's context,
   * a Fastify file's `code(…)` is a reply's. Helpers imported from other entry points are
   * found through their binding's own modules.
   */
  readonly modules: readonly string[];
  /** Modules whose import makes a file server code, where a bare `x.status(404)` is HTTP. */
  readonly serverModules?: readonly string[];
  /** The receivers this framework hands its handlers. */
  readonly receivers?: readonly ReceiverDefinition[];
  /** Member names that lead from one receiver to another (`reply.raw`, `ctx.response`). */
  readonly receiverMembers?: Readonly<Record<string, ReceiverRole>>;
  /** Where handlers are registered, and what their parameters are. */
  readonly handlerRegistrations?: readonly Definable<HandlerRegistration>[];
  /** Methods called on a receiver that set, redirect or throw a status. */
  readonly methods?: readonly Definable<MethodShape>[];
  /** Properties assigned on a receiver that hold a status. */
  readonly assignments?: readonly Definable<AssignmentShape>[];
  /** Imported or global functions, constructors and decorators that take a status. */
  readonly bindings?: readonly Definable<BindingShape>[];
  /** Methods that send content, and where the content is. */
  readonly contentMethods?: readonly Definable<ContentMethodShape>[];
  /** Properties whose assignment sends content (Koa's `ctx.body = x`), with the receivers they belong to. */
  readonly contentProperties?: Readonly<Record<string, readonly ReceiverRole[]>>;
  /** Methods that set headers on a receiver. */
  readonly headerMethods?: readonly Definable<HeaderMethodShape>[];
  /** Properties whose assignment sets a header (Koa's `ctx.type = t` sets Content-Type), with the receivers they belong to. */
  readonly headerProperties?: Readonly<Record<string, { readonly header: string; readonly receivers: readonly ReceiverRole[] }>>;
  /** Functions (by imported or global name) that set a header on the response they are given. */
  readonly headerFunctions?: Readonly<Record<string, HeaderArgument>>;
  /** Methods that redirect, setting Location themselves. */
  readonly redirectMethods?: readonly string[];
  /**
   * What this framework's receivers send from a redirect method called without a status, by
   * method name: the method may be a shape another definition declares (Express's
   * `redirect`, shared by Fastify's reply and Hono's context), which takes the status
   * differently in each framework.
   */
  readonly redirectDefaults?: Readonly<Record<string, DefaultRedirect>>;
  /** Methods only a response has, so that `x.status(404).json(…)` proves `x` is one. */
  readonly responseMethods?: readonly string[];
  /** Properties of an answered object that hold its headers (`{ statusCode: 201, headers: { Location } }`). */
  readonly headerBagProperties?: readonly string[];
  /** Functions whose handler's return value is the response body, sent with the status set elsewhere. */
  readonly bodyReturningHandlerDefiners?: readonly string[];
  readonly decorators?: DecoratorVocabulary;
  readonly assertions?: AssertionVocabulary;
  readonly comparisons?: ComparisonVocabulary;
  readonly errors?: ErrorVocabulary;
  /** What the framework does with content on a 1xx/204/205/304 response (see frameworks.md). */
  readonly bodiless?: BodilessBehaviour;
  readonly emptyResponse?: EmptyResponse;
}

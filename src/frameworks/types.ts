/** The frameworks and families of code the catalogue knows. */
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
  | 'test';

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
  /** The argument that is the response's content. */
  readonly content?: ContentArgument;
  /** The init argument's property that holds headers (`{ status, headers }`). */
  readonly headersProperty?: string;
  /** The argument that is the response (or h3 event) the helper acts on. */
  readonly responseArgument?: number;
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

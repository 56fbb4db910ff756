/**
 * The pieces the framework definitions are written with: where a status sits among a
 * call's arguments, where content sits, where a binding comes from.
 */
import type { BindingSource, ContentArgument, DefaultRedirect, FrameworkDefinition, FrameworkId, ReceiverRole, StatusArgument } from './types';

/**
 * A definition, its id kept as a literal type so that `index.ts` can prove at compile time
 * that the definitions cover `FrameworkId` exactly.
 */
export function defineFramework<const Id extends FrameworkId>(definition: FrameworkDefinition & { readonly id: Id }): FrameworkDefinition & { readonly id: Id } {
  return definition;
}

export const FIRST: readonly StatusArgument[] = [{ index: 0 }];
export const SECOND: readonly StatusArgument[] = [{ index: 1 }];
export const SECOND_OR_INIT: readonly StatusArgument[] = [{ index: 1, init: true }];
/** `redirect(301, url)` or `redirect(url, 301)`: whichever of the first two is a number. */
export const FIRST_IF_NUMBER_ELSE_SECOND: readonly StatusArgument[] = [
  { index: 0, onlyNumeric: true },
  { index: 1, onlyNumeric: true },
];

const FOUND = 302;

/**
 * A redirect that answers 302 (Found) without a status, and takes one as the argument at
 * `insert` (a number) or by assigning the receiver's property (`{ assign: 'status' }`).
 */
export function redirects302(insert: number | { readonly assign: string }): DefaultRedirect {
  return { status: FOUND, insert: typeof insert === 'number' ? { argument: insert } : insert };
}

/** Content as the first argument, sent as given: `null` sends nothing. */
export const CONTENT: ContentArgument = { index: 0 };
/** Content as the first argument, serialised: even `null` is sent (`Response.json(null)` is the text `null`). */
export const SERIALISED: ContentArgument = { index: 0, serialised: true };

/** The receivers of Node-style responses: Express's `res`, Fastify's `reply`, Koa's and Hono's contexts. */
export const RESPONSE_LIKE: readonly ReceiverRole[] = ['response', 'reply', 'koa-context', 'hono-context'];

/** A binding imported from one of `modules`, at `path` (`['NextResponse', 'json']`, `['default']`). */
export function moduleSource(modules: readonly string[], ...path: string[]): BindingSource {
  return { type: 'module', modules, path };
}

/** A global of every runtime (`Response`, `Response.json`). */
export function globalSource(...path: string[]): BindingSource {
  return { type: 'global', path };
}

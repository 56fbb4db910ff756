/**
 * The server's own TypeScript 6 compiler, a dependency of this package. The project's
 * `typescript` is never loaded: it may be 7 (no JavaScript compiler API) or missing.
 */
import type * as ts from 'typescript';
import * as ownTypeScript from 'typescript-6';

export type TS = typeof ts;

// `typescript-6` and `typescript` are the same 6.0 declarations under two names; the feature
// functions are typed against the latter.
export const tsModule: TS = ownTypeScript as unknown as TS;

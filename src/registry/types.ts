/** The five classes of RFC 9110 §15, named by their first digit's meaning. */
export type StatusClass =
  | 'informational'
  | 'successful'
  | 'redirection'
  | 'client-error'
  | 'server-error';

/**
 * Where a code stands:
 * - `standard`: registered and in use;
 * - `temporary`: registered for a limited time (see `expires`);
 * - `unused`: registered only to reserve the number (306, 418);
 * - `deprecated`: registered, but the spec advises against it (305);
 * - `obsoleted`: registered, but its defining document is historic (510);
 * - `unofficial`: not registered; used by the vendors in `vendors`.
 */
export type StatusState =
  | 'standard'
  | 'temporary'
  | 'unused'
  | 'deprecated'
  | 'obsoleted'
  | 'unofficial';

/** How strongly a spec asks for a header field, in RFC 2119 words. */
export type RequirementLevel = 'MUST' | 'SHOULD' | 'MAY';

export interface SpecReference {
  /** `RFC 9110`, `RFC 6585`, or an Internet-Draft name. */
  readonly document: string;
  /** Section number without the `§` sign, when the registry or spec names one. */
  readonly section?: string;
  readonly url: string;
}

export interface HeaderRequirement {
  /** Header field name in its usual capitalisation (`Location`, `WWW-Authenticate`). */
  readonly header: string;
  readonly level: RequirementLevel;
  /** The part of the spec that asks for it. */
  readonly reference: SpecReference;
  /** When the requirement applies only in some cases, in a few words. */
  readonly condition?: string;
}

/** One vendor's use of a code that IANA does not register (or registers differently). */
export interface VendorUse {
  /** Stable id used in options (`allowUnofficial: ["nginx"]`). */
  readonly vendorId: string;
  /** Display name (`nginx`, `AWS load balancers`). */
  readonly vendor: string;
  /** The name this vendor gives the code. */
  readonly name: string;
  readonly description: string;
  /** Registered codes that say the same thing, best first; empty when none fits. */
  readonly alternatives: readonly number[];
}

export type ConstantsLibraryId = 'http-status-codes' | 'nestjs' | 'http-status';

export interface StatusEntry {
  readonly code: number;
  /** The registered name (RFC 9110 wording), or the best-known vendor name. */
  readonly name: string;
  readonly statusClass: StatusClass;
  readonly state: StatusState;
  /** True for every code in the IANA registry, whatever its state. */
  readonly registered: boolean;
  /** The defining document of a registered code. */
  readonly reference?: SpecReference;
  /** Expiry date (ISO 8601) of a temporary registration. */
  readonly expires?: string;
  /** Vendors that use the code outside the registry; for a registered code, clashing uses. */
  readonly vendors: readonly VendorUse[];
  /** False where the spec forbids content in the response (1xx, 204, 205, 304). */
  readonly allowsContent: boolean;
  readonly headers: readonly HeaderRequirement[];
  readonly isClientError: boolean;
  readonly isServerError: boolean;
  /** Registered codes that fit instead of a nonstandard one, best first. */
  readonly alternatives: readonly number[];
  /** Written for this project: what the code means and when to use it. */
  readonly description: string;
  /** Member name of this code in each constants library that has one. */
  readonly members: Readonly<Partial<Record<ConstantsLibraryId, string>>>;
}

/** Why a number is not a status code a server can send. */
export type InvalidReason = 'not-an-integer' | 'out-of-range';

/** What the registry knows of any number that appears where a status goes. */
export type StatusLookup =
  | { readonly kind: 'known'; readonly code: number; readonly entry: StatusEntry }
  | {
      readonly kind: 'unassigned';
      readonly code: number;
      readonly statusClass: StatusClass;
      /** Set when the number is known for something that is not a status (Warning codes). */
      readonly note?: string;
    }
  | {
      readonly kind: 'invalid';
      readonly code: number;
      readonly reason: InvalidReason;
      /** Vendors known to send this number anyway (LinkedIn 999, AWS 000). */
      readonly vendors: readonly VendorUse[];
    };

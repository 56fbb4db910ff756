/**
 * The matcher: which nodes of a file are status sites, decided from plain facts that each
 * front end reads off its own syntax tree (see `SyntaxFacts`). It imports neither ESLint
 * nor TypeScript.
 */
export { StatusMatcher, SITE_NODE_KINDS, type DefaultRedirectSite, type MatchedSite, type MatcherOptions } from './sites';
export type { FileFacts, NodeKind, ParameterAt, ParameterFacts, ClassFieldFacts, SyntaxFacts, TreeFacts, TrackedReferenceInfo, LibraryMember } from './syntax';
export { TRACKED_REFERENCES, TRACKED_MODULES, TRACKED_GLOBALS, SHAPES_CALLED_BY_NAME, type TrackedReference, type TrackedSource, type TrackedUse } from './references';
export { chainRoot, parameterRoles, type ReceiverFile } from './receivers';
export {
  calledName,
  isStatusCodeValue,
  isStatusText,
  lastName,
  methodCall,
  resolveInitValues,
  resolveLeaf,
  resolveValues,
  statusLeaves,
  type MatchedValue,
  type ValueSource,
} from './values';
export { enclosingFunction } from './data-context';

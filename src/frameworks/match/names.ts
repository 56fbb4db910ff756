import {
  ASSERTION_MATCHERS,
  ASSERT_FUNCTIONS,
  FALLBACK_FUNCTIONS,
  LIST_ARGUMENT_MATCHERS,
  LIST_SUBJECT_MATCHERS,
  MEMBERSHIP_METHODS,
  METHOD_SHAPES,
  NTH_CALL_MATCHERS,
} from '../index';

/** Names under which a call can be a method shape, an assertion, a membership test or a fallback. */
export const CALL_NAMES_OF_INTEREST: ReadonlySet<string> = new Set([
  ...METHOD_SHAPES.map((shape) => shape.method),
  ...ASSERTION_MATCHERS,
  ...ASSERT_FUNCTIONS,
  'is',
  'expect',
  'toHaveProperty',
  ...MEMBERSHIP_METHODS,
  ...NTH_CALL_MATCHERS,
  ...LIST_SUBJECT_MATCHERS,
  ...LIST_ARGUMENT_MATCHERS,
  ...FALLBACK_FUNCTIONS,
]);

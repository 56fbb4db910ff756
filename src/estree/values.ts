import type { TSESTree } from '@typescript-eslint/utils';
import type { MatchedValue } from '../frameworks/match';

export { isStatusCodeValue, type ValueSource } from '../frameworks/match';

/** One expression that may end up as the status, and the code it stands for when known. */
export type StatusValue = MatchedValue<TSESTree.Node>;

import { AST_NODE_TYPES } from '@typescript-eslint/utils';

/**
 * The node types, read once: `@typescript-eslint/utils` re-exports them through a getter,
 * which costs a call on every `node.type ===` check in the hot paths of every rule.
 */
export const AST = AST_NODE_TYPES;

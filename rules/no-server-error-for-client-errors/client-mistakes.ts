import { type TSESTree } from '@typescript-eslint/utils';
import { type ClientMistakeReason } from '../../src/frameworks';
import { type StatusModel } from '../../src/estree';
import { branchMistake, isReadFromLookup } from './branches';
import { messageMeaning, speaksOfServer } from './messages';

export type { ClientMistakeReason } from '../../src/frameworks';

/** A client mistake a status answers, and the 4xx that fits it when it is not plain bad input. */
export interface ClientMistake {
  readonly reason: ClientMistakeReason;
  readonly fittingCode?: number;
  /** A branch or `catch` that tests the request, or only the words of a message. */
  readonly evidence: 'branch' | 'message';
}

/**
 * The client mistake the status at `site` answers, if the code shows one: a branch that
 * finds request input missing or invalid, a `catch` of input validation, or a message that
 * says what the client did wrong.
 */
export function clientMistakeAt(site: TSESTree.Node, model: StatusModel): ClientMistake | undefined {
  const branch = branchMistake(site, model);
  const meaning = messageMeaning(site, model);
  if (branch && !(meaning?.fittingCode !== undefined && isReadFromLookup(branch))) {
    return isReadFromLookup(branch) && speaksOfServer(site, model) ? undefined : branch;
  }
  if (!meaning) return undefined;
  const evidence = 'message' as const;
  return meaning.fittingCode === undefined ? { reason: meaning.reason, evidence } : { reason: meaning.reason, fittingCode: meaning.fittingCode, evidence };
}

/** Whether the mistake is shown only by words, which a gateway code's message never proves. */
export function isShownByMessageOnly(mistake: ClientMistake): boolean {
  return mistake.evidence === 'message';
}

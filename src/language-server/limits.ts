/** Why the server leaves a document alone, or `undefined` when it reads it. */
export type SkipReason = 'too large' | 'binary';

/**
 * Characters beyond which a document is not parsed: a generated bundle of this size is not
 * code anyone reads status codes in, and parsing it would stall every request behind it.
 */
export const MAX_DOCUMENT_LENGTH = 4 * 1024 * 1024;

/** How much of the start of a document is inspected for binary content. */
const SNIFF_LENGTH = 8192;

/** NUL never occurs in source text; U+FFFD is what a decoder leaves of bytes that were not UTF-8. */
function looksBinary(text: string): boolean {
  const head = text.slice(0, SNIFF_LENGTH);
  if (head.includes('\u0000')) return true;
  let replaced = 0;
  for (const char of head) if (char === '\uFFFD') replaced++;
  return head.length > 0 && replaced / head.length > 0.1;
}

export function skipReason(text: string): SkipReason | undefined {
  if (text.length > MAX_DOCUMENT_LENGTH) return 'too large';
  return looksBinary(text) ? 'binary' : undefined;
}

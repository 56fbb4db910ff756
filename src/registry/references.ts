import type { SpecReference } from './types';

const RFC_PATTERN = /^RFC (\d+)$/;

/** The canonical address of a document, and of a section in it when one is given. */
export function specUrl(document: string, section?: string): string {
  const rfc = RFC_PATTERN.exec(document);
  const base = rfc
    ? `https://www.rfc-editor.org/rfc/rfc${rfc[1]}`
    : `https://datatracker.ietf.org/doc/html/${document}`;
  return section === undefined ? base : `${base}#section-${section}`;
}

export function specReference(document: string, section?: string): SpecReference {
  return {
    document,
    ...(section === undefined ? {} : { section }),
    url: specUrl(document, section),
  };
}

/** `RFC 9110 §15.5.5`, or the document alone when no section is known. */
export function formatReference(reference: SpecReference): string {
  return reference.section === undefined
    ? reference.document
    : `${reference.document} §${reference.section}`;
}

/**
 * Reading a passage address from a link (p=sc15/p8/c27/s3/p2): which document, which block, and what is wrong
 * with it when the document does not hold it. A bare document id ("sc15") opens the document at its start.
 */

export function documentIdOf(passageId: string): string {
  const slash = passageId.indexOf('/');
  return slash === -1 ? passageId : passageId.slice(0, slash);
}

export type PassageResolution =
  /** The block exists (or the address is the document itself). */
  | { status: 'found'; documentId: string; blockId: string | null }
  /** The document exists but holds no such block: open the document start and say so. */
  | { status: 'unknown-block'; documentId: string; blockId: string }
  /** No document with that id: nothing to open. */
  | { status: 'unknown-document'; documentId: string };

export function resolvePassage(
  passageId: string,
  documentIds: readonly string[],
  hasBlock: ((blockId: string) => boolean) | null,
): PassageResolution {
  const documentId = documentIdOf(passageId);
  if (!documentIds.includes(documentId)) return { status: 'unknown-document', documentId };
  if (passageId === documentId) return { status: 'found', documentId, blockId: null };
  // Block ids are checked only once the document is loaded; until then the address is taken on trust.
  if (hasBlock && !hasBlock(passageId)) return { status: 'unknown-block', documentId, blockId: passageId };
  return { status: 'found', documentId, blockId: passageId };
}

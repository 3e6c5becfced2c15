import { describe, expect, it } from 'vitest';
import { documentIdOf, resolvePassage } from './passage-address.ts';

const documents = ['sc15', 'cd14', 'r14-south'];
const sc15Blocks = new Set(['sc15/p8/c27/s3/p2']);
const has = (id: string) => sc15Blocks.has(id);

describe('passage addresses', () => {
  it('reads the document from the first segment', () => {
    expect(documentIdOf('r14-south/c1/s1/p1')).toBe('r14-south');
    expect(documentIdOf('sc15')).toBe('sc15');
  });

  it('finds a real block and a bare document id', () => {
    expect(resolvePassage('sc15/p8/c27/s3/p2', documents, has)).toEqual({
      status: 'found',
      documentId: 'sc15',
      blockId: 'sc15/p8/c27/s3/p2',
    });
    expect(resolvePassage('sc15', documents, has)).toEqual({
      status: 'found',
      documentId: 'sc15',
      blockId: null,
    });
  });

  it('reports a block the document does not hold, keeping the document', () => {
    expect(resolvePassage('sc15/p99/c1/p1', documents, has)).toEqual({
      status: 'unknown-block',
      documentId: 'sc15',
      blockId: 'sc15/p99/c1/p1',
    });
  });

  it('reports an unknown document whatever follows it', () => {
    expect(resolvePassage('nope/p1', documents, has).status).toBe('unknown-document');
    expect(resolvePassage('sc1/p8', documents, null).status).toBe('unknown-document');
  });

  it('trusts the block id until the document is loaded', () => {
    expect(resolvePassage('sc15/p99', documents, null).status).toBe('found');
  });
});

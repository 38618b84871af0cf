import { describe, expect, it } from 'vitest';
import { EDGE_KINDS, NODE_KINDS, nodePath, parseKinds } from './nodes';

describe('nodePath', () => {
  it('leads each kind of node to its page', () => {
    expect(nodePath({ kind: 'ORGANISATION', slug: 'hallefors-kommun', code: null })).toBe('/organisations/hallefors-kommun');
    expect(nodePath({ kind: 'REGION', slug: null, code: '18' })).toBe('/regions/18');
    expect(nodePath({ kind: 'EVENT', slug: 'raise-dinner', code: null })).toBeNull();
  });
});

describe('parseKinds', () => {
  it('keeps known kinds in canonical order', () => {
    expect(parseKinds(['PROJECT', 'NONSENSE', 'ORGANISATION'], NODE_KINDS)).toEqual(['ORGANISATION', 'PROJECT']);
  });

  it('reads no choice and every kind alike: no filter', () => {
    expect(parseKinds([], EDGE_KINDS)).toBeNull();
    expect(parseKinds([...EDGE_KINDS], EDGE_KINDS)).toBeNull();
  });
});

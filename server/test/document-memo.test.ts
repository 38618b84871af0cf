import { describe, expect, it } from 'vitest';
import { documentMemo } from '../src/common/document-memo.js';

describe('documentMemo', () => {
  it('works a value out once per node and key, separately for each node', () => {
    const memo = documentMemo<number>(8);
    const a = {};
    const b = {};
    let calls = 0;
    const compute = () => ++calls;
    expect(memo(a, 'k', compute)).toBe(1);
    expect(memo(a, 'k', compute)).toBe(1);
    expect(memo(a, 'other', compute)).toBe(2);
    expect(memo(b, 'k', compute)).toBe(3);
    expect(calls).toBe(3);
  });

  it('stops remembering new keys of a node at the cap, and still answers them', () => {
    const memo = documentMemo<string>(2);
    const node = {};
    let calls = 0;
    const compute = (key: string) => () => (calls++, key);
    for (const key of ['a', 'b', 'c']) expect(memo(node, key, compute(key))).toBe(key);
    expect(memo(node, 'c', compute('c'))).toBe('c');
    expect(calls).toBe(4); // 'c' was over the cap: worked out again
    expect(memo(node, 'a', compute('a'))).toBe('a');
    expect(calls).toBe(4);
  });
});

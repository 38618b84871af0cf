import { describe, expect, it } from 'vitest';
import { mergeHistories, type HistoryStream } from './historyMerge';

const entry = (id: string, minute: number) => ({ id, at: `2024-05-01T10:${String(minute).padStart(2, '0')}:00.000Z` });
const ids = (entries: { id: string }[]) => entries.map((e) => e.id);

describe('mergeHistories', () => {
  it('interleaves complete histories newest first', () => {
    const project: HistoryStream<ReturnType<typeof entry>> = { items: [entry('p2', 30), entry('p1', 10)], hasMore: false, cursor: null };
    const funding: HistoryStream<ReturnType<typeof entry>> = { items: [entry('f1', 20)], hasMore: false, cursor: null };
    const merged = mergeHistories([project, funding], 10);
    expect(ids(merged.shown)).toEqual(['p2', 'f1', 'p1']);
    expect(merged.hasMore).toBe(false);
    expect(merged.loadNext).toBeNull();
  });

  it('shows nothing older than what a history with more pages has been read back to', () => {
    const project = { items: [entry('p3', 50), entry('p2', 40)], hasMore: true, cursor: 'c1' };
    const funding = { items: [entry('f2', 45), entry('f1', 5)], hasMore: false, cursor: null };
    const merged = mergeHistories([project, funding], 10);
    // f1 (10:05) may be older than the project's unread entries, so it waits
    expect(ids(merged.shown)).toEqual(['p3', 'f2', 'p2']);
    expect(merged.loadNext).toBe(0);
    expect(merged.hasMore).toBe(true);
  });

  it('asks for the first page of a history not read yet', () => {
    const merged = mergeHistories([{ items: [], hasMore: true, cursor: null }], 5);
    expect(merged.shown).toEqual([]);
    expect(merged.loadNext).toBe(0);
  });

  it('shows at most the limit and needs no loading while enough is read', () => {
    const project = { items: [entry('p3', 50), entry('p2', 40), entry('p1', 30)], hasMore: true, cursor: 'c1' };
    const merged = mergeHistories([project], 2);
    expect(ids(merged.shown)).toEqual(['p3', 'p2']);
    expect(merged.loadNext).toBeNull();
    expect(merged.hasMore).toBe(true);
  });

  it('lists an entry once even when two histories hold it', () => {
    const a = { items: [entry('x', 10)], hasMore: false, cursor: null };
    expect(ids(mergeHistories([a, a], 5).shown)).toEqual(['x']);
  });
});

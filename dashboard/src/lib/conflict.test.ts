import { describe, expect, it } from 'vitest';
import { conflictRows, snapshotFlag, snapshotText } from './conflict';

type Draft = { amount: string; currency: string; approximate: boolean };
const labels = { amount: 'Belopp', currency: 'Valuta', approximate: 'Ungefärligt' };
const describe_ = (_field: string, value: string | boolean) => (typeof value === 'boolean' ? (value ? 'ja' : 'nej') : value || 'tomt');

describe('conflictRows', () => {
  const base: Draft = { amount: '', currency: 'SEK', approximate: false };

  it('shows what someone else changed beside what the user changed', () => {
    const rows = conflictRows<Draft>({
      labels,
      base,
      draft: { ...base, amount: '1 500 000' },
      changedKeys: ['amount'],
      current: { amount: '2 000 000', currency: 'SEK', approximate: true },
      describe: describe_,
    });
    expect(rows).toEqual([
      { field: 'amount', label: 'Belopp', current: '2 000 000', yours: '1 500 000', changedElsewhere: true },
      { field: 'approximate', label: 'Ungefärligt', current: 'ja', yours: null, changedElsewhere: true },
    ]);
  });

  it('lists a field the user changed even when nobody else did', () => {
    const rows = conflictRows<Draft>({
      labels,
      base,
      draft: { ...base, currency: 'EUR' },
      changedKeys: ['currency'],
      current: { currency: 'SEK' },
      describe: describe_,
    });
    expect(rows).toEqual([{ field: 'currency', label: 'Valuta', current: 'SEK', yours: 'EUR', changedElsewhere: false }]);
  });
});

describe('snapshot values', () => {
  it('reads null as empty and keeps unknown apart', () => {
    expect(snapshotText(null)).toBe('');
    expect(snapshotText(2017)).toBe('2017');
    expect(snapshotText(undefined)).toBeUndefined();
    expect(snapshotFlag(true)).toBe(true);
    expect(snapshotFlag(null)).toBeUndefined();
  });
});

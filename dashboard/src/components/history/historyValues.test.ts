import { describe, expect, it } from 'vitest';
import { describeChanges, historyValue, snapshotName } from './historyValues';

describe('historyValue', () => {
  it('reads a missing amount as not reported, never as 0', () => {
    expect(historyValue('Funding', 'amount', null, 'sv')).toBe('ej rapporterad');
    expect(historyValue('Funding', 'amount', '1500000.50', 'sv')).toBe('1 500 000,50');
    expect(historyValue('Funding', 'amount', '1500000.00', 'en')).toBe('1,500,000');
  });

  it('names enums, yes/no and shares in the reader’s language', () => {
    expect(historyValue('Membership', 'role', 'COORDINATOR', 'sv')).toBe('Samordnare');
    expect(historyValue('Funding', 'comparison', 'AT_MOST', 'sv')).toBe('högst');
    expect(historyValue('Funding', 'approximate', true, 'en')).toBe('yes');
    expect(historyValue('Outcome', 'share', '0.5000', 'sv')).toBe('hälften');
    expect(historyValue('Organisation', 'kind', 'SOCIAL_ENTERPRISE', 'sv')).toBe('Arbetsintegrerande socialt företag');
  });
});

describe('describeChanges', () => {
  it('gives each changed field with its value before and after; references only as changed', () => {
    const changes = describeChanges(
      {
        action: 'UPDATE',
        recordType: 'Funding',
        changedFields: ['amount', 'funder'],
        before: { amount: null, funder: 3, version: 1 },
        after: { amount: '1500000.00', funder: 7, version: 2 },
      },
      'sv',
    );
    expect(changes).toEqual([
      { field: 'amount', label: 'Belopp', before: 'ej rapporterad', after: '1 500 000' },
      { field: 'funder', label: 'Finansiär', before: null, after: null },
    ]);
  });

  it('lists an addition’s values without the keys of the records it points at', () => {
    const changes = describeChanges(
      {
        action: 'CREATE',
        recordType: 'Membership',
        changedFields: ['fromDate', 'organisation', 'partnership', 'role'],
        before: null,
        after: { role: 'MEMBER', fromDate: '2019-01-01', organisation: 4, partnership: 1 },
      },
      'sv',
    );
    expect(changes.map((c) => `${c.label}: ${c.after}`)).toEqual(['Från: 2019-01-01', 'Roll: Medlem']);
  });

  it('names the record from its snapshot', () => {
    expect(snapshotName({ before: { key: 'asf-2017' }, after: null })).toBe('asf-2017');
    expect(snapshotName({ before: null, after: { role: 'MEMBER' } })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { changedOutcomeValues, emptyOutcomeDraft, outcomeDraft, readOutcomeDraft, shareToPercent } from './outcomeDraft';

const says = {
  say: (problem: string) => problem,
  decimal: (problem: string) => `decimal:${problem}`,
  valueOrShare: 'valueOrShare',
  shareOfRequired: 'shareOfRequired',
};

describe('shareToPercent', () => {
  it('moves the decimal point two places, exactly, in the reader’s language', () => {
    expect(shareToPercent('0.5000')).toBe('50');
    expect(shareToPercent('0.125')).toBe('12,5');
    expect(shareToPercent('0.125', 'en')).toBe('12.5');
    expect(shareToPercent('1')).toBe('100');
    expect(shareToPercent('0.0050')).toBe('0,5');
    expect(shareToPercent(null)).toBe('');
  });
});

describe('outcomeDraft', () => {
  it('reads an outcome into form values and back to the same values', () => {
    const outcome = {
      metric: 'INTO_WORK' as const,
      kind: 'ACTUAL' as const,
      comparison: 'AT_LEAST' as const,
      value: null,
      share: '0.5000',
      shareOf: 'PARTICIPANTS' as const,
      note: null,
    };
    const draft = outcomeDraft(outcome, 'sv');
    expect(draft).toMatchObject({ value: '', share: '50', shareOf: 'PARTICIPANTS', periodStart: '' });
    const read = readOutcomeDraft(draft, 'sv', says);
    expect(read).toEqual({
      ok: true,
      values: {
        metric: 'INTO_WORK',
        kind: 'ACTUAL',
        comparison: 'AT_LEAST',
        value: null,
        share: '0.5',
        shareOf: 'PARTICIPANTS',
        periodStart: null,
        periodEnd: null,
        note: null,
      },
    });
  });

  it('takes a number with a decimal comma, and refuses both or neither of number and share', () => {
    const number = readOutcomeDraft({ ...emptyOutcomeDraft, value: '1 234,5' }, 'sv', says);
    expect(number.ok && number.values.value).toBe('1234.5');
    const both = readOutcomeDraft({ ...emptyOutcomeDraft, value: '10', share: '50', shareOf: 'PARTICIPANTS' }, 'sv', says);
    expect(!both.ok && both.fields.value?.[0]?.message).toBe('valueOrShare');
    const neither = readOutcomeDraft(emptyOutcomeDraft, 'sv', says);
    expect(!neither.ok && neither.fields.value?.[0]?.message).toBe('valueOrShare');
    const noOf = readOutcomeDraft({ ...emptyOutcomeDraft, share: '50' }, 'sv', says);
    expect(!noOf.ok && noOf.fields.shareOf?.[0]?.message).toBe('shareOfRequired');
    const bad = readOutcomeDraft({ ...emptyOutcomeDraft, value: '1,234' }, 'sv', says);
    expect(!bad.ok && bad.fields.value?.[0]?.message).toBe('decimal:tooManyDecimals');
  });

  it('sends a changed number together with the share it replaces', () => {
    const read = readOutcomeDraft({ ...emptyOutcomeDraft, value: '648', note: 'x' }, 'sv', says);
    if (!read.ok) throw new Error('expected ok');
    expect(changedOutcomeValues(read.values, ['value'])).toEqual({ value: '648', share: null, shareOf: null });
    expect(changedOutcomeValues(read.values, ['note'])).toEqual({ note: 'x' });
  });
});

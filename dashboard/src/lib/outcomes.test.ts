import { describe, expect, it } from 'vitest';
import { describeOutcome, type OutcomeMetric } from './outcomes';

const ofSv = (metric: OutcomeMetric) => (metric === 'PARTICIPANTS' ? 'av deltagarna' : metric);
const ofEn = (metric: OutcomeMetric) => (metric === 'PARTICIPANTS' ? 'of the participants' : metric);

describe('describeOutcome', () => {
  it('reads the All in targets as the source states them', () => {
    expect(describeOutcome({ comparison: 'AT_MOST', value: '648.00', share: null, shareOf: null }, 'sv', ofSv)).toBe('högst 648');
    expect(describeOutcome({ comparison: 'AT_LEAST', value: null, share: '0.5000', shareOf: 'PARTICIPANTS' }, 'sv', ofSv)).toBe(
      'minst hälften av deltagarna',
    );
    expect(describeOutcome({ comparison: 'EXACTLY', value: '390.00', share: null, shareOf: null }, 'sv', ofSv)).toBe('390');
  });

  it('reads naturally in English', () => {
    expect(describeOutcome({ comparison: 'AT_LEAST', value: null, share: '0.5', shareOf: 'PARTICIPANTS' }, 'en', ofEn)).toBe(
      'at least half of the participants',
    );
    expect(describeOutcome({ comparison: 'AT_MOST', value: '648', share: null, shareOf: null }, 'en', ofEn)).toBe('at most 648');
  });

  it('groups large counts the Swedish way', () => {
    expect(describeOutcome({ comparison: 'NEARLY', value: '12345.00', share: null, shareOf: null }, 'sv', ofSv)).toMatch(
      /^nästan 12[\u00a0\u202f]345$/,
    );
  });

  it('gives null, never 0, for a figure with neither value nor share', () => {
    expect(describeOutcome({ comparison: 'EXACTLY', value: null, share: null, shareOf: null }, 'sv', ofSv)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatInteger,
  formatPeriod,
  formatPer100k,
  formatSek,
  formatSekPerInhabitant,
  formatShare,
  formatYearSpan,
  parseDecimal,
  perInhabitant,
  withComparison,
} from './format';

// sv-SE groups digits with a no-break space (U+00A0 in current ICU data, U+202F in some).
const SPACE = '[\u00a0\u202f]';

describe('formatSek', () => {
  it('shows kronor with Swedish digit grouping: 12 345 kr', () => {
    expect(formatSek(12345)).toMatch(new RegExp(`^12${SPACE}345${SPACE}kr$`));
  });

  it('shows millions as 1,5 mnkr when compact', () => {
    expect(formatSek(1_500_000, { compact: true })).toBe('1,5\u00a0mnkr');
    expect(formatSek(25_000_000, { compact: true })).toBe('25\u00a0mnkr');
  });

  it('keeps amounts under a million in kronor when compact', () => {
    expect(formatSek(999_999, { compact: true })).toMatch(new RegExp(`^999${SPACE}999${SPACE}kr$`));
  });

  it('shows 0 as 0 kr, not as missing', () => {
    expect(formatSek(0)).toMatch(new RegExp(`^0${SPACE}kr$`));
  });

  it('reads "ej rapporterad" for a missing amount', () => {
    expect(formatSek(null)).toBe('ej rapporterad');
    expect(formatSek(undefined, { compact: true })).toBe('ej rapporterad');
  });

  it('reads "not reported" in English', () => {
    expect(formatSek(null, { lang: 'en' })).toBe('not reported');
  });

  it('prefixes approximate amounts with ca', () => {
    expect(formatSek(2_000_000, { compact: true, approximate: true })).toBe('ca 2\u00a0mnkr');
    expect(formatSek(2_000_000, { compact: true, approximate: true, lang: 'en' })).toBe('approx. SEK\u00a02m');
  });

  it('uses English conventions in English', () => {
    expect(formatSek(12345, { lang: 'en' })).toMatch(/^SEK\s12,345$/);
  });
});

describe('formatInteger', () => {
  it('groups thousands the Swedish way', () => {
    expect(formatInteger(1_234_567)).toMatch(new RegExp(`^1${SPACE}234${SPACE}567$`));
  });

  it('keeps 0 distinct from a missing figure', () => {
    expect(formatInteger(0)).toBe('0');
    expect(formatInteger(null)).toBe('ej rapporterad');
  });
});

describe('per inhabitant', () => {
  it('divides by the population', () => {
    expect(perInhabitant(1_000_000, 250_000)).toBe(4);
  });

  it('is missing when the population is missing or 0', () => {
    expect(perInhabitant(1_000_000, null)).toBeNull();
    expect(perInhabitant(1_000_000, 0)).toBeNull();
  });

  it('shows kronor per inhabitant with a decimal comma', () => {
    expect(formatSekPerInhabitant(4.333)).toBe('4,3\u00a0kr/invånare');
  });
});

describe('formatDate', () => {
  it('shows a full date in ISO order: 2018-04-04', () => {
    expect(formatDate('2018-04-04')).toBe('2018-04-04');
    expect(formatDate('2018-04-04T07:23:00+02:00')).toBe('2018-04-04');
  });

  it('shows an approximate date as ca 2017', () => {
    expect(formatDate('2017-01-01', { approximate: true })).toBe('ca 2017');
    expect(formatDate('2017', { approximate: true, lang: 'en' })).toBe('approx. 2017');
  });

  it('shows a month when only the month is known', () => {
    expect(formatDate('2015-01', { precision: 'month' })).toBe('2015-01');
  });

  it('reads "ej rapporterad" without a date', () => {
    expect(formatDate(null)).toBe('ej rapporterad');
  });
});

describe('parseDecimal', () => {
  it('reads the API’s exact decimal strings', () => {
    expect(parseDecimal('4000000.00')).toBe(4_000_000);
    expect(parseDecimal('0.5000')).toBe(0.5);
  });

  it('keeps a missing amount missing, never 0', () => {
    expect(parseDecimal(null)).toBeNull();
    expect(parseDecimal('')).toBeNull();
  });
});

describe('withComparison', () => {
  it('says how exact a figure is: högst 648, nästan 30', () => {
    expect(withComparison('648', 'AT_MOST')).toBe('högst 648');
    expect(withComparison('30', 'NEARLY')).toBe('nästan 30');
    expect(withComparison('390', 'EXACTLY')).toBe('390');
    expect(withComparison('648', 'AT_MOST', 'en')).toBe('at most 648');
  });
});

describe('formatShare', () => {
  it('names half as the source does', () => {
    expect(formatShare(0.5)).toBe('hälften');
    expect(formatShare(0.5, { lang: 'en' })).toBe('half');
  });

  it('shows other shares as a percentage', () => {
    expect(formatShare(0.6)).toMatch(/^60[\u00a0\u202f]%$/);
    expect(formatShare(null)).toBe('ej rapporterad');
  });
});

describe('formatYearSpan', () => {
  it('joins the first and last year with an en dash', () => {
    expect(formatYearSpan(2017, 2018)).toBe('2017–2018');
    expect(formatYearSpan(2017, 2017)).toBe('2017');
    expect(formatYearSpan(null, 2018)).toBe('2018');
    expect(formatYearSpan(null, null)).toBe('ej rapporterad');
  });
});

describe('formatPeriod', () => {
  it('shows an approximate start as its year and an exact end as its date', () => {
    expect(formatPeriod({ date: '2017-09-01', approximate: true }, { date: '2020-05-31', approximate: false })).toBe(
      'ca 2017 – 2020-05-31',
    );
  });

  it('shows the month of approximate dates when asked (a phase of six months)', () => {
    expect(formatPeriod({ date: '2017-09-01', approximate: true }, { date: '2018-02-28', approximate: true }, 'sv', 'month')).toBe(
      'ca 2017-09 – ca 2018-02',
    );
  });

  it('says when an end is not reported', () => {
    expect(formatPeriod({ date: '2015-01-01', approximate: false }, null, 'en')).toBe('2015-01-01 – not reported');
    expect(formatPeriod(null, null)).toBe('ej rapporterad');
  });
});

describe('formatPer100k', () => {
  it('shows a count per 100 000 inhabitants', () => {
    expect(formatPer100k(10.04)).toBe('10 per 100\u00a0000 inv.');
    expect(formatPer100k(1.5)).toBe('1,5 per 100\u00a0000 inv.');
    expect(formatPer100k(2.25, { lang: 'en' })).toBe('2.25 per 100,000 inhabitants');
    expect(formatPer100k(null)).toBe('ej rapporterad');
  });
});

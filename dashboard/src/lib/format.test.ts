import { describe, expect, it } from 'vitest';
import { formatDate, formatInteger, formatSek, formatSekPerInhabitant, perInhabitant } from './format';

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

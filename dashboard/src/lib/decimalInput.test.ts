import { describe, expect, it } from 'vitest';
import { formatDecimalInput, parseDecimalInput, percentToShare } from './decimalInput';

const value = (text: string, options = {}) => {
  const parsed = parseDecimalInput(text, options);
  return parsed.ok ? parsed.value : `problem:${parsed.problem}`;
};

describe('parseDecimalInput', () => {
  it('reads a decimal comma as an exact decimal string', () => {
    expect(value('1 234 567,50')).toBe('1234567.50');
    expect(value('12,5')).toBe('12.5');
    expect(value(',5')).toBe('0.5');
  });

  it('takes spaces, no-break spaces and thin spaces as thousands separators', () => {
    expect(value('4 000 000')).toBe('4000000');
    expect(value('4\u00a0000\u202f000')).toBe('4000000');
  });

  it('accepts a decimal point and grouped thousands with the other separator', () => {
    expect(value('0.5')).toBe('0.5');
    expect(value('4.000.000,50')).toBe('4000000.50');
    expect(value('1,234,567.50', { lang: 'en' })).toBe('1234567.50');
    expect(value('4,000,000')).toBe('4000000');
  });

  it('reads a lone comma before three digits as thousands in English, as decimals in Swedish', () => {
    expect(value('1,500', { lang: 'en' })).toBe('1500');
    expect(value('1,500', { lang: 'sv' })).toBe('1.50');
  });

  it('refuses a lone point before three digits in Swedish as ambiguous', () => {
    expect(value('1.500', { lang: 'sv' })).toBe('problem:ambiguous');
    expect(value('1.500', { lang: 'en' })).toBe('1.50');
  });

  it('keeps precision a float would lose', () => {
    expect(value('9 007 199 254 740 993')).toBe('9007199254740993');
    expect(value('0,10')).toBe('0.10');
  });

  it('reads an empty field as not reported (null), never 0', () => {
    expect(value('')).toBeNull();
    expect(value('   ')).toBeNull();
  });

  it('allows a trailing currency and drops leading zeros', () => {
    expect(value('250 000 kr')).toBe('250000');
    expect(value('007')).toBe('7');
  });

  it('names what is wrong', () => {
    expect(value('abc')).toBe('problem:invalid');
    expect(value('1,2,3')).toBe('problem:invalid');
    expect(value('12,34,56')).toBe('problem:invalid');
    expect(value('-5')).toBe('problem:negative');
    expect(value('1,234')).toBe('problem:tooManyDecimals');
    expect(value('0,125', { scale: 2 })).toBe('problem:tooManyDecimals');
    expect(value('12345678901234567')).toBe('problem:tooLarge');
  });
});

describe('formatDecimalInput', () => {
  it('writes an API decimal back as a Swede types it', () => {
    expect(formatDecimalInput('4000000.00')).toBe('4 000 000');
    expect(formatDecimalInput('1234567.50')).toBe('1 234 567,50');
    expect(formatDecimalInput('1234567.50', 'en')).toBe('1,234,567.50');
    expect(formatDecimalInput(null)).toBe('');
  });

  it('round-trips through parseDecimalInput', () => {
    for (const decimal of ['4000000', '1234567.50', '0.5', '12']) {
      expect(value(formatDecimalInput(decimal, 'sv'), { lang: 'sv' })).toBe(decimal);
      expect(value(formatDecimalInput(decimal, 'en'), { lang: 'en' })).toBe(decimal);
    }
  });
});

describe('percentToShare', () => {
  it('moves the decimal point two places, exactly', () => {
    const share = (text: string) => {
      const result = percentToShare(text);
      return result.ok ? result.value : `problem:${result.problem}`;
    };
    expect(share('50')).toBe('0.5');
    expect(share('12,5 %')).toBe('0.125');
    expect(share('5')).toBe('0.05');
    expect(share('100')).toBe('1');
    expect(share('')).toBeNull();
    expect(share('150')).toBe('problem:range');
    expect(share('-5')).toBe('problem:negative');
  });
});

// Exact decimals typed by people ("1 234 567,50") to the API's `Decimal` ("1234567.50") and back, as
// strings all the way: an amount never passes through a binary float.

import type { Lang } from './format';

export type DecimalProblem = 'invalid' | 'negative' | 'tooManyDecimals' | 'tooLarge' | 'ambiguous';

export type DecimalParse = { ok: true; value: string | null } | { ok: false; problem: DecimalProblem };

export interface DecimalInputOptions {
  /** Most decimals the field takes (2 for amounts in kronor). */
  scale?: number;
  /** Most digits before the decimal point. */
  integerDigits?: number;
  /** The reader's language: decides what a lone "1,500" or "1.500" means. */
  lang?: Lang;
}

// spaces, no-break spaces, thin and narrow no-break spaces: thousands separators as Swedes type them
const SPACES = /[\s\u00a0\u2009\u202f]+/g;

function grouped(intPart: string, separator: string): boolean {
  const escaped = separator === '.' ? '\\.' : separator;
  return new RegExp(`^\\d{1,3}(${escaped}\\d{3})+$`).test(intPart);
}

/**
 * Reads a decimal as typed: "4 000 000", "1 234 567,50", "12,5", "0.5", "4.000.000,50", "1,234,567.50".
 * A comma is the decimal separator (also in English, unless it groups thousands: "1,500"); a point
 * is one too, unless it is repeated as a thousands separator. Empty means not reported (null, never 0).
 * A trailing "kr" or "SEK" is allowed. The result is canonical: no grouping, a point, no leading zeros.
 */
export function parseDecimalInput(text: string, { scale = 2, integerDigits = 16, lang = 'sv' }: DecimalInputOptions = {}): DecimalParse {
  let s = text
    .trim()
    .replace(/\s*(kr|sek)\.?$/i, '')
    .replace(SPACES, '');
  if (s === '') return { ok: true, value: null };
  let negative = false;
  if (/^[-\u2212]/.test(s)) {
    negative = true;
    s = s.slice(1);
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return { ok: false, problem: 'invalid' };

  let intPart: string;
  let fracPart = '';
  const commas = s.split(',').length - 1;
  const points = s.split('.').length - 1;
  if (commas > 0 && points > 0) {
    // both: the last one is the decimal separator, the other groups thousands
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const at = s.lastIndexOf(decimal);
    intPart = s.slice(0, at);
    fracPart = s.slice(at + 1);
    if (intPart.includes(decimal) || !grouped(intPart, group)) return { ok: false, problem: 'invalid' };
    intPart = intPart.split(group).join('');
  } else if (commas + points > 1) {
    const separator = commas > 0 ? ',' : '.';
    if (!grouped(s, separator)) return { ok: false, problem: 'invalid' };
    intPart = s.split(separator).join('');
  } else if (commas + points === 1) {
    const separator = commas > 0 ? ',' : '.';
    const at = s.indexOf(separator);
    const before = s.slice(0, at);
    const after = s.slice(at + 1);
    const thousands = after.length === 3 && before.length >= 1 && before.length <= 3;
    if (separator === ',' && lang === 'en' && thousands) {
      intPart = before + after;
    } else if (separator === '.' && lang === 'sv' && thousands) {
      // "1.500": a thousands separator to some, a decimal point to others
      return { ok: false, problem: 'ambiguous' };
    } else {
      intPart = before;
      fracPart = after;
    }
  } else {
    intPart = s;
  }

  if (!/^\d*$/.test(intPart) || !/^\d*$/.test(fracPart) || (intPart === '' && fracPart === '')) return { ok: false, problem: 'invalid' };
  if (negative) return { ok: false, problem: 'negative' };
  intPart = intPart.replace(/^0+(?=\d)/, '') || '0';
  if (fracPart.length > scale) {
    // zeros past the scale change nothing ("1,500" in Swedish is 1.5)
    if (/[^0]/.test(fracPart.slice(scale))) return { ok: false, problem: 'tooManyDecimals' };
    fracPart = fracPart.slice(0, scale);
  }
  if (intPart.length > integerDigits) return { ok: false, problem: 'tooLarge' };
  return { ok: true, value: fracPart ? `${intPart}.${fracPart}` : intPart };
}

/**
 * A `Decimal` from the API ("4000000.00") as it is typed back into a field: "4 000 000" in Swedish,
 * "4,000,000" in English; decimals are kept unless they are all zero ("1 234 567,50").
 */
export function formatDecimalInput(value: string | null | undefined, lang: Lang = 'sv'): string {
  if (value === null || value === undefined || value === '') return '';
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) return value;
  const [, sign = '', int = '0', frac = ''] = match;
  const groupedInt = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'sv' ? ' ' : ',');
  const decimals = /^0*$/.test(frac) ? '' : frac;
  return `${sign}${groupedInt}${decimals ? (lang === 'sv' ? ',' : '.') + decimals : ''}`;
}

/**
 * A percentage as typed ("50", "12,5 %") to the share 0–1 the API takes ("0.5", "0.125"), exactly
 * (the decimal point moves two places; nothing is divided). Null for an empty field.
 */
export function percentToShare(
  text: string,
  lang: Lang = 'sv',
): { ok: true; value: string | null } | { ok: false; problem: DecimalProblem | 'range' } {
  const parsed = parseDecimalInput(text.replace(/\s*%\s*$/, ''), { scale: 2, integerDigits: 3, lang });
  if (!parsed.ok) return parsed;
  if (parsed.value === null) return parsed;
  const [int = '0', frac = ''] = parsed.value.split('.');
  const digits = int + frac;
  const point = int.length - 2;
  const intPart = point <= 0 ? '0' : digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const fracPart = (point <= 0 ? '0'.repeat(-point) + digits : digits.slice(point)).replace(/0+$/, '');
  const share = fracPart ? `${intPart}.${fracPart}` : intPart;
  if (Number(intPart) > 1 || (intPart === '1' && fracPart !== '')) return { ok: false, problem: 'range' };
  return { ok: true, value: share };
}

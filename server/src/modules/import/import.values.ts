import { foldDiacritics } from '../../common/text.js';
import { formatOrganisationsnummer, isOrganisationsnummer } from '../edit/orgnr.js';
import { canonicalDecimal, SLUG } from '../edit/validators.js';

/** A cell that could not be read: the message says what was expected. */
export class CellError extends Error {}

export type Parser<T> = (raw: string) => T;

export const text =
  (max: number): Parser<string> =>
  (raw) => {
    if (raw.length > max) throw new CellError(`is longer than ${max} characters`);
    return raw;
  };

export const slug: Parser<string> = (raw) => {
  const v = raw.toLowerCase();
  if (!SLUG.test(v) || v.length > 200)
    throw new CellError('must be lowercase letters a–z, digits and single dashes, e.g. "region-orebro-lan"');
  return v;
};

export const key: Parser<string> = (raw) => {
  if (!SLUG.test(raw) || raw.length > 120) throw new CellError('must be lowercase letters, digits and single dashes');
  return raw;
};

/** An enum value by its name (any case, spaces or dashes for underscores) or a Swedish alias. */
export function oneOf<T extends string>(values: readonly T[], aliases: Record<string, T> = {}): Parser<T> {
  return (raw) => {
    const norm = foldDiacritics(raw)
      .trim()
      .replace(/[\s-]+/g, '_');
    const upper = norm.toUpperCase();
    const found = values.find((v) => v === upper) ?? aliases[norm.toLowerCase()];
    if (!found) throw new CellError(`must be one of ${values.join(', ')}`);
    return found;
  };
}

const TRUE = new Set(['true', 'ja', 'yes', 'j', 'y', '1', 'x', 'sant']);
const FALSE = new Set(['false', 'nej', 'no', 'n', '0', 'falskt']);
export const bool: Parser<boolean> = (raw) => {
  const v = raw.toLowerCase();
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  throw new CellError('must be ja/nej, yes/no, true/false or 1/0');
};

export const date: Parser<string> = (raw) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(raw)) || new Date(raw).toISOString().slice(0, 10) !== raw) {
    throw new CellError('must be a date YYYY-MM-DD');
  }
  return raw;
};

export const int =
  (min: number, max: number): Parser<number> =>
  (raw) => {
    if (!/^-?\d+$/.test(raw)) throw new CellError('must be a whole number');
    const n = Number(raw);
    if (n < min || n > max) throw new CellError(`must be between ${min} and ${max}`);
    return n;
  };

/**
 * An exact decimal ≥ 0: "4000000", "4 000 000,50" (decimal comma, spaces as thousands separators) or
 * "4000000.50". Never read through a binary float.
 */
export const decimal =
  (scale: number, integerDigits: number): Parser<string> =>
  (raw) => {
    let v = raw.replace(/[\s\u00a0\u202f]/g, '');
    if (v.includes(',') && v.includes('.')) throw new CellError('has both a decimal comma and a point: write 1234,50 or 1234.50');
    v = v.replace(',', '.');
    if (v.startsWith('-')) throw new CellError('must not be negative');
    if (!new RegExp(`^\\d{1,${integerDigits}}(\\.\\d{1,${scale}})?$`).test(v)) {
      throw new CellError(`must be a number ≥ 0 with at most ${scale} decimals, e.g. 4000000 or 1234,50`);
    }
    return canonicalDecimal(v, scale);
  };

export const orgNumber: Parser<string> = (raw) => {
  if (!isOrganisationsnummer(raw))
    throw new CellError('is not a valid Swedish organisationsnummer (NNNNNN-NNNN with a correct check digit)');
  return formatOrganisationsnummer(raw);
};

export const pattern =
  (re: RegExp, message: string, transform: (v: string) => string = (v) => v): Parser<string> =>
  (raw) => {
    const v = transform(raw);
    if (!re.test(v)) throw new CellError(message);
    return v;
  };

export const url: Parser<string> = (raw) => {
  try {
    const u = new URL(raw);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
  } catch {
    throw new CellError('must be an http(s) URL');
  }
  return raw;
};

/** A list of slugs separated by | , ; or spaces. */
export const slugList: Parser<string[]> = (raw) => {
  const items = raw.split(/[|,;\s]+/).filter(Boolean);
  for (const i of items) slug(i);
  return [...new Set(items.map((i) => i.toLowerCase()))];
};

/** An organisation by slug or organisationsnummer. */
export const orgRef: Parser<{ slug: string } | { orgNumber: string }> = (raw) =>
  /^(\d{2})?\d{6}-?\d{4}$/.test(raw) ? { orgNumber: orgNumber(raw) } : { slug: slug(raw) };

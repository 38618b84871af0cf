import { registerDecorator, validate, type ValidationArguments, type ValidationError, type ValidationOptions } from 'class-validator';
import { AtlasError } from '../../common/errors.js';
import { isOrganisationsnummer } from './orgnr.js';

/** A BAD_USER_INPUT naming the field, in the same shape as argument validation errors (`fields`). */
export function badInput(field: string, message: string): AtlasError {
  return new AtlasError(`Invalid argument — ${field}: ${message}`, 'BAD_USER_INPUT', { field, fields: [{ field, problems: [message] }] });
}

/** A CONFLICT naming the field (a slug or key already taken, a stale version, a record still referenced). */
export function conflict(message: string, extra: Record<string, unknown> = {}): AtlasError {
  return new AtlasError(message, 'CONFLICT', extra);
}

function flatten(errors: ValidationError[], prefix: string): { field: string; problems: string[] }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, problems: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * Validates a nested input object (type-graphql validates the top level of each argument; nested
 * objects are validated here so every problem names its full path, e.g. `source.new.title`).
 */
export async function validateNested(value: object | null | undefined, path: string): Promise<void> {
  if (!value) return;
  const details = flatten(await validate(value, { forbidUnknownValues: false }), path);
  if (details.length) {
    const message = details.map((d) => `${d.field}: ${d.problems.join('; ')}`).join(' | ');
    throw new AtlasError(`Invalid argument — ${message}`, 'BAD_USER_INPUT', { field: details[0]!.field, fields: details });
  }
}

function rule(
  name: string,
  options: ValidationOptions | undefined,
  check: (value: unknown, args: ValidationArguments) => boolean,
  message: string,
) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name,
      target: object.constructor,
      propertyName,
      options: { message, ...options },
      validator: { validate: (value: unknown, args: ValidationArguments) => value === null || value === undefined || check(value, args) },
    });
}

/** A Swedish organisationsnummer with a valid check digit (checked with the `organisationsnummer` library). */
export function IsOrganisationsnummer(options?: ValidationOptions) {
  return rule(
    'isOrganisationsnummer',
    options,
    (v) => typeof v === 'string' && isOrganisationsnummer(v),
    '"$value" is not a valid Swedish organisationsnummer (NNNNNN-NNNN with a correct check digit)',
  );
}

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function IsSlug(options?: ValidationOptions) {
  return rule(
    'isSlug',
    options,
    (v) => typeof v === 'string' && v.length <= 200 && SLUG.test(v),
    'must be lowercase letters a–z, digits and single dashes, e.g. "region-orebro-lan"',
  );
}

/** An exact decimal ≥ 0 with at most `scale` decimals and `integerDigits` digits before the point. */
export function IsNonNegativeDecimal(scale: number, integerDigits: number, options?: ValidationOptions) {
  const re = new RegExp(`^\\d{1,${integerDigits}}(\\.\\d{1,${scale}})?$`);
  return rule(
    'isNonNegativeDecimal',
    options,
    (v) => typeof v === 'string' && re.test(v),
    `must be an exact decimal ≥ 0 with at most ${scale} decimals and ${integerDigits} digits before the point, e.g. "4000000.00"`,
  );
}

/** A share between 0 and 1 with at most 4 decimals. */
export function IsShare(options?: ValidationOptions) {
  return rule(
    'isShare',
    options,
    (v) => typeof v === 'string' && /^(0(\.\d{1,4})?|1(\.0{1,4})?)$/.test(v),
    'must be a decimal between 0 and 1 with at most 4 decimals, e.g. "0.5"',
  );
}

/** This date (or year) must not come before the one in `other` (when both are given). */
export function IsNotBefore(other: string, options?: ValidationOptions) {
  return rule(
    'isNotBefore',
    options,
    (v, args) => {
      const o = (args.object as Record<string, unknown>)[other];
      if (o === null || o === undefined) return true;
      return typeof v === typeof o && (v as string | number) >= (o as string | number);
    },
    `must not be before ${other}`,
  );
}

/** Decimal in the database's canonical form for a column of this scale: "4000000" → "4000000.00". */
export function canonicalDecimal(value: string, scale: number): string;
export function canonicalDecimal(value: string | null | undefined, scale: number): string | null;
export function canonicalDecimal(value: string | null | undefined, scale: number): string | null {
  if (value === null || value === undefined) return null;
  const [int = '0', frac = ''] = value.split('.');
  const i = BigInt(int).toString();
  return scale === 0 ? i : `${i}.${frac.padEnd(scale, '0').slice(0, scale)}`;
}

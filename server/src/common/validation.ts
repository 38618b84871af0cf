import { validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

/** What type-graphql passes to class-validator for `validate: { forbidUnknownValues: false }`. */
const OPTIONS: ValidatorOptions = { forbidUnknownValues: false, skipMissingProperties: true };

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

/**
 * Argument validation with class-validator, as type-graphql's built-in `validate` does it (same
 * options, same objects, same ArgumentValidationError), set as the schema's `validateFn`: type-graphql
 * 2.0.0-rc imports class-validator anew for every argument of every call (`await import`, which also
 * copies its few hundred exports into a new namespace object), ~5 % of the CPU of a search request,
 * measured. Scalars are not validated, as before; an input object is, and each object of a list.
 */
export async function validateArgument(value: unknown): Promise<void> {
  if (!isObject(value)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(isObject).map((item) => validateOrReject(item, OPTIONS)));
    else await validateOrReject(value, OPTIONS);
  } catch (err) {
    throw new ArgumentValidationError(err as ValidationError[]);
  }
}

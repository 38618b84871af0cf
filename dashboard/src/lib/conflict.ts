// A stale save (CONFLICT): which fields someone else changed since the form was opened, which the user
// changed, and the values of both, so that nothing is overwritten without the user seeing it.

export type FormValue = string | boolean;

export interface ConflictRow {
  field: string;
  label: string;
  /** The value now in the atlas. */
  current: string;
  /** The user's value, or null when the user did not change the field. */
  yours: string | null;
  /** Someone else changed the field since the form was opened. */
  changedElsewhere: boolean;
}

export interface ConflictInput<D extends Record<string, FormValue>> {
  /** Form fields in the order shown, with their labels. */
  labels: Readonly<Partial<Record<keyof D & string, string>>>;
  /** The values the form was opened with. */
  base: D;
  draft: D;
  changedKeys: readonly (keyof D & string)[];
  /** The record as it is now, as form values (from the API's snapshot); absent fields are unknown. */
  current: Partial<D>;
  describe: (field: keyof D & string, value: FormValue) => string;
}

export function conflictRows<D extends Record<string, FormValue>>({
  labels,
  base,
  draft,
  changedKeys,
  current,
  describe,
}: ConflictInput<D>): ConflictRow[] {
  const rows: ConflictRow[] = [];
  for (const field of Object.keys(labels) as (keyof D & string)[]) {
    const now = current[field];
    if (now === undefined) continue;
    const mine = changedKeys.includes(field);
    const elsewhere = now !== base[field];
    if (!mine && !elsewhere) continue;
    const yours = draft[field];
    rows.push({
      field,
      label: labels[field] ?? field,
      current: describe(field, now),
      yours: mine && yours !== undefined ? describe(field, yours) : null,
      changedElsewhere: elsewhere,
    });
  }
  return rows;
}

/** A snapshot value as form text: null and absent are empty, numbers as written. */
export function snapshotText(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

export function snapshotFlag(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

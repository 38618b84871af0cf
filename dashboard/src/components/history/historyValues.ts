// How a history entry's fields read: "Belopp: ej rapporterad → 1 500 000,50", "Roll: Medlem → Samordnare".
// The API gives each change as the record's columns before and after (references as database keys).

import { formatDecimalInput } from '../../lib/decimalInput';
import { formatShare, formatText, type Lang } from '../../lib/format';
import { editEn } from '../../lib/locales/edit.en';
import { editSv } from '../../lib/locales/edit.sv';
import { en } from '../../lib/locales/en';
import { sv } from '../../lib/locales/sv';

/** Fields that point at another record by its database key: the entry says "changed", not the keys. */
const REFERENCES = new Set(['funder', 'programme', 'owner', 'coordinator', 'organisation', 'partnership', 'project']);

/** Bookkeeping that says nothing to a reader. */
const HIDDEN = new Set(['id', 'version', 'createdAt', 'updatedAt', 'searchKey', 'fileName']);

function lookup(map: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

export function isReference(field: string): boolean {
  return REFERENCES.has(field);
}

export function isShown(field: string): boolean {
  return !HIDDEN.has(field);
}

export function fieldLabel(field: string, lang: Lang): string {
  return lookup((lang === 'en' ? editEn : editSv).history.field, field) ?? field;
}

export function recordTypeLabel(recordType: string, lang: Lang): string {
  return lookup((lang === 'en' ? editEn : editSv).history.recordType, recordType) ?? recordType;
}

function enumLabel(recordType: string, field: string, value: string, lang: Lang): string | undefined {
  const main = lang === 'en' ? en : sv;
  const edit = lang === 'en' ? editEn : editSv;
  if (field === 'comparison') return lookup(edit.comparison, value);
  if (field === 'metric' || field === 'shareOf') return lookup(main.enums.outcomeMetric, value);
  if (field === 'status') return lookup(main.enums.projectStatus, value);
  if (field === 'role') {
    if (recordType === 'Membership') return lookup(main.enums.membershipRole, value);
    if (recordType === 'ProjectParticipant') return lookup(main.enums.participantRole, value);
    if (recordType === 'EventParticipant') return lookup(main.enums.eventRole, value);
  }
  if (field === 'kind') {
    if (recordType === 'Organisation') return lookup(main.enums.organisationKind, value);
    if (recordType === 'Outcome') return value === 'TARGET' ? edit.outcome.target : value === 'ACTUAL' ? edit.outcome.actual : undefined;
    if (recordType === 'Event') return lookup(main.enums.eventKind, value);
    if (recordType === 'Source') return lookup(main.enums.sourceKind, value);
  }
  return undefined;
}

/** One value of a snapshot as text for the reader. */
export function historyValue(recordType: string, field: string, value: unknown, lang: Lang): string {
  const edit = lang === 'en' ? editEn : editSv;
  if (value === null || value === undefined || value === '') {
    // an amount or a count that is missing was not reported; it is not zero
    return field === 'amount' || field === 'value' ? formatText(lang).notReported : '–';
  }
  if (typeof value === 'boolean') return value ? edit.form.yes : edit.form.no;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value))
    return value.map((item) => (typeof item === 'string' || typeof item === 'number' ? String(item) : JSON.stringify(item))).join(', ');
  if (typeof value !== 'string') return JSON.stringify(value);
  if (field === 'amount' || field === 'value') return formatDecimalInput(value, lang);
  if (field === 'share') return formatShare(Number(value), { lang });
  const named = enumLabel(recordType, field, value, lang);
  if (named) return named;
  return value.length > 240 ? `${value.slice(0, 239)}…` : value;
}

export interface FieldChange {
  field: string;
  label: string;
  /** Null for a reference: only that it changed is said. */
  before: string | null;
  after: string | null;
}

type Snapshot = Record<string, unknown> | null;

/** What an entry changed, field by field; for an addition, the values it was added with. */
export function describeChanges(
  entry: { action: string; recordType: string; changedFields: readonly string[]; before: unknown; after: unknown },
  lang: Lang,
): FieldChange[] {
  const before = (entry.before && typeof entry.before === 'object' ? entry.before : null) as Snapshot;
  const after = (entry.after && typeof entry.after === 'object' ? entry.after : null) as Snapshot;
  if (entry.action === 'DELETE') return [];
  return entry.changedFields
    .filter((field) => isShown(field))
    .filter((field) => entry.action !== 'CREATE' || !isReference(field))
    .map((field) => ({
      field,
      label: fieldLabel(field, lang),
      before: isReference(field) || entry.action === 'CREATE' ? null : historyValue(entry.recordType, field, before?.[field], lang),
      after: isReference(field) ? null : historyValue(entry.recordType, field, after?.[field], lang),
    }));
}

/** A name for the changed record from its own snapshot (name, key), when it has one. */
export function snapshotName(entry: { before: unknown; after: unknown }): string | null {
  for (const snapshot of [entry.after, entry.before]) {
    if (!snapshot || typeof snapshot !== 'object') continue;
    const record = snapshot as Record<string, unknown>;
    for (const field of ['name', 'title', 'key']) if (typeof record[field] === 'string' && record[field]) return record[field];
  }
  return null;
}

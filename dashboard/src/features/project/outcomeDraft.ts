// A target or actual as form values and back: a number as typed ("12,5") or a share as a percentage
// ("50" for half), never both. Pure, so it is tested on its own.

import { snapshotText } from '../../lib/conflict';
import { formatDecimalInput, parseDecimalInput, percentToShare } from '../../lib/decimalInput';
import type { Lang } from '../../lib/format';
import { parseDate, textValue } from '../../lib/formValues';
import { addProblem, type FieldProblems } from '../../lib/writeErrors';
import type { Comparison, OutcomeKind, OutcomeMetric } from '../../gql/graphql';
import { COMPARISONS, type Says } from './fundingDraft';

export const METRICS: readonly OutcomeMetric[] = [
  'PARTICIPANTS',
  'PARTICIPANTS_WOMEN',
  'INTO_WORK',
  'JOBS_CREATED',
  'ENTERPRISES_SUPPORTED',
  'STAFF',
];
export const OUTCOME_KINDS: readonly OutcomeKind[] = ['TARGET', 'ACTUAL'];

export type OutcomeDraft = {
  metric: string;
  kind: string;
  comparison: string;
  value: string;
  share: string;
  shareOf: string;
  periodStart: string;
  periodEnd: string;
  note: string;
};

export const emptyOutcomeDraft: OutcomeDraft = {
  metric: 'PARTICIPANTS',
  kind: 'TARGET',
  comparison: 'EXACTLY',
  value: '',
  share: '',
  shareOf: '',
  periodStart: '',
  periodEnd: '',
  note: '',
};

export interface OutcomeValues {
  metric: OutcomeMetric;
  kind: OutcomeKind;
  comparison: Comparison;
  value: string | null;
  share: string | null;
  shareOf: OutcomeMetric | null;
  periodStart: string | null;
  periodEnd: string | null;
  note: string | null;
}

/** The API's share 0–1 ("0.5000") as a percentage typed back into a field ("50", "12,5" in Swedish). Exact. */
export function shareToPercent(share: string | null | undefined, lang: Lang = 'sv'): string {
  if (share === null || share === undefined || share === '') return '';
  const match = /^(\d+)(?:\.(\d*))?$/.exec(share.trim());
  if (!match) return share;
  const [, int = '0', frac = ''] = match;
  const digits = int + frac.padEnd(2, '0');
  const point = int.length + 2;
  const intPart = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const fracPart = digits.slice(point).replace(/0+$/, '');
  return fracPart ? `${intPart}${lang === 'sv' ? ',' : '.'}${fracPart}` : intPart;
}

export interface OutcomeRecord {
  metric: OutcomeMetric;
  kind: OutcomeKind;
  comparison: Comparison;
  value: string | null;
  share: string | null;
  shareOf: OutcomeMetric | null;
  note: string | null;
}

/** An outcome as form values. The API does not give its period back, so the period fields start empty. */
export function outcomeDraft(outcome: OutcomeRecord, lang: Lang): OutcomeDraft {
  return {
    metric: outcome.metric,
    kind: outcome.kind,
    comparison: outcome.comparison,
    value: formatDecimalInput(outcome.value, lang),
    share: shareToPercent(outcome.share, lang),
    shareOf: outcome.shareOf ?? '',
    periodStart: '',
    periodEnd: '',
    note: outcome.note ?? '',
  };
}

export function outcomeDraftFromSnapshot(current: Record<string, unknown>, lang: Lang): Partial<OutcomeDraft> {
  const value = snapshotText(current.value);
  const share = snapshotText(current.share);
  return {
    metric: snapshotText(current.metric),
    kind: snapshotText(current.kind),
    comparison: snapshotText(current.comparison),
    value: value === undefined ? undefined : formatDecimalInput(value, lang),
    share: share === undefined ? undefined : shareToPercent(share, lang),
    shareOf: snapshotText(current.shareOf),
    note: snapshotText(current.note),
  };
}

export interface OutcomeSays extends Says {
  /** "Ange ett antal eller en andel, inte båda." */
  valueOrShare: string;
  /** "Välj vad andelen är av." */
  shareOfRequired: string;
}

/** The values to send, or each field's problems (named as the API names them). */
export function readOutcomeDraft(
  draft: OutcomeDraft,
  lang: Lang,
  says: OutcomeSays,
): { ok: true; values: OutcomeValues } | { ok: false; fields: FieldProblems } {
  let fields: FieldProblems = {};
  const problem = (field: string, message: string) => {
    fields = addProblem(fields, field, { message, server: false });
  };
  const metric = METRICS.find((m) => m === draft.metric);
  if (!metric) problem('metric', says.say('required'));
  const kind = OUTCOME_KINDS.find((k) => k === draft.kind);
  if (!kind) problem('kind', says.say('required'));
  const comparison = COMPARISONS.find((c) => c === draft.comparison);
  if (!comparison) problem('comparison', says.say('required'));
  const value = parseDecimalInput(draft.value, { scale: 2, integerDigits: 12, lang });
  if (!value.ok) problem('value', says.decimal(value.problem));
  const share = percentToShare(draft.share, lang);
  if (!share.ok) problem('share', share.problem === 'range' ? says.say('share') : says.decimal(share.problem));
  if (value.ok && share.ok && (value.value === null) === (share.value === null)) problem('value', says.valueOrShare);
  const shareOf = METRICS.find((m) => m === draft.shareOf) ?? null;
  if (share.ok && share.value !== null && !shareOf) problem('shareOf', says.shareOfRequired);
  const start = parseDate(draft.periodStart);
  const end = parseDate(draft.periodEnd);
  if (!start.ok) problem('periodStart', says.say('date'));
  if (!end.ok) problem('periodEnd', says.say('date'));
  if (start.ok && end.ok && start.value && end.value && end.value < start.value) problem('periodEnd', says.say('dateOrder'));
  const note = textValue(draft.note);
  if (note && note.length > 5000) problem('note', says.say('tooLong'));
  if (Object.keys(fields).length || !metric || !kind || !comparison || !value.ok || !share.ok || !start.ok || !end.ok)
    return { ok: false, fields };
  return {
    ok: true,
    values: {
      metric,
      kind,
      comparison,
      value: value.value,
      share: share.value,
      shareOf: share.value !== null ? shareOf : null,
      periodStart: start.value,
      periodEnd: end.value,
      note,
    },
  };
}

/**
 * What an edit sends: only the changed fields, except that a number and a share go together (one of
 * them is null), with what the share is of.
 */
export function changedOutcomeValues(values: OutcomeValues, changed: readonly (keyof OutcomeDraft)[]): Partial<OutcomeValues> {
  const keys = new Set<keyof OutcomeValues>(changed);
  if (keys.has('value') || keys.has('share') || keys.has('shareOf'))
    for (const key of ['value', 'share', 'shareOf'] as const) keys.add(key);
  const out: Partial<OutcomeValues> = {};
  for (const key of keys) (out as Record<string, unknown>)[key] = values[key];
  return out;
}

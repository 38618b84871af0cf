// A funding as form values and back: the amount as typed ("1 500 000,50") to the exact decimal the API
// takes ("1500000.50"), years to numbers, empty fields to null. Pure, so it is tested on its own.

import { snapshotFlag, snapshotText } from '../../lib/conflict';
import { formatDecimalInput, parseDecimalInput, type DecimalProblem } from '../../lib/decimalInput';
import type { Lang } from '../../lib/format';
import { parseYear, textValue, type ValueProblem } from '../../lib/formValues';
import { addProblem, type FieldProblems } from '../../lib/writeErrors';
import type { Comparison, FundingForm_FundingFragment } from '../../gql/graphql';

export const COMPARISONS: readonly Comparison[] = ['EXACTLY', 'APPROXIMATELY', 'AT_MOST', 'AT_LEAST', 'NEARLY'];

export type FundingDraft = {
  amount: string;
  currency: string;
  comparison: string;
  approximate: boolean;
  yearFrom: string;
  yearTo: string;
  note: string;
};

export interface FundingValues {
  amount: string | null;
  currency: string;
  comparison: Comparison;
  approximate: boolean;
  yearFrom: number | null;
  yearTo: number | null;
  note: string | null;
}

export const emptyFundingDraft: FundingDraft = {
  amount: '',
  currency: 'SEK',
  comparison: 'EXACTLY',
  approximate: false,
  yearFrom: '',
  yearTo: '',
  note: '',
};

export function fundingDraft(funding: FundingForm_FundingFragment, lang: Lang): FundingDraft {
  return {
    amount: formatDecimalInput(funding.money?.amount, lang),
    currency: funding.money?.currency ?? 'SEK',
    comparison: funding.comparison,
    approximate: funding.approximate,
    yearFrom: funding.yearFrom === null ? '' : String(funding.yearFrom),
    yearTo: funding.yearTo === null ? '' : String(funding.yearTo),
    note: funding.note ?? '',
  };
}

/** The record now (a CONFLICT's `current` snapshot) as form values, for showing beside the user's. */
export function fundingDraftFromSnapshot(current: Record<string, unknown>, lang: Lang): Partial<FundingDraft> {
  const amount = snapshotText(current.amount);
  return {
    amount: amount === undefined ? undefined : formatDecimalInput(amount, lang),
    currency: snapshotText(current.currency),
    comparison: snapshotText(current.comparison),
    approximate: snapshotFlag(current.approximate),
    yearFrom: snapshotText(current.yearFrom),
    yearTo: snapshotText(current.yearTo),
    note: snapshotText(current.note),
  };
}

export interface Says {
  say: (problem: ValueProblem) => string;
  decimal: (problem: DecimalProblem) => string;
}

/** The values to send, or each field's problems (named as the API names them). */
export function readFundingDraft(
  draft: FundingDraft,
  lang: Lang,
  { say, decimal }: Says,
): { ok: true; values: FundingValues } | { ok: false; fields: FieldProblems } {
  let fields: FieldProblems = {};
  const problem = (field: string, message: string) => {
    fields = addProblem(fields, field, { message, server: false });
  };
  const amount = parseDecimalInput(draft.amount, { scale: 2, integerDigits: 16, lang });
  if (!amount.ok) problem('amount', decimal(amount.problem));
  const currency = draft.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) problem('currency', say('currency'));
  const comparison = COMPARISONS.find((c) => c === draft.comparison);
  if (!comparison) problem('comparison', say('required'));
  const yearFrom = parseYear(draft.yearFrom);
  if (!yearFrom.ok) problem('yearFrom', say('year'));
  const yearTo = parseYear(draft.yearTo);
  if (!yearTo.ok) problem('yearTo', say('year'));
  if (yearFrom.ok && yearTo.ok && yearFrom.value !== null && yearTo.value !== null && yearTo.value < yearFrom.value)
    problem('yearTo', say('yearOrder'));
  const note = textValue(draft.note);
  if (note && note.length > 5000) problem('note', say('tooLong'));
  if (Object.keys(fields).length > 0 || !amount.ok || !yearFrom.ok || !yearTo.ok || !comparison) return { ok: false, fields };
  return {
    ok: true,
    values: {
      amount: amount.value,
      currency,
      comparison,
      approximate: draft.approximate,
      yearFrom: yearFrom.value,
      yearTo: yearTo.value,
      note,
    },
  };
}

/** Only what the user changed: fields left out keep their value in the API. */
export function changedFundingValues(values: FundingValues, changed: readonly (keyof FundingDraft)[]): Partial<FundingValues> {
  const out: Partial<FundingValues> = {};
  for (const key of changed) (out as Record<string, unknown>)[key] = values[key];
  return out;
}

import { formatDecimal, formatShare, parseDecimal, withComparison, type ComparisonKind, type Lang } from './format';

export type OutcomeMetric = 'ENTERPRISES_SUPPORTED' | 'INTO_WORK' | 'JOBS_CREATED' | 'PARTICIPANTS' | 'PARTICIPANTS_WOMEN' | 'STAFF';

export interface OutcomeFigure {
  comparison: ComparisonKind;
  /** A count, as the API's exact decimal string ("648.00"). */
  value: string | null;
  /** A share (0–1) of another metric ("0.5000"). */
  share: string | null;
  shareOf: OutcomeMetric | null;
}

/**
 * A target or actual as the sources state it: `högst 648`, `minst hälften av deltagarna`, `390`.
 * `ofMetric` names the metric a share is of ("av deltagarna"). Null when the figure has neither a
 * value nor a share.
 */
export function describeOutcome(outcome: OutcomeFigure, lang: Lang, ofMetric: (metric: OutcomeMetric) => string): string | null {
  const share = parseDecimal(outcome.share);
  if (share !== null) {
    const text = withComparison(formatShare(share, { lang }), outcome.comparison, lang);
    return outcome.shareOf ? `${text} ${ofMetric(outcome.shareOf)}` : text;
  }
  const value = parseDecimal(outcome.value);
  if (value === null) return null;
  return withComparison(formatDecimal(value, 2, { lang }), outcome.comparison, lang);
}

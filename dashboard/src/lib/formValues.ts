// Form fields as typed (strings) to the values the API takes, with the dashboard's own checks: what is
// certainly wrong is said at once, in the reader's language; the API checks everything again.

import { addProblem, type FieldProblems } from './writeErrors';

export type ValueProblem = 'required' | 'year' | 'yearOrder' | 'date' | 'dateOrder' | 'url' | 'tooLong' | 'currency' | 'share';

/** Translates a problem code for the field it is on. */
export type Say = (problem: ValueProblem) => string;

/** Trimmed text, or null for an empty field (which clears the value). */
export function textValue(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** A year 1900–2100, or null for an empty field. */
export function parseYear(text: string): { ok: true; value: number | null } | { ok: false } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (!/^\d{4}$/.test(trimmed)) return { ok: false };
  const year = Number(trimmed);
  return year >= 1900 && year <= 2100 ? { ok: true, value: year } : { ok: false };
}

/** A calendar date YYYY-MM-DD that exists, or null for an empty field. */
export function parseDate(text: string): { ok: true; value: string | null } | { ok: false } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (!match) return { ok: false };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? { ok: true, value: trimmed } : { ok: false };
}

export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The source a write names: an existing one by key, or a new one; with the quote that states the fact. */
export interface SourceDraft {
  mode: 'existing' | 'new';
  key: string;
  title: string;
  publisher: string;
  publishedOn: string;
  url: string;
  quote: string;
}

export function emptySourceDraft(key = ''): SourceDraft {
  return { mode: 'existing', key, title: '', publisher: '', publishedOn: '', url: '', quote: '' };
}

export interface SourceRef {
  key?: string;
  new?: { title: string; publisher: string; publishedOn?: string | null; url?: string | null };
  quote?: string | null;
}

/** The `source` of a write (SourceRefInput), or the problems of its fields named as the API names them. */
export function toSourceRef(draft: SourceDraft, say: Say): { ok: true; value: SourceRef } | { ok: false; fields: FieldProblems } {
  let fields: FieldProblems = {};
  const problem = (field: string, code: ValueProblem) => {
    fields = addProblem(fields, field, { message: say(code), server: false });
  };
  const quote = textValue(draft.quote);
  if (quote && quote.length > 2000) problem('source.quote', 'tooLong');

  if (draft.mode === 'existing') {
    const key = draft.key.trim();
    if (!key) problem('source.key', 'required');
    return Object.keys(fields).length ? { ok: false, fields } : { ok: true, value: { key, quote } };
  }

  const title = draft.title.trim();
  const publisher = draft.publisher.trim();
  if (!title) problem('source.new.title', 'required');
  else if (title.length > 500) problem('source.new.title', 'tooLong');
  if (!publisher) problem('source.new.publisher', 'required');
  else if (publisher.length > 200) problem('source.new.publisher', 'tooLong');
  const published = parseDate(draft.publishedOn);
  if (!published.ok) problem('source.new.publishedOn', 'date');
  const url = textValue(draft.url);
  if (url && !isHttpUrl(url)) problem('source.new.url', 'url');
  if (Object.keys(fields).length || !published.ok) return { ok: false, fields };
  return { ok: true, value: { new: { title, publisher, publishedOn: published.value, url }, quote } };
}

/** Only what the user changed, from the values read off a form: fields left out keep their value in the API. */
export function changedValues<V extends object>(values: V, changed: readonly string[]): Partial<V> {
  const out: Partial<V> = {};
  for (const key of changed) if (key in values) (out as Record<string, unknown>)[key] = (values as Record<string, unknown>)[key];
  return out;
}

import { describe, expect, it } from 'vitest';
import { emptySourceDraft, parseDate, parseYear, textValue, toSourceRef } from './formValues';

const say = (code: string) => `!${code}`;

describe('form values', () => {
  it('reads an empty text field as null (clears the value)', () => {
    expect(textValue('  ')).toBeNull();
    expect(textValue(' Ekonomisk förening ')).toBe('Ekonomisk förening');
  });

  it('takes years 1900–2100 and real dates only', () => {
    expect(parseYear('2017')).toEqual({ ok: true, value: 2017 });
    expect(parseYear('')).toEqual({ ok: true, value: null });
    expect(parseYear('17')).toEqual({ ok: false });
    expect(parseYear('2200')).toEqual({ ok: false });
    expect(parseDate('2018-04-04')).toEqual({ ok: true, value: '2018-04-04' });
    expect(parseDate('2018-02-30')).toEqual({ ok: false });
    expect(parseDate('4/4/2018')).toEqual({ ok: false });
  });
});

describe('toSourceRef', () => {
  it('names an existing source by key, with the quote', () => {
    expect(toSourceRef({ ...emptySourceDraft('seed-003'), quote: ' Region Gävleborg ' }, say)).toEqual({
      ok: true,
      value: { key: 'seed-003', quote: 'Region Gävleborg' },
    });
  });

  it('requires a source: a fact without one is refused before it is sent', () => {
    expect(toSourceRef(emptySourceDraft(), say)).toEqual({
      ok: false,
      fields: { 'source.key': [{ message: '!required', server: false }] },
    });
  });

  it('adds a new source with title, publisher and date, naming each missing part as the API does', () => {
    const draft = {
      ...emptySourceDraft(),
      mode: 'new' as const,
      title: 'Årsredovisning 2018',
      publisher: 'Region Gävleborg',
      publishedOn: '2019-03-01',
    };
    expect(toSourceRef(draft, say)).toEqual({
      ok: true,
      value: { new: { title: 'Årsredovisning 2018', publisher: 'Region Gävleborg', publishedOn: '2019-03-01', url: null }, quote: null },
    });
    const missing = toSourceRef({ ...emptySourceDraft(), mode: 'new', publishedOn: 'i fjol', url: 'ftp://x' }, say);
    expect(missing.ok).toBe(false);
    if (!missing.ok)
      expect(Object.keys(missing.fields).sort()).toEqual([
        'source.new.publishedOn',
        'source.new.publisher',
        'source.new.title',
        'source.new.url',
      ]);
  });
});

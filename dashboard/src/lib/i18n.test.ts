import { describe, expect, it } from 'vitest';
import { parseLang, withLang } from './i18n';

describe('withLang', () => {
  it('adds lang=en and keeps the other parameters', () => {
    expect(withLang('/regions/SE.OR?year=2018#funding', 'en')).toBe('/regions/SE.OR?year=2018&lang=en#funding');
  });

  it('drops the parameter for Swedish, the default', () => {
    expect(withLang('/search?q=cesam&lang=en', 'sv')).toBe('/search?q=cesam');
  });
});

describe('parseLang', () => {
  it('falls back to Swedish for anything but en', () => {
    expect(parseLang('en')).toBe('en');
    expect(parseLang('de')).toBe('sv');
    expect(parseLang(null)).toBe('sv');
  });
});

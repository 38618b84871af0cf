import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Lang } from './format';
import { en } from './locales/en';
import type { EditMessages } from './locales/edit.sv';
import { sv, type Messages } from './locales/sv';

// The language lives in the URL (`?lang=en`); Swedish is the default and has no parameter.

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // `edit`: the strings of signing in, editing, history and import, registered by lib/i18n-edit.ts
    // when that code loads, so that the start page does not carry them.
    resources: { translation: Messages; edit: EditMessages };
  }
}

export function parseLang(value: string | null | undefined): Lang {
  return value === 'en' ? 'en' : 'sv';
}

void i18n.use(initReactI18next).init({
  resources: { sv: { translation: sv }, en: { translation: en } },
  lng: parseLang(new URLSearchParams(globalThis.location?.search).get('lang')),
  fallbackLng: 'sv',
  supportedLngs: ['sv', 'en'],
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
});

export { i18n };

/** The language the page is shown in. */
export function useLang(): Lang {
  return parseLang(useTranslation().i18n.resolvedLanguage);
}

/** Adds (or, for Swedish, removes) `lang` on an app-internal href such as `/regions/SE.OR?year=2018`. */
export function withLang(href: string, lang: Lang): string {
  const url = new URL(href, 'http://atlas.invalid');
  if (lang === 'en') url.searchParams.set('lang', 'en');
  else url.searchParams.delete('lang');
  return url.pathname + url.search + url.hash;
}

import { useTranslation } from 'react-i18next';
import { i18n } from './i18n';
import { editEn } from './locales/edit.en';
import { editSv } from './locales/edit.sv';

// The `edit` namespace is added when the first module that needs it loads (sign-in, edit forms,
// history, import: all in lazily loaded chunks), both languages at once.
if (!i18n.hasResourceBundle('sv', 'edit')) {
  i18n.addResourceBundle('sv', 'edit', editSv);
  i18n.addResourceBundle('en', 'edit', editEn);
}

/** `t` for the strings of signing in, editing, history and import. */
export function useEditTranslation() {
  return useTranslation('edit');
}

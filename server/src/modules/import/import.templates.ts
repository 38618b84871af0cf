import type { ImportKind } from './import.entity.js';
import { KINDS } from './import.kinds.js';

export const MATCHED_BY: Record<ImportKind, string> = {
  organisations: 'organisationsnummer when given, else slug (made from the name when empty)',
  projects: 'slug (made from the name when empty)',
  fundings: 'key',
  outcomes: 'project + metric + kind + comparison',
  memberships: 'partnership + organisation + role',
};

function cell(value: string, separator: string): string {
  return /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A template to fill in: the header row and one example row. English headers with `,`; Swedish headers
 * with `;` and a BOM, as Excel in Sweden opens and saves CSV. Either is accepted on upload.
 */
export function templateCsv(kind: ImportKind, lang: 'en' | 'sv'): string {
  const separator = lang === 'sv' ? ';' : ',';
  const columns = KINDS[kind].columns;
  const header = columns.map((c) => cell(lang === 'sv' ? c.sv : c.key, separator)).join(separator);
  const example = columns
    .map((c) => cell(lang === 'sv' && /^\d+\.\d+$/.test(c.example) ? c.example.replace('.', ',') : c.example, separator))
    .join(separator);
  return `${lang === 'sv' ? '\uFEFF' : ''}${header}\r\n${example}\r\n`;
}

/** Lowercase ASCII with diacritics folded (Örebro → orebro, Hällefors → hallefors, é → e). */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}

/** URL-safe slug: lowercase ASCII, å/ä→a, ö→o, é→e, any other run of non-alphanumerics → '-'. */
export function slugify(text: string): string {
  return foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The key search matches against: folded, with whitespace collapsed. */
export function searchKey(...parts: (string | null | undefined)[]): string {
  return foldDiacritics(parts.filter(Boolean).join(' ')).replace(/\s+/g, ' ').trim();
}

/** Text with LIKE's wildcards (and its escape character) escaped. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A LIKE pattern matching `text` anywhere in a search key, with LIKE wildcards in the text escaped. */
export function containsPattern(text: string): string {
  return `%${likeEscape(searchKey(text))}%`;
}

const swedish = new Intl.Collator('sv', { sensitivity: 'base' });

/** Sorts by name in Swedish alphabetical order (… Y, Z, Å, Ä, Ö), which the database's C collation does not. */
export function sortBySwedishName<T extends { name: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => swedish.compare(a.name, b.name));
}

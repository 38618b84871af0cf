/** Lower case without diacritics: "Hällefors" and "hallefors" compare equal, as they do in the API's search. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('sv');
}

/** True when every word of the query occurs in one of the texts (case and diacritics ignored). */
export function matchesText(query: string, texts: readonly (string | null | undefined)[]): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldText(texts.filter(Boolean).join(' '));
  return words.every((word) => haystack.includes(word));
}

import { describe, expect, it } from 'vitest';
import { foldText, matchesText } from './matchText';

describe('matchesText', () => {
  it('ignores case and diacritics', () => {
    expect(foldText('Miljövårdscentrum')).toBe('miljovardscentrum');
    expect(matchesText('miljovard', ['Miljövårdscentrum'])).toBe(true);
    expect(matchesText('ÖREBRO', ['Re:form', 'Örebro'])).toBe(true);
  });

  it('needs every word, in any of the texts', () => {
    expect(matchesText('aniara fastighet', ['Aniara maskin och fastighet', null])).toBe(true);
    expect(matchesText('aniara förening', ['Aniara maskin och fastighet', 'Aktiebolag'])).toBe(false);
  });

  it('matches everything when the query is empty', () => {
    expect(matchesText('  ', ['Mohass'])).toBe(true);
  });
});

import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { groupCitations, SourcesButton, SourcesProvider, type Citation } from './Sources';

const seed000 = {
  __typename: 'Source' as const,
  id: 'U291cmNlOjE',
  key: 'seed-000',
  title: 'Region Örebro län: Fler långt från arbetsmarknaden ska få jobb',
  publisher: 'Region Örebro län',
  kind: 'NEWS' as const,
  url: null,
  publishedText: 'c. 2017',
  published: { __typename: 'DateValue' as const, date: '2017-01-01', approximate: true },
};

const citations: Citation[] = [
  { __typename: 'Citation', quote: 'de omfattar totalt cirka fyra miljoner kronor', source: seed000 },
  { __typename: 'Citation', quote: 'Projekten finansieras av Tillväxtverket', source: seed000 },
  { __typename: 'Citation', quote: 'de omfattar totalt cirka fyra miljoner kronor', source: seed000 },
];

describe('groupCitations', () => {
  it('lists each source once with each of its quotes once', () => {
    const groups = groupCitations(citations);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.quotes).toEqual(['de omfattar totalt cirka fyra miljoner kronor', 'Projekten finansieras av Tillväxtverket']);
  });
});

describe('SourcesButton', () => {
  it('opens the panel with the source’s title, publisher, date and quote', () => {
    render(
      <SourcesProvider>
        <SourcesButton subject="Finansiering, Örebro län" citations={citations} details={['Innehåller en ungefärlig uppgift.']} />
      </SourcesProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: '1 källa' }));
    const panel = screen.getByRole('dialog', { name: 'Källor' });
    expect(within(panel).getByText('Finansiering, Örebro län')).toBeTruthy();
    expect(within(panel).getByText('Innehåller en ungefärlig uppgift.')).toBeTruthy();
    expect(within(panel).getByText(seed000.title)).toBeTruthy();
    expect(panel.textContent).toContain('Region Örebro län · ca 2017 · Nyhet');
    expect(within(panel).getByText('”Projekten finansieras av Tillväxtverket”')).toBeTruthy();
  });
});

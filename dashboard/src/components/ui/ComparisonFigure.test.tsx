import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ComparisonFigureCell, figureText, type ComparisonFigureData } from './ComparisonFigure';
import { SourcesProvider } from './Sources';

function figure(extra: Partial<ComparisonFigureData>): ComparisonFigureData {
  return {
    __typename: 'ComparisonFigure',
    value: null,
    status: 'NOT_REPORTED',
    approximate: false,
    shared: false,
    comparison: null,
    unit: 'SEK',
    recordCount: 1,
    unreportedCount: 1,
    note: null,
    perInhabitant: null,
    sources: [],
    ...extra,
  };
}

const funding = figure({
  value: '54000000.00',
  status: 'APPROXIMATE',
  approximate: true,
  shared: true,
  comparison: 'APPROXIMATELY',
  recordCount: 4,
  unreportedCount: 2,
});

describe('figureText', () => {
  it('marks an approximate, shared amount: ca 54 mnkr †', () => {
    expect(figureText(funding, 54_000_000, 'sekCompact', 'sv')).toBe('ca 54\u00a0mnkr †');
  });

  it('says "nästan 30" for a stated size, without a second "ca"', () => {
    const size = figure({ value: '30', status: 'APPROXIMATE', approximate: true, comparison: 'NEARLY', unit: 'COUNT' });
    expect(figureText(size, 30, 'integer', 'sv')).toBe('nästan 30');
    expect(figureText(size, 30, 'integer', 'en')).toBe('nearly 30');
  });
});

describe('ComparisonFigureCell', () => {
  it('shows a funding that was not reported as "ej rapporterad", with a button to what is known about it', () => {
    render(
      <SourcesProvider>
        <ComparisonFigureCell figure={figure({})} basis="total" subject="Finansiering, Dalarnas län" />
      </SourcesProvider>,
    );
    const button = screen.getByRole('button', { name: /ej rapporterad/ });
    expect(button.querySelector('.not-reported')).not.toBeNull();
  });

  it('shows 0 as 0, not as "ej rapporterad"', () => {
    render(
      <ComparisonFigureCell
        figure={figure({ value: '0', status: 'REPORTED', unit: 'COUNT', unreportedCount: 0 })}
        basis="total"
        subject="Projekt"
      />,
    );
    expect(screen.getByText('0')).toBeTruthy();
    expect(screen.queryByText('ej rapporterad')).toBeNull();
  });

  it('says how many fundings lack an amount beside the sum', () => {
    render(<ComparisonFigureCell figure={funding} basis="total" subject="Finansiering, Örebro län" />);
    expect(screen.getByText('+ 2 utan belopp')).toBeTruthy();
  });
});

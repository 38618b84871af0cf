import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CountyMap } from './CountyMap';

// The chart itself is drawn by ECharts in a browser (see e2e/); here it never finishes loading.
vi.mock('../../lib/echarts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../lib/echarts')>()),
  loadECharts: () => new Promise(() => {}),
}));

const values = [
  { mapId: 'SE.OR', label: 'Örebro län', value: 298_983 },
  { mapId: 'SE.VN', label: 'Västernorrlands län', value: null },
];

describe('CountyMap', () => {
  it('names the chart and lists its data in a table, with a missing value as "ej rapporterad"', () => {
    render(<CountyMap title="Folkmängd per län" values={values} />);
    expect(screen.getByRole('img', { name: 'Folkmängd per län' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Folkmängd per län' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]?.textContent).toMatch(/^Örebro län298[\u00a0\u202f]983$/);
    expect(rows[2]?.textContent).toBe('Västernorrlands länej rapporterad');
  });

  it('has legend entries for not reported and for counties outside the comparison', () => {
    render(<CountyMap title="Folkmängd per län" values={values} />);
    const entries = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(entries.map((entry) => entry.textContent?.trim())).toEqual(['ej rapporterad', 'ingår inte']);
  });

  it('lets a keyboard user select a county from the table', () => {
    const onSelect = vi.fn();
    render(<CountyMap title="Folkmängd per län" values={values} onSelect={onSelect} />);
    fireEvent.click(screen.getByRole('button', { name: 'Västernorrlands län' }));
    expect(onSelect).toHaveBeenCalledWith('SE.VN');
  });
});

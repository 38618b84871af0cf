import { fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { listParam, useUrlState, useUrlUpdate } from './useUrlState';

function RegionPicker() {
  const [regions, setRegions] = useUrlState('regions', listParam);
  const location = useLocation();
  return (
    <>
      <button type="button" onClick={() => setRegions([...regions, 'SE.ST'])}>
        Lägg till Stockholm
      </button>
      <button type="button" onClick={() => setRegions([])}>
        Rensa
      </button>
      <output>{location.search}</output>
    </>
  );
}

function renderAt(url: string) {
  const router = createMemoryRouter([{ path: '/', element: <RegionPicker /> }], { initialEntries: [url] });
  render(<RouterProvider router={router} />);
}

describe('useUrlState', () => {
  it('writes the selection to the query string and keeps the language', () => {
    renderAt('/?lang=en&regions=SE.OR');
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till Stockholm' }));
    expect(screen.getByRole('status').textContent).toBe('?lang=en&regions=SE.OR%2CSE.ST');
  });

  it('removes the parameter when the selection is empty', () => {
    renderAt('/?regions=SE.OR&lang=en');
    fireEvent.click(screen.getByRole('button', { name: 'Rensa' }));
    expect(screen.getByRole('status').textContent).toBe('?lang=en');
  });
});

function PeriodPicker() {
  const update = useUrlUpdate();
  const location = useLocation();
  return (
    <>
      <button type="button" onClick={() => update({ from: '2016', to: '2019', funder: null })}>
        2016–2019
      </button>
      <output>{location.search}</output>
    </>
  );
}

describe('useUrlUpdate', () => {
  it('sets and removes several parameters in one step, keeping the others', () => {
    const router = createMemoryRouter([{ path: '/', element: <PeriodPicker /> }], { initialEntries: ['/?lang=en&funder=tillvaxtverket'] });
    render(<RouterProvider router={router} />);
    fireEvent.click(screen.getByRole('button', { name: '2016–2019' }));
    expect(screen.getByRole('status').textContent).toBe('?lang=en&from=2016&to=2019');
  });
});

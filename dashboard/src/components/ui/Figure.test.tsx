import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Figure } from './Figure';

describe('Figure', () => {
  it('shows a missing amount as "ej rapporterad", styled apart and explained', () => {
    render(<Figure value={null} kind="sek" />);
    const figure = screen.getByText('ej rapporterad');
    expect(figure.className).toBe('not-reported');
    expect(figure.getAttribute('title')).toMatch(/inte noll/);
  });

  it('shows 0 as 0 kr, not as "ej rapporterad"', () => {
    const { container } = render(<Figure value={0} kind="sek" />);
    expect(container.textContent).toMatch(/^0[\u00a0\u202f]kr$/);
    expect(container.querySelector('.not-reported')).toBeNull();
  });

  it('marks an approximate amount with ca', () => {
    const { container } = render(<Figure value={2_000_000} kind="sekCompact" approximate />);
    expect(container.textContent).toBe('ca 2\u00a0mnkr');
    expect(container.querySelector('.figure--approx')).not.toBeNull();
  });

  it('marks a shared amount with a footnote symbol and a spoken explanation', () => {
    const { container } = render(<Figure value={500_000} kind="sek" shared />);
    expect(container.querySelector('sup')?.textContent).toBe('† (delat belopp)');
  });
});

import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { of } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { DeleteFunding } from './FundingForm';

// The delete of a funding against an Apollo client whose link answers like the API: what is sent, and
// how each refusal is said.

type Answer = { data?: Record<string, unknown>; errors?: { message: string; extensions: Record<string, unknown> }[] };

function setup(answer: Answer) {
  const sent: Record<string, unknown>[] = [];
  const link = new ApolloLink((operation) => {
    if (operation.operationName === 'DeleteFunding') {
      sent.push(operation.variables);
      return of(answer);
    }
    return of({ data: {} });
  });
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  const onDone = vi.fn();
  const onReload = vi.fn(() => Promise.resolve());
  render(
    <ApolloProvider client={client}>
      <DeleteFunding funding={{ id: 'RnVuZGluZzo0', version: 3 }} otherProjects={1} onReload={onReload} onDone={onDone} />
    </ApolloProvider>,
  );
  return { sent, onDone, onReload };
}

describe('DeleteFunding (DeleteRecord)', () => {
  it('deletes the version the page shows, and says when the funding covers other projects too', async () => {
    const { sent, onDone } = setup({ data: { deleteFunding: { __typename: 'DeletePayload', deletedId: 'RnVuZGluZzo0' } } });
    expect(screen.getByText(/också från det andra projekt den täcker/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort finansieringen' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(sent).toEqual([{ input: { id: 'RnVuZGluZzo0', version: 3 } }]);
  });

  it('shows a refusal naming what still points at the record, in the API’s words, and deletes nothing', async () => {
    const message = 'The funding cannot be deleted: Citation:12 still point at it. Remove or change those first.';
    const { onDone } = setup({ errors: [{ message, extensions: { code: 'CONFLICT', references: ['Citation:12'] } }] });
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort finansieringen' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading').textContent).toBe('Posten kan inte tas bort');
    expect(alert.textContent).toContain('Andra poster pekar fortfarande på den');
    expect(alert.textContent).toContain(`API:et svarar: ${message}`);
    expect((screen.getByRole('button', { name: 'Ta bort finansieringen' }) as HTMLButtonElement).disabled).toBe(true);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('on a stale version says the record changed and offers to reload', async () => {
    const { onReload } = setup({
      errors: [{ message: 'The funding was changed', extensions: { code: 'CONFLICT', field: 'version', currentVersion: 4 } }],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort finansieringen' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Posten har ändrats');
    fireEvent.click(within(alert).getByRole('button', { name: 'Ladda om' }));
    expect(onReload).toHaveBeenCalled();
  });
});

import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { of } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import type { FundingForm_FundingFragment } from '../../gql/graphql';
import { FundingForm } from './FundingForm';

// The form against a real Apollo client whose link answers like the API: what the form sends, and how
// it shows what the API says back.

type Answer = { data?: Record<string, unknown>; errors?: { message: string; extensions: Record<string, unknown> }[] };

const sources = {
  sources: {
    __typename: 'SourceConnection',
    totalCount: 1,
    nodes: [
      {
        __typename: 'Source',
        id: 'U291cmNlOjQ',
        key: 'seed-003',
        title: 'Regionala projekt för ökad sysselsättning',
        publisher: 'Tillväxtverket',
      },
    ],
  },
};

const funding: FundingForm_FundingFragment = {
  __typename: 'Funding',
  id: 'RnVuZGluZzo0',
  version: 1,
  key: 'asf-2017-2018-region-gavleborg',
  comparison: 'EXACTLY',
  approximate: false,
  yearFrom: 2017,
  yearTo: 2018,
  note: null,
  money: null,
  funder: { __typename: 'Organisation', name: 'Tillväxtverket' },
};

function setup(answerUpdate: (variables: Record<string, unknown>) => Answer) {
  const sent: Record<string, unknown>[] = [];
  const link = new ApolloLink((operation) => {
    if (operation.operationName === 'SourceOptions') return of({ data: sources });
    if (operation.operationName === 'UpdateFunding') {
      sent.push(operation.variables);
      return of(answerUpdate(operation.variables));
    }
    return of({ data: {} });
  });
  const client = new ApolloClient({ link, cache: new InMemoryCache(), dataMasking: false });
  const onDone = vi.fn();
  render(
    <ApolloProvider client={client}>
      <FundingForm funding={funding} onReload={() => Promise.resolve()} onDone={onDone} />
    </ApolloProvider>,
  );
  return { sent, onDone };
}

async function fillAndSave(amount: string) {
  fireEvent.change(screen.getByRole('textbox', { name: /^Belopp/ }), { target: { value: amount } });
  const source = await screen.findByRole('combobox', { name: 'Källa' });
  await waitFor(() => expect(within(source).getAllByRole('option')).toHaveLength(2));
  fireEvent.change(source, { target: { value: 'seed-003' } });
  fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
}

const updated = (variables: Record<string, unknown>): Answer => {
  const input = variables.input as { amount: string };
  return {
    data: {
      updateFunding: {
        ...funding,
        version: 2,
        amountStatus: 'REPORTED',
        shared: false,
        money: { __typename: 'Money', amount: input.amount, currency: 'SEK' },
        programme: null,
        projects: [],
        sources: [],
        funder: { __typename: 'Organisation', slug: 'tillvaxtverket', name: 'Tillväxtverket' },
      },
    },
  };
};

describe('FundingForm', () => {
  it('sends an amount typed with a decimal comma as an exact decimal, with only the changed field and the version', async () => {
    const { sent, onDone } = setup(updated);
    expect(screen.getByText('Visas som ej rapporterad')).toBeTruthy();
    await fillAndSave('1 500 000,50');
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(sent).toEqual([{ input: { id: funding.id, version: 1, source: { key: 'seed-003', quote: null }, amount: '1500000.50' } }]);
  });

  it('refuses what it can tell is wrong before sending anything, next to the field', async () => {
    const { sent } = setup(updated);
    await fillAndSave('1,234');
    const amount = screen.getByRole('textbox', { name: /^Belopp/ });
    await waitFor(() => expect(amount.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getAllByText('Högst två decimaler.').length).toBeGreaterThan(0);
    expect(sent).toEqual([]);
  });

  it('shows the API’s problem next to the field it names, and in the summary', async () => {
    setup(() => ({
      errors: [
        {
          message: 'Invalid argument — amount: must be an exact decimal',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'amount',
            fields: [{ field: 'amount', problems: ['must be an exact decimal ≥ 0 with at most 2 decimals'] }],
          },
        },
      ],
    }));
    await fillAndSave('4 000 000');
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Ändringen sparades inte');
    expect(within(summary).getByRole('link', { name: 'Belopp' })).toBeTruthy();
    const amount = screen.getByRole('textbox', { name: /^Belopp/ });
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    const problem = document.getElementById(amount.getAttribute('aria-describedby')!.split(' ').at(-1)!);
    expect(problem?.textContent).toBe('API:et svarar: must be an exact decimal ≥ 0 with at most 2 decimals');
  });

  it('on a stale version shows the values now in the atlas beside the user’s, and saves nothing', async () => {
    const { onDone } = setup(() => ({
      errors: [
        {
          message: 'The funding was changed by someone else since you loaded it',
          extensions: {
            code: 'CONFLICT',
            field: 'version',
            currentVersion: 2,
            current: {
              amount: '2000000.00',
              currency: 'SEK',
              comparison: 'AT_MOST',
              approximate: false,
              yearFrom: 2017,
              yearTo: 2018,
              note: null,
              version: 2,
            },
          },
        },
      ],
    }));
    await fillAndSave('1 500 000');
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('Någon annan har ändrat posten');
    expect(notice.textContent).toContain('du utgick från version 1, nu är den version 2');
    const rows = within(notice)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toContain('Belopp2 000 0001 500 000');
    expect(rows).toContain('Hur exakthögst–');
    expect(within(notice).getByRole('button', { name: 'Ladda om och behåll mina ändringar' })).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
  });
});

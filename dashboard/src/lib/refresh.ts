import type { ApolloClient } from '@apollo/client';
import { useSyncExternalStore } from 'react';

// After a write, what is on screen is fetched again and everything else in the cache is dropped: a
// changed amount moves the region comparison, a region page, a network, all of which may be cached.
// Views that load outside Apollo's watched queries (the history panel) follow `useDataVersion`.

let dataVersion = 0;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A number that grows with every write and every sign-in or sign-out made in this tab. */
export function useDataVersion(): number {
  return useSyncExternalStore(subscribe, () => dataVersion);
}

export function bumpDataVersion(): void {
  dataVersion += 1;
  for (const listener of listeners) listener();
}

/** Root fields (project, regionComparison, ...) that the queries now on screen read. */
function activeRootFields(client: ApolloClient): Set<string> {
  const fields = new Set<string>();
  for (const query of client.getObservableQueries('active')) {
    for (const definition of query.query.definitions) {
      if (definition.kind !== 'OperationDefinition') continue;
      for (const selection of definition.selectionSet.selections) if (selection.kind === 'Field') fields.add(selection.name.value);
    }
  }
  return fields;
}

/** Refetches the queries on screen and forgets every other cached answer, which may now be stale. */
export async function refreshAfterWrite(client: ApolloClient): Promise<void> {
  const keep = activeRootFields(client);
  client.cache.modify({ id: 'ROOT_QUERY', fields: (value, { fieldName, DELETE }) => (keep.has(fieldName) ? value : DELETE) });
  client.cache.gc();
  await client.refetchQueries({ include: 'active' });
  bumpDataVersion();
}

/** After signing in or out: nothing cached may be shown to the next user; `me` and the page load again. */
export async function resetAfterSessionChange(client: ApolloClient): Promise<void> {
  await client.resetStore();
  bumpDataVersion();
}

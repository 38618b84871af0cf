import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { ViewerQuery } from '../gql/graphql';

// Who is signed in (the session cookie is httpOnly: only the API can tell). Every view that shows edit
// controls asks here; after signing in or out the store is reset, and this query runs again.

export const ViewerDocument = graphql(`
  query Viewer {
    me {
      id
      email
      displayName
      role
      partnershipIds
    }
  }
`);

export type Viewer = NonNullable<ViewerQuery['me']>;

/** The signed-in user, or null when anonymous (also while the answer is on its way, or when it failed). */
export function useViewer(): { viewer: Viewer | null; loading: boolean } {
  const { data, loading } = useQuery(ViewerDocument, { fetchPolicy: 'cache-first' });
  return { viewer: data?.me ?? null, loading };
}

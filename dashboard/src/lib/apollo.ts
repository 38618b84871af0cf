import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri: '/graphql',
      // Apollo Server's CSRF prevention accepts a request that carries this header.
      headers: { 'apollo-require-preflight': 'true' },
    }),
    cache: new InMemoryCache(),
    // Components read their own fields through colocated fragments (useFragment).
    dataMasking: true,
  });
}

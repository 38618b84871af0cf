import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri: '/graphql',
      // The session is an httpOnly cookie of this origin: send it (the API is served from the same origin).
      credentials: 'same-origin',
      // Apollo Server's CSRF prevention accepts a request that carries this header.
      headers: { 'apollo-require-preflight': 'true' },
    }),
    cache: new InMemoryCache(),
    // Off: a view passes its query's data down; each component still declares the fields it renders
    // in a colocated fragment, which the view's query spreads.
    dataMasking: false,
  });
}

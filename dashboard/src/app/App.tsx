import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router/dom';
import { ErrorBoundary } from '../components/ui/ErrorBoundary';
import { createApolloClient } from '../lib/apollo';
import { createRouter } from './router';

const client = createApolloClient();
const router = createRouter();

export function App() {
  return (
    <ErrorBoundary>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </ErrorBoundary>
  );
}

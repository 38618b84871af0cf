import { createBrowserRouter, type RouteObject } from 'react-router';
import { Loading } from '../components/ui/Loading';
import { RegionComparisonPage } from '../features/region-comparison/RegionComparisonPage';
import { Layout } from './Layout';
import { NotFound, RouteError } from './RouteError';

// The start page is in the first chunk; every other view loads when it is first visited.
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    // shown on a first visit straight to a lazily loaded view, until its code has arrived
    hydrateFallbackElement: <Loading />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <RegionComparisonPage /> },
          {
            path: 'regions/:code',
            lazy: async () => ({ Component: (await import('../features/region/RegionPage')).RegionPage }),
          },
          {
            path: 'projects/:slug',
            lazy: async () => ({ Component: (await import('../features/project/ProjectPage')).ProjectPage }),
          },
          {
            path: 'organisations/:slug',
            lazy: async () => ({ Component: (await import('../features/organisation/OrganisationPage')).OrganisationPage }),
          },
          {
            path: 'partnerships/:slug',
            lazy: async () => ({ Component: (await import('../features/partnership/PartnershipPage')).PartnershipPage }),
          },
          {
            path: 'enterprises',
            lazy: async () => ({ Component: (await import('../features/enterprises/EnterprisesPage')).EnterprisesPage }),
          },
          {
            path: 'network',
            lazy: async () => ({ Component: (await import('../features/network/NetworkPage')).NetworkPage }),
          },
          {
            path: 'search',
            lazy: async () => ({ Component: (await import('../features/search/SearchPage')).SearchPage }),
          },
          {
            path: 'api',
            lazy: async () => ({ Component: (await import('../features/api/ApiPage')).ApiPage }),
          },
          {
            path: 'sign-in',
            lazy: async () => ({ Component: (await import('../features/auth/SignInPage')).SignInPage }),
          },
          {
            path: 'import',
            lazy: async () => ({ Component: (await import('../features/import/ImportPage')).ImportPage }),
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}

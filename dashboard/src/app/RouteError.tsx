import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorMessage } from '../components/ui/ErrorMessage';

/** Shown in place of a view that failed to load or render; the header and footer stay. */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  useEffect(() => {
    if (!notFound) console.error(error);
  }, [error, notFound]);
  return notFound ? <NotFound /> : <ErrorMessage onRetry={() => window.location.reload()} />;
}

export function NotFound() {
  const { t } = useTranslation();
  return <ErrorMessage title={t('ui.notFoundTitle')} body={t('ui.notFoundBody')} />;
}

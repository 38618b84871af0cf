import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './ErrorMessage';

/** The API's error code (NOT_FOUND, BAD_USER_INPUT, ...) of the first GraphQL error, if any. */
export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

export interface QueryErrorProps {
  error: unknown;
  onRetry?: () => void;
  /** Shown when the API answers NOT_FOUND. */
  notFound?: { title: string; body: string };
}

/** A failed query as a clear message (never a blank page or a stack trace); details go to the console. */
export function QueryError({ error, onRetry, notFound }: QueryErrorProps) {
  const { t } = useTranslation();
  const missing = errorCode(error) === 'NOT_FOUND';
  useEffect(() => {
    if (!missing) console.error(error);
  }, [error, missing]);
  if (missing) {
    const title = notFound?.title ?? t('ui.notFoundTitle');
    return (
      <>
        <title>{`${title} – ASF Atlas`}</title>
        <ErrorMessage title={title} body={notFound?.body ?? t('ui.notFoundBody')} />
      </>
    );
  }
  return <ErrorMessage onRetry={onRetry} />;
}

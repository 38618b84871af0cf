import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/ui/EmptyState';
import { Link } from '../../components/ui/Link';
import { Loading } from '../../components/ui/Loading';
import { Page } from '../../components/ui/Page';
import { QueryError } from '../../components/ui/QueryError';
import { graphql } from '../../gql';
import type { SearchResultsQuery } from '../../gql/graphql';
import { paths } from '../../lib/paths';
import { stringParam, useUrlState } from '../../lib/useUrlState';

const SearchResultsQuery = graphql(`
  query SearchResults($text: String!) {
    search(text: $text, first: 50) {
      totalCount
      items {
        kind
        match
        title
        subtitle
        slug
        code
      }
    }
  }
`);

type Result = SearchResultsQuery['search']['items'][number];

/** Where a result leads: its page; a municipality opens its county. */
export function resultPath(result: Pick<Result, 'kind' | 'slug' | 'code'>): string | null {
  switch (result.kind) {
    case 'REGION':
      return result.code ? paths.region(result.code) : null;
    case 'MUNICIPALITY':
      // the first two digits of a kommunkod are the county's länskod
      return result.code ? `${paths.region(result.code.slice(0, 2))}#municipalities` : null;
    case 'ORGANISATION':
      return result.slug ? paths.organisation(result.slug) : null;
    case 'PARTNERSHIP':
      return result.slug ? paths.partnership(result.slug) : null;
    case 'PROJECT':
      return result.slug ? paths.project(result.slug) : null;
  }
}

function Results({ text }: { text: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(SearchResultsQuery, { variables: { text } });
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const { items, totalCount } = data.search;
  if (items.length === 0) {
    return (
      <EmptyState title={t('views.search.none', { q: text })}>
        <p>{t('views.search.noneHint')}</p>
      </EmptyState>
    );
  }
  return (
    <>
      <p className="comparison-summary" role="status">
        {totalCount > items.length
          ? t('views.search.countOf', { shown: items.length, count: totalCount })
          : t('views.search.count', { count: totalCount })}
      </p>
      <ol className="result-list">
        {items.map((item) => {
          const to = resultPath(item);
          return (
            <li key={`${item.kind}-${item.slug ?? item.code ?? item.title}`} className="result-list__item">
              <span className="tag tag--kind">{t(`views.search.kind.${item.kind}`)}</span>
              <span className="result-list__title">{to ? <Link to={to}>{item.title}</Link> : item.title}</span>
              {item.subtitle && <span className="result-list__subtitle">{item.subtitle}</span>}
            </li>
          );
        })}
      </ol>
    </>
  );
}

export function SearchPage() {
  const { t } = useTranslation();
  const [q] = useUrlState('q', stringParam);
  const text = q?.trim() ?? '';
  return (
    <Page title={text ? t('views.search.resultsFor', { q: text }) : t('views.search.title')}>
      {text ? <Results text={text} /> : <EmptyState title={t('views.search.prompt')} />}
    </Page>
  );
}

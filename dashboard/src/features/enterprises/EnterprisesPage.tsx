import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from '../../components/ui/DataTable';
import { Link } from '../../components/ui/Link';
import { Loading } from '../../components/ui/Loading';
import { Page } from '../../components/ui/Page';
import { QueryError } from '../../components/ui/QueryError';
import { graphql } from '../../gql';
import type { EnterpriseDirectoryQuery } from '../../gql/graphql';
import { paths } from '../../lib/paths';
import { stringParam, useUrlState, useUrlUpdate } from '../../lib/useUrlState';
import { matchesText } from './matchText';

const EnterpriseFiltersQuery = graphql(`
  query EnterpriseFilters($regionCode: String, $withMunicipalities: Boolean!) {
    regions(filter: { kind: COUNTY }) {
      code
      name
    }
    municipalities(regionCode: $regionCode) @include(if: $withMunicipalities) {
      code
      name
    }
  }
`);

const EnterpriseDirectoryQuery = graphql(`
  query EnterpriseDirectory($regionCode: String, $municipalityCode: String, $after: String) {
    organisations(
      first: 100
      after: $after
      filter: { kinds: [SOCIAL_ENTERPRISE], regionCode: $regionCode, municipalityCode: $municipalityCode }
      orderBy: { field: NAME, direction: ASC }
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        slug
        name
        municipality {
          code
          name
        }
        region {
          code
          name
        }
        profile {
          legalForm
          businessLine
          integrationLine
        }
      }
    }
  }
`);

type Enterprise = EnterpriseDirectoryQuery['organisations']['nodes'][number];

/** The directory of work-integrating social enterprises, filtered by place and by name or line of business. */
export function EnterprisesPage() {
  const { t } = useTranslation();
  const id = useId();
  const update = useUrlUpdate();
  const [region] = useUrlState('region', stringParam);
  const [municipality] = useUrlState('municipality', stringParam);
  const [text] = useUrlState('q', stringParam);

  const filters = useQuery(EnterpriseFiltersQuery, { variables: { regionCode: region, withMunicipalities: Boolean(region) } });
  const { data, error, refetch, fetchMore } = useQuery(EnterpriseDirectoryQuery, {
    variables: { regionCode: region, municipalityCode: municipality },
  });

  // The directory is filtered by text on this page, so it loads every page of enterprises (100 at a time).
  const pageInfo = data?.organisations.pageInfo;
  useEffect(() => {
    if (!pageInfo?.hasNextPage) return;
    void fetchMore({
      variables: { after: pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        organisations: {
          ...fetchMoreResult.organisations,
          nodes: [...previous.organisations.nodes, ...fetchMoreResult.organisations.nodes],
        },
      }),
    });
  }, [pageInfo, fetchMore]);

  const all = data?.organisations.nodes;
  const rows = useMemo(
    () =>
      (all ?? []).filter((enterprise) =>
        matchesText(text ?? '', [
          enterprise.name,
          enterprise.profile?.legalForm,
          enterprise.profile?.businessLine,
          enterprise.profile?.integrationLine,
        ]),
      ),
    [all, text],
  );

  const columns = useMemo<DataColumn<Enterprise>[]>(
    () => [
      {
        id: 'name',
        label: t('views.enterprises.name'),
        value: (row) => row.name,
        render: (row) => <Link to={paths.organisation(row.slug)}>{row.name}</Link>,
      },
      { id: 'municipality', label: t('facts.municipality'), value: (row) => row.municipality?.name ?? null },
      { id: 'region', label: t('views.enterprises.region'), value: (row) => row.region?.name ?? null },
      { id: 'legalForm', label: t('views.enterprises.legalForm'), value: (row) => row.profile?.legalForm ?? null },
      { id: 'businessLine', label: t('views.enterprises.businessLine'), value: (row) => row.profile?.businessLine ?? null },
      { id: 'integrationLine', label: t('views.enterprises.integrationLine'), value: (row) => row.profile?.integrationLine ?? null },
    ],
    [t],
  );

  const loadingAll = Boolean(pageInfo?.hasNextPage);
  const counties = filters.data?.regions ?? [];
  const municipalities = filters.data?.municipalities ?? [];

  return (
    <Page title={t('views.enterprises.title')} intro={t('views.enterprises.intro')}>
      <form className="controls" aria-label={t('views.enterprises.filters')} role="search" onSubmit={(event) => event.preventDefault()}>
        <div className="controls__row">
          <div className="field">
            <label htmlFor={`${id}-region`}>{t('views.enterprises.region')}</label>
            <select
              id={`${id}-region`}
              value={region ?? ''}
              onChange={(event) => update({ region: event.currentTarget.value || null, municipality: null })}
            >
              <option value="">{t('views.enterprises.allRegions')}</option>
              {counties.map((county) => (
                <option key={county.code} value={county.code}>
                  {county.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-municipality`}>{t('views.enterprises.municipality')}</label>
            <select
              id={`${id}-municipality`}
              value={municipality ?? ''}
              disabled={!region}
              aria-describedby={region ? undefined : `${id}-municipality-hint`}
              onChange={(event) => update({ municipality: event.currentTarget.value || null })}
            >
              <option value="">{t('views.enterprises.allMunicipalities')}</option>
              {municipalities.map((item) => (
                <option key={item.code} value={item.code}>
                  {item.name}
                </option>
              ))}
            </select>
            {!region && (
              <span id={`${id}-municipality-hint`} className="field__hint">
                {t('views.enterprises.municipalityHint')}
              </span>
            )}
          </div>
          <div className="field field--grow">
            <label htmlFor={`${id}-text`}>{t('views.enterprises.text')}</label>
            <input
              id={`${id}-text`}
              type="search"
              value={text ?? ''}
              placeholder={t('views.enterprises.textPlaceholder')}
              onChange={(event) => update({ q: event.currentTarget.value || null })}
            />
          </div>
          {(region || municipality || text) && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => update({ region: null, municipality: null, q: null })}
            >
              {t('ui.clearFilters')}
            </button>
          )}
        </div>
      </form>

      {error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <p className="comparison-summary" role="status">
            {loadingAll ? t('ui.loading') : t('views.enterprises.count', { count: rows.length })}
          </p>
          <DataTable
            caption={t('views.enterprises.caption')}
            columns={columns}
            rows={rows}
            getRowId={(row) => row.id}
            csvFilename={t('views.enterprises.csv')}
            initialSorting={{ id: 'name', desc: false }}
            empty={t('views.enterprises.empty')}
          />
          <p className="footnote">{t('views.enterprises.profileNote')}</p>
        </>
      )}
    </Page>
  );
}

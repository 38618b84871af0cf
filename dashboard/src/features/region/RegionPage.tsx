import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmptyState } from '../../components/ui/EmptyState';
import { Facts, Section } from '../../components/ui/Facts';
import { Figure, NotReported } from '../../components/ui/Figure';
import { Link } from '../../components/ui/Link';
import { Loading } from '../../components/ui/Loading';
import { Page } from '../../components/ui/Page';
import { QueryError } from '../../components/ui/QueryError';
import { SourcesButton } from '../../components/ui/Sources';
import { graphql } from '../../gql';
import { formatPeriod } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { describeOutcome, type OutcomeMetric } from '../../lib/outcomes';
import { paths } from '../../lib/paths';
import { FundingOverTime } from './FundingOverTime';

const RegionPageQuery = graphql(`
  query RegionPage($code: String!) {
    region(code: $code) {
      id
      code
      kind
      name
      nameEn
      country
      iso31662
      nuts
      populations {
        year
        population
        source {
          id
          key
          title
          publisher
          kind
          url
          publishedText
          published {
            date
            approximate
          }
        }
      }
      municipalities {
        code
        name
      }
      partnerships {
        slug
        name
        statedSizes {
          memberCount
          comparison
          asOfText
        }
      }
      organisations(first: 100) {
        totalCount
        nodes {
          slug
          name
          kind
          municipality {
            code
            name
          }
          profile {
            businessLine
          }
        }
      }
      projects(first: 100) {
        totalCount
        nodes {
          slug
          name
          status
          start {
            date
            approximate
          }
          end {
            date
            approximate
          }
          owner {
            slug
            name
          }
          municipalities {
            code
          }
          outcomeComparison {
            metric
            targets {
              id
              comparison
              value
              share
              shareOf
              sources {
                ...Sources_citation
              }
            }
            actuals {
              id
              comparison
              value
              share
              shareOf
              sources {
                ...Sources_citation
              }
            }
          }
        }
      }
      sources {
        ...Sources_citation
      }
    }
    fundingBreakdown(groupBy: [YEAR], filter: { regionCodes: [$code] }) {
      ...FundingOverTime_breakdown
    }
  }
`);

export function RegionPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { code = '' } = useParams();
  const { data, error, refetch } = useQuery(RegionPageQuery, { variables: { code } });

  if (error) {
    return (
      <QueryError
        error={error}
        onRetry={() => void refetch()}
        notFound={{ title: t('views.region.notFound'), body: t('views.region.notFoundBody', { code }) }}
      />
    );
  }
  if (!data) return <Loading />;
  const { region, fundingBreakdown } = data;
  const name = lang === 'en' && region.nameEn ? region.nameEn : region.name;
  const population = [...region.populations].sort((a, b) => b.year - a.year)[0];
  const enterprises = region.organisations.nodes.filter((organisation) => organisation.kind === 'SOCIAL_ENTERPRISE');
  const others = region.organisations.nodes.filter((organisation) => organisation.kind !== 'SOCIAL_ENTERPRISE');
  const projectMunicipalities = new Set(
    region.projects.nodes.flatMap((project) => project.municipalities.map((municipality) => municipality.code)),
  );
  const outcomeRows = region.projects.nodes.flatMap((project) => project.outcomeComparison.map((row) => ({ project, row })));
  const ofMetric = (metric: OutcomeMetric) => t(`enums.outcomeMetricOf.${metric}`);

  return (
    <Page
      title={name}
      kicker={t(`enums.regionKind.${region.kind}`)}
      actions={
        <>
          <SourcesButton subject={region.name} citations={region.sources} />
          <Link className="button button--secondary" to={paths.network(region.id)}>
            {t('views.region.network')}
          </Link>
          <Link className="button button--secondary" to={`${paths.comparison()}?${new URLSearchParams({ regions: region.code })}`}>
            {t('views.region.compare')}
          </Link>
        </>
      }
    >
      <Facts
        facts={[
          region.kind === 'COUNTY' && { label: t('facts.code'), value: region.code },
          region.iso31662 && { label: t('facts.iso'), value: region.iso31662 },
          region.nuts && { label: t('facts.nuts'), value: region.nuts },
          {
            label: population ? t('facts.populationOn', { year: population.year }) : t('facts.population'),
            value: population ? (
              <SourcesButton
                subject={`${t('facts.population')}, ${region.name}`}
                citations={[{ __typename: 'Citation', quote: null, source: population.source }]}
              >
                <Figure value={population.population} />
              </SourcesButton>
            ) : (
              <NotReported />
            ),
          },
          region.kind === 'COUNTY' && {
            label: t('views.region.municipalities'),
            value: t('views.region.municipalitiesCount', { count: region.municipalities.length }),
          },
        ]}
      />

      <Section title={t('views.region.funding')} id="funding">
        <FundingOverTime breakdown={fundingBreakdown} regionName={region.name} />
      </Section>

      <Section title={t('views.region.projects')} id="projects">
        {region.projects.nodes.length === 0 ? (
          <EmptyState title={t('views.region.projectsEmpty')} />
        ) : (
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">{t('views.region.projectsCaption', { region: region.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('views.region.project')}</th>
                  <th scope="col">{t('facts.owner')}</th>
                  <th scope="col">{t('facts.period')}</th>
                  <th scope="col">{t('facts.status')}</th>
                </tr>
              </thead>
              <tbody>
                {region.projects.nodes.map((project) => (
                  <tr key={project.slug}>
                    <th scope="row">
                      <Link to={paths.project(project.slug)}>{project.name}</Link>
                    </th>
                    <td>
                      {project.owner ? <Link to={paths.organisation(project.owner.slug)}>{project.owner.name}</Link> : <NotReported />}
                    </td>
                    <td>{formatPeriod(project.start, project.end, lang)}</td>
                    <td>{t(`enums.projectStatus.${project.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {region.projects.totalCount > region.projects.nodes.length && (
          <p className="footnote">{t('ui.showingOf', { shown: region.projects.nodes.length, total: region.projects.totalCount })}</p>
        )}
      </Section>

      <Section title={t('views.region.outcomes')} id="outcomes">
        {outcomeRows.length === 0 ? (
          <EmptyState title={t('views.region.outcomesEmpty')} />
        ) : (
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">{t('views.region.outcomes')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('views.region.project')}</th>
                  <th scope="col">{t('views.project.metric')}</th>
                  <th scope="col">{t('views.project.target')}</th>
                  <th scope="col">{t('views.project.actual')}</th>
                </tr>
              </thead>
              <tbody>
                {outcomeRows.map(({ project, row }) => {
                  const metric = t(`enums.outcomeMetric.${row.metric}`);
                  const cell = (outcomes: typeof row.targets, side: string) =>
                    outcomes.length === 0 ? (
                      <NotReported />
                    ) : (
                      outcomes.map((outcome) => (
                        <SourcesButton key={outcome.id} subject={`${project.name}: ${side}, ${metric}`} citations={outcome.sources}>
                          {describeOutcome(outcome, lang, ofMetric) ?? <NotReported />}
                        </SourcesButton>
                      ))
                    );
                  return (
                    <tr key={`${project.slug}-${row.metric}`}>
                      <th scope="row">
                        <Link to={paths.project(project.slug)}>{project.name}</Link>
                      </th>
                      <td>{metric}</td>
                      <td>{cell(row.targets, t('views.project.target'))}</td>
                      <td>{cell(row.actuals, t('views.project.actual'))}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      <div className="grid-2">
        <Section title={t('views.region.partnerships')} id="partnerships">
          {region.partnerships.length === 0 ? (
            <EmptyState title={t('views.region.partnershipsEmpty')} />
          ) : (
            <ul className="record-list">
              {region.partnerships.map((partnership) => (
                <li key={partnership.slug}>
                  <Link to={paths.partnership(partnership.slug)}>{partnership.name}</Link>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title={t('views.region.enterprises')} id="enterprises">
          {enterprises.length === 0 ? (
            <EmptyState title={t('views.region.enterprisesEmpty')} />
          ) : (
            <ul className="record-list">
              {enterprises.map((organisation) => (
                <li key={organisation.slug}>
                  <Link to={paths.organisation(organisation.slug)}>{organisation.name}</Link>
                  {organisation.municipality && <span className="record-list__meta">{organisation.municipality.name}</span>}
                </li>
              ))}
            </ul>
          )}
          {enterprises.length > 0 && (
            <p>
              <Link to={`${paths.enterprises()}?${new URLSearchParams({ region: region.code })}`}>{t('views.region.allEnterprises')}</Link>
            </p>
          )}
        </Section>
      </div>

      <Section title={t('views.region.organisations')} id="organisations">
        {others.length === 0 ? (
          <EmptyState title={t('views.region.organisationsEmpty')} />
        ) : (
          <ul className="record-list record-list--columns">
            {others.map((organisation) => (
              <li key={organisation.slug}>
                <Link to={paths.organisation(organisation.slug)}>{organisation.name}</Link>
                <span className="record-list__meta">{t(`enums.organisationKind.${organisation.kind}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      {region.municipalities.length > 0 && (
        <Section title={t('views.region.municipalities')} id="municipalities">
          <ul className="chip-list">
            {region.municipalities.map((municipality) => (
              <li key={municipality.code} className={projectMunicipalities.has(municipality.code) ? 'chip chip--marked' : 'chip'}>
                {municipality.name}
                {projectMunicipalities.has(municipality.code) && (
                  <span className="visually-hidden"> ({t('views.region.withProjects')})</span>
                )}
              </li>
            ))}
          </ul>
          {projectMunicipalities.size > 0 && (
            <p className="footnote">
              <span className="chip chip--marked chip--legend" aria-hidden="true" /> {t('views.region.withProjectsLegend')}
            </p>
          )}
        </Section>
      )}
    </Page>
  );
}

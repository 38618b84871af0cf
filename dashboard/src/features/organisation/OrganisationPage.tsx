import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EditTrigger } from '../../components/edit/EditDialog';
import { HistoryPanel, type HistoryEntry } from '../../components/history/HistoryPanel';
import { EmptyState } from '../../components/ui/EmptyState';
import { EventList } from '../../components/ui/EventList';
import { Facts, Section } from '../../components/ui/Facts';
import { NotReported } from '../../components/ui/Figure';
import { Link } from '../../components/ui/Link';
import { Loading } from '../../components/ui/Loading';
import { Page } from '../../components/ui/Page';
import { QueryError } from '../../components/ui/QueryError';
import { SourceList, SourcesButton } from '../../components/ui/Sources';
import { graphql } from '../../gql';
import { formatDateValue } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { useEditTranslation } from '../../lib/i18n-edit';
import { paths } from '../../lib/paths';
import { canEditOrganisation } from '../../lib/permissions';
import { useViewer } from '../../lib/session';
import { OrganisationForm } from './OrganisationForm';

const OrganisationPageQuery = graphql(`
  query OrganisationPage($slug: String!) {
    organisation(slug: $slug) {
      id
      ...OrganisationForm_organisation
      slug
      name
      kind
      orgNumber
      country
      url
      description
      region {
        code
        name
      }
      municipality {
        code
        name
      }
      profile {
        legalForm
        businessLine
        integrationLine
      }
      memberships {
        id
        role
        from {
          date
          approximate
        }
        to {
          date
          approximate
        }
        partnership {
          id
          slug
          name
        }
        sources {
          ...Sources_citation
        }
      }
      projectRoles {
        role
        note
        project {
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
        }
        sources {
          ...Sources_citation
        }
      }
      eventRoles {
        role
        event {
          ...EventList_event
        }
      }
      people {
        id
        name
        role
        party
      }
      sources {
        ...Sources_citation
      }
    }
  }
`);

function Text({ value }: { value: string | null }) {
  return value ? <>{value}</> : <NotReported />;
}

export function OrganisationPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { slug = '' } = useParams();
  const { t: tEdit } = useEditTranslation();
  const { data, error, refetch } = useQuery(OrganisationPageQuery, { variables: { slug } });
  const { viewer } = useViewer();

  if (error) {
    return (
      <QueryError
        error={error}
        onRetry={() => void refetch()}
        notFound={{ title: t('views.organisation.notFound'), body: t('views.organisation.notFoundBody', { slug }) }}
      />
    );
  }
  if (!data) return <Loading />;
  const { organisation } = data;
  const isEnterprise = organisation.kind === 'SOCIAL_ENTERPRISE';
  const editable = canEditOrganisation(
    viewer,
    organisation.memberships.map((membership) => membership.partnership.id),
  );
  // Its memberships belong to the partnerships' records; their changes are shown here too.
  const historyLabel = (entry: HistoryEntry) =>
    organisation.memberships.find((membership) => membership.id === entry.recordId)?.partnership.name ?? null;

  return (
    <Page
      title={organisation.name}
      kicker={t(`enums.organisationKind.${organisation.kind}`)}
      actions={
        <>
          <SourcesButton subject={organisation.name} citations={organisation.sources} />
          <Link className="button button--secondary" to={paths.network(organisation.id)}>
            {t('views.organisation.network')}
          </Link>
          {editable && (
            <EditTrigger label={tEdit('organisation.edit')} title={tEdit('organisation.title', { name: organisation.name })}>
              {(close) => <OrganisationForm organisation={organisation} onReload={() => refetch()} onDone={close} />}
            </EditTrigger>
          )}
        </>
      }
    >
      <Facts
        facts={[
          { label: t('facts.kind'), value: t(`enums.organisationKind.${organisation.kind}`) },
          organisation.municipality && { label: t('facts.municipality'), value: organisation.municipality.name },
          organisation.region && {
            label: t('facts.region'),
            value: <Link to={paths.region(organisation.region.code)}>{organisation.region.name}</Link>,
          },
          !organisation.region && organisation.country && { label: t('facts.country'), value: organisation.country },
          organisation.orgNumber && { label: t('facts.orgNumber'), value: organisation.orgNumber },
          organisation.url && {
            label: t('facts.website'),
            value: (
              <a href={organisation.url} rel="noreferrer noopener" target="_blank">
                {organisation.url.replace(/^https?:\/\//, '')}
              </a>
            ),
          },
        ]}
      />
      {organisation.description && (
        <div className="description">
          <p lang="en">{organisation.description}</p>
          {lang === 'sv' && <p className="footnote">{t('facts.descriptionLanguageNote')}</p>}
        </div>
      )}

      {(isEnterprise || organisation.profile) && (
        <Section title={t('views.organisation.profile')} id="profile">
          <Facts
            facts={[
              { label: t('views.organisation.legalForm'), value: <Text value={organisation.profile?.legalForm ?? null} /> },
              { label: t('views.organisation.businessLine'), value: <Text value={organisation.profile?.businessLine ?? null} /> },
              { label: t('views.organisation.integrationLine'), value: <Text value={organisation.profile?.integrationLine ?? null} /> },
            ]}
          />
        </Section>
      )}

      <div className="grid-2">
        <Section title={t('views.organisation.projects')} id="projects">
          {organisation.projectRoles.length === 0 ? (
            <EmptyState title={t('views.organisation.projectsEmpty')} />
          ) : (
            <ul className="record-list">
              {organisation.projectRoles.map((role) => (
                <li key={`${role.project.slug}-${role.role}`}>
                  <Link to={paths.project(role.project.slug)}>{role.project.name}</Link>
                  <span className="record-list__meta">
                    {t(`enums.participantRole.${role.role}`)} · {t(`enums.projectStatus.${role.project.status}`)} ·{' '}
                    <SourcesButton subject={`${organisation.name}: ${role.project.name}`} citations={role.sources} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title={t('views.organisation.memberships')} id="memberships">
          {organisation.memberships.length === 0 ? (
            <EmptyState title={t('views.organisation.membershipsEmpty')} />
          ) : (
            <ul className="record-list">
              {organisation.memberships.map((membership) => (
                <li key={membership.id}>
                  <Link to={paths.partnership(membership.partnership.slug)}>{membership.partnership.name}</Link>
                  <span className="record-list__meta">
                    {t(`enums.membershipRole.${membership.role}`)}
                    {membership.from && ` · ${t('views.partnership.from')} ${formatDateValue(membership.from, lang)}`}
                    {membership.to && ` · ${t('views.partnership.to')} ${formatDateValue(membership.to, lang)}`} ·{' '}
                    <SourcesButton subject={`${organisation.name}: ${membership.partnership.name}`} citations={membership.sources} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>

      <Section title={t('views.organisation.events')} id="events">
        <EventList
          items={organisation.eventRoles.map(({ event, role }) => ({ event, role }))}
          empty={t('views.organisation.eventsEmpty')}
        />
      </Section>

      {organisation.people.length > 0 && (
        <Section title={t('views.organisation.people')} id="people">
          <ul className="record-list">
            {organisation.people.map((person) => (
              <li key={person.id}>
                {person.name}
                {(person.role || person.party) && (
                  <span className="record-list__meta">{[person.role, person.party && `(${person.party})`].filter(Boolean).join(' ')}</span>
                )}
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section title={t('views.organisation.sources')} id="sources">
        <SourceList citations={organisation.sources} />
      </Section>

      <Section title={tEdit('history.title')} id="history">
        <HistoryPanel ids={[organisation.id, ...organisation.memberships.map((membership) => membership.id)]} labelFor={historyLabel} />
      </Section>
    </Page>
  );
}

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
import { canEditPartnership } from '../../lib/permissions';
import { useViewer } from '../../lib/session';
import { AddEventForm, DeleteEvent, EventForm } from './EventForm';
import { AddMembershipForm, MembershipForm } from './MembershipForm';
import { PartnershipForm } from './PartnershipForm';
import { RemoveMembership } from './RemoveMembership';
import { StatedSizes } from './StatedSizes';

const PartnershipPageQuery = graphql(`
  query PartnershipPage($slug: String!) {
    partnership(slug: $slug) {
      id
      ...PartnershipForm_partnership
      slug
      name
      description
      started {
        date
        approximate
      }
      region {
        code
        name
      }
      coordinator {
        slug
        name
      }
      members {
        id
        version
        ...MembershipForm_membership
        role
        from {
          date
          approximate
        }
        to {
          date
          approximate
        }
        organisation {
          id
          slug
          name
          kind
        }
        sources {
          ...Sources_citation
        }
      }
      statedSizes {
        ...StatedSizes_size
      }
      projectRoles {
        role
        note
        project {
          slug
          name
          status
        }
        sources {
          ...Sources_citation
        }
      }
      eventRoles {
        role
        event {
          ...EventList_event
          ...EventForm_event
        }
      }
      sources {
        ...Sources_citation
      }
    }
  }
`);

export function PartnershipPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { slug = '' } = useParams();
  const { t: tEdit } = useEditTranslation();
  const { data, error, refetch } = useQuery(PartnershipPageQuery, { variables: { slug } });
  const { viewer } = useViewer();

  if (error) {
    return (
      <QueryError
        error={error}
        onRetry={() => void refetch()}
        notFound={{ title: t('views.partnership.notFound'), body: t('views.partnership.notFoundBody', { slug }) }}
      />
    );
  }
  if (!data) return <Loading />;
  const { partnership } = data;
  const editable = canEditPartnership(viewer, partnership.id);
  const historyLabel = (entry: HistoryEntry) =>
    partnership.members.find((member) => member.id === entry.recordId)?.organisation.name ?? null;
  const members = [...partnership.members].sort((a, b) =>
    a.role === b.role ? a.organisation.name.localeCompare(b.organisation.name, 'sv') : a.role === 'COORDINATOR' ? -1 : 1,
  );

  return (
    <Page
      title={partnership.name}
      kicker={t('views.partnership.title')}
      actions={
        <>
          <SourcesButton subject={partnership.name} citations={partnership.sources} />
          <Link className="button button--secondary" to={paths.network(partnership.id)}>
            {t('views.partnership.network')}
          </Link>
          {editable && (
            <EditTrigger label={tEdit('partnership.edit')} title={tEdit('partnership.title', { name: partnership.name })}>
              {(close) => <PartnershipForm partnership={partnership} onReload={() => refetch()} onDone={close} />}
            </EditTrigger>
          )}
        </>
      }
    >
      <Facts
        facts={[
          {
            label: t('facts.region'),
            value: partnership.region ? <Link to={paths.region(partnership.region.code)}>{partnership.region.name}</Link> : <NotReported />,
          },
          { label: t('facts.started'), value: formatDateValue(partnership.started, lang) },
          {
            label: t('facts.coordinator'),
            value: partnership.coordinator ? (
              <Link to={paths.organisation(partnership.coordinator.slug)}>{partnership.coordinator.name}</Link>
            ) : (
              <NotReported />
            ),
          },
        ]}
      />
      {partnership.description && (
        <div className="description">
          <p lang="en">{partnership.description}</p>
          {lang === 'sv' && <p className="footnote">{t('facts.descriptionLanguageNote')}</p>}
        </div>
      )}

      <Section title={t('views.partnership.statedSizes')} id="sizes">
        <StatedSizes sizes={partnership.statedSizes} />
      </Section>

      <Section
        title={t('views.partnership.members')}
        id="members"
        actions={
          editable && (
            <EditTrigger label={tEdit('membership.add')} title={tEdit('membership.addTitle', { partnership: partnership.name })}>
              {(close) => (
                <AddMembershipForm
                  partnershipId={partnership.id}
                  memberIds={partnership.members.map((member) => member.organisation.id)}
                  onDone={close}
                />
              )}
            </EditTrigger>
          )
        }
      >
        {members.length === 0 ? (
          <EmptyState />
        ) : (
          <div className="table-scroll">
            <table>
              <caption>{t('views.partnership.membersCaption', { partnership: partnership.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('views.partnership.member')}</th>
                  <th scope="col">{t('views.partnership.role')}</th>
                  <th scope="col">{t('views.partnership.from')}</th>
                  <th scope="col">{t('views.partnership.to')}</th>
                  <th scope="col">{t('sources.title')}</th>
                  {editable && <th scope="col">{tEdit('membership.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {members.map((member) => (
                  <tr key={member.id}>
                    <th scope="row">
                      <Link to={paths.organisation(member.organisation.slug)}>{member.organisation.name}</Link>
                      <span className="cell-note">{t(`enums.organisationKind.${member.organisation.kind}`)}</span>
                    </th>
                    <td>{t(`enums.membershipRole.${member.role}`)}</td>
                    <td>{member.from ? formatDateValue(member.from, lang) : <NotReported />}</td>
                    <td>{member.to ? formatDateValue(member.to, lang) : <NotReported />}</td>
                    <td>
                      <SourcesButton
                        subject={`${member.organisation.name}: ${t(`enums.membershipRole.${member.role}`)}`}
                        citations={member.sources}
                      />
                    </td>
                    {editable && (
                      <td>
                        <div className="row-actions">
                          <EditTrigger
                            className="button button--secondary button--small"
                            label={tEdit('membership.edit')}
                            accessibleName={tEdit('membership.editLabel', { organisation: member.organisation.name })}
                            title={tEdit('membership.editTitle', { organisation: member.organisation.name })}
                          >
                            {(close) => <MembershipForm membership={member} onReload={() => refetch()} onDone={close} />}
                          </EditTrigger>
                          <EditTrigger
                            className="button button--danger-quiet button--small"
                            label={tEdit('membership.remove')}
                            accessibleName={tEdit('membership.removeLabel', { organisation: member.organisation.name })}
                            title={tEdit('membership.removeTitle', { organisation: member.organisation.name })}
                          >
                            {(close) => <RemoveMembership membership={member} onReload={() => refetch()} onDone={close} />}
                          </EditTrigger>
                        </div>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {partnership.statedSizes.length > 0 && <p className="footnote">{t('views.partnership.membersNote')}</p>}
      </Section>

      <Section title={t('views.partnership.projects')} id="projects">
        {partnership.projectRoles.length === 0 ? (
          <EmptyState title={t('views.partnership.projectsEmpty')} />
        ) : (
          <ul className="record-list">
            {partnership.projectRoles.map((role) => (
              <li key={`${role.project.slug}-${role.role}`}>
                <Link to={paths.project(role.project.slug)}>{role.project.name}</Link>
                <span className="record-list__meta">
                  {t(`enums.participantRole.${role.role}`)} · {t(`enums.projectStatus.${role.project.status}`)}
                  {role.note && (
                    <>
                      {' · '}
                      <span lang="en">{role.note}</span>
                    </>
                  )}{' '}
                  · <SourcesButton subject={`${partnership.name}: ${role.project.name}`} citations={role.sources} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section
        title={t('views.partnership.events')}
        id="events"
        actions={
          editable && (
            <EditTrigger label={tEdit('event.add')} title={tEdit('event.addTitle', { partnership: partnership.name })}>
              {(close) => <AddEventForm partnershipId={partnership.id} onDone={close} />}
            </EditTrigger>
          )
        }
      >
        <EventList
          items={partnership.eventRoles.map(({ event, role }) => ({ event, role }))}
          empty={t('views.partnership.eventsEmpty')}
          renderActions={
            editable
              ? ({ event, role }) => (
                  <div className="row-actions">
                    <EditTrigger
                      className="button button--secondary button--small"
                      label={tEdit('event.edit')}
                      accessibleName={tEdit('event.editLabel', { event: event.name })}
                      title={tEdit('event.editTitle', { event: event.name })}
                    >
                      {(close) => (
                        <EventForm
                          event={event}
                          partnershipId={partnership.id}
                          role={role ?? 'PARTICIPANT'}
                          onReload={() => refetch()}
                          onDone={close}
                        />
                      )}
                    </EditTrigger>
                    <EditTrigger
                      className="button button--danger-quiet button--small"
                      label={tEdit('event.delete')}
                      accessibleName={tEdit('event.deleteLabel', { event: event.name })}
                      title={tEdit('event.deleteTitle', { event: event.name })}
                    >
                      {(close) => <DeleteEvent event={event} onReload={() => refetch()} onDone={close} />}
                    </EditTrigger>
                  </div>
                )
              : undefined
          }
        />
      </Section>

      <Section title={t('views.partnership.sources')} id="sources">
        <SourceList citations={partnership.sources} />
      </Section>

      <Section title={tEdit('history.title')} id="history">
        <HistoryPanel ids={[partnership.id]} labelFor={historyLabel} />
      </Section>
    </Page>
  );
}

import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EditTrigger } from '../../components/edit/EditDialog';
import { HistoryPanel, type HistoryEntry } from '../../components/history/HistoryPanel';
import { EmptyState } from '../../components/ui/EmptyState';
import { EventList } from '../../components/ui/EventList';
import { Facts, Section } from '../../components/ui/Facts';
import { Link } from '../../components/ui/Link';
import { Loading } from '../../components/ui/Loading';
import { Page } from '../../components/ui/Page';
import { QueryError } from '../../components/ui/QueryError';
import { SourceList, SourcesButton } from '../../components/ui/Sources';
import { graphql } from '../../gql';
import { formatPeriod } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { useEditTranslation } from '../../lib/i18n-edit';
import { paths } from '../../lib/paths';
import { canEditProjects } from '../../lib/permissions';
import { useViewer } from '../../lib/session';
import { AddFundingForm, DeleteFunding, FundingForm } from './FundingForm';
import { FundingTable } from './FundingTable';
import { AddOutcomeForm, DeleteOutcome, OutcomeForm } from './OutcomeForm';
import { AddParticipantForm, RemoveParticipant } from './ParticipantForm';
import { ProjectForm } from './ProjectForm';
import { OutcomeTable } from './OutcomeTable';
import { ParticipantTable } from './ParticipantTable';
import { PhaseList } from './PhaseList';

const ProjectPageQuery = graphql(`
  query ProjectPage($slug: String!) {
    project(slug: $slug) {
      id
      ...ProjectForm_project
      slug
      name
      description
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
      regions {
        code
        name
        kind
      }
      municipalities {
        code
        name
      }
      fundings {
        id
        version
        ...FundingTable_funding
        ...FundingForm_funding
      }
      outcomeComparison {
        ...OutcomeTable_comparison
      }
      phases {
        ...PhaseList_phase
      }
      participants {
        ...ParticipantTable_participant
      }
      events {
        ...EventList_event
      }
      sources {
        ...Sources_citation
      }
    }
  }
`);

export function ProjectPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { slug = '' } = useParams();
  const { t: tEdit } = useEditTranslation();
  const { data, error, refetch } = useQuery(ProjectPageQuery, { variables: { slug } });
  const { viewer } = useViewer();
  const editable = canEditProjects(viewer);

  if (error) {
    return (
      <QueryError
        error={error}
        onRetry={() => void refetch()}
        notFound={{ title: t('views.project.notFound'), body: t('views.project.notFoundBody', { slug }) }}
      />
    );
  }
  if (!data) return <Loading />;
  const { project } = data;
  const funderName = (funding: (typeof project.fundings)[number]) => funding.funder?.name ?? tEdit('funding.unnamedFunder');
  // The project's history includes the fundings covering it (the API finds them): they are named here.
  const historyLabel = (entry: HistoryEntry) => {
    const funding = project.fundings.find((f) => f.id === entry.recordId);
    return funding ? `${funderName(funding)} (${funding.key})` : null;
  };
  const reload = () => refetch();

  return (
    <Page
      title={project.name}
      kicker={
        <>
          {t('views.project.title')} · {t(`enums.projectStatus.${project.status}`)}
        </>
      }
      actions={
        <>
          <SourcesButton subject={project.name} citations={project.sources} />
          <Link className="button button--secondary" to={paths.network(project.id)}>
            {t('views.project.network')}
          </Link>
          {editable && (
            <EditTrigger label={tEdit('project.edit')} title={tEdit('project.title', { name: project.name })}>
              {(close) => <ProjectForm project={project} onReload={reload} onDone={close} />}
            </EditTrigger>
          )}
        </>
      }
    >
      <Facts
        facts={[
          { label: t('facts.period'), value: formatPeriod(project.start, project.end, lang) },
          { label: t('facts.status'), value: t(`enums.projectStatus.${project.status}`) },
          {
            label: t('facts.owner'),
            value: project.owner ? (
              <Link to={paths.organisation(project.owner.slug)}>{project.owner.name}</Link>
            ) : (
              <span className="not-reported">{t('chart.notReported')}</span>
            ),
          },
        ]}
      />
      {project.description && (
        <div className="description">
          <p lang="en">{project.description}</p>
          {lang === 'sv' && <p className="footnote">{t('facts.descriptionLanguageNote')}</p>}
        </div>
      )}

      <div className="grid-2">
        <Section
          title={t('views.project.funding')}
          id="funding"
          actions={
            editable && (
              <EditTrigger label={tEdit('funding.add')} title={tEdit('funding.addTitle', { project: project.name })}>
                {(close) => <AddFundingForm projectId={project.id} onDone={close} />}
              </EditTrigger>
            )
          }
        >
          <FundingTable
            fundings={project.fundings}
            projectSlug={project.slug}
            projectName={project.name}
            renderActions={
              editable
                ? (funding) => (
                    <div className="row-actions">
                      <EditTrigger
                        className="button button--secondary button--small"
                        label={tEdit('funding.edit')}
                        accessibleName={tEdit('funding.editLabel', { funder: funderName(funding) })}
                        title={tEdit('funding.editTitle', { funder: funderName(funding) })}
                      >
                        {(close) => <FundingForm funding={funding} onReload={reload} onDone={close} />}
                      </EditTrigger>
                      <EditTrigger
                        className="button button--danger-quiet button--small"
                        label={tEdit('funding.delete')}
                        accessibleName={tEdit('funding.deleteLabel', { funder: funderName(funding) })}
                        title={tEdit('funding.deleteTitle', { funder: funderName(funding) })}
                      >
                        {(close) => (
                          <DeleteFunding
                            funding={funding}
                            otherProjects={funding.projects.filter((p) => p.slug !== project.slug).length}
                            onReload={reload}
                            onDone={close}
                          />
                        )}
                      </EditTrigger>
                    </div>
                  )
                : undefined
            }
          />
        </Section>
        <Section
          title={t('views.project.outcomes')}
          id="outcomes"
          actions={
            editable && (
              <EditTrigger label={tEdit('outcome.add')} title={tEdit('outcome.addTitle', { project: project.name })}>
                {(close) => <AddOutcomeForm projectId={project.id} onDone={close} />}
              </EditTrigger>
            )
          }
        >
          <OutcomeTable
            rows={project.outcomeComparison}
            projectName={project.name}
            renderActions={
              editable
                ? (outcome, name) => (
                    <div className="row-actions">
                      <EditTrigger
                        className="button button--secondary button--small"
                        label={tEdit('outcome.edit')}
                        accessibleName={tEdit('outcome.editLabel', { outcome: name })}
                        title={tEdit('outcome.editTitle', { outcome: name })}
                      >
                        {(close) => <OutcomeForm outcome={outcome} onReload={reload} onDone={close} />}
                      </EditTrigger>
                      <EditTrigger
                        className="button button--danger-quiet button--small"
                        label={tEdit('outcome.delete')}
                        accessibleName={tEdit('outcome.deleteLabel', { outcome: name })}
                        title={tEdit('outcome.deleteTitle', { outcome: name })}
                      >
                        {(close) => <DeleteOutcome outcome={outcome} onReload={reload} onDone={close} />}
                      </EditTrigger>
                    </div>
                  )
                : undefined
            }
          />
        </Section>
      </div>

      <Section title={t('views.project.period')} id="period">
        <p>
          <strong>{formatPeriod(project.start, project.end, lang)}</strong>
        </p>
        <PhaseList phases={project.phases} />
      </Section>

      <Section
        title={t('views.project.participants')}
        id="participants"
        actions={
          editable && (
            <EditTrigger label={tEdit('participant.add')} title={tEdit('participant.addTitle', { project: project.name })}>
              {(close) => <AddParticipantForm projectId={project.id} onDone={close} />}
            </EditTrigger>
          )
        }
      >
        <ParticipantTable
          participants={project.participants}
          caption={t('views.project.participants')}
          actionsLabel={tEdit('participant.actions')}
          renderActions={
            editable
              ? (participant, name) => (
                  <EditTrigger
                    className="button button--danger-quiet button--small"
                    label={tEdit('participant.remove')}
                    accessibleName={tEdit('participant.removeLabel', { participant: name })}
                    title={tEdit('participant.removeTitle', { participant: name })}
                  >
                    {(close) => <RemoveParticipant projectId={project.id} participant={participant} onReload={reload} onDone={close} />}
                  </EditTrigger>
                )
              : undefined
          }
        />
      </Section>

      <Section title={t('views.project.places')} id="places">
        {project.regions.length === 0 && project.municipalities.length === 0 ? (
          <EmptyState title={t('views.project.placesEmpty')} />
        ) : (
          <Facts
            facts={[
              project.regions.length > 0 && {
                label: t('views.project.regions'),
                value: (
                  <ul className="inline-list">
                    {project.regions.map((region) => (
                      <li key={region.code}>
                        <Link to={paths.region(region.code)}>{region.name}</Link>
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
        )}
        {project.municipalities.length > 0 && (
          <>
            <h3 className="subheading">{t('views.project.municipalitiesCount', { count: project.municipalities.length })}</h3>
            <ul className="chip-list">
              {project.municipalities.map((municipality) => (
                <li key={municipality.code} className="chip">
                  {municipality.name}
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>

      <Section title={t('views.project.events')} id="events">
        <EventList items={project.events.map((event) => ({ event }))} empty={t('views.project.eventsEmpty')} />
      </Section>

      <Section title={t('views.project.sources')} id="sources">
        <SourceList citations={project.sources} />
      </Section>

      <Section title={tEdit('history.title')} id="history">
        <HistoryPanel ids={[project.id]} labelFor={historyLabel} />
      </Section>
    </Page>
  );
}

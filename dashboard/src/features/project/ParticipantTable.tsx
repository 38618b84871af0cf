import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/ui/EmptyState';
import { Link } from '../../components/ui/Link';
import { SourcesButton } from '../../components/ui/Sources';
import { graphql } from '../../gql';
import type { ParticipantTable_ParticipantFragment } from '../../gql/graphql';
import { paths } from '../../lib/paths';

export const ParticipantTableParticipantFragment = graphql(`
  fragment ParticipantTable_participant on ProjectParticipant {
    role
    note
    organisation {
      id
      slug
      name
      kind
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
`);

const ROLE_ORDER = ['OWNER', 'LEAD', 'FUNDER', 'PARTNER', 'HOST', 'PARTICIPANT'] as const;

/** Who takes part in the project and in which role, owner and lead first. */
export function ParticipantTable({
  participants,
  caption,
  renderActions,
  actionsLabel = '',
}: {
  participants: readonly ParticipantTable_ParticipantFragment[];
  caption: string;
  /** Edit controls for a row (shown to those who may edit), named by the participant and role. */
  renderActions?: ((participant: ParticipantTable_ParticipantFragment, name: string) => ReactNode) | undefined;
  /** Heading of the column of edit controls. */
  actionsLabel?: string;
}) {
  const { t } = useTranslation();
  if (participants.length === 0) return <EmptyState title={t('views.project.participantsEmpty')} />;
  const sorted = [...participants].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('views.project.participant')}</th>
            <th scope="col">{t('views.project.role')}</th>
            <th scope="col">{t('sources.title')}</th>
            {renderActions && <th scope="col">{actionsLabel}</th>}
          </tr>
        </thead>
        <tbody>
          {sorted.map((participant, index) => {
            const name = participant.organisation?.name ?? participant.partnership?.name ?? '';
            return (
              <tr key={`${participant.organisation?.slug ?? participant.partnership?.slug}-${participant.role}-${index}`}>
                <th scope="row">
                  {participant.organisation && (
                    <Link to={paths.organisation(participant.organisation.slug)}>{participant.organisation.name}</Link>
                  )}
                  {participant.partnership && (
                    <Link to={paths.partnership(participant.partnership.slug)}>{participant.partnership.name}</Link>
                  )}
                  <span className="cell-note">
                    {participant.organisation ? t(`enums.organisationKind.${participant.organisation.kind}`) : t('views.partnership.title')}
                  </span>
                </th>
                <td>
                  {t(`enums.participantRole.${participant.role}`)}
                  {participant.note && (
                    <span className="cell-note" lang="en">
                      {participant.note}
                    </span>
                  )}
                </td>
                <td>
                  <SourcesButton subject={`${name}: ${t(`enums.participantRole.${participant.role}`)}`} citations={participant.sources} />
                </td>
                {renderActions && <td>{renderActions(participant, `${name} (${t(`enums.participantRole.${participant.role}`)})`)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

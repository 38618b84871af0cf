import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { EventList_EventFragment } from '../../gql/graphql';
import { formatDateValue } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import { EmptyState } from './EmptyState';
import { Link } from './Link';
import { SourcesButton } from './Sources';

export const EventListEventFragment = graphql(`
  fragment EventList_event on Event {
    id
    key
    name
    kind
    place
    timesPerYear
    start {
      date
      approximate
    }
    end {
      date
      approximate
    }
    project {
      slug
      name
    }
    sources {
      ...Sources_citation
    }
  }
`);

export type EventRoleKind = 'HOST' | 'ORGANISER' | 'PARTICIPANT' | 'VISITED';

export interface EventItem<E extends EventList_EventFragment = EventList_EventFragment> {
  event: E;
  /** The role of the organisation or partnership whose page this is. */
  role?: EventRoleKind;
}

function when(event: EventList_EventFragment, lang: 'sv' | 'en'): string {
  const start = formatDateValue(event.start, lang);
  if (!event.end || (event.start && event.end.date === event.start.date)) return start;
  // a meeting known only by its year: "ca 2017", not "ca 2017 – ca 2017"
  if (event.start?.approximate && event.end.approximate && event.start.date.slice(0, 4) === event.end.date.slice(0, 4)) return start;
  return `${start} \u2013 ${formatDateValue(event.end, lang)}`;
}

/** Meetings, study visits and dinners: when, where, what kind, and the project they belong to. */
export function EventList<E extends EventList_EventFragment>({
  items,
  empty,
  renderActions,
}: {
  items: readonly EventItem<E>[];
  empty: string;
  /** Edit controls for an event (shown to those who may edit). */
  renderActions?: ((item: EventItem<E>) => ReactNode) | undefined;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  if (items.length === 0) return <EmptyState title={empty} />;
  const sorted = [...items].sort((a, b) => (a.event.start?.date ?? '9999').localeCompare(b.event.start?.date ?? '9999'));
  return (
    <ul className="event-list">
      {sorted.map((item) => {
        const { event, role } = item;
        return (
          <li key={`${event.key}-${role ?? ''}`} className="event-list__item">
            <p className="event-list__name">
              <strong>{event.name}</strong>
              {role && <span className="tag">{t(`enums.eventRole.${role}`)}</span>}
            </p>
            <p className="event-list__meta">
              <span>{t(`enums.eventKind.${event.kind}`)}</span>
              <span aria-hidden="true"> · </span>
              <span>{event.timesPerYear ? t('events.timesPerYear', { count: event.timesPerYear }) : when(event, lang)}</span>
              {event.place && (
                <>
                  <span aria-hidden="true"> · </span>
                  <span>{event.place}</span>
                </>
              )}
              {event.project && (
                <>
                  <span aria-hidden="true"> · </span>
                  <Link to={paths.project(event.project.slug)}>{event.project.name}</Link>
                </>
              )}
              <span aria-hidden="true"> · </span>
              <SourcesButton subject={event.name} citations={event.sources} />
            </p>
            {renderActions && <div className="cell-actions">{renderActions(item)}</div>}
          </li>
        );
      })}
    </ul>
  );
}

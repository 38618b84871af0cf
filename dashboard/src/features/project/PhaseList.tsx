import { useTranslation } from 'react-i18next';
import { SourcesButton } from '../../components/ui/Sources';
import { graphql } from '../../gql';
import type { PhaseList_PhaseFragment } from '../../gql/graphql';
import { formatPeriod } from '../../lib/format';
import { useLang } from '../../lib/i18n';

export const PhaseListPhaseFragment = graphql(`
  fragment PhaseList_phase on ProjectPhase {
    position
    name
    description
    durationMonths
    start {
      date
      approximate
    }
    end {
      date
      approximate
    }
    sources {
      ...Sources_citation
    }
  }
`);

/** The reported phases in order, as a timeline. */
export function PhaseList({ phases }: { phases: readonly PhaseList_PhaseFragment[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (phases.length === 0) return null;
  const sorted = [...phases].sort((a, b) => a.position - b.position);
  return (
    <ol className="phase-list">
      {sorted.map((phase) => (
        <li key={phase.position} className="phase-list__item">
          <p className="phase-list__name">
            <strong>{phase.name}</strong>
            {phase.description && lang === 'en' && <span className="muted"> ({phase.description})</span>}
          </p>
          <p className="phase-list__meta">
            <span>{formatPeriod(phase.start, phase.end, lang, 'month')}</span>
            {phase.durationMonths !== null && (
              <>
                <span aria-hidden="true"> · </span>
                <span>{t('views.project.months', { count: phase.durationMonths })}</span>
              </>
            )}
            <span aria-hidden="true"> · </span>
            <SourcesButton subject={`${t('views.project.phase')}: ${phase.name}`} citations={phase.sources} />
          </p>
        </li>
      ))}
    </ol>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/ui/EmptyState';
import { NotReported } from '../../components/ui/Figure';
import { SourcesButton } from '../../components/ui/Sources';
import { graphql } from '../../gql';
import type { OutcomeTable_ComparisonFragment, OutcomeTable_OutcomeFragment } from '../../gql/graphql';
import { useLang } from '../../lib/i18n';
import { describeOutcome } from '../../lib/outcomes';

export const OutcomeTableFragments = graphql(`
  fragment OutcomeTable_comparison on OutcomeComparison {
    metric
    targets {
      ...OutcomeTable_outcome
    }
    actuals {
      ...OutcomeTable_outcome
    }
  }

  fragment OutcomeTable_outcome on Outcome {
    id
    ...OutcomeForm_outcome
    comparison
    value
    share
    shareOf
    note
    sources {
      ...Sources_citation
    }
  }
`);

/** Edit controls for one figure, named by what it is ("Mål: Deltagare, 648"). */
export type OutcomeActions = (outcome: OutcomeTable_OutcomeFragment, name: string) => ReactNode;

function OutcomeCell({
  outcomes,
  subject,
  renderActions,
}: {
  outcomes: readonly OutcomeTable_OutcomeFragment[];
  subject: string;
  renderActions?: OutcomeActions | undefined;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  if (outcomes.length === 0) return <NotReported />;
  return (
    <ul className="plain-list">
      {outcomes.map((outcome) => {
        const text = describeOutcome(outcome, lang, (metric) => t(`enums.outcomeMetricOf.${metric}`));
        return (
          <li key={outcome.id}>
            <SourcesButton subject={subject} citations={outcome.sources}>
              <span className="figure">{text ?? <NotReported />}</span>
            </SourcesButton>
            {outcome.note && (
              <span className="cell-note" lang="en">
                {outcome.note}
              </span>
            )}
            {renderActions && <div className="cell-actions">{renderActions(outcome, `${subject}, ${text ?? t('chart.notReported')}`)}</div>}
          </li>
        );
      })}
    </ul>
  );
}

/** Targets beside actuals, one row per measure; a side with nothing reported reads "ej rapporterad". */
export function OutcomeTable({
  rows,
  projectName,
  renderActions,
}: {
  rows: readonly OutcomeTable_ComparisonFragment[];
  projectName: string;
  /** Edit controls for each figure (shown to those who may edit). */
  renderActions?: OutcomeActions | undefined;
}) {
  const { t } = useTranslation();
  if (rows.length === 0) return <EmptyState title={t('views.project.outcomesEmpty')} />;
  return (
    <div className="table-scroll">
      <table className="outcome-table">
        <caption>{t('views.project.outcomesCaption', { project: projectName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('views.project.metric')}</th>
            <th scope="col">{t('views.project.target')}</th>
            <th scope="col">{t('views.project.actual')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const metric = t(`enums.outcomeMetric.${row.metric}`);
            return (
              <tr key={row.metric}>
                <th scope="row">{metric}</th>
                <td>
                  <OutcomeCell outcomes={row.targets} subject={`${t('views.project.target')}: ${metric}`} renderActions={renderActions} />
                </td>
                <td>
                  <OutcomeCell outcomes={row.actuals} subject={`${t('views.project.actual')}: ${metric}`} renderActions={renderActions} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

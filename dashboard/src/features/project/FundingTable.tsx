import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/ui/EmptyState';
import { Figure, SharedFootnote } from '../../components/ui/Figure';
import { Link } from '../../components/ui/Link';
import { SourcesButton } from '../../components/ui/Sources';
import { graphql } from '../../gql';
import type { FundingTable_FundingFragment } from '../../gql/graphql';
import { comparisonPrefix, formatYearSpan, parseDecimal } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { paths } from '../../lib/paths';

export const FundingTableFundingFragment = graphql(`
  fragment FundingTable_funding on Funding {
    id
    key
    amountStatus
    comparison
    approximate
    shared
    yearFrom
    yearTo
    note
    money {
      amount
      currency
    }
    funder {
      slug
      name
    }
    programme {
      slug
      name
    }
    projects {
      slug
      name
    }
    sources {
      ...Sources_citation
    }
  }
`);

export interface FundingTableProps<F extends FundingTable_FundingFragment> {
  fundings: readonly F[];
  projectSlug: string;
  projectName: string;
  /** Edit controls for a row (shown to those who may edit), under the funder's name. */
  renderActions?: ((funding: F) => ReactNode) | undefined;
}

/** Who funds the project, with how much: reported, approximate ("ca") or not reported, and shared amounts marked. */
export function FundingTable<F extends FundingTable_FundingFragment>({
  fundings,
  projectSlug,
  projectName,
  renderActions,
}: FundingTableProps<F>) {
  const { t } = useTranslation();
  const lang = useLang();
  if (fundings.length === 0) return <EmptyState title={t('views.project.fundingEmpty')} />;
  const status = {
    REPORTED: t('views.project.statusReported'),
    APPROXIMATE: t('views.project.statusApproximate'),
    NOT_REPORTED: t('views.project.statusNotReported'),
  };
  return (
    <>
      <div className="table-scroll">
        <table>
          <caption>{t('views.project.fundingCaption', { project: projectName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('views.project.funder')}</th>
              <th scope="col">{t('views.project.programme')}</th>
              <th scope="col">{t('views.project.years')}</th>
              <th scope="col" className="numeric">
                {t('views.project.amount')}
              </th>
              <th scope="col">{t('views.project.amountStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {fundings.map((funding) => {
              const others = funding.projects.filter((project) => project.slug !== projectSlug);
              const amount = parseDecimal(funding.money?.amount);
              const bounded = funding.comparison === 'AT_MOST' || funding.comparison === 'AT_LEAST' || funding.comparison === 'NEARLY';
              const figure = (
                <Figure
                  value={amount}
                  kind="sekCompact"
                  approximate={funding.approximate || funding.comparison === 'APPROXIMATELY'}
                  shared={funding.shared}
                />
              );
              return (
                <tr key={funding.id}>
                  <th scope="row">
                    {funding.funder ? (
                      <Link to={paths.organisation(funding.funder.slug)}>{funding.funder.name}</Link>
                    ) : (
                      <span className="muted">{t('views.project.funderNotNamed')}</span>
                    )}
                    {funding.note && (
                      <p className="cell-note" lang="en">
                        {funding.note}
                      </p>
                    )}
                    {others.length > 0 && (
                      <p className="cell-note">
                        {t('views.project.alsoCovers')}{' '}
                        {others.map((project, index) => (
                          <span key={project.slug}>
                            {index > 0 && ', '}
                            <Link to={paths.project(project.slug)}>{project.name}</Link>
                          </span>
                        ))}
                      </p>
                    )}
                    {renderActions && <div className="cell-actions">{renderActions(funding)}</div>}
                  </th>
                  <td>{funding.programme?.name ?? <span className="muted">–</span>}</td>
                  <td>{formatYearSpan(funding.yearFrom, funding.yearTo, lang)}</td>
                  <td className="numeric">
                    <SourcesButton
                      subject={`${t('views.project.amount')}: ${funding.funder?.name ?? projectName}`}
                      citations={funding.sources}
                    >
                      {bounded && amount !== null ? `${comparisonPrefix(funding.comparison, lang)} ` : null}
                      {figure}
                    </SourcesButton>
                  </td>
                  <td>{status[funding.amountStatus]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {fundings.some((funding) => funding.shared) && <SharedFootnote />}
    </>
  );
}

import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BarChart } from '../../components/ui/BarChart';
import { ComparisonFigureCell, figureKind, figureNumber, figureText, type FigureBasis } from '../../components/ui/ComparisonFigure';
import { CountyMap } from '../../components/ui/CountyMap';
import { DataTable, type DataColumn } from '../../components/ui/DataTable';
import { EmptyState } from '../../components/ui/EmptyState';
import { Section } from '../../components/ui/Facts';
import { formatFigure, SharedFootnote } from '../../components/ui/Figure';
import { Link } from '../../components/ui/Link';
import { Loading } from '../../components/ui/Loading';
import { Page } from '../../components/ui/Page';
import { QueryError } from '../../components/ui/QueryError';
import { graphql } from '../../gql';
import type { RegionComparisonQuery } from '../../gql/graphql';
import { formatYearSpan } from '../../lib/format';
import { useLang, withLang } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import { intParam, listParam, stringParam, useUrlState, useUrlUpdate } from '../../lib/useUrlState';
import { ComparisonControls, YEARS } from './ComparisonControls';
import { comparisonCsvColumns, isMetric, metricHeader, METRICS, type Metric } from './metrics';

const ComparisonOptionsQuery = graphql(`
  query ComparisonOptions {
    regions(filter: { kind: COUNTY }) {
      code
      name
      mapId
    }
    programmes {
      slug
      name
      funder {
        slug
        name
      }
    }
  }
`);

const RegionComparisonQuery = graphql(`
  query RegionComparison($input: RegionComparisonInput) {
    regionComparison(input: $input) {
      yearFrom
      yearTo
      populationYear
      defaultRegions
      rows {
        ...RegionComparison_row
      }
    }
  }

  fragment RegionComparison_row on RegionComparisonRow {
    region {
      id
      code
      name
      mapId
    }
    population {
      ...ComparisonFigure_figure
    }
    funding {
      ...ComparisonFigure_figure
    }
    projects {
      ...ComparisonFigure_figure
    }
    enterprises {
      ...ComparisonFigure_figure
    }
    partnershipMembers {
      ...ComparisonFigure_figure
    }
    statedPartnershipSize {
      ...ComparisonFigure_figure
    }
    participantsTarget {
      ...ComparisonFigure_figure
    }
    participantsActual {
      ...ComparisonFigure_figure
    }
    intoWorkTarget {
      ...ComparisonFigure_figure
    }
    intoWorkActual {
      ...ComparisonFigure_figure
    }
  }
`);

type Row = RegionComparisonQuery['regionComparison']['rows'][number];

const DEFAULT_FROM = 2017;
const DEFAULT_TO = 2018;

function yearOrDefault(year: number | null, fallback: number): number {
  return year !== null && (YEARS as readonly number[]).includes(year) ? year : fallback;
}

/** The start page: the funded regions side by side, as a chart, a map and a table with CSV export. */
export function RegionComparisonPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const update = useUrlUpdate();

  const [metricParam] = useUrlState('metric', stringParam);
  const [basisParam] = useUrlState('per', stringParam);
  const [fromParam] = useUrlState('from', intParam);
  const [toParam] = useUrlState('to', intParam);
  const [funder] = useUrlState('funder', stringParam);
  const [programme] = useUrlState('programme', stringParam);
  const [regions] = useUrlState('regions', listParam);

  const metric: Metric = isMetric(metricParam) ? metricParam : 'funding';
  const basis: FigureBasis = basisParam === 'inv' ? 'perInhabitant' : 'total';
  const rawFrom = yearOrDefault(fromParam, DEFAULT_FROM);
  const rawTo = yearOrDefault(toParam, DEFAULT_TO);
  const yearFrom = Math.min(rawFrom, rawTo);
  const yearTo = Math.max(rawFrom, rawTo);

  const options = useQuery(ComparisonOptionsQuery);
  const counties = useMemo(() => [...(options.data?.regions ?? [])].sort((a, b) => a.code.localeCompare(b.code)), [options.data]);
  const funders = useMemo(() => {
    const bySlug = new Map<string, string>();
    for (const item of options.data?.programmes ?? []) if (item.funder) bySlug.set(item.funder.slug, item.funder.name);
    return [...bySlug].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'sv'));
  }, [options.data]);
  const programmes = useMemo(
    () =>
      (options.data?.programmes ?? [])
        .map((item) => ({ value: item.slug, label: item.name }))
        .sort((a, b) => a.label.localeCompare(b.label, 'sv')),
    [options.data],
  );

  const input = {
    yearFrom,
    yearTo,
    ...(regions.length > 0 ? { regionCodes: regions } : {}),
    ...(funder ? { funderSlug: funder } : {}),
    ...(programme ? { programmeSlug: programme } : {}),
  };
  const { data, previousData, loading, error, refetch } = useQuery(RegionComparisonQuery, { variables: { input } });
  const comparison = (data ?? previousData)?.regionComparison;
  const rows = useMemo(() => comparison?.rows ?? [], [comparison]);
  const shownCodes = regions.length > 0 ? regions : rows.map((row) => row.region.code);

  const period = formatYearSpan(yearFrom, yearTo, lang);
  const metricLabel = metricHeader(metric, basis, t);
  const kind = figureKind({ unit: metric === 'funding' ? 'SEK' : 'COUNT' }, basis);
  const formatValue = useMemo(() => (value: number) => formatFigure(value, kind, lang), [kind, lang]);

  const columns = useMemo<DataColumn<Row>[]>(() => {
    const populationYear = comparison?.populationYear ?? 2017;
    return [
      {
        id: 'region',
        label: t('comparison.region'),
        value: (row) => row.region.name,
        render: (row) => <Link to={paths.region(row.region.code)}>{row.region.name}</Link>,
      },
      {
        id: 'population',
        label: t('comparison.population', { year: populationYear }),
        numeric: true,
        value: (row) => figureNumber(row.population, 'total'),
        render: (row) => (
          <ComparisonFigureCell
            figure={row.population}
            basis="total"
            subject={`${t('comparison.population', { year: populationYear })}, ${row.region.name}`}
          />
        ),
      },
      ...METRICS.map((key): DataColumn<Row> => ({
        id: key,
        label: metricHeader(key, basis, t),
        numeric: true,
        value: (row) => figureNumber(row[key], basis),
        render: (row) => (
          <ComparisonFigureCell
            figure={row[key]}
            basis={basis}
            unitInHeader
            subject={`${t(`comparison.metrics.${key}`)}, ${row.region.name}, ${period}`}
          />
        ),
      })),
    ];
  }, [basis, comparison?.populationYear, period, t]);

  const csvColumns = useMemo(
    () => comparisonCsvColumns(basis, comparison?.populationYear ?? 2017, t, lang),
    [basis, comparison?.populationYear, t, lang],
  );

  const bars = useMemo(
    () =>
      rows
        .map((row) => {
          const value = figureNumber(row[metric], basis);
          return {
            id: row.region.code,
            label: row.region.name,
            value,
            text: value === null ? undefined : figureText(row[metric], value, kind, lang),
          };
        })
        .sort((a, b) =>
          a.value === null ? (b.value === null ? a.label.localeCompare(b.label, 'sv') : 1) : b.value === null ? -1 : b.value - a.value,
        ),
    [rows, metric, basis, kind, lang],
  );
  const mapValues = useMemo(
    () =>
      rows.flatMap((row) =>
        row.region.mapId ? [{ mapId: row.region.mapId, label: row.region.name, value: figureNumber(row[metric], basis) }] : [],
      ),
    [rows, metric, basis],
  );
  const codeByMapId = useMemo(
    () => new Map(rows.flatMap((row) => (row.region.mapId ? [[row.region.mapId, row.region.code] as const] : []))),
    [rows],
  );
  const openRegion = (code: string) => void navigate(withLang(paths.region(code), lang));

  const summary = [
    comparison?.defaultRegions ? t('comparison.summaryDefault', { period }) : t('comparison.summaryChosen', { count: rows.length, period }),
    funder && t('comparison.summaryFunder', { funder: funders.find((item) => item.value === funder)?.label ?? funder }),
    programme && t('comparison.summaryProgramme', { programme: programmes.find((item) => item.value === programme)?.label ?? programme }),
  ].filter(Boolean);

  return (
    <Page title={t('views.regionComparison.title')} intro={t('views.regionComparison.intro')}>
      <ComparisonControls
        metric={metric}
        onMetric={(next) => update({ metric: next === 'funding' ? null : next })}
        basis={basis}
        onBasis={(next) => update({ per: next === 'perInhabitant' ? 'inv' : null })}
        yearFrom={yearFrom}
        yearTo={yearTo}
        onYears={(from, to) => update({ from: from === DEFAULT_FROM ? null : String(from), to: to === DEFAULT_TO ? null : String(to) })}
        funder={funder}
        funders={funders}
        onFunder={(slug) => update({ funder: slug })}
        programme={programme}
        programmes={programmes}
        onProgramme={(slug) => update({ programme: slug })}
        counties={counties}
        regions={shownCodes}
        defaultRegions={regions.length === 0}
        onRegions={(codes) => update({ regions: codes.length > 0 ? codes.join(',') : null })}
        onResetRegions={() => update({ regions: null })}
      />

      {error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !comparison ? (
        <Loading />
      ) : (
        <div className={loading ? 'is-updating' : undefined} aria-busy={loading}>
          <p className="comparison-summary" role="status">
            {loading ? t('comparison.updating') : summary.join(' ')}
          </p>
          {rows.length === 0 ? (
            <EmptyState title={t('comparison.empty')} />
          ) : (
            <>
              <div className="chart-grid">
                <Section title={metricLabel} id="chart">
                  <BarChart
                    title={t('comparison.chartTitle', { metric: metricLabel, period })}
                    data={bars}
                    labelHeader={t('comparison.region')}
                    valueLabel={metricLabel}
                    formatValue={formatValue}
                    onSelect={openRegion}
                  />
                </Section>
                <Section title={t('comparison.mapHeading')} id="map">
                  <CountyMap
                    title={t('comparison.mapTitle', { metric: metricLabel, period })}
                    values={mapValues}
                    valueLabel={metricLabel}
                    formatValue={formatValue}
                    onSelect={(mapId) => {
                      const code = codeByMapId.get(mapId);
                      if (code) openRegion(code);
                    }}
                    height={460}
                  />
                </Section>
              </div>
              <Section title={t('comparison.tableHeading')} id="table">
                <DataTable
                  caption={t('comparison.tableCaption', { period })}
                  columns={columns}
                  rows={rows}
                  getRowId={(row) => row.region.code}
                  csvFilename={t('comparison.csvFile', { period: `${yearFrom}-${yearTo}` })}
                  csvColumns={csvColumns}
                  initialSorting={{ id: 'region', desc: false }}
                />
                <div className="table-notes">
                  {rows.some((row) => METRICS.some((key) => row[key].shared)) && <SharedFootnote />}
                  <p className="footnote">{t('ui.approximateNote')}</p>
                  <p className="footnote">{t('comparison.notReportedNote')}</p>
                  <p className="footnote">{t('comparison.populationNote', { year: comparison.populationYear })}</p>
                </div>
              </Section>
            </>
          )}
        </div>
      )}
    </Page>
  );
}

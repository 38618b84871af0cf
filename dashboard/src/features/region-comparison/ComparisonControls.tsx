import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureBasis } from '../../components/ui/ComparisonFigure';
import { METRICS, type Metric } from './metrics';
import { RegionPicker, type County } from './RegionPicker';

export const YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021] as const;

export interface Option {
  value: string;
  label: string;
}

export interface ComparisonControlsProps {
  metric: Metric;
  onMetric: (metric: Metric) => void;
  basis: FigureBasis;
  onBasis: (basis: FigureBasis) => void;
  yearFrom: number;
  yearTo: number;
  onYears: (from: number, to: number) => void;
  funder: string | null;
  funders: readonly Option[];
  onFunder: (slug: string | null) => void;
  programme: string | null;
  programmes: readonly Option[];
  onProgramme: (slug: string | null) => void;
  counties: readonly County[];
  regions: readonly string[];
  defaultRegions: boolean;
  onRegions: (codes: string[]) => void;
  onResetRegions: () => void;
}

/** The comparison's controls; every choice lands in the URL, so the view can be shared as it is. */
export function ComparisonControls(props: ComparisonControlsProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <form className="controls" aria-label={t('comparison.controls')} onSubmit={(event) => event.preventDefault()}>
      <div className="controls__row">
        <div className="field">
          <label htmlFor={`${id}-metric`}>{t('comparison.metric')}</label>
          <select id={`${id}-metric`} value={props.metric} onChange={(event) => props.onMetric(event.currentTarget.value as Metric)}>
            {METRICS.map((metric) => (
              <option key={metric} value={metric}>
                {t(`comparison.metrics.${metric}`)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field segmented">
          <legend>{t('comparison.basis')}</legend>
          <div className="segmented__options">
            {(['total', 'perInhabitant'] as const).map((basis) => (
              <label key={basis} className={props.basis === basis ? 'is-checked' : undefined}>
                <input
                  type="radio"
                  name={`${id}-basis`}
                  value={basis}
                  checked={props.basis === basis}
                  onChange={() => props.onBasis(basis)}
                />
                {t(basis === 'total' ? 'comparison.total' : 'comparison.perInhabitant')}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="field field--period">
          <legend>{t('comparison.period')}</legend>
          <div className="field__pair">
            <label>
              <span className="visually-hidden">{t('comparison.yearFrom')}</span>
              <select value={props.yearFrom} onChange={(event) => props.onYears(Number(event.currentTarget.value), props.yearTo)}>
                {YEARS.map((year) => (
                  <option key={year} value={year}>
                    {year}
                  </option>
                ))}
              </select>
            </label>
            <span aria-hidden="true">–</span>
            <label>
              <span className="visually-hidden">{t('comparison.yearTo')}</span>
              <select value={props.yearTo} onChange={(event) => props.onYears(props.yearFrom, Number(event.currentTarget.value))}>
                {YEARS.map((year) => (
                  <option key={year} value={year}>
                    {year}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-funder`}>{t('comparison.funder')}</label>
          <select id={`${id}-funder`} value={props.funder ?? ''} onChange={(event) => props.onFunder(event.currentTarget.value || null)}>
            <option value="">{t('comparison.allFunders')}</option>
            {props.funders.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-programme`}>{t('comparison.programme')}</label>
          <select
            id={`${id}-programme`}
            value={props.programme ?? ''}
            onChange={(event) => props.onProgramme(event.currentTarget.value || null)}
          >
            <option value="">{t('comparison.allProgrammes')}</option>
            {props.programmes.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <RegionPicker
        counties={props.counties}
        selected={props.regions}
        isDefault={props.defaultRegions}
        onChange={props.onRegions}
        onReset={props.onResetRegions}
      />
    </form>
  );
}

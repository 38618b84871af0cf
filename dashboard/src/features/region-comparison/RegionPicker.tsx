import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface County {
  code: string;
  name: string;
}

export interface RegionPickerProps {
  counties: readonly County[];
  /** The codes in the comparison. */
  selected: readonly string[];
  /** True while the default twelve are shown (nothing chosen in the URL). */
  isDefault: boolean;
  onChange: (codes: string[]) => void;
  onReset: () => void;
}

/** Any of the 21 counties, as checkboxes in a disclosure: a multi-select that works with the keyboard and a screen reader. */
export function RegionPicker({ counties, selected, isDefault, onChange, onReset }: RegionPickerProps) {
  const { t } = useTranslation();
  const legendId = useId();
  const chosen = new Set(selected);
  const toggle = (code: string, on: boolean) => {
    const next = counties.map((county) => county.code).filter((c) => (c === code ? on : chosen.has(c)));
    onChange(next);
  };
  return (
    <details className="region-picker">
      <summary>
        <span className="region-picker__label">{t('comparison.regions')}</span>
        <span className="region-picker__value">
          {isDefault ? t('comparison.defaultRegions') : t('comparison.regionsSummary', { count: selected.length })}
        </span>
      </summary>
      <fieldset className="region-picker__panel" aria-labelledby={legendId}>
        <legend id={legendId} className="visually-hidden">
          {t('comparison.regions')}
        </legend>
        <ul className="region-picker__list">
          {counties.map((county) => (
            <li key={county.code}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.has(county.code)}
                  onChange={(event) => toggle(county.code, event.currentTarget.checked)}
                />{' '}
                {county.name}
              </label>
            </li>
          ))}
        </ul>
        <div className="region-picker__actions">
          <button type="button" className="button button--secondary" onClick={onReset} disabled={isDefault}>
            {t('comparison.resetRegions')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => onChange(counties.map((county) => county.code))}>
            {t('comparison.selectAllRegions')}
          </button>
        </div>
      </fieldset>
    </details>
  );
}

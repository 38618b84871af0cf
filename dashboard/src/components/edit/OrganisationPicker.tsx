import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { useEditTranslation } from '../../lib/i18n-edit';
import { ProblemList, useField } from './Form';

// Choose an organisation by searching its name (diacritics ignored, as in the header search), then
// picking it from a plain list: a labelled text field and a labelled select, both keyboard friendly.

export const OrganisationOptionsQuery = graphql(`
  query OrganisationOptions($text: String!) {
    organisations(filter: { text: $text }, first: 20) {
      totalCount
      nodes {
        id
        name
        kind
        municipality {
          name
        }
      }
    }
  }
`);

export interface OrganisationPickerProps {
  /** The API's field, e.g. "organisationId" or "funderId". */
  name: string;
  label: string;
  value: string;
  onChange: (id: string, name: string) => void;
  /** Offer "none" (a funding whose funder the source does not name), with this label. */
  noneLabel?: string;
  /** Organisations that cannot be chosen (already members). */
  exclude?: readonly string[];
  /** The name of the organisation chosen when the form opens (`value`), shown until another is found. */
  initialName?: string | undefined;
}

export function OrganisationPicker({ name, label, value, onChange, noneLabel, exclude = [], initialName }: OrganisationPickerProps) {
  const { t } = useEditTranslation();
  const { t: tMain } = useTranslation();
  const searchId = useId();
  const hintId = useId();
  const { id, problems, errorId, edited } = useField(name, label);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [chosenName, setChosenName] = useState(initialName ?? '');

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);

  const { data, loading } = useQuery(OrganisationOptionsQuery, { variables: { text: query }, skip: query.length < 2 });
  const found = query.length >= 2 ? (data?.organisations.nodes ?? []).filter((org) => !exclude.includes(org.id)) : [];
  const chosenShown = value !== '' && !found.some((org) => org.id === value);

  return (
    <div className={`edit-picker${problems.length ? ' edit-field--invalid' : ''}`}>
      <div className="field edit-field edit-field--medium">
        <label htmlFor={searchId}>{t('picker.search')}</label>
        <p className="field__hint" id={hintId}>
          {t('picker.hint')}
        </p>
        <input
          id={searchId}
          type="search"
          value={text}
          autoComplete="off"
          aria-describedby={hintId}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="field edit-field edit-field--medium">
        <label htmlFor={id}>{label}</label>
        <ProblemList id={errorId} problems={problems} />
        <select
          id={id}
          value={value}
          aria-invalid={problems.length > 0 || undefined}
          aria-describedby={problems.length ? errorId : undefined}
          aria-busy={loading || undefined}
          onChange={(event) => {
            const org = found.find((candidate) => candidate.id === event.target.value);
            edited();
            setChosenName(org?.name ?? '');
            onChange(event.target.value, org?.name ?? '');
          }}
        >
          <option value="" disabled={!noneLabel}>
            {noneLabel ??
              (query.length < 2 ? t('picker.searchFirst') : found.length === 0 && !loading ? t('picker.none') : t('picker.choose'))}
          </option>
          {chosenShown && <option value={value}>{chosenName || value}</option>}
          {found.map((org) => (
            <option key={org.id} value={org.id}>
              {`${org.name} – ${tMain(`enums.organisationKind.${org.kind}`)}${org.municipality ? `, ${org.municipality.name}` : ''}`}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { graphql } from '../../gql';
import type { SourceDraft } from '../../lib/formValues';
import { useEditTranslation } from '../../lib/i18n-edit';
import { FieldGroup, ProblemList, SelectField, TextField, useEdited, useField } from './Form';

// Every write of a fact names its source: one already in the atlas (by key), or a new one described
// here, with the words of the source that state the fact.

export const SourceOptionsQuery = graphql(`
  query SourceOptions {
    sources(first: 100) {
      totalCount
      nodes {
        id
        key
        title
        publisher
      }
    }
  }
`);

/** Sources by key, for showing a key as its title (the history panel). */
export function useSourceTitles(): Map<string, { title: string; publisher: string }> {
  const { data } = useQuery(SourceOptionsQuery);
  return new Map((data?.sources.nodes ?? []).map((source) => [source.key, { title: source.title, publisher: source.publisher }]));
}

function ModeChoice({ value, onChange }: { value: SourceDraft['mode']; onChange: (mode: SourceDraft['mode']) => void }) {
  const { t } = useEditTranslation();
  const name = useId();
  const edited = useEdited();
  return (
    <div className="edit-choice" role="radiogroup" aria-label={t('source.legend')}>
      {(['existing', 'new'] as const).map((mode) => (
        <label key={mode} className="edit-choice__option">
          <input
            type="radio"
            name={name}
            value={mode}
            checked={value === mode}
            onChange={() => {
              edited('source');
              onChange(mode);
            }}
          />
          {t(`source.${mode}`)}
        </label>
      ))}
    </div>
  );
}

function ExistingSource({ draft, onChange }: { draft: SourceDraft; onChange: (draft: SourceDraft) => void }) {
  const { t } = useEditTranslation();
  const { data, loading } = useQuery(SourceOptionsQuery);
  const sources = data?.sources.nodes ?? [];
  const complete = (data?.sources.totalCount ?? 0) <= sources.length;
  const listId = useId();
  if (loading && !data) return <p className="muted">{t('source.loading')}</p>;
  if (!complete) {
    // Too many to choose from in a list: type the key, with the first hundred as suggestions.
    return (
      <>
        <TextField
          name="source.key"
          label={t('source.pick')}
          value={draft.key}
          onChange={(key) => onChange({ ...draft, key })}
          width="medium"
          list={listId}
        />
        <datalist id={listId}>
          {sources.map((source) => (
            <option key={source.key} value={source.key}>{`${source.title} (${source.publisher})`}</option>
          ))}
        </datalist>
      </>
    );
  }
  return (
    <SelectField
      name="source.key"
      label={t('source.pick')}
      value={draft.key}
      onChange={(key) => onChange({ ...draft, key })}
      options={[
        { value: '', label: t('source.pickPlaceholder') },
        ...sources.map((source) => ({ value: source.key, label: `${source.title} – ${source.publisher} (${source.key})` })),
      ]}
    />
  );
}

export function SourceFields({ draft, onChange }: { draft: SourceDraft; onChange: (draft: SourceDraft) => void }) {
  const { t } = useEditTranslation();
  const { problems, errorId } = useField('source.new', t('source.new'));
  return (
    <FieldGroup name="source" legend={t('source.legend')} hint={t('source.hint')}>
      <ModeChoice value={draft.mode} onChange={(mode) => onChange({ ...draft, mode })} />
      {draft.mode === 'existing' ? (
        <ExistingSource draft={draft} onChange={onChange} />
      ) : (
        <>
          <ProblemList id={errorId} problems={problems} />
          <TextField
            name="source.new.title"
            label={t('source.title')}
            value={draft.title}
            onChange={(title) => onChange({ ...draft, title })}
          />
          <TextField
            name="source.new.publisher"
            label={t('source.publisher')}
            value={draft.publisher}
            onChange={(publisher) => onChange({ ...draft, publisher })}
            width="medium"
          />
          <TextField
            name="source.new.publishedOn"
            label={t('source.publishedOn')}
            type="date"
            optional
            value={draft.publishedOn}
            onChange={(publishedOn) => onChange({ ...draft, publishedOn })}
            width="short"
          />
          <TextField
            name="source.new.url"
            label={t('source.url')}
            type="url"
            inputMode="url"
            optional
            value={draft.url}
            onChange={(url) => onChange({ ...draft, url })}
          />
        </>
      )}
      <TextField
        name="source.quote"
        label={t('source.quote')}
        hint={t('source.quoteHint')}
        optional
        multiline
        value={draft.quote}
        onChange={(quote) => onChange({ ...draft, quote })}
        lang="sv"
      />
    </FieldGroup>
  );
}

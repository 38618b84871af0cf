import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VersionNotice } from '../../components/edit/ConflictNotice';
import { DeleteRecord } from '../../components/edit/DeleteRecord';
import { EditForm, FieldRow, SelectField, TextField } from '../../components/edit/Form';
import { SourceFields } from '../../components/edit/SourceFields';
import { useProblemText } from '../../components/edit/useProblemText';
import { useRecordDraft } from '../../components/edit/useRecordDraft';
import { useWrite } from '../../components/edit/useWrite';
import { graphql } from '../../gql';
import type { OutcomeForm_OutcomeFragment } from '../../gql/graphql';
import { type FormValue } from '../../lib/conflict';
import { emptySourceDraft, toSourceRef } from '../../lib/formValues';
import { useLang } from '../../lib/i18n';
import { useEditTranslation } from '../../lib/i18n-edit';
import { mergeProblems } from '../../lib/writeErrors';
import { COMPARISONS } from './fundingDraft';
import {
  changedOutcomeValues,
  emptyOutcomeDraft,
  METRICS,
  OUTCOME_KINDS,
  outcomeDraft,
  outcomeDraftFromSnapshot,
  readOutcomeDraft,
  type OutcomeDraft,
} from './outcomeDraft';

export const OutcomeFormOutcomeFragment = graphql(`
  fragment OutcomeForm_outcome on Outcome {
    id
    version
    metric
    kind
    comparison
    value
    share
    shareOf
    note
  }
`);

const CreateOutcomeMutation = graphql(`
  mutation CreateOutcome($input: CreateOutcomeInput!) {
    createOutcome(input: $input) {
      id
    }
  }
`);

const UpdateOutcomeMutation = graphql(`
  mutation UpdateOutcome($input: UpdateOutcomeInput!) {
    updateOutcome(input: $input) {
      id
      ...OutcomeForm_outcome
    }
  }
`);

const DeleteOutcomeMutation = graphql(`
  mutation DeleteOutcome($input: DeleteInput!) {
    deleteOutcome(input: $input) {
      deletedId
    }
  }
`);

function useOutcomeSays() {
  const { t } = useEditTranslation();
  const says = useProblemText();
  return { ...says, valueOrShare: t('outcome.valueOrShare'), shareOfRequired: t('outcome.shareOfRequired') };
}

function OutcomeFields({
  draft,
  set,
  editing,
}: {
  draft: OutcomeDraft;
  set: <K extends keyof OutcomeDraft>(key: K, value: OutcomeDraft[K]) => void;
  editing?: boolean;
}) {
  const { t } = useEditTranslation();
  const { t: tMain } = useTranslation();
  const metricOptions = METRICS.map((metric) => ({ value: metric, label: tMain(`enums.outcomeMetric.${metric}`) }));
  return (
    <>
      <FieldRow>
        <SelectField
          name="metric"
          label={t('outcome.metric')}
          value={draft.metric}
          onChange={(metric) => set('metric', metric)}
          options={metricOptions}
        />
        <SelectField
          name="kind"
          label={t('outcome.kind')}
          value={draft.kind}
          onChange={(kind) => set('kind', kind)}
          options={OUTCOME_KINDS.map((kind) => ({ value: kind, label: t(kind === 'TARGET' ? 'outcome.target' : 'outcome.actual') }))}
        />
      </FieldRow>
      <SelectField
        name="comparison"
        label={t('outcome.comparison')}
        value={draft.comparison}
        onChange={(comparison) => set('comparison', comparison)}
        options={COMPARISONS.map((comparison) => ({ value: comparison, label: t(`comparison.${comparison}`) }))}
      />
      <TextField
        name="value"
        label={t('outcome.value')}
        hint={t('outcome.valueHint')}
        optional
        inputMode="decimal"
        width="medium"
        value={draft.value}
        onChange={(value) => set('value', value)}
      />
      <FieldRow>
        <TextField
          name="share"
          label={t('outcome.share')}
          hint={t('outcome.shareHint')}
          optional
          inputMode="decimal"
          width="short"
          value={draft.share}
          onChange={(value) => set('share', value)}
        />
        <SelectField
          name="shareOf"
          label={t('outcome.shareOf')}
          optional
          value={draft.shareOf}
          onChange={(value) => set('shareOf', value)}
          options={[{ value: '', label: t('outcome.shareOfNone') }, ...metricOptions]}
        />
      </FieldRow>
      <FieldRow>
        <TextField
          name="periodStart"
          label={t('outcome.periodStart')}
          hint={editing ? t('outcome.periodKept') : undefined}
          type="date"
          optional
          width="short"
          value={draft.periodStart}
          onChange={(value) => set('periodStart', value)}
        />
        <TextField
          name="periodEnd"
          label={t('outcome.periodEnd')}
          type="date"
          optional
          width="short"
          value={draft.periodEnd}
          onChange={(value) => set('periodEnd', value)}
        />
      </FieldRow>
      <TextField
        name="note"
        label={t('outcome.note')}
        optional
        multiline
        lang="en"
        value={draft.note}
        onChange={(value) => set('note', value)}
      />
    </>
  );
}

/** Adds a target or an actual figure to a project: a number, or a share of another measure. */
export function AddOutcomeForm({ projectId, onDone }: { projectId: string; onDone: () => void }) {
  const lang = useLang();
  const says = useOutcomeSays();
  const write = useWrite();
  const [draft, setDraft] = useState<OutcomeDraft>(emptyOutcomeDraft);
  const [source, setSource] = useState(emptySourceDraft());
  const set = <K extends keyof OutcomeDraft>(key: K, value: OutcomeDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const submit = async () => {
    const read = readOutcomeDraft(draft, lang, says);
    const ref = toSourceRef(source, says.say);
    if (!read.ok || !ref.ok) {
      write.refuse(mergeProblems(read.ok ? {} : read.fields, ref.ok ? {} : ref.fields));
      return;
    }
    const input = { projectId, ...read.values, source: ref.value };
    const done = await write.run((client) => client.mutate({ mutation: CreateOutcomeMutation, variables: { input } }));
    if (done) onDone();
  };

  return (
    <EditForm onSubmit={() => void submit()} onCancel={onDone} saving={write.saving} error={write.error} attempt={write.attempt}>
      <OutcomeFields draft={draft} set={set} />
      <SourceFields draft={source} onChange={setSource} />
    </EditForm>
  );
}

/** Changes a target or actual: only the changed fields are sent (a number and a share together), with the version. */
export function OutcomeForm({
  outcome,
  onReload,
  onDone,
}: {
  outcome: OutcomeForm_OutcomeFragment;
  onReload: () => Promise<unknown>;
  onDone: () => void;
}) {
  const { t } = useEditTranslation();
  const { t: tMain } = useTranslation();
  const lang = useLang();
  const says = useOutcomeSays();
  const write = useWrite();
  const record = useRecordDraft<OutcomeDraft>(outcome, () => outcomeDraft(outcome, lang));
  const [source, setSource] = useState(emptySourceDraft());

  const submit = async () => {
    record.settle();
    const read = readOutcomeDraft(record.draft, lang, says);
    const ref = toSourceRef(source, says.say);
    if (!read.ok || !ref.ok) {
      write.refuse(mergeProblems(read.ok ? {} : read.fields, ref.ok ? {} : ref.fields));
      return;
    }
    const input = { id: outcome.id, version: record.version, source: ref.value, ...changedOutcomeValues(read.values, record.changedKeys) };
    const done = await write.run((client) => client.mutate({ mutation: UpdateOutcomeMutation, variables: { input } }));
    if (done) onDone();
  };

  const labels: Partial<Record<keyof OutcomeDraft, string>> = {
    metric: t('outcome.metric'),
    kind: t('outcome.kind'),
    comparison: t('outcome.comparison'),
    value: t('outcome.value'),
    share: t('outcome.share'),
    shareOf: t('outcome.shareOf'),
    note: t('outcome.note'),
  };
  const describe = (field: keyof OutcomeDraft, value: FormValue) => {
    if (typeof value === 'boolean') return t(value ? 'form.yes' : 'form.no');
    if (!value) return t('form.empty');
    const metric = METRICS.find((m) => m === value);
    if ((field === 'metric' || field === 'shareOf') && metric) return tMain(`enums.outcomeMetric.${metric}`);
    if (field === 'kind') return t(value === 'ACTUAL' ? 'outcome.actual' : 'outcome.target');
    const comparison = COMPARISONS.find((c) => c === value);
    if (field === 'comparison' && comparison) return t(`comparison.${comparison}`);
    return value;
  };

  return (
    <EditForm
      onSubmit={() => void submit()}
      onCancel={onDone}
      saving={write.saving}
      error={write.error}
      attempt={write.attempt}
      disabled={record.reloading}
      notice={
        <VersionNotice
          error={write.error}
          record={record}
          labels={labels}
          describe={describe}
          fromSnapshot={(snapshot) => outcomeDraftFromSnapshot(snapshot, lang)}
          refetch={onReload}
          onReloaded={write.clear}
        />
      }
    >
      <OutcomeFields draft={record.draft} set={record.set} editing />
      <SourceFields draft={source} onChange={setSource} />
    </EditForm>
  );
}

/** Asks before deleting a target or actual. */
export function DeleteOutcome({
  outcome,
  onReload,
  onDone,
}: {
  outcome: { id: string; version: number };
  onReload: () => Promise<unknown>;
  onDone: () => void;
}) {
  const { t } = useEditTranslation();
  return (
    <DeleteRecord
      body={t('outcome.deleteBody')}
      confirmLabel={t('outcome.deleteConfirm')}
      send={(client) =>
        client.mutate({ mutation: DeleteOutcomeMutation, variables: { input: { id: outcome.id, version: outcome.version } } })
      }
      onReload={onReload}
      onDone={onDone}
    />
  );
}

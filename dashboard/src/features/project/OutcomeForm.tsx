import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditForm, FieldRow, SelectField, TextField } from '../../components/edit/Form';
import { SourceFields } from '../../components/edit/SourceFields';
import { useProblemText } from '../../components/edit/useProblemText';
import { useWrite } from '../../components/edit/useWrite';
import { graphql } from '../../gql';
import type { Comparison, OutcomeKind, OutcomeMetric } from '../../gql/graphql';
import { parseDecimalInput, percentToShare } from '../../lib/decimalInput';
import { emptySourceDraft, parseDate, textValue, toSourceRef } from '../../lib/formValues';
import { useLang } from '../../lib/i18n';
import { useEditTranslation } from '../../lib/i18n-edit';
import { addProblem, mergeProblems, type FieldProblems } from '../../lib/writeErrors';
import { COMPARISONS } from './fundingDraft';

const CreateOutcomeMutation = graphql(`
  mutation CreateOutcome($input: CreateOutcomeInput!) {
    createOutcome(input: $input) {
      id
    }
  }
`);

const METRICS: readonly OutcomeMetric[] = [
  'PARTICIPANTS',
  'PARTICIPANTS_WOMEN',
  'INTO_WORK',
  'JOBS_CREATED',
  'ENTERPRISES_SUPPORTED',
  'STAFF',
];
const KINDS: readonly OutcomeKind[] = ['TARGET', 'ACTUAL'];

interface OutcomeDraft {
  metric: OutcomeMetric;
  kind: OutcomeKind;
  comparison: Comparison;
  value: string;
  share: string;
  shareOf: string;
  periodStart: string;
  periodEnd: string;
  note: string;
}

/** Adds a target or an actual figure to a project: a number, or a share of another measure. */
export function AddOutcomeForm({ projectId, onDone }: { projectId: string; onDone: () => void }) {
  const { t } = useEditTranslation();
  const { t: tMain } = useTranslation();
  const lang = useLang();
  const says = useProblemText();
  const write = useWrite();
  const [draft, setDraft] = useState<OutcomeDraft>({
    metric: 'PARTICIPANTS',
    kind: 'TARGET',
    comparison: 'EXACTLY',
    value: '',
    share: '',
    shareOf: '',
    periodStart: '',
    periodEnd: '',
    note: '',
  });
  const [source, setSource] = useState(emptySourceDraft());
  const set = <K extends keyof OutcomeDraft>(key: K, value: OutcomeDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const submit = async () => {
    let fields: FieldProblems = {};
    const problem = (field: string, message: string) => {
      fields = addProblem(fields, field, { message, server: false });
    };
    const value = parseDecimalInput(draft.value, { scale: 2, integerDigits: 12, lang });
    if (!value.ok) problem('value', says.decimal(value.problem));
    const share = percentToShare(draft.share, lang);
    if (!share.ok) problem('share', share.problem === 'range' ? says.say('share') : says.decimal(share.problem));
    if (value.ok && share.ok && (value.value === null) === (share.value === null)) problem('value', t('outcome.valueOrShare'));
    if (share.ok && share.value !== null && !draft.shareOf) problem('shareOf', t('outcome.shareOfRequired'));
    const start = parseDate(draft.periodStart);
    const end = parseDate(draft.periodEnd);
    if (!start.ok) problem('periodStart', says.say('date'));
    if (!end.ok) problem('periodEnd', says.say('date'));
    if (start.ok && end.ok && start.value && end.value && end.value < start.value) problem('periodEnd', says.say('dateOrder'));
    const ref = toSourceRef(source, says.say);
    if (Object.keys(fields).length || !ref.ok || !value.ok || !share.ok || !start.ok || !end.ok) {
      write.refuse(mergeProblems(fields, ref.ok ? {} : ref.fields));
      return;
    }
    const shareOf = share.value !== null ? (METRICS.find((metric) => metric === draft.shareOf) ?? null) : null;
    const input = {
      projectId,
      metric: draft.metric,
      kind: draft.kind,
      comparison: draft.comparison,
      value: value.value,
      share: share.value,
      shareOf,
      periodStart: start.value,
      periodEnd: end.value,
      note: textValue(draft.note),
      source: ref.value,
    };
    const done = await write.run((client) => client.mutate({ mutation: CreateOutcomeMutation, variables: { input } }));
    if (done) onDone();
  };

  const metricOptions = METRICS.map((metric) => ({ value: metric, label: tMain(`enums.outcomeMetric.${metric}`) }));
  return (
    <EditForm onSubmit={() => void submit()} onCancel={onDone} saving={write.saving} error={write.error} attempt={write.attempt}>
      <FieldRow>
        <SelectField
          name="metric"
          label={t('outcome.metric')}
          value={draft.metric}
          onChange={(metric) => set('metric', METRICS.find((m) => m === metric) ?? 'PARTICIPANTS')}
          options={metricOptions}
        />
        <SelectField
          name="kind"
          label={t('outcome.kind')}
          value={draft.kind}
          onChange={(kind) => set('kind', kind === 'ACTUAL' ? 'ACTUAL' : 'TARGET')}
          options={KINDS.map((kind) => ({ value: kind, label: t(kind === 'TARGET' ? 'outcome.target' : 'outcome.actual') }))}
        />
      </FieldRow>
      <SelectField
        name="comparison"
        label={t('outcome.comparison')}
        value={draft.comparison}
        onChange={(comparison) => set('comparison', COMPARISONS.find((c) => c === comparison) ?? 'EXACTLY')}
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
      <SourceFields draft={source} onChange={setSource} />
    </EditForm>
  );
}

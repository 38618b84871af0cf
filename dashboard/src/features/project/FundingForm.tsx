import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VersionNotice } from '../../components/edit/ConflictNotice';
import { DeleteRecord } from '../../components/edit/DeleteRecord';
import { CheckboxField, EditForm, FieldRow, SelectField, TextField } from '../../components/edit/Form';
import { OrganisationPicker } from '../../components/edit/OrganisationPicker';
import { SourceFields } from '../../components/edit/SourceFields';
import { useProblemText } from '../../components/edit/useProblemText';
import { useRecordDraft } from '../../components/edit/useRecordDraft';
import { useWrite } from '../../components/edit/useWrite';
import { graphql } from '../../gql';
import type { FundingForm_FundingFragment } from '../../gql/graphql';
import { type FormValue } from '../../lib/conflict';
import { parseDecimalInput } from '../../lib/decimalInput';
import { formatSek, withComparison, type Lang } from '../../lib/format';
import { emptySourceDraft, toSourceRef } from '../../lib/formValues';
import { useLang } from '../../lib/i18n';
import { useEditTranslation } from '../../lib/i18n-edit';
import { mergeProblems } from '../../lib/writeErrors';
import {
  changedFundingValues,
  COMPARISONS,
  emptyFundingDraft,
  fundingDraft,
  fundingDraftFromSnapshot,
  readFundingDraft,
  type FundingDraft,
} from './fundingDraft';

export const FundingFormFundingFragment = graphql(`
  fragment FundingForm_funding on Funding {
    id
    version
    key
    comparison
    approximate
    yearFrom
    yearTo
    note
    money {
      amount
      currency
    }
    funder {
      name
    }
  }
`);

const UpdateFundingMutation = graphql(`
  mutation UpdateFunding($input: UpdateFundingInput!) {
    updateFunding(input: $input) {
      id
      ...FundingTable_funding
      ...FundingForm_funding
    }
  }
`);

const DeleteFundingMutation = graphql(`
  mutation DeleteFunding($input: DeleteInput!) {
    deleteFunding(input: $input) {
      deletedId
    }
  }
`);

const CreateFundingMutation = graphql(`
  mutation CreateFunding($input: CreateFundingInput!) {
    createFunding(input: $input) {
      id
    }
  }
`);

const FundingProgrammesQuery = graphql(`
  query FundingProgrammes {
    programmes {
      id
      name
    }
  }
`);

/** How the amount will read in the funding table: "ca 2,5 mnkr", "högst 4 mnkr", "ej rapporterad". */
function AmountPreview({
  amount,
  approximate,
  comparison,
  lang,
}: {
  amount: string;
  approximate: boolean;
  comparison: string;
  lang: Lang;
}) {
  const { t } = useEditTranslation();
  const parsed = parseDecimalInput(amount, { lang });
  if (!parsed.ok) return null;
  const known = COMPARISONS.find((c) => c === comparison) ?? null;
  const text =
    parsed.value === null
      ? null
      : withComparison(
          formatSek(Number(parsed.value), { lang, compact: true, approximate: approximate || known === 'APPROXIMATELY' }),
          known === 'APPROXIMATELY' ? null : known,
          lang,
        );
  return (
    <p className="field__preview" aria-live="polite">
      {text === null ? t('funding.amountNotReported') : t('funding.amountPreview', { amount: text })}
    </p>
  );
}

/** The fields a funding's amount is described by: amount, currency, how exact, years, note. */
function FundingFields({
  draft,
  set,
}: {
  draft: FundingDraft;
  set: <K extends keyof FundingDraft>(key: K, value: FundingDraft[K]) => void;
}) {
  const { t } = useEditTranslation();
  const lang = useLang();
  return (
    <>
      <FieldRow>
        <TextField
          name="amount"
          label={t('funding.amount')}
          hint={t('funding.amountHint')}
          optional
          inputMode="decimal"
          value={draft.amount}
          onChange={(value) => set('amount', value)}
          after={<AmountPreview amount={draft.amount} approximate={draft.approximate} comparison={draft.comparison} lang={lang} />}
        />
        <TextField
          name="currency"
          label={t('funding.currency')}
          width="short"
          value={draft.currency}
          onChange={(value) => set('currency', value)}
          autoComplete="off"
        />
      </FieldRow>
      <SelectField
        name="comparison"
        label={t('funding.comparison')}
        value={draft.comparison}
        onChange={(value) => set('comparison', value)}
        options={COMPARISONS.map((comparison) => ({ value: comparison, label: t(`comparison.${comparison}`) }))}
      />
      <CheckboxField
        name="approximate"
        label={t('funding.approximate')}
        checked={draft.approximate}
        onChange={(value) => set('approximate', value)}
      />
      <FieldRow>
        <TextField
          name="yearFrom"
          label={t('funding.yearFrom')}
          optional
          inputMode="numeric"
          width="short"
          value={draft.yearFrom}
          onChange={(value) => set('yearFrom', value)}
        />
        <TextField
          name="yearTo"
          label={t('funding.yearTo')}
          optional
          inputMode="numeric"
          width="short"
          value={draft.yearTo}
          onChange={(value) => set('yearTo', value)}
        />
      </FieldRow>
      <TextField
        name="note"
        label={t('funding.note')}
        optional
        multiline
        lang="en"
        value={draft.note}
        onChange={(value) => set('note', value)}
      />
    </>
  );
}

export interface FundingFormProps {
  funding: FundingForm_FundingFragment;
  /** Fetches the page again (after someone else changed the funding). */
  onReload: () => Promise<unknown>;
  onDone: () => void;
}

/** Edits a funding: only the fields the user changed are sent, with the version the form started from. */
export function FundingForm({ funding, onReload, onDone }: FundingFormProps) {
  const { t } = useEditTranslation();
  const lang = useLang();
  const says = useProblemText();
  const write = useWrite();
  const record = useRecordDraft<FundingDraft>(funding, () => fundingDraft(funding, lang));
  const [source, setSource] = useState(emptySourceDraft());
  const { draft, set } = record;

  const submit = async () => {
    record.settle();
    const read = readFundingDraft(draft, lang, says);
    const ref = toSourceRef(source, says.say);
    if (!read.ok || !ref.ok) {
      write.refuse(mergeProblems(read.ok ? {} : read.fields, ref.ok ? {} : ref.fields));
      return;
    }
    const input = { id: funding.id, version: record.version, source: ref.value, ...changedFundingValues(read.values, record.changedKeys) };
    const done = await write.run((client) => client.mutate({ mutation: UpdateFundingMutation, variables: { input } }));
    if (done) onDone();
  };

  const labels: Record<keyof FundingDraft, string> = {
    amount: t('funding.amount'),
    currency: t('funding.currency'),
    comparison: t('funding.comparison'),
    approximate: t('funding.approximate'),
    yearFrom: t('funding.yearFrom'),
    yearTo: t('funding.yearTo'),
    note: t('funding.note'),
  };
  const describe = (field: keyof FundingDraft, value: FormValue) =>
    typeof value === 'boolean'
      ? t(value ? 'form.yes' : 'form.no')
      : field === 'comparison' && value
        ? t(`comparison.${value as (typeof COMPARISONS)[number]}`)
        : value || t('form.empty');

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
          fromSnapshot={(snapshot) => fundingDraftFromSnapshot(snapshot, lang)}
          refetch={onReload}
          onReloaded={write.clear}
        />
      }
    >
      <FundingFields draft={draft} set={set} />
      <SourceFields draft={source} onChange={setSource} />
    </EditForm>
  );
}

export interface AddFundingFormProps {
  projectId: string;
  onDone: () => void;
}

/** Adds a funding of this project: funder and programme when the source names them, and the amount. */
export function AddFundingForm({ projectId, onDone }: AddFundingFormProps) {
  const { t } = useEditTranslation();
  const { t: tMain } = useTranslation();
  const lang = useLang();
  const says = useProblemText();
  const write = useWrite();
  const [draft, setDraft] = useState<FundingDraft>(emptyFundingDraft);
  const [funderId, setFunderId] = useState('');
  const [programmeId, setProgrammeId] = useState('');
  const [source, setSource] = useState(emptySourceDraft());
  const programmes = useQuery(FundingProgrammesQuery);
  const set = <K extends keyof FundingDraft>(key: K, value: FundingDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const submit = async () => {
    const read = readFundingDraft(draft, lang, says);
    const ref = toSourceRef(source, says.say);
    if (!read.ok || !ref.ok) {
      write.refuse(mergeProblems(read.ok ? {} : read.fields, ref.ok ? {} : ref.fields));
      return;
    }
    const input = {
      projectIds: [projectId],
      funderId: funderId || null,
      programmeId: programmeId || null,
      source: ref.value,
      ...read.values,
    };
    const done = await write.run((client) => client.mutate({ mutation: CreateFundingMutation, variables: { input } }));
    if (done) onDone();
  };

  return (
    <EditForm onSubmit={() => void submit()} onCancel={onDone} saving={write.saving} error={write.error} attempt={write.attempt}>
      <OrganisationPicker
        name="funderId"
        label={t('funding.funder')}
        value={funderId}
        onChange={(id) => setFunderId(id)}
        noneLabel={t('picker.noFunder')}
      />
      <SelectField
        name="programmeId"
        label={t('funding.programme')}
        optional
        value={programmeId}
        onChange={setProgrammeId}
        options={[
          { value: '', label: t('funding.noProgramme') },
          ...(programmes.data?.programmes ?? []).map((programme) => ({ value: programme.id, label: programme.name })),
        ]}
        hint={programmes.loading ? tMain('ui.loading') : undefined}
      />
      <FundingFields draft={draft} set={set} />
      <SourceFields draft={source} onChange={setSource} />
    </EditForm>
  );
}

/** Asks before deleting a funding (its links to the projects it covers go with it). */
export function DeleteFunding({
  funding,
  otherProjects,
  onReload,
  onDone,
}: {
  funding: { id: string; version: number };
  /** How many other projects the funding covers: they lose it too. */
  otherProjects: number;
  onReload: () => Promise<unknown>;
  onDone: () => void;
}) {
  const { t } = useEditTranslation();
  return (
    <DeleteRecord
      body={otherProjects > 0 ? t('funding.deleteBodyShared', { count: otherProjects }) : t('funding.deleteBody')}
      confirmLabel={t('funding.deleteConfirm')}
      send={(client) =>
        client.mutate({ mutation: DeleteFundingMutation, variables: { input: { id: funding.id, version: funding.version } } })
      }
      onReload={onReload}
      onDone={onDone}
    />
  );
}

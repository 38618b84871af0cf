import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VersionNotice } from '../../components/edit/ConflictNotice';
import { CheckboxField, EditForm, SelectField, TextField } from '../../components/edit/Form';
import { OrganisationPicker } from '../../components/edit/OrganisationPicker';
import { SourceFields } from '../../components/edit/SourceFields';
import { useProblemText } from '../../components/edit/useProblemText';
import { useRecordDraft } from '../../components/edit/useRecordDraft';
import { useWrite } from '../../components/edit/useWrite';
import { graphql } from '../../gql';
import type { PartnershipForm_PartnershipFragment } from '../../gql/graphql';
import { type FormValue } from '../../lib/conflict';
import { changedValues, emptySourceDraft, toSourceRef } from '../../lib/formValues';
import { useEditTranslation } from '../../lib/i18n-edit';
import { mergeProblems } from '../../lib/writeErrors';
import { partnershipDraft, partnershipDraftFromSnapshot, readPartnershipDraft, type PartnershipDraft } from './partnershipDraft';

export const PartnershipFormPartnershipFragment = graphql(`
  fragment PartnershipForm_partnership on Partnership {
    id
    version
    name
    description
    started {
      date
      approximate
    }
    region {
      code
    }
    coordinator {
      id
      name
    }
  }
`);

const UpdatePartnershipMutation = graphql(`
  mutation UpdatePartnership($input: UpdatePartnershipInput!) {
    updatePartnership(input: $input) {
      id
      ...PartnershipForm_partnership
    }
  }
`);

export const CountyOptionsQuery = graphql(`
  query CountyOptions {
    regions(filter: { kind: COUNTY }) {
      code
      name
    }
  }
`);

/** Edits a partnership's own fields: name, description, region, coordinator and when it started. */
export function PartnershipForm({
  partnership,
  onReload,
  onDone,
}: {
  partnership: PartnershipForm_PartnershipFragment;
  onReload: () => Promise<unknown>;
  onDone: () => void;
}) {
  const { t } = useEditTranslation();
  const { t: tMain } = useTranslation();
  const says = useProblemText();
  const write = useWrite();
  const record = useRecordDraft<PartnershipDraft>(partnership, () => partnershipDraft(partnership));
  const [source, setSource] = useState(emptySourceDraft());
  const regions = useQuery(CountyOptionsQuery);
  const { draft, set } = record;
  const regionName = (code: string) => regions.data?.regions.find((region) => region.code === code)?.name ?? code;

  const submit = async () => {
    record.settle();
    const read = readPartnershipDraft(draft, says.say);
    const ref = toSourceRef(source, says.say);
    if (!read.ok || !ref.ok) {
      write.refuse(mergeProblems(read.ok ? {} : read.fields, ref.ok ? {} : ref.fields));
      return;
    }
    const input = { id: partnership.id, version: record.version, source: ref.value, ...changedValues(read.values, record.changedKeys) };
    const done = await write.run((client) => client.mutate({ mutation: UpdatePartnershipMutation, variables: { input } }));
    if (done) onDone();
  };

  const labels: Partial<Record<keyof PartnershipDraft, string>> = {
    name: t('partnership.name'),
    description: t('partnership.description'),
    regionCode: t('partnership.region'),
    startedOn: t('partnership.startedOn'),
    startedApproximate: t('partnership.startedApproximate'),
  };
  const describe = (field: keyof PartnershipDraft, value: FormValue) =>
    typeof value === 'boolean'
      ? t(value ? 'form.yes' : 'form.no')
      : !value
        ? t('form.empty')
        : field === 'regionCode'
          ? regionName(value)
          : value;
  const regionOptions = regions.data?.regions ?? [];

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
          fromSnapshot={partnershipDraftFromSnapshot}
          refetch={onReload}
          onReloaded={write.clear}
        />
      }
    >
      <TextField
        name="name"
        label={labels.name ?? ''}
        hint={t('organisation.nameHint')}
        value={draft.name}
        onChange={(value) => set('name', value)}
      />
      <TextField
        name="description"
        label={labels.description ?? ''}
        hint={t('organisation.descriptionHint')}
        optional
        multiline
        lang="en"
        value={draft.description}
        onChange={(value) => set('description', value)}
      />
      <SelectField
        name="regionCode"
        label={labels.regionCode ?? ''}
        optional
        value={draft.regionCode}
        onChange={(value) => set('regionCode', value)}
        hint={regions.loading ? tMain('ui.loading') : undefined}
        options={[
          { value: '', label: t('partnership.noRegion') },
          // the current region, also before the list has arrived
          ...(draft.regionCode && !regionOptions.some((r) => r.code === draft.regionCode)
            ? [{ value: draft.regionCode, label: draft.regionCode }]
            : []),
          ...regionOptions.map((region) => ({ value: region.code, label: region.name })),
        ]}
      />
      <OrganisationPicker
        name="coordinatorId"
        label={t('partnership.coordinator')}
        value={draft.coordinatorId}
        initialName={partnership.coordinator?.name}
        onChange={(id) => set('coordinatorId', id)}
        noneLabel={t('partnership.noCoordinator')}
      />
      <TextField
        name="startedOn"
        label={labels.startedOn ?? ''}
        type="date"
        optional
        width="short"
        value={draft.startedOn}
        onChange={(value) => set('startedOn', value)}
      />
      <CheckboxField
        name="startedApproximate"
        label={labels.startedApproximate ?? ''}
        hint={t('project.approximateHint')}
        checked={draft.startedApproximate}
        onChange={(value) => set('startedApproximate', value)}
      />
      <SourceFields draft={source} onChange={setSource} />
    </EditForm>
  );
}

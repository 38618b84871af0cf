import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VersionNotice } from '../../components/edit/ConflictNotice';
import { EditForm, FieldGroup, SelectField, TextField } from '../../components/edit/Form';
import { SourceFields } from '../../components/edit/SourceFields';
import { useProblemText } from '../../components/edit/useProblemText';
import { useRecordDraft } from '../../components/edit/useRecordDraft';
import { useWrite } from '../../components/edit/useWrite';
import { graphql } from '../../gql';
import type { OrganisationForm_OrganisationFragment, OrganisationKind } from '../../gql/graphql';
import { snapshotText, type FormValue } from '../../lib/conflict';
import { emptySourceDraft, isHttpUrl, textValue, toSourceRef } from '../../lib/formValues';
import { useEditTranslation } from '../../lib/i18n-edit';
import { addProblem, mergeProblems, type FieldProblems } from '../../lib/writeErrors';

export const OrganisationFormOrganisationFragment = graphql(`
  fragment OrganisationForm_organisation on Organisation {
    id
    version
    name
    kind
    orgNumber
    url
    description
    municipality {
      code
    }
    profile {
      legalForm
      businessLine
      integrationLine
    }
  }
`);

const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      id
      ...OrganisationForm_organisation
    }
  }
`);

const KINDS: readonly OrganisationKind[] = [
  'SOCIAL_ENTERPRISE',
  'ASSOCIATION',
  'COMPANY',
  'FOUNDATION',
  'MUNICIPALITY',
  'REGIONAL_BODY',
  'GOVERNMENT_AGENCY',
  'EU_PROGRAMME',
  'OTHER',
];

const PROFILE = ['legalForm', 'businessLine', 'integrationLine'] as const;

type OrganisationDraft = {
  name: string;
  kind: string;
  orgNumber: string;
  url: string;
  description: string;
  municipalityCode: string;
  legalForm: string;
  businessLine: string;
  integrationLine: string;
};

function organisationDraft(org: OrganisationForm_OrganisationFragment): OrganisationDraft {
  return {
    name: org.name,
    kind: org.kind,
    orgNumber: org.orgNumber ?? '',
    url: org.url ?? '',
    description: org.description ?? '',
    municipalityCode: org.municipality?.code ?? '',
    legalForm: org.profile?.legalForm ?? '',
    businessLine: org.profile?.businessLine ?? '',
    integrationLine: org.profile?.integrationLine ?? '',
  };
}

function fromSnapshot(current: Record<string, unknown>): Partial<OrganisationDraft> {
  return {
    name: snapshotText(current.name),
    kind: snapshotText(current.kind),
    orgNumber: snapshotText(current.orgNumber),
    url: snapshotText(current.url),
    description: snapshotText(current.description),
    municipalityCode: snapshotText(current.municipality),
    legalForm: snapshotText(current.legalForm),
    businessLine: snapshotText(current.businessLine),
    integrationLine: snapshotText(current.integrationLine),
  };
}

/** Edits an organisation and, for a social enterprise, its profile. Only changed fields are sent. */
export function OrganisationForm({
  organisation,
  onReload,
  onDone,
}: {
  organisation: OrganisationForm_OrganisationFragment;
  onReload: () => Promise<unknown>;
  onDone: () => void;
}) {
  const { t } = useEditTranslation();
  const { t: tMain } = useTranslation();
  const says = useProblemText();
  const write = useWrite();
  const record = useRecordDraft<OrganisationDraft>(organisation, () => organisationDraft(organisation));
  const [source, setSource] = useState(emptySourceDraft());
  const { draft, set } = record;
  const enterprise = draft.kind === 'SOCIAL_ENTERPRISE';
  const profileToClear = !enterprise && PROFILE.some((field) => record.base[field] !== '');

  const submit = async () => {
    record.settle();
    let fields: FieldProblems = {};
    const problem = (field: string, message: string) => {
      fields = addProblem(fields, field, { message, server: false });
    };
    const name = draft.name.trim();
    if (!name) problem('name', says.say('required'));
    else if (name.length > 200) problem('name', says.say('tooLong'));
    const orgNumber = draft.orgNumber.trim();
    if (orgNumber && !/^\d{6}-?\d{4}$/.test(orgNumber)) problem('orgNumber', t('organisation.orgNumberFormat'));
    const url = draft.url.trim();
    if (url && !isHttpUrl(url)) problem('url', says.say('url'));
    const municipalityCode = draft.municipalityCode.trim();
    if (municipalityCode && !/^\d{4}$/.test(municipalityCode)) problem('municipalityCode', t('organisation.municipalityFormat'));
    const ref = toSourceRef(source, says.say);
    if (Object.keys(fields).length || !ref.ok) {
      write.refuse(mergeProblems(fields, ref.ok ? {} : ref.fields));
      return;
    }
    const values: Record<keyof OrganisationDraft, unknown> = {
      name,
      kind: KINDS.find((kind) => kind === draft.kind) ?? organisation.kind,
      orgNumber: textValue(orgNumber),
      url: textValue(url),
      description: textValue(draft.description),
      municipalityCode: textValue(municipalityCode),
      legalForm: textValue(draft.legalForm),
      businessLine: textValue(draft.businessLine),
      integrationLine: textValue(draft.integrationLine),
    };
    const changed: Record<string, unknown> = {};
    for (const key of record.changedKeys) changed[key] = values[key];
    // Only a social enterprise has a profile: leaving that kind clears it.
    if (profileToClear) for (const field of PROFILE) changed[field] = null;
    const input = { id: organisation.id, version: record.version, source: ref.value, ...changed };
    const done = await write.run((client) => client.mutate({ mutation: UpdateOrganisationMutation, variables: { input } }));
    if (done) onDone();
  };

  const labels: Record<keyof OrganisationDraft, string> = {
    name: t('organisation.name'),
    kind: t('organisation.kind'),
    orgNumber: t('organisation.orgNumber'),
    url: t('organisation.url'),
    description: t('organisation.description'),
    municipalityCode: t('organisation.municipalityCode'),
    legalForm: t('organisation.legalForm'),
    businessLine: t('organisation.businessLine'),
    integrationLine: t('organisation.integrationLine'),
  };
  const kindLabel = (kind: string) => {
    const known = KINDS.find((k) => k === kind);
    return known ? tMain(`enums.organisationKind.${known}`) : kind;
  };
  const describe = (field: keyof OrganisationDraft, value: FormValue) =>
    typeof value === 'boolean' ? t(value ? 'form.yes' : 'form.no') : field === 'kind' ? kindLabel(value) : value || t('form.empty');

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
          fromSnapshot={fromSnapshot}
          refetch={onReload}
          onReloaded={write.clear}
        />
      }
    >
      <TextField
        name="name"
        label={labels.name}
        hint={t('organisation.nameHint')}
        value={draft.name}
        onChange={(value) => set('name', value)}
      />
      <SelectField
        name="kind"
        label={labels.kind}
        value={draft.kind}
        onChange={(value) => set('kind', value)}
        options={KINDS.map((kind) => ({ value: kind, label: kindLabel(kind) }))}
      />
      <TextField
        name="orgNumber"
        label={labels.orgNumber}
        hint={t('organisation.orgNumberHint')}
        optional
        width="medium"
        value={draft.orgNumber}
        onChange={(value) => set('orgNumber', value)}
      />
      <TextField
        name="municipalityCode"
        label={labels.municipalityCode}
        hint={t('organisation.municipalityHint')}
        optional
        inputMode="numeric"
        width="short"
        value={draft.municipalityCode}
        onChange={(value) => set('municipalityCode', value)}
      />
      <TextField
        name="url"
        label={labels.url}
        type="url"
        inputMode="url"
        optional
        value={draft.url}
        onChange={(value) => set('url', value)}
      />
      <TextField
        name="description"
        label={labels.description}
        hint={t('organisation.descriptionHint')}
        optional
        multiline
        lang="en"
        value={draft.description}
        onChange={(value) => set('description', value)}
      />
      {enterprise ? (
        <FieldGroup legend={t('organisation.profile')}>
          <TextField
            name="legalForm"
            label={labels.legalForm}
            optional
            width="medium"
            value={draft.legalForm}
            onChange={(value) => set('legalForm', value)}
          />
          <TextField
            name="businessLine"
            label={labels.businessLine}
            optional
            multiline
            value={draft.businessLine}
            onChange={(value) => set('businessLine', value)}
          />
          <TextField
            name="integrationLine"
            label={labels.integrationLine}
            optional
            multiline
            value={draft.integrationLine}
            onChange={(value) => set('integrationLine', value)}
          />
        </FieldGroup>
      ) : (
        profileToClear && (
          <p className="edit-status" role="status">
            {t('organisation.profileCleared')}
          </p>
        )
      )}
      <SourceFields draft={source} onChange={setSource} />
    </EditForm>
  );
}

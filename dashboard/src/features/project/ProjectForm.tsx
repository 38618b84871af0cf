import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VersionNotice } from '../../components/edit/ConflictNotice';
import { CheckboxField, EditForm, FieldRow, SelectField, TextField } from '../../components/edit/Form';
import { OrganisationPicker } from '../../components/edit/OrganisationPicker';
import { SourceFields } from '../../components/edit/SourceFields';
import { useProblemText } from '../../components/edit/useProblemText';
import { useRecordDraft } from '../../components/edit/useRecordDraft';
import { useWrite } from '../../components/edit/useWrite';
import { graphql } from '../../gql';
import type { ProjectForm_ProjectFragment } from '../../gql/graphql';
import { type FormValue } from '../../lib/conflict';
import { changedValues, emptySourceDraft, toSourceRef } from '../../lib/formValues';
import { useEditTranslation } from '../../lib/i18n-edit';
import { mergeProblems } from '../../lib/writeErrors';
import { projectDraft, projectDraftFromSnapshot, readProjectDraft, STATUSES, type ProjectDraft } from './projectDraft';

export const ProjectFormProjectFragment = graphql(`
  fragment ProjectForm_project on Project {
    id
    version
    name
    description
    status
    start {
      date
      approximate
    }
    end {
      date
      approximate
    }
    owner {
      id
      name
    }
  }
`);

const UpdateProjectMutation = graphql(`
  mutation UpdateProject($input: UpdateProjectInput!) {
    updateProject(input: $input) {
      id
      ...ProjectForm_project
    }
  }
`);

/** Edits a project's own fields: name, description, period (with "approximate"), status and owner. */
export function ProjectForm({
  project,
  onReload,
  onDone,
}: {
  project: ProjectForm_ProjectFragment;
  onReload: () => Promise<unknown>;
  onDone: () => void;
}) {
  const { t } = useEditTranslation();
  const { t: tMain } = useTranslation();
  const says = useProblemText();
  const write = useWrite();
  const record = useRecordDraft<ProjectDraft>(project, () => projectDraft(project));
  const [source, setSource] = useState(emptySourceDraft());
  const { draft, set } = record;

  const submit = async () => {
    record.settle();
    const read = readProjectDraft(draft, says.say);
    const ref = toSourceRef(source, says.say);
    if (!read.ok || !ref.ok) {
      write.refuse(mergeProblems(read.ok ? {} : read.fields, ref.ok ? {} : ref.fields));
      return;
    }
    const input = { id: project.id, version: record.version, source: ref.value, ...changedValues(read.values, record.changedKeys) };
    const done = await write.run((client) => client.mutate({ mutation: UpdateProjectMutation, variables: { input } }));
    if (done) onDone();
  };

  const labels: Partial<Record<keyof ProjectDraft, string>> = {
    name: t('project.name'),
    description: t('project.description'),
    startDate: t('project.startDate'),
    startApproximate: t('project.startApproximate'),
    endDate: t('project.endDate'),
    endApproximate: t('project.endApproximate'),
    status: t('project.status'),
  };
  const statusLabel = (status: string) => {
    const known = STATUSES.find((s) => s === status);
    return known ? tMain(`enums.projectStatus.${known}`) : status;
  };
  const describe = (field: keyof ProjectDraft, value: FormValue) =>
    typeof value === 'boolean' ? t(value ? 'form.yes' : 'form.no') : field === 'status' ? statusLabel(value) : value || t('form.empty');

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
          fromSnapshot={projectDraftFromSnapshot}
          refetch={onReload}
          onReloaded={write.clear}
        />
      }
    >
      <TextField
        name="name"
        label={t('project.name')}
        hint={t('organisation.nameHint')}
        value={draft.name}
        onChange={(value) => set('name', value)}
      />
      <TextField
        name="description"
        label={t('project.description')}
        hint={t('organisation.descriptionHint')}
        optional
        multiline
        lang="en"
        value={draft.description}
        onChange={(value) => set('description', value)}
      />
      <FieldRow>
        <TextField
          name="startDate"
          label={t('project.startDate')}
          type="date"
          optional
          width="short"
          value={draft.startDate}
          onChange={(value) => set('startDate', value)}
        />
        <TextField
          name="endDate"
          label={t('project.endDate')}
          type="date"
          optional
          width="short"
          value={draft.endDate}
          onChange={(value) => set('endDate', value)}
        />
      </FieldRow>
      <CheckboxField
        name="startApproximate"
        label={t('project.startApproximate')}
        checked={draft.startApproximate}
        onChange={(value) => set('startApproximate', value)}
      />
      <CheckboxField
        name="endApproximate"
        label={t('project.endApproximate')}
        hint={t('project.approximateHint')}
        checked={draft.endApproximate}
        onChange={(value) => set('endApproximate', value)}
      />
      <SelectField
        name="status"
        label={t('project.status')}
        value={draft.status}
        onChange={(value) => set('status', value)}
        options={STATUSES.map((status) => ({ value: status, label: statusLabel(status) }))}
      />
      <OrganisationPicker
        name="ownerId"
        label={t('project.owner')}
        value={draft.ownerId}
        initialName={project.owner?.name}
        onChange={(id) => set('ownerId', id)}
        noneLabel={t('project.noOwner')}
      />
      <SourceFields draft={source} onChange={setSource} />
    </EditForm>
  );
}

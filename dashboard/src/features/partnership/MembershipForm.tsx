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
import type { MembershipForm_MembershipFragment, MembershipRole } from '../../gql/graphql';
import { snapshotFlag, snapshotText, type FormValue } from '../../lib/conflict';
import { emptySourceDraft, parseDate, toSourceRef, type Say } from '../../lib/formValues';
import { useEditTranslation } from '../../lib/i18n-edit';
import { addProblem, mergeProblems, type FieldProblems } from '../../lib/writeErrors';

export const MembershipFormMembershipFragment = graphql(`
  fragment MembershipForm_membership on Membership {
    id
    version
    role
    from {
      date
      approximate
    }
    to {
      date
      approximate
    }
    organisation {
      id
      name
    }
  }
`);

const CreateMembershipMutation = graphql(`
  mutation CreateMembership($input: CreateMembershipInput!) {
    createMembership(input: $input) {
      id
    }
  }
`);

const UpdateMembershipMutation = graphql(`
  mutation UpdateMembership($input: UpdateMembershipInput!) {
    updateMembership(input: $input) {
      id
      ...MembershipForm_membership
    }
  }
`);

const ROLES: readonly MembershipRole[] = ['MEMBER', 'COORDINATOR'];

type MembershipDraft = { role: string; from: string; fromApproximate: boolean; to: string; toApproximate: boolean };

function membershipDraft(membership: MembershipForm_MembershipFragment): MembershipDraft {
  return {
    role: membership.role,
    from: membership.from?.date ?? '',
    fromApproximate: membership.from?.approximate ?? false,
    to: membership.to?.date ?? '',
    toApproximate: membership.to?.approximate ?? false,
  };
}

function fromSnapshot(current: Record<string, unknown>): Partial<MembershipDraft> {
  return {
    role: snapshotText(current.role),
    from: snapshotText(current.fromDate),
    fromApproximate: snapshotFlag(current.fromApproximate),
    to: snapshotText(current.toDate),
    toApproximate: snapshotFlag(current.toApproximate),
  };
}

/** The values to send, or each field's problems. */
function readMembershipDraft(draft: MembershipDraft, say: Say) {
  let fields: FieldProblems = {};
  const from = parseDate(draft.from);
  const to = parseDate(draft.to);
  if (!from.ok) fields = addProblem(fields, 'from', { message: say('date'), server: false });
  if (!to.ok) fields = addProblem(fields, 'to', { message: say('date'), server: false });
  if (from.ok && to.ok && from.value && to.value && to.value < from.value)
    fields = addProblem(fields, 'to', { message: say('dateOrder'), server: false });
  const role = ROLES.find((r) => r === draft.role) ?? 'MEMBER';
  if (!from.ok || !to.ok || Object.keys(fields).length) return { ok: false as const, fields };
  return {
    ok: true as const,
    values: { role, from: from.value, fromApproximate: draft.fromApproximate, to: to.value, toApproximate: draft.toApproximate },
  };
}

function MembershipFields({
  draft,
  set,
}: {
  draft: MembershipDraft;
  set: <K extends keyof MembershipDraft>(key: K, value: MembershipDraft[K]) => void;
}) {
  const { t } = useEditTranslation();
  const { t: tMain } = useTranslation();
  return (
    <>
      <SelectField
        name="role"
        label={t('membership.role')}
        value={draft.role}
        onChange={(role) => set('role', role)}
        options={ROLES.map((role) => ({ value: role, label: tMain(`enums.membershipRole.${role}`) }))}
      />
      <FieldRow>
        <TextField
          name="from"
          label={t('membership.from')}
          type="date"
          optional
          width="short"
          value={draft.from}
          onChange={(value) => set('from', value)}
        />
        <TextField
          name="to"
          label={t('membership.to')}
          type="date"
          optional
          width="short"
          value={draft.to}
          onChange={(value) => set('to', value)}
        />
      </FieldRow>
      <CheckboxField
        name="fromApproximate"
        label={t('membership.fromApproximate')}
        checked={draft.fromApproximate}
        onChange={(value) => set('fromApproximate', value)}
      />
      <CheckboxField
        name="toApproximate"
        label={t('membership.toApproximate')}
        checked={draft.toApproximate}
        onChange={(value) => set('toApproximate', value)}
      />
    </>
  );
}

/** Adds an organisation to the partnership, in a role, from a date when the source gives one. */
export function AddMembershipForm({
  partnershipId,
  memberIds,
  onDone,
}: {
  partnershipId: string;
  memberIds: readonly string[];
  onDone: () => void;
}) {
  const { t } = useEditTranslation();
  const says = useProblemText();
  const write = useWrite();
  const [organisationId, setOrganisationId] = useState('');
  const [draft, setDraft] = useState<MembershipDraft>({ role: 'MEMBER', from: '', fromApproximate: false, to: '', toApproximate: false });
  const [source, setSource] = useState(emptySourceDraft());
  const set = <K extends keyof MembershipDraft>(key: K, value: MembershipDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const submit = async () => {
    const read = readMembershipDraft(draft, says.say);
    const ref = toSourceRef(source, says.say);
    const chosen: FieldProblems = organisationId ? {} : { organisationId: [{ message: says.say('required'), server: false }] };
    if (!read.ok || !ref.ok || !organisationId) {
      write.refuse(mergeProblems(chosen, read.ok ? {} : read.fields, ref.ok ? {} : ref.fields));
      return;
    }
    const input = { partnershipId, organisationId, source: ref.value, ...read.values };
    const done = await write.run((client) => client.mutate({ mutation: CreateMembershipMutation, variables: { input } }));
    if (done) onDone();
  };

  return (
    <EditForm onSubmit={() => void submit()} onCancel={onDone} saving={write.saving} error={write.error} attempt={write.attempt}>
      <OrganisationPicker
        name="organisationId"
        label={t('picker.organisation')}
        value={organisationId}
        onChange={(id) => setOrganisationId(id)}
        exclude={memberIds}
      />
      <MembershipFields draft={draft} set={set} />
      <SourceFields draft={source} onChange={setSource} />
    </EditForm>
  );
}

/** Changes a membership's role or dates; only what the user changed is sent, with the version loaded. */
export function MembershipForm({
  membership,
  onReload,
  onDone,
}: {
  membership: MembershipForm_MembershipFragment;
  onReload: () => Promise<unknown>;
  onDone: () => void;
}) {
  const { t } = useEditTranslation();
  const { t: tMain } = useTranslation();
  const says = useProblemText();
  const write = useWrite();
  const record = useRecordDraft<MembershipDraft>(membership, () => membershipDraft(membership));
  const [source, setSource] = useState(emptySourceDraft());

  const submit = async () => {
    record.settle();
    const read = readMembershipDraft(record.draft, says.say);
    const ref = toSourceRef(source, says.say);
    if (!read.ok || !ref.ok) {
      write.refuse(mergeProblems(read.ok ? {} : read.fields, ref.ok ? {} : ref.fields));
      return;
    }
    const changed: Record<string, unknown> = {};
    for (const key of record.changedKeys) changed[key] = read.values[key];
    const input = { id: membership.id, version: record.version, source: ref.value, ...changed };
    const done = await write.run((client) => client.mutate({ mutation: UpdateMembershipMutation, variables: { input } }));
    if (done) onDone();
  };

  const labels: Record<keyof MembershipDraft, string> = {
    role: t('membership.role'),
    from: t('membership.from'),
    fromApproximate: t('membership.fromApproximate'),
    to: t('membership.to'),
    toApproximate: t('membership.toApproximate'),
  };
  const describe = (field: keyof MembershipDraft, value: FormValue) =>
    typeof value === 'boolean'
      ? t(value ? 'form.yes' : 'form.no')
      : field === 'role' && (value === 'MEMBER' || value === 'COORDINATOR')
        ? tMain(`enums.membershipRole.${value}`)
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
          fromSnapshot={fromSnapshot}
          refetch={onReload}
          onReloaded={write.clear}
        />
      }
    >
      <MembershipFields draft={record.draft} set={record.set} />
      <SourceFields draft={source} onChange={setSource} />
    </EditForm>
  );
}

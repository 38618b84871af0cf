import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DeleteRecord } from '../../components/edit/DeleteRecord';
import { EditForm, SelectField, TextField, useEdited } from '../../components/edit/Form';
import { OrganisationPicker } from '../../components/edit/OrganisationPicker';
import { SourceFields } from '../../components/edit/SourceFields';
import { useProblemText } from '../../components/edit/useProblemText';
import { useWrite } from '../../components/edit/useWrite';
import { graphql } from '../../gql';
import type { ParticipantRole } from '../../gql/graphql';
import { emptySourceDraft, textValue, toSourceRef } from '../../lib/formValues';
import { useEditTranslation } from '../../lib/i18n-edit';
import { addProblem, mergeProblems, type FieldProblems } from '../../lib/writeErrors';

const AddProjectParticipantMutation = graphql(`
  mutation AddProjectParticipant($input: ProjectParticipantInput!) {
    addProjectParticipant(input: $input) {
      id
    }
  }
`);

const RemoveProjectParticipantMutation = graphql(`
  mutation RemoveProjectParticipant($input: ProjectParticipantInput!) {
    removeProjectParticipant(input: $input) {
      id
    }
  }
`);

const PartnershipOptionsQuery = graphql(`
  query PartnershipOptions {
    partnerships(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export const PARTICIPANT_ROLES: readonly ParticipantRole[] = ['PARTNER', 'PARTICIPANT', 'LEAD', 'OWNER', 'FUNDER', 'HOST'];

type Party = 'organisation' | 'partnership';

function PartyChoice({ value, onChange }: { value: Party; onChange: (party: Party) => void }) {
  const { t } = useEditTranslation();
  const name = useId();
  const edited = useEdited();
  return (
    <fieldset className="edit-group">
      <legend>{t('participant.party')}</legend>
      <div className="edit-choice" role="radiogroup" aria-label={t('participant.party')}>
        {(['organisation', 'partnership'] as const).map((party) => (
          <label key={party} className="edit-choice__option">
            <input
              type="radio"
              name={name}
              value={party}
              checked={value === party}
              onChange={() => {
                edited('organisationId');
                edited('partnershipId');
                onChange(party);
              }}
            />
            {t(`participant.${party}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Adds an organisation or a whole partnership to a project, in a role, with its source. */
export function AddParticipantForm({ projectId, onDone }: { projectId: string; onDone: () => void }) {
  const { t } = useEditTranslation();
  const { t: tMain } = useTranslation();
  const says = useProblemText();
  const write = useWrite();
  const [party, setParty] = useState<Party>('organisation');
  const [organisationId, setOrganisationId] = useState('');
  const [partnershipId, setPartnershipId] = useState('');
  const [role, setRole] = useState<string>('PARTNER');
  const [note, setNote] = useState('');
  const [source, setSource] = useState(emptySourceDraft());
  const partnerships = useQuery(PartnershipOptionsQuery, { skip: party !== 'partnership' });

  const submit = async () => {
    let fields: FieldProblems = {};
    const chosen = party === 'organisation' ? organisationId : partnershipId;
    if (!chosen)
      fields = addProblem(fields, party === 'organisation' ? 'organisationId' : 'partnershipId', {
        message: says.say('required'),
        server: false,
      });
    const known = PARTICIPANT_ROLES.find((r) => r === role);
    if (!known) fields = addProblem(fields, 'role', { message: says.say('required'), server: false });
    const ref = toSourceRef(source, says.say);
    if (Object.keys(fields).length || !ref.ok || !known) {
      write.refuse(mergeProblems(fields, ref.ok ? {} : ref.fields));
      return;
    }
    const input = {
      projectId,
      role: known,
      note: textValue(note),
      source: ref.value,
      ...(party === 'organisation' ? { organisationId } : { partnershipId }),
    };
    const done = await write.run((client) => client.mutate({ mutation: AddProjectParticipantMutation, variables: { input } }));
    if (done) onDone();
  };

  return (
    <EditForm onSubmit={() => void submit()} onCancel={onDone} saving={write.saving} error={write.error} attempt={write.attempt}>
      <PartyChoice value={party} onChange={setParty} />
      {party === 'organisation' ? (
        <OrganisationPicker
          name="organisationId"
          label={t('picker.organisation')}
          value={organisationId}
          onChange={(id) => setOrganisationId(id)}
        />
      ) : (
        <SelectField
          name="partnershipId"
          label={t('participant.partnershipField')}
          value={partnershipId}
          onChange={setPartnershipId}
          hint={partnerships.loading ? tMain('ui.loading') : undefined}
          options={[
            { value: '', label: t('participant.choosePartnership'), disabled: true },
            ...(partnerships.data?.partnerships.nodes ?? []).map((p) => ({ value: p.id, label: p.name })),
          ]}
        />
      )}
      <SelectField
        name="role"
        label={t('participant.role')}
        value={role}
        onChange={setRole}
        options={PARTICIPANT_ROLES.map((r) => ({ value: r, label: tMain(`enums.participantRole.${r}`) }))}
      />
      <TextField
        name="note"
        label={t('participant.note')}
        hint={t('participant.noteHint')}
        optional
        multiline
        lang="en"
        value={note}
        onChange={setNote}
      />
      <SourceFields draft={source} onChange={setSource} />
    </EditForm>
  );
}

/** Asks before taking an organisation's or partnership's role in the project away. */
export function RemoveParticipant({
  projectId,
  participant,
  onReload,
  onDone,
}: {
  projectId: string;
  participant: { role: ParticipantRole; organisation: { id: string } | null; partnership: { id: string } | null };
  onReload: () => Promise<unknown>;
  onDone: () => void;
}) {
  const { t } = useEditTranslation();
  const input = {
    projectId,
    role: participant.role,
    ...(participant.organisation
      ? { organisationId: participant.organisation.id }
      : { partnershipId: participant.partnership?.id ?? null }),
  };
  return (
    <DeleteRecord
      body={t('participant.removeBody')}
      confirmLabel={t('participant.removeConfirm')}
      send={(client) => client.mutate({ mutation: RemoveProjectParticipantMutation, variables: { input } })}
      onReload={onReload}
      onDone={onDone}
    />
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VersionNotice } from '../../components/edit/ConflictNotice';
import { DeleteRecord } from '../../components/edit/DeleteRecord';
import { CheckboxField, EditForm, FieldRow, SelectField, TextField } from '../../components/edit/Form';
import { SourceFields } from '../../components/edit/SourceFields';
import { useProblemText } from '../../components/edit/useProblemText';
import { useRecordDraft } from '../../components/edit/useRecordDraft';
import { useWrite } from '../../components/edit/useWrite';
import { graphql } from '../../gql';
import type { EventForm_EventFragment, EventRole } from '../../gql/graphql';
import { type FormValue } from '../../lib/conflict';
import { changedValues, emptySourceDraft, toSourceRef } from '../../lib/formValues';
import { useEditTranslation } from '../../lib/i18n-edit';
import { mergeProblems } from '../../lib/writeErrors';
import {
  emptyEventDraft,
  EVENT_KINDS,
  EVENT_ROLES,
  eventDraft,
  eventDraftFromSnapshot,
  participantsWithRole,
  readEventDraft,
  type EventDraft,
} from './partnershipDraft';

export const EventFormEventFragment = graphql(`
  fragment EventForm_event on Event {
    id
    version
    name
    kind
    description
    place
    timesPerYear
    start {
      date
      approximate
    }
    end {
      date
      approximate
    }
    participants {
      role
      organisation {
        id
      }
      partnership {
        id
      }
    }
  }
`);

const CreateEventMutation = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      id
    }
  }
`);

const UpdateEventMutation = graphql(`
  mutation UpdateEvent($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      id
      ...EventForm_event
    }
  }
`);

const DeleteEventMutation = graphql(`
  mutation DeleteEvent($input: DeleteInput!) {
    deleteEvent(input: $input) {
      deletedId
    }
  }
`);

function EventFields({ draft, set }: { draft: EventDraft; set: <K extends keyof EventDraft>(key: K, value: EventDraft[K]) => void }) {
  const { t } = useEditTranslation();
  const { t: tMain } = useTranslation();
  return (
    <>
      <TextField
        name="name"
        label={t('event.name')}
        hint={t('organisation.nameHint')}
        value={draft.name}
        onChange={(value) => set('name', value)}
      />
      <FieldRow>
        <SelectField
          name="kind"
          label={t('event.kind')}
          value={draft.kind}
          onChange={(value) => set('kind', value)}
          options={EVENT_KINDS.map((kind) => ({ value: kind, label: tMain(`enums.eventKind.${kind}`) }))}
        />
        <SelectField
          name="participants"
          label={t('event.role')}
          value={draft.role}
          onChange={(value) => set('role', value)}
          options={EVENT_ROLES.map((role) => ({ value: role, label: tMain(`enums.eventRole.${role}`) }))}
        />
      </FieldRow>
      <FieldRow>
        <TextField
          name="startDate"
          label={t('event.startDate')}
          type="date"
          optional
          width="short"
          value={draft.startDate}
          onChange={(value) => set('startDate', value)}
        />
        <TextField
          name="endDate"
          label={t('event.endDate')}
          type="date"
          optional
          width="short"
          value={draft.endDate}
          onChange={(value) => set('endDate', value)}
        />
      </FieldRow>
      <CheckboxField
        name="dateApproximate"
        label={t('event.dateApproximate')}
        hint={t('project.approximateHint')}
        checked={draft.dateApproximate}
        onChange={(value) => set('dateApproximate', value)}
      />
      {draft.kind === 'RECURRING_MEETING' && (
        <TextField
          name="timesPerYear"
          label={t('event.timesPerYear')}
          optional
          inputMode="numeric"
          width="short"
          value={draft.timesPerYear}
          onChange={(value) => set('timesPerYear', value)}
        />
      )}
      <TextField
        name="place"
        label={t('event.place')}
        optional
        width="medium"
        value={draft.place}
        onChange={(value) => set('place', value)}
      />
      <TextField
        name="description"
        label={t('event.description')}
        optional
        multiline
        lang="en"
        value={draft.description}
        onChange={(value) => set('description', value)}
      />
    </>
  );
}

/** Adds an event this partnership takes part in (in the role chosen), with its source. */
export function AddEventForm({ partnershipId, onDone }: { partnershipId: string; onDone: () => void }) {
  const { t } = useEditTranslation();
  const says = useProblemText();
  const write = useWrite();
  const [draft, setDraft] = useState<EventDraft>(emptyEventDraft);
  const [source, setSource] = useState(emptySourceDraft());
  const set = <K extends keyof EventDraft>(key: K, value: EventDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const submit = async () => {
    const read = readEventDraft(draft, says.say, t('event.timesPerYearProblem'));
    const ref = toSourceRef(source, says.say);
    if (!read.ok || !ref.ok) {
      write.refuse(mergeProblems(read.ok ? {} : read.fields, ref.ok ? {} : ref.fields));
      return;
    }
    const { role, ...values } = read.values;
    const input = {
      ...values,
      timesPerYear: values.kind === 'RECURRING_MEETING' ? values.timesPerYear : null,
      participants: [{ partnershipId, role }],
      source: ref.value,
    };
    const done = await write.run((client) => client.mutate({ mutation: CreateEventMutation, variables: { input } }));
    if (done) onDone();
  };

  return (
    <EditForm onSubmit={() => void submit()} onCancel={onDone} saving={write.saving} error={write.error} attempt={write.attempt}>
      <EventFields draft={draft} set={set} />
      <SourceFields draft={source} onChange={setSource} />
    </EditForm>
  );
}

/** Changes an event: only the changed fields are sent; a changed role replaces this partnership's role only. */
export function EventForm({
  event,
  partnershipId,
  role,
  onReload,
  onDone,
}: {
  event: EventForm_EventFragment;
  partnershipId: string;
  /** The partnership's role in the event now. */
  role: EventRole;
  onReload: () => Promise<unknown>;
  onDone: () => void;
}) {
  const { t } = useEditTranslation();
  const { t: tMain } = useTranslation();
  const says = useProblemText();
  const write = useWrite();
  const record = useRecordDraft<EventDraft>(event, () => eventDraft(event, role));
  const [source, setSource] = useState(emptySourceDraft());

  const submit = async () => {
    record.settle();
    const read = readEventDraft(record.draft, says.say, t('event.timesPerYearProblem'));
    const ref = toSourceRef(source, says.say);
    if (!read.ok || !ref.ok) {
      write.refuse(mergeProblems(read.ok ? {} : read.fields, ref.ok ? {} : ref.fields));
      return;
    }
    const { role: newRole, ...values } = read.values;
    const changed = changedValues(values, record.changedKeys);
    const participants =
      newRole !== record.base.role ? { participants: participantsWithRole(event.participants, partnershipId, role, newRole) } : {};
    const input = { id: event.id, version: record.version, source: ref.value, ...changed, ...participants };
    const done = await write.run((client) => client.mutate({ mutation: UpdateEventMutation, variables: { input } }));
    if (done) onDone();
  };

  const labels: Partial<Record<keyof EventDraft, string>> = {
    name: t('event.name'),
    kind: t('event.kind'),
    startDate: t('event.startDate'),
    endDate: t('event.endDate'),
    dateApproximate: t('event.dateApproximate'),
    timesPerYear: t('event.timesPerYear'),
    place: t('event.place'),
    description: t('event.description'),
  };
  const describe = (field: keyof EventDraft, value: FormValue) => {
    if (typeof value === 'boolean') return t(value ? 'form.yes' : 'form.no');
    const kind = EVENT_KINDS.find((k) => k === value);
    if (field === 'kind' && kind) return tMain(`enums.eventKind.${kind}`);
    return value || t('form.empty');
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
          fromSnapshot={eventDraftFromSnapshot}
          refetch={onReload}
          onReloaded={write.clear}
        />
      }
    >
      <EventFields draft={record.draft} set={record.set} />
      <SourceFields draft={source} onChange={setSource} />
    </EditForm>
  );
}

/** Asks before deleting an event (with all its participants, not only this partnership). */
export function DeleteEvent({
  event,
  onReload,
  onDone,
}: {
  event: { id: string; version: number; participants: readonly unknown[] };
  onReload: () => Promise<unknown>;
  onDone: () => void;
}) {
  const { t } = useEditTranslation();
  const others = event.participants.length - 1;
  return (
    <DeleteRecord
      body={others > 0 ? t('event.deleteBodyShared', { count: others }) : t('event.deleteBody')}
      confirmLabel={t('event.deleteConfirm')}
      send={(client) => client.mutate({ mutation: DeleteEventMutation, variables: { input: { id: event.id, version: event.version } } })}
      onReload={onReload}
      onDone={onDone}
    />
  );
}

// A partnership's own fields as form values and back, and an event's. Pure, so they are tested on their own.

import { snapshotFlag, snapshotText } from '../../lib/conflict';
import { parseDate, textValue, type Say } from '../../lib/formValues';
import { addProblem, type FieldProblems } from '../../lib/writeErrors';
import type { EventKind, EventRole } from '../../gql/graphql';

export type PartnershipDraft = {
  name: string;
  description: string;
  regionCode: string;
  coordinatorId: string;
  startedOn: string;
  startedApproximate: boolean;
};

export interface PartnershipRecord {
  name: string;
  description: string | null;
  region: { code: string } | null;
  coordinator: { id: string } | null;
  started: { date: string; approximate: boolean } | null;
}

export function partnershipDraft(partnership: PartnershipRecord): PartnershipDraft {
  return {
    name: partnership.name,
    description: partnership.description ?? '',
    regionCode: partnership.region?.code ?? '',
    coordinatorId: partnership.coordinator?.id ?? '',
    startedOn: partnership.started?.date ?? '',
    startedApproximate: partnership.started?.approximate ?? false,
  };
}

/** The record now (a CONFLICT's snapshot): the coordinator is a key there, so it is left out. */
export function partnershipDraftFromSnapshot(current: Record<string, unknown>): Partial<PartnershipDraft> {
  return {
    name: snapshotText(current.name),
    description: snapshotText(current.description),
    regionCode: snapshotText(current.region),
    startedOn: snapshotText(current.startedOn),
    startedApproximate: snapshotFlag(current.startedApproximate),
  };
}

export function readPartnershipDraft(draft: PartnershipDraft, say: Say) {
  let fields: FieldProblems = {};
  const problem = (field: string, message: string) => {
    fields = addProblem(fields, field, { message, server: false });
  };
  const name = draft.name.trim();
  if (!name) problem('name', say('required'));
  else if (name.length > 300) problem('name', say('tooLong'));
  const started = parseDate(draft.startedOn);
  if (!started.ok) problem('startedOn', say('date'));
  if (Object.keys(fields).length || !started.ok) return { ok: false as const, fields };
  return {
    ok: true as const,
    values: {
      name,
      description: textValue(draft.description),
      regionCode: textValue(draft.regionCode),
      coordinatorId: draft.coordinatorId || null,
      startedOn: started.value,
      startedApproximate: started.value ? draft.startedApproximate : false,
    },
  };
}

export const EVENT_KINDS: readonly EventKind[] = ['MEETING', 'STUDY_VISIT', 'CONFERENCE', 'DINNER', 'RECURRING_MEETING'];
export const EVENT_ROLES: readonly EventRole[] = ['PARTICIPANT', 'HOST', 'ORGANISER', 'VISITED'];

export type EventDraft = {
  name: string;
  kind: string;
  startDate: string;
  endDate: string;
  dateApproximate: boolean;
  timesPerYear: string;
  place: string;
  description: string;
  /** The role of the partnership whose page this is. */
  role: string;
};

export const emptyEventDraft: EventDraft = {
  name: '',
  kind: 'MEETING',
  startDate: '',
  endDate: '',
  dateApproximate: false,
  timesPerYear: '',
  place: '',
  description: '',
  role: 'PARTICIPANT',
};

export interface EventRecord {
  name: string;
  kind: EventKind;
  description: string | null;
  place: string | null;
  timesPerYear: number | null;
  start: { date: string; approximate: boolean } | null;
  end: { date: string; approximate: boolean } | null;
}

export function eventDraft(event: EventRecord, role: EventRole): EventDraft {
  return {
    name: event.name,
    kind: event.kind,
    startDate: event.start?.date ?? '',
    endDate: event.end?.date ?? '',
    dateApproximate: event.start?.approximate ?? event.end?.approximate ?? false,
    timesPerYear: event.timesPerYear === null ? '' : String(event.timesPerYear),
    place: event.place ?? '',
    description: event.description ?? '',
    role,
  };
}

export function eventDraftFromSnapshot(current: Record<string, unknown>): Partial<EventDraft> {
  return {
    name: snapshotText(current.name),
    kind: snapshotText(current.kind),
    startDate: snapshotText(current.startDate),
    endDate: snapshotText(current.endDate),
    dateApproximate: snapshotFlag(current.dateApproximate),
    timesPerYear: snapshotText(current.timesPerYear),
    place: snapshotText(current.place),
    description: snapshotText(current.description),
  };
}

export interface EventValues {
  name: string;
  kind: EventKind;
  startDate: string | null;
  endDate: string | null;
  dateApproximate: boolean;
  timesPerYear: number | null;
  place: string | null;
  description: string | null;
  role: EventRole;
}

/** The values to send, or each field's problems. `timesPerYear` is a whole number 1–365. */
export function readEventDraft(
  draft: EventDraft,
  say: Say,
  timesProblem: string,
): { ok: true; values: EventValues } | { ok: false; fields: FieldProblems } {
  let fields: FieldProblems = {};
  const problem = (field: string, message: string) => {
    fields = addProblem(fields, field, { message, server: false });
  };
  const name = draft.name.trim();
  if (!name) problem('name', say('required'));
  else if (name.length > 300) problem('name', say('tooLong'));
  const kind = EVENT_KINDS.find((k) => k === draft.kind);
  if (!kind) problem('kind', say('required'));
  const role = EVENT_ROLES.find((r) => r === draft.role);
  if (!role) problem('participants', say('required'));
  const start = parseDate(draft.startDate);
  const end = parseDate(draft.endDate);
  if (!start.ok) problem('startDate', say('date'));
  if (!end.ok) problem('endDate', say('date'));
  if (start.ok && end.ok && start.value && end.value && end.value < start.value) problem('endDate', say('dateOrder'));
  const times = draft.timesPerYear.trim();
  const timesPerYear = times === '' ? null : /^\d{1,3}$/.test(times) && Number(times) >= 1 && Number(times) <= 365 ? Number(times) : NaN;
  if (Number.isNaN(timesPerYear)) problem('timesPerYear', timesProblem);
  if (Object.keys(fields).length || !kind || !role || !start.ok || !end.ok) return { ok: false, fields };
  return {
    ok: true,
    values: {
      name,
      kind,
      startDate: start.value,
      endDate: end.value,
      dateApproximate: draft.dateApproximate,
      timesPerYear,
      place: textValue(draft.place),
      description: textValue(draft.description),
      role,
    },
  };
}

export interface EventParticipantRef {
  role: EventRole;
  organisation: { id: string } | null;
  partnership: { id: string } | null;
}

/**
 * The event's participants as the API's input (which replaces the list), with this partnership's role
 * `from` changed to `to`; everyone else's kept as it is. Listed once each.
 */
export function participantsWithRole(participants: readonly EventParticipantRef[], partnershipId: string, from: EventRole, to: EventRole) {
  const out: { organisationId?: string; partnershipId?: string; role: EventRole }[] = [];
  const seen = new Set<string>();
  const add = (item: { organisationId?: string; partnershipId?: string; role: EventRole }) => {
    const key = `${item.organisationId ?? ''}|${item.partnershipId ?? ''}|${item.role}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(item);
  };
  for (const p of participants) {
    if (p.organisation) add({ organisationId: p.organisation.id, role: p.role });
    else if (p.partnership) {
      const ours = p.partnership.id === partnershipId && p.role === from;
      add({ partnershipId: p.partnership.id, role: ours ? to : p.role });
    }
  }
  if (!out.some((p) => p.partnershipId === partnershipId)) add({ partnershipId, role: to });
  return out;
}

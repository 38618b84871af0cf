// A project's own fields as form values and back: dates as typed (YYYY-MM-DD) with their "approximate"
// flags, empty fields to null. Pure, so it is tested on its own.

import { snapshotFlag, snapshotText } from '../../lib/conflict';
import { addProblem, type FieldProblems } from '../../lib/writeErrors';
import { parseDate, textValue, type Say } from '../../lib/formValues';
import type { ProjectStatus } from '../../gql/graphql';

export const STATUSES: readonly ProjectStatus[] = ['PLANNED', 'ACTIVE', 'COMPLETED', 'UNKNOWN'];

export type ProjectDraft = {
  name: string;
  description: string;
  startDate: string;
  startApproximate: boolean;
  endDate: string;
  endApproximate: boolean;
  status: string;
  ownerId: string;
};

export interface ProjectValues {
  name: string;
  description: string | null;
  startDate: string | null;
  startApproximate: boolean;
  endDate: string | null;
  endApproximate: boolean;
  status: ProjectStatus;
  ownerId: string | null;
}

export interface ProjectRecord {
  name: string;
  description: string | null;
  status: ProjectStatus;
  start: { date: string; approximate: boolean } | null;
  end: { date: string; approximate: boolean } | null;
  owner: { id: string } | null;
}

export function projectDraft(project: ProjectRecord): ProjectDraft {
  return {
    name: project.name,
    description: project.description ?? '',
    startDate: project.start?.date ?? '',
    startApproximate: project.start?.approximate ?? false,
    endDate: project.end?.date ?? '',
    endApproximate: project.end?.approximate ?? false,
    status: project.status,
    ownerId: project.owner?.id ?? '',
  };
}

/** The record now (a CONFLICT's snapshot) as form values; the owner is a key there, so it is left out. */
export function projectDraftFromSnapshot(current: Record<string, unknown>): Partial<ProjectDraft> {
  return {
    name: snapshotText(current.name),
    description: snapshotText(current.description),
    startDate: snapshotText(current.startDate),
    startApproximate: snapshotFlag(current.startApproximate),
    endDate: snapshotText(current.endDate),
    endApproximate: snapshotFlag(current.endApproximate),
    status: snapshotText(current.status),
  };
}

/** The values to send, or each field's problems (named as the API names them). */
export function readProjectDraft(
  draft: ProjectDraft,
  say: Say,
): { ok: true; values: ProjectValues } | { ok: false; fields: FieldProblems } {
  let fields: FieldProblems = {};
  const problem = (field: string, message: string) => {
    fields = addProblem(fields, field, { message, server: false });
  };
  const name = draft.name.trim();
  if (!name) problem('name', say('required'));
  else if (name.length > 300) problem('name', say('tooLong'));
  const start = parseDate(draft.startDate);
  const end = parseDate(draft.endDate);
  if (!start.ok) problem('startDate', say('date'));
  if (!end.ok) problem('endDate', say('date'));
  if (start.ok && end.ok && start.value && end.value && end.value < start.value) problem('endDate', say('dateOrder'));
  const status = STATUSES.find((s) => s === draft.status);
  if (!status) problem('status', say('required'));
  if (Object.keys(fields).length || !start.ok || !end.ok || !status) return { ok: false, fields };
  return {
    ok: true,
    values: {
      name,
      description: textValue(draft.description),
      startDate: start.value,
      // an approximate flag without a date says nothing
      startApproximate: start.value ? draft.startApproximate : false,
      endDate: end.value,
      endApproximate: end.value ? draft.endApproximate : false,
      status,
      ownerId: draft.ownerId || null,
    },
  };
}

import { ReferenceKind, type EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import { conflict } from './validators.js';

export interface Reference {
  type: string;
  field: string;
  count: number;
}

/** Rows that point at a record only to grant access to it: they go with it. */
const GRANTS = new Set(['UserPartnership.partnership']);

/**
 * Who points at a record, from the ORM's metadata: every to-one relation to its type (except `parts`,
 * which the caller deletes with it, and access grants). One COUNT per relation.
 */
export async function referencesTo(
  em: EntityManager,
  target: EntityMetadata,
  id: number,
  parts: readonly string[] = [],
): Promise<Reference[]> {
  const found: Reference[] = [];
  for (const meta of em.getMetadata().getAll().values()) {
    if (meta.abstract || meta.embeddable || meta.virtual) continue;
    for (const prop of meta.relations) {
      if (prop.kind !== ReferenceKind.MANY_TO_ONE || prop.targetMeta?.className !== target.className) continue;
      const name = `${meta.className}.${prop.name}`;
      if (GRANTS.has(name) || parts.includes(name)) continue;
      const count = await em.count(meta.class, { [prop.name]: id });
      if (count) found.push({ type: meta.className, field: prop.name, count });
    }
  }
  return found;
}

/** What a record of each type is called in a message: singular, plural. */
const NAMES: Record<string, [string, string]> = {
  ActionPlan: ['action plan', 'action plans'],
  Citation: ['citation', 'citations'],
  Event: ['event', 'events'],
  EventParticipant: ['event participation', 'event participations'],
  Funding: ['funding', 'fundings'],
  FundingProject: ['funding', 'fundings'],
  Membership: ['membership', 'memberships'],
  Organisation: ['organisation', 'organisations'],
  Outcome: ['outcome', 'outcomes'],
  Partnership: ['partnership', 'partnerships'],
  PartnershipSize: ['stated member count', 'stated member counts'],
  Person: ['person', 'people'],
  Programme: ['programme', 'programmes'],
  Project: ['project', 'projects'],
  ProjectParticipant: ['project participation', 'project participations'],
  ProjectPhase: ['project phase', 'project phases'],
  RegionPopulation: ['population figure', 'population figures'],
};

function describe(r: Reference): string {
  const [one, many] = NAMES[r.type] ?? [r.type, `${r.type} records`];
  return `${r.count} ${r.count === 1 ? one : many} (as ${r.field})`;
}

/**
 * Deleting a record others point at is refused (nothing may dangle): CONFLICT naming what points at it,
 * with the list in `extensions.references`.
 */
export async function refuseIfReferenced(
  em: EntityManager,
  target: EntityMetadata,
  id: number,
  label: string,
  parts: readonly string[] = [],
): Promise<void> {
  const refs = await referencesTo(em, target, id, parts);
  if (!refs.length) return;
  throw conflict(`${label} cannot be deleted: ${refs.map(describe).join(', ')} still point at it. Remove or change those first.`, {
    references: refs,
  });
}

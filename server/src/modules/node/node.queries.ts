import type { EntityManager } from '@mikro-orm/sql';
import { fromGlobalId, type NodeType } from '../../common/ids.js';
import { ActionPlan, Event } from '../activity/activity.entity.js';
import { Funding, Programme } from '../funding/funding.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Outcome } from '../outcome/outcome.entity.js';
import { Membership, Partnership } from '../partnership/partnership.entity.js';
import { Person } from '../person/person.entity.js';
import { Project } from '../project/project.entity.js';
import { Municipality, Region } from '../region/region.entity.js';
import { Source } from '../source/source.entity.js';

/** Resolves a global id to its record; null when absent. */
export async function findNode(em: EntityManager, id: string): Promise<object | null> {
  const [node] = await findNodes(em, [id]);
  return node ?? null;
}

/**
 * Resolves global ids to their records, in the order given (null where absent): one query per type
 * asked for, not one per id.
 */
export async function findNodes(em: EntityManager, ids: readonly string[]): Promise<(object | null)[]> {
  const parsed = ids.map((id) => fromGlobalId(id));
  const keysByType = new Map<NodeType, string[]>();
  for (const { type, key } of parsed) keysByType.set(type, [...(keysByType.get(type) ?? []), key]);
  const found = new Map<string, object>();
  for (const [type, keys] of keysByType) {
    for (const [key, record] of await findByType(em, type, keys)) found.set(`${type}:${key}`, record);
  }
  return parsed.map(({ type, key }) => found.get(`${type}:${key}`) ?? null);
}

/** Records of one type by key (code for regions and municipalities, numeric id otherwise), keyed by that key. */
async function findByType(em: EntityManager, type: NodeType, keys: string[]): Promise<[string, object][]> {
  if (type === 'Region') return (await em.find(Region, { code: { $in: keys } })).map((r) => [r.code, r]);
  if (type === 'Municipality') return (await em.find(Municipality, { code: { $in: keys } })).map((m) => [m.code, m]);
  const ids = keys.map(Number).filter(Number.isSafeInteger);
  if (!ids.length) return [];
  const byId = (rows: { id: number }[]): [string, object][] => rows.map((r) => [String(r.id), r]);
  switch (type) {
    case 'Organisation':
      return byId(await em.find(Organisation, { id: { $in: ids } }));
    case 'Partnership':
      return byId(await em.find(Partnership, { id: { $in: ids } }));
    case 'Membership':
      return byId(await em.find(Membership, { id: { $in: ids } }));
    case 'Project':
      return byId(await em.find(Project, { id: { $in: ids } }));
    case 'Programme':
      return byId(await em.find(Programme, { id: { $in: ids } }));
    case 'Funding':
      return byId(await em.find(Funding, { id: { $in: ids } }));
    case 'Outcome':
      return byId(await em.find(Outcome, { id: { $in: ids } }));
    case 'Event':
      return byId(await em.find(Event, { id: { $in: ids } }));
    case 'ActionPlan':
      return byId(await em.find(ActionPlan, { id: { $in: ids } }));
    case 'Person':
      return byId(await em.find(Person, { id: { $in: ids } }));
    case 'Source':
      return byId(await em.find(Source, { id: { $in: ids } }));
  }
}

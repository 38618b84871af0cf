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

/** Resolves a global id to its record (through the identity map and dataloader); null when absent. */
export async function findNode(em: EntityManager, id: string): Promise<object | null> {
  const { type, key } = fromGlobalId(id);
  return findByTypeAndKey(em, type, key);
}

export async function findByTypeAndKey(em: EntityManager, type: NodeType, key: string): Promise<object | null> {
  if (type === 'Region') return em.findOne(Region, { code: key });
  if (type === 'Municipality') return em.findOne(Municipality, { code: key });
  const n = Number(key);
  if (!Number.isSafeInteger(n)) return null;
  switch (type) {
    case 'Organisation':
      return em.findOne(Organisation, { id: n });
    case 'Partnership':
      return em.findOne(Partnership, { id: n });
    case 'Membership':
      return em.findOne(Membership, { id: n });
    case 'Project':
      return em.findOne(Project, { id: n });
    case 'Programme':
      return em.findOne(Programme, { id: n });
    case 'Funding':
      return em.findOne(Funding, { id: n });
    case 'Outcome':
      return em.findOne(Outcome, { id: n });
    case 'Event':
      return em.findOne(Event, { id: n });
    case 'ActionPlan':
      return em.findOne(ActionPlan, { id: n });
    case 'Person':
      return em.findOne(Person, { id: n });
    case 'Source':
      return em.findOne(Source, { id: n });
  }
}

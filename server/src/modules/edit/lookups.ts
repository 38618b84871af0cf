import { LockMode } from '@mikro-orm/core';
import type { EntityName } from '@mikro-orm/core';
import { NotFoundError } from '../../common/errors.js';
import { numericKey, type NodeType } from '../../common/ids.js';
import { Municipality, Region, type IMunicipality, type IRegion } from '../region/region.entity.js';
import { badInput } from './validators.js';
import type { Write } from './write.js';

/** The record a mutation changes, by global id: NOT_FOUND when there is none. */
export async function target<T extends object>(
  w: Write,
  entity: EntityName<T>,
  id: string,
  type: NodeType,
  field = 'id',
): Promise<T & { id: number; version: number }> {
  // FOR UPDATE: a concurrent write of the same record waits for this one to commit, then sees the new
  // version and gets a CONFLICT with the current values (deterministic, not left to the UPDATE race).
  const found = await w.tx.findOne(entity, { id: numericKey(id, type, field) } as never, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!found) throw new NotFoundError(type.toLowerCase(), `id "${id}"`);
  return found as T & { id: number; version: number };
}

/** A record a write points at, by global id: BAD_USER_INPUT naming the field when there is none. */
export async function pointee<T extends object>(
  w: Write,
  entity: EntityName<T>,
  id: string,
  type: NodeType,
  field: string,
): Promise<T & { id: number }> {
  const found = await w.tx.findOne(entity, { id: numericKey(id, type, field) } as never);
  if (!found) throw badInput(field, `no ${type.toLowerCase()} has the id "${id}"`);
  return found as T & { id: number };
}

export async function pointeeOrNull<T extends object>(
  w: Write,
  entity: EntityName<T>,
  id: string | null | undefined,
  type: NodeType,
  field: string,
) {
  return id ? pointee(w, entity, id, type, field) : null;
}

/** A region by code (länskod or NUTS): BAD_USER_INPUT naming the field when unknown. */
export async function regionByCode(w: Write, code: string | null | undefined, field: string): Promise<IRegion | null> {
  if (!code) return null;
  const r = await w.tx.findOne(Region, { code });
  if (!r) throw badInput(field, `no region has the code "${code}" (a länskod such as "18" or a NUTS code such as "ES51")`);
  return r;
}

/** A municipality by kommunkod: BAD_USER_INPUT naming the field when unknown. */
export async function municipalityByCode(w: Write, code: string | null | undefined, field: string): Promise<IMunicipality | null> {
  if (!code) return null;
  const m = await w.tx.findOne(Municipality, { code });
  if (!m) throw badInput(field, `no municipality has the kommunkod "${code}"`);
  return m;
}

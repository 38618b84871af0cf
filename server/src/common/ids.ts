import { BadInputError } from './errors.js';

/** Global, opaque, stable object ids: base64url("Type:key"). */
export const NODE_TYPES = [
  'Region',
  'Municipality',
  'Organisation',
  'Partnership',
  'Membership',
  'Project',
  'Programme',
  'Funding',
  'Outcome',
  'Event',
  'ActionPlan',
  'Person',
  'Source',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export function toGlobalId(type: NodeType, key: string | number): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

export function fromGlobalId(id: string, field = 'id'): { type: NodeType; key: string } {
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const sep = decoded.indexOf(':');
  const type = decoded.slice(0, sep);
  const key = decoded.slice(sep + 1);
  if (sep < 1 || !key || !(NODE_TYPES as readonly string[]).includes(type)) {
    throw new BadInputError(`"${id}" is not an ASF Atlas id`, field);
  }
  return { type: type as NodeType, key };
}

/** Numeric key of a global id of the expected type. */
export function numericKey(id: string, expected: NodeType, field = 'id'): number {
  const { type, key } = fromGlobalId(id, field);
  const n = Number(key);
  if (type !== expected || !Number.isSafeInteger(n)) throw new BadInputError(`"${id}" is not a ${expected} id`, field);
  return n;
}

import { badInput } from '../edit/validators.js';

/**
 * Opaque ids for the write path's own objects (not Relay nodes): base64url("Type:n"), the same scheme
 * as common/ids.ts, with their own types so `node(id)` never has to know them.
 */
export type OpaqueType = 'User' | 'ApiToken' | 'ImportJob' | 'HistoryEntry';

export function toOpaqueId(type: OpaqueType, n: number): string {
  return Buffer.from(`${type}:${n}`, 'utf8').toString('base64url');
}

export function fromOpaqueId(id: string, type: OpaqueType, field: string): number {
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const m = /^([A-Za-z]+):(\d{1,15})$/.exec(decoded);
  if (!m || m[1] !== type) throw badInput(field, `"${id}" is not a ${type} id`);
  return Number(m[2]);
}

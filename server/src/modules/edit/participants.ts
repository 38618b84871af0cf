import { numericKey } from '../../common/ids.js';
import { Organisation, type IOrganisation } from '../organisation/organisation.entity.js';
import { Partnership, type IPartnership } from '../partnership/partnership.entity.js';
import { pointee } from './lookups.js';
import { badInput } from './validators.js';
import type { Write } from './write.js';

export interface PartyRef {
  organisationId?: string | null;
  partnershipId?: string | null;
}

/** Exactly one of organisation and partnership, each existing. */
export async function party(
  w: Write,
  ref: PartyRef,
  path: string,
): Promise<{ organisation: IOrganisation | null; partnership: IPartnership | null }> {
  if (Boolean(ref.organisationId) === Boolean(ref.partnershipId)) {
    throw badInput(`${path}organisationId`, 'give exactly one of organisationId and partnershipId');
  }
  return {
    organisation: ref.organisationId ? await pointee(w, Organisation, ref.organisationId, 'Organisation', `${path}organisationId`) : null,
    partnership: ref.partnershipId ? await pointee(w, Partnership, ref.partnershipId, 'Partnership', `${path}partnershipId`) : null,
  };
}

/** The partnership keys named in party refs (for a PARTNERSHIP_EDITOR's scope). */
export function partnershipKeys(refs: PartyRef[], path: string): number[] {
  return refs.flatMap((r, i) => (r.partnershipId ? [numericKey(r.partnershipId, 'Partnership', `${path}${i}.partnershipId`)] : []));
}

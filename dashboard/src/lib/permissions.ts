// What the dashboard offers to edit, by role and partnership scope as `me` tells. The API refuses every
// write that is not allowed regardless: these only decide which controls are shown.

import type { Role } from '../gql/graphql';

export interface ViewerScope {
  role: Role;
  /** Global ids of the partnerships a PARTNERSHIP_EDITOR may edit. */
  partnershipIds: readonly string[];
}

/** ADMIN and EDITOR write all data. */
export function writesEverything(viewer: ViewerScope | null | undefined): boolean {
  return viewer?.role === 'ADMIN' || viewer?.role === 'EDITOR';
}

/** Fundings, outcomes and projects: ADMIN and EDITOR only. */
export function canEditProjects(viewer: ViewerScope | null | undefined): boolean {
  return writesEverything(viewer);
}

/** A partnership, its memberships and events: ADMIN, EDITOR, or a PARTNERSHIP_EDITOR it is assigned to. */
export function canEditPartnership(viewer: ViewerScope | null | undefined, partnershipId: string): boolean {
  if (writesEverything(viewer)) return true;
  return viewer?.role === 'PARTNERSHIP_EDITOR' && viewer.partnershipIds.includes(partnershipId);
}

/** An organisation: ADMIN, EDITOR, or a PARTNERSHIP_EDITOR while it is a member of one of their partnerships. */
export function canEditOrganisation(viewer: ViewerScope | null | undefined, memberOfPartnershipIds: readonly string[]): boolean {
  if (writesEverything(viewer)) return true;
  return viewer?.role === 'PARTNERSHIP_EDITOR' && memberOfPartnershipIds.some((id) => viewer.partnershipIds.includes(id));
}

/** CSV import: ADMIN and EDITOR. */
export function canImport(viewer: ViewerScope | null | undefined): boolean {
  return writesEverything(viewer);
}

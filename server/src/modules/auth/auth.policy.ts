import type { AtlasContext } from '../../common/context.js';
import { AtlasError } from '../../common/errors.js';
import type { Role } from './auth.roles.js';
import type { Viewer } from './viewer.js';

/**
 * The one place that says who may write what. Every mutation calls one of these before it touches
 * anything; scope checks that need the database (is this membership in one of my partnerships?) are
 * made inside the write's transaction through `inScope`.
 */
export function requireViewer(ctx: Pick<AtlasContext, 'viewer' | 'authError'>): Viewer {
  if (ctx.viewer) return ctx.viewer;
  throw ctx.authError ?? new AtlasError('Sign in (or send an API token) to change data', 'UNAUTHENTICATED');
}

export function forbidden(message: string): AtlasError {
  return new AtlasError(message, 'FORBIDDEN');
}

export function requireRole(ctx: Pick<AtlasContext, 'viewer' | 'authError'>, roles: readonly Role[], what: string): Viewer {
  const viewer = requireViewer(ctx);
  if (!roles.includes(viewer.role)) throw forbidden(`Your role (${viewer.role}) may not ${what}`);
  return viewer;
}

export const ADMIN_ONLY: readonly Role[] = ['ADMIN'];
export const EDITORS: readonly Role[] = ['ADMIN', 'EDITOR'];
export const DATA_WRITERS: readonly Role[] = ['ADMIN', 'EDITOR', 'PARTNERSHIP_EDITOR'];

/** True when the viewer may write anything in the data (no partnership scope applies). */
export function writesEverything(viewer: Viewer): boolean {
  return viewer.role === 'ADMIN' || viewer.role === 'EDITOR';
}

/** Refuses a PARTNERSHIP_EDITOR unless one of `partnershipIds` is assigned to them. Others pass. */
export function requirePartnershipScope(viewer: Viewer, partnershipIds: readonly number[], what: string): void {
  if (writesEverything(viewer)) return;
  if (viewer.role === 'PARTNERSHIP_EDITOR' && partnershipIds.some((id) => viewer.partnershipIds.includes(id))) return;
  throw forbidden(`You may ${what} only for the partnerships assigned to you`);
}

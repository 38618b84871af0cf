import { parseCookie } from 'cookie';
import type { EntityManager } from '@mikro-orm/sql';
import { AtlasError } from '../../common/errors.js';
import { ApiToken, Session, User, UserPartnership } from './auth.entity.js';
import type { Role } from './auth.roles.js';
import { API_TOKEN_PREFIX, SESSION_COOKIE, sha256 } from './tokens.js';

/** Who is making a request, as far as writing is concerned. */
export interface Viewer {
  userId: number;
  email: string;
  displayName: string | null;
  role: Role;
  /** Partnerships a PARTNERSHIP_EDITOR may edit (empty for other roles: they are not limited to some). */
  partnershipIds: number[];
  via: 'session' | 'token';
  sessionHash: string | null;
  tokenId: number | null;
}

export interface Authentication {
  viewer: Viewer | null;
  /**
   * Why credentials that were sent did not identify anyone (expired session, revoked token). Reading
   * goes on anonymously; a write answers with this instead of a bare "sign in".
   */
  error: AtlasError | null;
}

/** Seen-at timestamps are written at most this often, so reads do not turn into writes. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

function bearerToken(authorization: string | undefined): string | null | undefined {
  if (!authorization) return undefined;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  return m ? m[1]! : null;
}

async function loadViewer(
  em: EntityManager,
  userId: number,
  via: Viewer['via'],
  extra: Pick<Viewer, 'sessionHash' | 'tokenId'>,
): Promise<Viewer | null> {
  const user = await em.findOne(User, { id: userId });
  if (!user || user.disabled) return null;
  const partnershipIds =
    user.role === 'PARTNERSHIP_EDITOR'
      ? (await em.find(UserPartnership, { user: userId }, { fields: ['partnership'] })).map((up) => up.partnership.id)
      : [];
  return { userId: user.id, email: user.email, displayName: user.displayName ?? null, role: user.role, partnershipIds, via, ...extra };
}

/**
 * Identifies the caller from `Authorization: Bearer <API token>` or the session cookie (in that order).
 * Runs before the request's operation and never inside a transaction.
 */
export async function authenticate(
  em: EntityManager,
  headers: { authorization?: string | undefined; cookie?: string | undefined },
): Promise<Authentication> {
  const now = new Date();
  const bearer = bearerToken(headers.authorization);
  if (bearer === null)
    return { viewer: null, error: new AtlasError('The Authorization header must be "Bearer <API token>"', 'UNAUTHENTICATED') };
  if (bearer !== undefined) {
    const invalid = new AtlasError('The API token is not valid: it is unknown or has been revoked', 'UNAUTHENTICATED');
    if (!bearer.startsWith(API_TOKEN_PREFIX)) return { viewer: null, error: invalid };
    const token = await em.findOne(ApiToken, { tokenHash: sha256(bearer) });
    if (!token || token.revokedAt) return { viewer: null, error: invalid };
    const viewer = await loadViewer(em, token.user.id, 'token', { sessionHash: null, tokenId: token.id });
    if (!viewer) return { viewer: null, error: new AtlasError('The account of this API token is disabled', 'UNAUTHENTICATED') };
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
      await em.nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: now });
    }
    return { viewer, error: null };
  }

  const cookieValue = headers.cookie ? parseCookie(headers.cookie)[SESSION_COOKIE] : undefined;
  if (!cookieValue) return { viewer: null, error: null };
  const expired = new AtlasError('Your session has ended: sign in again', 'UNAUTHENTICATED');
  const hash = sha256(cookieValue);
  const session = await em.findOne(Session, { tokenHash: hash });
  if (!session || session.expiresAt <= now) return { viewer: null, error: expired };
  const viewer = await loadViewer(em, session.user.id, 'session', { sessionHash: hash, tokenId: null });
  if (!viewer) return { viewer: null, error: expired };
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await em.nativeUpdate(Session, { tokenHash: hash }, { lastSeenAt: now });
  }
  return { viewer, error: null };
}

import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe. High entropy, so a plain SHA-256 is a sufficient stored form. */
export function randomToken(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function sha256(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export const API_TOKEN_PREFIX = 'atlas_pat_';
export const SESSION_COOKIE = 'atlas_session';

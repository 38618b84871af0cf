import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BaseSchema } from '../../common/base.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { ROLES } from './auth.roles.js';

/** A person who can sign in. The password is stored only as a scrypt hash (see password.ts). */
export const User = defineEntity({
  name: 'User',
  tableName: 'app_user',
  extends: BaseSchema,
  properties: {
    /** Lowercased; the sign-in name. */
    email: p.string().length(254).unique(),
    displayName: p.string().length(200).nullable(),
    passwordHash: p.string().length(200).hidden().lazy(),
    role: p.enum(ROLES),
    disabled: p.boolean().default(false),
    partnerships: () => p.oneToMany(UserPartnership).mappedBy('user'),
  },
  checks: [{ name: 'app_user_email_lowercase', expression: 'email = lower(email)' }],
});
export type IUser = InferEntity<typeof User>;

/** A partnership a PARTNERSHIP_EDITOR may edit. An access grant, not a fact: it goes when either side goes. */
export const UserPartnership = defineEntity({
  name: 'UserPartnership',
  properties: {
    id: p.integer().primary(),
    user: () => p.manyToOne(User).ref().deleteRule('cascade'),
    partnership: () => p.manyToOne(Partnership).ref().index().deleteRule('cascade'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['user', 'partnership'] }],
});
export type IUserPartnership = InferEntity<typeof UserPartnership>;

/**
 * A signed-in browser session. Only the SHA-256 of the cookie's random token is stored, so a copy of
 * the table does not let anyone sign in. Stored in the database: any server process can check it.
 */
export const Session = defineEntity({
  name: 'Session',
  tableName: 'auth_session',
  properties: {
    tokenHash: p.string().length(64).primary(),
    user: () => p.manyToOne(User).ref().index().deleteRule('cascade'),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime().index(),
    lastSeenAt: p.datetime(),
    userAgent: p.string().length(300).nullable(),
  },
});
export type ISession = InferEntity<typeof Session>;

/** A personal API token for scripts (`Authorization: Bearer ...`). Stored as its SHA-256; shown once. */
export const ApiToken = defineEntity({
  name: 'ApiToken',
  properties: {
    id: p.integer().primary(),
    user: () => p.manyToOne(User).ref().index().deleteRule('cascade'),
    name: p.string().length(120),
    tokenHash: p.string().length(64).unique(),
    /** The first characters of the token, to tell tokens apart in a list. */
    prefix: p.string().length(20),
    createdAt: p.datetime().onCreate(() => new Date()),
    lastUsedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
  },
});
export type IApiToken = InferEntity<typeof ApiToken>;

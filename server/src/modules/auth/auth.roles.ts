import { registerEnumType } from 'type-graphql';

/**
 * What a signed-in user may do. Reading is open to everybody, signed in or not.
 * - ADMIN: everything, including users, roles, partnership assignments and anyone's API tokens.
 * - EDITOR: every data write (organisations, partnerships, projects, fundings, outcomes, events, sources, imports).
 * - PARTNERSHIP_EDITOR: only the partnerships assigned to them: the partnership itself, its memberships,
 *   its member organisations, events it takes part in, and sources they created.
 * - VIEWER: no data writes (an identity for the future: private views, saved filters).
 */
export const ROLES = ['ADMIN', 'EDITOR', 'PARTNERSHIP_EDITOR', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export const RoleEnum = { ADMIN: 'ADMIN', EDITOR: 'EDITOR', PARTNERSHIP_EDITOR: 'PARTNERSHIP_EDITOR', VIEWER: 'VIEWER' } as const;
registerEnumType(RoleEnum, {
  name: 'Role',
  description:
    'ADMIN: users, tokens and everything; EDITOR: all data; PARTNERSHIP_EDITOR: only assigned partnerships (their members, memberships, events, and sources for them); VIEWER: read only.',
});

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

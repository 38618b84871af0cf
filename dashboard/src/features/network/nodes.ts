import { paths } from '../../lib/paths';

export const NODE_KINDS = ['ORGANISATION', 'PARTNERSHIP', 'PROJECT', 'REGION', 'EVENT'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const EDGE_KINDS = [
  'MEMBER_OF',
  'COORDINATES',
  'PARTICIPATES_IN',
  'FUNDS',
  'OWNS',
  'LOCATED_IN',
  'VISITED',
  'TOOK_PART_IN',
  'PART_OF',
] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** Roles an edge may carry (participation, membership, event). */
export const ROLES = [
  'LEAD',
  'OWNER',
  'PARTNER',
  'FUNDER',
  'HOST',
  'PARTICIPANT',
  'COORDINATOR',
  'MEMBER',
  'ORGANISER',
  'VISITED',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export interface NodeRef {
  kind: NodeKind;
  slug: string | null;
  code: string | null;
}

/** The page of a network node; events have none of their own. */
export function nodePath(node: NodeRef): string | null {
  switch (node.kind) {
    case 'ORGANISATION':
      return node.slug ? paths.organisation(node.slug) : null;
    case 'PARTNERSHIP':
      return node.slug ? paths.partnership(node.slug) : null;
    case 'PROJECT':
      return node.slug ? paths.project(node.slug) : null;
    case 'REGION':
      return node.code ? paths.region(node.code) : null;
    case 'EVENT':
      return null;
  }
}

/** Keeps the known kinds of a `?nodes=` or `?edges=` list, in their canonical order; null means all. */
export function parseKinds<K extends string>(values: readonly string[], all: readonly K[]): K[] | null {
  const chosen = all.filter((kind) => values.includes(kind));
  return chosen.length === 0 || chosen.length === all.length ? null : chosen;
}

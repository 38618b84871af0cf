import { connectionPath } from './path.js';
import { network } from './network.js';
import { projectPage } from './project.js';
import { projectsPage } from './projects.js';
import { regionComparison } from './region-comparison.js';
import { search } from './search.js';
import type { Operation, Params, PostGraphileEquivalent } from './types.js';

export type { Operation, Params, PostGraphileEquivalent } from './types.js';

/** The dashboard's operations, in the order they are reported. */
export const OPERATIONS: Operation[] = [regionComparison, projectsPage, projectPage, network, connectionPath, search];

export function atlasRequest(op: Operation, p: Params): string {
  return JSON.stringify({ query: op.atlas.document, operationName: op.atlas.operationName, variables: op.atlas.variables(p) });
}

export function postgraphileRequest(eq: PostGraphileEquivalent, p: Params): string {
  return JSON.stringify({ query: eq.document, operationName: eq.operationName, variables: eq.variables(p) });
}

/** What an operation of the benchmark is made of. */

/** Dataset-dependent arguments, picked once per database (see params.ts). */
export interface Params {
  dataset: string;
  /** Twelve county codes for the region comparison, and the "whole period". */
  regionCodes: string[];
  yearFrom: number;
  yearTo: number;
  /** A project for the project page, and its row id. */
  projectSlug: string;
  projectId: number;
  /** Region the network is drawn around. */
  networkRegionCode: string;
  /** Two organisations a path is searched between (row ids and slugs). */
  pathFromId: number;
  pathToId: number;
  pathFromSlug: string;
  pathToSlug: string;
  searchText: string;
  /** Rows on the projects page. */
  pageSize: number;
}

export type Vars = Record<string, unknown>;
/** Response JSON walked by the mappers: its shape is fixed by the documents they go with. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Any = any;

export interface B2Query {
  /** SQL for these variables; each distinct text is a prepared statement. */
  sql: string | ((vars: Vars) => string);
  params(vars: Vars): unknown[];
  /** The response `data` from the rows (default: the first row's `data` column, built in SQL). */
  shape?(rows: Record<string, Any>[], vars: Vars): unknown;
}

export interface PostGraphileEquivalent {
  document: string;
  operationName: string;
  variables(p: Params): Vars;
  /** PostGraphile `data` → ASF Atlas `data` (ids re-encoded, derived fields computed, same nesting). */
  toAtlas(data: Any, p: Params): unknown;
  /** The part of ASF Atlas's `data` the equivalent can answer (default: all of it). */
  comparable?(atlasData: Any): unknown;
  /** What differs from the ASF Atlas query, if anything. */
  note?: string;
}

export interface Operation {
  id: string;
  title: string;
  atlas: {
    document: string;
    operationName: string;
    variables(p: Params): Vars;
    /** The same request with a smaller page, for paged operations: its SQL statement count must be the same. */
    smallPageVariables?(p: Params): Vars;
  };
  /** Lists whose order is part of the answer (dot paths from `data`, `[]` per list level). Others compare as multisets. */
  orderedPaths?: string[];
  b2: B2Query | { unavailable: string };
  postgraphile: PostGraphileEquivalent | { unavailable: string };
}

import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/sql';
import type { Logger } from 'pino';
import { Citation, type CitationSubject, type ICitation } from '../modules/source/source.entity.js';
import type { RateLimiter } from '../modules/auth/rate-limit.js';
import { authenticate, type Viewer } from '../modules/auth/viewer.js';
import type { AtlasError } from './errors.js';

export interface Loaders {
  /** Citations of a record, keyed "SubjectType:subjectId"; one query per subject type per batch. */
  citations: DataLoader<string, ICitation[]>;
}

/** What the write path needs of the HTTP exchange: the session cookie and the client. */
export interface HttpExchange {
  headers: { authorization?: string | undefined; cookie?: string | undefined; 'user-agent'?: string | undefined };
  /** Client address (behind a trusted proxy: the forwarded one). */
  ip: string;
  /** True when the request came over https (directly or through a trusted proxy): the cookie is then Secure. */
  secure: boolean;
  setCookie(name: string, value: string, options: { maxAgeMs: number; secure: boolean }): void;
  clearCookie(name: string, options: { secure: boolean }): void;
}

export interface AtlasContext {
  /** A forked EntityManager: its identity map lives for this request only (forked when first used). */
  em: EntityManager;
  /**
   * For hand-written read statements (db/read-sql.ts), which need no identity map: the request's fork
   * when it has one, else the root EntityManager (so a read answered by SQL alone forks nothing).
   */
  readonly reader: EntityManager;
  loaders: Loaders;
  log: Logger;
  requestId: string;
  /** The signed-in user (session cookie or API token); null when anonymous. */
  viewer: Viewer | null;
  /** Why credentials that were sent were refused (revoked token, ended session); null otherwise. */
  authError: AtlasError | null;
  http: HttpExchange | null;
  signInLimiter: RateLimiter | null;
}

/** The sources a read-model object carries (project.read.ts): its `sources` resolve without the loader. */
export const PRELOADED_SOURCES = Symbol('preloaded sources');

/** The citations of a record: those it carries, or through the request's batched loader. */
export function sourcesOf(
  ctx: AtlasContext,
  type: CitationSubject,
  id: string | number,
  record: object,
): ICitation[] | Promise<ICitation[]> {
  return (record as { [PRELOADED_SOURCES]?: ICitation[] })[PRELOADED_SOURCES] ?? ctx.loaders.citations.load(citationKey(type, id));
}

export function citationKey(type: CitationSubject, id: string | number): string {
  return `${type}:${id}`;
}

function createLoaders(emOf: () => EntityManager): Loaders {
  return {
    // One statement per batch, whatever the mix of subject types: (type = A and id in …) or (type = B and id in …).
    citations: new DataLoader(async (keys) => {
      const byType = new Map<CitationSubject, string[]>();
      for (const key of keys) {
        const sep = key.indexOf(':');
        const type = key.slice(0, sep) as CitationSubject;
        const list = byType.get(type) ?? [];
        list.push(key.slice(sep + 1));
        byType.set(type, list);
      }
      const rows = await emOf().find(
        Citation,
        { $or: [...byType].map(([subjectType, ids]) => ({ subjectType, subjectId: { $in: ids } })) },
        { populate: ['source'], orderBy: { id: 'asc' } },
      );
      const found = new Map<string, ICitation[]>();
      for (const row of rows) {
        const k = citationKey(row.subjectType, row.subjectId);
        const list = found.get(k);
        if (list) list.push(row);
        else found.set(k, [row]);
      }
      return keys.map((k) => found.get(k) ?? []);
    }),
  };
}

/**
 * A request's context. Apollo hands resolvers a copy of it (own properties only, the prototype kept),
 * so the fork is kept in an object both share, and made on first use: forking costs MikroORM two
 * configuration syncs (each writing process.env), about 3 % of a search request's CPU, and a read
 * answered by SQL alone needs no identity map.
 */
class RequestContext implements AtlasContext {
  readonly loaders: Loaders;
  constructor(
    private readonly ems: { root: EntityManager; fork?: EntityManager },
    readonly log: Logger,
    readonly requestId: string,
    readonly viewer: Viewer | null,
    readonly authError: AtlasError | null,
    readonly http: HttpExchange | null,
    readonly signInLimiter: RateLimiter | null,
  ) {
    this.loaders = createLoaders(() => this.em);
  }

  get em(): EntityManager {
    return (this.ems.fork ??= this.ems.root.fork());
  }

  get reader(): EntityManager {
    return this.ems.fork ?? this.ems.root;
  }
}

export async function createContext(
  rootEm: EntityManager,
  log: Logger,
  requestId: string,
  http: HttpExchange | null = null,
  signInLimiter: RateLimiter | null = null,
): Promise<AtlasContext> {
  const ems: { root: EntityManager; fork?: EntityManager } = { root: rootEm };
  const credentials = http !== null && (http.headers.authorization !== undefined || http.headers.cookie !== undefined);
  const { viewer, error } = credentials ? await authenticate((ems.fork = rootEm.fork()), http.headers) : { viewer: null, error: null };
  return new RequestContext(ems, log, requestId, viewer, error, http, signInLimiter);
}

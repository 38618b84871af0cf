import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/sql';
import type { Logger } from 'pino';
import { Citation, type CitationSubject, type ICitation } from '../modules/source/source.entity.js';

export interface Loaders {
  /** Citations of a record, keyed "SubjectType:subjectId"; one query per subject type per batch. */
  citations: DataLoader<string, ICitation[]>;
}

export interface AtlasContext {
  /** A forked EntityManager: its identity map lives for this request only. */
  em: EntityManager;
  loaders: Loaders;
  log: Logger;
  requestId: string;
}

export function citationKey(type: CitationSubject, id: string | number): string {
  return `${type}:${id}`;
}

function createLoaders(em: EntityManager): Loaders {
  return {
    citations: new DataLoader(async (keys) => {
      const byType = new Map<string, string[]>();
      for (const key of keys) {
        const sep = key.indexOf(':');
        const list = byType.get(key.slice(0, sep)) ?? [];
        list.push(key.slice(sep + 1));
        byType.set(key.slice(0, sep), list);
      }
      const found = new Map<string, ICitation[]>();
      for (const [type, ids] of byType) {
        const rows = await em.find(
          Citation,
          { subjectType: type as CitationSubject, subjectId: { $in: ids } },
          { populate: ['source'], orderBy: { id: 'asc' } },
        );
        for (const row of rows) {
          const k = `${type}:${row.subjectId}`;
          found.set(k, [...(found.get(k) ?? []), row]);
        }
      }
      return keys.map((k) => found.get(k) ?? []);
    }),
  };
}

export function createContext(rootEm: EntityManager, log: Logger, requestId: string): AtlasContext {
  const em = rootEm.fork();
  return { em, loaders: createLoaders(em), log, requestId };
}

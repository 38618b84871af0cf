import { snapshot } from '../history/history.recorder.js';
import type { CitationSubject } from '../source/source.entity.js';
import { cite, uncite, type NamedSource } from './citations.js';
import type { Write } from './write.js';

type Parent = { type: string; id: string | number } | null;
type Json = Record<string, unknown>;

/** After a create: its history entry and the citation of its source. */
export async function created(
  w: Write,
  type: CitationSubject,
  entity: { id: number },
  named: NamedSource,
  parent: Parent = null,
  extra: Json = {},
) {
  await w.history.record({
    entityType: type,
    entityId: entity.id,
    action: 'CREATE',
    before: null,
    after: snapshot(entity, extra),
    parent,
    sourceKey: named.source.key,
  });
  await cite(w, named, type, entity.id);
}

/** After an update: a history entry when anything changed, and the citation of its source. */
export async function updated(
  w: Write,
  type: CitationSubject,
  entity: { id: number },
  before: Json,
  named: NamedSource,
  parent: Parent = null,
  extra: Json = {},
) {
  const after = snapshot(entity, extra);
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    await w.history.record({ entityType: type, entityId: entity.id, action: 'UPDATE', before, after, parent, sourceKey: named.source.key });
  }
  await cite(w, named, type, entity.id);
}

/** Before a delete: its history entry and its citations (which go with it). */
export async function deleting(w: Write, type: CitationSubject, entity: { id: number }, parent: Parent = null, extra: Json = {}) {
  await w.history.record({ entityType: type, entityId: entity.id, action: 'DELETE', before: snapshot(entity, extra), after: null, parent });
  await uncite(w, type, [entity.id]);
}

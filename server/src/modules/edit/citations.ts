import { randomBytes } from 'node:crypto';
import { slugify } from '../../common/text.js';
import { Citation, Source, type CitationSubject, type ISource } from '../source/source.entity.js';
import { snapshot } from '../history/history.recorder.js';
import type { NewSourceInput, SourceRefInput } from './edit.inputs.js';
import { badInput, conflict, validateNested } from './validators.js';
import type { Write } from './write.js';

export interface NamedSource {
  source: ISource;
  quote: string | null;
}

/** Creates a source from its input, with a history entry. */
export async function createSource(w: Write, input: NewSourceInput, field: string): Promise<ISource> {
  const key = input.key ?? `${slugify(input.title).slice(0, 60).replace(/-+$/, '') || 'source'}-${randomBytes(3).toString('hex')}`;
  if (await w.tx.count(Source, { key }))
    throw conflict(`A source with key "${key}" already exists: name it with source.key instead`, { field: `${field}.key` });
  const source = w.tx.create(Source, {
    key,
    title: input.title,
    publisher: input.publisher,
    kind: input.kind,
    publishedOn: input.publishedOn ?? null,
    publishedApproximate: input.publishedApproximate,
    publishedText: input.publishedText ?? null,
    language: input.language,
    url: input.url ?? null,
    fileName: null,
    summary: input.summary ?? null,
  });
  await w.tx.flush();
  await w.history.record({
    entityType: 'Source',
    entityId: source.id,
    action: 'CREATE',
    before: null,
    after: snapshot(source),
    sourceKey: null,
  });
  return source;
}

/**
 * The source a write names. A fact without one is refused: BAD_USER_INPUT naming `source`.
 */
export async function nameSource(w: Write, ref: SourceRefInput | null | undefined, field = 'source'): Promise<NamedSource> {
  if (!ref || (!ref.key && !ref.new)) {
    throw badInput(field, 'name the source of this fact: source.key of an existing source, or source.new to add one');
  }
  await validateNested(ref, field);
  if (ref.key && ref.new) throw badInput(field, 'give either source.key or source.new, not both');
  if (ref.new) return { source: await createSource(w, ref.new, `${field}.new`), quote: ref.quote ?? null };
  const source = await w.tx.findOne(Source, { key: ref.key! });
  if (!source) throw badInput(`${field}.key`, `no source has the key "${ref.key}"`);
  return { source, quote: ref.quote ?? null };
}

/** "This source states this record": adds the citation, or adds the quote to the one there is. */
export async function cite(w: Write, named: NamedSource, type: CitationSubject, id: string | number): Promise<void> {
  const subjectId = String(id);
  const existing = await w.tx.findOne(Citation, { source: named.source.id, subjectType: type, subjectId });
  if (!existing) {
    w.tx.create(Citation, { source: named.source, subjectType: type, subjectId, quote: named.quote });
  } else if (named.quote && !(existing.quote ?? '').includes(named.quote)) {
    existing.quote = existing.quote ? `${existing.quote} … ${named.quote}` : named.quote;
  }
  await w.tx.flush();
}

/** Citations belong to the record they cite: they go when it goes. */
export async function uncite(w: Write, type: CitationSubject, ids: (string | number)[]): Promise<void> {
  if (ids.length) await w.tx.nativeDelete(Citation, { subjectType: type, subjectId: { $in: ids.map(String) } });
}

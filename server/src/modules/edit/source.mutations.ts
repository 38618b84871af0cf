import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AtlasContext } from '../../common/context.js';
import { toGlobalId } from '../../common/ids.js';
import { DATA_WRITERS, forbidden, requireRole, writesEverything } from '../auth/auth.policy.js';
import { HistoryEntry } from '../history/history.entity.js';
import { snapshot } from '../history/history.recorder.js';
import { Source, type ISource } from '../source/source.entity.js';
import { SourceType } from '../source/source.type.js';
import { createSource } from './citations.js';
import { DeleteInput, DeletePayload, NewSourceInput } from './edit.inputs.js';
import { UpdateSourceInput } from './source.inputs.js';
import { target } from './lookups.js';
import { refuseIfReferenced } from './references.js';
import { notNull, checkVersion, runWrite, type Write } from './write.js';

/** A PARTNERSHIP_EDITOR may change or delete only the sources they added themselves (as the history tells). */
async function requireOwnSource(w: Write, source: ISource) {
  if (writesEverything(w.viewer)) return;
  const mine = await w.tx.count(HistoryEntry, {
    entityType: 'Source',
    entityId: String(source.id),
    action: 'CREATE',
    actorId: w.viewer.userId,
  });
  if (!mine) throw forbidden('You may change only sources you added yourself');
}

@Resolver()
export class SourceMutations {
  @Mutation(() => SourceType, { description: 'Adds a source document. EDITOR, ADMIN, PARTNERSHIP_EDITOR.' })
  async createSource(@Arg('input', () => NewSourceInput) input: NewSourceInput, @Ctx() ctx: AtlasContext): Promise<ISource> {
    const viewer = requireRole(ctx, DATA_WRITERS, 'add sources');
    return runWrite(ctx, viewer, (w) => createSource(w, input, 'input'));
  }

  @Mutation(() => SourceType, { description: 'Changes a source document. EDITOR, ADMIN; a PARTNERSHIP_EDITOR for sources they added.' })
  async updateSource(@Arg('input', () => UpdateSourceInput) input: UpdateSourceInput, @Ctx() ctx: AtlasContext): Promise<ISource> {
    const viewer = requireRole(ctx, DATA_WRITERS, 'change sources');
    return runWrite(ctx, viewer, async (w) => {
      const source = await target(w, Source, input.id, 'Source');
      await requireOwnSource(w, source);
      checkVersion(source, input.version, `The source "${source.key}"`);
      const before = snapshot(source);
      w.tx.assign(source, {
        title: notNull(input.title, 'title') ?? source.title,
        publisher: notNull(input.publisher, 'publisher') ?? source.publisher,
        kind: notNull(input.kind, 'kind') ?? source.kind,
        publishedOn: input.publishedOn === undefined ? source.publishedOn : input.publishedOn,
        publishedApproximate: input.publishedApproximate ?? source.publishedApproximate,
        publishedText: input.publishedText === undefined ? source.publishedText : input.publishedText,
        language: notNull(input.language, 'language') ?? source.language,
        url: input.url === undefined ? source.url : input.url,
        summary: input.summary === undefined ? source.summary : input.summary,
      });
      await w.tx.flush();
      const after = snapshot(source);
      if (JSON.stringify(before) !== JSON.stringify(after))
        await w.history.record({ entityType: 'Source', entityId: source.id, action: 'UPDATE', before, after });
      return source;
    });
  }

  @Mutation(() => DeletePayload, {
    description:
      'Deletes a source nothing cites (else CONFLICT naming what does). EDITOR, ADMIN; a PARTNERSHIP_EDITOR for sources they added.',
  })
  async deleteSource(@Arg('input', () => DeleteInput) input: DeleteInput, @Ctx() ctx: AtlasContext): Promise<DeletePayload> {
    const viewer = requireRole(ctx, DATA_WRITERS, 'delete sources');
    return runWrite(ctx, viewer, async (w) => {
      const source = await target(w, Source, input.id, 'Source');
      await requireOwnSource(w, source);
      if (input.version) checkVersion(source, input.version, `The source "${source.key}"`);
      await refuseIfReferenced(w.tx, w.tx.getMetadata(Source), source.id, `The source "${source.key}"`);
      await w.history.record({ entityType: 'Source', entityId: source.id, action: 'DELETE', before: snapshot(source), after: null });
      w.tx.remove(source);
      await w.tx.flush();
      return { deletedId: toGlobalId('Source', source.id), alsoDeleted: [] };
    });
  }
}

import { Max, Min } from 'class-validator';
import { Args, ArgsType, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/sql';
import type { AtlasContext } from '../../common/context.js';
import { fromGlobalId, NODE_TYPES, toGlobalId, type NodeType } from '../../common/ids.js';
import { decodeCursor, toConnection } from '../../common/pagination.js';
import { toOpaqueId } from '../auth/opaque-ids.js';
import { Funding } from '../funding/funding.entity.js';
import { Project } from '../project/project.entity.js';
import { HistoryEntry, type IHistoryEntry } from './history.entity.js';
import { changedFields } from './history.recorder.js';
import { HistoryEntryConnection, type HistoryEntryType } from './history.type.js';

@ArgsType()
class HistoryArgs {
  @Field(() => ID, {
    description: 'Global id of the record (Organisation, Partnership, Membership, Project, Funding, Outcome, Event, Source, ...).',
  })
  id!: string;

  @Field(() => Int, { defaultValue: 20, description: 'How many entries, 1–100.' })
  @Min(1, { message: 'first must be at least 1' })
  @Max(100, { message: 'first must be at most 100' })
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'Entries after this cursor.' })
  after?: string | null;

  @Field(() => Boolean, {
    defaultValue: true,
    description:
      "Include changes to the record's parts (a partnership's memberships, a project's participants, outcomes and the fundings covering it, an event's participants).",
  })
  includeParts: boolean = true;
}

function globalIdOf(type: string | null, key: string | null): string | null {
  if (!type || key === null || !(NODE_TYPES as readonly string[]).includes(type)) return null;
  return toGlobalId(type as NodeType, key);
}

export function historyEntryView(e: IHistoryEntry, showActor: boolean): HistoryEntryType {
  return {
    id: toOpaqueId('HistoryEntry', e.id),
    at: e.at,
    action: e.action,
    recordType: e.entityType,
    recordKey: e.entityId,
    recordId: globalIdOf(e.entityType, e.entityId),
    parentId: globalIdOf(e.parentType ?? null, e.parentId ?? null),
    actor: showActor ? (e.actorName ?? null) : null,
    before: e.before ?? null,
    after: e.after ?? null,
    changedFields: changedFields(e.before ?? null, e.after ?? null),
    sourceKey: e.sourceKey ?? null,
    importJobId: e.importJobId ? toOpaqueId('ImportJob', e.importJobId) : null,
  };
}

/**
 * The fundings whose history belongs in a project's: those covering it now, and those whose history
 * snapshots name it among the projects they cover (a funding deleted, or moved to other projects,
 * since). A funding may cover several projects, so it has no single parent: snapshots name the
 * projects by slug, so every slug the project has had is looked for.
 */
async function fundingsOfProject(em: EntityManager, projectKey: string): Promise<string[]> {
  const id = Number(projectKey);
  if (!Number.isSafeInteger(id)) return [];
  const connection = em.getConnection();
  const slugs = new Set<string>();
  const project = await em.findOne(Project, { id }, { fields: ['slug'] });
  if (project) slugs.add(project.slug);
  const renamed = await connection.execute<{ before: string | null; after: string | null }[]>(
    `select "before"->>'slug' as "before", "after"->>'slug' as "after" from "history_entry" where "entity_type" = 'Project' and "entity_id" = ?`,
    [projectKey],
  );
  for (const row of renamed) for (const slug of [row.before, row.after]) if (slug) slugs.add(slug);

  const ids = new Set<string>();
  for (const funding of await em.find(Funding, { projects: id }, { fields: ['id'] })) ids.add(String(funding.id));
  if (slugs.size) {
    const names = [...slugs];
    const covers = names
      .map(() => `("before"->'projects' @> jsonb_build_array(?::text) or "after"->'projects' @> jsonb_build_array(?::text))`)
      .join(' or ');
    const named = await connection.execute<{ id: string }[]>(
      `select distinct "entity_id" as "id" from "history_entry" where "entity_type" = 'Funding' and (${covers})`,
      names.flatMap((slug) => [slug, slug]),
    );
    for (const row of named) ids.add(row.id);
  }
  return [...ids];
}

@Resolver()
export class HistoryResolver {
  @Query(() => HistoryEntryConnection, {
    description: 'Every change to one record, newest first: who, when, and the record before and after.',
  })
  async history(@Args(() => HistoryArgs) args: HistoryArgs, @Ctx() ctx: AtlasContext) {
    const { type, key } = fromGlobalId(args.id);
    const offset = decodeCursor(args.after);
    // A project's parts include the fundings covering it (which may cover other projects too).
    const fundingIds = args.includeParts && type === 'Project' ? await fundingsOfProject(ctx.em, key) : [];
    const where = args.includeParts
      ? {
          $or: [
            { entityType: type, entityId: key },
            { parentType: type, parentId: key },
            ...(fundingIds.length ? [{ entityType: 'Funding', entityId: { $in: fundingIds } }] : []),
          ],
        }
      : { entityType: type, entityId: key };
    const [items, totalCount] = await ctx.em.findAndCount(HistoryEntry, where, { orderBy: { id: 'desc' }, limit: args.first, offset });
    return toConnection({ items: items.map((e) => historyEntryView(e, ctx.viewer !== null)), totalCount, offset });
  }
}

import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AtlasContext } from '../../common/context.js';
import { AtlasError } from '../../common/errors.js';
import { decodeCursor, PageArgs, toConnection } from '../../common/pagination.js';
import { EDITORS, forbidden, requireRole, requireViewer } from '../auth/auth.policy.js';
import { fromOpaqueId, toOpaqueId } from '../auth/opaque-ids.js';
import { badInput } from '../edit/validators.js';
import { Source } from '../source/source.entity.js';
import { IMPORT_KINDS, ImportJob, type IImportJob, type ImportKind } from './import.entity.js';
import { KINDS } from './import.kinds.js';
import { currentJob, liveJobs } from './import.runner.js';
import { MATCHED_BY } from './import.templates.js';
import { ImportJobConnection, ImportJobType, ImportKindEnum, ImportTemplateType, type ImportKindName } from './import.type.js';

export function importJobView(stored: IImportJob): ImportJobType {
  const job = currentJob(stored);
  const done = job.status === 'SUCCEEDED' || job.status === 'FAILED';
  return {
    id: toOpaqueId('ImportJob', job.id),
    kind: job.kind.toUpperCase() as ImportKindName,
    dryRun: job.dryRun,
    status: job.status,
    sourceKey: job.sourceKey ?? null,
    progress: done ? 1 : job.bytesTotal ? Math.min(1, job.bytesProcessed / job.bytesTotal) : job.status === 'PENDING' ? 0 : null,
    bytesTotal: job.bytesTotal ?? null,
    bytesProcessed: job.bytesProcessed,
    rowsTotal: job.rowsTotal ?? null,
    rowsProcessed: job.rowsProcessed,
    created: job.created,
    updated: job.updated,
    unchanged: job.unchanged,
    errorCount: job.errorCount,
    errors: job.errors ?? [],
    changes: job.changes ?? [],
    message: job.message ?? null,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt ?? null,
  };
}

export function importKindOf(name: ImportKindName): ImportKind {
  return name.toLowerCase() as ImportKind;
}

@Resolver()
export class ImportResolver {
  @Query(() => [ImportTemplateType], { description: 'The kinds of CSV import, their columns, and where to get templates and upload.' })
  importTemplates(): ImportTemplateType[] {
    return IMPORT_KINDS.map((kind) => ({
      kind: kind.toUpperCase() as ImportKindName,
      templateUrl: `/import/templates/${kind}.csv`,
      uploadUrl: `/import/${kind}`,
      matchedBy: MATCHED_BY[kind],
      columns: KINDS[kind].columns.map((c) => ({
        name: c.key,
        swedishName: c.sv,
        required: Boolean(c.required),
        description: c.description,
        example: c.example,
      })),
    }));
  }

  @Query(() => ImportJobType, {
    description: 'One import job with its progress and report: poll it while the upload runs. Its owner or an ADMIN.',
  })
  async importJob(@Arg('id', () => ID) id: string, @Ctx() ctx: AtlasContext): Promise<ImportJobType> {
    const viewer = requireViewer(ctx);
    const key = fromOpaqueId(id, 'ImportJob', 'id');
    // A job running in this process answers from memory: never wait on the import's transaction.
    const job = liveJobs.get(key) ?? (await ctx.em.findOne(ImportJob, { id: key }));
    if (!job) throw new AtlasError(`No import job with id "${id}"`, 'NOT_FOUND');
    if (job.userId !== viewer.userId && viewer.role !== 'ADMIN') throw forbidden("This import job is someone else's");
    return importJobView(job);
  }

  @Query(() => ImportJobConnection, { description: 'Your import jobs, newest first.' })
  async importJobs(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: AtlasContext) {
    const viewer = requireViewer(ctx);
    const offset = decodeCursor(page.after);
    const [items, totalCount] = await ctx.em.findAndCount(
      ImportJob,
      { userId: viewer.userId },
      { orderBy: { id: 'desc' }, limit: page.first, offset },
    );
    return toConnection({ items: items.map(importJobView), totalCount, offset });
  }

  @Mutation(() => ImportJobType, {
    description:
      'Creates an import job before the upload, so its progress can be polled with importJob(id) while the file goes to POST /import/{kind}?job={id}. EDITOR, ADMIN.',
  })
  async createImportJob(
    @Arg('kind', () => ImportKindEnum) kind: ImportKindName,
    @Arg('dryRun', () => Boolean) dryRun: boolean,
    @Arg('sourceKey', () => String, { nullable: true, description: 'The source of every row without a source column.' })
    sourceKey: string | null,
    @Ctx() ctx: AtlasContext,
  ): Promise<ImportJobType> {
    const viewer = requireRole(ctx, EDITORS, 'import data');
    if (sourceKey && !(await ctx.em.count(Source, { key: sourceKey }))) throw badInput('sourceKey', `no source has the key "${sourceKey}"`);
    const job = ctx.em.create(ImportJob, {
      kind: importKindOf(kind),
      dryRun,
      status: 'PENDING',
      userId: viewer.userId,
      actorName: viewer.email,
      sourceKey: sourceKey ?? null,
      bytesTotal: null,
      errors: null,
      changes: null,
      message: null,
      finishedAt: null,
    });
    await ctx.em.flush();
    return importJobView(job);
  }
}

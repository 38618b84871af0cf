import { randomBytes } from 'node:crypto';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AtlasContext } from '../../common/context.js';
import { toGlobalId } from '../../common/ids.js';
import { EDITORS, requireRole } from '../auth/auth.policy.js';
import { snapshot } from '../history/history.recorder.js';
import { Funding, Programme, type IFunding } from '../funding/funding.entity.js';
import { FundingType } from '../funding/funding.type.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Project, type IProject } from '../project/project.entity.js';
import { nameSource } from './citations.js';
import { DeleteInput, DeletePayload } from './edit.inputs.js';
import { CreateFundingInput, UpdateFundingInput } from './funding.inputs.js';
import { pointee, pointeeOrNull, target } from './lookups.js';
import { created, deleting, updated } from './record.js';
import { badInput, canonicalDecimal, conflict } from './validators.js';
import { checkVersion, notNull, runWrite, type Write } from './write.js';

async function projectsOf(w: Write, ids: string[]): Promise<IProject[]> {
  const out: IProject[] = [];
  for (const [i, id] of [...new Set(ids)].entries()) out.push(await pointee(w, Project, id, 'Project', `projectIds.${i}`));
  return out;
}

/** The projects a funding covers belong to its record: they are part of its history snapshot. */
async function projectSlugs(f: IFunding): Promise<Record<string, unknown>> {
  const items = (await f.projects.load()).getItems();
  return { projects: items.map((p) => p.slug).sort() };
}

@Resolver()
export class FundingMutations {
  @Mutation(() => FundingType, {
    description: 'Adds a funding: an exact amount (or none reported) covering one or more projects together. EDITOR, ADMIN.',
  })
  async createFunding(@Arg('input', () => CreateFundingInput) input: CreateFundingInput, @Ctx() ctx: AtlasContext): Promise<IFunding> {
    const viewer = requireRole(ctx, EDITORS, 'create fundings');
    return runWrite(ctx, viewer, async (w) => {
      const named = await nameSource(w, input.source);
      if (!input.projectIds?.length) throw badInput('projectIds', 'a funding covers at least one project');
      const key = input.key ?? `funding-${randomBytes(4).toString('hex')}`;
      if (await w.tx.count(Funding, { key })) throw conflict(`A funding with the key "${key}" already exists`, { field: 'key' });
      const funding = w.tx.create(Funding, {
        key,
        funder: await pointeeOrNull(w, Organisation, input.funderId, 'Organisation', 'funderId'),
        programme: await pointeeOrNull(w, Programme, input.programmeId, 'Programme', 'programmeId'),
        amount: canonicalDecimal(input.amount ?? null, 2),
        currency: input.currency ?? 'SEK',
        comparison: input.comparison ?? 'EXACTLY',
        approximate: input.approximate ?? false,
        yearFrom: input.yearFrom ?? null,
        yearTo: input.yearTo ?? null,
        note: input.note ?? null,
      });
      funding.projects.set(await projectsOf(w, input.projectIds));
      await w.tx.flush();
      await created(w, 'Funding', funding, named, null, await projectSlugs(funding));
      return funding;
    });
  }

  @Mutation(() => FundingType, { description: 'Changes a funding (and, when given, the projects it covers). EDITOR, ADMIN.' })
  async updateFunding(@Arg('input', () => UpdateFundingInput) input: UpdateFundingInput, @Ctx() ctx: AtlasContext): Promise<IFunding> {
    const viewer = requireRole(ctx, EDITORS, 'change fundings');
    return runWrite(ctx, viewer, async (w) => {
      const funding = await target(w, Funding, input.id, 'Funding');
      checkVersion(funding, input.version, `The funding "${funding.key}"`, (f: IFunding) => snapshot(f));
      const named = await nameSource(w, input.source);
      const before = snapshot(funding, await projectSlugs(funding));
      const yearFrom = input.yearFrom === undefined ? (funding.yearFrom ?? null) : input.yearFrom;
      const yearTo = input.yearTo === undefined ? (funding.yearTo ?? null) : input.yearTo;
      if (yearFrom !== null && yearTo !== null && yearTo < yearFrom) throw badInput('yearTo', 'must not be before yearFrom');
      w.tx.assign(funding, {
        funder:
          input.funderId === undefined ? funding.funder : await pointeeOrNull(w, Organisation, input.funderId, 'Organisation', 'funderId'),
        programme:
          input.programmeId === undefined
            ? funding.programme
            : await pointeeOrNull(w, Programme, input.programmeId, 'Programme', 'programmeId'),
        amount: input.amount === undefined ? funding.amount : canonicalDecimal(input.amount, 2),
        currency: notNull(input.currency, 'currency') ?? funding.currency,
        comparison: notNull(input.comparison, 'comparison') ?? funding.comparison,
        approximate: input.approximate ?? funding.approximate,
        yearFrom,
        yearTo,
        note: input.note === undefined ? funding.note : input.note,
      });
      if (input.projectIds === null) throw badInput('projectIds', 'a funding covers at least one project');
      if (input.projectIds) {
        funding.projects.set(await projectsOf(w, input.projectIds));
        // Which projects it covers is part of the record: a change there is a new version too.
        if (JSON.stringify((await projectSlugs(funding)).projects) !== JSON.stringify(before.projects)) funding.updatedAt = new Date();
      }
      await w.tx.flush();
      await updated(w, 'Funding', funding, before, named, null, await projectSlugs(funding));
      return funding;
    });
  }

  @Mutation(() => DeletePayload, { description: 'Deletes a funding (its links to projects go with it). EDITOR, ADMIN.' })
  async deleteFunding(@Arg('input', () => DeleteInput) input: DeleteInput, @Ctx() ctx: AtlasContext): Promise<DeletePayload> {
    const viewer = requireRole(ctx, EDITORS, 'delete fundings');
    return runWrite(ctx, viewer, async (w) => {
      const funding = await target(w, Funding, input.id, 'Funding');
      if (input.version) checkVersion(funding, input.version, `The funding "${funding.key}"`);
      await deleting(w, 'Funding', funding, null, await projectSlugs(funding));
      funding.projects.removeAll();
      w.tx.remove(funding);
      await w.tx.flush();
      return { deletedId: toGlobalId('Funding', funding.id), alsoDeleted: [] };
    });
  }
}

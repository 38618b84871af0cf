import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AtlasContext } from '../../common/context.js';
import type { Comparison, OutcomeKind, OutcomeMetric } from '../../common/enums.js';
import { toGlobalId } from '../../common/ids.js';
import { EDITORS, requireRole } from '../auth/auth.policy.js';
import { snapshot } from '../history/history.recorder.js';
import { Outcome, type IOutcome } from '../outcome/outcome.entity.js';
import { OutcomeType } from '../outcome/outcome.type.js';
import { Project } from '../project/project.entity.js';
import { nameSource } from './citations.js';
import { DeleteInput, DeletePayload } from './edit.inputs.js';
import { pointee, target } from './lookups.js';
import { CreateOutcomeInput, UpdateOutcomeInput } from './outcome.inputs.js';
import { created, deleting, updated } from './record.js';
import { badInput, canonicalDecimal, conflict } from './validators.js';
import { checkVersion, notNull, runWrite, type Write } from './write.js';

function checkFigure(o: {
  value: string | null;
  share: string | null;
  shareOf: string | null;
  periodStart: string | null;
  periodEnd: string | null;
}) {
  if (o.value === null && (o.share === null || o.shareOf === null))
    throw badInput('value', 'give a value, or a share together with shareOf');
  if (o.share !== null && o.shareOf === null) throw badInput('shareOf', 'a share needs the metric it is a share of');
  if (o.periodStart && o.periodEnd && o.periodEnd < o.periodStart) throw badInput('periodEnd', 'must not be before periodStart');
}

async function assertFree(
  w: Write,
  key: { project: number; metric: OutcomeMetric; kind: OutcomeKind; comparison: Comparison },
  selfId: number | null,
) {
  const other = await w.tx.findOne(Outcome, key);
  if (other && other.id !== selfId) {
    throw conflict(`The project already has a ${key.kind} for ${key.metric} (${key.comparison}): change that one instead`, {
      field: 'metric',
      existingId: toGlobalId('Outcome', other.id),
    });
  }
}

const parentOf = (o: IOutcome) => ({ type: 'Project', id: o.project.id });

@Resolver()
export class OutcomeMutations {
  @Mutation(() => OutcomeType, { description: 'Adds a target or actual figure to a project. EDITOR, ADMIN.' })
  async createOutcome(@Arg('input', () => CreateOutcomeInput) input: CreateOutcomeInput, @Ctx() ctx: AtlasContext): Promise<IOutcome> {
    const viewer = requireRole(ctx, EDITORS, 'create outcomes');
    return runWrite(ctx, viewer, async (w) => {
      const named = await nameSource(w, input.source);
      const project = await pointee(w, Project, input.projectId, 'Project', 'projectId');
      const figure = {
        value: canonicalDecimal(input.value ?? null, 2),
        share: canonicalDecimal(input.share ?? null, 4),
        shareOf: input.shareOf ?? null,
        periodStart: input.periodStart ?? null,
        periodEnd: input.periodEnd ?? null,
      };
      checkFigure(figure);
      await assertFree(w, { project: project.id, metric: input.metric, kind: input.kind, comparison: input.comparison }, null);
      const outcome = w.tx.create(Outcome, {
        project,
        metric: input.metric,
        kind: input.kind,
        comparison: input.comparison,
        ...figure,
        note: input.note ?? null,
      });
      await w.tx.flush();
      await created(w, 'Outcome', outcome, named, parentOf(outcome));
      return outcome;
    });
  }

  @Mutation(() => OutcomeType, { description: 'Changes an outcome. EDITOR, ADMIN.' })
  async updateOutcome(@Arg('input', () => UpdateOutcomeInput) input: UpdateOutcomeInput, @Ctx() ctx: AtlasContext): Promise<IOutcome> {
    const viewer = requireRole(ctx, EDITORS, 'change outcomes');
    return runWrite(ctx, viewer, async (w) => {
      const outcome = await target(w, Outcome, input.id, 'Outcome');
      checkVersion(outcome, input.version, 'The outcome');
      const named = await nameSource(w, input.source);
      const before = snapshot(outcome);
      const key = {
        project: outcome.project.id,
        metric: notNull(input.metric, 'metric') ?? outcome.metric,
        kind: notNull(input.kind, 'kind') ?? outcome.kind,
        comparison: notNull(input.comparison, 'comparison') ?? outcome.comparison,
      };
      await assertFree(w, key, outcome.id);
      const figure = {
        value: input.value === undefined ? (outcome.value ?? null) : canonicalDecimal(input.value, 2),
        share: input.share === undefined ? (outcome.share ?? null) : canonicalDecimal(input.share, 4),
        shareOf: input.shareOf === undefined ? (outcome.shareOf ?? null) : input.shareOf,
        periodStart: input.periodStart === undefined ? (outcome.periodStart ?? null) : input.periodStart,
        periodEnd: input.periodEnd === undefined ? (outcome.periodEnd ?? null) : input.periodEnd,
      };
      checkFigure(figure);
      w.tx.assign(outcome, {
        metric: key.metric,
        kind: key.kind,
        comparison: key.comparison,
        ...figure,
        note: input.note === undefined ? outcome.note : input.note,
      });
      await w.tx.flush();
      await updated(w, 'Outcome', outcome, before, named, parentOf(outcome));
      return outcome;
    });
  }

  @Mutation(() => DeletePayload, { description: 'Deletes an outcome. EDITOR, ADMIN.' })
  async deleteOutcome(@Arg('input', () => DeleteInput) input: DeleteInput, @Ctx() ctx: AtlasContext): Promise<DeletePayload> {
    const viewer = requireRole(ctx, EDITORS, 'delete outcomes');
    return runWrite(ctx, viewer, async (w) => {
      const outcome = await target(w, Outcome, input.id, 'Outcome');
      if (input.version) checkVersion(outcome, input.version, 'The outcome');
      await deleting(w, 'Outcome', outcome, parentOf(outcome));
      w.tx.remove(outcome);
      await w.tx.flush();
      return { deletedId: toGlobalId('Outcome', outcome.id), alsoDeleted: [] };
    });
  }
}

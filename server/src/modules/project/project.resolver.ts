import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { AtlasContext } from '../../common/context.js';
import { sourcesOf } from '../../common/context.js';
import { OUTCOME_METRICS } from '../../common/enums.js';
import { NotFoundError } from '../../common/errors.js';
import { DateValue, dateValue, loadMany, loadOne, loadRef, mapItems, type Maybe } from '../../common/graphql-types.js';
import { SourcedNodeResolver } from '../../common/node.resolver.js';
import { decodeCursor, toConnection } from '../../common/pagination.js';
import { EventType } from '../activity/activity.type.js';
import { FundingType } from '../funding/funding.type.js';
import { OrganisationType } from '../organisation/organisation.type.js';
import type { IOutcome } from '../outcome/outcome.entity.js';
import { OutcomeType } from '../outcome/outcome.type.js';
import { PartnershipType } from '../partnership/partnership.type.js';
import { MunicipalityType, RegionType } from '../region/region.type.js';
import { CitationType } from '../source/source.type.js';
import { Project, type IProject, type IProjectParticipant, type IProjectPhase } from './project.entity.js';
import { ProjectsArgs } from './project.inputs.js';
import { selectedAlong, selectedFields } from '../../common/lookahead.js';
import { pageProjectIds, populateProjects, projectsInOrder } from './project.queries.js';
import { readModelCovers, readProjects } from './project.read.js';
import { OutcomeComparisonType, ProjectConnection, ProjectParticipantType, ProjectPhaseType, ProjectType } from './project.type.js';

@Resolver(() => ProjectType)
export class ProjectResolver extends SourcedNodeResolver<IProject>(ProjectType, 'Project', 'Project', (p) => p.id) {
  @Query(() => ProjectConnection, { description: 'Projects, filtered and paginated (Relay connection).' })
  async projects(@Args(() => ProjectsArgs) args: ProjectsArgs, @Ctx() ctx: AtlasContext, @Info() info: GraphQLResolveInfo) {
    const page = await pageProjectIds(ctx.reader, args.filter, args.first, decodeCursor(args.after), args.orderBy ?? undefined);
    // The items are selected through edges { node } or nodes (or both).
    const fields = selectedAlong(info, [['edges', 'node'], ['nodes']]);
    if (readModelCovers(fields)) return toConnection({ ...page, items: await readProjects(ctx.reader, fields, { ids: page.ids }) });
    const items = await projectsInOrder(ctx.em, page.ids);
    await populateProjects(ctx.em, items, fields);
    return toConnection({ ...page, items });
  }

  @Query(() => ProjectType, { description: 'One project by slug, e.g. "all-in".' })
  async project(@Arg('slug', () => String) slug: string, @Ctx() ctx: AtlasContext, @Info() info: GraphQLResolveInfo): Promise<IProject> {
    const fields = selectedFields(info);
    if (readModelCovers(fields)) {
      const [read] = await readProjects(ctx.reader, fields, { slug });
      if (!read) throw new NotFoundError('project', `slug "${slug}"`);
      return read;
    }
    const project = await ctx.em.findOne(Project, { slug });
    if (!project) throw new NotFoundError('project', `slug "${slug}"`);
    await populateProjects(ctx.em, [project], fields);
    return project;
  }

  @FieldResolver(() => DateValue, { nullable: true, description: 'Start, possibly approximate; null when not reported.' })
  start(@Root() p: IProject): DateValue | null {
    return dateValue(p.startDate, p.startApproximate);
  }

  @FieldResolver(() => DateValue, { nullable: true, description: 'End, possibly approximate; null when not reported.' })
  end(@Root() p: IProject): DateValue | null {
    return dateValue(p.endDate, p.endApproximate);
  }

  @FieldResolver(() => OrganisationType, { nullable: true, description: 'The project owner, when reported.' })
  owner(@Root() p: IProject) {
    return loadRef(p.owner);
  }

  @FieldResolver(() => [ProjectPhaseType], { description: 'Reported phases, in order.' })
  phases(@Root() p: IProject) {
    return loadMany(p.phases);
  }

  @FieldResolver(() => [ProjectParticipantType], { description: 'Organisations and partnerships taking part, with roles.' })
  participants(@Root() p: IProject) {
    return loadMany(p.participants);
  }

  @FieldResolver(() => [RegionType], { description: 'Regions the project works in.' })
  regions(@Root() p: IProject) {
    return mapItems(loadMany(p.regionLinks), (l) => loadOne(l.region));
  }

  @FieldResolver(() => [MunicipalityType], { description: 'Municipalities the project works in.' })
  municipalities(@Root() p: IProject) {
    return mapItems(loadMany(p.municipalityLinks), (l) => loadOne(l.municipality));
  }

  @FieldResolver(() => [FundingType], {
    description: 'Fundings covering the project (an amount may cover other projects too: see Funding.shared).',
  })
  fundings(@Root() p: IProject) {
    return loadMany(p.fundings);
  }

  @FieldResolver(() => [OutcomeType], { description: 'Targets and actuals.' })
  outcomes(@Root() p: IProject) {
    return loadMany(p.outcomes);
  }

  @FieldResolver(() => [OutcomeComparisonType], { description: 'Targets and actuals side by side, one row per reported metric.' })
  outcomeComparison(@Root() p: IProject): Maybe<OutcomeComparisonType[]> {
    const outcomes = loadMany(p.outcomes);
    return Array.isArray(outcomes) ? compareOutcomes(outcomes) : outcomes.then(compareOutcomes);
  }

  @FieldResolver(() => [EventType], { description: 'Meetings and study visits of the project.' })
  events(@Root() p: IProject) {
    return loadMany(p.events);
  }
}

/** Targets and actuals side by side, one row per reported metric, in the metrics' order. */
function compareOutcomes(outcomes: IOutcome[]): OutcomeComparisonType[] {
  const rows: OutcomeComparisonType[] = [];
  for (const metric of OUTCOME_METRICS) {
    const of = outcomes.filter((o: IOutcome) => o.metric === metric);
    if (!of.length) continue;
    rows.push({ metric, targets: of.filter((o) => o.kind === 'TARGET'), actuals: of.filter((o) => o.kind === 'ACTUAL') });
  }
  return rows;
}

@Resolver(() => ProjectParticipantType)
export class ProjectParticipantResolver {
  @FieldResolver(() => ProjectType, { description: 'The project.' })
  project(@Root() pp: IProjectParticipant) {
    return loadOne(pp.project);
  }

  @FieldResolver(() => OrganisationType, { nullable: true, description: 'The organisation, when an organisation takes part.' })
  organisation(@Root() pp: IProjectParticipant) {
    return loadRef(pp.organisation);
  }

  @FieldResolver(() => PartnershipType, { nullable: true, description: 'The partnership, when a whole partnership takes part.' })
  partnership(@Root() pp: IProjectParticipant) {
    return loadRef(pp.partnership);
  }

  @FieldResolver(() => [CitationType], { description: 'The sources that state this participation.' })
  sources(@Root() pp: IProjectParticipant, @Ctx() ctx: AtlasContext) {
    return sourcesOf(ctx, 'ProjectParticipant', pp.id, pp);
  }
}

@Resolver(() => ProjectPhaseType)
export class ProjectPhaseResolver {
  @FieldResolver(() => DateValue, { nullable: true, description: 'Start of the phase.' })
  start(@Root() ph: IProjectPhase): DateValue | null {
    return dateValue(ph.startDate, ph.startApproximate);
  }

  @FieldResolver(() => DateValue, { nullable: true, description: 'End of the phase.' })
  end(@Root() ph: IProjectPhase): DateValue | null {
    return dateValue(ph.endDate, ph.endApproximate);
  }

  @FieldResolver(() => [CitationType], { description: 'The sources that state this phase.' })
  sources(@Root() ph: IProjectPhase, @Ctx() ctx: AtlasContext) {
    return sourcesOf(ctx, 'ProjectPhase', ph.id, ph);
  }
}

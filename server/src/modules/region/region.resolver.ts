import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root, Args } from 'type-graphql';
import type { AtlasContext } from '../../common/context.js';
import { NotFoundError } from '../../common/errors.js';
import { listOf } from '../../common/limits.js';
import { sortBySwedishName } from '../../common/text.js';
import { ActionPlanType } from '../activity/activity.type.js';
import { loadMany, loadRef } from '../../common/graphql-types.js';
import { SourcedNodeResolver } from '../../common/node.resolver.js';
import { decodeCursor as decodeOffset, PageArgs, toConnection } from '../../common/pagination.js';
import { OrganisationConnection } from '../organisation/organisation.type.js';
import { pageOrganisations } from '../organisation/organisation.queries.js';
import { PartnershipType } from '../partnership/partnership.type.js';
import { pageProjects } from '../project/project.queries.js';
import { ProjectConnection } from '../project/project.type.js';
import { SourceType } from '../source/source.type.js';
import { Municipality, Region, type IMunicipality, type IRegion, type IRegionPopulation } from './region.entity.js';
import { RegionFilter } from './region.inputs.js';
import { listRegions } from './region.queries.js';
import { MunicipalityType, PopulationType, RegionType } from './region.type.js';

@Resolver(() => RegionType)
export class RegionResolver extends SourcedNodeResolver<IRegion>(RegionType, 'Region', 'Region', (r) => r.code) {
  @Query(() => [RegionType], { description: 'Counties and European partner regions, filtered.', complexity: listOf(30) })
  regions(
    @Arg('filter', () => RegionFilter, { nullable: true }) filter: RegionFilter | null,
    @Ctx() ctx: AtlasContext,
  ): Promise<IRegion[]> {
    return listRegions(ctx.em, filter ?? {});
  }

  @Query(() => RegionType, { description: 'One region by länskod (e.g. "18") or NUTS code (e.g. "ES51").' })
  async region(@Arg('code', () => String) code: string, @Ctx() ctx: AtlasContext): Promise<IRegion> {
    const region = await ctx.em.findOne(Region, { code });
    if (!region) throw new NotFoundError('region', `code "${code}"`);
    return region;
  }

  @FieldResolver(() => PopulationType, {
    nullable: true,
    description: 'Population in the given year, or the latest reported year when none is given; null when not reported.',
  })
  async population(
    @Root() region: IRegion,
    @Arg('year', () => Int, { nullable: true }) year: number | null | undefined,
  ): Promise<IRegionPopulation | null> {
    const all = await loadMany(region.populations);
    if (year !== null && year !== undefined) return all.find((p) => p.year === year) ?? null;
    return all.at(-1) ?? null;
  }

  @FieldResolver(() => [PopulationType], { description: 'Every reported population figure, by year. Missing years are absent.' })
  populations(@Root() region: IRegion) {
    return loadMany(region.populations);
  }

  @FieldResolver(() => [MunicipalityType], { description: 'The municipalities of a county, by name.', complexity: listOf(60) })
  async municipalities(@Root() region: IRegion): Promise<IMunicipality[]> {
    return sortBySwedishName(await loadMany(region.municipalities));
  }

  @FieldResolver(() => OrganisationConnection, {
    description: 'Organisations located in the region (directly or through their municipality).',
  })
  async organisations(@Root() region: IRegion, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: AtlasContext) {
    const offset = decodeOffset(page.after);
    return toConnection(await pageOrganisations(ctx.em, { regionCode: region.code }, page.first, offset));
  }

  @FieldResolver(() => ProjectConnection, { description: 'Projects working in the region or one of its municipalities.' })
  async projects(@Root() region: IRegion, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: AtlasContext) {
    const offset = decodeOffset(page.after);
    return toConnection(await pageProjects(ctx.em, { regionCode: region.code }, page.first, offset));
  }

  @FieldResolver(() => [PartnershipType], { description: 'Partnerships based in the region.' })
  async partnerships(@Root() region: IRegion) {
    return sortBySwedishName(await loadMany(region.partnerships));
  }

  @FieldResolver(() => [ActionPlanType], {
    description: "Action plans for ASF work in the region (e.g. the 2016 pre-study plan, Örebro's 18-activity plan).",
  })
  async actionPlans(@Root() region: IRegion) {
    return sortBySwedishName(await loadMany(region.actionPlans));
  }
}

@Resolver(() => MunicipalityType)
export class MunicipalityResolver extends SourcedNodeResolver<IMunicipality>(
  MunicipalityType,
  'Municipality',
  'Municipality',
  (m) => m.code,
) {
  @Query(() => [MunicipalityType], {
    description: 'Municipalities, all 290 or those of one county (by länskod), by name.',
    complexity: listOf(290),
  })
  async municipalities(
    @Arg('regionCode', () => String, { nullable: true }) regionCode: string | null,
    @Ctx() ctx: AtlasContext,
  ): Promise<IMunicipality[]> {
    return sortBySwedishName(await ctx.em.find(Municipality, regionCode ? { region: regionCode } : {}));
  }

  @FieldResolver(() => RegionType, { description: 'The county the municipality belongs to.' })
  async region(@Root() m: IMunicipality): Promise<IRegion> {
    return m.region.loadOrFail();
  }

  @FieldResolver(() => OrganisationConnection, { description: 'Organisations located in the municipality.' })
  async organisations(@Root() m: IMunicipality, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: AtlasContext) {
    return toConnection(await pageOrganisations(ctx.em, { municipalityCode: m.code }, page.first, decodeOffset(page.after)));
  }

  @FieldResolver(() => ProjectConnection, { description: 'Projects working in the municipality.' })
  async projects(@Root() m: IMunicipality, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: AtlasContext) {
    return toConnection(await pageProjects(ctx.em, { municipalityCode: m.code }, page.first, decodeOffset(page.after)));
  }
}

@Resolver(() => PopulationType)
export class PopulationResolver {
  @FieldResolver(() => SourceType, { description: 'The source stating the figure.' })
  source(@Root() p: IRegionPopulation) {
    return loadRef(p.source);
  }
}

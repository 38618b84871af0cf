import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/sql';
import type { AtlasContext } from '../../common/context.js';
import { BadInputError, NotFoundError } from '../../common/errors.js';
import { selectedFields, selectsAny } from '../../common/lookahead.js';
import { Programme, type IProgramme } from '../funding/funding.entity.js';
import { Organisation, type IOrganisation } from '../organisation/organisation.entity.js';
import { Project, type IProject } from '../project/project.entity.js';
import { Region, type IRegion } from '../region/region.entity.js';
import { ASF_PROGRAMME_SLUG, fundedRegionCodes, REGION_ROW_FIELDS, regionRows, type RegionRow } from '../region/region.queries.js';
import type { ICitation } from '../source/source.entity.js';
import { CitationType } from '../source/source.type.js';
import { FundingBreakdownArgs, RegionComparisonInput } from './comparison.inputs.js';
import {
  citationKeysOf,
  fundingBreakdownRows,
  recordIdsOf,
  regionComparisonFigures,
  unknownSlugs,
  type Figure,
  type RegionFigures,
} from './comparison.queries.js';
import { ComparisonFigureType, FundingBreakdownType, RegionComparisonType, type FundingDimension } from './comparison.type.js';

/** The twelve regions funded by the ASF programme in 2017–2018: the default comparison. */
const DEFAULT_FUNDED = { programmeSlug: ASF_PROGRAMME_SLUG, yearFrom: 2017, yearTo: 2018 } as const;

function checkPeriod(yearFrom: number | null | undefined, yearTo: number | null | undefined): void {
  if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
    throw new BadInputError(`yearFrom (${yearFrom}) must not be after yearTo (${yearTo})`, 'yearFrom');
  }
}

async function checkSlugs(em: EntityManager, funderSlug: string | null, programmeSlug: string | null): Promise<void> {
  const unknown = await unknownSlugs(em, funderSlug, programmeSlug);
  if (unknown.funder) throw new NotFoundError('funder', `slug "${funderSlug}"`);
  if (unknown.programme) throw new NotFoundError('programme', `slug "${programmeSlug}"`);
}

/**
 * The regions with these codes; NOT_FOUND naming the first unknown code. As entities when `entities`
 * (a selection that follows a region's relations), else as plain rows.
 */
async function regionsByCode(em: EntityManager, codes: readonly string[], entities = false): Promise<Map<string, IRegion | RegionRow>> {
  const list = entities ? await em.find(Region, { code: { $in: [...codes] } }) : await regionRows(em, codes);
  const found = new Map<string, IRegion | RegionRow>(list.map((r) => [r.code, r]));
  const missing = codes.find((c) => !found.has(c));
  if (missing !== undefined) throw new NotFoundError('region', `code "${missing}"`);
  return found;
}

interface ComparisonRow extends RegionFigures {
  region: IRegion | RegionRow;
}

/** The fields of a figure made from its records: a query without them needs no record ids. */
const RECORD_FIELDS: ReadonlySet<string> = new Set(['recordIds', 'sources']);

@Resolver()
export class ComparisonQueryResolver {
  @Query(() => RegionComparisonType, {
    description:
      'Regions side by side: funding reported (sum of distinct fundings, never split; null when no amount is reported), projects, social enterprises, partnership members and stated size, participants and into-work targets and actuals, each also per inhabitant. Computed in SQL for all regions at once.',
  })
  async regionComparison(
    @Arg('input', () => RegionComparisonInput, {
      nullable: true,
      description: 'Regions, period, funder or programme, population year; every part has a default.',
    })
    input: RegionComparisonInput | null,
    @Ctx() ctx: AtlasContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Omit<RegionComparisonType, 'rows'> & { rows: ComparisonRow[] }> {
    const i = input ?? new RegionComparisonInput();
    checkPeriod(i.yearFrom, i.yearTo);
    const funderSlug = i.funderSlug || null;
    const programmeSlug = i.programmeSlug || null;
    await checkSlugs(ctx.em, funderSlug, programmeSlug);
    const codes = i.regionCodes?.length ? i.regionCodes : await fundedRegionCodes(ctx.em, DEFAULT_FUNDED);
    const regionFields = selectedFields(info, ['rows', 'region']);
    const regions = await regionsByCode(
      ctx.em,
      codes,
      [...regionFields.keys()].some((f) => !REGION_ROW_FIELDS.has(f)),
    );
    const figures = await regionComparisonFigures(ctx.em, {
      codes,
      yearFrom: i.yearFrom,
      yearTo: i.yearTo,
      funderSlug,
      programmeSlug,
      populationYear: i.populationYear,
      withRecords: selectsAny(selectedFields(info), RECORD_FIELDS),
    });
    return {
      yearFrom: i.yearFrom,
      yearTo: i.yearTo,
      populationYear: i.populationYear,
      funderSlug,
      programmeSlug,
      defaultRegions: !i.regionCodes?.length,
      rows: codes.map((code) => ({ region: regions.get(code)!, ...figures.get(code)! })),
    };
  }

  @Query(() => FundingBreakdownType, {
    description:
      'Funding summed by region, year, funder, programme and/or project, with the same status, approximate and shared flags as the comparison. Amounts are never split: a funding counts whole in every group it is attributed to (see FundingDimension) and `total` counts each funding once.',
  })
  async fundingBreakdown(@Args(() => FundingBreakdownArgs) args: FundingBreakdownArgs, @Ctx() ctx: AtlasContext) {
    const f = args.filter ?? {};
    checkPeriod(f.yearFrom, f.yearTo);
    const funderSlug = f.funderSlug || null;
    const programmeSlug = f.programmeSlug || null;
    await checkSlugs(ctx.em, funderSlug, programmeSlug);
    if (f.regionCodes?.length) await regionsByCode(ctx.em, f.regionCodes);
    const groupBy: FundingDimension[] = args.groupBy;
    const { rows, total } = await fundingBreakdownRows(ctx.em, groupBy, {
      regionCodes: f.regionCodes?.length ? f.regionCodes : null,
      yearFrom: f.yearFrom ?? null,
      yearTo: f.yearTo ?? null,
      funderSlug,
      programmeSlug,
    });
    // The objects each row names: one query per dimension asked for, whatever the number of rows.
    const ids = <K extends 'regionCode' | 'funderId' | 'programmeId' | 'projectId'>(key: K) =>
      [...new Set(rows.map((r) => r[key]).filter((v) => v !== null))] as NonNullable<(typeof rows)[number][K]>[];
    const regionCodes = ids('regionCode');
    const funderIds = ids('funderId');
    const programmeIds = ids('programmeId');
    const projectIds = ids('projectId');
    const regions = new Map<string, IRegion>(
      regionCodes.length ? (await ctx.em.find(Region, { code: { $in: regionCodes } })).map((r) => [r.code, r]) : [],
    );
    const funders = new Map<number, IOrganisation>(
      funderIds.length ? (await ctx.em.find(Organisation, { id: { $in: funderIds } })).map((o) => [o.id, o]) : [],
    );
    const programmes = new Map<number, IProgramme>(
      programmeIds.length ? (await ctx.em.find(Programme, { id: { $in: programmeIds } })).map((p) => [p.id, p]) : [],
    );
    const projects = new Map<number, IProject>(
      projectIds.length ? (await ctx.em.find(Project, { id: { $in: projectIds } })).map((p) => [p.id, p]) : [],
    );
    return {
      groupBy,
      total,
      rows: rows.map((r) => ({
        region: r.regionCode === null ? null : (regions.get(r.regionCode) ?? null),
        year: r.year,
        funder: r.funderId === null ? null : (funders.get(r.funderId) ?? null),
        programme: r.programmeId === null ? null : (programmes.get(r.programmeId) ?? null),
        project: r.projectId === null ? null : (projects.get(r.projectId) ?? null),
        amount: r.amount,
        fundingCount: r.fundingCount,
      })),
    };
  }
}

@Resolver(() => ComparisonFigureType)
export class ComparisonFigureResolver {
  @FieldResolver(() => [ID], {
    description:
      'Global ids of the records the figure is computed from (the first 200 by id; `recordCount` gives the full number); open each with `node(id:)`. Empty for population figures.',
  })
  recordIds(@Root() figure: Figure): string[] {
    return recordIdsOf(figure);
  }

  @FieldResolver(() => [CitationType], {
    description:
      'The sources stating the records behind the figure, with quotes (batched: one query per record type for the whole response).',
  })
  async sources(@Root() figure: Figure, @Ctx() ctx: AtlasContext): Promise<ICitation[]> {
    const lists = await ctx.loaders.citations.loadMany(citationKeysOf(figure));
    const seen = new Set<number>();
    const out: ICitation[] = [];
    for (const list of lists) {
      if (list instanceof Error) throw list;
      for (const c of list) {
        if (seen.has(c.id)) continue;
        seen.add(c.id);
        out.push(c);
      }
    }
    return out;
  }
}

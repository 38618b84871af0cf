import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Comparison } from '../../common/enums.js';
import { ComparisonEnum, DecimalScalar, FigureStatusEnum, type FigureStatus } from '../../common/graphql-types.js';
import { ProgrammeType } from '../funding/funding.type.js';
import { OrganisationType } from '../organisation/organisation.type.js';
import { ProjectType } from '../project/project.type.js';
import { RegionType } from '../region/region.type.js';
import { CitationType } from '../source/source.type.js';

export const FigureUnitEnum = { SEK: 'SEK', COUNT: 'COUNT' } as const;
export type FigureUnit = keyof typeof FigureUnitEnum;
registerEnumType(FigureUnitEnum, {
  name: 'FigureUnit',
  description: 'What a figure counts: an amount in Swedish kronor (SEK) or a number of things or people (COUNT).',
});

export const PerInhabitantBasisEnum = { PER_INHABITANT: 'PER_INHABITANT', PER_100000_INHABITANTS: 'PER_100000_INHABITANTS' } as const;
export type PerInhabitantBasis = keyof typeof PerInhabitantBasisEnum;
registerEnumType(PerInhabitantBasisEnum, {
  name: 'PerInhabitantBasis',
  description: 'How a per-inhabitant figure is scaled: SEK per inhabitant for amounts, per 100 000 inhabitants for counts.',
});

export const FundingDimensionEnum = {
  REGION: 'REGION',
  YEAR: 'YEAR',
  FUNDER: 'FUNDER',
  PROGRAMME: 'PROGRAMME',
  PROJECT: 'PROJECT',
} as const;
export type FundingDimension = keyof typeof FundingDimensionEnum;
registerEnumType(FundingDimensionEnum, {
  name: 'FundingDimension',
  description: 'What to group funding by. Amounts are never split: see FundingBreakdownRow for how each dimension attributes them.',
  valuesConfig: {
    REGION: {
      description:
        'Each region (county or European region) of the projects a funding covers, directly or through a municipality. The whole amount counts in every such region; it is flagged shared when it covers projects in more than one region. Fundings whose projects have no region form a row with region null.',
    },
    YEAR: {
      description:
        'Each calendar year the funding covers (year_from to year_to, clipped to the filter period). The whole amount counts in every covered year and is flagged shared when it covers more than one year; it is never divided by the number of years. A funding with one known year counts in that year; one with no reported years forms a row with year null.',
    },
    FUNDER: {
      description: 'The funder named on the funding (Funding.funder). Fundings without a named funder form a row with funder null.',
    },
    PROGRAMME: { description: 'The programme of the funding. Fundings without a programme form a row with programme null.' },
    PROJECT: {
      description:
        'Each project the funding covers. The whole amount counts for every project it covers and is flagged shared when it covers more than one.',
    },
  },
});

@ObjectType('PerInhabitant', { description: 'A figure relative to the population of its region in one year.' })
export class PerInhabitantType {
  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'The figure divided by the population (times 100 000 for counts), rounded to two decimals; null when the figure or the population is not reported.',
  })
  value!: string | null;

  @Field(() => FigureStatusEnum, {
    description: 'NOT_REPORTED when the figure or the population is not reported; APPROXIMATE when the figure is approximate.',
  })
  status!: FigureStatus;

  @Field(() => PerInhabitantBasisEnum, { description: 'SEK per inhabitant for amounts, per 100 000 inhabitants for counts.' })
  basis!: PerInhabitantBasis;

  @Field(() => Int, { description: 'The year whose population (on 31 December) was used.' })
  populationYear!: number;
}

@ObjectType('ComparisonFigure', {
  description:
    'One figure of a comparison: a value that is either reported (possibly approximate or shared) or not reported (null, never 0), with the records and sources it is computed from.',
})
export class ComparisonFigureType {
  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'The value as an exact decimal ("54000000.00" for SEK, "8" for a count); null when nothing is reported, never 0 for missing.',
  })
  value!: string | null;

  @Field(() => FigureStatusEnum, {
    description: 'REPORTED; APPROXIMATE when the value includes an approximate figure; NOT_REPORTED when the value is null.',
  })
  status!: FigureStatus;

  @Field(() => Boolean, {
    description: 'True when the value includes at least one approximate figure ("cirka fyra miljoner", "nearly 30").',
  })
  approximate!: boolean;

  @Field(() => Boolean, {
    description:
      "True when the value includes an amount or figure that is not this row's alone: an amount covering several projects or projects in other regions, or (in a breakdown) counted in more than one row. Such amounts are never split, so shared values must not be added up across rows.",
  })
  shared!: boolean;

  @Field(() => ComparisonEnum, {
    nullable: true,
    description:
      'How the value relates to the true value when the parts agree: EXACTLY when every part is exact, the one bound or approximation otherwise (exact + approximately = APPROXIMATELY, exact + at most = AT_MOST); null when not reported or when the parts mix bounds.',
  })
  comparison!: Comparison | null;

  @Field(() => FigureUnitEnum, { description: 'SEK for amounts, COUNT for numbers of things or people.' })
  unit!: FigureUnit;

  @Field(() => PerInhabitantType, {
    nullable: true,
    description: 'The value relative to the population of the region; null where per-inhabitant figures do not apply (funding breakdown).',
  })
  perInhabitant!: PerInhabitantType | null;

  @Field(() => Int, {
    description: 'How many records the figure is computed from (fundings, projects, organisations, memberships, outcomes).',
  })
  recordCount!: number;

  @Field(() => Int, {
    description: 'How many of those records report no value (for funding: fundings without a reported amount). They are not in the value.',
  })
  unreportedCount!: number;

  @Field(() => String, {
    nullable: true,
    description: 'What a reader should know about the figure, in English (what is included, what is missing).',
  })
  note!: string | null;

  @Field(() => [ID], {
    description:
      'Global ids of the records the figure is computed from (the first 200 by id; `recordCount` gives the full number); open each with `node(id:)`. Empty for population figures.',
  })
  recordIds!: string[];

  @Field(() => [CitationType], {
    description: 'The sources stating the records behind the figure, with quotes (one query per record type for the whole response).',
  })
  sources!: CitationType[];
}

@ObjectType('RegionComparisonRow', {
  description: "One region's figures in a comparison. Each figure is a ComparisonFigure: not reported (null) is kept apart from 0.",
})
export class RegionComparisonRowType {
  @Field(() => RegionType, { description: 'The region.' })
  region!: RegionType;

  @Field(() => ComparisonFigureType, {
    description:
      'Population on 31 December of the population year (the basis of every per-inhabitant figure); NOT_REPORTED when the atlas has no figure for that year (e.g. Västernorrland).',
  })
  population!: ComparisonFigureType;

  @Field(() => ComparisonFigureType, {
    description:
      "Funding reported for the region's projects in the period (SEK): the sum of the distinct fundings linked to them, each counted once even when it covers several of the region's projects, never split. `approximate` = includes an approximate amount; `shared` = includes an amount that also covers projects in other regions or several projects; `unreportedCount` = fundings without a reported amount (not in the sum). Null (NOT_REPORTED) when no funding of the region reports an amount.",
  })
  funding!: ComparisonFigureType;

  @Field(() => ComparisonFigureType, {
    description:
      'Number of projects working in the region (directly or in one of its municipalities) whose dates overlap the period or are unknown, and that (when a funder or programme is chosen) are funded by it. 0 when there are none.',
  })
  projects!: ComparisonFigureType;

  @Field(() => ComparisonFigureType, {
    description:
      'Social enterprises (organisations of kind SOCIAL_ENTERPRISE) located in the region directly or through their municipality. NOT_REPORTED when the atlas records none: the sources are not a census.',
  })
  enterprises!: ComparisonFigureType;

  @Field(() => ComparisonFigureType, {
    description:
      'Distinct organisations named as members of partnerships based in the region (memberships overlapping the period or undated). NOT_REPORTED when none is named.',
  })
  partnershipMembers!: ComparisonFigureType;

  @Field(() => ComparisonFigureType, {
    description:
      'The largest stated size of a partnership based in the region, with its comparison (e.g. NEARLY 30). Sizes stated for a date in the period are preferred; an undated size is used only when none is dated in the period. Kept apart from the named members.',
  })
  statedPartnershipSize!: ComparisonFigureType;

  @Field(() => ComparisonFigureType, {
    description: "Sum of the TARGET values for participants of the region's projects; NOT_REPORTED when no target is reported.",
  })
  participantsTarget!: ComparisonFigureType;

  @Field(() => ComparisonFigureType, {
    description: "Sum of the ACTUAL values for participants of the region's projects; NOT_REPORTED when no actual figure is reported.",
  })
  participantsActual!: ComparisonFigureType;

  @Field(() => ComparisonFigureType, {
    description: "Sum of the TARGET values for people into work from the region's projects; NOT_REPORTED when no target is reported.",
  })
  intoWorkTarget!: ComparisonFigureType;

  @Field(() => ComparisonFigureType, {
    description:
      "Sum of the ACTUAL values for people into work from the region's projects; NOT_REPORTED when no actual figure is reported.",
  })
  intoWorkActual!: ComparisonFigureType;
}

@ObjectType('RegionComparison', { description: 'Regions side by side over a period, with the parameters that were applied.' })
export class RegionComparisonType {
  @Field(() => Int, { description: 'First year of the period.' }) yearFrom!: number;
  @Field(() => Int, { description: 'Last year of the period.' }) yearTo!: number;
  @Field(() => Int, { description: 'The year whose population every per-inhabitant figure uses.' }) populationYear!: number;
  @Field(() => String, { nullable: true, description: 'The funder (slug) the funding and projects were limited to, if any.' }) funderSlug!:
    string | null;
  @Field(() => String, { nullable: true, description: 'The programme (slug) the funding and projects were limited to, if any.' })
  programmeSlug!: string | null;
  @Field(() => Boolean, {
    description: 'True when no regions were asked for and the twelve regions funded by the ASF programme 2017–2018 were used.',
  })
  defaultRegions!: boolean;
  @Field(() => [RegionComparisonRowType], { description: 'One row per region, in the order asked (by code for the default set).' })
  rows!: RegionComparisonRowType[];
}

@ObjectType('FundingBreakdownRow', {
  description:
    'Funding of one group. Each funding counts once per row with its whole amount; the same funding may count in several rows (see FundingDimension), so rows flagged shared must not be added up.',
})
export class FundingBreakdownRowType {
  @Field(() => RegionType, {
    nullable: true,
    description: 'The region of the group when grouped by REGION; null otherwise or for fundings without a region.',
  })
  region!: RegionType | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The covered year when grouped by YEAR; null otherwise or for fundings without reported years.',
  })
  year!: number | null;

  @Field(() => OrganisationType, {
    nullable: true,
    description: 'The funder when grouped by FUNDER; null otherwise or for fundings without a named funder.',
  })
  funder!: OrganisationType | null;

  @Field(() => ProgrammeType, {
    nullable: true,
    description: 'The programme when grouped by PROGRAMME; null otherwise or for fundings without a programme.',
  })
  programme!: ProgrammeType | null;

  @Field(() => ProjectType, { nullable: true, description: 'The project when grouped by PROJECT; null otherwise.' })
  project!: ProjectType | null;

  @Field(() => ComparisonFigureType, {
    description:
      'The sum of the distinct fundings of the group (SEK): status, approximate and shared flags, and `unreportedCount` = fundings without a reported amount.',
  })
  amount!: ComparisonFigureType;

  @Field(() => Int, { description: 'How many fundings the group holds, with or without a reported amount.' })
  fundingCount!: number;
}

@ObjectType('FundingBreakdown', { description: 'Funding grouped by one or more dimensions, with the overall total.' })
export class FundingBreakdownType {
  @Field(() => [FundingDimensionEnum], { description: 'The dimensions the rows are grouped by, in the order asked.' })
  groupBy!: FundingDimension[];

  @Field(() => [FundingBreakdownRowType], { description: 'One row per group, ordered by the dimensions in the order asked (nulls last).' })
  rows!: FundingBreakdownRowType[];

  @Field(() => ComparisonFigureType, {
    description:
      'Every funding matching the filter counted exactly once: the figure to quote as a total (row sums may count shared amounts twice).',
  })
  total!: ComparisonFigureType;
}

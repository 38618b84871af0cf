import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { FundingDimensionEnum, type FundingDimension } from './comparison.type.js';

const REGION_CODE = /^[A-Z0-9]{2,8}$/;
const REGION_CODE_MESSAGE = 'each region code must be a länskod like "18" or a NUTS code like "ES51"';

@InputType({ description: 'Which regions to compare, over which period, optionally for one funder or programme.' })
export class RegionComparisonInput {
  @Field(() => [String], {
    nullable: true,
    description:
      'Region codes (länskod or NUTS), at most 50, one row each in this order. Default: the twelve regions with a project funded by the ASF programme (the government assignment, Tillväxtverket) in 2017–2018.',
  })
  @IsOptional()
  @ArrayMinSize(1, { message: 'regionCodes must name at least one region (leave it out for the default twelve)' })
  @ArrayMaxSize(50, { message: 'regionCodes may name at most 50 regions' })
  @ArrayUnique({ message: 'regionCodes must not repeat a region' })
  @Matches(REGION_CODE, { each: true, message: REGION_CODE_MESSAGE })
  regionCodes?: string[] | null;

  @Field(() => Int, {
    defaultValue: 2017,
    description:
      'First year of the period. A funding counts when its years overlap the period (unknown years count as overlapping); a project when its dates overlap it or are unknown.',
  })
  @Min(1900, { message: 'yearFrom must be 1900 or later' })
  @Max(2100, { message: 'yearFrom must be 2100 or earlier' })
  yearFrom: number = 2017;

  @Field(() => Int, { defaultValue: 2018, description: 'Last year of the period (inclusive).' })
  @Min(1900, { message: 'yearTo must be 1900 or later' })
  @Max(2100, { message: 'yearTo must be 2100 or earlier' })
  yearTo: number = 2018;

  @Field(() => String, {
    nullable: true,
    description:
      'Only fundings from this funder (organisation slug, e.g. "tillvaxtverket"), and only projects with such a funding in the period.',
  })
  @IsOptional()
  @MaxLength(200, { message: 'funderSlug must be at most 200 characters' })
  funderSlug?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only fundings through this programme (slug), and only projects with such a funding in the period.',
  })
  @IsOptional()
  @MaxLength(200, { message: 'programmeSlug must be at most 200 characters' })
  programmeSlug?: string | null;

  @Field(() => Int, {
    defaultValue: 2017,
    description:
      'Whose population (on 31 December) per-inhabitant figures use. A region without a figure for that year gets NOT_REPORTED per-inhabitant values.',
  })
  @Min(1900, { message: 'populationYear must be 1900 or later' })
  @Max(2100, { message: 'populationYear must be 2100 or earlier' })
  populationYear: number = 2017;
}

@InputType({ description: 'Which fundings a breakdown covers; all given filters must hold.' })
export class FundingFilter {
  @Field(() => [String], {
    nullable: true,
    description:
      'Only fundings covering a project in one of these regions (directly or through a municipality); grouped by REGION, only these regions form rows.',
  })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'regionCodes may name at most 50 regions' })
  @Matches(REGION_CODE, { each: true, message: REGION_CODE_MESSAGE })
  regionCodes?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Only fundings whose years overlap a period starting this year (unknown years count as overlapping).',
  })
  @IsOptional()
  @Min(1900, { message: 'yearFrom must be 1900 or later' })
  @Max(2100, { message: 'yearFrom must be 2100 or earlier' })
  yearFrom?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Only fundings whose years overlap a period ending this year (unknown years count as overlapping).',
  })
  @IsOptional()
  @Min(1900, { message: 'yearTo must be 1900 or later' })
  @Max(2100, { message: 'yearTo must be 2100 or earlier' })
  yearTo?: number | null;

  @Field(() => String, { nullable: true, description: 'Only fundings from this funder (organisation slug).' })
  @IsOptional()
  @MaxLength(200, { message: 'funderSlug must be at most 200 characters' })
  funderSlug?: string | null;

  @Field(() => String, { nullable: true, description: 'Only fundings through this programme (slug).' })
  @IsOptional()
  @MaxLength(200, { message: 'programmeSlug must be at most 200 characters' })
  programmeSlug?: string | null;
}

@ArgsType()
export class FundingBreakdownArgs {
  @Field(() => [FundingDimensionEnum], {
    description: 'One to five dimensions to group by, without repeats; rows are ordered by them in this order.',
  })
  @ArrayMinSize(1, { message: 'groupBy must name at least one dimension' })
  @ArrayMaxSize(5, { message: 'groupBy may name at most five dimensions' })
  @ArrayUnique({ message: 'groupBy must not repeat a dimension' })
  groupBy!: FundingDimension[];

  @Field(() => FundingFilter, { nullable: true, description: 'Which fundings to include; all by default.' })
  filter?: FundingFilter | null;
}

import { ArrayMaxSize, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { RegionKindEnum } from '../../common/graphql-types.js';
import type { RegionKind } from '../../common/enums.js';

@InputType({ description: 'Regions with a project funded in a period, optionally by one programme and/or funder.' })
export class FundedByInput {
  @Field(() => String, { nullable: true, description: 'Programme slug, e.g. "regeringsuppdraget-om-arbetsintegrerande-sociala-foretag".' })
  @IsOptional()
  @MaxLength(200)
  programmeSlug?: string | null;

  @Field(() => String, { nullable: true, description: 'Funder organisation slug, e.g. "tillvaxtverket".' })
  @IsOptional()
  @MaxLength(200)
  funderSlug?: string | null;

  @Field(() => Int, { description: 'First year of the period.' })
  @Min(1900)
  @Max(2100)
  yearFrom!: number;

  @Field(() => Int, { description: 'Last year of the period.' })
  @Min(1900)
  @Max(2100)
  yearTo!: number;
}

@InputType({ description: 'Which regions to list.' })
export class RegionFilter {
  @Field(() => RegionKindEnum, { nullable: true, description: 'Only counties or only European regions.' })
  kind?: RegionKind | null;

  @Field(() => [String], { nullable: true, description: 'Only these codes (länskod or NUTS).' })
  @IsOptional()
  @ArrayMaxSize(100)
  @Matches(/^[A-Z0-9]{2,8}$/, { each: true, message: 'each code must be a länskod like "18" or a NUTS code like "ES51"' })
  codes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Name contains this text (case- and diacritic-insensitive).' })
  @IsOptional()
  @MaxLength(200)
  text?: string | null;

  @Field(() => FundedByInput, { nullable: true, description: 'Only regions with a project funded as described.' })
  @ValidateNested()
  fundedBy?: FundedByInput | null;
}

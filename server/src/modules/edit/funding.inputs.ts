import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ComparisonEnum, DecimalScalar } from '../../common/graphql-types.js';
import { COMPARISONS, type Comparison } from '../../common/enums.js';
import { SourceRefInput } from './edit.inputs.js';
import { IsNonNegativeDecimal, IsNotBefore } from './validators.js';

@InputType('FundingFieldsBase')
abstract class FundingFields {
  @Field(() => ID, { nullable: true, description: 'Global id of the funding organisation; null when the source names none.' })
  @IsOptional()
  funderId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the programme.' })
  @IsOptional()
  programmeId?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Exact amount ≥ 0 as a decimal string ("4000000.00"); null when the size is not reported (never 0 for unknown).',
  })
  @IsOptional()
  @IsNonNegativeDecimal(2, 16)
  amount?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 currency code; SEK when left out on create.' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'must be a three-letter ISO 4217 code such as "SEK" or "EUR"' })
  currency?: string | null;

  @Field(() => ComparisonEnum, {
    nullable: true,
    description: 'How the amount relates to the true value; EXACTLY when left out on create.',
  })
  @IsOptional()
  @IsIn([...COMPARISONS])
  comparison?: Comparison | null;

  @Field(() => Boolean, { nullable: true, description: 'True when reported as approximate ("cirka fyra miljoner").' })
  @IsOptional()
  approximate?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'First year covered.' })
  @IsOptional()
  @IsInt()
  @Min(1900, { message: 'must be 1900 or later' })
  @Max(2100, { message: 'must be 2100 or earlier' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Last year covered; not before yearFrom.' })
  @IsOptional()
  @IsInt()
  @Min(1900, { message: 'must be 1900 or later' })
  @Max(2100, { message: 'must be 2100 or earlier' })
  @IsNotBefore('yearFrom')
  yearTo?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  note?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Global ids of the projects the one amount covers together (replaces the list on update).',
  })
  @IsOptional()
  @ArrayMinSize(1, { message: 'a funding covers at least one project' })
  @ArrayMaxSize(100)
  projectIds?: string[] | null;

  @Field(() => SourceRefInput, { nullable: true, description: 'The source stating this (required).' })
  source?: SourceRefInput | null;
}

@InputType({ description: 'Money from a funder to one or more projects. EDITOR, ADMIN.' })
export class CreateFundingInput extends FundingFields {
  @Field(() => String, { nullable: true, description: 'Stable key; made up when left out.' })
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be lowercase letters, digits and single dashes' })
  @MaxLength(120)
  key?: string | null;
}

@InputType({ description: 'Changes to a funding: fields left out keep their value, null clears.' })
export class UpdateFundingInput extends FundingFields {
  @Field(() => ID) id!: string;

  @Field(() => Int, { description: 'The version you loaded.' })
  @IsInt()
  @Min(1)
  version!: number;
}

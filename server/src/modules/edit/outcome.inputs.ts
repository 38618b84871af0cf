import { IsIn, IsInt, IsOptional, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ComparisonEnum, DateScalar, DecimalScalar, OutcomeKindEnum, OutcomeMetricEnum } from '../../common/graphql-types.js';
import { COMPARISONS, OUTCOME_KINDS, OUTCOME_METRICS, type Comparison, type OutcomeKind, type OutcomeMetric } from '../../common/enums.js';
import { SourceRefInput } from './edit.inputs.js';
import { IsNonNegativeDecimal, IsNotBefore, IsShare } from './validators.js';

@InputType('OutcomeFieldsBase')
abstract class OutcomeFields {
  @Field(() => DecimalScalar, { nullable: true, description: 'The number (≥ 0, at most 2 decimals), when the figure is a number.' })
  @IsOptional()
  @IsNonNegativeDecimal(2, 12)
  value?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The share 0–1 of `shareOf`, when the figure is a share.' })
  @IsOptional()
  @IsShare()
  share?: string | null;

  @Field(() => OutcomeMetricEnum, { nullable: true, description: 'The metric the share is of.' })
  @IsOptional()
  @IsIn([...OUTCOME_METRICS])
  shareOf?: OutcomeMetric | null;

  @Field(() => DateScalar, { nullable: true }) @IsOptional() periodStart?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Not before periodStart.' })
  @IsOptional()
  @IsNotBefore('periodStart')
  periodEnd?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  note?: string | null;

  @Field(() => SourceRefInput, { nullable: true, description: 'The source stating this (required).' })
  source?: SourceRefInput | null;
}

@InputType({ description: 'A target or actual figure of a project: a value, or a share of another metric. EDITOR, ADMIN.' })
export class CreateOutcomeInput extends OutcomeFields {
  @Field(() => ID, { description: 'Global id of the project.' }) projectId!: string;
  @Field(() => OutcomeMetricEnum) @IsIn([...OUTCOME_METRICS]) metric!: OutcomeMetric;
  @Field(() => OutcomeKindEnum) @IsIn([...OUTCOME_KINDS]) kind!: OutcomeKind;
  @Field(() => ComparisonEnum, { defaultValue: 'EXACTLY' }) @IsIn([...COMPARISONS]) comparison: Comparison = 'EXACTLY';
}

@InputType({ description: 'Changes to an outcome: fields left out keep their value, null clears.' })
export class UpdateOutcomeInput extends OutcomeFields {
  @Field(() => ID) id!: string;

  @Field(() => Int, { description: 'The version you loaded.' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => OutcomeMetricEnum, { nullable: true }) @IsOptional() @IsIn([...OUTCOME_METRICS]) metric?: OutcomeMetric | null;
  @Field(() => OutcomeKindEnum, { nullable: true }) @IsOptional() @IsIn([...OUTCOME_KINDS]) kind?: OutcomeKind | null;
  @Field(() => ComparisonEnum, { nullable: true }) @IsOptional() @IsIn([...COMPARISONS]) comparison?: Comparison | null;
}

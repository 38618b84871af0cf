import { Field, ObjectType } from 'type-graphql';
import { ComparisonEnum, DecimalScalar, Node, OutcomeKindEnum, OutcomeMetricEnum } from '../../common/graphql-types.js';
import type { Comparison, OutcomeKind, OutcomeMetric } from '../../common/enums.js';

@ObjectType('Outcome', {
  implements: Node,
  description:
    'A target or actual figure of a project: a value (390 into work) or a share of another metric (at least half of the participants are women).',
})
export class OutcomeType extends Node {
  @Field(() => OutcomeMetricEnum, { description: 'What is counted.' }) metric!: OutcomeMetric;
  @Field(() => OutcomeKindEnum, { description: 'Target or actual.' }) kind!: OutcomeKind;
  @Field(() => ComparisonEnum, { description: 'At most, at least, exactly, ...' }) comparison!: Comparison;
  @Field(() => DecimalScalar, { nullable: true, description: 'The number, when the figure is a number.' }) value!: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'The share (0–1) of `shareOf`, when the figure is a share.' }) share!:
    string | null;
  @Field(() => OutcomeMetricEnum, { nullable: true, description: 'The metric the share is of.' }) shareOf!: OutcomeMetric | null;
  @Field(() => String, { nullable: true, description: 'What the source adds, e.g. "390 of the 648 participants".' }) note!: string | null;
}

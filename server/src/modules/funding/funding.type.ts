import { Field, Int, ObjectType } from 'type-graphql';
import { ComparisonEnum, Money, Node } from '../../common/graphql-types.js';
import type { Comparison } from '../../common/enums.js';

@ObjectType('Programme', {
  implements: Node,
  description: 'A funding programme, e.g. Interreg Europe or the government assignment on ASF.',
})
export class ProgrammeType extends Node {
  @Field(() => String, { description: 'Name as written.' }) name!: string;
  @Field(() => String, { description: 'URL-safe unique slug.' }) slug!: string;
  @Field(() => String, { nullable: true, description: 'Official reference, e.g. A2016/00424/A.' }) reference!: string | null;
  @Field(() => String, { nullable: true, description: 'What the programme is.' }) description!: string | null;
}

@ObjectType('ProgrammeBudget', { description: 'A programme\'s budget for a year ("at most 25 MSEK for 2017"). Not project funding.' })
export class ProgrammeBudgetType {
  @Field(() => Int, { description: 'The budget year.' }) year!: number;
  @Field(() => Money, { description: 'The amount.' }) money!: Money;
  @Field(() => ComparisonEnum, { description: 'AT_MOST for a ceiling.' }) comparison!: Comparison;
}

@ObjectType('Funding', {
  implements: Node,
  description: 'Money from a funder to one or more projects. One amount may cover several projects together and is never split.',
})
export class FundingType extends Node {
  @Field(() => String, { description: 'Stable key of the funding record.' }) key!: string;
  @Field(() => ComparisonEnum, { description: 'How exact the amount is.' }) comparison!: Comparison;
  @Field(() => Boolean, { description: 'True when the amount is reported as approximate ("cirka fyra miljoner").' }) approximate!: boolean;
  @Field(() => Int, { nullable: true, description: 'First year covered, when reported.' }) yearFrom!: number | null;
  @Field(() => Int, { nullable: true, description: 'Last year covered, when reported.' }) yearTo!: number | null;
  @Field(() => String, { nullable: true, description: 'What the source adds about the amount.' }) note!: string | null;
  @Field(() => Int, { description: 'Record version.' }) version!: number;
}

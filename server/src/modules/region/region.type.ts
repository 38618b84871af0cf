import { Field, Int, ObjectType } from 'type-graphql';
import { Node, RegionKindEnum } from '../../common/graphql-types.js';
import type { RegionKind } from '../../common/enums.js';
import { SourceType } from '../source/source.type.js';

@ObjectType('Region', { implements: Node, description: 'A Swedish county (län) or a European partner region.' })
export class RegionType extends Node {
  @Field(() => String, { description: 'Länskod for a county (e.g. "18"), NUTS code for a European region (e.g. "ES51").' }) code!: string;
  @Field(() => RegionKindEnum, { description: 'County or European region.' }) kind!: RegionKind;
  @Field(() => String, { description: 'Name as written in Swedish, e.g. "Örebro län".' }) name!: string;
  @Field(() => String, { nullable: true, description: 'English name where it differs.' }) nameEn!: string | null;
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code.' }) country!: string;
  @Field(() => String, { nullable: true, description: 'ISO 3166-2 code (counties), e.g. SE-T.' }) iso31662!: string | null;
  @Field(() => String, { nullable: true, description: 'NUTS code (NUTS 3 for counties).' }) nuts!: string | null;
  @Field(() => String, { nullable: true, description: 'Id of the region on the county map (HASC, e.g. SE.OR).' }) mapId!: string | null;
}

@ObjectType('Population', { description: 'Population of a region on 31 December of a year, with its source.' })
export class PopulationType {
  @Field(() => Int, { description: 'The year (population on 31 December).' }) year!: number;
  @Field(() => Int, { description: 'Number of inhabitants.' }) population!: number;
  @Field(() => SourceType, { description: 'The source stating the figure.' }) source!: SourceType;
}

@ObjectType('Municipality', { implements: Node, description: 'A Swedish municipality (kommun).' })
export class MunicipalityType extends Node {
  @Field(() => String, { description: 'Kommunkod, e.g. "1863"; its first two digits are the county\'s länskod.' }) code!: string;
  @Field(() => String, { description: 'Name as written, e.g. "Hällefors".' }) name!: string;
}

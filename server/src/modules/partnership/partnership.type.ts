import { Field, Int, ObjectType } from 'type-graphql';
import { ComparisonEnum, DateValue, MembershipRoleEnum, Node } from '../../common/graphql-types.js';
import type { Comparison, MembershipRole } from '../../common/enums.js';
import { Connection } from '../../common/pagination.js';
import { SourceType } from '../source/source.type.js';

@ObjectType('Partnership', {
  implements: Node,
  description: 'A partnership of organisations, e.g. Partnerskap för sociala innovationer (Örebro län).',
})
export class PartnershipType extends Node {
  @Field(() => String, { description: 'Name exactly as written.' }) name!: string;
  @Field(() => String, { description: 'URL-safe unique slug.' }) slug!: string;
  @Field(() => String, { nullable: true, description: 'What the partnership is, as reported.' }) description!: string | null;
  @Field(() => Int, { description: 'Record version, for optimistic locking of edits.' }) version!: number;
}

@ObjectType('Membership', { implements: Node, description: "An organisation's dated membership of a partnership." })
export class MembershipType extends Node {
  @Field(() => MembershipRoleEnum, { description: 'Member or coordinator.' }) role!: MembershipRole;
  @Field(() => Int, { description: 'Record version.' }) version!: number;
}

@ObjectType('PartnershipSize', { description: 'A stated size when only a count is reported ("nearly 30" organisations, 2017).' })
export class PartnershipSizeType {
  @Field(() => Int, { description: 'The stated number of member organisations.' }) memberCount!: number;
  @Field(() => ComparisonEnum, { description: 'How exact the count is (NEARLY 30, APPROXIMATELY 40).' }) comparison!: Comparison;
  @Field(() => DateValue, { nullable: true, description: 'When the count applied; null when the source does not say.' })
  asOf!: DateValue | null;
  @Field(() => String, { nullable: true, description: 'The date as stated, e.g. "2017".' }) asOfText!: string | null;
  @Field(() => SourceType, { description: 'The source stating the count.' }) source!: SourceType;
}

export const PartnershipConnection = Connection(PartnershipType, 'Partnership');

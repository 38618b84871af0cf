import { Field, Int, ObjectType } from 'type-graphql';
import { Node, OrganisationKindEnum } from '../../common/graphql-types.js';
import type { OrganisationKind } from '../../common/enums.js';
import { Connection } from '../../common/pagination.js';

@ObjectType('Organisation', {
  implements: Node,
  description:
    'An organisation in the network: regional body, municipality, agency, EU programme, social enterprise, association, foundation, company.',
})
export class OrganisationType extends Node {
  @Field(() => String, { description: 'Name exactly as written in the source.' }) name!: string;
  @Field(() => String, { description: 'URL-safe unique slug, e.g. "region-orebro-lan".' }) slug!: string;
  @Field(() => OrganisationKindEnum, { description: 'What kind of organisation.' }) kind!: OrganisationKind;
  @Field(() => String, { nullable: true, description: 'Swedish organisationsnummer (NNNNNN-NNNN), when known.' }) orgNumber!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO country code, when known.' }) country!: string | null;
  @Field(() => String, { nullable: true, description: 'Web address, when known.' }) url!: string | null;
  @Field(() => String, { nullable: true, description: 'What the organisation is, as reported.' }) description!: string | null;
  @Field(() => Int, { description: 'Record version, for optimistic locking of edits.' }) version!: number;
}

@ObjectType('EnterpriseProfile', { description: "A social enterprise's profile; each part is null when not reported." })
export class EnterpriseProfileType {
  @Field(() => String, { nullable: true, description: 'Legal form (förening, aktiebolag, ...).' }) legalForm!: string | null;
  @Field(() => String, { nullable: true, description: 'Business line: what it sells.' }) businessLine!: string | null;
  @Field(() => String, { nullable: true, description: 'Integration line: how it helps people into work.' }) integrationLine!: string | null;
}

export const OrganisationConnection = Connection(OrganisationType, 'Organisation');

import { Field, Int, ObjectType } from 'type-graphql';
import { EventKindEnum, EventRoleEnum, Node } from '../../common/graphql-types.js';
import type { EventKind, EventRole } from '../../common/enums.js';

@ObjectType('Event', { implements: Node, description: 'A meeting, study visit, dinner or recurring meeting.' })
export class EventType extends Node {
  @Field(() => String, { description: 'Stable key.' }) key!: string;
  @Field(() => String, { description: 'Name as written.' }) name!: string;
  @Field(() => EventKindEnum, { description: 'What kind of event.' }) kind!: EventKind;
  @Field(() => String, { nullable: true, description: 'Where, as written.' }) place!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO country code of the place.' }) country!: string | null;
  @Field(() => Int, { nullable: true, description: 'For a recurring meeting: times per year.' }) timesPerYear!: number | null;
  @Field(() => [String], { nullable: true, description: 'Countries the visitors came from, as the source lists them (GB-SCT = Scotland).' })
  visitorCountries!: string[] | null;
  @Field(() => String, { nullable: true, description: 'What happened, as reported.' }) description!: string | null;
}

@ObjectType('EventParticipant', { description: 'An organisation or partnership at an event, in a role.' })
export class EventParticipantType {
  @Field(() => EventRoleEnum, { description: 'Host, visited, participant or organiser.' }) role!: EventRole;
}

@ObjectType('ActionPlan', {
  implements: Node,
  description: 'An action plan for ASF work: owner, period, number of activities, as far as reported.',
})
export class ActionPlanType extends Node {
  @Field(() => String, { description: 'Name.' }) name!: string;
  @Field(() => Int, { nullable: true, description: 'Number of activities; null when not reported.' }) activityCount!: number | null;
  @Field(() => Int, { nullable: true, description: 'Length of the plan in years; null when not reported.' }) periodYears!: number | null;
  @Field(() => Int, { nullable: true, description: 'Year the plan was drawn up, when reported.' }) adoptedYear!: number | null;
  @Field(() => String, { nullable: true, description: 'What the plan is, as reported.' }) description!: string | null;
}

@ObjectType('Person', { implements: Node, description: 'A person named in a source, in the role the source gives them.' })
export class PersonType extends Node {
  @Field(() => String, { description: 'Name as written.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Role as the source gives it.' }) role!: string | null;
  @Field(() => String, { nullable: true, description: 'Party abbreviation, e.g. S.' }) party!: string | null;
}

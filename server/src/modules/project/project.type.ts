import { Field, Int, ObjectType } from 'type-graphql';
import { Node, OutcomeMetricEnum, ParticipantRoleEnum, ProjectStatusEnum } from '../../common/graphql-types.js';
import type { OutcomeMetric, ParticipantRole, ProjectStatus } from '../../common/enums.js';
import { Connection } from '../../common/pagination.js';
import { OutcomeType } from '../outcome/outcome.type.js';

@ObjectType('Project', {
  implements: Node,
  description: 'A project: its period, owner, participants, places, fundings, outcomes and events.',
})
export class ProjectType extends Node {
  @Field(() => String, { description: 'Name exactly as written.' }) name!: string;
  @Field(() => String, { description: 'URL-safe unique slug, e.g. "all-in".' }) slug!: string;
  @Field(() => String, { nullable: true, description: 'What the project does, as reported.' }) description!: string | null;
  @Field(() => ProjectStatusEnum, { description: 'Where the project stands.' }) status!: ProjectStatus;
  @Field(() => Int, { description: 'Record version, for optimistic locking of edits.' }) version!: number;
}

@ObjectType('ProjectPhase', { description: 'A reported phase of a project.' })
export class ProjectPhaseType {
  @Field(() => Int, { description: 'Order of the phase, from 1.' }) position!: number;
  @Field(() => String, { description: 'Name of the phase as written.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'What happens in it.' }) description!: string | null;
  @Field(() => Int, { nullable: true, description: 'Duration in months, when reported.' }) durationMonths!: number | null;
}

@ObjectType('ProjectParticipant', { description: 'An organisation or a whole partnership taking part in a project, in a role.' })
export class ProjectParticipantType {
  @Field(() => ParticipantRoleEnum, { description: 'Lead, owner, partner, funder, host or participant.' }) role!: ParticipantRole;
  @Field(() => String, { nullable: true, description: 'What the source says about the role.' }) note!: string | null;
}

@ObjectType('OutcomeComparison', {
  description: 'Targets and actuals of one metric side by side. A side with nothing reported is empty, never 0.',
})
export class OutcomeComparisonType {
  @Field(() => OutcomeMetricEnum, { description: 'What is counted.' }) metric!: OutcomeMetric;
  @Field(() => [OutcomeType], { description: 'Targets for the metric.' }) targets!: object[];
  @Field(() => [OutcomeType], { description: 'Actual results for the metric; empty when none is reported.' }) actuals!: object[];
}

export const ProjectConnection = Connection(ProjectType, 'Project');

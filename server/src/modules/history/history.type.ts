import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../common/pagination.js';
import { HISTORY_ACTIONS } from './history.entity.js';

export const HistoryActionEnum = Object.fromEntries(HISTORY_ACTIONS.map((a) => [a, a])) as { [K in (typeof HISTORY_ACTIONS)[number]]: K };
registerEnumType(HistoryActionEnum, { name: 'HistoryAction', description: 'What a change did to a record.' });

@ObjectType('HistoryEntry', { description: 'One change to one record: who, when, what, and the record before and after.' })
export class HistoryEntryType {
  @Field(() => ID, { description: 'Opaque id of the entry.' }) id!: string;
  @Field(() => GraphQLDateTime, { description: 'When the change was committed.' }) at!: Date;
  @Field(() => HistoryActionEnum, { description: 'Created, updated or deleted.' }) action!: keyof typeof HistoryActionEnum;
  @Field(() => String, { description: 'Type of the changed record, e.g. Organisation, Membership, ProjectParticipant.' })
  recordType!: string;
  @Field(() => String, { description: 'Key of the changed record within its type.' }) recordKey!: string;
  @Field(() => ID, { nullable: true, description: 'Global id of the changed record, for types that have one.' }) recordId!: string | null;
  @Field(() => ID, {
    nullable: true,
    description: "Global id of the record this one is part of (a membership's partnership, a participant's project).",
  })
  parentId!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Who made the change (e-mail); shown to signed-in users only; null for the command line.',
  })
  actor!: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The record before the change (null when created).' }) before!: Record<
    string,
    unknown
  > | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The record after the change (null when deleted).' }) after!: Record<
    string,
    unknown
  > | null;
  @Field(() => [String], { description: 'Fields whose value changed.' }) changedFields!: string[];
  @Field(() => String, { nullable: true, description: 'Key of the source the write named.' }) sourceKey!: string | null;
  @Field(() => ID, { nullable: true, description: 'The import job the change came from.' }) importJobId!: string | null;
}

export const HistoryEntryConnection = Connection(HistoryEntryType, 'HistoryEntry');

import { ArrayMaxSize, IsIn, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, EventKindEnum, EventRoleEnum } from '../../common/graphql-types.js';
import { EVENT_KINDS, EVENT_ROLES, type EventKind, type EventRole } from '../../common/enums.js';
import { SourceRefInput } from './edit.inputs.js';
import { IsNotBefore } from './validators.js';

@InputType({ description: 'An organisation or a whole partnership at an event. Give exactly one of organisationId and partnershipId.' })
export class EventParticipantInput {
  @Field(() => ID, { nullable: true }) @IsOptional() organisationId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() partnershipId?: string | null;
  @Field(() => EventRoleEnum) @IsIn([...EVENT_ROLES]) role!: EventRole;
}

@InputType('EventFieldsBase')
abstract class EventFields {
  @Field(() => ID, { nullable: true, description: 'Global id of the project it belongs to.' })
  @IsOptional()
  projectId?: string | null;

  @Field(() => DateScalar, { nullable: true }) @IsOptional() startDate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Not before startDate.' })
  @IsOptional()
  @IsNotBefore('startDate')
  endDate?: string | null;

  @Field(() => Boolean, { nullable: true }) @IsOptional() dateApproximate?: boolean | null;

  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) place?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'must be a two-letter country code such as "SE"' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'Kommunkod of the place.' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'must be a four-digit kommunkod such as "1880"' })
  municipalityCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Region code of the place.' })
  @IsOptional()
  @Matches(/^[A-Z0-9]{2,8}$/, { message: 'must be a länskod such as "18" or a NUTS code such as "ES51"' })
  regionCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'For a recurring meeting: times per year.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  timesPerYear?: number | null;

  @Field(() => [String], { nullable: true, description: 'Countries the visitors came from (ISO 3166-1 alpha-2, or GB-SCT).' })
  @IsOptional()
  @ArrayMaxSize(100)
  @Matches(/^[A-Z]{2}(-[A-Z]{2,3})?$/, { each: true, message: 'each must be a country code such as "ES" or "GB-SCT"' })
  visitorCountries?: string[] | null;

  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(5000) description?: string | null;

  @Field(() => [EventParticipantInput], {
    nullable: true,
    description: 'Hosts, visited organisations and participants (replaces the list on update).',
  })
  @IsOptional()
  @ArrayMaxSize(200)
  participants?: EventParticipantInput[] | null;

  @Field(() => SourceRefInput, { nullable: true, description: 'The source stating this (required).' })
  source?: SourceRefInput | null;
}

@InputType({
  description:
    'A meeting, study visit, dinner or recurring meeting. A PARTNERSHIP_EDITOR includes one of their partnerships as a participant.',
})
export class CreateEventInput extends EventFields {
  @Field(() => String, { nullable: true, description: 'Stable key; made from the name when left out.' })
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be lowercase letters, digits and single dashes' })
  @MaxLength(120)
  key?: string | null;

  @Field(() => String) @Length(1, 200, { message: 'must be 1–200 characters' }) name!: string;
  @Field(() => EventKindEnum) @IsIn([...EVENT_KINDS]) kind!: EventKind;
}

@InputType({ description: 'Changes to an event: fields left out keep their value, null clears.' })
export class UpdateEventInput extends EventFields {
  @Field(() => ID) id!: string;

  @Field(() => Int, { description: 'The version you loaded.' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 200, { message: 'must be 1–200 characters' }) name?: string | null;
  @Field(() => EventKindEnum, { nullable: true }) @IsOptional() @IsIn([...EVENT_KINDS]) kind?: EventKind | null;
}

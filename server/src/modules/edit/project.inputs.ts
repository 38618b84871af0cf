import { ArrayMaxSize, IsIn, IsInt, IsOptional, Length, Matches, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, ParticipantRoleEnum, ProjectStatusEnum } from '../../common/graphql-types.js';
import { PARTICIPANT_ROLES, PROJECT_STATUSES, type ParticipantRole, type ProjectStatus } from '../../common/enums.js';
import { SourceRefInput } from './edit.inputs.js';
import { IsNotBefore, IsSlug } from './validators.js';

@InputType('ProjectFieldsBase')
abstract class ProjectFields {
  @Field(() => String, { nullable: true, description: 'URL-safe unique slug; made from the name when left out on create.' })
  @IsOptional()
  @IsSlug()
  slug?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Start date.' })
  @IsOptional()
  startDate?: string | null;

  @Field(() => Boolean, { nullable: true }) @IsOptional() startApproximate?: boolean | null;

  @Field(() => DateScalar, { nullable: true, description: 'End date; not before the start.' })
  @IsOptional()
  @IsNotBefore('startDate')
  endDate?: string | null;

  @Field(() => Boolean, { nullable: true }) @IsOptional() endApproximate?: boolean | null;

  @Field(() => ProjectStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn([...PROJECT_STATUSES])
  status?: ProjectStatus | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the owning organisation.' })
  @IsOptional()
  ownerId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Regions it works in (länskod or NUTS); replaces the list on update.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @Matches(/^[A-Z0-9]{2,8}$/, { each: true, message: 'each must be a länskod such as "18" or a NUTS code such as "ES51"' })
  regionCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Municipalities it works in (kommunkod); replaces the list on update.' })
  @IsOptional()
  @ArrayMaxSize(300)
  @Matches(/^\d{4}$/, { each: true, message: 'each must be a four-digit kommunkod' })
  municipalityCodes?: string[] | null;

  @Field(() => SourceRefInput, { nullable: true, description: 'The source stating this (required).' })
  source?: SourceRefInput | null;
}

@InputType({ description: 'A new project. EDITOR, ADMIN.' })
export class CreateProjectInput extends ProjectFields {
  @Field(() => String)
  @Length(1, 200, { message: 'must be 1–200 characters' })
  name!: string;
}

@InputType({ description: 'Changes to a project: fields left out keep their value, null clears.' })
export class UpdateProjectInput extends ProjectFields {
  @Field(() => ID) id!: string;

  @Field(() => Int, { description: 'The version you loaded.' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'must be 1–200 characters' })
  name?: string | null;
}

@InputType({
  description: 'An organisation or a whole partnership in a project, in a role. Give exactly one of organisationId and partnershipId.',
})
export class ProjectParticipantInput {
  @Field(() => ID, { description: 'Global id of the project.' }) projectId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() organisationId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() partnershipId?: string | null;

  @Field(() => ParticipantRoleEnum)
  @IsIn([...PARTICIPANT_ROLES])
  role!: ParticipantRole;

  @Field(() => String, { nullable: true, description: 'What the source says about the role (ignored on remove).' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => SourceRefInput, { nullable: true, description: 'The source stating this (required to add).' })
  source?: SourceRefInput | null;
}

import { IsIn, IsInt, IsOptional, Length, Matches, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, MembershipRoleEnum } from '../../common/graphql-types.js';
import { MEMBERSHIP_ROLES, type MembershipRole } from '../../common/enums.js';
import { SourceRefInput } from './edit.inputs.js';
import { IsNotBefore, IsSlug } from './validators.js';

@InputType('PartnershipFieldsBase')
abstract class PartnershipFields {
  @Field(() => String, { nullable: true, description: 'URL-safe unique slug; made from the name when left out on create.' })
  @IsOptional()
  @IsSlug()
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'Region it is based in (länskod).' })
  @IsOptional()
  @Matches(/^[A-Z0-9]{2,8}$/, { message: 'must be a länskod such as "18" or a NUTS code such as "ES51"' })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the coordinating organisation.' })
  @IsOptional()
  coordinatorId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it started.' })
  @IsOptional()
  startedOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the start date is approximate.' })
  @IsOptional()
  startedApproximate?: boolean | null;

  @Field(() => SourceRefInput, { nullable: true, description: 'The source stating this (required).' })
  source?: SourceRefInput | null;
}

@InputType({ description: 'A new partnership. EDITOR, ADMIN.' })
export class CreatePartnershipInput extends PartnershipFields {
  @Field(() => String)
  @Length(1, 200, { message: 'must be 1–200 characters' })
  name!: string;
}

@InputType({ description: 'Changes to a partnership: fields left out keep their value, null clears.' })
export class UpdatePartnershipInput extends PartnershipFields {
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

@InputType({ description: "An organisation's membership of a partnership." })
export class CreateMembershipInput {
  @Field(() => ID, { description: 'Global id of the partnership.' }) partnershipId!: string;
  @Field(() => ID, { description: 'Global id of the member organisation.' }) organisationId!: string;

  @Field(() => MembershipRoleEnum, { defaultValue: 'MEMBER' })
  @IsIn([...MEMBERSHIP_ROLES])
  role: MembershipRole = 'MEMBER';

  @Field(() => DateScalar, { nullable: true, description: 'Member from.' })
  @IsOptional()
  from?: string | null;

  @Field(() => Boolean, { defaultValue: false }) fromApproximate: boolean = false;

  @Field(() => DateScalar, { nullable: true, description: 'Member until; not before `from`.' })
  @IsOptional()
  @IsNotBefore('from')
  to?: string | null;

  @Field(() => Boolean, { defaultValue: false }) toApproximate: boolean = false;

  @Field(() => SourceRefInput, { nullable: true, description: 'The source stating this (required).' })
  source?: SourceRefInput | null;
}

@InputType({ description: 'Changes to a membership: fields left out keep their value, null clears.' })
export class UpdateMembershipInput {
  @Field(() => ID) id!: string;

  @Field(() => Int, { description: 'The version you loaded.' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => MembershipRoleEnum, { nullable: true })
  @IsOptional()
  @IsIn([...MEMBERSHIP_ROLES])
  role?: MembershipRole | null;

  @Field(() => DateScalar, { nullable: true }) @IsOptional() from?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() fromApproximate?: boolean | null;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() to?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() toApproximate?: boolean | null;

  @Field(() => SourceRefInput, { nullable: true, description: 'The source stating this (required).' })
  source?: SourceRefInput | null;
}

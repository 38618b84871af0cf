import { IsIn, IsInt, IsOptional, IsUrl, Length, Matches, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, MembershipRoleEnum, OrganisationKindEnum } from '../../common/graphql-types.js';
import { MEMBERSHIP_ROLES, ORGANISATION_KINDS, type MembershipRole, type OrganisationKind } from '../../common/enums.js';
import { SourceRefInput } from './edit.inputs.js';
import { IsOrganisationsnummer, IsSlug } from './validators.js';

@InputType({ description: 'Membership of a partnership, given with a new organisation.' })
export class MemberOfInput {
  @Field(() => ID, { description: 'Global id of the partnership.' }) partnershipId!: string;

  @Field(() => MembershipRoleEnum, { defaultValue: 'MEMBER' })
  @IsIn([...MEMBERSHIP_ROLES])
  role: MembershipRole = 'MEMBER';

  @Field(() => DateScalar, { nullable: true, description: 'Member from.' })
  @IsOptional()
  from?: string | null;

  @Field(() => Boolean, { defaultValue: false }) fromApproximate: boolean = false;
}

/** Fields an organisation create and update share; on update, a field left out keeps its value and null clears it. */
@InputType('OrganisationFieldsBase', { description: 'Shared fields of organisation inputs (not used on its own).' })
abstract class OrganisationFields {
  @Field(() => String, { nullable: true, description: 'URL-safe unique slug; made from the name when left out on create.' })
  @IsOptional()
  @IsSlug()
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'Swedish organisationsnummer (NNNNNN-NNNN), checksum-validated.' })
  @IsOptional()
  @IsOrganisationsnummer()
  orgNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Kommunkod of the municipality it is located in, e.g. "1883".' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'must be a four-digit kommunkod such as "1883"' })
  municipalityCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Region code (länskod or NUTS), when not given through the municipality.' })
  @IsOptional()
  @Matches(/^[A-Z0-9]{2,8}$/, { message: 'must be a länskod such as "18" or a NUTS code such as "ES51"' })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code; SE when a municipality is given.' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'must be a two-letter country code such as "SE"' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'Web address.' })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { message: 'must be an http(s) URL' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'What the organisation is.' })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Enterprise profile (social enterprises only): legal form.' })
  @IsOptional()
  @MaxLength(120)
  legalForm?: string | null;

  @Field(() => String, { nullable: true, description: 'Enterprise profile (social enterprises only): business line, what it sells.' })
  @IsOptional()
  @MaxLength(5000)
  businessLine?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Enterprise profile (social enterprises only): integration line, how it helps people into work.',
  })
  @IsOptional()
  @MaxLength(5000)
  integrationLine?: string | null;

  @Field(() => SourceRefInput, { nullable: true, description: 'The source stating this (required).' })
  source?: SourceRefInput | null;
}

@InputType({ description: 'A new organisation, with the source that states it.' })
export class CreateOrganisationInput extends OrganisationFields {
  @Field(() => String, { description: 'Name exactly as written in the source.' })
  @Length(1, 200, { message: 'must be 1–200 characters' })
  name!: string;

  @Field(() => OrganisationKindEnum, { description: 'What kind of organisation.' })
  @IsIn([...ORGANISATION_KINDS])
  kind!: OrganisationKind;

  @Field(() => MemberOfInput, {
    nullable: true,
    description: 'Make it a member of a partnership at once. A PARTNERSHIP_EDITOR must give one of their partnerships here.',
  })
  memberOf?: MemberOfInput | null;
}

@InputType({ description: 'Changes to an organisation: fields left out keep their value, null clears. `version` is the one you loaded.' })
export class UpdateOrganisationInput extends OrganisationFields {
  @Field(() => ID, { description: 'Global id of the organisation.' }) id!: string;

  @Field(() => Int, { description: 'The version you loaded; a stale one is refused with CONFLICT and the current values.' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'must be 1–200 characters' })
  name?: string | null;

  @Field(() => OrganisationKindEnum, { nullable: true })
  @IsOptional()
  @IsIn([...ORGANISATION_KINDS])
  kind?: OrganisationKind | null;
}

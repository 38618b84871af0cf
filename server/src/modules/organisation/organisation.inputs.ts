import { ArrayMaxSize, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { OrganisationKindEnum, SortDirectionEnum } from '../../common/graphql-types.js';
import type { OrganisationKind } from '../../common/enums.js';
import { PageArgs } from '../../common/pagination.js';

export const OrganisationOrderFieldEnum = { NAME: 'NAME', KIND: 'KIND' } as const;
registerEnumType(OrganisationOrderFieldEnum, { name: 'OrganisationOrderField', description: 'What to sort organisations by.' });

@InputType({ description: 'Filters for organisations; all given filters must hold.' })
export class OrganisationFilter {
  @Field(() => [OrganisationKindEnum], {
    nullable: true,
    description: 'Any of these kinds (SOCIAL_ENTERPRISE for the enterprise directory).',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  kinds?: OrganisationKind[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Located in this region (länskod or NUTS code), directly or through the municipality.',
  })
  @IsOptional()
  @Matches(/^[A-Z0-9]{2,8}$/, { message: 'regionCode must be a länskod like "18" or a NUTS code like "ES51"' })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Located in this municipality (kommunkod, e.g. "1883").' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'municipalityCode must be a four-digit kommunkod' })
  municipalityCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Member of this partnership (slug).' })
  @IsOptional()
  @MaxLength(200)
  partnershipSlug?: string | null;

  @Field(() => String, { nullable: true, description: 'Name contains this text (case- and diacritic-insensitive).' })
  @IsOptional()
  @MaxLength(200, { message: 'text must be at most 200 characters' })
  text?: string | null;
}

@InputType({ description: 'Sort order for organisations.' })
export class OrganisationOrder {
  @Field(() => OrganisationOrderFieldEnum, { defaultValue: 'NAME' }) field: keyof typeof OrganisationOrderFieldEnum = 'NAME';
  @Field(() => SortDirectionEnum, { defaultValue: 'ASC' }) direction: keyof typeof SortDirectionEnum = 'ASC';
}

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @ValidateNested()
  @Field(() => OrganisationFilter, { nullable: true, description: 'Filters.' })
  filter?: OrganisationFilter | null;
  @ValidateNested()
  @Field(() => OrganisationOrder, { nullable: true, description: 'Sort order; by name by default.' })
  orderBy?: OrganisationOrder | null;
}

import { ArrayMaxSize, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { DateScalar, ProjectStatusEnum, SortDirectionEnum } from '../../common/graphql-types.js';
import type { ProjectStatus } from '../../common/enums.js';
import { PageArgs } from '../../common/pagination.js';

export const ProjectOrderFieldEnum = { NAME: 'NAME', START_DATE: 'START_DATE' } as const;
registerEnumType(ProjectOrderFieldEnum, { name: 'ProjectOrderField', description: 'What to sort projects by.' });

@InputType({ description: 'Filters for projects; all given filters must hold.' })
export class ProjectFilter {
  @Field(() => String, { nullable: true, description: 'Works in this region (länskod or NUTS code) or one of its municipalities.' })
  @IsOptional()
  @Matches(/^[A-Z0-9]{2,8}$/, { message: 'regionCode must be a länskod like "18" or a NUTS code like "ES51"' })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Works in this municipality (kommunkod).' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'municipalityCode must be a four-digit kommunkod' })
  municipalityCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Funded by this organisation (slug), e.g. "tillvaxtverket".' })
  @IsOptional()
  @MaxLength(200)
  funderSlug?: string | null;

  @Field(() => String, { nullable: true, description: 'Funded through this programme (slug).' })
  @IsOptional()
  @MaxLength(200)
  programmeSlug?: string | null;

  @Field(() => String, { nullable: true, description: 'This organisation (slug) takes part in it.' })
  @IsOptional()
  @MaxLength(200)
  participantSlug?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Period overlap: runs on or after this date (unknown end counts as running).' })
  activeFrom?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Period overlap: runs on or before this date (unknown start counts as running).',
  })
  activeTo?: string | null;

  @Field(() => [ProjectStatusEnum], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @ArrayMaxSize(10)
  statuses?: ProjectStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Name contains this text (case- and diacritic-insensitive).' })
  @IsOptional()
  @MaxLength(200, { message: 'text must be at most 200 characters' })
  text?: string | null;
}

@InputType({ description: 'Sort order for projects.' })
export class ProjectOrder {
  @Field(() => ProjectOrderFieldEnum, { defaultValue: 'NAME' }) field: keyof typeof ProjectOrderFieldEnum = 'NAME';
  @Field(() => SortDirectionEnum, { defaultValue: 'ASC' }) direction: keyof typeof SortDirectionEnum = 'ASC';
}

@ArgsType()
export class ProjectsArgs extends PageArgs {
  @ValidateNested()
  @Field(() => ProjectFilter, { nullable: true, description: 'Filters.' })
  filter?: ProjectFilter | null;
  @ValidateNested()
  @Field(() => ProjectOrder, { nullable: true, description: 'Sort order; by name by default.' })
  orderBy?: ProjectOrder | null;
}

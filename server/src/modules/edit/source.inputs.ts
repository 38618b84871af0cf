import { IsIn, IsInt, IsOptional, IsUrl, Length, Matches, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, SourceKindEnum } from '../../common/graphql-types.js';
import { SOURCE_KINDS, type SourceKind } from '../../common/enums.js';

@InputType({ description: 'Changes to a source document: fields left out keep their value, null clears.' })
export class UpdateSourceInput {
  @Field(() => ID) id!: string;

  @Field(() => Int, { description: 'The version you loaded.' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 500, { message: 'must be 1–500 characters' }) title?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 200, { message: 'must be 1–200 characters' }) publisher?: string | null;
  @Field(() => SourceKindEnum, { nullable: true }) @IsOptional() @IsIn([...SOURCE_KINDS]) kind?: SourceKind | null;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() publishedOn?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() publishedApproximate?: boolean | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(80) publishedText?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[a-z]{2,3}(-[A-Z]{2})?$/, { message: 'must be a language code such as "sv" or "en"' })
  language?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { message: 'must be an http(s) URL' })
  url?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(5000) summary?: string | null;
}

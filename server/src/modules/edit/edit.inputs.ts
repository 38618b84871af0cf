import { IsIn, IsInt, IsOptional, IsUrl, Length, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar, SourceKindEnum } from '../../common/graphql-types.js';
import { SOURCE_KINDS, type SourceKind } from '../../common/enums.js';

@InputType({ description: 'A new source document, given inline with the fact it states (or on its own with createSource).' })
export class NewSourceInput {
  @Field(() => String, { nullable: true, description: 'Stable short key; made from the title when left out.' })
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be lowercase letters, digits and single dashes' })
  @MaxLength(80)
  key?: string | null;

  @Field(() => String, { description: 'Title of the document.' })
  @Length(1, 500, { message: 'must be 1–500 characters' })
  title!: string;

  @Field(() => String, { description: 'Who published it.' })
  @Length(1, 200, { message: 'must be 1–200 characters' })
  publisher!: string;

  @Field(() => SourceKindEnum, { defaultValue: 'USER', description: 'What kind of document.' })
  @IsIn([...SOURCE_KINDS])
  kind: SourceKind = 'USER';

  @Field(() => DateScalar, { nullable: true, description: 'When it was published.' })
  @IsOptional()
  publishedOn?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'True when the date is only approximate.' })
  publishedApproximate: boolean = false;

  @Field(() => String, { nullable: true, description: 'The date as stated, e.g. "c. 2017".' })
  @IsOptional()
  @MaxLength(80)
  publishedText?: string | null;

  @Field(() => String, { defaultValue: 'sv', description: 'Language code of the text.' })
  @Matches(/^[a-z]{2,3}(-[A-Z]{2})?$/, { message: 'must be a language code such as "sv" or "en"' })
  language: string = 'sv';

  @Field(() => String, { nullable: true, description: 'Where the document can be found.' })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { message: 'must be an http(s) URL' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'What the document says, in short.' })
  @IsOptional()
  @MaxLength(5000)
  summary?: string | null;
}

@InputType({
  description: 'The source a write states its fact from: an existing source by key, or a new one. Every write of a fact needs one.',
})
export class SourceRefInput {
  @Field(() => String, { nullable: true, description: 'Key of an existing source, e.g. "seed-004".' })
  @IsOptional()
  @MaxLength(80)
  key?: string | null;

  @Field(() => NewSourceInput, { nullable: true, description: 'A new source, created with the write.' })
  @IsOptional()
  @ValidateNested()
  new?: NewSourceInput | null;

  @Field(() => String, { nullable: true, description: 'The words of the source that state the fact.' })
  @IsOptional()
  @MaxLength(2000)
  quote?: string | null;
}

@InputType({ description: 'Which record to delete. With `version`, a record changed since you loaded it is not deleted (CONFLICT).' })
export class DeleteInput {
  @Field(() => ID, { description: 'Global id of the record.' }) id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you loaded (optional optimistic lock).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;
}

@ObjectType('DeletePayload', { description: 'What a delete removed.' })
export class DeletePayload {
  @Field(() => ID, { description: 'Global id of the deleted record.' }) deletedId!: string;
  @Field(() => [String], { description: 'Parts deleted with it (participants, links), as "Type:key".' }) alsoDeleted!: string[];
}

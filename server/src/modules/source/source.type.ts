import { Field, ObjectType } from 'type-graphql';
import { DateValue, Node, SourceKindEnum } from '../../common/graphql-types.js';
import type { SourceKind } from '../../common/enums.js';

@ObjectType('Source', {
  implements: Node,
  description: "A document that states facts: a seed text, a reference table, or a user's document.",
})
export class SourceType extends Node {
  @Field(() => String, { description: 'Stable short key, e.g. seed-004.' }) key!: string;
  @Field(() => String, { description: 'Title of the document.' }) title!: string;
  @Field(() => String, { description: 'Who published it.' }) publisher!: string;
  @Field(() => SourceKindEnum, { description: 'What kind of document it is.' }) kind!: SourceKind;
  @Field(() => DateValue, {
    nullable: true,
    description: 'When it was published; approximate when inferred from the text; null when undated.',
  })
  published!: DateValue | null;
  @Field(() => String, { nullable: true, description: 'The date as stated or inferred, e.g. "c. 2017".' }) publishedText!: string | null;
  @Field(() => String, { description: 'Language code of the text, e.g. sv.' }) language!: string;
  @Field(() => String, { nullable: true, description: 'Where the document can be found, when known.' }) url!: string | null;
  @Field(() => String, { nullable: true, description: 'What the document is about.' }) summary!: string | null;
}

@ObjectType('Citation', { description: 'A source stating a record, with the short quote that says so.' })
export class CitationType {
  @Field(() => SourceType, { description: 'The document.' }) source!: SourceType;
  @Field(() => String, { nullable: true, description: 'The words of the source that state the fact, when short.' }) quote!: string | null;
}

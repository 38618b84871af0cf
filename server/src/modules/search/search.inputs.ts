import { Length, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class SearchArgs {
  @Field(() => String, {
    description: 'What to look for, 1–200 characters; case and diacritics are ignored ("hallefors" finds Hällefors).',
  })
  @Length(1, 200, { message: 'text must be between 1 and 200 characters' })
  text!: string;

  @Field(() => Int, { defaultValue: 20, description: 'How many results to return, 1–50.' })
  @Min(1, { message: 'first must be between 1 and 50' })
  @Max(50, { message: 'first must be between 1 and 50' })
  first: number = 20;
}

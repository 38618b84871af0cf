import { ArrayMaxSize, IsEmail, IsIn, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { RoleEnum, ROLES, type Role } from './auth.roles.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password.js';

@InputType({
  description: 'A new user. The admin sets a first password (at least 12 characters) and tells it to the user, who changes it.',
})
export class CreateUserInput {
  @Field(() => String)
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field(() => String, { description: `First password, ${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} characters.` })
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, { message: `must be ${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} characters` })
  password!: string;

  @Field(() => RoleEnum)
  @IsIn([...ROLES])
  role!: Role;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  displayName?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Partnerships a PARTNERSHIP_EDITOR may edit (global ids).' })
  @IsOptional()
  @ArrayMaxSize(100)
  partnershipIds?: string[] | null;
}

@InputType({ description: 'A new password for yourself.' })
export class ChangePasswordInput {
  @Field(() => String) @Length(1, PASSWORD_MAX_LENGTH) currentPassword!: string;

  @Field(() => String, { description: `${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} characters.` })
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, { message: `must be ${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} characters` })
  newPassword!: string;
}

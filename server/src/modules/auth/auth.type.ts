import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../../common/pagination.js';
import { RoleEnum, type Role } from './auth.roles.js';

@ObjectType('User', { description: 'Someone who can sign in, with a role.' })
export class UserType {
  @Field(() => ID, { description: 'Opaque id of the user.' }) id!: string;
  @Field(() => String, { description: 'E-mail address, the sign-in name.' }) email!: string;
  @Field(() => String, { nullable: true, description: 'Name to show.' }) displayName!: string | null;
  @Field(() => RoleEnum, { description: 'What the user may do.' }) role!: Role;
  @Field(() => Boolean, { description: 'A disabled user cannot sign in, and their sessions and tokens stop working.' }) disabled!: boolean;
  @Field(() => GraphQLDateTime, { description: 'When the account was created.' }) createdAt!: Date;
}

@ObjectType('SignInPayload', { description: 'A session started: the httpOnly session cookie is set on the response.' })
export class SignInPayload {
  @Field(() => UserType, { description: 'The signed-in user.' }) user!: unknown;
  @Field(() => GraphQLDateTime, { description: 'When the session ends.' }) expiresAt!: Date;
}

@ObjectType('ApiToken', {
  description: 'A personal API token for scripts (Authorization: Bearer ...). The secret itself is shown only once, when created.',
})
export class ApiTokenType {
  @Field(() => ID, { description: 'Opaque id of the token.' }) id!: string;
  @Field(() => String, { description: 'What the token is for.' }) name!: string;
  @Field(() => String, { description: 'The first characters of the token, to tell tokens apart.' }) prefix!: string;
  @Field(() => GraphQLDateTime) createdAt!: Date;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Last time a request used it (to the minute).' }) lastUsedAt!: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was revoked; a revoked token no longer works.' })
  revokedAt!: Date | null;
}

@ObjectType('CreateApiTokenPayload', { description: 'A new API token. `token` is shown only this once: store it now.' })
export class CreateApiTokenPayload {
  @Field(() => String, { description: 'The secret, to send as "Authorization: Bearer <token>". Not retrievable later.' }) token!: string;
  @Field(() => ApiTokenType, { description: "The token's record." }) apiToken!: unknown;
}

export const UserConnection = Connection(UserType, 'User');

import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AtlasContext } from '../../common/context.js';
import { AtlasError } from '../../common/errors.js';
import { toGlobalId } from '../../common/ids.js';
import { snapshot } from '../history/history.recorder.js';
import { PartnershipType } from '../partnership/partnership.type.js';
import { badInput, validateNested } from '../edit/validators.js';
import { runWrite } from '../edit/write.js';
import { ApiToken, Session, User, UserPartnership, type IApiToken, type IUser } from './auth.entity.js';
import { ChangePasswordInput } from './auth.inputs.js';
import { forbidden, requireViewer } from './auth.policy.js';
import { ApiTokenType, CreateApiTokenPayload, SignInPayload, UserType } from './auth.type.js';
import { fromOpaqueId, toOpaqueId } from './opaque-ids.js';
import { dummyHash, hashPassword, verifyPassword } from './password.js';
import { MemoryRateLimiter, signInLimits } from './rate-limit.js';
import { API_TOKEN_PREFIX, randomToken, SESSION_COOKIE, sha256 } from './tokens.js';
import { SESSION_LIFETIME_MS } from './viewer.js';

const MAX_ACTIVE_TOKENS = 50;
const fallbackLimiter = new MemoryRateLimiter();

function wrongCredentials() {
  return new AtlasError('Wrong e-mail or password', 'UNAUTHENTICATED');
}

function rateLimited(retryAfterMs: number) {
  const seconds = Math.ceil(retryAfterMs / 1000);
  return new AtlasError(`Too many sign-in attempts: try again in ${Math.ceil(seconds / 60)} minute(s)`, 'TOO_MANY_REQUESTS', {
    reason: 'RATE_LIMITED',
    retryAfterSeconds: seconds,
  });
}

@Resolver(() => UserType)
export class AuthResolver {
  @FieldResolver(() => ID, { description: 'Opaque id of the user.' })
  id(@Root() u: IUser): string {
    return toOpaqueId('User', u.id);
  }

  @FieldResolver(() => [PartnershipType], {
    description: 'Partnerships this user may edit (PARTNERSHIP_EDITOR). Visible to the user and admins.',
  })
  async partnerships(@Root() u: IUser, @Ctx() ctx: AtlasContext) {
    if (!ctx.viewer || (ctx.viewer.userId !== u.id && ctx.viewer.role !== 'ADMIN')) return [];
    const grants = await ctx.em.find(UserPartnership, { user: u.id }, { populate: ['partnership'], orderBy: { id: 'asc' } });
    return grants.map((g) => g.partnership.getEntity());
  }

  @FieldResolver(() => [String], { description: 'Global ids of the partnerships this user may edit (same visibility as partnerships).' })
  async partnershipIds(@Root() u: IUser, @Ctx() ctx: AtlasContext): Promise<string[]> {
    if (!ctx.viewer || (ctx.viewer.userId !== u.id && ctx.viewer.role !== 'ADMIN')) return [];
    const grants = await ctx.em.find(UserPartnership, { user: u.id }, { orderBy: { id: 'asc' } });
    return grants.map((g) => toGlobalId('Partnership', g.partnership.id));
  }

  @FieldResolver(() => [ApiTokenType], { description: "The user's API tokens (without their secrets). Visible to the user and admins." })
  async apiTokens(@Root() u: IUser, @Ctx() ctx: AtlasContext): Promise<IApiToken[]> {
    if (!ctx.viewer || (ctx.viewer.userId !== u.id && ctx.viewer.role !== 'ADMIN')) return [];
    return ctx.em.find(ApiToken, { user: u.id }, { orderBy: { id: 'desc' } });
  }

  @Query(() => UserType, { nullable: true, description: 'The signed-in user; null when anonymous.' })
  async me(@Ctx() ctx: AtlasContext): Promise<IUser | null> {
    return ctx.viewer ? ctx.em.findOne(User, { id: ctx.viewer.userId }) : null;
  }

  @Mutation(() => SignInPayload, {
    description:
      'Signs in with e-mail and password and sets the httpOnly session cookie. Attempts are rate-limited per e-mail and per client address.',
  })
  async signIn(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: AtlasContext,
  ): Promise<SignInPayload> {
    if (!ctx.http) throw new AtlasError('Sign in over HTTP', 'BAD_USER_INPUT');
    const normalized = email.trim().toLowerCase();
    if (!normalized || normalized.length > 254) throw badInput('email', 'must be an e-mail address');
    if (password.length > 1000) throw badInput('password', 'is too long');
    const limiter = ctx.signInLimiter ?? fallbackLimiter;
    const limits = signInLimits();
    const byEmail = await limiter.hit(`signin:email:${normalized}`, limits.perEmail, limits.windowMs);
    const byAddress = await limiter.hit(`signin:ip:${ctx.http.ip}`, limits.perAddress, limits.windowMs);
    if (!byEmail.allowed || !byAddress.allowed)
      throw rateLimited(Math.max(byEmail.allowed ? 0 : byEmail.retryAfterMs, byAddress.allowed ? 0 : byAddress.retryAfterMs));

    const user = await ctx.em.findOne(User, { email: normalized }, { populate: ['passwordHash'] });
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
    if (!user || !ok || user.disabled) throw wrongCredentials();
    await limiter.reset(`signin:email:${normalized}`);

    const now = new Date();
    const token = randomToken();
    const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
    // A new session every time (no fixation): the one this browser had, if any, ends; so do the user's expired ones.
    if (ctx.viewer?.sessionHash) await ctx.em.nativeDelete(Session, { tokenHash: ctx.viewer.sessionHash });
    await ctx.em.nativeDelete(Session, { user: user.id, expiresAt: { $lt: now } });
    await ctx.em.insert(Session, {
      tokenHash: sha256(token),
      user: user.id,
      createdAt: now,
      expiresAt,
      lastSeenAt: now,
      userAgent: ctx.http.headers['user-agent']?.slice(0, 300) ?? null,
    });
    ctx.http.setCookie(SESSION_COOKIE, token, { maxAgeMs: SESSION_LIFETIME_MS, secure: ctx.http.secure });
    return { user, expiresAt };
  }

  @Mutation(() => Boolean, { description: 'Ends the current session and clears the cookie. True when a session was ended.' })
  async signOut(@Ctx() ctx: AtlasContext): Promise<boolean> {
    ctx.http?.clearCookie(SESSION_COOKIE, { secure: ctx.http.secure });
    if (!ctx.viewer?.sessionHash) return false;
    await ctx.em.nativeDelete(Session, { tokenHash: ctx.viewer.sessionHash });
    return true;
  }

  @Mutation(() => Boolean, { description: 'Changes your own password; your other sessions end.' })
  async changePassword(@Arg('input', () => ChangePasswordInput) input: ChangePasswordInput, @Ctx() ctx: AtlasContext): Promise<boolean> {
    const viewer = requireViewer(ctx);
    await validateNested(input, '');
    const hash = await hashPassword(input.newPassword);
    return runWrite(ctx, viewer, async (w) => {
      const user = await w.tx.findOneOrFail(User, { id: viewer.userId }, { populate: ['passwordHash'] });
      if (!(await verifyPassword(input.currentPassword, user.passwordHash)))
        throw badInput('currentPassword', 'is not your current password');
      user.passwordHash = hash;
      await w.tx.flush();
      await w.tx.nativeDelete(Session, { user: user.id, ...(viewer.sessionHash ? { tokenHash: { $ne: viewer.sessionHash } } : {}) });
      await w.history.record({
        entityType: 'User',
        entityId: user.id,
        action: 'UPDATE',
        before: { password: 'set' },
        after: { password: 'changed' },
      });
      return true;
    });
  }

  @Query(() => [ApiTokenType], { description: 'Your API tokens (without their secrets), newest first.' })
  async myApiTokens(@Ctx() ctx: AtlasContext): Promise<IApiToken[]> {
    const viewer = requireViewer(ctx);
    return ctx.em.find(ApiToken, { user: viewer.userId }, { orderBy: { id: 'desc' } });
  }

  @Mutation(() => CreateApiTokenPayload, {
    description: 'Creates a personal API token with your role. The token is returned only this once.',
  })
  async createApiToken(@Arg('name', () => String) name: string, @Ctx() ctx: AtlasContext): Promise<CreateApiTokenPayload> {
    const viewer = requireViewer(ctx);
    const trimmed = name.trim();
    if (trimmed.length < 1 || trimmed.length > 120) throw badInput('name', 'must be 1–120 characters');
    const token = randomToken(API_TOKEN_PREFIX);
    return runWrite(ctx, viewer, async (w) => {
      const active = await w.tx.count(ApiToken, { user: viewer.userId, revokedAt: null });
      if (active >= MAX_ACTIVE_TOKENS) throw badInput('name', `you have ${active} active tokens: revoke one first`);
      const apiToken = w.tx.create(ApiToken, {
        user: viewer.userId,
        name: trimmed,
        tokenHash: sha256(token),
        prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
        lastUsedAt: null,
        revokedAt: null,
      });
      await w.tx.flush();
      await w.history.record({
        entityType: 'ApiToken',
        entityId: apiToken.id,
        action: 'CREATE',
        before: null,
        after: snapshot(apiToken, { tokenHash: undefined }),
      });
      return { token, apiToken };
    });
  }

  @Mutation(() => ApiTokenType, { description: "Revokes an API token at once: yours, or anyone's for an ADMIN." })
  async revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: AtlasContext): Promise<IApiToken> {
    const viewer = requireViewer(ctx);
    const tokenId = fromOpaqueId(id, 'ApiToken', 'id');
    return runWrite(ctx, viewer, async (w) => {
      const token = await w.tx.findOne(ApiToken, { id: tokenId });
      if (!token) throw new AtlasError(`No API token with id "${id}"`, 'NOT_FOUND');
      if (token.user.id !== viewer.userId && viewer.role !== 'ADMIN') throw forbidden('You may revoke only your own API tokens');
      if (!token.revokedAt) {
        const before = snapshot(token, { tokenHash: undefined });
        token.revokedAt = new Date();
        await w.tx.flush();
        await w.history.record({
          entityType: 'ApiToken',
          entityId: token.id,
          action: 'UPDATE',
          before,
          after: snapshot(token, { tokenHash: undefined }),
        });
      }
      return token;
    });
  }
}

@Resolver(() => ApiTokenType)
export class ApiTokenResolver {
  @FieldResolver(() => ID, { description: 'Opaque id of the token.' })
  id(@Root() t: IApiToken): string {
    return toOpaqueId('ApiToken', t.id);
  }
}

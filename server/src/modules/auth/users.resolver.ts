import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AtlasContext } from '../../common/context.js';
import { AtlasError } from '../../common/errors.js';
import { numericKey } from '../../common/ids.js';
import { decodeCursor, PageArgs, toConnection } from '../../common/pagination.js';
import { snapshot } from '../history/history.recorder.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { badInput, conflict } from '../edit/validators.js';
import { runWrite, type Write } from '../edit/write.js';
import { Session, User, UserPartnership, type IUser } from './auth.entity.js';
import { CreateUserInput } from './auth.inputs.js';
import { ADMIN_ONLY, requireRole } from './auth.policy.js';
import { RoleEnum, type Role } from './auth.roles.js';
import { UserConnection, UserType } from './auth.type.js';
import { fromOpaqueId } from './opaque-ids.js';
import { hashPassword } from './password.js';
import { insertUser } from './accounts.js';

async function userById(w: Write, id: string): Promise<IUser> {
  const user = await w.tx.findOne(User, { id: fromOpaqueId(id, 'User', 'userId') });
  if (!user) throw new AtlasError(`No user with id "${id}"`, 'NOT_FOUND');
  return user;
}

/** There is always at least one enabled ADMIN: the last one cannot be demoted or disabled. */
async function keepAnAdmin(w: Write, user: IUser) {
  if (user.role !== 'ADMIN' || user.disabled) return;
  const admins = await w.tx.count(User, { role: 'ADMIN', disabled: false });
  if (admins <= 1) throw conflict(`${user.email} is the only enabled ADMIN: make someone else ADMIN first`);
}

async function partnershipFor(w: Write, id: string, field: string) {
  const p = await w.tx.findOne(Partnership, { id: numericKey(id, 'Partnership', field) });
  if (!p) throw badInput(field, `no partnership has the id "${id}"`);
  return p;
}

@Resolver()
export class UserAdminResolver {
  @Query(() => UserConnection, { description: 'All users, by e-mail. ADMIN only.' })
  async users(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: AtlasContext) {
    requireRole(ctx, ADMIN_ONLY, 'list users');
    const offset = decodeCursor(page.after);
    const [items, totalCount] = await ctx.em.findAndCount(User, {}, { orderBy: { email: 'asc' }, limit: page.first, offset });
    return toConnection({ items, totalCount, offset });
  }

  @Mutation(() => UserType, { description: 'Creates a user with a first password and a role. ADMIN only.' })
  async createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: AtlasContext): Promise<IUser> {
    const viewer = requireRole(ctx, ADMIN_ONLY, 'create users');
    const passwordHash = await hashPassword(input.password);
    return runWrite(ctx, viewer, async (w) => {
      const user = await insertUser(w, { email: input.email, passwordHash, role: input.role, displayName: input.displayName ?? null });
      for (const [i, id] of (input.partnershipIds ?? []).entries()) {
        const partnership = await partnershipFor(w, id, `partnershipIds.${i}`);
        w.tx.create(UserPartnership, { user, partnership });
      }
      await w.tx.flush();
      return user;
    });
  }

  @Mutation(() => UserType, { description: "Sets a user's role. ADMIN only; the last ADMIN keeps theirs." })
  async setUserRole(
    @Arg('userId', () => ID) userId: string,
    @Arg('role', () => RoleEnum) role: Role,
    @Ctx() ctx: AtlasContext,
  ): Promise<IUser> {
    const viewer = requireRole(ctx, ADMIN_ONLY, 'set roles');
    return runWrite(ctx, viewer, async (w) => {
      const user = await userById(w, userId);
      if (user.role === role) return user;
      if (role !== 'ADMIN') await keepAnAdmin(w, user);
      const before = snapshot(user);
      user.role = role;
      await w.tx.flush();
      await w.history.record({ entityType: 'User', entityId: user.id, action: 'UPDATE', before, after: snapshot(user) });
      return user;
    });
  }

  @Mutation(() => UserType, {
    description: "Disables (or enables) a user: a disabled user's sessions end and tokens stop working. ADMIN only.",
  })
  async setUserDisabled(
    @Arg('userId', () => ID) userId: string,
    @Arg('disabled', () => Boolean) disabled: boolean,
    @Ctx() ctx: AtlasContext,
  ): Promise<IUser> {
    const viewer = requireRole(ctx, ADMIN_ONLY, 'disable users');
    return runWrite(ctx, viewer, async (w) => {
      const user = await userById(w, userId);
      if (user.disabled === disabled) return user;
      if (disabled) await keepAnAdmin(w, user);
      const before = snapshot(user);
      user.disabled = disabled;
      await w.tx.flush();
      if (disabled) await w.tx.nativeDelete(Session, { user: user.id });
      await w.history.record({ entityType: 'User', entityId: user.id, action: 'UPDATE', before, after: snapshot(user) });
      return user;
    });
  }

  @Mutation(() => UserType, { description: 'Lets a PARTNERSHIP_EDITOR edit a partnership. ADMIN only.' })
  async assignPartnership(
    @Arg('userId', () => ID) userId: string,
    @Arg('partnershipId', () => ID) partnershipId: string,
    @Ctx() ctx: AtlasContext,
  ): Promise<IUser> {
    const viewer = requireRole(ctx, ADMIN_ONLY, 'assign partnerships');
    return runWrite(ctx, viewer, async (w) => {
      const user = await userById(w, userId);
      const partnership = await partnershipFor(w, partnershipId, 'partnershipId');
      if (!(await w.tx.count(UserPartnership, { user: user.id, partnership: partnership.id }))) {
        const grant = w.tx.create(UserPartnership, { user, partnership });
        await w.tx.flush();
        await w.history.record({
          entityType: 'UserPartnership',
          entityId: grant.id,
          action: 'CREATE',
          before: null,
          after: snapshot(grant),
          parent: { type: 'User', id: user.id },
        });
      }
      return user;
    });
  }

  @Mutation(() => UserType, { description: 'Takes a partnership away from a PARTNERSHIP_EDITOR. ADMIN only.' })
  async unassignPartnership(
    @Arg('userId', () => ID) userId: string,
    @Arg('partnershipId', () => ID) partnershipId: string,
    @Ctx() ctx: AtlasContext,
  ): Promise<IUser> {
    const viewer = requireRole(ctx, ADMIN_ONLY, 'assign partnerships');
    return runWrite(ctx, viewer, async (w) => {
      const user = await userById(w, userId);
      const partnership = await partnershipFor(w, partnershipId, 'partnershipId');
      const grant = await w.tx.findOne(UserPartnership, { user: user.id, partnership: partnership.id });
      if (grant) {
        await w.history.record({
          entityType: 'UserPartnership',
          entityId: grant.id,
          action: 'DELETE',
          before: snapshot(grant),
          after: null,
          parent: { type: 'User', id: user.id },
        });
        w.tx.remove(grant);
        await w.tx.flush();
      }
      return user;
    });
  }
}

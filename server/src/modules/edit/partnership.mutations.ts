import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AtlasContext } from '../../common/context.js';
import type { MembershipRole } from '../../common/enums.js';
import { numericKey, toGlobalId } from '../../common/ids.js';
import { searchKey, slugify } from '../../common/text.js';
import { DATA_WRITERS, EDITORS, requirePartnershipScope, requireRole } from '../auth/auth.policy.js';
import { snapshot } from '../history/history.recorder.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Membership, Partnership, type IMembership, type IPartnership } from '../partnership/partnership.entity.js';
import { MembershipType, PartnershipType } from '../partnership/partnership.type.js';
import { nameSource } from './citations.js';
import { DeleteInput, DeletePayload } from './edit.inputs.js';
import { pointee, pointeeOrNull, regionByCode, target } from './lookups.js';
import { CreateMembershipInput, CreatePartnershipInput, UpdateMembershipInput, UpdatePartnershipInput } from './partnership.inputs.js';
import { created, deleting, updated } from './record.js';
import { refuseIfReferenced } from './references.js';
import { badInput, conflict } from './validators.js';
import { checkVersion, notNull, runWrite, type Write } from './write.js';

async function assertSlugFree(w: Write, slug: string, selfId: number | null) {
  const other = await w.tx.findOne(Partnership, { slug });
  if (other && other.id !== selfId)
    throw conflict(`The slug "${slug}" is already used by the partnership "${other.name}"`, { field: 'slug' });
}

async function assertMembershipFree(
  w: Write,
  m: { partnership: number; organisation: number; role: MembershipRole },
  selfId: number | null,
) {
  const other = await w.tx.findOne(Membership, m);
  if (other && other.id !== selfId)
    throw conflict(`The organisation is already a ${m.role} of this partnership`, {
      field: 'role',
      existingId: toGlobalId('Membership', other.id),
    });
}

function assertOrdered(from: string | null | undefined, to: string | null | undefined) {
  if (from && to && to < from) throw badInput('to', 'must not be before from');
}

const partnershipParent = (m: IMembership) => ({ type: 'Partnership', id: m.partnership.id });

@Resolver()
export class PartnershipMutations {
  @Mutation(() => PartnershipType, { description: 'Adds a partnership. EDITOR, ADMIN.' })
  async createPartnership(
    @Arg('input', () => CreatePartnershipInput) input: CreatePartnershipInput,
    @Ctx() ctx: AtlasContext,
  ): Promise<IPartnership> {
    const viewer = requireRole(ctx, EDITORS, 'create partnerships');
    return runWrite(ctx, viewer, async (w) => {
      const named = await nameSource(w, input.source);
      const slug = input.slug ?? slugify(input.name);
      if (!slug) throw badInput('slug', 'give a slug: none can be made from this name');
      await assertSlugFree(w, slug, null);
      const partnership = w.tx.create(Partnership, {
        name: input.name,
        slug,
        region: await regionByCode(w, input.regionCode, 'regionCode'),
        coordinator: await pointeeOrNull(w, Organisation, input.coordinatorId, 'Organisation', 'coordinatorId'),
        description: input.description ?? null,
        startedOn: input.startedOn ?? null,
        startedApproximate: input.startedApproximate ?? false,
        searchKey: searchKey(input.name),
      });
      await w.tx.flush();
      await created(w, 'Partnership', partnership, named);
      return partnership;
    });
  }

  @Mutation(() => PartnershipType, { description: 'Changes a partnership. EDITOR, ADMIN, or its PARTNERSHIP_EDITOR.' })
  async updatePartnership(
    @Arg('input', () => UpdatePartnershipInput) input: UpdatePartnershipInput,
    @Ctx() ctx: AtlasContext,
  ): Promise<IPartnership> {
    const viewer = requireRole(ctx, DATA_WRITERS, 'change partnerships');
    requirePartnershipScope(viewer, [numericKey(input.id, 'Partnership')], 'change partnerships');
    return runWrite(ctx, viewer, async (w) => {
      const partnership = await target(w, Partnership, input.id, 'Partnership');
      checkVersion(partnership, input.version, `The partnership "${partnership.name}"`);
      const named = await nameSource(w, input.source);
      const before = snapshot(partnership);
      const name = notNull(input.name, 'name') ?? partnership.name;
      const slug = notNull(input.slug, 'slug') ?? partnership.slug;
      await assertSlugFree(w, slug, partnership.id);
      w.tx.assign(partnership, {
        name,
        slug,
        region: input.regionCode === undefined ? partnership.region : await regionByCode(w, input.regionCode, 'regionCode'),
        coordinator:
          input.coordinatorId === undefined
            ? partnership.coordinator
            : await pointeeOrNull(w, Organisation, input.coordinatorId, 'Organisation', 'coordinatorId'),
        description: input.description === undefined ? partnership.description : input.description,
        startedOn: input.startedOn === undefined ? partnership.startedOn : input.startedOn,
        startedApproximate: input.startedApproximate ?? partnership.startedApproximate,
        searchKey: searchKey(name),
      });
      await w.tx.flush();
      await updated(w, 'Partnership', partnership, before, named);
      return partnership;
    });
  }

  @Mutation(() => DeletePayload, {
    description:
      'Deletes a partnership nothing points at (memberships, projects, events, stated sizes): else CONFLICT naming them. EDITOR, ADMIN.',
  })
  async deletePartnership(@Arg('input', () => DeleteInput) input: DeleteInput, @Ctx() ctx: AtlasContext): Promise<DeletePayload> {
    const viewer = requireRole(ctx, EDITORS, 'delete partnerships');
    return runWrite(ctx, viewer, async (w) => {
      const partnership = await target(w, Partnership, input.id, 'Partnership');
      if (input.version) checkVersion(partnership, input.version, `The partnership "${partnership.name}"`);
      await refuseIfReferenced(w.tx, w.tx.getMetadata(Partnership), partnership.id, `The partnership "${partnership.name}"`);
      await deleting(w, 'Partnership', partnership);
      w.tx.remove(partnership);
      await w.tx.flush();
      return { deletedId: toGlobalId('Partnership', partnership.id), alsoDeleted: [] };
    });
  }

  @Mutation(() => MembershipType, {
    description: "Adds an organisation to a partnership. EDITOR, ADMIN, or the partnership's PARTNERSHIP_EDITOR.",
  })
  async createMembership(
    @Arg('input', () => CreateMembershipInput) input: CreateMembershipInput,
    @Ctx() ctx: AtlasContext,
  ): Promise<IMembership> {
    const viewer = requireRole(ctx, DATA_WRITERS, 'change memberships');
    requirePartnershipScope(viewer, [numericKey(input.partnershipId, 'Partnership', 'partnershipId')], 'change memberships');
    return runWrite(ctx, viewer, async (w) => {
      const named = await nameSource(w, input.source);
      const partnership = await pointee(w, Partnership, input.partnershipId, 'Partnership', 'partnershipId');
      const organisation = await pointee(w, Organisation, input.organisationId, 'Organisation', 'organisationId');
      await assertMembershipFree(w, { partnership: partnership.id, organisation: organisation.id, role: input.role }, null);
      const membership = w.tx.create(Membership, {
        partnership,
        organisation,
        role: input.role,
        fromDate: input.from ?? null,
        fromApproximate: input.fromApproximate,
        toDate: input.to ?? null,
        toApproximate: input.toApproximate,
      });
      await w.tx.flush();
      await created(w, 'Membership', membership, named, partnershipParent(membership));
      return membership;
    });
  }

  @Mutation(() => MembershipType, {
    description: "Changes a membership's role or dates. EDITOR, ADMIN, or the partnership's PARTNERSHIP_EDITOR.",
  })
  async updateMembership(
    @Arg('input', () => UpdateMembershipInput) input: UpdateMembershipInput,
    @Ctx() ctx: AtlasContext,
  ): Promise<IMembership> {
    const viewer = requireRole(ctx, DATA_WRITERS, 'change memberships');
    return runWrite(ctx, viewer, async (w) => {
      const membership = await target(w, Membership, input.id, 'Membership');
      requirePartnershipScope(viewer, [membership.partnership.id], 'change memberships');
      checkVersion(membership, input.version, 'The membership');
      const named = await nameSource(w, input.source);
      const before = snapshot(membership);
      const role = notNull(input.role, 'role') ?? membership.role;
      await assertMembershipFree(
        w,
        { partnership: membership.partnership.id, organisation: membership.organisation.id, role },
        membership.id,
      );
      const fromDate = input.from === undefined ? membership.fromDate : input.from;
      const toDate = input.to === undefined ? membership.toDate : input.to;
      assertOrdered(fromDate, toDate);
      w.tx.assign(membership, {
        role,
        fromDate,
        toDate,
        fromApproximate: input.fromApproximate ?? membership.fromApproximate,
        toApproximate: input.toApproximate ?? membership.toApproximate,
      });
      await w.tx.flush();
      await updated(w, 'Membership', membership, before, named, partnershipParent(membership));
      return membership;
    });
  }

  @Mutation(() => DeletePayload, {
    description: "Ends a membership record (deletes it). EDITOR, ADMIN, or the partnership's PARTNERSHIP_EDITOR.",
  })
  async deleteMembership(@Arg('input', () => DeleteInput) input: DeleteInput, @Ctx() ctx: AtlasContext): Promise<DeletePayload> {
    const viewer = requireRole(ctx, DATA_WRITERS, 'change memberships');
    return runWrite(ctx, viewer, async (w) => {
      const membership = await target(w, Membership, input.id, 'Membership');
      requirePartnershipScope(viewer, [membership.partnership.id], 'change memberships');
      if (input.version) checkVersion(membership, input.version, 'The membership');
      await deleting(w, 'Membership', membership, partnershipParent(membership));
      w.tx.remove(membership);
      await w.tx.flush();
      return { deletedId: toGlobalId('Membership', membership.id), alsoDeleted: [] };
    });
  }
}

import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AtlasContext } from '../../common/context.js';
import { numericKey, toGlobalId } from '../../common/ids.js';
import { searchKey, slugify } from '../../common/text.js';
import { DATA_WRITERS, EDITORS, forbidden, requirePartnershipScope, requireRole, writesEverything } from '../auth/auth.policy.js';
import { snapshot } from '../history/history.recorder.js';
import { Organisation, type IOrganisation } from '../organisation/organisation.entity.js';
import { OrganisationType } from '../organisation/organisation.type.js';
import { Membership, Partnership } from '../partnership/partnership.entity.js';
import { cite, nameSource, uncite } from './citations.js';
import { DeleteInput, DeletePayload } from './edit.inputs.js';
import { municipalityByCode, pointee, regionByCode, target } from './lookups.js';
import { CreateOrganisationInput, UpdateOrganisationInput } from './organisation.inputs.js';
import { formatOrganisationsnummer } from './orgnr.js';
import { refuseIfReferenced } from './references.js';
import { badInput, conflict, validateNested } from './validators.js';
import { checkVersion, notNull, runWrite, type Write } from './write.js';

/** Slug and organisationsnummer are unique: refused with CONFLICT naming the field. */
async function assertUnique(w: Write, slug: string, orgNumber: string | null, selfId: number | null) {
  const bySlug = await w.tx.findOne(Organisation, { slug });
  if (bySlug && bySlug.id !== selfId)
    throw conflict(`The slug "${slug}" is already used by the organisation "${bySlug.name}"`, { field: 'slug' });
  if (orgNumber) {
    const byNumber = await w.tx.findOne(Organisation, { orgNumber });
    if (byNumber && byNumber.id !== selfId) {
      throw conflict(`The organisationsnummer ${orgNumber} is already registered for "${byNumber.name}"`, { field: 'orgNumber' });
    }
  }
}

/** Place: codes must exist, and a municipality must lie in the region given with it. */
async function place(w: Write, municipalityCode: string | null, regionCode: string | null) {
  const municipality = await municipalityByCode(w, municipalityCode, 'municipalityCode');
  const region = await regionByCode(w, regionCode, 'regionCode');
  if (municipality && region && municipality.region.code !== region.code) {
    throw badInput('regionCode', `the municipality ${municipality.code} lies in region ${municipality.region.code}, not ${region.code}`);
  }
  return { municipality, region };
}

function checkProfile(kind: string, o: { legalForm?: string | null; businessLine?: string | null; integrationLine?: string | null }) {
  if (kind === 'SOCIAL_ENTERPRISE') return;
  for (const field of ['legalForm', 'businessLine', 'integrationLine'] as const) {
    if (o[field]) throw badInput(field, 'only a social enterprise (kind SOCIAL_ENTERPRISE) has an enterprise profile');
  }
}

/** A PARTNERSHIP_EDITOR may change an organisation only while it is a member of one of their partnerships. */
async function requireMemberInScope(w: Write, org: IOrganisation) {
  if (writesEverything(w.viewer)) return;
  const n = await w.tx.count(Membership, { organisation: org.id, partnership: { $in: w.viewer.partnershipIds } });
  if (!n) throw forbidden('You may change only organisations that are members of the partnerships assigned to you');
}

@Resolver()
export class OrganisationMutations {
  @Mutation(() => OrganisationType, {
    description:
      'Adds an organisation (with its enterprise profile), citing its source. EDITOR, ADMIN; a PARTNERSHIP_EDITOR with memberOf one of their partnerships.',
  })
  async createOrganisation(
    @Arg('input', () => CreateOrganisationInput) input: CreateOrganisationInput,
    @Ctx() ctx: AtlasContext,
  ): Promise<IOrganisation> {
    const viewer = requireRole(ctx, DATA_WRITERS, 'create organisations');
    await validateNested(input.memberOf, 'memberOf');
    if (!writesEverything(viewer)) {
      if (!input.memberOf)
        throw forbidden('A partnership editor adds an organisation as a member of one of their partnerships: give memberOf');
      requirePartnershipScope(viewer, [numericKey(input.memberOf.partnershipId, 'Partnership', 'memberOf.partnershipId')], 'add members');
    }
    return runWrite(ctx, viewer, async (w) => {
      const named = await nameSource(w, input.source);
      const slug = input.slug ?? slugify(input.name);
      if (!slug) throw badInput('slug', 'give a slug: none can be made from this name');
      const orgNumber = input.orgNumber ? formatOrganisationsnummer(input.orgNumber) : null;
      await assertUnique(w, slug, orgNumber, null);
      const { municipality, region } = await place(w, input.municipalityCode ?? null, input.regionCode ?? null);
      checkProfile(input.kind, input);
      const org = w.tx.create(Organisation, {
        name: input.name,
        slug,
        kind: input.kind,
        orgNumber,
        municipality,
        region,
        country: input.country ?? (municipality ? 'SE' : null),
        url: input.url ?? null,
        description: input.description ?? null,
        legalForm: input.legalForm ?? null,
        businessLine: input.businessLine ?? null,
        integrationLine: input.integrationLine ?? null,
        searchKey: searchKey(input.name),
      });
      await w.tx.flush();
      await w.history.record({
        entityType: 'Organisation',
        entityId: org.id,
        action: 'CREATE',
        before: null,
        after: snapshot(org),
        sourceKey: named.source.key,
      });
      await cite(w, named, 'Organisation', org.id);
      if (input.memberOf) {
        const m = input.memberOf;
        const partnership = await pointee(w, Partnership, m.partnershipId, 'Partnership', 'memberOf.partnershipId');
        const membership = w.tx.create(Membership, {
          partnership,
          organisation: org,
          role: m.role,
          fromDate: m.from ?? null,
          fromApproximate: m.fromApproximate,
          toDate: null,
          toApproximate: false,
        });
        await w.tx.flush();
        await w.history.record({
          entityType: 'Membership',
          entityId: membership.id,
          action: 'CREATE',
          before: null,
          after: snapshot(membership),
          parent: { type: 'Partnership', id: partnership.id },
          sourceKey: named.source.key,
        });
        await cite(w, named, 'Membership', membership.id);
      }
      return org;
    });
  }

  @Mutation(() => OrganisationType, {
    description: 'Changes an organisation (incl. its enterprise profile). Needs the version you loaded and a source.',
  })
  async updateOrganisation(
    @Arg('input', () => UpdateOrganisationInput) input: UpdateOrganisationInput,
    @Ctx() ctx: AtlasContext,
  ): Promise<IOrganisation> {
    const viewer = requireRole(ctx, DATA_WRITERS, 'change organisations');
    return runWrite(ctx, viewer, async (w) => {
      const org = await target(w, Organisation, input.id, 'Organisation');
      await requireMemberInScope(w, org);
      checkVersion(org, input.version, `The organisation "${org.name}"`);
      const named = await nameSource(w, input.source);
      const before = snapshot(org);
      const name = notNull(input.name, 'name') ?? org.name;
      const slug = notNull(input.slug, 'slug') ?? org.slug;
      const kind = notNull(input.kind, 'kind') ?? org.kind;
      const orgNumber =
        input.orgNumber === undefined ? (org.orgNumber ?? null) : input.orgNumber ? formatOrganisationsnummer(input.orgNumber) : null;
      await assertUnique(w, slug, orgNumber, org.id);
      const municipalityCode = input.municipalityCode === undefined ? (org.municipality?.code ?? null) : input.municipalityCode;
      const regionCode = input.regionCode === undefined ? (org.region?.code ?? null) : input.regionCode;
      const { municipality, region } = await place(w, municipalityCode, regionCode);
      const profile = {
        legalForm: input.legalForm === undefined ? org.legalForm : input.legalForm,
        businessLine: input.businessLine === undefined ? org.businessLine : input.businessLine,
        integrationLine: input.integrationLine === undefined ? org.integrationLine : input.integrationLine,
      };
      checkProfile(kind, profile);
      w.tx.assign(org, {
        name,
        slug,
        kind,
        orgNumber,
        municipality,
        region,
        country: input.country === undefined ? (org.country ?? (municipality ? 'SE' : null)) : input.country,
        url: input.url === undefined ? org.url : input.url,
        description: input.description === undefined ? org.description : input.description,
        ...profile,
        searchKey: searchKey(name),
      });
      await w.tx.flush();
      const after = snapshot(org);
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        await w.history.record({
          entityType: 'Organisation',
          entityId: org.id,
          action: 'UPDATE',
          before,
          after,
          sourceKey: named.source.key,
        });
      }
      await cite(w, named, 'Organisation', org.id);
      return org;
    });
  }

  @Mutation(() => DeletePayload, {
    description: 'Deletes an organisation nothing points at (else CONFLICT naming what does). EDITOR, ADMIN.',
  })
  async deleteOrganisation(@Arg('input', () => DeleteInput) input: DeleteInput, @Ctx() ctx: AtlasContext): Promise<DeletePayload> {
    const viewer = requireRole(ctx, EDITORS, 'delete organisations');
    return runWrite(ctx, viewer, async (w) => {
      const org = await target(w, Organisation, input.id, 'Organisation');
      if (input.version) checkVersion(org, input.version, `The organisation "${org.name}"`);
      await refuseIfReferenced(w.tx, w.tx.getMetadata(Organisation), org.id, `The organisation "${org.name}"`);
      await w.history.record({ entityType: 'Organisation', entityId: org.id, action: 'DELETE', before: snapshot(org), after: null });
      await uncite(w, 'Organisation', [org.id]);
      w.tx.remove(org);
      await w.tx.flush();
      return { deletedId: toGlobalId('Organisation', org.id), alsoDeleted: [] };
    });
  }
}

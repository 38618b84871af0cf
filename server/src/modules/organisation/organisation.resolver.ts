import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AtlasContext } from '../../common/context.js';
import { NotFoundError } from '../../common/errors.js';
import { loadMany, loadRef } from '../../common/graphql-types.js';
import { sortBySwedishName } from '../../common/text.js';
import { SourcedNodeResolver } from '../../common/node.resolver.js';
import { decodeCursor, toConnection } from '../../common/pagination.js';
import { EventParticipantType } from '../activity/activity.type.js';
import { ActionPlanType, PersonType } from '../activity/activity.type.js';
import { MembershipType } from '../partnership/partnership.type.js';
import { ProjectParticipantType } from '../project/project.type.js';
import { MunicipalityType, RegionType } from '../region/region.type.js';
import type { IRegion } from '../region/region.entity.js';
import { Organisation, type IOrganisation } from './organisation.entity.js';
import { OrganisationsArgs } from './organisation.inputs.js';
import { pageOrganisations } from './organisation.queries.js';
import { EnterpriseProfileType, OrganisationConnection, OrganisationType } from './organisation.type.js';

@Resolver(() => OrganisationType)
export class OrganisationResolver extends SourcedNodeResolver<IOrganisation>(
  OrganisationType,
  'Organisation',
  'Organisation',
  (o) => o.id,
) {
  @Query(() => OrganisationConnection, { description: 'Organisations, filtered and paginated (Relay connection).' })
  async organisations(@Args(() => OrganisationsArgs) args: OrganisationsArgs, @Ctx() ctx: AtlasContext) {
    const page = await pageOrganisations(ctx.em, args.filter, args.first, decodeCursor(args.after), args.orderBy ?? undefined);
    return toConnection(page);
  }

  @Query(() => OrganisationType, { description: 'One organisation by slug, e.g. "region-orebro-lan".' })
  async organisation(@Arg('slug', () => String) slug: string, @Ctx() ctx: AtlasContext): Promise<IOrganisation> {
    const org = await ctx.em.findOne(Organisation, { slug });
    if (!org) throw new NotFoundError('organisation', `slug "${slug}"`);
    return org;
  }

  @FieldResolver(() => MunicipalityType, { nullable: true, description: 'The municipality it is located in, when known.' })
  municipality(@Root() o: IOrganisation) {
    return loadRef(o.municipality);
  }

  @FieldResolver(() => RegionType, {
    nullable: true,
    description: "The region it is located in: given directly, or its municipality's county.",
  })
  async region(@Root() o: IOrganisation): Promise<IRegion | null> {
    if (o.region) return o.region.load();
    if (!o.municipality) return null;
    const m = await o.municipality.loadOrFail();
    return m.region.loadOrFail();
  }

  @FieldResolver(() => EnterpriseProfileType, {
    nullable: true,
    description: 'The enterprise profile, for a social enterprise; null for other kinds.',
  })
  profile(@Root() o: IOrganisation): EnterpriseProfileType | null {
    if (o.kind !== 'SOCIAL_ENTERPRISE') return null;
    return { legalForm: o.legalForm ?? null, businessLine: o.businessLine ?? null, integrationLine: o.integrationLine ?? null };
  }

  @FieldResolver(() => [MembershipType], { description: 'Its partnership memberships.' })
  memberships(@Root() o: IOrganisation) {
    return loadMany(o.memberships);
  }

  @FieldResolver(() => [ProjectParticipantType], { description: 'Its roles in projects.' })
  projectRoles(@Root() o: IOrganisation) {
    return loadMany(o.participations);
  }

  @FieldResolver(() => [EventParticipantType], { description: 'Events it hosted, was visited at, or took part in.' })
  eventRoles(@Root() o: IOrganisation) {
    return loadMany(o.eventParticipations);
  }

  @FieldResolver(() => [ActionPlanType], { description: 'Action plans it owns.' })
  async actionPlans(@Root() o: IOrganisation) {
    return sortBySwedishName(await loadMany(o.actionPlans));
  }

  @FieldResolver(() => [PersonType], { description: 'People the sources name in it.' })
  people(@Root() o: IOrganisation) {
    return loadMany(o.people);
  }
}

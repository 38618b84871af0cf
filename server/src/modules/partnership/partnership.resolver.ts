import { IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, InputType, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { AtlasContext } from '../../common/context.js';
import { NotFoundError } from '../../common/errors.js';
import { DateValue, dateValue, loadMany, loadRef } from '../../common/graphql-types.js';
import { SourcedNodeResolver } from '../../common/node.resolver.js';
import { decodeCursor, PageArgs, toConnection } from '../../common/pagination.js';
import { containsPattern } from '../../common/text.js';
import { EventParticipantType } from '../activity/activity.type.js';
import { OrganisationType } from '../organisation/organisation.type.js';
import { ProjectParticipantType } from '../project/project.type.js';
import { RegionType } from '../region/region.type.js';
import { SourceType } from '../source/source.type.js';
import { Partnership, type IMembership, type IPartnership, type IPartnershipSize } from './partnership.entity.js';
import { MembershipType, PartnershipConnection, PartnershipSizeType, PartnershipType } from './partnership.type.js';

@InputType({ description: 'Filters for partnerships.' })
class PartnershipFilter {
  @Field(() => String, { nullable: true, description: 'Based in this region (länskod).' })
  @IsOptional()
  @Matches(/^[A-Z0-9]{2,8}$/, { message: 'regionCode must be a länskod like "18"' })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Name contains this text (case- and diacritic-insensitive).' })
  @IsOptional()
  @MaxLength(200)
  text?: string | null;
}

@ArgsType()
class PartnershipsArgs extends PageArgs {
  @ValidateNested()
  @Field(() => PartnershipFilter, { nullable: true })
  filter?: PartnershipFilter | null;
}

@Resolver(() => PartnershipType)
export class PartnershipResolver extends SourcedNodeResolver<IPartnership>(PartnershipType, 'Partnership', 'Partnership', (p) => p.id) {
  @Query(() => PartnershipConnection, { description: 'Partnerships, filtered and paginated.' })
  async partnerships(@Args(() => PartnershipsArgs) args: PartnershipsArgs, @Ctx() ctx: AtlasContext) {
    const where: FilterQuery<IPartnership> = {
      ...(args.filter?.regionCode ? { region: args.filter.regionCode } : {}),
      ...(args.filter?.text ? { searchKey: { $like: containsPattern(args.filter.text) } } : {}),
    };
    const offset = decodeCursor(args.after);
    const [items, totalCount] = await ctx.em.findAndCount(Partnership, where, {
      limit: args.first,
      offset,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
    return toConnection({ items, totalCount, offset });
  }

  @Query(() => PartnershipType, { description: 'One partnership by slug, e.g. "partnerskap-for-sociala-innovationer".' })
  async partnership(@Arg('slug', () => String) slug: string, @Ctx() ctx: AtlasContext): Promise<IPartnership> {
    const p = await ctx.em.findOne(Partnership, { slug });
    if (!p) throw new NotFoundError('partnership', `slug "${slug}"`);
    return p;
  }

  @FieldResolver(() => RegionType, { nullable: true, description: 'The region it is based in.' })
  region(@Root() p: IPartnership) {
    return loadRef(p.region);
  }

  @FieldResolver(() => OrganisationType, { nullable: true, description: 'The coordinating organisation, when reported.' })
  coordinator(@Root() p: IPartnership) {
    return loadRef(p.coordinator);
  }

  @FieldResolver(() => DateValue, { nullable: true, description: 'When it started; null when not reported.' })
  started(@Root() p: IPartnership): DateValue | null {
    return dateValue(p.startedOn, p.startedApproximate);
  }

  @FieldResolver(() => [MembershipType], {
    description: 'Members known by name, with role and period. See statedSizes for reported counts.',
  })
  members(@Root() p: IPartnership) {
    return loadMany(p.memberships);
  }

  @FieldResolver(() => [PartnershipSizeType], { description: 'Reported member counts with their dates ("nearly 30" in 2017).' })
  statedSizes(@Root() p: IPartnership) {
    return loadMany(p.sizes);
  }

  @FieldResolver(() => [ProjectParticipantType], { description: 'Projects the partnership takes part in.' })
  projectRoles(@Root() p: IPartnership) {
    return loadMany(p.participations);
  }

  @FieldResolver(() => [EventParticipantType], { description: 'Events the partnership took part in.' })
  eventRoles(@Root() p: IPartnership) {
    return loadMany(p.eventParticipations);
  }
}

@Resolver(() => MembershipType)
export class MembershipResolver extends SourcedNodeResolver<IMembership>(MembershipType, 'Membership', 'Membership', (m) => m.id) {
  @FieldResolver(() => PartnershipType, { description: 'The partnership.' })
  partnership(@Root() m: IMembership) {
    return m.partnership.loadOrFail();
  }

  @FieldResolver(() => OrganisationType, { description: 'The member organisation.' })
  organisation(@Root() m: IMembership) {
    return m.organisation.loadOrFail();
  }

  @FieldResolver(() => DateValue, { nullable: true, description: 'Member from; null when not reported.' })
  from(@Root() m: IMembership): DateValue | null {
    return dateValue(m.fromDate, m.fromApproximate);
  }

  @FieldResolver(() => DateValue, { nullable: true, description: 'Member until; null when still a member or not reported.' })
  to(@Root() m: IMembership): DateValue | null {
    return dateValue(m.toDate, m.toApproximate);
  }
}

@Resolver(() => PartnershipSizeType)
export class PartnershipSizeResolver {
  @FieldResolver(() => DateValue, { nullable: true, description: 'When the count applied.' })
  asOf(@Root() s: IPartnershipSize): DateValue | null {
    return dateValue(s.asOf, s.asOfApproximate);
  }

  @FieldResolver(() => SourceType, { description: 'The source stating the count.' })
  source(@Root() s: IPartnershipSize) {
    return s.source.loadOrFail();
  }
}

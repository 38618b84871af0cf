import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AtlasContext } from '../../common/context.js';
import { citationKey } from '../../common/context.js';
import { DateValue, dateValue, loadMany, loadRef } from '../../common/graphql-types.js';
import { SourcedNodeResolver } from '../../common/node.resolver.js';
import { OrganisationType } from '../organisation/organisation.type.js';
import { PartnershipType } from '../partnership/partnership.type.js';
import type { IPerson } from '../person/person.entity.js';
import { ProjectType } from '../project/project.type.js';
import { MunicipalityType, RegionType } from '../region/region.type.js';
import { CitationType } from '../source/source.type.js';
import type { IActionPlan, IEvent, IEventParticipant } from './activity.entity.js';
import { ActionPlanType, EventParticipantType, EventType, PersonType } from './activity.type.js';

@Resolver(() => EventType)
export class EventResolver extends SourcedNodeResolver<IEvent>(EventType, 'Event', 'Event', (e) => e.id) {
  @FieldResolver(() => DateValue, { nullable: true, description: 'Start date; approximate when the source gives only the year.' })
  start(@Root() e: IEvent): DateValue | null {
    return dateValue(e.startDate, e.dateApproximate);
  }

  @FieldResolver(() => DateValue, { nullable: true, description: 'End date.' })
  end(@Root() e: IEvent): DateValue | null {
    return dateValue(e.endDate, e.dateApproximate);
  }

  @FieldResolver(() => ProjectType, { nullable: true, description: 'The project the event belongs to.' })
  project(@Root() e: IEvent) {
    return loadRef(e.project);
  }

  @FieldResolver(() => MunicipalityType, { nullable: true, description: 'The municipality it took place in (Swedish events).' })
  municipality(@Root() e: IEvent) {
    return loadRef(e.municipality);
  }

  @FieldResolver(() => RegionType, { nullable: true, description: 'The region it took place in.' })
  region(@Root() e: IEvent) {
    return loadRef(e.region);
  }

  @FieldResolver(() => [EventParticipantType], { description: 'Hosts, visited organisations and participants.' })
  participants(@Root() e: IEvent) {
    return loadMany(e.participants);
  }
}

@Resolver(() => EventParticipantType)
export class EventParticipantResolver {
  @FieldResolver(() => EventType, { description: 'The event.' })
  event(@Root() p: IEventParticipant) {
    return p.event.loadOrFail();
  }

  @FieldResolver(() => OrganisationType, { nullable: true, description: 'The organisation, if an organisation.' })
  organisation(@Root() p: IEventParticipant) {
    return loadRef(p.organisation);
  }

  @FieldResolver(() => PartnershipType, { nullable: true, description: 'The partnership, if a whole partnership.' })
  partnership(@Root() p: IEventParticipant) {
    return loadRef(p.partnership);
  }

  @FieldResolver(() => [CitationType], { description: 'The sources that state it.' })
  sources(@Root() p: IEventParticipant, @Ctx() ctx: AtlasContext) {
    return ctx.loaders.citations.load(citationKey('EventParticipant', p.id));
  }
}

@Resolver(() => ActionPlanType)
export class ActionPlanResolver extends SourcedNodeResolver<IActionPlan>(ActionPlanType, 'ActionPlan', 'ActionPlan', (a) => a.id) {
  @FieldResolver(() => OrganisationType, { nullable: true, description: 'Who owns the plan.' })
  owner(@Root() a: IActionPlan) {
    return loadRef(a.owner);
  }

  @FieldResolver(() => RegionType, { nullable: true, description: 'The region the plan is for.' })
  region(@Root() a: IActionPlan) {
    return loadRef(a.region);
  }
}

@Resolver(() => PersonType)
export class PersonResolver extends SourcedNodeResolver<IPerson>(PersonType, 'Person', 'Person', (p) => p.id) {
  @FieldResolver(() => OrganisationType, { nullable: true, description: 'The organisation the source places them in.' })
  organisation(@Root() p: IPerson) {
    return loadRef(p.organisation);
  }
}

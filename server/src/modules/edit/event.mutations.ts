import { randomBytes } from 'node:crypto';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AtlasContext } from '../../common/context.js';
import { toGlobalId } from '../../common/ids.js';
import { slugify } from '../../common/text.js';
import { DATA_WRITERS, requirePartnershipScope, requireRole, writesEverything } from '../auth/auth.policy.js';
import { snapshot } from '../history/history.recorder.js';
import { Event, EventParticipant, type IEvent } from '../activity/activity.entity.js';
import { EventType } from '../activity/activity.type.js';
import { Project } from '../project/project.entity.js';
import { cite, nameSource, type NamedSource } from './citations.js';
import { DeleteInput, DeletePayload } from './edit.inputs.js';
import { EventParticipantInput, CreateEventInput, UpdateEventInput } from './event.inputs.js';
import { municipalityByCode, pointeeOrNull, regionByCode, target } from './lookups.js';
import { party, partnershipKeys } from './participants.js';
import { created, deleting } from './record.js';
import { badInput, conflict, validateNested } from './validators.js';
import { checkVersion, notNull, runWrite, type Write } from './write.js';

const parentOf = (e: { id: number }) => ({ type: 'Event', id: e.id });

async function participantList(w: Write, eventId: number): Promise<string[]> {
  const rows = await w.tx.find(EventParticipant, { event: eventId }, { orderBy: { id: 'asc' } });
  return rows.map((p) => `${p.organisation ? `Organisation:${p.organisation.id}` : `Partnership:${p.partnership!.id}`}:${p.role}`).sort();
}

/** A PARTNERSHIP_EDITOR works only on events one of their partnerships takes part in. */
async function requireEventInScope(w: Write, event: IEvent) {
  if (writesEverything(w.viewer)) return;
  const rows = await w.tx.find(EventParticipant, { event: event.id, partnership: { $ne: null } });
  requirePartnershipScope(
    w.viewer,
    rows.map((r) => r.partnership!.id),
    'change events',
  );
}

async function validateParticipants(list: EventParticipantInput[] | null | undefined) {
  for (const [i, p] of (list ?? []).entries()) await validateNested(p, `participants.${i}`);
}

/** Replaces the event's participants with `list`, recording each removed and added one. */
async function setParticipants(w: Write, event: IEvent, list: EventParticipantInput[], named: NamedSource) {
  const existing = await w.tx.find(EventParticipant, { event: event.id });
  const wanted: { organisationId: number | null; partnershipId: number | null; role: string; entity: Awaited<ReturnType<typeof party>> }[] =
    [];
  for (const [i, p] of list.entries()) {
    const entity = await party(w, p, `participants.${i}.`);
    const item = { organisationId: entity.organisation?.id ?? null, partnershipId: entity.partnership?.id ?? null, role: p.role, entity };
    if (wanted.some((x) => x.organisationId === item.organisationId && x.partnershipId === item.partnershipId && x.role === item.role)) {
      throw badInput(`participants.${i}`, 'is listed twice');
    }
    wanted.push(item);
  }
  const same = (e: (typeof existing)[number], x: (typeof wanted)[number]) =>
    (e.organisation?.id ?? null) === x.organisationId && (e.partnership?.id ?? null) === x.partnershipId && e.role === x.role;
  for (const e of existing.filter((e) => !wanted.some((x) => same(e, x)))) {
    await deleting(w, 'EventParticipant', e, parentOf(event));
    w.tx.remove(e);
  }
  await w.tx.flush();
  for (const x of wanted.filter((x) => !existing.some((e) => same(e, x)))) {
    const p = w.tx.create(EventParticipant, {
      event,
      organisation: x.entity.organisation,
      partnership: x.entity.partnership,
      role: x.role as EventParticipantInput['role'],
    });
    await w.tx.flush();
    await created(w, 'EventParticipant', p, named, parentOf(event));
  }
}

function checkPlace(municipality: { code: string; region: { code: string } } | null, region: { code: string } | null) {
  if (municipality && region && municipality.region.code !== region.code) {
    throw badInput('regionCode', `the municipality ${municipality.code} lies in region ${municipality.region.code}, not ${region.code}`);
  }
}

@Resolver()
export class EventMutations {
  @Mutation(() => EventType, {
    description: 'Adds an event with its participants. EDITOR, ADMIN, or a PARTNERSHIP_EDITOR whose partnership takes part.',
  })
  async createEvent(@Arg('input', () => CreateEventInput) input: CreateEventInput, @Ctx() ctx: AtlasContext): Promise<IEvent> {
    const viewer = requireRole(ctx, DATA_WRITERS, 'create events');
    await validateParticipants(input.participants);
    requirePartnershipScope(
      viewer,
      partnershipKeys(input.participants ?? [], 'participants.'),
      'add events (list one of your partnerships as a participant)',
    );
    return runWrite(ctx, viewer, async (w) => {
      const named = await nameSource(w, input.source);
      const key = input.key ?? `${slugify(input.name).slice(0, 100).replace(/-+$/, '') || 'event'}-${randomBytes(3).toString('hex')}`;
      if (await w.tx.count(Event, { key })) throw conflict(`An event with the key "${key}" already exists`, { field: 'key' });
      const municipality = await municipalityByCode(w, input.municipalityCode, 'municipalityCode');
      const region = await regionByCode(w, input.regionCode, 'regionCode');
      checkPlace(municipality, region);
      const event = w.tx.create(Event, {
        key,
        name: input.name,
        kind: input.kind,
        project: await pointeeOrNull(w, Project, input.projectId, 'Project', 'projectId'),
        startDate: input.startDate ?? null,
        endDate: input.endDate ?? null,
        dateApproximate: input.dateApproximate ?? false,
        place: input.place ?? null,
        country: input.country ?? (municipality ? 'SE' : null),
        municipality,
        region,
        timesPerYear: input.timesPerYear ?? null,
        visitorCountries: input.visitorCountries ?? null,
        description: input.description ?? null,
      });
      await w.tx.flush();
      await created(w, 'Event', event, named);
      await setParticipants(w, event, input.participants ?? [], named);
      return event;
    });
  }

  @Mutation(() => EventType, {
    description:
      'Changes an event (and, when given, replaces its participants). EDITOR, ADMIN, or a PARTNERSHIP_EDITOR whose partnership takes part.',
  })
  async updateEvent(@Arg('input', () => UpdateEventInput) input: UpdateEventInput, @Ctx() ctx: AtlasContext): Promise<IEvent> {
    const viewer = requireRole(ctx, DATA_WRITERS, 'change events');
    await validateParticipants(input.participants);
    if (input.participants)
      requirePartnershipScope(
        viewer,
        partnershipKeys(input.participants, 'participants.'),
        'change events (keep one of your partnerships as a participant)',
      );
    return runWrite(ctx, viewer, async (w) => {
      const event = await target(w, Event, input.id, 'Event');
      await requireEventInScope(w, event);
      checkVersion(event, input.version, `The event "${event.name}"`);
      const named = await nameSource(w, input.source);
      const before = snapshot(event, { participants: await participantList(w, event.id) });
      const startDate = input.startDate === undefined ? (event.startDate ?? null) : input.startDate;
      const endDate = input.endDate === undefined ? (event.endDate ?? null) : input.endDate;
      if (startDate && endDate && endDate < startDate) throw badInput('endDate', 'must not be before startDate');
      const municipality =
        input.municipalityCode === undefined
          ? await municipalityByCode(w, event.municipality?.code, 'municipalityCode')
          : await municipalityByCode(w, input.municipalityCode, 'municipalityCode');
      const region =
        input.regionCode === undefined
          ? await regionByCode(w, event.region?.code, 'regionCode')
          : await regionByCode(w, input.regionCode, 'regionCode');
      checkPlace(municipality, region);
      w.tx.assign(event, {
        name: notNull(input.name, 'name') ?? event.name,
        kind: notNull(input.kind, 'kind') ?? event.kind,
        project: input.projectId === undefined ? event.project : await pointeeOrNull(w, Project, input.projectId, 'Project', 'projectId'),
        startDate,
        endDate,
        dateApproximate: input.dateApproximate ?? event.dateApproximate,
        place: input.place === undefined ? event.place : input.place,
        country: input.country === undefined ? event.country : input.country,
        municipality,
        region,
        timesPerYear: input.timesPerYear === undefined ? event.timesPerYear : input.timesPerYear,
        visitorCountries: input.visitorCountries === undefined ? event.visitorCountries : input.visitorCountries,
        description: input.description === undefined ? event.description : input.description,
      });
      await w.tx.flush();
      if (input.participants) await setParticipants(w, event, input.participants, named);
      const participants = await participantList(w, event.id);
      if (JSON.stringify(participants) !== JSON.stringify(before.participants)) {
        event.updatedAt = new Date(); // who took part is part of the record: a new version
        await w.tx.flush();
      }
      const after = snapshot(event, { participants });
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        await w.history.record({ entityType: 'Event', entityId: event.id, action: 'UPDATE', before, after, sourceKey: named.source.key });
      }
      await cite(w, named, 'Event', event.id);
      return event;
    });
  }

  @Mutation(() => DeletePayload, {
    description: 'Deletes an event with its participants. EDITOR, ADMIN, or a PARTNERSHIP_EDITOR whose partnership takes part.',
  })
  async deleteEvent(@Arg('input', () => DeleteInput) input: DeleteInput, @Ctx() ctx: AtlasContext): Promise<DeletePayload> {
    const viewer = requireRole(ctx, DATA_WRITERS, 'delete events');
    return runWrite(ctx, viewer, async (w) => {
      const event = await target(w, Event, input.id, 'Event');
      await requireEventInScope(w, event);
      if (input.version) checkVersion(event, input.version, `The event "${event.name}"`);
      const alsoDeleted: string[] = [];
      for (const p of await w.tx.find(EventParticipant, { event: event.id })) {
        await deleting(w, 'EventParticipant', p, parentOf(event));
        alsoDeleted.push(`EventParticipant:${p.id}`);
        w.tx.remove(p);
      }
      await deleting(w, 'Event', event);
      w.tx.remove(event);
      await w.tx.flush();
      return { deletedId: toGlobalId('Event', event.id), alsoDeleted };
    });
  }
}

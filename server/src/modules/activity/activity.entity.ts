import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BaseSchema } from '../../common/base.entity.js';
import { EVENT_KINDS, EVENT_ROLES } from '../../common/enums.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { Project } from '../project/project.entity.js';
import { Municipality, Region } from '../region/region.entity.js';

/** An action plan for ASF work: its owner, period and number of activities, as far as reported. */
export const ActionPlan = defineEntity({
  name: 'ActionPlan',
  extends: BaseSchema,
  properties: {
    key: p.string().length(120).unique(),
    name: p.string().length(200),
    owner: () => p.manyToOne(Organisation).ref().nullable().deleteRule('restrict'),
    region: () => p.manyToOne(Region).ref().nullable().deleteRule('restrict'),
    activityCount: p.integer().nullable(),
    periodYears: p.integer().nullable(),
    adoptedYear: p.integer().nullable(),
    adoptedApproximate: p.boolean().default(false),
    description: p.text().nullable(),
  },
  checks: [{ name: 'action_plan_activity_count_non_negative', expression: 'activity_count is null or activity_count >= 0' }],
});
export type IActionPlan = InferEntity<typeof ActionPlan>;

/** A meeting, study visit, dinner or recurring meeting, with date and place. */
export const Event = defineEntity({
  name: 'Event',
  extends: BaseSchema,
  properties: {
    key: p.string().length(120).unique(),
    name: p.string().length(200),
    kind: p.enum(EVENT_KINDS),
    project: () => p.manyToOne(Project).ref().index().nullable().deleteRule('set null'),
    startDate: p.date().nullable(),
    endDate: p.date().nullable(),
    dateApproximate: p.boolean().default(false),
    place: p.string().length(200).nullable(),
    country: p.string().length(2).nullable(),
    municipality: () => p.manyToOne(Municipality).ref().nullable().deleteRule('restrict'),
    region: () => p.manyToOne(Region).ref().nullable().deleteRule('restrict'),
    /** For a recurring meeting: how many times a year. */
    timesPerYear: p.integer().nullable(),
    /** Countries the visitors came from, as the source lists them (ISO 3166-1 alpha-2, GB-SCT for Scotland). */
    visitorCountries: p.array().nullable(),
    description: p.text().nullable(),
    participants: () => p.oneToMany(EventParticipant).mappedBy('event'),
  },
  checks: [{ name: 'event_dates_ordered', expression: 'end_date is null or start_date is null or start_date <= end_date' }],
});
export type IEvent = InferEntity<typeof Event>;

/** An organisation, or a whole partnership, at an event: host, visited, participant, organiser. */
export const EventParticipant = defineEntity({
  name: 'EventParticipant',
  extends: BaseSchema,
  properties: {
    event: () => p.manyToOne(Event).ref().deleteRule('cascade'),
    organisation: () => p.manyToOne(Organisation).ref().index().nullable().deleteRule('restrict'),
    partnership: () => p.manyToOne(Partnership).ref().nullable().deleteRule('restrict'),
    role: p.enum(EVENT_ROLES),
  },
  uniques: [{ properties: ['event', 'organisation', 'partnership', 'role'] }],
  checks: [{ name: 'event_participant_one_party', expression: '(organisation_id is null) <> (partnership_id is null)' }],
});
export type IEventParticipant = InferEntity<typeof EventParticipant>;

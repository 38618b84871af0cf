import { describe, expect, it } from 'vitest';
import { changedValues } from '../../lib/formValues';
import {
  emptyEventDraft,
  eventDraft,
  partnershipDraft,
  participantsWithRole,
  readEventDraft,
  readPartnershipDraft,
} from './partnershipDraft';

const say = (problem: string) => problem;

describe('partnershipDraft', () => {
  it('reads a partnership and sends only what changed; an empty region or coordinator clears it', () => {
    const draft = partnershipDraft({
      name: 'Partnerskap för sociala innovationer',
      description: null,
      region: { code: '18' },
      coordinator: { id: 'T3JnOjc' },
      started: { date: '2015-01-01', approximate: true },
    });
    expect(draft).toEqual({
      name: 'Partnerskap för sociala innovationer',
      description: '',
      regionCode: '18',
      coordinatorId: 'T3JnOjc',
      startedOn: '2015-01-01',
      startedApproximate: true,
    });
    const read = readPartnershipDraft({ ...draft, regionCode: '', coordinatorId: '', startedOn: '2016-03-01' }, say);
    if (!read.ok) throw new Error('expected ok');
    expect(changedValues(read.values, ['regionCode', 'coordinatorId', 'startedOn'])).toEqual({
      regionCode: null,
      coordinatorId: null,
      startedOn: '2016-03-01',
    });
    const wrong = readPartnershipDraft({ ...draft, name: '', startedOn: '2016-13-01' }, say);
    expect(!wrong.ok && Object.keys(wrong.fields).sort()).toEqual(['name', 'startedOn']);
  });
});

describe('eventDraft', () => {
  it('reads a new event, with times per year only as a whole number', () => {
    const read = readEventDraft(
      { ...emptyEventDraft, name: ' Studiebesök i Glasgow ', kind: 'STUDY_VISIT', startDate: '2018-05-14', role: 'HOST' },
      say,
      'times',
    );
    expect(read).toEqual({
      ok: true,
      values: {
        name: 'Studiebesök i Glasgow',
        kind: 'STUDY_VISIT',
        startDate: '2018-05-14',
        endDate: null,
        dateApproximate: false,
        timesPerYear: null,
        place: null,
        description: null,
        role: 'HOST',
      },
    });
    const times = readEventDraft(
      { ...emptyEventDraft, name: 'Nätverksträff', kind: 'RECURRING_MEETING', timesPerYear: '4,5' },
      say,
      'times',
    );
    expect(!times.ok && times.fields.timesPerYear?.[0]?.message).toBe('times');
    const order = readEventDraft({ ...emptyEventDraft, name: 'x', startDate: '2018-05-14', endDate: '2018-05-13' }, say, 'times');
    expect(!order.ok && order.fields.endDate?.[0]?.message).toBe('dateOrder');
  });

  it('reads an event into form values', () => {
    expect(
      eventDraft(
        {
          name: 'Middag',
          kind: 'DINNER',
          description: null,
          place: 'Örebro',
          timesPerYear: null,
          start: { date: '2017-01-01', approximate: true },
          end: null,
        },
        'ORGANISER',
      ),
    ).toEqual({
      name: 'Middag',
      kind: 'DINNER',
      startDate: '2017-01-01',
      endDate: '',
      dateApproximate: true,
      timesPerYear: '',
      place: 'Örebro',
      description: '',
      role: 'ORGANISER',
    });
  });
});

describe('participantsWithRole', () => {
  const participants = [
    { role: 'HOST' as const, organisation: { id: 'org-1' }, partnership: null },
    { role: 'PARTICIPANT' as const, organisation: null, partnership: { id: 'p-1' } },
    { role: 'VISITED' as const, organisation: null, partnership: { id: 'p-2' } },
  ];

  it('changes only this partnership’s role and keeps everyone else', () => {
    expect(participantsWithRole(participants, 'p-1', 'PARTICIPANT', 'ORGANISER')).toEqual([
      { organisationId: 'org-1', role: 'HOST' },
      { partnershipId: 'p-1', role: 'ORGANISER' },
      { partnershipId: 'p-2', role: 'VISITED' },
    ]);
  });

  it('adds the partnership when it is not listed, and lists nobody twice', () => {
    expect(participantsWithRole([...participants, participants[0]!], 'p-3', 'PARTICIPANT', 'HOST')).toEqual([
      { organisationId: 'org-1', role: 'HOST' },
      { partnershipId: 'p-1', role: 'PARTICIPANT' },
      { partnershipId: 'p-2', role: 'VISITED' },
      { partnershipId: 'p-3', role: 'HOST' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { changedValues } from '../../lib/formValues';
import { projectDraft, projectDraftFromSnapshot, readProjectDraft } from './projectDraft';

const say = (problem: string) => problem;

const project = {
  name: 'All In',
  description: null,
  status: 'COMPLETED' as const,
  start: { date: '2017-01-01', approximate: true },
  end: null,
  owner: { id: 'T3JnOjE' },
};

describe('projectDraft', () => {
  it('reads a project into form values and back, unchanged', () => {
    const draft = projectDraft(project);
    expect(draft).toEqual({
      name: 'All In',
      description: '',
      startDate: '2017-01-01',
      startApproximate: true,
      endDate: '',
      endApproximate: false,
      status: 'COMPLETED',
      ownerId: 'T3JnOjE',
    });
    const read = readProjectDraft(draft, say);
    expect(read).toEqual({
      ok: true,
      values: {
        name: 'All In',
        description: null,
        startDate: '2017-01-01',
        startApproximate: true,
        endDate: null,
        endApproximate: false,
        status: 'COMPLETED',
        ownerId: 'T3JnOjE',
      },
    });
  });

  it('sends only the changed fields: a new period with its flags', () => {
    const draft = { ...projectDraft(project), endDate: '2019-06-30', endApproximate: true, ownerId: '' };
    const read = readProjectDraft(draft, say);
    if (!read.ok) throw new Error('expected ok');
    expect(changedValues(read.values, ['endDate', 'endApproximate', 'ownerId'])).toEqual({
      endDate: '2019-06-30',
      endApproximate: true,
      ownerId: null,
    });
  });

  it('drops an approximate flag without a date, and names the fields that are wrong', () => {
    const cleared = readProjectDraft({ ...projectDraft(project), startDate: ' ', startApproximate: true }, say);
    expect(cleared.ok && cleared.values.startApproximate).toBe(false);
    const wrong = readProjectDraft({ ...projectDraft(project), name: ' ', startDate: '2019-02-30', endDate: '2016-01-01' }, say);
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(Object.keys(wrong.fields).sort()).toEqual(['name', 'startDate']);
    const order = readProjectDraft({ ...projectDraft(project), endDate: '2016-12-31' }, say);
    expect(!order.ok && order.fields.endDate?.[0]?.message).toBe('dateOrder');
  });

  it('reads the API’s snapshot of a stale record as form values', () => {
    expect(projectDraftFromSnapshot({ name: 'All-In', startDate: '2017-02-01', startApproximate: false, endDate: null, owner: 4 })).toEqual(
      {
        name: 'All-In',
        description: undefined,
        startDate: '2017-02-01',
        startApproximate: false,
        endDate: '',
        endApproximate: undefined,
        status: undefined,
      },
    );
  });
});

import {
  CheckConstraintViolationException,
  ForeignKeyConstraintViolationException,
  UniqueConstraintViolationException,
  type ConstraintViolationException,
} from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Funding } from '../src/modules/funding/funding.entity.js';
import { Organisation } from '../src/modules/organisation/organisation.entity.js';
import { Outcome } from '../src/modules/outcome/outcome.entity.js';
import { Project } from '../src/modules/project/project.entity.js';
import { Municipality } from '../src/modules/region/region.entity.js';
import { seededDatabase, type TestDatabase } from './support/database.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await seededDatabase();
});
afterAll(async () => {
  await t?.close();
});

/** Runs `write` on a fresh EntityManager, flushes, and returns what the database refused with. */
async function refusal(write: (em: TestDatabase['db']['em']) => Promise<void> | void): Promise<ConstraintViolationException> {
  const em = t.db.em.fork();
  try {
    await write(em);
    await em.flush();
  } catch (err) {
    return err as ConstraintViolationException;
  }
  throw new Error('the database accepted the write');
}

describe('the database refuses inconsistent data with an error that names the rule', () => {
  it('a second organisation with an existing slug is a unique violation on organisation_slug_unique', async () => {
    const err = await refusal((em) => {
      em.create(Organisation, {
        name: 'Hällefors kommun (dubblett)',
        slug: 'hallefors-kommun',
        kind: 'MUNICIPALITY',
        searchKey: 'hallefors kommun',
      });
    });
    expect(err).toBeInstanceOf(UniqueConstraintViolationException);
    expect(err.message).toContain('organisation_slug_unique');
  });

  it('municipality 1880 (Örebro) placed in county 01 (Stockholm) is a check violation on municipality_in_its_county', async () => {
    // 1880 exists already (in county 18); PostgreSQL checks CHECK constraints before unique indexes,
    // so the county rule is what objects.
    const err = await refusal((em) => {
      em.create(Municipality, { code: '1880', name: 'Örebro', region: '01', searchKey: 'orebro' });
    });
    expect(err).toBeInstanceOf(CheckConstraintViolationException);
    expect(err.message).toContain('municipality_in_its_county');
  });

  it('a negative funding amount is a check violation on funding_amount_non_negative', async () => {
    const err = await refusal((em) => {
      em.create(Funding, { key: 'negative-test', amount: '-1.00', currency: 'SEK', comparison: 'EXACTLY', approximate: false });
    });
    expect(err).toBeInstanceOf(CheckConstraintViolationException);
    expect(err.message).toContain('funding_amount_non_negative');
  });

  it('an outcome share above 1 is a check violation on outcome_share_range', async () => {
    const err = await refusal(async (em) => {
      const project = await em.findOneOrFail(Project, { slug: 'all-in' });
      em.create(Outcome, {
        project,
        metric: 'JOBS_CREATED',
        kind: 'ACTUAL',
        comparison: 'EXACTLY',
        share: '1.5000',
        shareOf: 'PARTICIPANTS',
      });
    });
    expect(err).toBeInstanceOf(CheckConstraintViolationException);
    expect(err.message).toContain('outcome_share_range');
  });

  it('a municipality in a county that does not exist is a foreign-key violation on municipality_region_code_foreign', async () => {
    const err = await refusal((em) => {
      em.create(Municipality, { code: '1199', name: 'Ingenstans', region: '11', searchKey: 'ingenstans' });
    });
    expect(err).toBeInstanceOf(ForeignKeyConstraintViolationException);
    expect(err.message).toContain('municipality_region_code_foreign');
  });
});

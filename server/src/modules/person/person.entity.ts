import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BaseSchema } from '../../common/base.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';

/** A person quoted or named in a source, in the role the source gives them. */
export const Person = defineEntity({
  name: 'Person',
  extends: BaseSchema,
  properties: {
    key: p.string().length(120).unique(),
    name: p.string().length(200),
    role: p.text().nullable(),
    party: p.string().length(10).nullable(),
    organisation: () => p.manyToOne(Organisation).ref().nullable().deleteRule('set null'),
  },
});
export type IPerson = InferEntity<typeof Person>;

import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { REGION_KINDS } from '../../common/enums.js';
import { Source } from '../source/source.entity.js';
import { ActionPlan } from '../activity/activity.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { comparisonSummaryTriggers } from '../comparison/comparison.triggers.js';

/** A Swedish county (län, code = länskod) or a European partner region (code = NUTS code). */
export const Region = defineEntity({
  name: 'Region',
  properties: {
    code: p.string().length(8).primary(),
    kind: p.enum(REGION_KINDS),
    name: p.string().length(120),
    nameEn: p.string().length(120).nullable(),
    country: p.string().length(2),
    iso31662: p.string().length(8).nullable().unique(),
    nuts: p.string().length(8).nullable(),
    mapId: p.string().length(8).nullable(),
    searchKey: p.text(),
    municipalities: () => p.oneToMany(Municipality).mappedBy('region').orderBy({ name: 'asc' }),
    populations: () => p.oneToMany(RegionPopulation).mappedBy('region').orderBy({ year: 'asc' }),
    partnerships: () => p.oneToMany(Partnership).mappedBy('region'),
    actionPlans: () => p.oneToMany(ActionPlan).mappedBy('region'),
  },
  checks: [{ name: 'region_county_code_check', expression: `kind <> 'COUNTY' or code ~ '^[0-9]{2}$'` }],
});
export type IRegion = InferEntity<typeof Region>;

/** Population of a region on 31 December of a year, with the source stating it. Missing years stay missing. */
export const RegionPopulation = defineEntity({
  name: 'RegionPopulation',
  properties: {
    id: p.integer().primary(),
    region: () => p.manyToOne(Region).ref().deleteRule('cascade'),
    year: p.integer(),
    population: p.integer(),
    source: () => p.manyToOne(Source).ref().deleteRule('restrict'),
  },
  uniques: [{ properties: ['region', 'year'] }],
  checks: [{ name: 'region_population_positive', expression: 'population > 0' }],
});
export type IRegionPopulation = InferEntity<typeof RegionPopulation>;

/** A Swedish municipality (kommun). Its kommunkod's first two digits are its county's länskod. */
export const Municipality = defineEntity({
  name: 'Municipality',
  properties: {
    code: p.string().length(4).primary(),
    name: p.string().length(120),
    region: () => p.manyToOne(Region).ref().index().deleteRule('restrict'),
    searchKey: p.text(),
  },
  checks: [
    {
      name: 'municipality_in_its_county',
      expression: `code ~ '^[0-9]{4}$' and left(code, 2) = region_code`,
    },
  ],
  // marks the stored region comparison summary stale (comparison.triggers.ts)
  triggers: comparisonSummaryTriggers('municipality', ['update']),
});
export type IMunicipality = InferEntity<typeof Municipality>;

import type { EntityManager } from '@mikro-orm/sql';
import { COMPARISONS, MEMBERSHIP_ROLES, ORGANISATION_KINDS, OUTCOME_KINDS, OUTCOME_METRICS, PROJECT_STATUSES } from '../../common/enums.js';
import { searchKey, slugify } from '../../common/text.js';
import { Funding, Programme } from '../funding/funding.entity.js';
import { Organisation, type IOrganisation } from '../organisation/organisation.entity.js';
import { Outcome } from '../outcome/outcome.entity.js';
import { Membership, Partnership } from '../partnership/partnership.entity.js';
import { Project, type IProject } from '../project/project.entity.js';
import { Municipality, Region } from '../region/region.entity.js';
import type { CitationSubject } from '../source/source.entity.js';
import type { ImportKind } from './import.entity.js';
import * as v from './import.values.js';

type Json = Record<string, unknown>;

export interface ColumnSpec {
  /** Canonical (English) header, snake_case. */
  key: string;
  /** Swedish header. */
  sv: string;
  aliases?: string[];
  /** Must be in the header. */
  required?: boolean;
  parse: v.Parser<unknown>;
  description: string;
  example: string;
}

/** One data row, read: the parsed value of every column present (null for an empty cell). */
export interface ReadRow {
  row: number;
  values: Map<string, unknown>;
  raw: Map<string, string>;
}

export interface CellProblem {
  column: string | null;
  message: string;
}

/** What a row means once matched against the database: the record's fields and the record it matches. */
export interface Resolved {
  /** Natural key, for the report and duplicate detection. */
  key: string;
  /** Other keys that must be unique within the file. */
  uniqueKeys: string[];
  /** The record it matches, or null for a new one. */
  existing: (Json & { id: number; version: number }) | null;
  /** Fields given by the row (property names; relations as the key of the record pointed at). */
  fields: Json;
  /** Defaults for a new record. */
  defaults: Json;
  /** Parts of the record beside its own columns (a funding's projects), as [history value, ids to link]. */
  links?: { value: string[]; ids: number[] } | undefined;
  existingLinks?: string[] | undefined;
  parentId?: number | undefined;
}

/** Looks up what rows refer to, a batch at a time, through the given EntityManager (the import's transaction when committing). */
export class Lookups {
  private regions: Set<string> | undefined;
  private municipalities: Map<string, string> | undefined;
  private partnerships: Map<string, number> | undefined;
  private programmes: Map<string, number> | undefined;
  /** Organisations of the current batch by `slug:` and `org:` (organisationsnummer), fully loaded. */
  orgs = new Map<string, IOrganisation>();
  /** Projects of the current batch by slug, fully loaded. */
  projects = new Map<string, IProject>();
  /** Records of the current batch that rows may match, by natural key. */
  existing = new Map<string, Json & { id: number; version: number }>();
  /** A funding's current projects (slugs), by funding key. */
  links = new Map<string, string[]>();

  constructor(readonly em: EntityManager) {}

  async region(code: string) {
    this.regions ??= new Set((await this.em.find(Region, {}, { fields: ['code'] })).map((r) => r.code));
    return this.regions.has(code);
  }

  async municipalityRegion(code: string) {
    this.municipalities ??= new Map(
      (await this.em.find(Municipality, {}, { fields: ['code', 'region'] })).map((m) => [m.code, m.region.code]),
    );
    return this.municipalities.get(code) ?? null;
  }

  async partnership(slug: string) {
    this.partnerships ??= new Map((await this.em.find(Partnership, {}, { fields: ['id', 'slug'] })).map((p) => [p.slug, p.id]));
    return this.partnerships.get(slug) ?? null;
  }

  async programme(slug: string) {
    this.programmes ??= new Map((await this.em.find(Programme, {}, { fields: ['id', 'slug'] })).map((p) => [p.slug, p.id]));
    return this.programmes.get(slug) ?? null;
  }

  /** Loads the organisations a batch refers to (by slug or organisationsnummer) in one query. */
  async loadOrgs(refs: ({ slug: string } | { orgNumber: string })[]) {
    this.orgs.clear();
    const slugs = refs.flatMap((r) => ('slug' in r ? [r.slug] : []));
    const numbers = refs.flatMap((r) => ('orgNumber' in r ? [r.orgNumber] : []));
    if (!slugs.length && !numbers.length) return;
    const rows = await this.em.find(Organisation, { $or: [{ slug: { $in: slugs } }, { orgNumber: { $in: numbers } }] });
    for (const o of rows) {
      this.orgs.set(`slug:${o.slug}`, o);
      if (o.orgNumber) this.orgs.set(`org:${o.orgNumber}`, o);
    }
  }

  org(ref: { slug: string } | { orgNumber: string }) {
    return this.orgs.get('slug' in ref ? `slug:${ref.slug}` : `org:${ref.orgNumber}`) ?? null;
  }

  async loadProjects(slugs: string[]) {
    this.projects.clear();
    if (!slugs.length) return;
    for (const p of await this.em.find(Project, { slug: { $in: slugs } })) this.projects.set(p.slug, p);
  }
}

export interface KindHandler {
  kind: ImportKind;
  /** History and citation subject type; also the entity. */
  type: CitationSubject & ('Organisation' | 'Project' | 'Funding' | 'Outcome' | 'Membership');
  entity: typeof Organisation | typeof Project | typeof Funding | typeof Outcome | typeof Membership;
  parentType?: string;
  columns: ColumnSpec[];
  /** Loads what a batch refers to and the records it matches. */
  prepare(rows: ReadRow[], lookups: Lookups): Promise<void>;
  /** Matches one row (after prepare); cell problems are returned, not thrown. */
  resolve(row: ReadRow, lookups: Lookups, problems: CellProblem[]): Promise<Resolved | null>;
  /** Checks the record as it would be after the import. */
  check(record: Json, problems: CellProblem[]): void;
  /** Derived columns (search key) from the record as it would be. */
  derived?(record: Json): Json;
}

const SOURCE_COLUMNS: ColumnSpec[] = [
  {
    key: 'source',
    sv: 'kalla',
    aliases: ['source_key', 'kallnyckel'],
    parse: v.key,
    description: 'Key of the source stating the row (or give ?source=KEY for the whole file).',
    example: 'seed-003',
  },
  { key: 'quote', sv: 'citat', parse: v.text(2000), description: 'The words of the source that state the row.', example: '' },
];

const ORG_KIND_ALIASES: Record<string, (typeof ORGANISATION_KINDS)[number]> = {
  socialt_foretag: 'SOCIAL_ENTERPRISE',
  arbetsintegrerande_socialt_foretag: 'SOCIAL_ENTERPRISE',
  asf: 'SOCIAL_ENTERPRISE',
  forening: 'ASSOCIATION',
  stiftelse: 'FOUNDATION',
  foretag: 'COMPANY',
  bolag: 'COMPANY',
  kommun: 'MUNICIPALITY',
  region: 'REGIONAL_BODY',
  myndighet: 'GOVERNMENT_AGENCY',
  eu_program: 'EU_PROGRAMME',
  annan: 'OTHER',
  ovrig: 'OTHER',
};

const codeRegion = v.pattern(/^[A-Z0-9]{2,8}$/, 'must be a länskod such as 18 or a NUTS code such as ES51', (s) =>
  s.toUpperCase().padStart(2, '0'),
);
const codeMunicipality = v.pattern(/^\d{4}$/, 'must be a four-digit kommunkod such as 1863', (s) => s.padStart(4, '0'));

function get<T>(row: ReadRow, key: string): T | null | undefined {
  return row.values.has(key) ? (row.values.get(key) as T | null) : undefined;
}

/** Copies present columns to record fields. */
function pick(row: ReadRow, map: Record<string, string>): Json {
  const out: Json = {};
  for (const [column, field] of Object.entries(map)) {
    if (row.values.has(column)) out[field] = row.values.get(column) ?? null;
  }
  return out;
}

async function placeFields(row: ReadRow, lookups: Lookups, problems: CellProblem[]): Promise<Json> {
  const out: Json = {};
  const m = get<string>(row, 'municipality_code');
  const r = get<string>(row, 'region_code');
  if (m !== undefined) {
    if (m !== null && !(await lookups.municipalityRegion(m)))
      problems.push({ column: 'municipality_code', message: `no municipality has the kommunkod ${m}` });
    out.municipality = m;
  }
  if (r !== undefined) {
    if (r !== null && !(await lookups.region(r))) problems.push({ column: 'region_code', message: `no region has the code ${r}` });
    out.region = r;
  }
  return out;
}

const organisations: KindHandler = {
  kind: 'organisations',
  type: 'Organisation',
  entity: Organisation,
  columns: [
    {
      key: 'name',
      sv: 'namn',
      required: true,
      parse: v.text(200),
      description: 'Name exactly as written.',
      example: 'Returverket Hällefors',
    },
    {
      key: 'slug',
      sv: 'kortnamn',
      parse: v.slug,
      description: 'URL-safe unique name; made from the name when empty.',
      example: 'returverket-hallefors',
    },
    {
      key: 'kind',
      sv: 'typ',
      required: true,
      parse: v.oneOf(ORGANISATION_KINDS, ORG_KIND_ALIASES),
      description: `One of ${ORGANISATION_KINDS.join(', ')} (or socialt företag, förening, stiftelse, företag, kommun, region, myndighet).`,
      example: 'SOCIAL_ENTERPRISE',
    },
    {
      key: 'org_number',
      sv: 'organisationsnummer',
      aliases: ['orgnr', 'organisation_number', 'orgnumber'],
      parse: v.orgNumber,
      description: 'Swedish organisationsnummer NNNNNN-NNNN; matches the existing record.',
      example: '556036-0793',
    },
    {
      key: 'municipality_code',
      sv: 'kommunkod',
      aliases: ['municipality'],
      parse: codeMunicipality,
      description: 'Kommunkod where it is located.',
      example: '1863',
    },
    {
      key: 'region_code',
      sv: 'lanskod',
      aliases: ['regionkod', 'region'],
      parse: codeRegion,
      description: 'Länskod or NUTS code, when there is no municipality.',
      example: '',
    },
    {
      key: 'country',
      sv: 'land',
      parse: v.pattern(/^[A-Z]{2}$/, 'must be a two-letter country code such as SE', (s) => s.toUpperCase()),
      description: 'ISO country code; SE with a municipality.',
      example: 'SE',
    },
    {
      key: 'url',
      sv: 'webbplats',
      aliases: ['hemsida', 'website'],
      parse: v.url,
      description: 'Web address.',
      example: 'https://example.org',
    },
    { key: 'description', sv: 'beskrivning', parse: v.text(5000), description: 'What it is.', example: '' },
    {
      key: 'legal_form',
      sv: 'juridisk_form',
      aliases: ['foretagsform'],
      parse: v.text(120),
      description: 'Enterprise profile: legal form (social enterprises only).',
      example: 'Ekonomisk förening',
    },
    {
      key: 'business_line',
      sv: 'affarsverksamhet',
      aliases: ['verksamhet'],
      parse: v.text(5000),
      description: 'Enterprise profile: what it sells.',
      example: 'Second hand',
    },
    {
      key: 'integration_line',
      sv: 'integrationsverksamhet',
      aliases: ['arbetsintegrering'],
      parse: v.text(5000),
      description: 'Enterprise profile: how it helps people into work.',
      example: 'Arbetsträning',
    },
    ...SOURCE_COLUMNS,
  ],
  async prepare(rows, lookups) {
    const refs = rows.flatMap((r) => {
      const out: ({ slug: string } | { orgNumber: string })[] = [];
      const n = get<string>(r, 'org_number');
      if (n) out.push({ orgNumber: n });
      const name = get<string>(r, 'name');
      const s = get<string>(r, 'slug') ?? (name ? slugify(name) : null);
      if (s) out.push({ slug: s });
      return out;
    });
    await lookups.loadOrgs(refs);
  },
  async resolve(row, lookups, problems) {
    const name = get<string>(row, 'name');
    const givenSlug = get<string>(row, 'slug') ?? null;
    const orgNumber = get<string>(row, 'org_number') ?? null;
    const slug = givenSlug ?? (name ? slugify(name) : '');
    if (!slug) {
      problems.push({ column: 'slug', message: 'give a slug: none can be made from the name' });
      return null;
    }
    let match = orgNumber ? lookups.org({ orgNumber }) : null;
    if (match && givenSlug && match.slug !== givenSlug) {
      problems.push({ column: 'slug', message: `the organisation with organisationsnummer ${orgNumber} has the slug ${match.slug}` });
    }
    if (!match) {
      match = lookups.org({ slug });
      if (match && orgNumber && match.orgNumber && match.orgNumber !== orgNumber) {
        problems.push({ column: 'org_number', message: `the organisation ${slug} has the organisationsnummer ${match.orgNumber}` });
      }
    }
    const fields = pick(row, {
      name: 'name',
      kind: 'kind',
      org_number: 'orgNumber',
      country: 'country',
      url: 'url',
      description: 'description',
      legal_form: 'legalForm',
      business_line: 'businessLine',
      integration_line: 'integrationLine',
    });
    if (!match || givenSlug) fields.slug = slug;
    Object.assign(fields, await placeFields(row, lookups, problems));
    return {
      key: orgNumber ?? slug,
      uniqueKeys: [`slug:${match?.slug ?? slug}`, ...(orgNumber ? [`org:${orgNumber}`] : [])],
      existing: match as Resolved['existing'],
      fields,
      defaults: {
        orgNumber: null,
        municipality: null,
        region: null,
        country: fields.municipality ? 'SE' : null,
        url: null,
        description: null,
        legalForm: null,
        businessLine: null,
        integrationLine: null,
      },
    };
  },
  check(r, problems) {
    if (r.kind !== 'SOCIAL_ENTERPRISE') {
      for (const [field, column] of [
        ['legalForm', 'legal_form'],
        ['businessLine', 'business_line'],
        ['integrationLine', 'integration_line'],
      ] as const) {
        if (r[field]) problems.push({ column, message: 'only a social enterprise (kind SOCIAL_ENTERPRISE) has an enterprise profile' });
      }
    }
  },
  derived: (r) => ({ searchKey: searchKey(String(r.name)) }),
};

const projects: KindHandler = {
  kind: 'projects',
  type: 'Project',
  entity: Project,
  columns: [
    { key: 'name', sv: 'namn', required: true, parse: v.text(200), description: 'Name exactly as written.', example: 'All in' },
    {
      key: 'slug',
      sv: 'kortnamn',
      parse: v.slug,
      description: 'URL-safe unique name; matches the existing record; made from the name when empty.',
      example: 'all-in',
    },
    { key: 'description', sv: 'beskrivning', parse: v.text(5000), description: 'What the project does.', example: '' },
    { key: 'start_date', sv: 'startdatum', parse: v.date, description: 'Start, YYYY-MM-DD.', example: '2017-09-01' },
    { key: 'start_approximate', sv: 'start_ungefarlig', parse: v.bool, description: 'ja/nej: the start is approximate.', example: 'ja' },
    { key: 'end_date', sv: 'slutdatum', parse: v.date, description: 'End, YYYY-MM-DD, not before the start.', example: '2020-05-31' },
    { key: 'end_approximate', sv: 'slut_ungefarlig', parse: v.bool, description: 'ja/nej: the end is approximate.', example: 'nej' },
    {
      key: 'status',
      sv: 'status',
      parse: v.oneOf(PROJECT_STATUSES, {
        planerad: 'PLANNED',
        pagaende: 'ACTIVE',
        aktiv: 'ACTIVE',
        avslutad: 'COMPLETED',
        okand: 'UNKNOWN',
      }),
      description: `One of ${PROJECT_STATUSES.join(', ')}.`,
      example: 'COMPLETED',
    },
    {
      key: 'owner',
      sv: 'agare',
      aliases: ['projektagare', 'owner_slug'],
      parse: v.orgRef,
      description: 'Owning organisation: slug or organisationsnummer.',
      example: 'hallefors-kommun',
    },
    ...SOURCE_COLUMNS,
  ],
  async prepare(rows, lookups) {
    await lookups.loadOrgs(
      rows.flatMap((r) => {
        const o = get<{ slug: string } | { orgNumber: string }>(r, 'owner');
        return o ? [o] : [];
      }),
    );
    await lookups.loadProjects(
      rows.flatMap((r) => {
        const n = get<string>(r, 'name');
        const s = get<string>(r, 'slug') ?? (n ? slugify(n) : null);
        return s ? [s] : [];
      }),
    );
  },
  async resolve(row, lookups, problems) {
    const name = get<string>(row, 'name');
    const slug = get<string>(row, 'slug') ?? (name ? slugify(name) : '');
    if (!slug) {
      problems.push({ column: 'slug', message: 'give a slug: none can be made from the name' });
      return null;
    }
    const fields = pick(row, {
      name: 'name',
      description: 'description',
      start_date: 'startDate',
      start_approximate: 'startApproximate',
      end_date: 'endDate',
      end_approximate: 'endApproximate',
      status: 'status',
    });
    fields.slug = slug;
    const owner = get<{ slug: string } | { orgNumber: string }>(row, 'owner');
    if (owner !== undefined) {
      const found = owner ? lookups.org(owner) : null;
      if (owner && !found)
        problems.push({
          column: 'owner',
          message: `no organisation ${'slug' in owner ? `with the slug ${owner.slug}` : `with the organisationsnummer ${owner.orgNumber}`}`,
        });
      fields.owner = found?.id ?? null;
    }
    return {
      key: slug,
      uniqueKeys: [`slug:${slug}`],
      existing: (lookups.projects.get(slug) ?? null) as Resolved['existing'],
      fields,
      defaults: {
        description: null,
        startDate: null,
        startApproximate: false,
        endDate: null,
        endApproximate: false,
        status: 'UNKNOWN',
        owner: null,
      },
    };
  },
  check(r, problems) {
    if (r.startDate && r.endDate && String(r.endDate) < String(r.startDate))
      problems.push({ column: 'end_date', message: 'must not be before start_date' });
  },
  derived: (r) => ({ searchKey: searchKey(String(r.name)) }),
};

const fundings: KindHandler = {
  kind: 'fundings',
  type: 'Funding',
  entity: Funding,
  columns: [
    {
      key: 'key',
      sv: 'nyckel',
      required: true,
      parse: v.key,
      description: 'Stable key of the funding; matches the existing record.',
      example: 'all-in-total-cost',
    },
    {
      key: 'funder',
      sv: 'finansiar',
      parse: v.orgRef,
      description: 'Funding organisation: slug or organisationsnummer; empty when not named.',
      example: 'tillvaxtverket',
    },
    { key: 'programme', sv: 'program', parse: v.slug, description: 'Programme slug.', example: '' },
    {
      key: 'amount',
      sv: 'belopp',
      parse: v.decimal(2, 16),
      description: 'Exact amount ≥ 0 (decimal comma accepted); empty when not reported.',
      example: '50000000',
    },
    {
      key: 'currency',
      sv: 'valuta',
      parse: v.pattern(/^[A-Z]{3}$/, 'must be a three-letter currency code such as SEK', (s) => s.toUpperCase()),
      description: 'ISO 4217 code; SEK when empty.',
      example: 'SEK',
    },
    {
      key: 'comparison',
      sv: 'jamforelse',
      parse: v.oneOf(COMPARISONS, { exakt: 'EXACTLY', cirka: 'APPROXIMATELY', hogst: 'AT_MOST', minst: 'AT_LEAST', nastan: 'NEARLY' }),
      description: `One of ${COMPARISONS.join(', ')}.`,
      example: 'EXACTLY',
    },
    { key: 'approximate', sv: 'ungefarlig', parse: v.bool, description: 'ja/nej: reported as approximate.', example: 'nej' },
    { key: 'year_from', sv: 'fran_ar', parse: v.int(1900, 2100), description: 'First year covered.', example: '2017' },
    { key: 'year_to', sv: 'till_ar', parse: v.int(1900, 2100), description: 'Last year covered.', example: '2020' },
    { key: 'note', sv: 'anteckning', parse: v.text(5000), description: 'What the source adds.', example: '' },
    {
      key: 'projects',
      sv: 'projekt',
      required: true,
      parse: v.slugList,
      description: 'Slugs of the projects the one amount covers together, separated by |.',
      example: 'all-in',
    },
    ...SOURCE_COLUMNS,
  ],
  async prepare(rows, lookups) {
    await lookups.loadOrgs(
      rows.flatMap((r) => {
        const o = get<{ slug: string } | { orgNumber: string }>(r, 'funder');
        return o ? [o] : [];
      }),
    );
    await lookups.loadProjects([...new Set(rows.flatMap((r) => get<string[]>(r, 'projects') ?? []))]);
    lookups.existing.clear();
    lookups.links.clear();
    const keys = rows.flatMap((r) => {
      const k = get<string>(r, 'key');
      return k ? [k] : [];
    });
    for (const f of await lookups.em.find(Funding, { key: { $in: keys } }, { populate: ['projects'] })) {
      lookups.existing.set(f.key, f as unknown as Json & { id: number; version: number });
      lookups.links.set(
        f.key,
        f.projects
          .getItems()
          .map((p) => p.slug)
          .sort(),
      );
    }
  },
  async resolve(row, lookups, problems) {
    const key = get<string>(row, 'key');
    if (!key) {
      problems.push({ column: 'key', message: 'is required' });
      return null;
    }
    const fields = pick(row, {
      amount: 'amount',
      currency: 'currency',
      comparison: 'comparison',
      approximate: 'approximate',
      year_from: 'yearFrom',
      year_to: 'yearTo',
      note: 'note',
    });
    if (fields.currency === null) fields.currency = 'SEK';
    if (fields.comparison === null) fields.comparison = 'EXACTLY';
    if (fields.approximate === null) fields.approximate = false;
    fields.key = key;
    const funder = get<{ slug: string } | { orgNumber: string }>(row, 'funder');
    if (funder !== undefined) {
      const found = funder ? lookups.org(funder) : null;
      if (funder && !found)
        problems.push({
          column: 'funder',
          message: `no organisation ${'slug' in funder ? `with the slug ${funder.slug}` : `with the organisationsnummer ${funder.orgNumber}`}`,
        });
      fields.funder = found?.id ?? null;
    }
    const programme = get<string>(row, 'programme');
    if (programme !== undefined) {
      const id = programme ? await lookups.programme(programme) : null;
      if (programme && !id) problems.push({ column: 'programme', message: `no programme with the slug ${programme}` });
      fields.programme = id;
    }
    const slugs = get<string[]>(row, 'projects') ?? [];
    if (!slugs.length) problems.push({ column: 'projects', message: 'a funding covers at least one project' });
    const ids: number[] = [];
    for (const s of slugs) {
      const project = lookups.projects.get(s);
      if (!project) problems.push({ column: 'projects', message: `no project with the slug ${s}` });
      else ids.push(project.id);
    }
    const existingLinks = lookups.links.get(key);
    return {
      key,
      uniqueKeys: [`key:${key}`],
      existing: lookups.existing.get(key) ?? null,
      fields,
      defaults: {
        funder: null,
        programme: null,
        amount: null,
        currency: 'SEK',
        comparison: 'EXACTLY',
        approximate: false,
        yearFrom: null,
        yearTo: null,
        note: null,
      },
      links: { value: [...slugs].sort(), ids },
      existingLinks,
    };
  },
  check(r, problems) {
    if (
      r.yearFrom !== null &&
      r.yearTo !== null &&
      r.yearFrom !== undefined &&
      r.yearTo !== undefined &&
      Number(r.yearTo) < Number(r.yearFrom)
    ) {
      problems.push({ column: 'year_to', message: 'must not be before year_from' });
    }
  },
};

const outcomes: KindHandler = {
  kind: 'outcomes',
  type: 'Outcome',
  entity: Outcome,
  parentType: 'Project',
  columns: [
    { key: 'project', sv: 'projekt', required: true, parse: v.slug, description: 'Project slug.', example: 'all-in' },
    {
      key: 'metric',
      sv: 'matt',
      aliases: ['matvarde', 'metric_name'],
      required: true,
      parse: v.oneOf(OUTCOME_METRICS, {
        deltagare: 'PARTICIPANTS',
        deltagare_kvinnor: 'PARTICIPANTS_WOMEN',
        till_arbete: 'INTO_WORK',
        nya_jobb: 'JOBS_CREATED',
        stottade_foretag: 'ENTERPRISES_SUPPORTED',
        anstallda: 'STAFF',
      }),
      description: `One of ${OUTCOME_METRICS.join(', ')}.`,
      example: 'INTO_WORK',
    },
    {
      key: 'kind',
      sv: 'typ',
      required: true,
      parse: v.oneOf(OUTCOME_KINDS, { mal: 'TARGET', utfall: 'ACTUAL' }),
      description: 'TARGET (mål) or ACTUAL (utfall).',
      example: 'ACTUAL',
    },
    {
      key: 'comparison',
      sv: 'jamforelse',
      parse: v.oneOf(COMPARISONS, { exakt: 'EXACTLY', cirka: 'APPROXIMATELY', hogst: 'AT_MOST', minst: 'AT_LEAST', nastan: 'NEARLY' }),
      description: `One of ${COMPARISONS.join(', ')}; EXACTLY when empty.`,
      example: 'EXACTLY',
    },
    { key: 'value', sv: 'varde', parse: v.decimal(2, 12), description: 'The number (decimal comma accepted).', example: '390' },
    { key: 'share', sv: 'andel', parse: v.decimal(4, 1), description: 'A share 0–1 of share_of, instead of a number.', example: '' },
    { key: 'share_of', sv: 'andel_av', parse: v.oneOf(OUTCOME_METRICS), description: 'The metric the share is of.', example: '' },
    { key: 'period_start', sv: 'period_fran', parse: v.date, description: 'Start of the period, YYYY-MM-DD.', example: '' },
    { key: 'period_end', sv: 'period_till', parse: v.date, description: 'End of the period, YYYY-MM-DD.', example: '' },
    { key: 'note', sv: 'anteckning', parse: v.text(5000), description: 'What the source adds.', example: '' },
    ...SOURCE_COLUMNS,
  ],
  async prepare(rows, lookups) {
    await lookups.loadProjects([
      ...new Set(
        rows.flatMap((r) => {
          const p = get<string>(r, 'project');
          return p ? [p] : [];
        }),
      ),
    ]);
    lookups.existing.clear();
    const ids = [...lookups.projects.values()].map((p) => p.id);
    for (const o of await lookups.em.find(Outcome, { project: { $in: ids } })) {
      lookups.existing.set(`${o.project.id}|${o.metric}|${o.kind}|${o.comparison}`, o as unknown as Json & { id: number; version: number });
    }
  },
  async resolve(row, lookups, problems) {
    const slug = get<string>(row, 'project');
    const metric = get<string>(row, 'metric');
    const kind = get<string>(row, 'kind');
    const comparison = get<string>(row, 'comparison') ?? 'EXACTLY';
    if (!slug) problems.push({ column: 'project', message: 'is required' });
    if (!metric) problems.push({ column: 'metric', message: 'is required' });
    if (!kind) problems.push({ column: 'kind', message: 'is required' });
    if (!slug || !metric || !kind) return null;
    const project = lookups.projects.get(slug)?.id;
    if (!project) {
      problems.push({ column: 'project', message: `no project with the slug ${slug}` });
      return null;
    }
    const fields = pick(row, {
      value: 'value',
      share: 'share',
      share_of: 'shareOf',
      period_start: 'periodStart',
      period_end: 'periodEnd',
      note: 'note',
    });
    Object.assign(fields, { project, metric, kind, comparison });
    return {
      key: `${slug}|${metric}|${kind}|${comparison}`,
      uniqueKeys: [`${slug}|${metric}|${kind}|${comparison}`],
      existing: lookups.existing.get(`${project}|${metric}|${kind}|${comparison}`) ?? null,
      fields,
      defaults: { value: null, share: null, shareOf: null, periodStart: null, periodEnd: null, note: null },
      parentId: project,
    };
  },
  check(r, problems) {
    if (r.share !== null && r.share !== undefined && Number(r.share) > 1)
      problems.push({ column: 'share', message: 'must be between 0 and 1' });
    if ((r.value === null || r.value === undefined) && (r.share === null || r.share === undefined || !r.shareOf)) {
      problems.push({ column: 'value', message: 'give a value, or a share together with share_of' });
    }
    if (r.periodStart && r.periodEnd && String(r.periodEnd) < String(r.periodStart))
      problems.push({ column: 'period_end', message: 'must not be before period_start' });
  },
};

const memberships: KindHandler = {
  kind: 'memberships',
  type: 'Membership',
  entity: Membership,
  parentType: 'Partnership',
  columns: [
    {
      key: 'partnership',
      sv: 'partnerskap',
      required: true,
      parse: v.slug,
      description: 'Partnership slug.',
      example: 'partnerskap-for-sociala-innovationer',
    },
    {
      key: 'organisation',
      sv: 'organisation',
      aliases: ['medlem', 'member'],
      required: true,
      parse: v.orgRef,
      description: 'Member organisation: slug or organisationsnummer.',
      example: 'region-orebro-lan',
    },
    {
      key: 'role',
      sv: 'roll',
      parse: v.oneOf(MEMBERSHIP_ROLES, { medlem: 'MEMBER', samordnare: 'COORDINATOR' }),
      description: 'MEMBER (medlem) or COORDINATOR (samordnare); MEMBER when empty.',
      example: 'MEMBER',
    },
    {
      key: 'from',
      sv: 'fran',
      aliases: ['from_date', 'fran_datum'],
      parse: v.date,
      description: 'Member from, YYYY-MM-DD.',
      example: '2017-01-01',
    },
    { key: 'from_approximate', sv: 'fran_ungefarlig', parse: v.bool, description: 'ja/nej.', example: 'ja' },
    { key: 'to', sv: 'till', aliases: ['to_date', 'till_datum'], parse: v.date, description: 'Member until, YYYY-MM-DD.', example: '' },
    { key: 'to_approximate', sv: 'till_ungefarlig', parse: v.bool, description: 'ja/nej.', example: '' },
    ...SOURCE_COLUMNS,
  ],
  async prepare(rows, lookups) {
    await lookups.loadOrgs(
      rows.flatMap((r) => {
        const o = get<{ slug: string } | { orgNumber: string }>(r, 'organisation');
        return o ? [o] : [];
      }),
    );
    lookups.existing.clear();
    const ids = [...new Set([...lookups.orgs.values()].map((o) => o.id))];
    for (const m of await lookups.em.find(Membership, { organisation: { $in: ids } })) {
      lookups.existing.set(`${m.partnership.id}|${m.organisation.id}|${m.role}`, m as unknown as Json & { id: number; version: number });
    }
  },
  async resolve(row, lookups, problems) {
    const pSlug = get<string>(row, 'partnership');
    const oRef = get<{ slug: string } | { orgNumber: string }>(row, 'organisation');
    const role = get<string>(row, 'role') ?? 'MEMBER';
    const partnership = pSlug ? await lookups.partnership(pSlug) : null;
    const org = oRef ? lookups.org(oRef) : null;
    if (!pSlug) problems.push({ column: 'partnership', message: 'is required' });
    else if (!partnership) problems.push({ column: 'partnership', message: `no partnership with the slug ${pSlug}` });
    if (!oRef) problems.push({ column: 'organisation', message: 'is required' });
    else if (!org) problems.push({ column: 'organisation', message: 'no such organisation (give its slug or organisationsnummer)' });
    if (!partnership || !org) return null;
    const fields = pick(row, { from: 'fromDate', from_approximate: 'fromApproximate', to: 'toDate', to_approximate: 'toApproximate' });
    for (const b of ['fromApproximate', 'toApproximate']) if (fields[b] === null) fields[b] = false;
    Object.assign(fields, { partnership, organisation: org.id, role });
    return {
      key: `${pSlug}|${org.slug}|${role}`,
      uniqueKeys: [`${partnership}|${org.id}|${role}`],
      existing: lookups.existing.get(`${partnership}|${org.id}|${role}`) ?? null,
      fields,
      defaults: { fromDate: null, fromApproximate: false, toDate: null, toApproximate: false },
      parentId: partnership,
    };
  },
  check(r, problems) {
    if (r.fromDate && r.toDate && String(r.toDate) < String(r.fromDate))
      problems.push({ column: 'to', message: 'must not be before from' });
  },
};

export const KINDS: Record<ImportKind, KindHandler> = { organisations, projects, fundings, outcomes, memberships };

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { searchKey, slugify } from '../../../server/src/common/text.js';
import { migrate, openDatabase } from '../../../server/src/db/orm.js';
import { loadReferenceData } from '../../../server/src/db/seed/load.js';
import { serverDir } from '../paths.js';
import { copyRows, type CopyValue } from './copy.js';
import { databaseName, quoteIdent, recreateDatabase, redact } from './database.js';
import { Rng, rngFor, Weighted } from './prng.js';
import * as W from './words.js';

/** Bump when the generated data changes for the same seed and counts (invalidates cached bench databases). */
export const GENERATOR_VERSION = 1;

export interface SynthCounts {
  organisations: number;
  partnerships: number;
  /** Target; the exact number depends on partnership sizes and available organisations. */
  memberships: number;
  projects: number;
  fundings: number;
  /** Target; at most twelve per project (six metrics × target/actual). */
  outcomes: number;
  programmes: number;
  sources: number;
}

export const SIZES = {
  tiny: {
    organisations: 400,
    partnerships: 12,
    memberships: 1_000,
    projects: 200,
    fundings: 3_000,
    outcomes: 800,
    programmes: 4,
    sources: 3,
  },
  small: {
    organisations: 10_000,
    partnerships: 300,
    memberships: 50_000,
    projects: 5_000,
    fundings: 100_000,
    outcomes: 20_000,
    programmes: 15,
    sources: 12,
  },
  large: {
    organisations: 100_000,
    partnerships: 3_000,
    memberships: 500_000,
    projects: 50_000,
    fundings: 1_000_000,
    outcomes: 200_000,
    programmes: 40,
    sources: 40,
  },
} as const satisfies Record<string, SynthCounts>;
export type SizeName = keyof typeof SIZES;

export interface GenerateOptions {
  databaseUrl: string;
  counts: SynthCounts;
  seed: string;
  /** Drop and recreate the database first (only for databases named atlas_bench_*). */
  reset: boolean;
  log?: (msg: string) => void;
}

export interface GenerateReport {
  database: string;
  seed: string;
  counts: SynthCounts;
  /** Rows written per table (synthetic rows only; the reference dataset comes on top). */
  rows: Record<string, number>;
  /** Seconds per phase: schema, reference, each table, finalise. */
  phases: Record<string, number>;
  seconds: number;
  marker: string;
}

/** Every synthetic row carries this timestamp, so the data is byte-for-byte reproducible. */
const STAMP = '2026-01-01 00:00:00+00';
/** "Today" for deriving project status, fixed for the same reason. */
const TODAY = '2026-01-01';

const ORG_KINDS = [
  'SOCIAL_ENTERPRISE',
  'ASSOCIATION',
  'COMPANY',
  'FOUNDATION',
  'MUNICIPALITY',
  'REGIONAL_BODY',
  'GOVERNMENT_AGENCY',
  'EU_PROGRAMME',
  'OTHER',
] as const;
const ORG_KIND_WEIGHTS = [0.5, 0.18, 0.12, 0.05, 0.04, 0.015, 0.01, 0.002, 0.083];
const FUNDER_KINDS = new Set(['FOUNDATION', 'MUNICIPALITY', 'REGIONAL_BODY', 'GOVERNMENT_AGENCY', 'EU_PROGRAMME']);
const K = Object.fromEntries(ORG_KINDS.map((k, i) => [k, i])) as Record<(typeof ORG_KINDS)[number], number>;

const METRICS = ['PARTICIPANTS', 'PARTICIPANTS_WOMEN', 'INTO_WORK', 'JOBS_CREATED', 'ENTERPRISES_SUPPORTED', 'STAFF'] as const;
const OUTCOME_KINDS = ['TARGET', 'ACTUAL'] as const;

/** The marker left as the database comment: what was generated, from what. Equal marker ⇒ equal data. */
export function markerFor(seed: string, counts: SynthCounts): string {
  return `atlas-bench synthetic ${JSON.stringify({ generator: GENERATOR_VERSION, seed, counts, inputs: inputsHash() })}`;
}

/** Hash of what the data depends on besides seed and counts: migrations and the reference dataset. */
function inputsHash(): string {
  const h = createHash('sha256');
  for (const dir of [join(serverDir, 'src', 'db', 'migrations'), join(serverDir, 'data', 'reference')]) {
    for (const f of readdirSync(dir).sort()) {
      h.update(f);
      h.update(readFileSync(join(dir, f)));
    }
  }
  return h.digest('hex').slice(0, 16);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const isoDate = (y: number, m: number, d: number) => `${y}-${pad2(m)}-${pad2(d)}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Luhn check digit over nine digits: Swedish organisationsnummer NNNNNN-NNNN. */
function orgNumber(nine: number): string {
  const digits = String(nine).padStart(9, '0');
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  const check = (10 - (sum % 10)) % 10;
  return `${digits.slice(0, 6)}-${digits.slice(6)}${check}`;
}

interface County {
  code: string;
  name: string;
  short: string;
  municipalities: { code: string; name: string }[];
  muniPick: Weighted<number>;
}

class Synth {
  readonly rows: Record<string, number> = {};
  readonly phases: Record<string, number> = {};
  private readonly firstId: Record<string, number> = {};

  // --- plan state (typed arrays: the large size has 10^5–10^6 rows per table)
  private counties: County[] = [];
  private regionPick!: Weighted<number>;
  private orgKind!: Uint8Array;
  private orgRegion!: Int16Array; // county index, -1 = none
  private orgMuni!: Int16Array; // index into the county's municipalities, -1 = none
  private regionPools: number[][] = [];
  private funderPool: number[] = [];
  private sourceIds: number[] = [];
  private partnershipRegion!: Int16Array;
  private partnershipCoordinator!: Int32Array;
  private partnershipSize!: Int32Array;
  private partnershipsByRegion: number[][] = [];
  private projectRegion!: Int16Array;
  private projectStart!: Int32Array; // yyyymm
  private projectEnd!: Int32Array; // yyyymm, 0 = none
  private projectOwner!: Int32Array; // org index, -1 = none
  private projectPerm!: Int32Array;
  private programmeFunder!: Int32Array;

  constructor(
    private readonly client: pg.PoolClient,
    private readonly seed: string,
    private readonly counts: SynthCounts,
    private readonly log: (msg: string) => void,
  ) {}

  private rng(stream: string): Rng {
    return rngFor(this.seed, stream);
  }

  private id(table: string, index: number): number {
    return (this.firstId[table] as number) + index;
  }

  private async nextIds(tables: string[]) {
    for (const t of tables) {
      const r = await this.client.query<{ m: number }>(`select coalesce(max(id), 0)::int as m from ${quoteIdent(t)}`);
      this.firstId[t] = (r.rows[0]?.m ?? 0) + 1;
    }
  }

  private async copy(table: string, columns: readonly string[], rows: Iterable<CopyValue[]>) {
    const t0 = performance.now();
    const n = await copyRows(this.client, table, columns, rows);
    const s = (performance.now() - t0) / 1000;
    this.rows[table] = (this.rows[table] ?? 0) + n;
    this.phases[table] = (this.phases[table] ?? 0) + s;
    this.log(`  ${table}: ${n.toLocaleString('en')} rows in ${s.toFixed(1)} s`);
  }

  async run() {
    await this.readReference();
    await this.nextIds([
      'source',
      'organisation',
      'partnership',
      'membership',
      'project',
      'project_region',
      'project_municipality',
      'project_participant',
      'programme',
      'funding',
      'outcome',
      'citation',
    ]);
    await this.sources();
    this.planOrganisations();
    await this.organisations();
    this.planPartnerships();
    await this.partnerships();
    await this.memberships();
    this.planProjects();
    await this.projects();
    await this.projectPlaces();
    await this.projectParticipants();
    await this.programmes();
    await this.fundings();
    await this.outcomes();
    await this.citations();
  }

  // ------------------------------------------------------------------ reference context

  private async readReference() {
    const counties = await this.client.query<{ code: string; name: string; population: number | null }>(
      `select r.code, r.name, (select p.population from region_population p where p.region_code = r.code order by p.year desc limit 1) as population
         from region r where r.kind = 'COUNTY' order by r.code`,
    );
    const munis = await this.client.query<{ code: string; name: string; region_code: string }>(
      'select code, name, region_code from municipality order by code',
    );
    if (counties.rowCount !== 21 || munis.rowCount !== 290) {
      throw new Error(`reference data incomplete: ${counties.rowCount} counties, ${munis.rowCount} municipalities (expected 21 and 290)`);
    }
    const rng = this.rng('municipality-weights');
    this.counties = counties.rows.map((c) => {
      const municipalities = munis.rows.filter((m) => m.region_code === c.code).map((m) => ({ code: m.code, name: m.name }));
      // Zipf over a seeded order: a few municipalities of each county get most of its organisations.
      const order = rng.shuffled(municipalities.map((_, i) => i));
      const weights = new Array<number>(municipalities.length).fill(0);
      order.forEach((mi, rank) => (weights[mi] = 1 / (rank + 1)));
      return {
        code: c.code,
        name: c.name,
        short: c.name.replace(/ län$/, '').replace(/s$/, ''),
        municipalities,
        muniPick: new Weighted(
          municipalities.map((_, i) => i),
          weights,
        ),
      };
    });
    // Population^1.4: Stockholm, Västra Götaland and Skåne get well over half of everything.
    this.regionPick = new Weighted(
      this.counties.map((_, i) => i),
      counties.rows.map((c) => Math.pow(c.population ?? 100_000, 1.4)),
    );
  }

  // ------------------------------------------------------------------ sources

  private async sources() {
    const n = this.counts.sources;
    const first = this.id('source', 0);
    this.sourceIds = Array.from({ length: n }, (_, i) => first + i);
    const seed = this.seed;
    await this.copy(
      'source',
      [
        'id',
        'version',
        'created_at',
        'updated_at',
        'key',
        'title',
        'publisher',
        'kind',
        'published_on',
        'published_approximate',
        'published_text',
        'language',
        'url',
        'file_name',
        'summary',
      ],
      (function* () {
        for (let i = 0; i < n; i++) {
          yield [
            first + i,
            1,
            STAMP,
            STAMP,
            `synthetic-${i + 1}`,
            `SYNTHETIC benchmark source ${i + 1} (seed ${seed})`,
            'ASF Atlas bench (synthetic data)',
            'USER',
            null,
            false,
            null,
            'sv',
            null,
            null,
            'SYNTHETIC: generated by @atlas/bench for load testing. States nothing about the real world.',
          ];
        }
      })(),
    );
  }

  // ------------------------------------------------------------------ organisations

  private planOrganisations() {
    const n = this.counts.organisations;
    const rng = this.rng('organisation-plan');
    const kindPick = new Weighted(
      ORG_KINDS.map((_, i) => i),
      ORG_KIND_WEIGHTS,
    );
    this.orgKind = new Uint8Array(n);
    this.orgRegion = new Int16Array(n);
    this.orgMuni = new Int16Array(n);
    this.regionPools = this.counties.map(() => []);
    this.funderPool = [];
    for (let i = 0; i < n; i++) {
      const kind = kindPick.index(rng);
      this.orgKind[i] = kind;
      let region = this.regionPick.index(rng);
      let muni = -1;
      if (kind === K.EU_PROGRAMME || (kind === K.GOVERNMENT_AGENCY && rng.chance(0.5))) region = -1;
      else if (kind !== K.REGIONAL_BODY && rng.chance(0.92)) muni = this.counties[region]!.muniPick.index(rng);
      this.orgRegion[i] = region;
      this.orgMuni[i] = muni;
      if (region >= 0) this.regionPools[region]!.push(i);
      if (FUNDER_KINDS.has(ORG_KINDS[kind]!)) this.funderPool.push(i);
    }
    // A seeded order, picked with skew: a few funders pay for most projects.
    this.funderPool = rng.shuffled(this.funderPool);
    if (this.funderPool.length === 0) this.funderPool = [0];
  }

  private orgName(rng: Rng, i: number): string {
    const kind = ORG_KINDS[this.orgKind[i]!]!;
    const region = this.orgRegion[i]!;
    const county = region >= 0 ? this.counties[region]! : undefined;
    const muni = county && this.orgMuni[i]! >= 0 ? county.municipalities[this.orgMuni[i]!]!.name : undefined;
    const place = muni ?? county?.short ?? 'Sverige';
    switch (kind) {
      case 'SOCIAL_ENTERPRISE':
        return `${rng.pick(W.ADJECTIVES)} ${rng.pick(W.NOUNS)} ${place}${rng.chance(0.3) ? ' ek. för.' : ''}`;
      case 'ASSOCIATION':
        return `Föreningen ${rng.pick(W.NOUNS)} i ${place}`;
      case 'COMPANY':
        return `${rng.pick(W.SURNAMES)}s ${rng.pick(W.NOUNS)} ${place} AB`;
      case 'FOUNDATION':
        return `Stiftelsen ${rng.pick(W.ADJECTIVES)} ${rng.pick(W.NOUNS)} ${place}`;
      case 'MUNICIPALITY':
        return `${place} kommun, ${rng.pick(W.UNITS)}`;
      case 'REGIONAL_BODY':
        return `Region ${county?.short ?? place}, ${rng.pick(W.UNITS)}`;
      case 'GOVERNMENT_AGENCY':
        return `${rng.pick(W.AGENCY_WORDS)}verket ${county ? county.short : 'centralt'}`;
      case 'EU_PROGRAMME':
        return `EU-programmet ${rng.pick(W.PROGRAMME_WORDS)} ${rng.range(1, 99)}`;
      default:
        return `Nätverket ${rng.pick(W.NOUNS)} ${place}`;
    }
  }

  private async organisations() {
    const n = this.counts.organisations;
    const rng = this.rng('organisation-rows');
    const taken = new Set(
      (await this.client.query<{ n: string }>('select org_number as n from organisation where org_number is not null')).rows.map(
        (r) => r.n,
      ),
    );
    const self = this;
    await this.copy(
      'organisation',
      [
        'id',
        'version',
        'created_at',
        'updated_at',
        'name',
        'slug',
        'kind',
        'org_number',
        'municipality_code',
        'region_code',
        'country',
        'url',
        'description',
        'legal_form',
        'business_line',
        'integration_line',
        'search_key',
      ],
      (function* () {
        for (let i = 0; i < n; i++) {
          const id = self.id('organisation', i);
          const kind = ORG_KINDS[self.orgKind[i]!]!;
          const region = self.orgRegion[i]!;
          const county = region >= 0 ? self.counties[region]! : undefined;
          const muni = county && self.orgMuni[i]! >= 0 ? county.municipalities[self.orgMuni[i]!]! : undefined;
          const name = self.orgName(rng, i);
          const slug = `${slugify(name)}-${i + 1}`;
          let number: string | null = null;
          if (kind !== 'EU_PROGRAMME' && rng.chance(0.7)) {
            number = orgNumber(802_000_000 + i);
            if (taken.has(number)) number = null;
          }
          const se = kind === 'SOCIAL_ENTERPRISE';
          yield [
            id,
            1,
            STAMP,
            STAMP,
            name,
            slug,
            kind,
            number,
            muni?.code ?? null,
            county?.code ?? null,
            kind === 'EU_PROGRAMME' ? null : 'SE',
            rng.chance(0.3) ? `https://${slug}.example.org/` : null,
            rng.chance(0.1) ? `SYNTHETIC organisation ${i + 1}.` : null,
            se && rng.chance(0.6) ? rng.pick(W.LEGAL_FORMS) : null,
            se && rng.chance(0.7) ? rng.pick(W.BUSINESS_LINES) : null,
            se && rng.chance(0.6) ? rng.pick(W.INTEGRATION_LINES) : null,
            searchKey(name),
          ];
        }
      })(),
    );
  }

  // ------------------------------------------------------------------ partnerships and memberships

  private regionalOrg(rng: Rng, region: number): number {
    const pool = region >= 0 ? this.regionPools[region]! : [];
    return pool.length ? rng.pick(pool) : rng.int(this.counts.organisations);
  }

  private planPartnerships() {
    const k = this.counts.partnerships;
    const n = this.counts.organisations;
    const rng = this.rng('partnership-plan');
    this.partnershipRegion = new Int16Array(k);
    this.partnershipCoordinator = new Int32Array(k);
    this.partnershipSize = new Int32Array(k);
    this.partnershipsByRegion = this.counties.map(() => []);
    const weights: number[] = [];
    for (let i = 0; i < k; i++) {
      const region = rng.chance(0.05) ? -1 : this.regionPick.index(rng);
      this.partnershipRegion[i] = region;
      if (region >= 0) this.partnershipsByRegion[region]!.push(i);
      this.partnershipCoordinator[i] = this.regionalOrg(rng, region);
      weights.push(rng.pareto(1.16));
    }
    // Heavy-tailed sizes scaled to the membership target; capped, the cut redistributed once.
    const cap = Math.max(3, Math.min(20_000, Math.floor(n / 4)));
    const total = this.counts.memberships;
    let sum = weights.reduce((a, b) => a + b, 0);
    let sizes = weights.map((w) => Math.min(cap, Math.max(3, Math.round((total * w) / sum))));
    const capped = sizes.filter((s) => s === cap).length * cap;
    sum = weights.filter((_, i) => sizes[i] !== cap).reduce((a, b) => a + b, 0);
    if (sum > 0)
      sizes = sizes.map((s, i) => (s === cap ? s : Math.min(cap, Math.max(3, Math.round(((total - capped) * weights[i]!) / sum)))));
    sizes.forEach((s, i) => (this.partnershipSize[i] = Math.min(s, n)));
  }

  private async partnerships() {
    const k = this.counts.partnerships;
    const rng = this.rng('partnership-rows');
    const self = this;
    await this.copy(
      'partnership',
      [
        'id',
        'version',
        'created_at',
        'updated_at',
        'name',
        'slug',
        'region_code',
        'coordinator_id',
        'description',
        'started_on',
        'started_approximate',
        'search_key',
      ],
      (function* () {
        for (let i = 0; i < k; i++) {
          const region = self.partnershipRegion[i]!;
          const county = region >= 0 ? self.counties[region] : undefined;
          const name = `${rng.pick(W.PARTNERSHIP_WORDS)} ${rng.pick(W.PARTNERSHIP_TOPICS)} ${county ? county.short : 'Sverige'}`;
          const year = rng.range(2005, 2024);
          yield [
            self.id('partnership', i),
            1,
            STAMP,
            STAMP,
            name,
            `${slugify(name)}-${i + 1}`,
            county?.code ?? null,
            self.id('organisation', self.partnershipCoordinator[i]!),
            rng.chance(0.2) ? `SYNTHETIC partnership ${i + 1}.` : null,
            rng.chance(0.8) ? isoDate(year, rng.range(1, 12), 1) : null,
            rng.chance(0.4),
            searchKey(name),
          ];
        }
      })(),
    );
  }

  private async memberships() {
    const k = this.counts.partnerships;
    const n = this.counts.organisations;
    const rng = this.rng('membership-rows');
    const self = this;
    let next = 0;
    await this.copy(
      'membership',
      [
        'id',
        'version',
        'created_at',
        'updated_at',
        'partnership_id',
        'organisation_id',
        'role',
        'from_date',
        'from_approximate',
        'to_date',
        'to_approximate',
      ],
      (function* () {
        for (let p = 0; p < k; p++) {
          const region = self.partnershipRegion[p]!;
          const pool = region >= 0 ? self.regionPools[region]! : [];
          const size = self.partnershipSize[p]!;
          const members = new Set<number>([self.partnershipCoordinator[p]!]);
          let attempts = 0;
          while (members.size < size && attempts < size * 20) {
            attempts++;
            const local = pool.length > 0 && rng.chance(0.7) && members.size < pool.length * 0.8;
            members.add(local ? rng.pick(pool) : rng.int(n));
          }
          let first = true;
          for (const org of members) {
            const fromYear = rng.range(2005, 2025);
            const ended = rng.chance(0.15);
            yield [
              self.id('membership', next++),
              1,
              STAMP,
              STAMP,
              self.id('partnership', p),
              self.id('organisation', org),
              first ? 'COORDINATOR' : 'MEMBER',
              rng.chance(0.85) ? isoDate(fromYear, rng.range(1, 12), 1) : null,
              rng.chance(0.3),
              ended ? isoDate(Math.min(2026, fromYear + rng.range(1, 6)), 12, 31) : null,
              false,
            ];
            first = false;
          }
        }
      })(),
    );
  }

  // ------------------------------------------------------------------ projects

  private planProjects() {
    const n = this.counts.projects;
    const rng = this.rng('project-plan');
    const years = Array.from({ length: 18 }, (_, i) => 2008 + i);
    const yearPick = new Weighted(
      years,
      years.map((y) => 1 + (y - 2008) * 0.15),
    );
    this.projectRegion = new Int16Array(n);
    this.projectStart = new Int32Array(n);
    this.projectEnd = new Int32Array(n);
    this.projectOwner = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const region = this.regionPick.index(rng);
      this.projectRegion[i] = region;
      const y = yearPick.pick(rng);
      const m = rng.range(1, 12);
      this.projectStart[i] = y * 100 + m;
      if (rng.chance(0.92)) {
        const last = y * 12 + (m - 1) + rng.range(6, 48) - 1;
        this.projectEnd[i] = Math.floor(last / 12) * 100 + (last % 12) + 1;
      } else this.projectEnd[i] = 0;
      this.projectOwner[i] = rng.chance(0.9) ? this.regionalOrg(rng, region) : -1;
    }
    // Which projects get the most money: a seeded order, picked with skew (many small projects, a few big ones).
    this.projectPerm = rng.permutation(n);
  }

  private async projects() {
    const n = this.counts.projects;
    const rng = this.rng('project-rows');
    const self = this;
    const today = Number(TODAY.slice(0, 4)) * 100 + Number(TODAY.slice(5, 7));
    await this.copy(
      'project',
      [
        'id',
        'version',
        'created_at',
        'updated_at',
        'name',
        'slug',
        'description',
        'start_date',
        'start_approximate',
        'end_date',
        'end_approximate',
        'status',
        'owner_id',
        'search_key',
      ],
      (function* () {
        for (let i = 0; i < n; i++) {
          const county = self.counties[self.projectRegion[i]!]!;
          const place = rng.chance(0.6) ? county.municipalities[county.muniPick.index(rng)]!.name : county.short;
          const name = `${rng.pick(W.THEMES)} ${place}${rng.chance(0.3) ? ` ${rng.range(2, 5)}` : ''}`;
          const s = self.projectStart[i]!;
          const e = self.projectEnd[i]!;
          const sy = Math.floor(s / 100);
          const sm = s % 100;
          const ey = Math.floor(e / 100);
          const em = e % 100;
          let status = e === 0 ? (s > today ? 'PLANNED' : 'ACTIVE') : e < today ? 'COMPLETED' : s > today ? 'PLANNED' : 'ACTIVE';
          if (rng.chance(0.04)) status = 'UNKNOWN';
          const owner = self.projectOwner[i]!;
          yield [
            self.id('project', i),
            1,
            STAMP,
            STAMP,
            name,
            `${slugify(name)}-${i + 1}`,
            rng.chance(0.25) ? `SYNTHETIC project ${i + 1}: ${rng.pick(W.BUSINESS_LINES).toLowerCase()} as a route into work.` : null,
            isoDate(sy, sm, 1),
            rng.chance(0.3),
            e === 0 ? null : isoDate(ey, em, daysIn(ey, em)),
            rng.chance(0.2),
            status,
            owner >= 0 ? self.id('organisation', owner) : null,
            searchKey(name),
          ];
        }
      })(),
    );
  }

  private async projectPlaces() {
    const n = this.counts.projects;
    const self = this;
    let rng = this.rng('project-regions');
    let next = 0;
    await this.copy(
      'project_region',
      ['id', 'project_id', 'region_code'],
      (function* () {
        for (let i = 0; i < n; i++) {
          const regions = new Set([self.projectRegion[i]!]);
          const extra = rng.chance(0.2) ? (rng.chance(0.25) ? 2 : 1) : 0;
          for (let a = 0; a < extra * 4 && regions.size < 1 + extra; a++) regions.add(self.regionPick.index(rng));
          for (const r of regions) yield [self.id('project_region', next++), self.id('project', i), self.counties[r]!.code];
        }
      })(),
    );
    rng = this.rng('project-municipalities');
    next = 0;
    await this.copy(
      'project_municipality',
      ['id', 'project_id', 'municipality_code'],
      (function* () {
        for (let i = 0; i < n; i++) {
          const county = self.counties[self.projectRegion[i]!]!;
          const u = rng.next();
          const count = u < 0.3 ? 0 : u < 0.8 ? 1 : rng.range(2, 4);
          const munis = new Set<number>();
          for (let a = 0; a < count * 4 && munis.size < Math.min(count, county.municipalities.length); a++)
            munis.add(county.muniPick.index(rng));
          for (const m of munis) yield [self.id('project_municipality', next++), self.id('project', i), county.municipalities[m]!.code];
        }
      })(),
    );
  }

  private async projectParticipants() {
    const n = this.counts.projects;
    const rng = this.rng('project-participants');
    const self = this;
    let next = 0;
    await this.copy(
      'project_participant',
      ['id', 'version', 'created_at', 'updated_at', 'project_id', 'organisation_id', 'partnership_id', 'role', 'note'],
      (function* () {
        for (let i = 0; i < n; i++) {
          const pid = self.id('project', i);
          const region = self.projectRegion[i]!;
          const owner = self.projectOwner[i]!;
          const row = (org: number | null, ps: number | null, role: string): CopyValue[] => [
            self.id('project_participant', next++),
            1,
            STAMP,
            STAMP,
            pid,
            org === null ? null : self.id('organisation', org),
            ps === null ? null : self.id('partnership', ps),
            role,
            null,
          ];
          const seen = new Set<number>();
          if (owner >= 0) {
            seen.add(owner);
            yield row(owner, null, 'OWNER');
            if (rng.chance(0.4)) yield row(owner, null, 'LEAD');
          }
          const partners = Math.min(8, Math.floor(rng.pareto(1.5)) - 1);
          for (let a = 0; a < partners * 3 && seen.size < partners + (owner >= 0 ? 1 : 0); a++) {
            const org = self.regionalOrg(rng, rng.chance(0.8) ? region : self.regionPick.index(rng));
            if (seen.has(org)) continue;
            seen.add(org);
            yield row(org, null, 'PARTNER');
          }
          if (rng.chance(0.1) && self.counts.partnerships > 0) {
            const local = self.partnershipsByRegion[region]!;
            yield row(null, local.length ? rng.pick(local) : rng.int(self.counts.partnerships), 'PARTICIPANT');
          }
        }
      })(),
    );
  }

  // ------------------------------------------------------------------ programmes, fundings

  private funder(rng: Rng): number {
    return this.funderPool[rng.skewed(this.funderPool.length, 3)]!;
  }

  private async programmes() {
    const g = this.counts.programmes;
    const rng = this.rng('programmes');
    this.programmeFunder = new Int32Array(g);
    const self = this;
    await this.copy(
      'programme',
      ['id', 'version', 'created_at', 'updated_at', 'name', 'slug', 'reference', 'funder_id', 'description'],
      (function* () {
        for (let i = 0; i < g; i++) {
          const funder = self.funder(rng);
          self.programmeFunder[i] = funder;
          const name = `${rng.pick(W.PROGRAMME_WORDS)} ${2010 + (i % 16)}–${2012 + (i % 16)} (${i + 1})`;
          yield [
            self.id('programme', i),
            1,
            STAMP,
            STAMP,
            name,
            `${slugify(name)}-${i + 1}`,
            `SYN-${2010 + (i % 16)}/${String(i + 1).padStart(4, '0')}`,
            self.id('organisation', funder),
            'SYNTHETIC programme.',
          ];
        }
      })(),
    );
  }

  private async fundings() {
    const f = this.counts.fundings;
    const p = this.counts.projects;
    const g = this.counts.programmes;
    const plan = this.rng('funding-plan');
    const rng = this.rng('funding-rows');
    const main = new Int32Array(f);
    const extras: number[] = []; // pairs: funding index, project index
    for (let i = 0; i < f; i++) {
      const proj = this.projectPerm[plan.skewed(p, 2)]!;
      main[i] = proj;
      if (plan.chance(0.06)) {
        const more = plan.chance(0.3) ? 2 : 1;
        const got = new Set([proj]);
        for (let a = 0; a < more * 4 && got.size < 1 + more; a++) {
          const other = this.projectPerm[plan.skewed(p, 2)]!;
          if (got.has(other)) continue;
          got.add(other);
          extras.push(i, other);
        }
      }
    }
    const comparisons = new Weighted(['EXACTLY', 'APPROXIMATELY', 'AT_MOST', 'AT_LEAST', 'NEARLY'], [0.8, 0.1, 0.05, 0.03, 0.02]);
    const self = this;
    await this.copy(
      'funding',
      [
        'id',
        'version',
        'created_at',
        'updated_at',
        'key',
        'funder_id',
        'programme_id',
        'amount',
        'currency',
        'comparison',
        'approximate',
        'year_from',
        'year_to',
        'note',
      ],
      (function* () {
        for (let i = 0; i < f; i++) {
          const proj = main[i]!;
          let funder: number | null = null;
          let programme: number | null = null;
          const u = rng.next();
          if (u < 0.35 && g > 0) {
            programme = rng.skewed(g, 2);
            funder = self.programmeFunder[programme]!;
          } else if (u < 0.97) funder = self.funder(rng);
          let amount: string | null = null;
          if (rng.chance(0.96)) {
            const v = Math.min(5e9, Math.max(1000, rng.logNormal(250_000, 1.2)));
            amount = `${Math.round(v / 100) * 100}.00`;
          }
          const comparison = comparisons.pick(rng);
          let yearFrom: number | null = null;
          let yearTo: number | null = null;
          if (rng.chance(0.9)) {
            const sy = Math.floor(self.projectStart[proj]! / 100);
            const ey = self.projectEnd[proj]! ? Math.floor(self.projectEnd[proj]! / 100) : sy + 3;
            yearFrom = rng.range(sy, Math.max(sy, ey));
            yearTo = Math.min(Math.max(yearFrom, ey), yearFrom + rng.range(0, 2));
          }
          yield [
            self.id('funding', i),
            1,
            STAMP,
            STAMP,
            `synthetic-funding-${i + 1}`,
            funder === null ? null : self.id('organisation', funder),
            programme === null ? null : self.id('programme', programme),
            amount,
            'SEK',
            comparison,
            comparison === 'APPROXIMATELY' || comparison === 'NEARLY' || rng.chance(0.02),
            yearFrom,
            yearTo,
            null,
          ];
        }
      })(),
    );
    await this.copy(
      'funding_project',
      ['funding_id', 'project_id'],
      (function* () {
        let e = 0;
        for (let i = 0; i < f; i++) {
          yield [self.id('funding', i), self.id('project', main[i]!)];
          while (e < extras.length && extras[e] === i) {
            yield [self.id('funding', i), self.id('project', extras[e + 1]!)];
            e += 2;
          }
        }
      })(),
    );
  }

  // ------------------------------------------------------------------ outcomes

  private async outcomes() {
    const n = this.counts.projects;
    const plan = this.rng('outcome-plan');
    const rng = this.rng('outcome-rows');
    const perProject = new Uint8Array(n);
    const target = Math.min(this.counts.outcomes, n * 12);
    for (let placed = 0, tries = 0; placed < target && tries < target * 4; tries++) {
      const p = plan.int(n);
      if (perProject[p]! < 12) {
        perProject[p]!++;
        placed++;
      }
    }
    const targetCmp = new Weighted(['AT_LEAST', 'EXACTLY', 'APPROXIMATELY'], [0.5, 0.3, 0.2]);
    const actualCmp = new Weighted(['EXACTLY', 'APPROXIMATELY', 'NEARLY'], [0.85, 0.1, 0.05]);
    const self = this;
    let next = 0;
    await this.copy(
      'outcome',
      [
        'id',
        'version',
        'created_at',
        'updated_at',
        'project_id',
        'metric',
        'kind',
        'comparison',
        'value',
        'share',
        'share_of',
        'period_start',
        'period_end',
        'note',
      ],
      (function* () {
        const combos = Array.from({ length: 12 }, (_, i) => i);
        for (let p = 0; p < n; p++) {
          const c = perProject[p]!;
          if (c === 0) continue;
          const chosen = rng
            .shuffled(combos)
            .slice(0, c)
            .sort((a, b) => a - b);
          const base = Math.max(1, Math.round(rng.logNormal(40, 0.9)));
          const s = self.projectStart[p]!;
          const e = self.projectEnd[p]!;
          const periodStart = isoDate(Math.floor(s / 100), s % 100, 1);
          const periodEnd = e ? isoDate(Math.floor(e / 100), e % 100, daysIn(Math.floor(e / 100), e % 100)) : null;
          for (const combo of chosen) {
            const metric = METRICS[combo >> 1]!;
            const kind = OUTCOME_KINDS[combo & 1]!;
            let value: string | null = null;
            let share: string | null = null;
            let shareOf: string | null = null;
            const useShare = (metric === 'PARTICIPANTS_WOMEN' && rng.chance(0.5)) || (metric === 'INTO_WORK' && rng.chance(0.3));
            if (useShare) {
              share = (metric === 'PARTICIPANTS_WOMEN' ? 0.3 + rng.next() * 0.4 : 0.1 + rng.next() * 0.5).toFixed(4);
              shareOf = 'PARTICIPANTS';
            } else {
              const v =
                metric === 'PARTICIPANTS'
                  ? base * (kind === 'TARGET' ? 1.2 : 1)
                  : metric === 'PARTICIPANTS_WOMEN'
                    ? base * 0.5
                    : metric === 'INTO_WORK'
                      ? base * 0.3
                      : metric === 'JOBS_CREATED'
                        ? rng.range(0, 20)
                        : metric === 'ENTERPRISES_SUPPORTED'
                          ? rng.skewed(60, 2)
                          : rng.range(1, 25);
              value = `${Math.round(v)}.00`;
            }
            const dated = rng.chance(0.7);
            yield [
              self.id('outcome', next++),
              1,
              STAMP,
              STAMP,
              self.id('project', p),
              metric,
              kind,
              (kind === 'TARGET' ? targetCmp : actualCmp).pick(rng),
              value,
              share,
              shareOf,
              dated ? periodStart : null,
              dated ? periodEnd : null,
              null,
            ];
          }
        }
      })(),
    );
  }

  // ------------------------------------------------------------------ citations

  private async citations() {
    const rng = this.rng('citations');
    const subjects: [string, string][] = [
      ['Organisation', 'organisation'],
      ['Partnership', 'partnership'],
      ['Membership', 'membership'],
      ['Project', 'project'],
      ['ProjectParticipant', 'project_participant'],
      ['ProjectRegion', 'project_region'],
      ['ProjectMunicipality', 'project_municipality'],
      ['Programme', 'programme'],
      ['Funding', 'funding'],
      ['Outcome', 'outcome'],
    ];
    const self = this;
    let next = 0;
    await this.copy(
      'citation',
      ['id', 'source_id', 'subject_type', 'subject_id', 'quote', 'created_at'],
      (function* () {
        for (const [type, table] of subjects) {
          const count = self.rows[table] ?? 0;
          const first = self.id(table, 0);
          for (let i = 0; i < count; i++) {
            yield [self.id('citation', next++), rng.pick(self.sourceIds), type, String(first + i), null, STAMP];
          }
        }
      })(),
    );
  }
}

/**
 * Creates (or recreates) a bench database, applies the project's migrations, loads the reference
 * dataset, then bulk-loads synthetic rows with COPY in one transaction; fixes sequences, VACUUM ANALYZEs,
 * and leaves a marker comment on the database.
 */
export async function generate(opts: GenerateOptions): Promise<GenerateReport> {
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const t0 = performance.now();
  const phases: Record<string, number> = {};
  const name = databaseName(opts.databaseUrl);
  log(`generating into ${redact(opts.databaseUrl)} (seed "${opts.seed}")`);

  await recreateDatabase(opts.databaseUrl, { drop: opts.reset });
  {
    const check = new pg.Client({ connectionString: opts.databaseUrl });
    await check.connect();
    const r = await check.query(`select count(*)::int as n from pg_tables where schemaname = 'public'`);
    await check.end();
    if (r.rows[0].n > 0) throw new Error(`database "${name}" already has tables; pass --reset to drop and recreate it`);
  }

  let t = performance.now();
  const db = await openDatabase({ databaseUrl: opts.databaseUrl, statementTimeoutMs: 600_000 });
  try {
    const applied = await migrate(db);
    phases.schema = (performance.now() - t) / 1000;
    log(`  schema: ${applied.length} migration(s) in ${phases.schema.toFixed(1)} s`);
    t = performance.now();
    await loadReferenceData(db.em.fork());
    phases.reference = (performance.now() - t) / 1000;
    log(`  reference dataset loaded in ${phases.reference.toFixed(1)} s`);
  } finally {
    await db.close();
  }

  const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 1, application_name: 'atlas-bench-generate' });
  const client = await pool.connect();
  const synth = new Synth(client, opts.seed, opts.counts, log);
  try {
    await client.query('begin');
    await client.query('set local synchronous_commit = off');
    await synth.run();
    t = performance.now();
    // COPY with explicit ids leaves the serial sequences behind: move each to its table's max(id).
    const serials = await client.query<{ table_name: string }>(
      `select table_name from information_schema.columns
        where table_schema = 'public' and column_name = 'id' and column_default like 'nextval(%' order by table_name`,
    );
    for (const { table_name } of serials.rows) {
      const tbl = quoteIdent(table_name);
      await client.query(`select setval(pg_get_serial_sequence($1, 'id'), coalesce((select max(id) from ${tbl}), 0) + 1, false)`, [
        table_name,
      ]);
    }
    const marker = markerFor(opts.seed, opts.counts);
    await client.query(`comment on database ${quoteIdent(name)} is ${pgLiteral(marker)}`);
    await client.query('commit');
    // VACUUM as well as ANALYZE: a live database is autovacuumed, so its visibility map lets index-only
    // scans skip the table; freshly COPYed rows would otherwise be read from the heap on every lookup.
    await client.query('vacuum analyze');
    phases.finalise = (performance.now() - t) / 1000;
    log(`  sequences, VACUUM ANALYZE in ${phases.finalise.toFixed(1)} s`);
    const seconds = (performance.now() - t0) / 1000;
    return {
      database: name,
      seed: opts.seed,
      counts: opts.counts,
      rows: synth.rows,
      phases: { ...phases, ...synth.phases },
      seconds,
      marker,
    };
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  } finally {
    client.release();
    await pool.end();
  }
}

function pgLiteral(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

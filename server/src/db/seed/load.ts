import { parse as parseCsv } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { Utils, type EntityName, type RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import { serverRoot } from '../../common/env.js';
import { slugify, searchKey } from '../../common/text.js';
import { ActionPlan, Event, EventParticipant } from '../../modules/activity/activity.entity.js';
import { Funding, Programme, ProgrammeBudget } from '../../modules/funding/funding.entity.js';
import { Organisation } from '../../modules/organisation/organisation.entity.js';
import { Outcome } from '../../modules/outcome/outcome.entity.js';
import { Membership, Partnership, PartnershipSize } from '../../modules/partnership/partnership.entity.js';
import { Person } from '../../modules/person/person.entity.js';
import { Project, ProjectMunicipality, ProjectParticipant, ProjectPhase, ProjectRegion } from '../../modules/project/project.entity.js';
import { Municipality, Region, RegionPopulation } from '../../modules/region/region.entity.js';
import { Citation, Source, type CitationSubject } from '../../modules/source/source.entity.js';
import { refreshComparisonSummary } from '../../modules/comparison/comparison.summary.js';
import {
  actionPlanFile,
  eventFile,
  europeanRegionFile,
  fundingFile,
  organisationFile,
  partnershipFile,
  personFile,
  programmeFile,
  projectFile,
  sourceFile,
  type CitationInput,
  type Dated,
} from './schema.js';

const dataDir = join(serverRoot, 'data', 'reference');

export interface LoadReport {
  /** Rows created per entity; an unchanged reload creates none. */
  created: Record<string, number>;
}

function readYaml<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  return readRows(file, schema, parseYaml(readFileSync(join(dataDir, file), 'utf8')));
}

function readCsv<S extends z.ZodType>(file: string, row: S): z.infer<S>[] {
  return readRows(
    file,
    z.array(row),
    parseCsv(readFileSync(join(dataDir, file), 'utf8'), { columns: true, skip_empty_lines: true, trim: true }),
  );
}

function readRows<S extends z.ZodType>(file: string, schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}

const countyRow = z.object({
  lanskod: z.string().regex(/^\d{2}$/),
  name: z.string().min(1),
  iso_3166_2: z.string().min(4),
  nuts3: z.string().min(4),
  population_2017_12_31: z.string().regex(/^\d*$/),
  hasc: z.string().min(4),
});
const municipalityRow = z.object({
  kommunkod: z.string().regex(/^\d{4}$/),
  name: z.string().min(1),
  lanskod: z.string().regex(/^\d{2}$/),
});

/** Decimal strings in the database's canonical form, so an unchanged reload compares equal. */
function decimal(value: string, scale: number): string;
function decimal(value: string | null | undefined, scale: number): string | null;
function decimal(value: string | null | undefined, scale: number): string | null {
  if (value === null || value === undefined) return null;
  const [int = '0', frac = ''] = value.split('.');
  return `${BigInt(int).toString()}.${frac.padEnd(scale, '0').slice(0, scale)}`;
}

const on = (d: Dated | undefined) => d?.on ?? null;
const approx = (d: Dated | undefined) => d?.approximate ?? false;

type Pending = { type: CitationSubject; id: () => string; sources: CitationInput[] };

/**
 * Loads the reference dataset (server/data/reference) idempotently: every record is matched by its
 * natural key (code, slug, key or composite) and created or brought up to date; nothing is deleted.
 * Loading twice changes nothing. Runs in one transaction.
 */
export async function loadReferenceData(em: EntityManager): Promise<LoadReport> {
  return em.transactional(async (tx) => {
    const report = await new ReferenceLoader(tx).run();
    await refreshComparisonSummary(tx);
    return report;
  });
}

class ReferenceLoader {
  private readonly created: Record<string, number> = {};
  private readonly pending: Pending[] = [];

  constructor(private readonly em: EntityManager) {}

  private upsert<T extends object>(map: Map<string, T>, key: string, entity: EntityName<T>, data: RequiredEntityData<T>): T {
    const existing = map.get(key);
    if (existing) {
      // Validated reference data; assign() diffs against the loaded snapshot, so unchanged rows stay unwritten.
      this.em.assign(existing, data as never);
      return existing;
    }
    const made = this.em.create(entity, data);
    map.set(key, made);
    const name = Utils.className(entity);
    this.created[name] = (this.created[name] ?? 0) + 1;
    return made;
  }

  private cite(type: CitationSubject, id: () => string, sources: CitationInput[]) {
    this.pending.push({ type, id, sources });
  }

  private need<T>(map: Map<string, T>, key: string, what: string): T {
    const v = map.get(key);
    if (!v) throw new Error(`reference data: unknown ${what} "${key}"`);
    return v;
  }

  async run(): Promise<LoadReport> {
    const em = this.em;
    const by = <T, K extends string>(rows: T[], key: (r: T) => K) => new Map(rows.map((r) => [key(r), r] as [string, T]));

    // --- sources
    const sources = by(await em.find(Source, {}), (s) => s.key);
    for (const s of readYaml('sources.yaml', sourceFile)) {
      this.upsert(sources, s.key, Source, {
        key: s.key,
        title: s.title,
        publisher: s.publisher,
        kind: s.kind,
        publishedOn: s.published.on,
        publishedApproximate: s.published.approximate,
        publishedText: s.published.text ?? null,
        language: s.language,
        url: s.url ?? null,
        fileName: s.file ?? null,
        summary: s.summary ?? null,
      });
    }

    // --- counties, their 2017 population, municipalities
    const regions = by(await em.find(Region, {}), (r) => r.code);
    const populations = by(await em.find(RegionPopulation, {}), (p) => `${p.region.unwrap().code}|${p.year}`);
    for (const c of readCsv('counties.csv', countyRow)) {
      const code = c.lanskod;
      const region = this.upsert(regions, code, Region, {
        code,
        kind: 'COUNTY',
        name: c.name,
        nameEn: null,
        country: 'SE',
        iso31662: c.iso_3166_2,
        nuts: c.nuts3,
        mapId: c.hasc,
        searchKey: searchKey(c.name),
      });
      this.cite('Region', () => code, [{ source: 'scb-lan' }]);
      if (c.population_2017_12_31) {
        const pop = this.upsert(populations, `${code}|2017`, RegionPopulation, {
          region,
          year: 2017,
          population: Number(c.population_2017_12_31),
          source: this.need(sources, 'scb-population-2017', 'source'),
        });
        this.cite('RegionPopulation', () => String(pop.id), [{ source: 'scb-population-2017' }]);
      }
    }
    for (const r of readYaml('european-regions.yaml', europeanRegionFile)) {
      this.upsert(regions, r.code, Region, {
        code: r.code,
        kind: 'EUROPEAN',
        name: r.name,
        nameEn: r.nameEn,
        country: r.country,
        iso31662: null,
        nuts: r.code,
        mapId: null,
        searchKey: searchKey(r.name, r.nameEn),
      });
      this.cite('Region', () => r.code, r.sources);
    }
    const municipalities = by(await em.find(Municipality, {}), (m) => m.code);
    for (const m of readCsv('municipalities.csv', municipalityRow)) {
      const code = m.kommunkod;
      this.upsert(municipalities, code, Municipality, {
        code,
        name: m.name,
        region: this.need(regions, m.lanskod, 'county'),
        searchKey: searchKey(m.name),
      });
      this.cite('Municipality', () => code, [{ source: 'scb-kommunkoder' }]);
    }

    // --- organisations
    const orgs = by(await em.find(Organisation, {}), (o) => o.slug);
    for (const o of readYaml('organisations.yaml', organisationFile)) {
      const slug = o.slug ?? slugify(o.name);
      const org = this.upsert(orgs, slug, Organisation, {
        name: o.name,
        slug,
        kind: o.kind,
        orgNumber: o.orgNumber ?? null,
        municipality: o.municipality ? this.need(municipalities, o.municipality, 'municipality') : null,
        region: o.region ? this.need(regions, o.region, 'region') : null,
        country: o.country ?? (o.municipality ? 'SE' : null),
        url: o.url ?? null,
        description: o.description ?? null,
        legalForm: o.legalForm ?? null,
        businessLine: o.businessLine ?? null,
        integrationLine: o.integrationLine ?? null,
        searchKey: searchKey(o.name),
      });
      this.cite('Organisation', () => String(org.id), o.sources);
    }

    // --- partnerships, memberships, stated sizes
    const partnerships = by(await em.find(Partnership, {}), (p) => p.slug);
    const memberships = by(await em.find(Membership, {}), (m) => `${m.partnership.id}|${m.organisation.id}|${m.role}`);
    const sizes = by(await em.find(PartnershipSize, {}), (s) => `${s.partnership.id}|${s.source.id}`);
    for (const p of readYaml('partnerships.yaml', partnershipFile)) {
      const slug = p.slug ?? slugify(p.name);
      const partnership = this.upsert(partnerships, slug, Partnership, {
        name: p.name,
        slug,
        region: p.region ? this.need(regions, p.region, 'region') : null,
        coordinator: p.coordinator ? this.need(orgs, p.coordinator, 'organisation') : null,
        description: p.description ?? null,
        startedOn: on(p.started),
        startedApproximate: approx(p.started),
        searchKey: searchKey(p.name),
      });
      this.cite('Partnership', () => String(partnership.id), p.sources);
      for (const m of p.members) {
        const org = this.need(orgs, m.organisation, 'organisation');
        const key = `${partnership.id ?? slug}|${org.id ?? m.organisation}|${m.role}`;
        const membership = this.upsert(memberships, key, Membership, {
          partnership,
          organisation: org,
          role: m.role,
          fromDate: on(m.from),
          fromApproximate: approx(m.from),
          toDate: on(m.to),
          toApproximate: approx(m.to),
        });
        this.cite('Membership', () => String(membership.id), m.sources);
      }
      for (const s of p.sizes) {
        const source = this.need(sources, s.source, 'source');
        const size = this.upsert(sizes, `${partnership.id ?? slug}|${source.id ?? s.source}`, PartnershipSize, {
          partnership,
          memberCount: s.count,
          comparison: s.comparison,
          asOf: s.asOf.on,
          asOfApproximate: s.asOf.approximate,
          asOfText: s.asOf.text ?? null,
          source,
        });
        this.cite('PartnershipSize', () => String(size.id), [{ source: s.source, ...(s.quote ? { quote: s.quote } : {}) }]);
      }
    }

    // --- programmes and their budgets
    const programmes = by(await em.find(Programme, {}), (p) => p.slug);
    const budgets = by(await em.find(ProgrammeBudget, {}), (b) => `${b.programme.id}|${b.year}`);
    for (const p of readYaml('programmes.yaml', programmeFile)) {
      const slug = p.slug ?? slugify(p.name);
      const programme = this.upsert(programmes, slug, Programme, {
        name: p.name,
        slug,
        reference: p.reference ?? null,
        funder: p.funder ? this.need(orgs, p.funder, 'organisation') : null,
        description: p.description ?? null,
      });
      this.cite('Programme', () => String(programme.id), p.sources);
      for (const b of p.budgets) {
        const budget = this.upsert(budgets, `${programme.id ?? slug}|${b.year}`, ProgrammeBudget, {
          programme,
          year: b.year,
          amount: decimal(b.amount, 2),
          currency: b.currency,
          comparison: b.comparison,
        });
        this.cite('ProgrammeBudget', () => String(budget.id), [{ source: b.source, ...(b.quote ? { quote: b.quote } : {}) }]);
      }
    }

    // --- projects with phases, participants, places and outcomes
    const projects = by(await em.find(Project, {}), (p) => p.slug);
    const phases = by(await em.find(ProjectPhase, {}), (p) => `${p.project.id}|${p.position}`);
    const participants = by(
      await em.find(ProjectParticipant, {}),
      (p) => `${p.project.id}|${p.organisation?.id ?? ''}|${p.partnership?.id ?? ''}|${p.role}`,
    );
    const projectRegions = by(await em.find(ProjectRegion, {}), (p) => `${p.project.id}|${p.region.unwrap().code}`);
    const projectMunicipalities = by(await em.find(ProjectMunicipality, {}), (p) => `${p.project.id}|${p.municipality.unwrap().code}`);
    const outcomes = by(await em.find(Outcome, {}), (o) => `${o.project.id}|${o.metric}|${o.kind}|${o.comparison}`);
    for (const p of readYaml('projects.yaml', projectFile)) {
      const slug = p.slug ?? slugify(p.name);
      const project = this.upsert(projects, slug, Project, {
        name: p.name,
        slug,
        description: p.description ?? null,
        startDate: on(p.start),
        startApproximate: approx(p.start),
        endDate: on(p.end),
        endApproximate: approx(p.end),
        status: p.status,
        owner: p.owner ? this.need(orgs, p.owner, 'organisation') : null,
        searchKey: searchKey(p.name),
      });
      const pk = project.id ?? slug;
      this.cite('Project', () => String(project.id), p.sources);
      for (const ph of p.phases) {
        const phase = this.upsert(phases, `${pk}|${ph.position}`, ProjectPhase, {
          project,
          position: ph.position,
          name: ph.name,
          description: ph.description ?? null,
          durationMonths: ph.durationMonths ?? null,
          startDate: on(ph.start),
          startApproximate: approx(ph.start),
          endDate: on(ph.end),
          endApproximate: approx(ph.end),
        });
        this.cite('ProjectPhase', () => String(phase.id), ph.sources);
      }
      for (const pa of p.participants) {
        const org = pa.organisation ? this.need(orgs, pa.organisation, 'organisation') : null;
        const ps = pa.partnership ? this.need(partnerships, pa.partnership, 'partnership') : null;
        const key = `${pk}|${org ? (org.id ?? pa.organisation) : ''}|${ps ? (ps.id ?? pa.partnership) : ''}|${pa.role}`;
        const participant = this.upsert(participants, key, ProjectParticipant, {
          project,
          organisation: org,
          partnership: ps,
          role: pa.role,
          note: pa.note ?? null,
        });
        this.cite('ProjectParticipant', () => String(participant.id), pa.sources);
      }
      for (const r of p.regions) {
        const pr = this.upsert(projectRegions, `${pk}|${r.region}`, ProjectRegion, {
          project,
          region: this.need(regions, r.region, 'region'),
        });
        this.cite('ProjectRegion', () => String(pr.id), r.sources);
      }
      for (const m of p.municipalities) {
        const pm = this.upsert(projectMunicipalities, `${pk}|${m.municipality}`, ProjectMunicipality, {
          project,
          municipality: this.need(municipalities, m.municipality, 'municipality'),
        });
        this.cite('ProjectMunicipality', () => String(pm.id), m.sources);
      }
      for (const o of p.outcomes) {
        const outcome = this.upsert(outcomes, `${pk}|${o.metric}|${o.kind}|${o.comparison}`, Outcome, {
          project,
          metric: o.metric,
          kind: o.kind,
          comparison: o.comparison,
          value: decimal(o.value, 2),
          share: decimal(o.share, 4),
          shareOf: o.shareOf ?? null,
          periodStart: null,
          periodEnd: null,
          note: o.note ?? null,
        });
        this.cite('Outcome', () => String(outcome.id), o.sources);
      }
    }

    // --- fundings (one amount may cover several projects together)
    const fundings = by(await em.find(Funding, {}, { populate: ['projects'] }), (f) => f.key);
    for (const f of readYaml('fundings.yaml', fundingFile)) {
      const funding = this.upsert(fundings, f.key, Funding, {
        key: f.key,
        funder: f.funder ? this.need(orgs, f.funder, 'organisation') : null,
        programme: f.programme ? this.need(programmes, f.programme, 'programme') : null,
        amount: decimal(f.amount, 2),
        currency: f.currency,
        comparison: f.comparison,
        approximate: f.approximate,
        yearFrom: f.yearFrom ?? null,
        yearTo: f.yearTo ?? null,
        note: f.note ?? null,
      });
      funding.projects.set(f.projects.map((slug) => this.need(projects, slug, 'project')));
      this.cite('Funding', () => String(funding.id), f.sources);
    }

    // --- action plans, events, people
    const plans = by(await em.find(ActionPlan, {}), (a) => a.key);
    for (const a of readYaml('action-plans.yaml', actionPlanFile)) {
      const plan = this.upsert(plans, a.key, ActionPlan, {
        key: a.key,
        name: a.name,
        owner: a.owner ? this.need(orgs, a.owner, 'organisation') : null,
        region: a.region ? this.need(regions, a.region, 'region') : null,
        activityCount: a.activityCount ?? null,
        periodYears: a.periodYears ?? null,
        adoptedYear: a.adoptedYear ?? null,
        adoptedApproximate: false,
        description: a.description ?? null,
      });
      this.cite('ActionPlan', () => String(plan.id), a.sources);
    }
    const events = by(await em.find(Event, {}), (e) => e.key);
    const eventParticipants = by(
      await em.find(EventParticipant, {}),
      (p) => `${p.event.id}|${p.organisation?.id ?? ''}|${p.partnership?.id ?? ''}|${p.role}`,
    );
    for (const e of readYaml('events.yaml', eventFile)) {
      const event = this.upsert(events, e.key, Event, {
        key: e.key,
        name: e.name,
        kind: e.kind,
        project: e.project ? this.need(projects, e.project, 'project') : null,
        startDate: on(e.start),
        endDate: on(e.end),
        dateApproximate: approx(e.start) || approx(e.end),
        place: e.place ?? null,
        country: e.country ?? null,
        municipality: e.municipality ? this.need(municipalities, e.municipality, 'municipality') : null,
        region: e.region ? this.need(regions, e.region, 'region') : null,
        timesPerYear: e.timesPerYear ?? null,
        visitorCountries: e.visitorCountries ?? null,
        description: e.description ?? null,
      });
      this.cite('Event', () => String(event.id), e.sources);
      for (const pa of e.participants) {
        const org = pa.organisation ? this.need(orgs, pa.organisation, 'organisation') : null;
        const ps = pa.partnership ? this.need(partnerships, pa.partnership, 'partnership') : null;
        const key = `${event.id ?? e.key}|${org ? (org.id ?? pa.organisation) : ''}|${ps ? (ps.id ?? pa.partnership) : ''}|${pa.role}`;
        const participant = this.upsert(eventParticipants, key, EventParticipant, {
          event,
          organisation: org,
          partnership: ps,
          role: pa.role,
        });
        this.cite('EventParticipant', () => String(participant.id), pa.sources);
      }
    }
    const people = by(await em.find(Person, {}), (p) => p.key);
    for (const p of readYaml('people.yaml', personFile)) {
      const person = this.upsert(people, p.key, Person, {
        key: p.key,
        name: p.name,
        role: p.role ?? null,
        party: p.party ?? null,
        organisation: p.organisation ? this.need(orgs, p.organisation, 'organisation') : null,
      });
      this.cite('Person', () => String(person.id), p.sources);
    }

    await em.flush();

    // --- citations, now that every record has its id. Several quotes from one source are joined.
    const citations = by(await em.find(Citation, {}), (c) => `${c.source.id}|${c.subjectType}|${c.subjectId}`);
    for (const { type, id, sources: cited } of this.pending) {
      const bySource = new Map<string, string[]>();
      for (const c of cited) {
        const quotes = bySource.get(c.source) ?? [];
        if (c.quote) quotes.push(c.quote);
        bySource.set(c.source, quotes);
      }
      for (const [sourceKey, quotes] of bySource) {
        const source = this.need(sources, sourceKey, 'source');
        const subjectId = id();
        this.upsert(citations, `${source.id}|${type}|${subjectId}`, Citation, {
          source,
          subjectType: type,
          subjectId,
          quote: quotes.length ? quotes.join(' … ') : null,
        });
      }
    }
    await em.flush();
    return { created: this.created };
  }
}

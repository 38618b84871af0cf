import { dashboardOperation, omitPaths } from './documents.js';
import { citations, dateValue, figureStatus, gid, globalId, list, slugName } from './sql.js';
import type { Any, Operation } from './types.js';

const METRICS = ['PARTICIPANTS', 'PARTICIPANTS_WOMEN', 'INTO_WORK', 'JOBS_CREATED', 'ENTERPRISES_SUPPORTED', 'STAFF'];
const pgDate = (date: string | null, approximate: boolean) => (date ? { date, approximate } : null);
const pgSlugName = (x: Any) => (x ? { slug: x.slug, name: x.name } : null);

const outcome = (kind: 'TARGET' | 'ACTUAL') =>
  list(`select json_agg(json_build_object(
      'id', ${gid('Outcome', 'o.id')}, 'comparison', o.comparison, 'value', o.value::text, 'share', o.share::text,
      'shareOf', o.share_of, 'note', o.note, 'sources', ${citations('Outcome', 'o.id', ['key', 'title'])}) order by o.id)
    from outcome o where o.project_id = p.id and o.metric = m.metric and o.kind = '${kind}'`);

/** The dashboard's project page. */
export const projectPage: Operation = {
  id: 'projectPage',
  title: 'Project page',
  atlas: { operationName: 'ProjectPage', document: dashboardOperation('ProjectPage'), variables: (p) => ({ slug: p.projectSlug }) },
  orderedPaths: ['project.phases', 'project.outcomeComparison'],
  b2: {
    sql: `
      select json_build_object('project', (
        select json_build_object(
          'id', ${gid('Project', 'p.id')},
          'slug', p.slug,
          'name', p.name,
          'description', p.description,
          'status', p.status,
          'version', p.version,
          'start', ${dateValue('p.start_date', 'p.start_approximate')},
          'end', ${dateValue('p.end_date', 'p.end_approximate')},
          'owner', (select ${slugName('o')} from organisation o where o.id = p.owner_id),
          'phases', ${list(`select json_agg(json_build_object(
              'position', ph.position, 'name', ph.name, 'description', ph.description, 'durationMonths', ph.duration_months,
              'start', ${dateValue('ph.start_date', 'ph.start_approximate')}, 'end', ${dateValue('ph.end_date', 'ph.end_approximate')}) order by ph.position)
            from project_phase ph where ph.project_id = p.id`)},
          'participants', ${list(`select json_agg(json_build_object(
              'role', pp.role,
              'note', pp.note,
              'organisation', (select json_build_object('slug', o.slug, 'name', o.name, 'kind', o.kind) from organisation o where o.id = pp.organisation_id),
              'partnership', (select ${slugName('s')} from partnership s where s.id = pp.partnership_id),
              'sources', ${citations('ProjectParticipant', 'pp.id', ['key'])}) order by pp.id)
            from project_participant pp where pp.project_id = p.id`)},
          'regions', ${list(`select json_agg(json_build_object('code', r.code, 'name', r.name, 'kind', r.kind) order by pr.id)
            from project_region pr join region r on r.code = pr.region_code where pr.project_id = p.id`)},
          'municipalities', ${list(`select json_agg(json_build_object('code', m.code, 'name', m.name) order by pm.id)
            from project_municipality pm join municipality m on m.code = pm.municipality_code where pm.project_id = p.id`)},
          'fundings', ${list(`select json_agg(json_build_object(
              'id', ${gid('Funding', 'f.id')},
              'key', f.key,
              'money', case when f.amount is null then null else json_build_object('amount', f.amount::text, 'currency', f.currency) end,
              'amountStatus', ${figureStatus('f.amount', 'f.approximate')},
              'comparison', f.comparison,
              'approximate', f.approximate,
              'yearFrom', f.year_from,
              'yearTo', f.year_to,
              'note', f.note,
              'shared', (select count(*) from funding_project x where x.funding_id = f.id) > 1,
              'funder', (select ${slugName('o')} from organisation o where o.id = f.funder_id),
              'programme', (select ${slugName('g')} from programme g where g.id = f.programme_id),
              'projects', ${list(`select json_agg(${slugName('q')} order by q.id) from funding_project x join project q on q.id = x.project_id where x.funding_id = f.id`)},
              'sources', ${citations('Funding', 'f.id', ['key'])}) order by f.id)
            from funding_project fp join funding f on f.id = fp.funding_id where fp.project_id = p.id`)},
          'outcomeComparison', ${list(`select json_agg(json_build_object('metric', m.metric, 'targets', ${outcome('TARGET')}, 'actuals', ${outcome('ACTUAL')})
              order by array_position(array[${METRICS.map((x) => `'${x}'`).join(', ')}], m.metric))
            from (select distinct o.metric from outcome o where o.project_id = p.id) m`)},
          'events', ${list(`select json_agg(json_build_object(
              'id', ${gid('Event', 'e.id')}, 'key', e.key, 'name', e.name, 'kind', e.kind, 'place', e.place,
              'start', ${dateValue('e.start_date', 'e.date_approximate')}, 'end', ${dateValue('e.end_date', 'e.date_approximate')}) order by e.start_date, e.id)
            from event e where e.project_id = p.id`)},
          'sources', ${citations('Project', 'p.id', ['key', 'title', 'publisher'])}
        ) from project p where p.slug = $1
      )) as data`,
    params: (v) => [v.slug],
  },
  postgraphile: {
    operationName: 'PgProjectPage',
    document: /* GraphQL */ `
      query PgProjectPage($slug: String!, $subjectId: String!) {
        projectBySlug(slug: $slug) {
          rowId
          slug
          name
          description
          status
          version
          startDate
          startApproximate
          endDate
          endApproximate
          organisationByOwnerId {
            slug
            name
          }
          projectPhasesByProjectId(orderBy: POSITION_ASC) {
            nodes {
              position
              name
              description
              durationMonths
              startDate
              startApproximate
              endDate
              endApproximate
            }
          }
          projectParticipantsByProjectId(orderBy: ROW_ID_ASC) {
            nodes {
              role
              note
              organisationByOrganisationId {
                slug
                name
                kind
              }
              partnershipByPartnershipId {
                slug
                name
              }
            }
          }
          projectRegionsByProjectId {
            nodes {
              regionByRegionCode {
                code
                name
                kind
              }
            }
          }
          projectMunicipalitiesByProjectId {
            nodes {
              municipalityByMunicipalityCode {
                code
                name
              }
            }
          }
          fundingProjectsByProjectId {
            nodes {
              fundingByFundingId {
                rowId
                key
                amount
                currency
                comparison
                approximate
                yearFrom
                yearTo
                note
                fundingProjectsByFundingId {
                  totalCount
                  nodes {
                    projectByProjectId {
                      slug
                      name
                    }
                  }
                }
                organisationByFunderId {
                  slug
                  name
                }
                programmeByProgrammeId {
                  slug
                  name
                }
              }
            }
          }
          outcomesByProjectId(orderBy: ROW_ID_ASC) {
            nodes {
              rowId
              metric
              kind
              comparison
              value
              share
              shareOf
              note
            }
          }
          eventsByProjectId(orderBy: [START_DATE_ASC, ROW_ID_ASC]) {
            nodes {
              rowId
              key
              name
              kind
              place
              startDate
              endDate
              dateApproximate
            }
          }
        }
        allCitations(condition: { subjectType: "Project", subjectId: $subjectId }, orderBy: ROW_ID_ASC) {
          nodes {
            quote
            sourceBySourceId {
              key
              title
              publisher
            }
          }
        }
      }
    `,
    variables: (p) => ({ slug: p.projectSlug, subjectId: String(p.projectId) }),
    note: 'no sources of participants, fundings and outcomes (polymorphic citations); the project’s own sources by a second root field',
    comparable: (d) =>
      omitPaths(d, [
        'project.participants[].sources',
        'project.fundings[].sources',
        'project.outcomeComparison[].targets[].sources',
        'project.outcomeComparison[].actuals[].sources',
      ]),
    toAtlas: (d: Any) => {
      const p = d.projectBySlug;
      const outcomes = p.outcomesByProjectId.nodes as Any[];
      const o = (x: Any) => ({
        id: globalId('Outcome', x.rowId),
        comparison: x.comparison,
        value: x.value,
        share: x.share,
        shareOf: x.shareOf,
        note: x.note,
      });
      return {
        project: {
          id: globalId('Project', p.rowId),
          slug: p.slug,
          name: p.name,
          description: p.description,
          status: p.status,
          version: p.version,
          start: pgDate(p.startDate, p.startApproximate),
          end: pgDate(p.endDate, p.endApproximate),
          owner: pgSlugName(p.organisationByOwnerId),
          phases: p.projectPhasesByProjectId.nodes.map((ph: Any) => ({
            position: ph.position,
            name: ph.name,
            description: ph.description,
            durationMonths: ph.durationMonths,
            start: pgDate(ph.startDate, ph.startApproximate),
            end: pgDate(ph.endDate, ph.endApproximate),
          })),
          participants: p.projectParticipantsByProjectId.nodes.map((pp: Any) => ({
            role: pp.role,
            note: pp.note,
            organisation: pp.organisationByOrganisationId,
            partnership: pgSlugName(pp.partnershipByPartnershipId),
          })),
          regions: p.projectRegionsByProjectId.nodes.map((x: Any) => x.regionByRegionCode),
          municipalities: p.projectMunicipalitiesByProjectId.nodes.map((x: Any) => x.municipalityByMunicipalityCode),
          fundings: p.fundingProjectsByProjectId.nodes.map(({ fundingByFundingId: f }: Any) => ({
            id: globalId('Funding', f.rowId),
            key: f.key,
            money: f.amount === null ? null : { amount: f.amount, currency: f.currency },
            amountStatus: f.amount === null ? 'NOT_REPORTED' : f.approximate ? 'APPROXIMATE' : 'REPORTED',
            comparison: f.comparison,
            approximate: f.approximate,
            yearFrom: f.yearFrom,
            yearTo: f.yearTo,
            note: f.note,
            shared: f.fundingProjectsByFundingId.totalCount > 1,
            funder: pgSlugName(f.organisationByFunderId),
            programme: pgSlugName(f.programmeByProgrammeId),
            projects: f.fundingProjectsByFundingId.nodes.map((x: Any) => x.projectByProjectId),
          })),
          outcomeComparison: METRICS.filter((m) => outcomes.some((x) => x.metric === m)).map((metric) => ({
            metric,
            targets: outcomes.filter((x) => x.metric === metric && x.kind === 'TARGET').map(o),
            actuals: outcomes.filter((x) => x.metric === metric && x.kind === 'ACTUAL').map(o),
          })),
          events: p.eventsByProjectId.nodes.map((e: Any) => ({
            id: globalId('Event', e.rowId),
            key: e.key,
            name: e.name,
            kind: e.kind,
            place: e.place,
            start: pgDate(e.startDate, e.dateApproximate),
            end: pgDate(e.endDate, e.dateApproximate),
          })),
          sources: d.allCitations.nodes.map((c: Any) => ({ quote: c.quote, source: c.sourceBySourceId })),
        },
      };
    },
  },
};

import { dashboardOperation, omitPaths } from './documents.js';
import { citations, cursor, dateValue, encodeCursor, figureStatus, gid, globalId, list, slugName } from './sql.js';
import type { Any, Operation } from './types.js';

const pgDate = (date: string | null, approximate: boolean) => (date ? { date, approximate } : null);
const pgSlugName = (x: Any) => (x ? { slug: x.slug, name: x.name } : null);

/** The dashboard's projects page: the first 50 projects by name with participants, fundings, places, outcomes, sources. */
export const projectsPage: Operation = {
  id: 'projectsPage',
  title: 'Projects page (first 50)',
  atlas: {
    operationName: 'Projects',
    document: dashboardOperation('Projects'),
    variables: (p) => ({ first: p.pageSize }),
    smallPageVariables: () => ({ first: 5 }),
  },
  orderedPaths: ['projects.edges'],
  b2: {
    sql: `
      with total as (select count(*)::int as n from project),
           page as (select p.*, (row_number() over (order by p.name, p.id))::int - 1 as pos from project p order by p.name, p.id limit $1),
           counted as (select count(*)::int as n from page)
      select json_build_object('projects', json_build_object(
        'totalCount', (select n from total),
        'pageInfo', json_build_object(
          'hasNextPage', (select n from counted) < (select n from total),
          'hasPreviousPage', false,
          'startCursor', case when (select n from counted) = 0 then null else ${cursor('0')} end,
          'endCursor', case when (select n from counted) = 0 then null else ${cursor('(select n from counted) - 1')} end),
        'edges', ${list(`select json_agg(json_build_object('cursor', ${cursor('p.pos')}, 'node', json_build_object(
            'id', ${gid('Project', 'p.id')},
            'slug', p.slug,
            'name', p.name,
            'status', p.status,
            'start', ${dateValue('p.start_date', 'p.start_approximate')},
            'end', ${dateValue('p.end_date', 'p.end_approximate')},
            'owner', (select ${slugName('o')} from organisation o where o.id = p.owner_id),
            'participants', ${list(`select json_agg(json_build_object(
                'role', pp.role,
                'organisation', (select ${slugName('o')} from organisation o where o.id = pp.organisation_id),
                'partnership', (select ${slugName('s')} from partnership s where s.id = pp.partnership_id)) order by pp.id)
              from project_participant pp where pp.project_id = p.id`)},
            'fundings', ${list(`select json_agg(json_build_object(
                'id', ${gid('Funding', 'f.id')},
                'money', case when f.amount is null then null else json_build_object('amount', f.amount::text, 'currency', f.currency) end,
                'amountStatus', ${figureStatus('f.amount', 'f.approximate')},
                'comparison', f.comparison,
                'approximate', f.approximate,
                'shared', (select count(*) from funding_project x where x.funding_id = f.id) > 1,
                'funder', (select ${slugName('o')} from organisation o where o.id = f.funder_id),
                'programme', (select ${slugName('g')} from programme g where g.id = f.programme_id)) order by f.id)
              from funding_project fp join funding f on f.id = fp.funding_id where fp.project_id = p.id`)},
            'regions', ${list(`select json_agg(json_build_object('code', r.code, 'name', r.name) order by pr.id)
              from project_region pr join region r on r.code = pr.region_code where pr.project_id = p.id`)},
            'municipalities', ${list(`select json_agg(json_build_object('code', m.code, 'name', m.name) order by pm.id)
              from project_municipality pm join municipality m on m.code = pm.municipality_code where pm.project_id = p.id`)},
            'outcomes', ${list(`select json_agg(json_build_object(
                'id', ${gid('Outcome', 'o.id')}, 'metric', o.metric, 'kind', o.kind, 'comparison', o.comparison,
                'value', o.value::text, 'share', o.share::text, 'shareOf', o.share_of) order by o.id)
              from outcome o where o.project_id = p.id`)},
            'sources', ${citations('Project', 'p.id', ['key'])}
          )) order by p.pos) from page p`)}
      )) as data`,
    params: (v) => [v.first],
  },
  postgraphile: {
    operationName: 'PgProjects',
    document: /* GraphQL */ `
      query PgProjects($first: Int!) {
        allProjects(first: $first, orderBy: [NAME_ASC, ROW_ID_ASC]) {
          totalCount
          pageInfo {
            hasNextPage
            hasPreviousPage
          }
          nodes {
            rowId
            slug
            name
            status
            startDate
            startApproximate
            endDate
            endApproximate
            organisationByOwnerId {
              slug
              name
            }
            projectParticipantsByProjectId {
              nodes {
                role
                organisationByOrganisationId {
                  slug
                  name
                }
                partnershipByPartnershipId {
                  slug
                  name
                }
              }
            }
            fundingProjectsByProjectId {
              nodes {
                fundingByFundingId {
                  rowId
                  amount
                  currency
                  approximate
                  comparison
                  fundingProjectsByFundingId {
                    totalCount
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
            projectRegionsByProjectId {
              nodes {
                regionByRegionCode {
                  code
                  name
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
            outcomesByProjectId {
              nodes {
                rowId
                metric
                kind
                comparison
                value
                share
                shareOf
              }
            }
          }
        }
      }
    `,
    variables: (p) => ({ first: p.pageSize }),
    note: 'no sources (citations are polymorphic: no foreign key to follow); cursors re-encoded',
    comparable: (d) => omitPaths(d, ['projects.edges[].node.sources']),
    toAtlas: (d: Any) => {
      const c = d.allProjects;
      const n = c.nodes.length;
      return {
        projects: {
          totalCount: c.totalCount,
          pageInfo: {
            hasNextPage: c.pageInfo.hasNextPage,
            hasPreviousPage: c.pageInfo.hasPreviousPage,
            startCursor: n ? encodeCursor(0) : null,
            endCursor: n ? encodeCursor(n - 1) : null,
          },
          edges: c.nodes.map((p: Any, i: number) => ({
            cursor: encodeCursor(i),
            node: {
              id: globalId('Project', p.rowId),
              slug: p.slug,
              name: p.name,
              status: p.status,
              start: pgDate(p.startDate, p.startApproximate),
              end: pgDate(p.endDate, p.endApproximate),
              owner: pgSlugName(p.organisationByOwnerId),
              participants: p.projectParticipantsByProjectId.nodes.map((pp: Any) => ({
                role: pp.role,
                organisation: pgSlugName(pp.organisationByOrganisationId),
                partnership: pgSlugName(pp.partnershipByPartnershipId),
              })),
              fundings: p.fundingProjectsByProjectId.nodes.map(({ fundingByFundingId: f }: Any) => ({
                id: globalId('Funding', f.rowId),
                money: f.amount === null ? null : { amount: f.amount, currency: f.currency },
                amountStatus: f.amount === null ? 'NOT_REPORTED' : f.approximate ? 'APPROXIMATE' : 'REPORTED',
                comparison: f.comparison,
                approximate: f.approximate,
                shared: f.fundingProjectsByFundingId.totalCount > 1,
                funder: pgSlugName(f.organisationByFunderId),
                programme: pgSlugName(f.programmeByProgrammeId),
              })),
              regions: p.projectRegionsByProjectId.nodes.map((x: Any) => x.regionByRegionCode),
              municipalities: p.projectMunicipalitiesByProjectId.nodes.map((x: Any) => x.municipalityByMunicipalityCode),
              outcomes: p.outcomesByProjectId.nodes.map((o: Any) => ({
                id: globalId('Outcome', o.rowId),
                metric: o.metric,
                kind: o.kind,
                comparison: o.comparison,
                value: o.value,
                share: o.share,
                shareOf: o.shareOf,
              })),
            },
          })),
        },
      };
    },
  },
};

import type { GraphEdge, GraphNode } from './network.queries.js';

export interface Explanation {
  sv: string;
  en: string;
}

type Phrase = (a: string, b: string) => Explanation;

const PARTICIPATION: Record<string, Phrase> = {
  LEAD: (a, b) => ({ sv: `${a} leder projektet ${b}`, en: `${a} leads the project ${b}` }),
  PARTNER: (a, b) => ({ sv: `${a} är partner i projektet ${b}`, en: `${a} is a partner in the project ${b}` }),
  HOST: (a, b) => ({ sv: `${a} är värd för projektet ${b}`, en: `${a} hosts the project ${b}` }),
  PARTICIPANT: (a, b) => ({ sv: `${a} deltar i projektet ${b}`, en: `${a} takes part in the project ${b}` }),
};

const EVENT_ROLE: Record<string, Phrase> = {
  HOST: (a, b) => ({ sv: `${a} var värd för ${b}`, en: `${a} hosted ${b}` }),
  ORGANISER: (a, b) => ({ sv: `${a} anordnar ${b}`, en: `${a} organises ${b}` }),
  PARTICIPANT: (a, b) => ({ sv: `${a} deltog i ${b}`, en: `${a} took part in ${b}` }),
};

function located(from: GraphNode, a: string, b: string): Explanation {
  switch (from.kind) {
    case 'PROJECT':
      return { sv: `${a} genomförs i ${b}`, en: `${a} works in ${b}` };
    case 'EVENT':
      return { sv: `${a} ägde rum i ${b}`, en: `${a} took place in ${b}` };
    case 'PARTNERSHIP':
      return { sv: `${a} verkar i ${b}`, en: `${a} is based in ${b}` };
    default:
      return { sv: `${a} ligger i ${b}`, en: `${a} is located in ${b}` };
  }
}

/** The relation an edge states, in Swedish and English, in the edge's own direction (from → to). */
export function explainEdge(edge: GraphEdge, from: GraphNode, to: GraphNode): Explanation {
  const a = from.label;
  const b = to.label;
  switch (edge.kind) {
    case 'MEMBER_OF':
      return edge.role === 'COORDINATOR'
        ? { sv: `${a} är medlem i och samordnar ${b}`, en: `${a} is a member and the coordinator of ${b}` }
        : { sv: `${a} är medlem i ${b}`, en: `${a} is a member of ${b}` };
    case 'COORDINATES':
      return { sv: `${a} samordnar ${b}`, en: `${a} coordinates ${b}` };
    case 'PARTICIPATES_IN':
      return (PARTICIPATION[edge.role ?? ''] ?? PARTICIPATION.PARTICIPANT!)(a, b);
    case 'FUNDS':
      return { sv: `${a} finansierar projektet ${b}`, en: `${a} funds the project ${b}` };
    case 'OWNS':
      return { sv: `${a} är projektägare för ${b}`, en: `${a} owns the project ${b}` };
    case 'LOCATED_IN':
      return located(from, a, b);
    case 'VISITED':
      return { sv: `${b} besöktes under ${a}`, en: `${b} was visited during ${a}` };
    case 'TOOK_PART_IN':
      return (EVENT_ROLE[edge.role ?? ''] ?? EVENT_ROLE.PARTICIPANT!)(a, b);
    case 'PART_OF':
      return { sv: `${a} ingick i projektet ${b}`, en: `${a} was part of the project ${b}` };
  }
}

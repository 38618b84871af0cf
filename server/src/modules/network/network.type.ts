import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { NodeType } from '../../common/ids.js';

export const NETWORK_NODE_KINDS = ['ORGANISATION', 'PARTNERSHIP', 'PROJECT', 'REGION', 'EVENT'] as const;
export type NetworkNodeKind = (typeof NETWORK_NODE_KINDS)[number];

/** The global-id type of each node kind. */
export const NODE_TYPE_OF_KIND: Record<NetworkNodeKind, NodeType> = {
  ORGANISATION: 'Organisation',
  PARTNERSHIP: 'Partnership',
  PROJECT: 'Project',
  REGION: 'Region',
  EVENT: 'Event',
};

export const NetworkNodeKindEnum = Object.fromEntries(NETWORK_NODE_KINDS.map((k) => [k, k])) as { [K in NetworkNodeKind]: K };
registerEnumType(NetworkNodeKindEnum, {
  name: 'NetworkNodeKind',
  description: 'What a node of the network is.',
  valuesConfig: {
    ORGANISATION: { description: 'An organisation (regional body, municipality, agency, social enterprise, ...).' },
    PARTNERSHIP: { description: 'A partnership of organisations.' },
    PROJECT: { description: 'A project.' },
    REGION: { description: 'A county or a European region.' },
    EVENT: { description: 'A meeting, study visit, dinner or recurring meeting.' },
  },
});

export const NETWORK_EDGE_KINDS = [
  'MEMBER_OF',
  'COORDINATES',
  'PARTICIPATES_IN',
  'FUNDS',
  'OWNS',
  'LOCATED_IN',
  'VISITED',
  'TOOK_PART_IN',
  'PART_OF',
] as const;
export type NetworkEdgeKind = (typeof NETWORK_EDGE_KINDS)[number];

export const NetworkEdgeKindEnum = Object.fromEntries(NETWORK_EDGE_KINDS.map((k) => [k, k])) as { [K in NetworkEdgeKind]: K };
registerEnumType(NetworkEdgeKindEnum, {
  name: 'NetworkEdgeKind',
  description: 'How two nodes are related. Each edge has a direction (from → to) but paths and neighbourhoods follow edges both ways.',
  valuesConfig: {
    MEMBER_OF: { description: 'Organisation → partnership: a named membership (role MEMBER or COORDINATOR).' },
    COORDINATES: { description: "Organisation → partnership: the partnership's coordinator." },
    PARTICIPATES_IN: { description: 'Organisation or partnership → project, with the role (LEAD, PARTNER, HOST, PARTICIPANT).' },
    FUNDS: { description: 'Organisation → project: the funder of a funding covering the project, or a participant in the role FUNDER.' },
    OWNS: { description: 'Organisation → project: the project owner (Project.owner or a participant in the role OWNER).' },
    LOCATED_IN: {
      description:
        'Organisation, partnership, project or event → region: where it is based, works or took place (directly or through a municipality).',
    },
    VISITED: { description: 'Event → organisation: the organisation was visited during the event.' },
    TOOK_PART_IN: { description: 'Organisation or partnership → event, with the role (HOST, PARTICIPANT, ORGANISER).' },
    PART_OF: { description: 'Event → project: the event belongs to the project.' },
  },
});

@ObjectType('NetworkNode', { description: 'A node of the network graph: an organisation, partnership, project, region or event.' })
export class NetworkNodeType {
  @Field(() => ID, { description: 'Global id of the record (open it with `node(id:)`).' }) id!: string;
  @Field(() => NetworkNodeKindEnum, { description: 'What the node is.' }) kind!: NetworkNodeKind;
  @Field(() => String, { description: 'Name to show, as written in the sources.' }) label!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Slug of an organisation, partnership or project; key of an event; null for a region.',
  })
  slug!: string | null;
  @Field(() => String, { nullable: true, description: 'Code of a region (länskod or NUTS); null for other kinds.' }) code!: string | null;
  @Field(() => Int, { description: 'Number of edges between this node and the centre (or the start of a path).' }) distance!: number;
}

@ObjectType('NetworkEdge', { description: 'A typed, directed relation between two nodes.' })
export class NetworkEdgeType {
  @Field(() => String, { description: 'Stable key of the edge within the graph: kind, ends and role.' }) key!: string;
  @Field(() => NetworkEdgeKindEnum, { description: 'How the two nodes are related.' }) kind!: NetworkEdgeKind;
  @Field(() => ID, { description: 'Global id of the node the edge starts at (the subject: the member, the funder, ...).' }) from!: string;
  @Field(() => ID, { description: 'Global id of the node the edge points to.' }) to!: string;
  @Field(() => String, { nullable: true, description: 'The role, where the relation has one: LEAD, PARTNER, COORDINATOR, HOST, ...' })
  role!: string | null;
}

@ObjectType('Network', { description: 'The neighbourhood of a node: nodes within a number of steps and the edges between them.' })
export class NetworkType {
  @Field(() => NetworkNodeType, { description: 'The node the network is drawn around.' }) center!: NetworkNodeType;
  @Field(() => Int, { description: 'How many steps out from the centre the network reaches.' }) depth!: number;
  @Field(() => [NetworkNodeType], {
    description:
      'Nodes, nearest first (then organisations, partnerships, projects, regions, events, each by label), at most `limit`; the centre first.',
  })
  nodes!: NetworkNodeType[];
  @Field(() => [NetworkEdgeType], { description: 'Every edge (of the kinds asked for) between two of the returned nodes.' })
  edges!: NetworkEdgeType[];
  @Field(() => Int, { description: 'How many nodes lie within `depth` steps, before the limit.' }) totalNodeCount!: number;
  @Field(() => Boolean, { description: 'True when nodes within reach were left out because of `limit`.' }) truncated!: boolean;
}

@ObjectType('Explanation', { description: 'A sentence explaining a relation, in Swedish and English.' })
export class ExplanationType {
  @Field(() => String, { description: 'In Swedish, e.g. "Region Örebro län är medlem i Partnerskap för sociala innovationer".' })
  sv!: string;
  @Field(() => String, { description: 'In English, e.g. "Region Örebro län is a member of Partnerskap för sociala innovationer".' })
  en!: string;
}

@ObjectType('PathHop', { description: 'One step of a connection path, with the edge it follows and why the two nodes are connected.' })
export class PathHopType {
  @Field(() => NetworkNodeType, { description: 'The node the step leaves (nearer the start of the path).' }) from!: NetworkNodeType;
  @Field(() => NetworkNodeType, { description: 'The node the step reaches.' }) to!: NetworkNodeType;
  @Field(() => NetworkEdgeType, { description: 'The edge followed, in its own direction (which may run against the path).' })
  edge!: NetworkEdgeType;
  @Field(() => Boolean, { description: 'True when the path follows the edge against its direction (from its `to` to its `from`).' })
  reversed!: boolean;
  @Field(() => ExplanationType, { description: "The relation in words, stated in the edge's own direction." })
  explanation!: ExplanationType;
}

@ObjectType('ConnectionPath', { description: "A shortest path between two nodes over the network's edges, followed in either direction." })
export class ConnectionPathType {
  @Field(() => Int, { description: 'Number of steps.' }) length!: number;
  @Field(() => [NetworkNodeType], { description: 'The nodes from start to end.' }) nodes!: NetworkNodeType[];
  @Field(() => [PathHopType], { description: 'The steps, in order, each with its explanation.' }) hops!: PathHopType[];
}

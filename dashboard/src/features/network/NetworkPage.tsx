import { useQuery } from '@apollo/client/react';
import type { TFunction } from 'i18next';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/ui/Facts';
import { Graph } from '../../components/ui/Graph';
import { Link } from '../../components/ui/Link';
import { Loading } from '../../components/ui/Loading';
import { Page } from '../../components/ui/Page';
import { QueryError } from '../../components/ui/QueryError';
import { graphql } from '../../gql';
import type { NetworkQuery } from '../../gql/graphql';
import { intParam, listParam, stringParam, useUrlState, useUrlUpdate } from '../../lib/useUrlState';
import { ConnectionFinder, type Endpoint } from './ConnectionFinder';
import { NodePanel } from './NodePanel';
import { NodePicker } from './NodePicker';
import { EDGE_KINDS, isRole, NODE_KINDS, parseKinds, type EdgeKind, type NodeKind } from './nodes';

/** Where the explorer starts when the URL names no node. */
const DEFAULT_CENTER_SLUG = 'region-orebro-lan';

const DefaultCenterQuery = graphql(`
  query NetworkDefaultCenter($slug: String!) {
    organisation(slug: $slug) {
      id
      name
    }
  }
`);

const NetworkQuery = graphql(`
  query Network($around: ID!, $depth: Int!, $nodeKinds: [NetworkNodeKind!], $edgeKinds: [NetworkEdgeKind!]) {
    network(around: $around, depth: $depth, nodeKinds: $nodeKinds, edgeKinds: $edgeKinds, limit: 150) {
      depth
      totalNodeCount
      truncated
      center {
        id
        label
        kind
      }
      nodes {
        id
        kind
        label
        slug
        code
        distance
      }
      edges {
        key
        kind
        from
        to
        role
      }
    }
  }
`);

const EndpointLabelsQuery = graphql(`
  query NetworkEndpointLabels($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
      ... on Organisation {
        name
      }
      ... on Partnership {
        name
      }
      ... on Project {
        name
      }
      ... on Region {
        name
      }
    }
  }
`);

type NetworkData = NetworkQuery['network'];

function KindFilter<K extends string>({
  legend,
  all,
  chosen,
  label,
  onChange,
}: {
  legend: string;
  all: readonly K[];
  chosen: readonly K[] | null;
  label: (kind: K) => string;
  onChange: (kinds: K[] | null) => void;
}) {
  const on = new Set(chosen ?? all);
  return (
    <fieldset className="kind-filter">
      <legend>{legend}</legend>
      {all.map((kind) => (
        <label key={kind}>
          <input
            type="checkbox"
            checked={on.has(kind)}
            onChange={(event) => {
              const next = all.filter((candidate) => (candidate === kind ? event.currentTarget.checked : on.has(candidate)));
              onChange(next.length === all.length || next.length === 0 ? null : next);
            }}
          />{' '}
          {label(kind)}
        </label>
      ))}
    </fieldset>
  );
}

function useRelations(network: NetworkData | undefined, t: TFunction) {
  return useMemo(() => {
    const byId = new Map((network?.nodes ?? []).map((node) => [node.id, node]));
    const linkLabel = (kind: EdgeKind, role: string | null) => {
      const verb = t(`network.edge.${kind}`);
      // "is a member of (member)" says nothing more than "is a member of"
      const implied = role === 'MEMBER' || role === 'PARTICIPANT';
      return role && isRole(role) && !implied ? `${verb} (${t(`network.role.${role}`)})` : verb;
    };
    const links = (network?.edges ?? []).map((edge) => ({ source: edge.from, target: edge.to, label: linkLabel(edge.kind, edge.role) }));
    const relationsOf = (id: string) =>
      links
        .filter((link) => link.source === id || link.target === id)
        .map((link) => `${byId.get(link.source)?.label ?? ''} ${link.label} ${byId.get(link.target)?.label ?? ''}`);
    return { links, relationsOf };
  }, [network, t]);
}

/** The network explorer: the neighbourhood of any organisation, partnership, project or region, and how two of them connect. */
export function NetworkPage() {
  const { t } = useTranslation();
  const id = useId();
  const update = useUrlUpdate();
  const [aroundParam] = useUrlState('around', stringParam);
  const [depthParam] = useUrlState('depth', intParam);
  const [nodeParam] = useUrlState('nodes', listParam);
  const [edgeParam] = useUrlState('edges', listParam);
  const [selectedId] = useUrlState('node', stringParam);
  const [fromId] = useUrlState('from', stringParam);
  const [toId] = useUrlState('to', stringParam);

  const depth = depthParam !== null && depthParam >= 1 && depthParam <= 3 ? depthParam : 1;
  const nodeKinds = parseKinds(nodeParam, NODE_KINDS);
  const edgeKinds = parseKinds(edgeParam, EDGE_KINDS);

  const fallback = useQuery(DefaultCenterQuery, { variables: { slug: DEFAULT_CENTER_SLUG }, skip: Boolean(aroundParam) });
  const around = aroundParam ?? fallback.data?.organisation.id ?? null;

  const { data, previousData, loading, error, refetch } = useQuery(NetworkQuery, {
    variables: { around: around ?? '', depth, nodeKinds, edgeKinds },
    skip: !around,
  });
  const network = (data ?? previousData)?.network;

  const endpointIds = [fromId, toId].filter((value): value is string => Boolean(value));
  const labels = useQuery(EndpointLabelsQuery, { variables: { ids: endpointIds }, skip: endpointIds.length === 0 });
  const endpoint = (nodeId: string | null): Endpoint | null => {
    if (!nodeId) return null;
    const found = labels.data?.nodes.find((node) => node?.id === nodeId);
    const label = found && 'name' in found ? found.name : (network?.nodes.find((node) => node.id === nodeId)?.label ?? '');
    return { id: nodeId, label };
  };

  const { links, relationsOf } = useRelations(network, t);
  const kindLabel = (kind: NodeKind) => t(`network.kind.${kind}`);
  const graphNodes = useMemo(
    () => (network?.nodes ?? []).map((node) => ({ id: node.id, label: node.label, category: t(`network.kind.${node.kind}`) })),
    [network, t],
  );
  const categories = useMemo(() => NODE_KINDS.map((kind) => t(`network.kind.${kind}`)), [t]);
  const emphasised = useMemo(() => (network ? [network.center.id] : []), [network]);
  const selected = network?.nodes.find((node) => node.id === selectedId) ?? null;

  const centerOn = (nodeId: string) => update({ around: nodeId, node: null });

  return (
    <Page title={t('views.network.title')} intro={t('views.network.intro')}>
      <div className="controls network-controls">
        <div className="controls__row">
          <div className="field--grow">
            <NodePicker
              label={t('network.around')}
              value={network ? { id: network.center.id, label: network.center.label } : null}
              onPick={(node) => centerOn(node.id)}
            />
          </div>
          <fieldset className="field segmented">
            <legend>{t('network.depth')}</legend>
            <div className="segmented__options">
              {[1, 2, 3].map((value) => (
                <label key={value} className={depth === value ? 'is-checked' : undefined}>
                  <input
                    type="radio"
                    name={`${id}-depth`}
                    value={value}
                    checked={depth === value}
                    onChange={() => update({ depth: value === 1 ? null : String(value) })}
                  />
                  {t('network.steps', { count: value })}
                </label>
              ))}
            </div>
          </fieldset>
        </div>
        <details className="network-filters" open={Boolean(nodeKinds || edgeKinds)}>
          <summary>{t('network.filters')}</summary>
          <div className="network-filters__body">
            <KindFilter
              legend={t('network.nodeKinds')}
              all={NODE_KINDS}
              chosen={nodeKinds}
              label={kindLabel}
              onChange={(kinds) => update({ nodes: kinds ? kinds.join(',') : null })}
            />
            <KindFilter
              legend={t('network.edgeKinds')}
              all={EDGE_KINDS}
              chosen={edgeKinds}
              label={(kind: EdgeKind) => t(`network.edgeName.${kind}`)}
              onChange={(kinds) => update({ edges: kinds ? kinds.join(',') : null })}
            />
          </div>
        </details>
      </div>

      {error ? (
        <QueryError
          error={error}
          onRetry={() => void refetch()}
          notFound={{ title: t('network.notFound'), body: t('network.notFoundBody') }}
        />
      ) : fallback.error ? (
        <QueryError error={fallback.error} onRetry={() => void fallback.refetch()} />
      ) : !network ? (
        <Loading />
      ) : (
        <div className={loading ? 'network-layout is-updating' : 'network-layout'} aria-busy={loading}>
          <div className="network-layout__graph">
            <p className="comparison-summary" role="status">
              {t('network.summary', {
                center: network.center.label,
                count: network.nodes.length,
                edges: network.edges.length,
                depth: t('network.steps', { count: network.depth }),
              })}
            </p>
            {network.truncated && (
              <p className="notice" role="note">
                {t('network.truncated', { shown: network.nodes.length, total: network.totalNodeCount })}
              </p>
            )}
            <Graph
              title={t('network.graphTitle', { center: network.center.label })}
              nodes={graphNodes}
              links={links}
              categories={categories}
              emphasised={emphasised}
              onSelect={(nodeId) => update({ node: nodeId })}
              height={560}
            />
            <p className="footnote">{t('network.howTo')}</p>
          </div>
          <div className="network-layout__side">
            {selected ? (
              <NodePanel
                node={selected}
                relations={relationsOf(selected.id)}
                isCenter={selected.id === network.center.id}
                onCenter={() => centerOn(selected.id)}
                onClose={() => update({ node: null })}
                onConnectFrom={() => update({ from: selected.id })}
              />
            ) : (
              <aside className="node-panel node-panel--empty">
                <p>{t('network.selectPrompt')}</p>
                <ul className="record-list">
                  {network.nodes.slice(0, 12).map((node) => (
                    <li key={node.id}>
                      <button type="button" className="link-button" onClick={() => update({ node: node.id })}>
                        {node.label}
                      </button>
                      <span className="record-list__meta">{t(`network.kind.${node.kind}`)}</span>
                    </li>
                  ))}
                </ul>
                {network.nodes.length > 12 && <p className="footnote">{t('network.moreInTable')}</p>}
              </aside>
            )}
          </div>
        </div>
      )}

      <Section title={t('network.connectionTitle')} id="connection">
        <ConnectionFinder
          from={endpoint(fromId)}
          to={endpoint(toId)}
          onFrom={(node) => update({ from: node.id })}
          onTo={(node) => update({ to: node.id })}
          onSwap={() => update({ from: toId, to: fromId })}
          onShowInGraph={(steps) => {
            update({ around: fromId, depth: steps > 1 ? String(steps) : null, node: toId, nodes: null, edges: null });
            window.scrollTo({ top: 0, behavior: 'smooth' });
          }}
        />
      </Section>
      <p className="footnote">
        <Link to="/api">{t('network.apiHint')}</Link>
      </p>
    </Page>
  );
}

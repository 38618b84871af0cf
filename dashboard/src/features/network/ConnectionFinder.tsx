import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/ui/EmptyState';
import { Link } from '../../components/ui/Link';
import { Loading } from '../../components/ui/Loading';
import { QueryError } from '../../components/ui/QueryError';
import { graphql } from '../../gql';
import { useLang } from '../../lib/i18n';
import { NodePicker } from './NodePicker';
import { nodePath } from './nodes';

const ConnectionPathQuery = graphql(`
  query ConnectionPath($from: ID!, $to: ID!) {
    connectionPath(from: $from, to: $to, maxLength: 6) {
      length
      nodes {
        id
        kind
        label
        slug
        code
      }
      hops {
        reversed
        edge {
          kind
          role
        }
        explanation {
          sv
          en
        }
      }
    }
  }
`);

export interface Endpoint {
  id: string;
  label: string;
}

export interface ConnectionFinderProps {
  from: Endpoint | null;
  to: Endpoint | null;
  onFrom: (node: Endpoint) => void;
  onTo: (node: Endpoint) => void;
  onSwap: () => void;
  /** Draws the network around A far enough out to hold the paths, with B selected. */
  onShowInGraph: (steps: number) => void;
}

function Paths({ from, to, onShowInGraph }: { from: string; to: string; onShowInGraph: (steps: number) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { data, error, refetch } = useQuery(ConnectionPathQuery, { variables: { from, to } });
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const found = data.connectionPath;
  if (found.length === 0) return <EmptyState title={t('network.noPath')} />;
  return (
    <div className="paths">
      <p role="status">{t('network.pathsFound', { count: found.length, steps: found[0]?.length ?? 0 })}</p>
      {(found[0]?.length ?? 0) <= 3 && (
        <p>
          <button type="button" className="button button--secondary" onClick={() => onShowInGraph(found[0]?.length ?? 1)}>
            {t('network.showInGraph')}
          </button>
        </p>
      )}
      {found.map((path, pathIndex) => (
        <ol key={pathIndex} className="path" aria-label={t('network.pathLabel', { number: pathIndex + 1 })}>
          {path.nodes.map((node, index) => {
            const to = nodePath(node);
            const hop = path.hops[index];
            return (
              <li key={`${node.id}-${index}`} className="path__step">
                <span className="path__node">
                  {to ? <Link to={to}>{node.label}</Link> : node.label} <span className="path__kind">{t(`network.kind.${node.kind}`)}</span>
                </span>
                {hop && <span className="path__hop">{lang === 'en' ? hop.explanation.en : hop.explanation.sv}</span>}
              </li>
            );
          })}
        </ol>
      ))}
    </div>
  );
}

/** "How are A and B connected?": the shortest paths between two nodes, each step explained. */
export function ConnectionFinder({ from, to, onFrom, onTo, onSwap, onShowInGraph }: ConnectionFinderProps) {
  const { t } = useTranslation();
  return (
    <div className="connection-finder">
      <div className="controls">
        <div className="controls__row">
          <div className="field--grow">
            <NodePicker label={t('network.from')} value={from} onPick={onFrom} />
          </div>
          <button
            type="button"
            className="button button--secondary"
            onClick={onSwap}
            disabled={!from || !to}
            aria-label={t('network.swap')}
            title={t('network.swap')}
          >
            ⇄
          </button>
          <div className="field--grow">
            <NodePicker label={t('network.to')} value={to} onPick={onTo} />
          </div>
        </div>
      </div>
      {from && to ? (
        from.id === to.id ? (
          <EmptyState title={t('network.samePoint')} />
        ) : (
          <Paths from={from.id} to={to.id} onShowInGraph={onShowInGraph} />
        )
      ) : (
        <p className="muted">{t('network.pathPrompt')}</p>
      )}
    </div>
  );
}

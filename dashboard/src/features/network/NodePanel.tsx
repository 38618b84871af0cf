import { useTranslation } from 'react-i18next';
import { Link } from '../../components/ui/Link';
import { nodePath, type NodeKind } from './nodes';

export interface PanelNode {
  id: string;
  kind: NodeKind;
  label: string;
  slug: string | null;
  code: string | null;
  distance: number;
}

export interface NodePanelProps {
  node: PanelNode;
  /** How the node is related to the others shown, in words. */
  relations: readonly string[];
  isCenter: boolean;
  onCenter: () => void;
  onClose: () => void;
  onConnectFrom: () => void;
}

/** The selected node: what it is, its page, and "centre the network here". */
export function NodePanel({ node, relations, isCenter, onCenter, onClose, onConnectFrom }: NodePanelProps) {
  const { t } = useTranslation();
  const to = nodePath(node);
  return (
    <aside className="node-panel" aria-labelledby="node-panel-title">
      <p className="page__kicker">{t(`network.kind.${node.kind}`)}</p>
      <h2 id="node-panel-title" className="node-panel__title">
        {node.label}
      </h2>
      <p className="muted">{isCenter ? t('network.isCenter') : t('network.distance', { count: node.distance })}</p>
      <div className="node-panel__actions">
        {to && (
          <Link className="button" to={to}>
            {t('network.openPage')}
          </Link>
        )}
        {!isCenter && (
          <button type="button" className="button button--secondary" onClick={onCenter}>
            {t('network.centerHere')}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onConnectFrom}>
          {t('network.connectFrom')}
        </button>
        <button type="button" className="link-button" onClick={onClose}>
          {t('ui.close')}
        </button>
      </div>
      {relations.length > 0 && (
        <>
          <h3 className="node-panel__subheading">{t('network.relations')}</h3>
          <ul className="node-panel__relations">
            {relations.map((relation) => (
              <li key={relation}>{relation}</li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}

import type { ECElementEvent } from 'echarts/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORICAL, escapeHtml, type ChartOption } from '../../lib/echarts';
import { EChart } from './EChart';

export interface GraphNode {
  id: string;
  label: string;
  /** Kind of node, e.g. "Organisation"; one colour and legend entry per category. */
  category: string;
}

export interface GraphLink {
  source: string;
  target: string;
  /** What the link means, e.g. "medlem i". */
  label?: string;
}

export interface GraphProps {
  /** What the graph shows; its accessible name and table caption. */
  title: string;
  nodes: readonly GraphNode[];
  links: readonly GraphLink[];
  onSelect?: (id: string) => void;
  height?: number;
  /** Every category in a fixed order, so that a kind keeps its colour whichever kinds are shown. */
  categories?: readonly string[];
  /** Nodes drawn larger with a dark ring: the centre, the selected node, a path. */
  emphasised?: readonly string[];
}

/** A force-directed network; zoom and pan with the wheel and drag, select a node with a click. */
const NONE: readonly string[] = [];

export function Graph({ title, nodes, links, onSelect, height = 560, categories: allCategories, emphasised = NONE }: GraphProps) {
  const { t } = useTranslation();
  const byId = useMemo(() => new Map(nodes.map((node) => [node.id, node])), [nodes]);

  const degree = useMemo(() => {
    const counts = new Map<string, number>();
    for (const link of links) {
      counts.set(link.source, (counts.get(link.source) ?? 0) + 1);
      counts.set(link.target, (counts.get(link.target) ?? 0) + 1);
    }
    return counts;
  }, [links]);

  const option = useMemo<ChartOption>(() => {
    const present = new Set(nodes.map((node) => node.category));
    const categories = allCategories ? allCategories.filter((category) => present.has(category)) : [...present];
    const colourOf = (category: string) => CATEGORICAL[(allCategories ?? categories).indexOf(category) % CATEGORICAL.length];
    const marked = new Set(emphasised);
    return {
      legend: { data: categories, bottom: 0 },
      tooltip: {
        formatter: (params) => {
          if (Array.isArray(params)) return '';
          if (params.dataType === 'edge') {
            const link = links[params.dataIndex];
            if (!link) return '';
            const ends = `${escapeHtml(byId.get(link.source)?.label ?? link.source)} → ${escapeHtml(byId.get(link.target)?.label ?? link.target)}`;
            return link.label ? `${ends}<br>${escapeHtml(link.label)}` : ends;
          }
          const node = nodes[params.dataIndex];
          return node ? `${escapeHtml(node.label)}<br>${escapeHtml(node.category)}` : '';
        },
      },
      series: [
        {
          type: 'graph',
          layout: 'force',
          roam: true,
          draggable: true,
          // a small network spreads out to fill the frame; a large one packs tighter
          force:
            nodes.length <= 30
              ? { repulsion: 900, edgeLength: [90, 200], gravity: 0.04, layoutAnimation: true }
              : { repulsion: 220, edgeLength: [50, 140], gravity: 0.07, layoutAnimation: true },
          categories: categories.map((name) => ({ name, itemStyle: { color: colourOf(name) } })),
          label: { show: true, position: 'right', fontSize: 11 },
          labelLayout: { hideOverlap: true },
          emphasis: { focus: 'adjacency', lineStyle: { width: 2.5 } },
          lineStyle: { color: '#9aa0a6', opacity: 0.7 },
          data: nodes.map((node) => ({
            id: node.id,
            name: node.label,
            category: categories.indexOf(node.category),
            symbolSize: (marked.has(node.id) ? 10 : 0) + 8 + 4 * Math.sqrt(degree.get(node.id) ?? 0),
            ...(marked.has(node.id)
              ? { itemStyle: { borderColor: '#1b1f24', borderWidth: 3 }, label: { show: true, fontWeight: 'bold' as const, fontSize: 13 } }
              : {}),
          })),
          links: links.map((link) => ({ source: link.source, target: link.target })),
        },
      ],
    };
  }, [nodes, links, byId, degree, allCategories, emphasised]);

  const handleClick = useCallback(
    (event: ECElementEvent) => {
      const node = event.dataType === 'node' ? nodes[event.dataIndex] : undefined;
      if (node && onSelect) onSelect(node.id);
    },
    [nodes, onSelect],
  );

  const nodeName = (id: string) => {
    const label = byId.get(id)?.label ?? id;
    return onSelect ? (
      <button type="button" className="link-button" onClick={() => onSelect(id)}>
        {label}
      </button>
    ) : (
      label
    );
  };

  return (
    <figure className="chart-figure">
      <EChart option={option} ariaLabel={title} height={height} onClick={onSelect ? handleClick : undefined} />
      <details className="chart-table">
        <summary>{t('ui.showTable')}</summary>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('chart.from')}</th>
              <th scope="col">{t('chart.relation')}</th>
              <th scope="col">{t('chart.to')}</th>
            </tr>
          </thead>
          <tbody>
            {links.map((link, index) => (
              <tr key={`${link.source}-${link.target}-${index}`}>
                <td>{nodeName(link.source)}</td>
                <td>{link.label ?? ''}</td>
                <td>{nodeName(link.target)}</td>
              </tr>
            ))}
            {nodes
              .filter((node) => !degree.has(node.id))
              .map((node) => (
                <tr key={node.id}>
                  <td>{nodeName(node.id)}</td>
                  <td />
                  <td />
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

import type { ECElementEvent } from 'echarts/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { escapeHtml, NOT_REPORTED_STYLE, SEQUENTIAL, type ChartOption } from '../../lib/echarts';
import { formatInteger } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { ChartTable } from './ChartTable';
import { EChart } from './EChart';

export interface BarDatum {
  id: string;
  label: string;
  value: number | null;
  /** The value as it should read when it says more than the number: `högst 648`, `ca 54 mnkr †`. */
  text?: string;
}

export interface BarChartProps {
  /** What the chart shows; its accessible name and table caption. */
  title: string;
  data: readonly BarDatum[];
  /** Header of the label column in the table, e.g. "Region". */
  labelHeader: string;
  valueLabel?: string;
  formatValue?: (value: number) => string;
  onSelect?: (id: string) => void;
}

const BAR_COLOUR = SEQUENTIAL[3];

/** Horizontal bars in the given order; a null value shows "ej rapporterad" where its bar would be. */
export function BarChart({ title, data, labelHeader, valueLabel, formatValue, onSelect }: BarChartProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const format = useMemo(() => formatValue ?? ((value: number) => formatInteger(value, { lang })), [formatValue, lang]);

  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 72, top: 8, bottom: 24, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const datum = Array.isArray(params) ? undefined : data[params.dataIndex];
          if (!datum) return '';
          return `${escapeHtml(datum.label)}: ${escapeHtml(datum.value === null ? t('chart.notReported') : (datum.text ?? format(datum.value)))}`;
        },
      },
      xAxis: { type: 'value', axisLabel: { formatter: (value: number) => format(value), hideOverlap: true }, splitNumber: 4 },
      yAxis: { type: 'category', inverse: true, data: data.map((datum) => datum.label), axisTick: { show: false } },
      series: [
        {
          type: 'bar',
          barMaxWidth: 22,
          itemStyle: { color: BAR_COLOUR },
          label: { show: true, position: 'right', formatter: (params) => format(Number(params.value)) },
          data: data.map((datum) =>
            datum.value === null
              ? {
                  value: 0,
                  itemStyle: { color: NOT_REPORTED_STYLE.color },
                  label: { formatter: t('chart.notReported'), fontStyle: 'italic', color: '#5f6368' },
                }
              : datum.text
                ? { value: datum.value, label: { formatter: datum.text } }
                : { value: datum.value },
          ),
        },
      ],
    }),
    [data, format, t],
  );

  const handleClick = useCallback(
    (event: ECElementEvent) => {
      const datum = data[event.dataIndex];
      if (datum && onSelect) onSelect(datum.id);
    },
    [data, onSelect],
  );

  return (
    <figure className="chart-figure">
      <EChart option={option} ariaLabel={title} height={48 + 32 * data.length} onClick={onSelect ? handleClick : undefined} />
      <ChartTable
        caption={title}
        labelHeader={labelHeader}
        valueHeader={valueLabel ?? t('chart.value')}
        rows={data}
        formatValue={format}
        onSelect={onSelect}
      />
    </figure>
  );
}

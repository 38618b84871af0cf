import type { ECElementEvent, EChartsType } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';
import { loadECharts, type ChartOption, type EChartsModule } from '../../lib/echarts';
import { ErrorMessage } from './ErrorMessage';
import { Loading } from './Loading';

export interface EChartProps {
  option: ChartOption;
  /** Short description of what the chart shows; pair the chart with a table of its data. */
  ariaLabel: string;
  height: number;
  onClick?: (event: ECElementEvent) => void;
  /** Runs once ECharts has loaded, before the first option is set (e.g. to register a map). */
  prepare?: (echarts: EChartsModule) => Promise<void> | void;
}

/** Mounts an ECharts instance; ECharts itself is loaded on first use. */
export function EChart({ option, ariaLabel, height, onClick, prepare }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<EChartsType | null>(null);
  const [failed, setFailed] = useState(false);
  const prepareRef = useRef(prepare);

  useEffect(() => {
    let cancelled = false;
    let instance: EChartsType | undefined;
    let observer: ResizeObserver | undefined;
    loadECharts()
      .then(async (echarts) => {
        await prepareRef.current?.(echarts);
        if (cancelled || !container.current) return;
        const element = container.current;
        instance = echarts.init(element, null, { renderer: 'svg' });
        observer = new ResizeObserver(() => {
          // A map cannot be laid out in an empty box (its transform has no inverse): wait for a real size.
          if (element.clientWidth > 0 && element.clientHeight > 0) instance?.resize();
        });
        observer.observe(element);
        setChart(instance);
      })
      .catch((error: unknown) => {
        console.error(error);
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
      observer?.disconnect();
      instance?.dispose();
    };
  }, []);

  useEffect(() => {
    chart?.setOption(option, { notMerge: true });
  }, [chart, option]);

  useEffect(() => {
    if (!chart || !onClick) return;
    chart.on('click', onClick);
    return () => {
      chart.off('click', onClick);
    };
  }, [chart, onClick]);

  if (failed) return <ErrorMessage />;
  return (
    <div className="chart" style={{ height }}>
      {!chart && <Loading />}
      <div ref={container} className="chart__canvas" role="img" aria-label={ariaLabel} />
    </div>
  );
}

import type { BarSeriesOption, GraphSeriesOption, MapSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | GraphSeriesOption
  | MapSeriesOption
  | AriaComponentOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

export type EChartsModule = typeof import('./echarts-setup');

let loading: Promise<EChartsModule> | undefined;

/** ECharts, loaded on first use into a chunk of its own. */
export function loadECharts(): Promise<EChartsModule> {
  loading ??= import('./echarts-setup').catch((error: unknown) => {
    loading = undefined; // let a later chart try again
    throw error;
  });
  return loading;
}

/** Colour-blind-safe sequential palette (viridis, light to dark), for choropleths and scales. */
export const SEQUENTIAL = ['#fde725', '#90d743', '#35b779', '#21918c', '#31688e', '#443983', '#440154'];

/** Okabe–Ito categorical palette, distinguishable with the common colour-vision deficiencies. */
export const CATEGORICAL = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000'];

/** The grey and hatching that mark a figure that was not reported. */
export const NOT_REPORTED_STYLE = {
  color: '#d9d9d9',
  decal: { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 4, color: 'rgba(0, 0, 0, 0.35)' },
};

/** For text placed in ECharts' HTML tooltips. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

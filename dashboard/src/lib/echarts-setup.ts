// Only what the atlas's charts use, so the lazily loaded chunk stays small. Import through
// loadECharts() in ./echarts.ts, never directly: a static import would put ECharts in the start chunk.
import { BarChart, GraphChart, MapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapContinuousComponent } from 'echarts/components';
// echarts' `use` registers components; renamed so it is not mistaken for a React hook.
import { format, init, registerMap, use as installComponents } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

installComponents([
  BarChart,
  GraphChart,
  MapChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  SVGRenderer,
]);

export { format, init, registerMap };

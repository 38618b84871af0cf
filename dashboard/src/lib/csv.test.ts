import { describe, expect, it } from 'vitest';
import { toCsv, type CsvColumn } from './csv';

interface Row {
  code: string;
  name: string;
  amount: number | null;
  share: number;
}

const rows: Row[] = [
  { code: 'SE.OR', name: 'Örebro län', amount: 1_500_000, share: 0.25 },
  { code: 'SE.VN', name: 'Västernorrlands län', amount: null, share: 0 },
  { code: 'SE.ST', name: 'Stockholm; Gotland', amount: -1200.5, share: 1 },
];

const columns: CsvColumn<Row>[] = [
  { label: 'Län', value: (row) => row.name },
  { label: 'Beviljat belopp (kr)', value: (row) => row.amount },
  { label: 'Andel', value: (row) => row.share },
];

describe('toCsv', () => {
  const csv = toCsv(columns, rows);
  const lines = csv.slice(1).split('\r\n');

  it('starts with a UTF-8 byte-order mark for Excel', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it('has a header of labels separated by semicolons', () => {
    expect(lines[0]).toBe('Län;Beviljat belopp (kr);Andel');
  });

  it('writes every row, with labels rather than codes', () => {
    expect(lines.slice(1, -1)).toHaveLength(rows.length);
    expect(csv).toContain('Örebro län');
    expect(csv).not.toContain('SE.OR');
  });

  it('writes numbers with a decimal comma and no grouping', () => {
    expect(lines[1]).toBe('Örebro län;1500000;0,25');
    expect(lines[3]).toBe('"Stockholm; Gotland";-1200,5;1');
  });

  it('writes a missing figure as "ej rapporterad" and 0 as 0', () => {
    expect(lines[2]).toBe('Västernorrlands län;ej rapporterad;0');
  });

  it('keeps a label that looks like a formula as text', () => {
    const [, line] = toCsv([{ label: 'Namn', value: (name: string) => name }], ['=HYPERLINK("x")'])
      .slice(1)
      .split('\r\n');
    expect(line).toBe('"\'=HYPERLINK(""x"")"');
  });

  it('says "not reported" in English', () => {
    expect(toCsv(columns, [rows[1]!], 'en')).toContain('Västernorrlands län;not reported;0');
  });
});

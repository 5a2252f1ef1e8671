import { describe, expect, it } from 'vitest';
import { filterPaletteItems, paletteItems } from './palette-items';

const items = paletteItems([
  { id: 'p2', name: 'Zebra Crossing' },
  { id: 'p1', name: 'Écoles en réseau' },
]);
const labels = (query: string) => filterPaletteItems(items, query).map((i) => i.label);

describe('paletteItems', () => {
  it('lists one action per dialog, then a "Go to" per partnership sorted by name', () => {
    expect(items.filter((i) => i.group === 'Add')).toHaveLength(9);
    expect(items.slice(-2).map((i) => i.label)).toEqual([
      'Go to Écoles en réseau',
      'Go to Zebra Crossing',
    ]);
    expect(items[0]).toMatchObject({ label: 'Record pulse…', kind: 'pulse' });
  });
});

describe('filterPaletteItems', () => {
  it('keeps everything for an empty query', () => {
    expect(labels('  ')).toHaveLength(items.length);
  });

  it('matches word starts of the label, every word needed', () => {
    expect(labels('log fr')).toEqual(['Log friction…']);
    expect(labels('pulse')).toEqual(['Record pulse…']);
    expect(labels('ulse')).toEqual([]);
    expect(labels('Log check-in')).toEqual(['Log check-in…']);
  });

  it('finds actions by their keywords', () => {
    expect(labels('meeting')).toEqual(['Log check-in…']);
    expect(labels('milestone')).toEqual(['Add win…']);
  });

  it('ignores case and accents', () => {
    expect(labels('ECOLES')).toEqual(['Go to Écoles en réseau']);
    expect(labels('go res')).toEqual(['Go to Écoles en réseau']);
  });
});

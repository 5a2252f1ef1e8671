// Tests of the "Prepared by · Generated on · audience" lines of both reports' covers and footers.
import { describe, expect, it } from 'vitest';
import { coverProvenance, footnoteProvenance } from './partnership-cover';

describe('cover and footer provenance lines', () => {
  it('names who prepared and manages the report, when, and for whom, leaving absent parts out', () => {
    const full = {
      preparedBy: 'Northwind',
      owner: 'Ana',
      generatedOn: '2026-09-05',
      audience: 'partners',
    } as const;
    expect(coverProvenance(full)).toBe(
      'Prepared by Northwind   ·   Managed by Ana   ·   Generated on 5 Sep 2026   ·   Shared with partners',
    );
    expect(footnoteProvenance(full)).toBe(
      'Prepared by Northwind · 5 Sep 2026 · Shared with partners',
    );
    const bare = { preparedBy: null, generatedOn: '2026-09-05', audience: 'internal' } as const;
    expect(coverProvenance(bare)).toBe(
      'Generated on 5 Sep 2026   ·   Internal: not for circulation',
    );
    expect(footnoteProvenance(bare)).toBe('5 Sep 2026 · Internal: not for circulation');
  });
});

// Property test: pulses exported to CSV, parsed and previewed for import give back the same
// records, whatever the text (emoji, right-to-left, combining marks, quotes, formula starts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PULSE_ITEMS } from '../domain/types';
import type { Dataset, Organization, Partnership, Pulse, PulseScores } from '../domain/types';
import { emptyDataset } from './backup-file';
import { pulsesToCsv } from './csv-export';
import { previewImport } from './csv-import';
import { suggestMapping } from './csv-mapping';
import { parseCsv } from './csv-parse';
import { detectDateOrder } from './csv-values';
import { validateRecord } from './record-schemas';

// Pieces that stress CSV writing and reading: delimiters, quotes, line breaks, formula starts,
// emoji with modifiers and joiners, right-to-left scripts and marks, combining accents.
const tricky = fc.constantFrom(
  ',',
  ';',
  '"',
  "'",
  '\n',
  '\r\n',
  '\r',
  '\t',
  '=',
  '+',
  '-',
  '@',
  ' ',
  '🤝',
  '👩🏽‍💻',
  'שלום',
  'مرحبا',
  '\u200f',
  '\u202e',
  'e\u0301',
  'Å',
  'ﷺ',
);
const text = fc
  .array(fc.oneof(tricky, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 })), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => parts.join(''));
const name = text.filter((t) => t.trim() !== '' && t.length <= 200);
const rating = fc.constantFrom(1, 2, 3, 4, 5);
const isoDate = fc
  .integer({ min: 0, max: 3650 })
  .map((day) => new Date(Date.UTC(2020, 0, 1) + day * 86_400_000).toISOString().slice(0, 10));

const world = fc
  .uniqueArray(name, { minLength: 2, maxLength: 4, selector: (n) => n.trim().toLowerCase() })
  .chain((orgNames) =>
    fc.record({
      orgNames: fc.constant(orgNames),
      partnershipNames: fc.uniqueArray(name, {
        minLength: 1,
        maxLength: 3,
        selector: (n) => n.trim().toLowerCase(),
      }),
    }),
  )
  .chain(({ orgNames, partnershipNames }) => {
    const organizations: Organization[] = orgNames.map((n, i) => ({
      id: `org:${i}`,
      name: n,
      kind: 'other',
    }));
    const partnerships: Partnership[] = partnershipNames.map((n, i) => ({
      id: `partnership:${i}`,
      name: n,
      // Each partnership has the first party and one other, so some parties are outsiders.
      partyIds: ['org:0', `org:${1 + (i % (orgNames.length - 1))}`],
      status: 'active',
      startDate: '2020-01-01',
      tags: [],
      checkInCadenceDays: 14,
      reviewCadenceDays: 90,
      createdAt: '2020-01-01T00:00:00Z',
      updatedAt: '2020-01-01T00:00:00Z',
    }));
    const pulse = fc
      .record({
        partnership: fc.constantFrom(...partnerships),
        partyIndex: fc.constantFrom(0, 1),
        date: isoDate,
        respondent: fc.option(text, { nil: undefined }),
        comment: fc.option(text, { nil: undefined }),
        scores: fc.dictionary(fc.constantFrom(...PULSE_ITEMS), rating),
      })
      .map((p): Omit<Pulse, 'id'> => ({
        partnershipId: p.partnership.id,
        partyId: p.partnership.partyIds[p.partyIndex]!,
        date: p.date,
        respondent: p.respondent,
        comment: p.comment,
        scores: p.scores as PulseScores,
      }));
    return fc.record({
      organizations: fc.constant(organizations),
      partnerships: fc.constant(partnerships),
      pulses: fc.array(pulse, { minLength: 1, maxLength: 8 }),
    });
  });

function datasetOf(w: { organizations: Organization[]; partnerships: Partnership[] }): Dataset {
  return { ...emptyDataset(), organizations: w.organizations, partnerships: w.partnerships };
}

describe('CSV round trip of pulses', () => {
  it.each(['ids', 'names'] as const)(
    'export → parse → import preview gives the same records, matching by %s',
    (matchBy) => {
      fc.assert(
        fc.property(world, (w) => {
          const pulses = w.pulses.map((p, i) => {
            const checked = validateRecord('pulses', { id: `pulse:${i}`, ...p });
            if (!checked.ok) throw new Error(`generator made an invalid pulse: ${checked.issues}`);
            return checked.value;
          });
          const dataset = datasetOf(w);
          const bytes = new TextEncoder().encode(pulsesToCsv(pulses, dataset));
          const parsed = parseCsv(bytes);
          expect(parsed.problems).toEqual([]);
          const mapping = suggestMapping('pulses', parsed.header);
          if (matchBy === 'names') {
            mapping.partnership = parsed.header.indexOf('partnership');
            mapping.party = parsed.header.indexOf('party');
          }
          const dates = parsed.rows.map((r) => r[mapping.date!]!);
          const ids = pulses.map((p) => p.id);
          const preview = previewImport(
            'pulses',
            parsed,
            mapping,
            detectDateOrder(dates),
            dataset,
            () => ids.shift()!,
          );
          expect(preview.fileProblems).toEqual([]);
          expect(preview.rows.flatMap((r) => r.problems)).toEqual([]);
          expect(preview.rows.map((r) => r.record)).toEqual(pulses);
        }),
        { numRuns: 150 },
      );
    },
  );
});

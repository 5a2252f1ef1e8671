import { describe, expect, it } from 'vitest';
import { evaluateHealth } from '../../../../core/domain/health';
import { friction, makeRecords, settingsWith } from '../../../../core/domain/test-records';
import { frictionLists } from './friction-lists';

const TODAY = '2026-03-01';

describe('frictionLists', () => {
  it("lists the engine's open frictions with its age and cost, and a future one apart", () => {
    const records = makeRecords({
      frictions: [
        friction('old-low', 'low', '2026-01-02'),
        friction('new-high', 'high', '2026-02-20'),
        friction('done', 'medium', '2026-01-05', '2026-02-01'),
        friction('done-later', 'medium', '2026-01-06', '2026-02-10'),
        friction('resolves-tomorrow', 'medium', '2026-02-25', '2026-03-02'),
        friction('future', 'high', '2026-03-05'),
      ],
    });
    const result = evaluateHealth(records, TODAY, settingsWith());
    const lists = frictionLists(records.frictions, result.dimensions.friction.open, TODAY);
    expect(lists.open.map((f) => [f.id, f.ageDays, f.cost])).toEqual([
      ['new-high', 9, 30],
      ['resolves-tomorrow', 4, 15],
      ['old-low', 58, 7.5],
    ]);
    expect(lists.resolved.map((f) => f.id)).toEqual(['done-later', 'done']);
    expect(lists.notCounted.map((f) => f.id)).toEqual(['future']);
  });
});

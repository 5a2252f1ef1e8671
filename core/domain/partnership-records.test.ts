// Grouping a data set by partnership: file order kept, goal updates follow their goal.

import { describe, expect, it } from 'vitest';
import { groupByPartnership } from './partnership-records';
import {
  goal,
  goalUpdate,
  interaction,
  makePartnership,
  settingsWith,
  trustPulse,
} from './test-records';
import { emptyCollections } from './types';
import type { Dataset } from './types';

describe('groupByPartnership', () => {
  it('groups every collection by partnership, in file order', () => {
    const p2 = makePartnership({ id: 'p2' });
    const dataset: Dataset = {
      ...emptyCollections(),
      partnerships: [makePartnership(), p2],
      pulses: [
        { ...trustPulse('q1', '2026-02-01', 'A', 3), partnershipId: 'p2' },
        trustPulse('q2', '2026-03-01', 'A', 3),
        trustPulse('q3', '2026-01-01', 'A', 3),
      ],
      interactions: [
        interaction('i1', '2026-01-01'),
        { ...interaction('i2', '2026-01-01'), partnershipId: 'gone' },
      ],
      goals: [goal('g1'), { ...goal('g2'), partnershipId: 'p2' }],
      goalUpdates: [
        goalUpdate('u1', 'g2', '2026-01-05', 1),
        goalUpdate('u2', 'g1', '2026-01-05', 1),
        goalUpdate('u3', 'g9', '2026-01-05', 1),
      ],
      settings: settingsWith(),
    };
    const groups = groupByPartnership(dataset);
    expect([...groups.keys()]).toEqual(['p1', 'p2']);
    expect(groups.get('p1')!.pulses.map((p) => p.id)).toEqual(['q2', 'q3']);
    expect(groups.get('p2')!.pulses.map((p) => p.id)).toEqual(['q1']);
    expect(groups.get('p1')!.interactions.map((i) => i.id)).toEqual(['i1']);
    expect(groups.get('p1')!.goalUpdates.map((u) => u.id)).toEqual(['u2']);
    expect(groups.get('p2')!.goalUpdates.map((u) => u.id)).toEqual(['u1']);
    expect(groups.get('p2')!.partnership).toBe(p2);
  });
});

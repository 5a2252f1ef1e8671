import { describe, expect, it } from 'vitest';
import type { Goal, GoalUpdate } from '../../../../core/domain/types';
import { expectedValue, goalChartPoints } from './goal-chart-data';

const goal: Goal = {
  id: 'g1',
  partnershipId: 'p1',
  title: 'Reach 100 customers',
  baseline: 20,
  target: 100,
  startDate: '2026-01-01',
  dueDate: '2026-01-11',
  weight: 1,
  ownerPartyIds: [],
  status: 'active',
};
const update = (id: string, date: string, value: number): GoalUpdate => ({
  id,
  goalId: 'g1',
  date,
  value,
});

describe('goal chart points', () => {
  it('paces evenly from the baseline at the start to the target at the due date', () => {
    expect(expectedValue(goal, '2026-01-01')).toBe(20);
    expect(expectedValue(goal, '2026-01-06')).toBe(60);
    expect(expectedValue(goal, '2026-01-11')).toBe(100);
    expect(expectedValue(goal, '2026-02-01')).toBe(100);
    expect(expectedValue({ ...goal, baseline: 50, target: 10 }, '2026-01-06')).toBe(30);
  });

  it('plots the start, each update (the last of a day) and the due date, in date order', () => {
    const points = goalChartPoints(goal, [
      update('u2', '2026-01-20', 110),
      update('u1', '2026-01-04', 30),
      update('u3', '2026-01-04', 35),
      { ...update('x', '2026-01-05', 99), goalId: 'other' },
    ]);
    expect(points.map((p) => [p.date, p.actual, p.expected])).toEqual([
      ['2026-01-01', 20, 20],
      ['2026-01-04', 35, 44],
      ['2026-01-11', null, 100],
      ['2026-01-20', 110, 100],
    ]);
  });
});

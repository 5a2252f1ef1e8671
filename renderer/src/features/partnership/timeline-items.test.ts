import { describe, expect, it } from 'vitest';
import { emptyRecords } from '../../../../core/domain/partnership-records';
import type { Partnership } from '../../../../core/domain/types';
import { timelineItems } from './timeline-items';

const partnership: Partnership = {
  id: 'p1',
  name: 'P',
  partyIds: ['a', 'b'],
  status: 'active',
  startDate: '2026-01-01',
  tags: [],
  checkInCadenceDays: 14,
  reviewCadenceDays: 90,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('timelineItems', () => {
  it('lists every record newest first, a resolved friction twice, with party names', () => {
    const records = {
      ...emptyRecords(partnership),
      pulses: [{ id: 'x1', partnershipId: 'p1', date: '2026-02-01', partyId: 'a', scores: {} }],
      frictions: [
        {
          id: 'f1',
          partnershipId: 'p1',
          title: 'Slow approvals',
          category: 'process' as const,
          severity: 'high' as const,
          openedDate: '2026-01-10',
          resolvedDate: '2026-03-01',
        },
      ],
      milestones: [
        { id: 'm1', partnershipId: 'p1', date: '2026-02-15', title: 'Launch', celebrated: true },
      ],
    };
    const items = timelineItems(records, (id) => (id === 'a' ? 'Acme' : id));
    expect(items.map((i) => [i.date, i.type])).toEqual([
      ['2026-03-01', 'friction'],
      ['2026-02-15', 'win'],
      ['2026-02-01', 'pulse'],
      ['2026-01-10', 'friction'],
    ]);
    expect(items[2]!.title).toBe('Pulse from Acme');
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
  });
});

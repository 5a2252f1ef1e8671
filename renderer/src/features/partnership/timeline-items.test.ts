import { describe, expect, it } from 'vitest';
import { emptyRecords } from '../../../../core/domain/partnership-records';
import type { Friction, Partnership } from '../../../../core/domain/types';
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

const slowApprovals: Friction = {
  id: 'f1',
  partnershipId: 'p1',
  title: 'Slow approvals',
  category: 'process',
  severity: 'high',
  openedDate: '2026-01-10',
};

describe('timelineItems', () => {
  it('lists every record newest first, a resolved friction twice, with party names', () => {
    const records = {
      ...emptyRecords(partnership),
      pulses: [{ id: 'x1', partnershipId: 'p1', date: '2026-02-01', partyId: 'a', scores: {} }],
      frictions: [{ ...slowApprovals, resolvedDate: '2026-03-01' }],
      milestones: [
        { id: 'm1', partnershipId: 'p1', date: '2026-02-15', title: 'Launch', celebrated: true },
      ],
    };
    const items = timelineItems(records, (id) => (id === 'a' ? 'Acme' : id));
    expect(items.map((i) => [i.date, i.kind])).toEqual([
      ['2026-03-01', 'friction'],
      ['2026-02-15', 'win'],
      ['2026-02-01', 'pulse'],
      ['2026-01-10', 'friction'],
    ]);
    expect(items[2]!.title).toBe('Pulse from Acme');
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
  });

  it('names kinds and severities in the words the forms use, not the stored values', () => {
    const records = {
      ...emptyRecords(partnership),
      interactions: [
        { id: 'i1', partnershipId: 'p1', date: '2026-01-05', kind: 'email' as const },
        {
          id: 'i2',
          partnershipId: 'p1',
          date: '2026-01-06',
          kind: 'meeting' as const,
          initiatorPartyId: 'a',
        },
      ],
      contributions: [
        {
          id: 'c1',
          partnershipId: 'p1',
          date: '2026-01-07',
          partyId: 'a',
          kind: 'staff-time' as const,
          value: 12,
        },
      ],
      frictions: [slowApprovals],
    };
    const titles = timelineItems(records, (id) => (id === 'a' ? 'Acme' : id)).map((i) => i.title);
    expect(titles).toEqual([
      'Friction opened: Slow approvals (high severity)',
      'Acme contributed 12 (staff time)',
      'Meeting, initiated by Acme',
      'Email thread',
    ]);
  });
});

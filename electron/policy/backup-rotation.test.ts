import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  KEEP_DAYS,
  KEEP_TODAY,
  KEEP_WEEKS,
  MAX_KEPT,
  selectBackupsToKeep,
  utcDayNumber,
  utcWeekNumber,
  type DatedBackup,
} from './backup-rotation';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// Saturday 2026-11-28, 15:00 UTC (a week starts on Monday 2026-11-23).
const now = new Date('2026-11-28T15:00:00Z');

function at(createdAt: string, name = createdAt): DatedBackup {
  return { name, createdAt };
}

function kept(backups: DatedBackup[], when = now): string[] {
  return [...selectBackupsToKeep(backups, when)].sort();
}

describe('selectBackupsToKeep (table)', () => {
  it('keeps the five newest of today and drops older ones of today', () => {
    const today = [9, 10, 11, 12, 13, 14, 14.5].map((hour) =>
      at(new Date(Date.UTC(2026, 10, 28, 0, hour * 60)).toISOString()),
    );
    expect(kept(today)).toEqual(
      today
        .slice(2)
        .map((b) => b.name)
        .sort(),
    );
  });

  it('keeps the newest of each of the seven days before today, not the eighth', () => {
    const backups = [
      at('2026-11-27T08:00:00.000Z'),
      at('2026-11-27T17:00:00.000Z'), // newest of yesterday
      at('2026-11-21T23:59:59.000Z'), // 7 days ago, newest of that day
      at('2026-11-21T01:00:00.000Z'),
      at('2026-11-20T12:00:00.000Z'), // 8 days ago: its week (Nov 16–22) keeps the 21st's
    ];
    expect(kept(backups)).toEqual(['2026-11-27T17:00:00.000Z', '2026-11-21T23:59:59.000Z'].sort());
  });

  it('keeps the newest of each of the eight weeks before this one, nothing older', () => {
    const backups = [
      at('2026-11-28T09:00:00.000Z'), // today
      at('2026-11-11T10:00:00.000Z'), // week of Nov 9: older of two
      at('2026-11-13T10:00:00.000Z'), // week of Nov 9: newest, kept
      at('2026-09-28T10:00:00.000Z'), // week of Sep 28 = 8 weeks before this one, kept
      at('2026-09-27T10:00:00.000Z'), // week of Sep 21 = 9 weeks back, dropped
      at('2025-01-01T10:00:00.000Z'), // a year ago, dropped
    ];
    expect(kept(backups)).toEqual(
      ['2026-11-28T09:00:00.000Z', '2026-11-13T10:00:00.000Z', '2026-09-28T10:00:00.000Z'].sort(),
    );
  });

  it('never deletes the newest, however old', () => {
    expect(kept([at('2024-01-01T00:00:00.000Z'), at('2023-01-01T00:00:00.000Z')])).toEqual([
      '2024-01-01T00:00:00.000Z',
    ]);
  });

  it('keeps what it cannot date and what lies in the future', () => {
    const backups = [
      { name: 'undated', createdAt: 'not a time' },
      at('2027-05-01T00:00:00.000Z', 'future'),
      at('2026-11-28T10:00:00.000Z', 'today'),
    ];
    expect(kept(backups)).toEqual(['future', 'today', 'undated']);
  });

  it('keeps nothing of nothing', () => {
    expect(kept([])).toEqual([]);
  });

  it('numbers days and Monday-started weeks in UTC', () => {
    expect(utcDayNumber(Date.parse('1970-01-02T00:00:00Z'))).toBe(1);
    const monday = utcWeekNumber(Date.parse('2026-11-23T00:00:00Z'));
    expect(utcWeekNumber(Date.parse('2026-11-29T23:59:59Z'))).toBe(monday);
    expect(utcWeekNumber(Date.parse('2026-11-22T23:59:59Z'))).toBe(monday - 1);
  });
});

// Backups at random moments within ~4 months before `now`, with unique names.
const ageArb = fc.integer({ min: 0, max: 120 * DAY });
const nowArb = fc
  .integer({ min: Date.parse('2025-01-01T00:00:00Z'), max: Date.parse('2030-01-01T00:00:00Z') })
  .map((time) => new Date(time));
const backupsArb = (nowTime: number) =>
  fc.array(ageArb, { maxLength: 200 }).map((ages) =>
    ages.map((age, index) => ({
      name: `b${index}`,
      createdAt: new Date(nowTime - age).toISOString(),
    })),
  );
const scenarioArb = nowArb.chain((when) =>
  backupsArb(when.getTime()).map((backups) => ({ when, backups })),
);

describe('selectBackupsToKeep (properties)', () => {
  it('keeps at most the bound, only names it was given', () => {
    fc.assert(
      fc.property(scenarioArb, ({ when, backups }) => {
        const keep = selectBackupsToKeep(backups, when);
        expect(keep.size).toBeLessThanOrEqual(MAX_KEPT);
        const names = new Set(backups.map((b) => b.name));
        for (const name of keep) expect(names.has(name)).toBe(true);
      }),
    );
  });

  it('always keeps the newest', () => {
    fc.assert(
      fc.property(scenarioArb, ({ when, backups }) => {
        fc.pre(backups.length > 0);
        const newestTime = Math.max(...backups.map((b) => Date.parse(b.createdAt)));
        const newest = backups.filter((b) => Date.parse(b.createdAt) === newestTime);
        const keep = selectBackupsToKeep(backups, when);
        expect(newest.some((b) => keep.has(b.name))).toBe(true);
      }),
    );
  });

  it('is idempotent: pruning what it kept keeps all of it', () => {
    fc.assert(
      fc.property(scenarioArb, ({ when, backups }) => {
        const keep = selectBackupsToKeep(backups, when);
        const again = selectBackupsToKeep(
          backups.filter((b) => keep.has(b.name)),
          when,
        );
        expect([...again].sort()).toEqual([...keep].sort());
      }),
    );
  });

  it('does not depend on the order it is given the backups in', () => {
    fc.assert(
      fc.property(scenarioArb, ({ when, backups }) => {
        const reversed = [...backups].reverse();
        expect([...selectBackupsToKeep(reversed, when)].sort()).toEqual(
          [...selectBackupsToKeep(backups, when)].sort(),
        );
      }),
    );
  });

  it('a kept backup of an earlier day stays kept until it ages out of its tier', () => {
    const laterArb = fc.record({
      advance: fc.integer({ min: 0, max: 70 * DAY }),
      newAges: fc.array(fc.integer({ min: 0, max: 70 * DAY }), { maxLength: 60 }),
    });
    fc.assert(
      fc.property(scenarioArb, laterArb, ({ when, backups }, { advance, newAges }) => {
        const first = selectBackupsToKeep(backups, when);
        const survivors = backups.filter((b) => first.has(b.name));
        const later = new Date(when.getTime() + advance);
        // New backups are made between the first pruning and the later one.
        const added = newAges
          .filter((age) => age <= advance)
          .map((age, index) => ({
            name: `n${index}`,
            createdAt: new Date(later.getTime() - age).toISOString(),
          }));
        const second = selectBackupsToKeep([...survivors, ...added], later);

        const today = utcDayNumber(when.getTime());
        const thisWeek = utcWeekNumber(when.getTime());
        const laterDay = utcDayNumber(later.getTime());
        const laterWeek = utcWeekNumber(later.getTime());
        for (const backup of survivors) {
          const time = Date.parse(backup.createdAt);
          const day = utcDayNumber(time);
          const week = utcWeekNumber(time);
          // Kept as its day's newest, and still within the daily tier.
          if (day < today && day >= laterDay - KEEP_DAYS && day < laterDay) {
            expect(second.has(backup.name)).toBe(true);
          }
          // Its week is over, it is that week's newest survivor, and the week is still in range.
          const newestOfWeek = survivors
            .filter((other) => utcWeekNumber(Date.parse(other.createdAt)) === week)
            .every((other) => other === backup || Date.parse(other.createdAt) < time);
          if (week < thisWeek && newestOfWeek && week >= laterWeek - KEEP_WEEKS) {
            expect(second.has(backup.name)).toBe(true);
          }
        }
      }),
    );
  });

  it('keeps at most the last few of today however many were made', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), (count) => {
        const backups = Array.from({ length: count }, (_, index) => ({
          name: `t${index}`,
          createdAt: new Date(now.getTime() - index * 60_000).toISOString(),
        }));
        const keep = selectBackupsToKeep(backups, now);
        expect(keep.size).toBe(Math.min(count, KEEP_TODAY));
        for (let index = 0; index < Math.min(count, KEEP_TODAY); index++) {
          expect(keep.has(`t${index}`)).toBe(true);
        }
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  KEEP_DAYS,
  KEEP_TODAY,
  KEEP_WEEKS,
  MAX_KEPT,
  MAX_PINNED,
  PIN_DAYS,
  localDayNumber,
  selectBackupsToKeep,
  weekNumber,
  type DatedBackup,
} from './backup-rotation';

// The tables below are written in UTC; the local-day tests further down use other zones.
const UTC = { utcOffsetMinutes: () => 0 };
const utcDayNumber = (time: number) => localDayNumber(time, 0);
const utcWeekNumber = (time: number) => weekNumber(utcDayNumber(time));
const keepUtc = (backups: readonly DatedBackup[], when: Date) =>
  selectBackupsToKeep(backups, when, UTC);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// Saturday 2026-11-28, 15:00 UTC (a week starts on Monday 2026-11-23).
const now = new Date('2026-11-28T15:00:00Z');

function at(createdAt: string, name = createdAt): DatedBackup {
  return { name, createdAt };
}

function kept(backups: DatedBackup[], when = now): string[] {
  return [...keepUtc(backups, when)].sort();
}

describe('selectBackupsToKeep (table)', () => {
  it('keeps the five newest and the first of today, and drops the others of today', () => {
    const today = [9, 10, 11, 12, 13, 14, 14.5].map((hour) =>
      at(new Date(Date.UTC(2026, 10, 28, 0, hour * 60)).toISOString()),
    );
    expect(kept(today)).toEqual([today[0]!, ...today.slice(2)].map((b) => b.name).sort());
  });

  it('keeps the newest backup made before this session started, whatever came after', () => {
    const lastSession = at('2026-11-28T07:59:00.000Z');
    const backups = [
      at('2026-11-28T07:00:00.000Z'),
      lastSession,
      ...[8, 9, 10, 11, 12, 13, 14].map((hour) => at(`2026-11-28T${hour + 10}:00:00.000Z`)),
    ];
    const sessionStartedAt = new Date('2026-11-28T08:00:00Z');
    const keep = selectBackupsToKeep(backups, new Date('2026-11-28T23:30:00Z'), {
      ...UTC,
      sessionStartedAt,
    });
    expect(keep.has(lastSession.name)).toBe(true);
    expect(keepUtc(backups, new Date('2026-11-28T23:30:00Z')).has(lastSession.name)).toBe(false);
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

  it('numbers days and Monday-started weeks', () => {
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
        const keep = keepUtc(backups, when);
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
        const keep = keepUtc(backups, when);
        expect(newest.some((b) => keep.has(b.name))).toBe(true);
      }),
    );
  });

  it('is idempotent: pruning what it kept keeps all of it', () => {
    fc.assert(
      fc.property(scenarioArb, ({ when, backups }) => {
        const keep = keepUtc(backups, when);
        const again = keepUtc(
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
        expect([...keepUtc(reversed, when)].sort()).toEqual([...keepUtc(backups, when)].sort());
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
        const first = keepUtc(backups, when);
        const survivors = backups.filter((b) => first.has(b.name));
        const later = new Date(when.getTime() + advance);
        // New backups are made between the first pruning and the later one.
        const added = newAges
          .filter((age) => age <= advance)
          .map((age, index) => ({
            name: `n${index}`,
            createdAt: new Date(later.getTime() - age).toISOString(),
          }));
        const second = keepUtc([...survivors, ...added], later);

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

  it('keeps at most the last few and the first of today however many were made', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), (count) => {
        const backups = Array.from({ length: count }, (_, index) => ({
          name: `t${index}`,
          createdAt: new Date(now.getTime() - index * 60_000).toISOString(),
        }));
        const keep = keepUtc(backups, now);
        expect(keep.size).toBe(Math.min(count, KEEP_TODAY + 1));
        for (let index = 0; index < Math.min(count, KEEP_TODAY); index++) {
          expect(keep.has(`t${index}`)).toBe(true);
        }
        if (count > 0) expect(keep.has(`t${count - 1}`)).toBe(true);
      }),
    );
  });
});

describe('selectBackupsToKeep in the user’s local days', () => {
  // New Zealand in summer (UTC+13): midnight starting 28 Nov there is 2026-11-27T11:00Z.
  const auckland = { utcOffsetMinutes: () => 13 * 60 };
  // Six backups, 10 minutes apart, from 23:20 to 00:10 local time on the night of 27–28 Nov.
  const times = [-40, -30, -20, -10, 0, 10].map((minutes) =>
    new Date(Date.parse('2026-11-27T11:00:00Z') + minutes * 60_000).toISOString(),
  );
  const aroundMidnight = times.map((createdAt) => at(createdAt));
  const halfPastMidnight = new Date('2026-11-27T11:30:00Z'); // 00:30 on 28 Nov in Auckland
  // Local: 00:00 and 00:10 are today; 23:20–23:50 are yesterday (its newest, 23:50, is kept).
  const keptLocally = [times[3], times[4], times[5]].sort();

  it('counts a backup just after local midnight as today, though it is yesterday in UTC', () => {
    expect([...selectBackupsToKeep(aroundMidnight, halfPastMidnight, auckland)].sort()).toEqual(
      keptLocally,
    );
    // In UTC all six fall on the 27th, today: the five newest and the first are kept.
    expect([...keepUtc(aroundMidnight, halfPastMidnight)].sort()).toEqual([...times].sort());
    // Without the first of today (23:20 local is yesterday there), only the tiers' choice.
    expect(selectBackupsToKeep(aroundMidnight, halfPastMidnight, auckland).has(times[0]!)).toBe(
      false,
    );
  });

  it('counts a backup just before local midnight west of UTC as that evening', () => {
    // New York (UTC−5): 2026-11-28T04:30Z is 23:30 on 27 Nov there.
    const newYork = { utcOffsetMinutes: () => -5 * 60 };
    const lateEvening = at('2026-11-28T04:30:00.000Z');
    const earlyEvening = at('2026-11-27T23:00:00.000Z'); // 18:00 on 27 Nov there
    const when = new Date('2026-11-28T06:00:00Z'); // 01:00 on 28 Nov there
    // Both were yesterday there: only the newest of that day stays (it is also the newest).
    expect([...selectBackupsToKeep([lateEvening, earlyEvening], when, newYork)]).toEqual([
      lateEvening.name,
    ]);
    // In UTC the 04:30 one is today and the 23:00 one is yesterday's newest: both stay.
    expect([...keepUtc([lateEvening, earlyEvening], when)].sort()).toEqual(
      [lateEvening.name, earlyEvening.name].sort(),
    );
  });

  it('takes this machine’s zone (daylight saving included) when none is given', () => {
    const previous = process.env.TZ;
    process.env.TZ = 'Pacific/Auckland'; // NZDT, UTC+13, on these dates
    try {
      expect([...selectBackupsToKeep(aroundMidnight, halfPastMidnight)].sort()).toEqual(
        keptLocally,
      );
    } finally {
      if (previous === undefined) delete process.env.TZ;
      else process.env.TZ = previous;
    }
  });
});

describe('selectBackupsToKeep: pinned backups and record counts', () => {
  const scheduled = (createdAt: string, records: number | null = 10): DatedBackup => ({
    name: `scheduled ${createdAt}`,
    createdAt,
    reason: 'scheduled',
    records,
  });

  it('keeps backups made before a restore, import or upgrade for 30 days, outside the tiers', () => {
    const pinned: DatedBackup[] = (
      ['before-restore', 'before-import', 'before-upgrade'] as const
    ).map((reason, index) => ({
      name: reason,
      createdAt: `2026-11-0${index + 1}T10:00:00.000Z`, // 27, 26, 25 days ago, same week
      reason,
      records: 10,
    }));
    const today = [9, 10, 11, 12, 13].map((hour) =>
      scheduled(`2026-11-28T${String(hour).padStart(2, '0')}:00:00.000Z`),
    );
    const keep = keepUtc([...pinned, ...today], now);
    for (const backup of [...pinned, ...today]) expect(keep.has(backup.name)).toBe(true);
  });

  it('pins at most the newest few, so a stream of "before a restore" cannot fill the disk', () => {
    const stream: DatedBackup[] = Array.from({ length: 60 }, (_, index) => ({
      name: `pinned ${index}`,
      createdAt: new Date(now.getTime() - index * 61_000).toISOString(),
      reason: 'before-restore',
      records: 10,
    }));
    const keep = keepUtc(stream, now);
    // The newest pinned ones, plus what today's tier keeps of the rest (the next five), plus
    // today's first.
    expect(keep.size).toBe(MAX_PINNED + KEEP_TODAY + 1);
    for (let index = 0; index < MAX_PINNED + KEEP_TODAY; index++) {
      expect(keep.has(`pinned ${index}`)).toBe(true);
    }
    expect(keep.has('pinned 59')).toBe(true);
  });

  it('lets a pinned backup rotate like any other once it is 30 days old', () => {
    const old: DatedBackup = {
      name: 'old before-restore',
      createdAt: new Date(now.getTime() - PIN_DAYS * DAY - HOUR).toISOString(),
      reason: 'before-restore',
    };
    const newerSameWeek: DatedBackup = scheduled(
      new Date(now.getTime() - PIN_DAYS * DAY + HOUR).toISOString(),
    );
    const keep = keepUtc([old, newerSameWeek, scheduled('2026-11-28T14:00:00.000Z')], now);
    expect(keep.has(old.name)).toBe(false);
    expect(keep.has(newerSameWeek.name)).toBe(true);
  });

  it('the reviewer’s probe: 3 real backups then 5 empty ones, a real one survives', () => {
    const real = [1, 2, 3].map((minute) => scheduled(`2026-11-28T14:0${minute}:00.000Z`, 120));
    const empty = [4, 5, 6, 7, 8].map((minute) => scheduled(`2026-11-28T14:0${minute}:00.000Z`, 0));
    // Today's first (kept for that reason), so the record rule is what keeps a real one here.
    let folder: DatedBackup[] = [scheduled('2026-11-28T00:10:00.000Z', 1)];
    // As in the app: after each backup the folder is pruned.
    for (const backup of [...real, ...empty]) {
      folder = [...folder, backup];
      const keep = keepUtc(folder, new Date(Date.parse(backup.createdAt) + 1000));
      folder = folder.filter((kept) => keep.has(kept.name));
    }
    expect(folder.map((b) => b.name)).toContain(real[2]?.name);
    expect(folder.filter((b) => b.records === 120)).toHaveLength(1);
    // Without the record counts, the five empty ones would have pushed every real one out.
    const blind = [...folder.slice(0, 1), ...real, ...empty].map(({ name, createdAt }) => ({
      name,
      createdAt,
    }));
    const keepBlind = keepUtc(blind, new Date('2026-11-28T14:09:00Z'));
    expect(real.some((backup) => keepBlind.has(backup.name))).toBe(false);
  });

  it('protects the newest bigger backup, not an older or a smaller one', () => {
    const backups = [
      scheduled('2026-11-28T08:00:00.000Z', 50), // bigger, but an older one
      scheduled('2026-11-28T09:00:00.000Z', 40), // the newest bigger than the newest
      ...[10, 11, 12, 13, 14].map((hour) => scheduled(`2026-11-28T${hour}:00:00.000Z`, 5)),
    ];
    const keep = keepUtc([scheduled('2026-11-28T00:10:00.000Z', 1), ...backups], now);
    expect(keep.has(backups[1]!.name)).toBe(true);
    expect(keep.has(backups[0]!.name)).toBe(false);
  });

  it('protects nothing when the newest backup’s records are unknown', () => {
    const backups = [
      scheduled('2026-11-28T08:00:00.000Z', 50),
      ...[10, 11, 12, 13].map((hour) => scheduled(`2026-11-28T${hour}:00:00.000Z`, 5)),
      scheduled('2026-11-28T14:00:00.000Z', null),
    ];
    const firstOfToday = scheduled('2026-11-28T00:10:00.000Z', 1);
    expect(keepUtc([firstOfToday, ...backups], now).has(backups[0]!.name)).toBe(false);
  });

  it('always keeps a bigger backup than the newest, and stays idempotent (property)', () => {
    const recordsArb = fc.option(fc.integer({ min: 0, max: 5 }), { nil: null });
    const reasonArb = fc.constantFrom('start', 'scheduled', 'before-restore', 'before-import');
    const rowArb = fc.tuple(ageArb, recordsArb, reasonArb);
    fc.assert(
      fc.property(
        nowArb,
        // Distinct ages, so one backup is the newest.
        fc.uniqueArray(rowArb, { maxLength: 80, selector: ([age]) => age }),
        (when, rows) => {
          const backups: DatedBackup[] = rows.map(([age, records, reason], index) => ({
            name: `b${index}`,
            createdAt: new Date(when.getTime() - age).toISOString(),
            records,
            reason,
          }));
          const keep = keepUtc(backups, when);
          const youngest = Math.min(...rows.map(([age]) => age));
          const newestRecords = rows.find(([age]) => age === youngest)?.[1] ?? null;
          const isBigger = (records: number | null | undefined) =>
            newestRecords !== null && records != null && records > newestRecords;
          // Whenever a backup holds more records than the newest, one such backup is kept.
          if (backups.some((backup) => isBigger(backup.records))) {
            expect(
              backups.some((backup) => keep.has(backup.name) && isBigger(backup.records)),
            ).toBe(true);
          }
          const again = keepUtc(
            backups.filter((b) => keep.has(b.name)),
            when,
          );
          expect([...again].sort()).toEqual([...keep].sort());
        },
      ),
    );
  });
});

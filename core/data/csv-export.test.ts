// Tests of CSV export: formula neutralising per prefix, numbers, quoting, BOM and line ends.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HealthPoint } from '../domain/health-series';
import type { Dataset } from '../domain/types';
import {
  csvCell,
  frictionsToCsv,
  goalUpdatesToCsv,
  healthSeriesToCsv,
  interactionsToCsv,
  neutraliseFormula,
  partnershipSeriesToCsv,
  pulsesToCsv,
  restoreNeutralisedText,
  toCsv,
} from './csv-export';
import { parseCsv } from './csv-parse';

const names: Pick<Dataset, 'organizations' | 'partnerships' | 'goals'> = {
  organizations: [
    { id: 'o1', name: 'City Library', kind: 'public-agency' },
    { id: 'o2', name: '=HYPERLINK("http://evil")', kind: 'company' },
  ],
  partnerships: [
    {
      id: 'p1',
      name: 'Reading, together',
      partyIds: ['o1', 'o2'],
      status: 'active',
      startDate: '2026-01-01',
      tags: [],
      checkInCadenceDays: 14,
      reviewCadenceDays: 90,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    },
  ],
  goals: [
    {
      id: 'g1',
      partnershipId: 'p1',
      title: 'Members',
      baseline: 0,
      target: 100,
      startDate: '2026-01-01',
      dueDate: '2026-12-31',
      weight: 1,
      ownerPartyIds: ['o1'],
      status: 'active',
    },
  ],
};

describe('csvCell', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2 points', "'-2 points"],
    ['@mention', "'@mention"],
    ['\tindented', "'\tindented"],
  ])('prefixes a text cell starting like a formula: %j', (text, written) => {
    expect(csvCell(text)).toBe(written);
  });

  it('prefixes and quotes a cell starting with a carriage return', () => {
    expect(csvCell('\r=1+1')).toBe('"\'\r=1+1"');
  });

  it('leaves ordinary text alone, including a formula character later on', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('2026-01-01')).toBe('2026-01-01');
    expect(csvCell("it's")).toBe("it's");
  });

  it('writes numbers as numbers, negative ones included', () => {
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(1e-7)).toBe('1e-7');
    expect(csvCell(0.1 + 0.2)).toBe('0.30000000000000004');
  });

  it('writes null, undefined and non-finite numbers as empty cells', () => {
    expect([null, undefined, NaN, Infinity, -Infinity].map((v) => csvCell(v))).toEqual([
      '',
      '',
      '',
      '',
      '',
    ]);
  });

  it('quotes cells holding a comma, quotes, CR or LF', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvCell('a;b')).toBe('a;b');
  });

  it('is reversible: restoreNeutralisedText gives back any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', 'a') }), (t) => {
        expect(restoreNeutralisedText(neutraliseFormula(t))).toBe(t);
      }),
    );
    expect(neutraliseFormula("'=x")).toBe("''=x");
  });
});

describe('toCsv', () => {
  it('writes a BOM, a header row and CRLF line ends', () => {
    const text = toCsv(
      [
        { header: 'name', value: (r: { name: string; n: number }) => r.name },
        { header: 'n', value: (r) => r.n },
      ],
      [
        { name: 'A', n: 1 },
        { name: 'B, C', n: -2 },
      ],
    );
    expect(text).toBe('\uFEFFname,n\r\nA,1\r\n"B, C",-2\r\n');
  });
});

describe('collection exports', () => {
  it('puts partnership and party names beside ids, neutralising hostile names', () => {
    const text = pulsesToCsv(
      [
        {
          id: 'q1',
          partnershipId: 'p1',
          date: '2026-02-01',
          partyId: 'o2',
          scores: { reliability: 4, flexibility: 2 },
          comment: '-ok',
        },
      ],
      names,
    );
    const parsed = parseCsv(text);
    const row = Object.fromEntries(parsed.header.map((h, i) => [h, parsed.rows[0]![i]]));
    expect(row).toMatchObject({
      partnership: 'Reading, together',
      partyId: 'o2',
      party: '\'=HYPERLINK("http://evil")',
      reliability: '4',
      openness: '',
      flexibility: '2',
      comment: "'-ok",
    });
  });

  it('writes participants and follow-ups of check-ins readably', () => {
    const text = interactionsToCsv(
      [
        {
          id: 'i1',
          partnershipId: 'p1',
          date: '2026-02-01',
          kind: 'call',
          initiatorPartyId: 'o1',
          participants: ['Ana', 'Bo'],
          followUps: [
            { text: 'Send plan', ownerPartyId: 'o1', dueDate: '2026-02-10', done: false },
          ],
        },
      ],
      names,
    );
    const parsed = parseCsv(text);
    const row = Object.fromEntries(parsed.header.map((h, i) => [h, parsed.rows[0]![i]]));
    expect(row).toMatchObject({
      initiator: 'City Library',
      participants: 'Ana; Bo',
      followUps: '[open] Send plan (owner: City Library) (due 2026-02-10)',
    });
  });

  it('names the goal and partnership of a goal update', () => {
    const parsed = parseCsv(
      goalUpdatesToCsv([{ id: 'u1', goalId: 'g1', date: '2026-03-01', value: -4.25 }], names),
    );
    const row = Object.fromEntries(parsed.header.map((h, i) => [h, parsed.rows[0]![i]]));
    expect(row).toMatchObject({ partnershipId: 'p1', goal: 'Members', value: '-4.25' });
  });

  it('leaves a resolved date empty when a friction is still open', () => {
    const text = frictionsToCsv(
      [
        {
          id: 'f1',
          partnershipId: 'p1',
          title: 'Slow replies',
          category: 'communication',
          severity: 'high',
          openedDate: '2026-01-05',
        },
      ],
      names,
    );
    expect(text.split('\r\n')[1]).toBe(
      'f1,p1,"Reading, together",Slow replies,communication,high,2026-01-05,,',
    );
  });

  const point: HealthPoint = {
    date: '2026-03-31',
    health: 72.33333333333333,
    band: 'healthy',
    dimensions: { trust: 80, communication: null, goals: 61.005, reciprocity: 50, friction: 100 },
    perceptionGap: null,
    trustByParty: {},
  };

  it('writes a health series with two decimals and empty cells for missing scores', () => {
    const text = healthSeriesToCsv([point]);
    expect(text).toBe(
      '\uFEFFdate,health,band,trust,communication,goals,reciprocity,friction,perceptionGap\r\n' +
        '2026-03-31,72.33,healthy,80,,61.01,50,100,\r\n',
    );
  });

  it('writes several series under one header, each row naming its partnership (neutralised)', () => {
    const text = partnershipSeriesToCsv([
      { partnershipId: 'p1', points: [point, { ...point, date: '2026-04-30' }] },
      { partnershipId: '=HYPERLINK("x"),1', points: [point] },
      { partnershipId: 'p3', points: [] },
    ]);
    expect(text).toBe(
      '\uFEFFpartnershipId,date,health,band,trust,communication,goals,reciprocity,friction,perceptionGap\r\n' +
        'p1,2026-03-31,72.33,healthy,80,,61.01,50,100,\r\n' +
        'p1,2026-04-30,72.33,healthy,80,,61.01,50,100,\r\n' +
        '"\'=HYPERLINK(""x""),1",2026-03-31,72.33,healthy,80,,61.01,50,100,\r\n',
    );
  });
});

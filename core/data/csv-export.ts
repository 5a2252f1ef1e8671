// Writes records as CSV for spreadsheets: UTF-8 with BOM, CRLF, a header row, names beside ids,
// and text cells neutralised so that a spreadsheet never runs them as formulas.

import type {
  ActionItem,
  Contribution,
  Dataset,
  Friction,
  Goal,
  GoalUpdate,
  Interaction,
  Pulse,
} from '../domain/types';
import { DIMENSIONS } from '../domain/dimension-names';
import type { HealthPoint } from '../domain/health-series';
import { PULSE_ITEMS } from '../domain/types';

/** What a cell may hold: text is neutralised, numbers and booleans are written as they are. */
export type CsvCell = string | number | boolean | null | undefined;

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvCell;
}

/** The records whose names appear beside ids in exports. */
export type CsvNameSource = Pick<Dataset, 'organizations' | 'partnerships' | 'goals'>;

// A leading quote is part of the pattern so that neutralising stays reversible: `'=x` becomes
// `''=x` on export, and the importer removes exactly one quote (see restoreNeutralisedText).
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * The text to write for a text value: prefixed with `'` when a spreadsheet would read it as a
 * formula (it starts with =, +, -, @, tab or carriage return, possibly after quotes).
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes neutraliseFormula on imported text: `'=x` → `=x`; any other text is left as it is. */
export function restoreNeutralisedText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/**
 * One cell as CSV text: numbers as JavaScript writes them (never prefixed, so -3.5 stays a
 * number; a non-finite number becomes an empty cell), text neutralised, then quoted when it
 * holds a comma, a quote, CR or LF.
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutraliseFormula(value);
  const needsQuotes =
    text.includes(',') || text.includes('"') || text.includes('\r') || text.includes('\n');
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole CSV document: a BOM (so Excel reads UTF-8), a header row, then one row per item,
 * every line ending with CRLF. Encode the result with TextEncoder to get the file's bytes.
 */
export function toCsv<T>(columns: CsvColumn<T>[], rows: readonly T[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(','));
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
}

/** Looks up display names by id; an unknown id gives an empty name rather than failing. */
function namesOf(source: CsvNameSource) {
  const org = new Map(source.organizations.map((o) => [o.id, o.name]));
  const partnership = new Map(source.partnerships.map((p) => [p.id, p.name]));
  const goal = new Map(source.goals.map((g) => [g.id, g]));
  return {
    org: (id: string | null | undefined) => (id ? org.get(id) : undefined),
    partnership: (id: string) => partnership.get(id),
    goal: (id: string) => goal.get(id),
  };
}

const LIST_SEPARATOR = '; ';

function actionItemsText(items: ActionItem[] | null | undefined, orgName: (id: string) => string) {
  if (!items || items.length === 0) return undefined;
  return items
    .map((item) => {
      const owner = item.ownerPartyId ? ` (owner: ${orgName(item.ownerPartyId)})` : '';
      const due = item.dueDate ? ` (due ${item.dueDate})` : '';
      return `[${item.done ? 'done' : 'open'}] ${item.text}${owner}${due}`;
    })
    .join('\n');
}

/** Pulses with partnership and party names, one column per survey item. */
export function pulsesToCsv(pulses: readonly Pulse[], source: CsvNameSource): string {
  const names = namesOf(source);
  const columns: CsvColumn<Pulse>[] = [
    { header: 'id', value: (p) => p.id },
    { header: 'partnershipId', value: (p) => p.partnershipId },
    { header: 'partnership', value: (p) => names.partnership(p.partnershipId) },
    { header: 'date', value: (p) => p.date },
    { header: 'partyId', value: (p) => p.partyId },
    { header: 'party', value: (p) => names.org(p.partyId) },
    { header: 'respondent', value: (p) => p.respondent },
    ...PULSE_ITEMS.map((item) => ({ header: item, value: (p: Pulse) => p.scores[item] })),
    { header: 'comment', value: (p) => p.comment },
  ];
  return toCsv(columns, pulses);
}

/** Check-ins (interactions); participants joined with "; ", follow-ups one per line. */
export function interactionsToCsv(items: readonly Interaction[], source: CsvNameSource): string {
  const names = namesOf(source);
  const columns: CsvColumn<Interaction>[] = [
    { header: 'id', value: (i) => i.id },
    { header: 'partnershipId', value: (i) => i.partnershipId },
    { header: 'partnership', value: (i) => names.partnership(i.partnershipId) },
    { header: 'date', value: (i) => i.date },
    { header: 'kind', value: (i) => i.kind },
    { header: 'initiatorPartyId', value: (i) => i.initiatorPartyId },
    { header: 'initiator', value: (i) => names.org(i.initiatorPartyId) },
    { header: 'participants', value: (i) => i.participants?.join(LIST_SEPARATOR) },
    { header: 'quality', value: (i) => i.quality },
    { header: 'summary', value: (i) => i.summary },
    {
      header: 'followUps',
      value: (i) => actionItemsText(i.followUps, (id) => names.org(id) ?? id),
    },
  ];
  return toCsv(columns, items);
}

/** Goals with their owners' names. */
export function goalsToCsv(goals: readonly Goal[], source: CsvNameSource): string {
  const names = namesOf(source);
  const columns: CsvColumn<Goal>[] = [
    { header: 'id', value: (g) => g.id },
    { header: 'partnershipId', value: (g) => g.partnershipId },
    { header: 'partnership', value: (g) => names.partnership(g.partnershipId) },
    { header: 'title', value: (g) => g.title },
    { header: 'description', value: (g) => g.description },
    { header: 'unit', value: (g) => g.unit },
    { header: 'baseline', value: (g) => g.baseline },
    { header: 'target', value: (g) => g.target },
    { header: 'startDate', value: (g) => g.startDate },
    { header: 'dueDate', value: (g) => g.dueDate },
    { header: 'weight', value: (g) => g.weight },
    { header: 'ownerPartyIds', value: (g) => g.ownerPartyIds.join(LIST_SEPARATOR) },
    {
      header: 'owners',
      value: (g) => g.ownerPartyIds.map((id) => names.org(id) ?? id).join(LIST_SEPARATOR),
    },
    { header: 'status', value: (g) => g.status },
    { header: 'statusDate', value: (g) => g.statusDate },
  ];
  return toCsv(columns, goals);
}

/** Goal updates with the goal's title and its partnership. */
export function goalUpdatesToCsv(updates: readonly GoalUpdate[], source: CsvNameSource): string {
  const names = namesOf(source);
  const partnershipId = (u: GoalUpdate) => names.goal(u.goalId)?.partnershipId;
  const columns: CsvColumn<GoalUpdate>[] = [
    { header: 'id', value: (u) => u.id },
    { header: 'partnershipId', value: partnershipId },
    {
      header: 'partnership',
      value: (u) => {
        const id = partnershipId(u);
        return id === undefined ? undefined : names.partnership(id);
      },
    },
    { header: 'goalId', value: (u) => u.goalId },
    { header: 'goal', value: (u) => names.goal(u.goalId)?.title },
    { header: 'date', value: (u) => u.date },
    { header: 'value', value: (u) => u.value },
    { header: 'confidence', value: (u) => u.confidence },
    { header: 'note', value: (u) => u.note },
  ];
  return toCsv(columns, updates);
}

/** The give-and-take ledger with party names. */
export function contributionsToCsv(items: readonly Contribution[], source: CsvNameSource): string {
  const names = namesOf(source);
  const columns: CsvColumn<Contribution>[] = [
    { header: 'id', value: (c) => c.id },
    { header: 'partnershipId', value: (c) => c.partnershipId },
    { header: 'partnership', value: (c) => names.partnership(c.partnershipId) },
    { header: 'date', value: (c) => c.date },
    { header: 'partyId', value: (c) => c.partyId },
    { header: 'party', value: (c) => names.org(c.partyId) },
    { header: 'kind', value: (c) => c.kind },
    { header: 'value', value: (c) => c.value },
    { header: 'description', value: (c) => c.description },
  ];
  return toCsv(columns, items);
}

/** Friction points and risks. */
export function frictionsToCsv(items: readonly Friction[], source: CsvNameSource): string {
  const names = namesOf(source);
  const columns: CsvColumn<Friction>[] = [
    { header: 'id', value: (f) => f.id },
    { header: 'partnershipId', value: (f) => f.partnershipId },
    { header: 'partnership', value: (f) => names.partnership(f.partnershipId) },
    { header: 'title', value: (f) => f.title },
    { header: 'category', value: (f) => f.category },
    { header: 'severity', value: (f) => f.severity },
    { header: 'openedDate', value: (f) => f.openedDate },
    { header: 'resolvedDate', value: (f) => f.resolvedDate },
    { header: 'notes', value: (f) => f.notes },
  ];
  return toCsv(columns, items);
}

/** Two decimals: exports keep at least one (health-model.md) without float noise like 72.33333333333333. */
function twoDecimals(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}

/** The columns of one health point: date, health, band, each dimension, the perception gap. */
const HEALTH_POINT_COLUMNS: CsvColumn<HealthPoint>[] = [
  { header: 'date', value: (p) => p.date },
  { header: 'health', value: (p) => twoDecimals(p.health) },
  { header: 'band', value: (p) => p.band },
  ...DIMENSIONS.map((name) => ({
    header: name,
    value: (p: HealthPoint) => twoDecimals(p.dimensions[name]),
  })),
  { header: 'perceptionGap', value: (p) => twoDecimals(p.perceptionGap) },
];

/** A partnership's health series; scores on 0–100 rounded to two decimals, empty when null. */
export function healthSeriesToCsv(points: readonly HealthPoint[]): string {
  return toCsv(HEALTH_POINT_COLUMNS, points);
}

/** One partnership's health series, for a file that holds several. */
export interface PartnershipSeries {
  partnershipId: string;
  points: readonly HealthPoint[];
}

/** Several partnerships' health series in one file: the columns of healthSeriesToCsv after a partnershipId. */
export function partnershipSeriesToCsv(series: readonly PartnershipSeries[]): string {
  const rows = series.flatMap((s) => s.points.map((point) => ({ id: s.partnershipId, point })));
  const columns: CsvColumn<(typeof rows)[number]>[] = [
    { header: 'partnershipId', value: (row) => row.id },
    ...HEALTH_POINT_COLUMNS.map((column) => ({
      header: column.header,
      value: (row: (typeof rows)[number]) => column.value(row.point),
    })),
  ];
  return toCsv(columns, rows);
}

// Reads one CSV row as the fields of a record: typed cells, names resolved to ids, and a
// problem for each cell that breaks a rule, naming its column.

import type {
  Goal,
  GoalConfidence,
  InteractionKind,
  Organization,
  Partnership,
  PulseScores,
} from '../domain/types';
import { GOAL_CONFIDENCES, INTERACTION_KINDS, PULSE_ITEMS } from '../domain/types';
import { restoreNeutralisedText } from './csv-export';
import type { CsvMapping, ImportKind } from './csv-mapping';
import { parseDateCell, parseNumberCell, parseRatingCell } from './csv-values';
import type { CellResult, DateOrder } from './csv-values';
import type { DatasetRecords } from './dataset-rules';

/** A cell longer than this is refused: it is almost always a quote left open upstream. */
export const MAX_CELL_LENGTH = 100_000;

export interface ImportOptions {
  /** The partnership of every row when no column is mapped to `partnership`. */
  partnershipId?: string;
}

/** Where a row's cells come from: the mapping and the header, for messages that name columns. */
export interface CellSource {
  row: readonly string[];
  mapping: CsvMapping;
  header: readonly string[];
  decimalComma: boolean;
  problems: string[];
  /** Whether `field` is the partnership and the caller gave one for the whole file. */
  defaultsPartnership: (field: string) => boolean;
}

/**
 * Where a message points for `field`: its column, e.g. `Column "Org" (party)`, or the field
 * itself when no column holds it (a partnership given for the whole file).
 */
export function placeOf(source: Pick<CellSource, 'mapping' | 'header'>, field: string): string {
  const index = source.mapping[field];
  const name = index === null || index === undefined ? undefined : source.header[index];
  if (name === undefined) return `Field ${field}`;
  return name === '' ? `Column ${index! + 1} (${field})` : `Column "${name}" (${field})`;
}

function complain(source: CellSource, field: string, rule: string): void {
  source.problems.push(`${placeOf(source, field)}: ${rule}.`);
}

/** The raw text of `field`'s cell; '' when the field is not mapped. */
function rawCell(source: CellSource, field: string): string {
  const index = source.mapping[field];
  return index === null || index === undefined ? '' : (source.row[index] ?? '');
}

/** The cell of `field` with a neutralising quote removed; undefined when empty or too long. */
function cellText(source: CellSource, field: string): string | undefined {
  const raw = rawCell(source, field);
  return raw === '' || raw.length > MAX_CELL_LENGTH ? undefined : restoreNeutralisedText(raw);
}

/** Refuses every mapped cell longer than MAX_CELL_LENGTH, once per cell. */
export function checkCellLengths(source: CellSource): void {
  for (const field of Object.keys(source.mapping)) {
    const length = rawCell(source, field).length;
    if (length > MAX_CELL_LENGTH) {
      complain(
        source,
        field,
        `the cell holds ${length} characters, more than the limit of ${MAX_CELL_LENGTH}; check for a quote that is never closed`,
      );
    }
  }
}

/** A cell read with `read`; a broken rule becomes a problem and gives undefined. */
function typedCell<T>(
  source: CellSource,
  field: string,
  read: (text: string) => CellResult<T>,
): T | undefined {
  const text = cellText(source, field);
  if (text === undefined || text.trim() === '') return undefined;
  const result = read(text);
  if (result.ok) return result.value;
  complain(source, field, result.rule);
  return undefined;
}

/** Reports an empty cell of a field every row needs (a cell that was read but broke a rule is reported already). */
function required<T>(source: CellSource, field: string, value: T | undefined): T | undefined {
  if (
    value === undefined &&
    rawCell(source, field).trim() === '' &&
    !source.defaultsPartnership(field)
  ) {
    complain(source, field, 'is empty, but every row needs it');
  }
  return value;
}

/** A name as matching sees it: trimmed, lower-cased, composed (é typed as e + accent matches é). */
function nameKey(name: string): string {
  return name.trim().normalize('NFC').toLowerCase();
}

/** Items by id and by name key, built once per import rather than once per row. */
interface IdNameIndex<T> {
  byId: ReadonlyMap<string, readonly T[]>;
  byName: ReadonlyMap<string, readonly T[]>;
}

function indexByIdAndName<T extends { id: string }>(
  items: readonly T[],
  nameOf: (item: T) => string,
): IdNameIndex<T> {
  const byId = new Map<string, T[]>();
  const byName = new Map<string, T[]>();
  const add = (map: Map<string, T[]>, key: string, item: T) => {
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  };
  for (const item of items) {
    add(byId, item.id, item);
    add(byName, nameKey(nameOf(item)), item);
  }
  return { byId, byName };
}

/** Matches trimmed text to the items `keep` allows: by exact id, else by name ignoring case. */
function matchByIdOrName<T>(
  index: IdNameIndex<T>,
  text: string,
  keep: (item: T) => boolean = () => true,
): T[] {
  const wanted = text.trim();
  const byId = (index.byId.get(wanted) ?? []).filter(keep);
  if (byId.length > 0) return byId;
  return (index.byName.get(nameKey(wanted)) ?? []).filter(keep);
}

/** What every row of one import is read against: the user's choices and the indexed data. */
export interface RowContext {
  options: ImportOptions;
  dateOrder: DateOrder;
  partnerships: IdNameIndex<Partnership>;
  organizations: IdNameIndex<Organization>;
  goals: IdNameIndex<Goal>;
}

/** The context for reading rows against `dataset`, its names indexed once. */
export function rowContext(
  dataset: DatasetRecords,
  options: ImportOptions,
  dateOrder: DateOrder,
): RowContext {
  return {
    options,
    dateOrder,
    partnerships: indexByIdAndName(dataset.partnerships, (p) => p.name),
    organizations: indexByIdAndName(dataset.organizations, (o) => o.name),
    goals: indexByIdAndName(dataset.goals, (g) => g.title),
  };
}

function partnershipOf(source: CellSource, ctx: RowContext): Partnership | undefined {
  const cell = cellText(source, 'partnership');
  const text = cell !== undefined && cell.trim() !== '' ? cell : ctx.options.partnershipId;
  if (text === undefined || text.trim() === '') return undefined;
  const found = matchByIdOrName(ctx.partnerships, text);
  const quoted = JSON.stringify(text.trim());
  if (found.length === 1) return found[0];
  complain(
    source,
    'partnership',
    found.length === 0
      ? `${quoted} does not match any partnership by name or id`
      : `${quoted} matches ${found.length} partnerships by name; use the partnership's id`,
  );
  return undefined;
}

/** A party named in `field`, which must be one of `partnership`'s parties. */
function partyOf(
  source: CellSource,
  field: string,
  ctx: RowContext,
  partnership: Partnership | undefined,
): Organization | undefined {
  const text = cellText(source, field);
  if (text === undefined || text.trim() === '') return undefined;
  const quoted = JSON.stringify(text.trim());
  const org = matchByIdOrName(ctx.organizations, text)[0];
  if (org === undefined) {
    complain(source, field, `${quoted} does not match any organization by name or id`);
    return undefined;
  }
  if (partnership && !partnership.partyIds.includes(org.id)) {
    const parties = partnership.partyIds
      .map((id) => ctx.organizations.byId.get(id)?.[0]?.name ?? id)
      .join(', ');
    complain(
      source,
      field,
      `${quoted} is not one of the parties of partnership "${partnership.name}" (${parties})`,
    );
    return undefined;
  }
  return org;
}

/** Lower-cased letters and digits only: "On track" and "on_track" both read as "ontrack". */
function choiceKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function choice<T extends string>(source: CellSource, field: string, allowed: readonly T[]) {
  return typedCell<T>(source, field, (text) => {
    const found = allowed.find((option) => choiceKey(option) === choiceKey(text));
    return found !== undefined
      ? { ok: true, value: found }
      : {
          ok: false,
          rule: `${JSON.stringify(text.trim())} is not one of ${allowed.join(', ')}`,
        };
  });
}

function date(source: CellSource, ctx: RowContext) {
  return required(
    source,
    'date',
    typedCell(source, 'date', (t) => parseDateCell(t, ctx.dateOrder)),
  );
}

function rating(source: CellSource, field: string) {
  return typedCell(source, field, (t) => parseRatingCell(t, source.decimalComma));
}

function pulseCandidate(source: CellSource, ctx: RowContext) {
  const partnership = required(source, 'partnership', partnershipOf(source, ctx));
  const party = required(source, 'party', partyOf(source, 'party', ctx, partnership));
  const scores: PulseScores = {};
  for (const item of PULSE_ITEMS) {
    const value = rating(source, item);
    if (value !== undefined) scores[item] = value;
  }
  return {
    partnershipId: partnership?.id,
    date: date(source, ctx),
    partyId: party?.id,
    respondent: cellText(source, 'respondent'),
    scores,
    comment: cellText(source, 'comment'),
  };
}

function interactionCandidate(source: CellSource, ctx: RowContext) {
  const partnership = required(source, 'partnership', partnershipOf(source, ctx));
  const participants = cellText(source, 'participants')
    ?.split(/[;,]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return {
    partnershipId: partnership?.id,
    date: date(source, ctx),
    kind: required(source, 'kind', choice<InteractionKind>(source, 'kind', INTERACTION_KINDS)),
    initiatorPartyId: partyOf(source, 'initiator', ctx, partnership)?.id,
    participants: participants && participants.length > 0 ? participants : undefined,
    quality: rating(source, 'quality'),
    summary: cellText(source, 'summary'),
  };
}

function goalUpdateCandidate(source: CellSource, ctx: RowContext) {
  const hasPartnership =
    cellText(source, 'partnership') !== undefined || ctx.options.partnershipId !== undefined;
  const partnership = hasPartnership ? partnershipOf(source, ctx) : undefined;
  let goalId: string | undefined;
  const text = cellText(source, 'goal');
  if (text !== undefined && text.trim() !== '' && (partnership || !hasPartnership)) {
    const found = matchByIdOrName(
      ctx.goals,
      text,
      partnership ? (g) => g.partnershipId === partnership.id : undefined,
    );
    const quoted = JSON.stringify(text.trim());
    const where = partnership ? ` in partnership "${partnership.name}"` : '';
    if (found.length === 1) goalId = found[0]!.id;
    else if (found.length === 0) {
      complain(source, 'goal', `${quoted} does not match any goal${where} by title or id`);
    } else {
      complain(
        source,
        'goal',
        `${quoted} matches ${found.length} goals${where}; use the goal's id`,
      );
    }
  }
  return {
    goalId: required(source, 'goal', goalId),
    date: date(source, ctx),
    value: required(
      source,
      'value',
      typedCell(source, 'value', (t) => parseNumberCell(t, source.decimalComma)),
    ),
    confidence: choice<GoalConfidence>(source, 'confidence', GOAL_CONFIDENCES),
    note: cellText(source, 'note'),
  };
}

/** The record fields read from one row, per importable collection (ids still to be added). */
export const ROW_READERS: {
  [K in ImportKind]: (source: CellSource, ctx: RowContext) => Record<string, unknown>;
} = {
  pulses: pulseCandidate,
  interactions: interactionCandidate,
  goalUpdates: goalUpdateCandidate,
};

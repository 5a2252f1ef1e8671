// The entry dialogs by kind: the collection each one writes and its titles (also the names of the
// buttons that open it).
import type { CollectionName } from '../../../../core/domain/types';
import type { EntryKind } from '../../store/entry-store';

export interface EntryKindInfo {
  collection: CollectionName;
  /** Title of the dialog for a new record, and the name of the button or action opening it. */
  title: string;
  editTitle: string;
}

export const ENTRY_KINDS: Record<EntryKind, EntryKindInfo> = {
  pulse: { collection: 'pulses', title: 'Record pulse', editTitle: 'Edit pulse' },
  'check-in': {
    collection: 'interactions',
    title: 'Log check-in',
    editTitle: 'Edit check-in',
  },
  goal: { collection: 'goals', title: 'New goal', editTitle: 'Edit goal' },
  'goal-update': {
    collection: 'goalUpdates',
    title: 'Update goal',
    editTitle: 'Edit goal update',
  },
  contribution: {
    collection: 'contributions',
    title: 'Log contribution',
    editTitle: 'Edit contribution',
  },
  friction: {
    collection: 'frictions',
    title: 'Log friction',
    editTitle: 'Edit friction',
  },
  'friction-resolve': {
    collection: 'frictions',
    title: 'Resolve friction',
    editTitle: 'Resolve friction',
  },
  review: {
    collection: 'reviews',
    title: 'Record review',
    editTitle: 'Edit review',
  },
  win: { collection: 'milestones', title: 'Add win', editTitle: 'Edit win' },
};

/** The kinds in the order the quick-add palette lists them. */
export const PALETTE_KINDS: readonly EntryKind[] = [
  'pulse',
  'check-in',
  'goal',
  'goal-update',
  'contribution',
  'friction',
  'friction-resolve',
  'review',
  'win',
];

/** The title of the dialog for `kind`, editing when a record id is given. */
export function entryTitle(kind: EntryKind, recordId: string | undefined): string {
  const info = ENTRY_KINDS[kind];
  return recordId === undefined ? info.title : info.editTitle;
}

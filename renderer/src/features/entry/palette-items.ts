// What the quick-add palette lists — an action per entry dialog and "Go to" per partnership —
// and how typing filters it (every word must match, ignoring case and accents).
import type { EntryKind } from '../../store/entry-store';
import { ENTRY_KINDS, PALETTE_KINDS } from './entry-kinds';

export type PaletteItem =
  | { id: string; group: 'Add'; label: string; kind: EntryKind }
  | { id: string; group: 'Go to'; label: string; partnershipId: string; name: string };

/** Extra words each action is found by, beyond its label. */
const KEYWORDS: Record<EntryKind, string> = {
  pulse: 'survey health check trust response',
  'check-in': 'meeting call interaction email workshop',
  goal: 'objective target add',
  'goal-update': 'progress value measure',
  contribution: 'give take effort hours funding ledger',
  friction: 'risk issue problem conflict',
  'friction-resolve': 'close fix friction',
  review: 'reflection retrospective',
  win: 'milestone success celebrate',
};

/** Every item, actions first (in dialog order), then the partnerships by name. */
export function paletteItems(partnerships: readonly { id: string; name: string }[]): PaletteItem[] {
  const actions: PaletteItem[] = PALETTE_KINDS.map((kind) => ({
    id: `add-${kind}`,
    group: 'Add',
    label: `${ENTRY_KINDS[kind].title}…`,
    kind,
  }));
  const places: PaletteItem[] = [...partnerships]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((p) => ({
      id: `go-${p.id}`,
      group: 'Go to',
      label: `Go to ${p.name}`,
      partnershipId: p.id,
      name: p.name,
    }));
  return [...actions, ...places];
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The items matching `query`: each word of the query must start a word of the item's label or
 * keywords (so "log fr" finds "Log friction…"). An empty query keeps everything.
 */
export function filterPaletteItems(items: readonly PaletteItem[], query: string): PaletteItem[] {
  const words = fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length === 0) return [...items];
  return items.filter((item) => {
    const extra = item.group === 'Add' ? KEYWORDS[item.kind] : 'open partnership';
    const haystack = fold(`${item.label} ${extra}`).split(/[^\p{L}\p{N}]+/u);
    return words.every((word) => haystack.some((w) => w.startsWith(word)));
  });
}

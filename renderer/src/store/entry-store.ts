// Which entry dialog is open (record a pulse, log a check-in …) and for what: any screen asks
// for a dialog through `open`, and the one <EntryDialogs /> mounted in the layout shows it.
import { create } from 'zustand';

export type EntryKind =
  | 'pulse'
  | 'check-in'
  | 'goal'
  | 'goal-update'
  | 'contribution'
  | 'friction'
  | 'friction-resolve'
  | 'review'
  | 'win';

/**
 * A request for a dialog. `recordId` edits that record (for 'friction-resolve' it is the
 * friction to resolve; for 'goal-update' an existing update); `goalId` preselects the goal of
 * a goal update. Without `partnershipId` the dialog asks for the partnership first.
 */
export interface EntryRequest {
  kind: EntryKind;
  partnershipId?: string;
  recordId?: string;
  goalId?: string;
}

export interface EntryState {
  request: EntryRequest | null;
  open: (request: EntryRequest) => void;
  close: () => void;
}

export const useEntryStore = create<EntryState>()((set) => ({
  request: null,
  open: (request) => set({ request }),
  close: () => set({ request: null }),
}));

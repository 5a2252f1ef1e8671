// Which entry dialog is open (record a pulse, log a check-in …) and for what: any screen asks
// for a dialog through `open`, and the one <EntryDialogs /> mounted in the layout shows it.
// Also the quick-add palette's visibility and the party last used in each partnership.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

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
  paletteOpened: boolean;
  setPaletteOpened: (opened: boolean) => void;
  /** The party last chosen in an entry form, by partnership id (the next form's default). */
  lastPartyByPartnership: Record<string, string>;
  rememberParty: (partnershipId: string, partyId: string) => void;
}

export const useEntryStore = create<EntryState>()(
  persist(
    (set) => ({
      request: null,
      open: (request) => set({ request, paletteOpened: false }),
      close: () => set({ request: null }),
      paletteOpened: false,
      setPaletteOpened: (paletteOpened) => set({ paletteOpened }),
      lastPartyByPartnership: {},
      rememberParty: (partnershipId, partyId) =>
        set((state) => ({
          lastPartyByPartnership: { ...state.lastPartyByPartnership, [partnershipId]: partyId },
        })),
    }),
    {
      name: 'partnership-health-entry',
      storage: createJSONStorage(() => localStorage),
      // Only the defaults survive a restart; an open dialog belongs to this session.
      partialize: (state) => ({ lastPartyByPartnership: state.lastPartyByPartnership }),
    },
  ),
);

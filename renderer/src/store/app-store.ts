// UI and session state (records live in IndexedDB): theme override, the parties last used,
// the latest delete that can be undone, and the storage notice.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { DeletedPartnership } from '../db/partnership-repository';

export type ThemeOverride = 'auto' | 'light' | 'dark';

export interface AppState {
  themeOverride: ThemeOverride;
  lastPartyIds: string[];
  lastDeleted: DeletedPartnership | null;
  storageNotice: string | null;
  setThemeOverride: (theme: ThemeOverride) => void;
  setLastPartyIds: (ids: string[]) => void;
  setLastDeleted: (deleted: DeletedPartnership | null) => void;
  setStorageNotice: (notice: string | null) => void;
}

export const useAppStore = create<AppState>()(
  persist(
    (set) => ({
      themeOverride: 'auto',
      lastPartyIds: [],
      lastDeleted: null,
      storageNotice: null,
      setThemeOverride: (themeOverride) => set({ themeOverride }),
      setLastPartyIds: (lastPartyIds) => set({ lastPartyIds }),
      setLastDeleted: (lastDeleted) => set({ lastDeleted }),
      setStorageNotice: (storageNotice) => set({ storageNotice }),
    }),
    {
      name: 'partnership-health-ui',
      storage: createJSONStorage(() => localStorage),
      // Only preferences survive a restart; the undo and notices belong to this session.
      partialize: (state) => ({
        themeOverride: state.themeOverride,
        lastPartyIds: state.lastPartyIds,
      }),
    },
  ),
);

// UI and session state (records live in IndexedDB): theme override, the parties last used,
// and the storage notice.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export type ThemeOverride = 'auto' | 'light' | 'dark';

export interface AppState {
  themeOverride: ThemeOverride;
  lastPartyIds: string[];
  storageNotice: string | null;
  setThemeOverride: (theme: ThemeOverride) => void;
  setLastPartyIds: (ids: string[]) => void;
  setStorageNotice: (notice: string | null) => void;
}

export const useAppStore = create<AppState>()(
  persist(
    (set) => ({
      themeOverride: 'auto',
      lastPartyIds: [],
      storageNotice: null,
      setThemeOverride: (themeOverride) => set({ themeOverride }),
      setLastPartyIds: (lastPartyIds) => set({ lastPartyIds }),
      setStorageNotice: (storageNotice) => set({ storageNotice }),
    }),
    {
      name: 'partnership-health-ui',
      storage: createJSONStorage(() => localStorage),
      // Only preferences survive a restart; notices belong to this session.
      partialize: (state) => ({
        themeOverride: state.themeOverride,
        lastPartyIds: state.lastPartyIds,
      }),
    },
  ),
);

// The app's sections, in navbar order: their paths, labels and number shortcuts (Ctrl/Cmd+1..5).

export interface Section {
  path: string;
  label: string;
  /** The digit of its Ctrl/Cmd shortcut. */
  digit: number;
}

export const SECTIONS: readonly Section[] = [
  { path: '/', label: 'Portfolio', digit: 1 },
  { path: '/partnerships', label: 'Partnerships', digit: 2 },
  { path: '/organizations', label: 'Organizations', digit: 3 },
  { path: '/reports', label: 'Reports', digit: 4 },
  { path: '/settings', label: 'Settings', digit: 5 },
];

export const NEW_PARTNERSHIP_PATH = '/partnerships/new';

/** The path of the edit form of a partnership. */
export function editPartnershipPath(id: string): string {
  return `/partnerships/${encodeURIComponent(id)}/edit`;
}

/** True on Apple platforms, where the shortcut modifier is Cmd rather than Ctrl. */
export function isApplePlatform(): boolean {
  const platform = globalThis.navigator?.platform ?? '';
  return /Mac|iPhone|iPad/.test(platform);
}

/** The label of the shortcut modifier key on this platform. */
export function modifierLabel(): string {
  return isApplePlatform() ? '⌘' : 'Ctrl';
}

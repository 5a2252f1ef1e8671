// Global keyboard shortcuts: Ctrl/Cmd+N for a new partnership, Ctrl/Cmd+1..5 for the sections.
import { useHotkeys } from '@mantine/hooks';
import { useNavigate } from 'react-router-dom';
import { NEW_PARTNERSHIP_PATH, SECTIONS } from './navigation';

export function useAppShortcuts(): void {
  const navigate = useNavigate();
  useHotkeys(
    [
      ['mod+N', () => navigate(NEW_PARTNERSHIP_PATH)],
      ...SECTIONS.map((s) => [`mod+${s.digit}`, () => navigate(s.path)] as [string, () => void]),
    ],
    // Shortcuts work in form fields too, as in desktop apps.
    [],
  );
}

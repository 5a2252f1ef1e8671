// The app shell: header with the title, theme switch and "New partnership"; navbar with the
// sections and their shortcuts; the current screen in the main area. The restore and entry
// dialogs (with the quick-add palette) load their code the first time they are opened.
import {
  ActionIcon,
  AppShell,
  Burger,
  Button,
  Group,
  Menu,
  NavLink,
  Text,
  ThemeIcon,
  Title,
  Tooltip,
} from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import {
  IconBolt,
  IconBuilding,
  IconChartDots3,
  IconDeviceDesktop,
  IconFileText,
  IconHeartbeat,
  IconMoon,
  IconPlus,
  IconSettings,
  IconSun,
  IconUsersGroup,
} from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { ariaKeyShortcut, Shortcut } from '../components/Shortcut';
import { BackupReminder } from '../features/backup/BackupReminder';
import { useRestoreState } from '../features/backup/restore-flow';
import { useAppStore, type ThemeOverride } from '../store/app-store';
import { useEntryStore } from '../store/entry-store';
import { MenuCommands } from './MenuCommands';
import { NEW_PARTNERSHIP_PATH, SECTIONS } from './navigation';
import { prefetchScreensWhenIdle } from './screens';
import { StorageNotice } from './StorageNotice';
import { useAppShortcuts } from './use-app-shortcuts';

const RestoreDialog = lazy(async () => ({
  default: (await import('../features/backup/RestoreDialog')).RestoreDialog,
}));
const EntryDialogs = lazy(async () => ({
  default: (await import('../features/entry/EntryDialogs')).EntryDialogs,
}));

const SECTION_ICONS: Record<string, ComponentType<{ size?: number; stroke?: number }>> = {
  '/': IconChartDots3,
  '/partnerships': IconUsersGroup,
  '/organizations': IconBuilding,
  '/reports': IconFileText,
  '/settings': IconSettings,
};

const THEME_CHOICES: { value: ThemeOverride; label: string; icon: typeof IconSun }[] = [
  { value: 'auto', label: 'System theme', icon: IconDeviceDesktop },
  { value: 'light', label: 'Light theme', icon: IconSun },
  { value: 'dark', label: 'Dark theme', icon: IconMoon },
];

/** The section a path belongs to ('/partnerships/x/edit' is in Partnerships). */
function isActive(sectionPath: string, pathname: string): boolean {
  return sectionPath === '/' ? pathname === '/' : pathname.startsWith(sectionPath);
}

function ThemeMenu() {
  const theme = useAppStore((s) => s.themeOverride);
  const setTheme = useAppStore((s) => s.setThemeOverride);
  const current = THEME_CHOICES.find((c) => c.value === theme) ?? THEME_CHOICES[0]!;
  const CurrentIcon = current.icon;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Tooltip label={`Theme: ${current.label.replace(' theme', '').toLowerCase()}`}>
          <ActionIcon variant="default" size="lg" aria-label="Theme">
            <CurrentIcon size={18} />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        {THEME_CHOICES.map((choice) => (
          <Menu.Item
            key={choice.value}
            leftSection={<choice.icon size={16} />}
            onClick={() => setTheme(choice.value)}
            fw={choice.value === theme ? 700 : undefined}
          >
            {choice.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

/**
 * Renders `children` from the first time `needed` is true on (and keeps them, so a dialog's
 * closing transition still plays): the code of a dialog nobody opens is never loaded.
 */
function MountedOnceNeeded({ needed, children }: { needed: boolean; children: ReactNode }) {
  const [mounted, setMounted] = useState(needed);
  if (needed && !mounted) setMounted(true);
  return mounted ? <Suspense fallback={null}>{children}</Suspense> : null;
}

export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  useAppShortcuts();
  const openPalette = () => useEntryStore.getState().setPaletteOpened(true);
  // The quick-add palette works from any field, like the other shortcuts.
  useHotkeys([['mod+K', openPalette]], []);
  const restoring = useRestoreState().step !== 'idle';
  const entryWanted = useEntryStore((s) => s.request !== null || s.paletteOpened);
  // The dashboard fetches the other screens once its figures are in; on any other screen they
  // load as soon as the page is idle.
  const offDashboard = pathname !== '/';
  useEffect(() => {
    if (offDashboard) prefetchScreensWhenIdle();
  }, [offDashboard]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="xl"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            <ThemeIcon size={34} radius="md" variant="filled" aria-hidden>
              <IconHeartbeat size={20} />
            </ThemeIcon>
            <Title order={2} fz="lg" fw={700}>
              Partnership Health
            </Title>
          </Group>
          <Group gap="sm">
            <Tooltip label={<Shortcut keyName="K" />}>
              <Button
                size="sm"
                variant="default"
                leftSection={<IconBolt size={16} />}
                onClick={openPalette}
                visibleFrom="sm"
              >
                Quick add
              </Button>
            </Tooltip>
            <Tooltip label={<Shortcut keyName="N" />}>
              <Button
                size="sm"
                leftSection={<IconPlus size={16} />}
                onClick={() => navigate(NEW_PARTNERSHIP_PATH)}
                visibleFrom="sm"
              >
                New partnership
              </Button>
            </Tooltip>
            <ThemeMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Sections">
        {SECTIONS.map((section) => {
          const Icon = SECTION_ICONS[section.path]!;
          return (
            <NavLink
              key={section.path}
              component={Link}
              to={section.path}
              label={section.label}
              active={isActive(section.path, pathname)}
              leftSection={<Icon size={18} stroke={1.7} />}
              aria-keyshortcuts={ariaKeyShortcut(String(section.digit))}
              rightSection={
                <Text span visibleFrom="sm">
                  <Shortcut keyName={String(section.digit)} />
                </Text>
              }
              onClick={close}
              variant="filled"
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
              mb={4}
            />
          );
        })}
      </AppShell.Navbar>
      <AppShell.Main>
        <StorageNotice />
        <BackupReminder />
        <Outlet />
      </AppShell.Main>
      <MenuCommands />
      <MountedOnceNeeded needed={restoring}>
        <RestoreDialog />
      </MountedOnceNeeded>
      <MountedOnceNeeded needed={entryWanted}>
        <EntryDialogs />
      </MountedOnceNeeded>
    </AppShell>
  );
}

// The quick-add palette (Ctrl/Cmd+K): type to filter, arrows to move, Enter to run. Actions
// open an entry dialog (for the partnership on screen, if any); "Go to" opens a partnership.
import { Box, Group, Modal, Text, TextInput } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowRight,
  IconCircleCheck,
  IconHeartbeat,
  IconMessages,
  IconNotes,
  IconScale,
  IconSearch,
  IconTarget,
  IconTrendingUp,
  IconTrophy,
} from '@tabler/icons-react';
import { useId, useMemo, useState, type ComponentType } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useEntryStore, type EntryKind } from '../../store/entry-store';
import { usePartnerships } from '../partnerships/use-partnerships';
import { filterPaletteItems, paletteItems, type PaletteItem } from './palette-items';

const ICONS: Record<EntryKind, ComponentType<{ size?: number; stroke?: number }>> = {
  pulse: IconHeartbeat,
  'check-in': IconMessages,
  goal: IconTarget,
  'goal-update': IconTrendingUp,
  contribution: IconScale,
  friction: IconAlertTriangle,
  'friction-resolve': IconCircleCheck,
  review: IconNotes,
  win: IconTrophy,
};

/** The partnership whose page is on screen, from a path like /partnerships/<id>. */
function partnershipInView(pathname: string): string | undefined {
  const match = /^\/partnerships\/([^/]+)$/.exec(pathname);
  if (!match || match[1] === 'new') return undefined;
  return decodeURIComponent(match[1]!);
}

/** At most this many partnerships are listed at once; typing narrows the rest down. */
const MAX_PLACES = 6;

export function CommandPalette() {
  const opened = useEntryStore((s) => s.paletteOpened);
  const setOpened = useEntryStore((s) => s.setPaletteOpened);
  // When an action opens a dialog, the focus belongs to that dialog, not back to the page.
  const dialogOpening = useEntryStore((s) => s.request !== null);
  return (
    <Modal
      opened={opened}
      onClose={() => setOpened(false)}
      returnFocus={!dialogOpening}
      title="Quick add"
      size="lg"
      yOffset="10vh"
      styles={{ title: { fontWeight: 650 } }}
    >
      {opened && <PaletteBody onClose={() => setOpened(false)} />}
    </Modal>
  );
}

function PaletteBody({ onClose }: { onClose: () => void }) {
  const partnerships = usePartnerships();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const contextId = partnershipInView(pathname);
  const context = partnerships.data?.find((p) => p.id === contextId);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = useMemo(
    () => filterPaletteItems(paletteItems(partnerships.data ?? []), query),
    [partnerships.data, query],
  );
  const places = matches.filter((i) => i.group === 'Go to');
  const hidden = Math.max(places.length - MAX_PLACES, 0);
  const items = hidden > 0 ? matches.slice(0, matches.length - hidden) : matches;
  const current = Math.min(active, Math.max(items.length - 1, 0));
  const optionId = (item: PaletteItem) => `${listId}-${item.id}`;

  function run(item: PaletteItem | undefined) {
    if (!item) return;
    if (item.group === 'Add') {
      useEntryStore.getState().open({ kind: item.kind, partnershipId: context?.id });
    } else {
      onClose();
      navigate(`/partnerships/${encodeURIComponent(item.partnershipId)}`);
    }
  }

  function onKeyDown(event: React.KeyboardEvent) {
    const last = items.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: current >= last ? 0 : current + 1,
      ArrowUp: current <= 0 ? last : current - 1,
      Home: 0,
      End: last,
    };
    if (event.key in moves && items.length > 0) {
      event.preventDefault();
      setActive(moves[event.key]!);
      document
        .getElementById(optionId(items[moves[event.key]!]!))
        ?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(items[current]);
    }
  }

  const groups = (['Add', 'Go to'] as const)
    .map((group) => ({ group, entries: items.filter((i) => i.group === group) }))
    .filter((g) => g.entries.length > 0);

  return (
    <>
      <TextInput
        aria-label="Search actions and partnerships"
        placeholder="Type an action or a partnership…"
        leftSection={<IconSearch size={16} />}
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-expanded
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={items[current] ? optionId(items[current]!) : undefined}
        data-autofocus
        size="md"
      />
      <Text size="xs" c="dimmed" mt={6} mb="xs">
        {context ? (
          <>
            Adds to <bdi>{context.name}</bdi>. ↑↓ to move, Enter to choose.
          </>
        ) : (
          'Asks for the partnership next. ↑↓ to move, Enter to choose.'
        )}
      </Text>
      <div>
        <div id={listId} role="listbox" aria-label="Actions and partnerships">
          {groups.map(({ group, entries }) => (
            <div key={group} role="group" aria-labelledby={`${listId}-${group}`}>
              <Text
                id={`${listId}-${group}`}
                size="xs"
                fw={700}
                c="dimmed"
                tt="uppercase"
                mt="xs"
                mb={4}
                px="sm"
              >
                {group === 'Add' ? 'Record' : 'Go to'}
              </Text>
              {entries.map((item) => {
                const index = items.indexOf(item);
                const Icon = item.group === 'Add' ? ICONS[item.kind] : IconArrowRight;
                const selected = index === current;
                return (
                  <Box
                    key={item.id}
                    id={optionId(item)}
                    role="option"
                    aria-selected={selected}
                    onMouseMove={() => setActive(index)}
                    onClick={() => run(item)}
                    px="sm"
                    py={8}
                    style={{
                      borderRadius: 'var(--mantine-radius-md)',
                      cursor: 'pointer',
                      background: selected ? 'var(--mantine-primary-color-light)' : undefined,
                    }}
                  >
                    <Group gap="sm" wrap="nowrap">
                      <Icon size={18} stroke={1.7} />
                      <Text size="sm" fw={selected ? 600 : 400}>
                        {/* The partnership's name isolated, so a right-to-left one reads right. */}
                        {item.group === 'Go to' ? (
                          <>
                            Go to <bdi>{item.name}</bdi>
                          </>
                        ) : (
                          item.label
                        )}
                      </Text>
                    </Group>
                  </Box>
                );
              })}
            </div>
          ))}
          {items.length === 0 && (
            <Text size="sm" c="dimmed" px="sm" py="md">
              Nothing matches “{query}”.
            </Text>
          )}
        </div>
        {hidden > 0 && (
          <Text size="xs" c="dimmed" px="sm" mt={4}>
            {hidden} more {hidden === 1 ? 'partnership' : 'partnerships'}: type part of a name.
          </Text>
        )}
      </div>
    </>
  );
}

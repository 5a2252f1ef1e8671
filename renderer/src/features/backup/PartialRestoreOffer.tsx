// The offer of a refused backup whose structure is sound (part of <RestoreDialog />): what
// restoring its valid records means, and the button that does it.
import { Alert, Button, List, ScrollArea, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { platform } from '../../platform/platform';
import { restoreValidRecords, type RestoreState } from './restore-flow';

/** "Restore the valid records", disabled while it runs (a second click would save twice). */
export function RestoreValidButton() {
  const [busy, setBusy] = useState(false);
  return (
    // red.8: white text on the default red falls short of 4.5:1 contrast
    <Button
      color="red.8"
      loading={busy}
      onClick={async () => {
        setBusy(true);
        try {
          await restoreValidRecords(platform);
        } finally {
          setBusy(false);
        }
      }}
    >
      Restore the valid records
    </Button>
  );
}

/** The offer of a refused backup whose structure is sound: restore its valid records. */
export function PartialRestoreOffer({
  state,
}: {
  state: Extract<RestoreState, { step: 'invalid' }>;
}) {
  const { summary, rejected, heldBack, heldBackTotal } = state.partial!;
  return (
    <Stack gap="xs">
      <Text size="sm">
        You can restore the {summary.totalRecords} valid records instead (
        {summary.counts.partnerships} partnerships).{' '}
        {rejected === 1
          ? 'The record that breaks a rule is'
          : `The ${rejected} records that break a rule, or depend on one that does, are`}{' '}
        saved to a file first; then everything stored now is replaced by the valid records, and you
        can undo the restore afterwards.
      </Text>
      {heldBackTotal > 0 && (
        <>
          <Text size="sm">
            Left out with them, because they refer to a record that is left out:
          </Text>
          <ScrollArea.Autosize
            mah={160}
            viewportProps={{
              tabIndex: 0,
              'aria-label': 'Records left out with them (scrollable)',
            }}
          >
            <List size="sm" spacing={4} aria-label="Records left out with them">
              {heldBack.map((line, i) => (
                <List.Item key={i} style={{ overflowWrap: 'anywhere' }}>
                  {line}
                </List.Item>
              ))}
            </List>
          </ScrollArea.Autosize>
          {heldBackTotal > heldBack.length && (
            <Text size="sm">
              …and {heldBackTotal - heldBack.length} more (all are in the saved file).
            </Text>
          )}
        </>
      )}
      {state.note && (
        <Alert color="orange" variant="light" p="xs">
          {state.note}
        </Alert>
      )}
    </Stack>
  );
}

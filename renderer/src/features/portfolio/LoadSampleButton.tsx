// "Load sample portfolio": loads at once into an empty database, asks first when data exists.
import { Button, Group, Modal, Text, type ButtonProps } from '@mantine/core';
import { useState } from 'react';
import { isDatabaseEmpty } from '../../db/dataset-repository';
import { useLoadSample } from './use-load-sample';

export function LoadSampleButton(props: ButtonProps) {
  const loadSample = useLoadSample();
  const [confirming, setConfirming] = useState(false);
  const [loading, setLoading] = useState(false);

  async function load() {
    setConfirming(false);
    setLoading(true);
    await loadSample();
    setLoading(false);
  }

  async function start() {
    if (await isDatabaseEmpty()) await load();
    else setConfirming(true);
  }

  return (
    <>
      <Button {...props} loading={loading} onClick={start}>
        Load sample portfolio
      </Button>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Replace your data?">
        <Text size="sm">
          The sample portfolio replaces every organization, partnership and record you have stored.
          You can undo right after, but export a backup first if you want to keep a copy.
        </Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
          <Button color="red" onClick={load}>
            Replace with sample
          </Button>
        </Group>
      </Modal>
    </>
  );
}

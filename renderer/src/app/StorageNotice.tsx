// Asks for persistent storage once at start and shows a polite, dismissible notice when the
// browser refuses or space is short.
import { Alert } from '@mantine/core';
import { IconDatabaseExclamation } from '@tabler/icons-react';
import { useEffect } from 'react';
import { requestPersistentStorage, storageNotice } from '../db/storage-persistence';
import { useAppStore } from '../store/app-store';

export function StorageNotice() {
  const notice = useAppStore((s) => s.storageNotice);
  const setNotice = useAppStore((s) => s.setStorageNotice);
  useEffect(() => {
    let cancelled = false;
    requestPersistentStorage().then((status) => {
      if (!cancelled) setNotice(storageNotice(status));
    });
    return () => {
      cancelled = true;
    };
  }, [setNotice]);
  if (!notice) return null;
  return (
    <Alert
      role="status"
      color="gray"
      variant="light"
      icon={<IconDatabaseExclamation color="var(--mantine-color-orange-light-color)" />}
      title="Your records may not be kept safely"
      withCloseButton
      closeButtonLabel="Dismiss storage notice"
      onClose={() => setNotice(null)}
      mb="lg"
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      {notice}
    </Alert>
  );
}

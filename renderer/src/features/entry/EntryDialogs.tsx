// The one place the entry dialogs live (mounted once in the layout): shows the dialog the entry
// store asks for, asking for the partnership first when the request names none, and the
// quick-add palette.
import { Alert, Button, Loader, Modal, Select, Stack, type ModalProps } from '@mantine/core';
import { useEffect, useRef, useState, type ComponentType } from 'react';
import { useNavigate } from 'react-router-dom';
import { NEW_PARTNERSHIP_PATH } from '../../app/navigation';
import type { PartnershipPageData } from '../../db/partnership-records-query';
import { useEntryStore, type EntryKind, type EntryRequest } from '../../store/entry-store';
import { usePartnerships } from '../partnerships/use-partnerships';
import { CheckInForm } from './CheckInForm';
import { CommandPalette } from './CommandPalette';
import { ContributionForm } from './ContributionForm';
import { ENTRY_KINDS, entryTitle } from './entry-kinds';
import type { EntryFormProps } from './entry-form-kit';
import { FrictionForm, FrictionResolveForm } from './FrictionForm';
import { GoalForm } from './GoalForm';
import { GoalUpdateForm } from './GoalUpdateForm';
import { PulseForm } from './PulseForm';
import { ReviewForm } from './ReviewForm';
import { usePartnershipEntryData, useRequestPartnershipId } from './use-entry-data';
import { WinForm } from './WinForm';

const FORMS: Record<EntryKind, ComponentType<EntryFormProps>> = {
  pulse: PulseForm,
  'check-in': CheckInForm,
  goal: GoalForm,
  'goal-update': GoalUpdateForm,
  contribution: ContributionForm,
  friction: FrictionForm,
  'friction-resolve': FrictionResolveForm,
  review: ReviewForm,
  win: WinForm,
};

const SIZES: Record<EntryKind, ModalProps['size']> = {
  pulse: 'lg',
  'check-in': 'xl',
  goal: 'lg',
  'goal-update': 'lg',
  contribution: 'lg',
  friction: 'lg',
  'friction-resolve': 'md',
  review: 'xl',
  win: 'md',
};

export function EntryDialogs() {
  const request = useEntryStore((s) => s.request);
  const close = useEntryStore((s) => s.close);
  // Keeps the title while the dialog fades out after the request is cleared.
  const [shown, setShown] = useState<EntryRequest | null>(request);
  if (request !== null && request !== shown) setShown(request);

  return (
    <>
      <Modal
        opened={request !== null}
        onClose={close}
        title={shown ? entryTitle(shown.kind, shown.recordId) : ''}
        size={shown ? SIZES[shown.kind] : 'md'}
        styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
      >
        {request && (
          <EntryDialogBody key={JSON.stringify(request)} request={request} onDone={close} />
        )}
      </Modal>
      <CommandPalette />
    </>
  );
}

function EntryDialogBody({ request, onDone }: { request: EntryRequest; onDone: () => void }) {
  const owner = useRequestPartnershipId(request);
  const [chosen, setChosen] = useState<string | null>(null);
  if (owner.status === 'loading') return <Loader size="sm" aria-label="Loading" />;
  if (owner.status === 'error') return <Alert color="red">{owner.error.message}</Alert>;
  const known = owner.data;
  if (known === undefined && request.recordId !== undefined) {
    return <Gone onDone={onDone} />;
  }
  const partnershipId = known ?? chosen ?? undefined;
  return (
    <Stack gap="md">
      {known === undefined && <PartnershipPicker value={chosen} onChange={setChosen} />}
      {partnershipId !== undefined && (
        <EntryFormLoader
          key={partnershipId}
          partnershipId={partnershipId}
          request={{ ...request, partnershipId }}
          onDone={onDone}
        />
      )}
    </Stack>
  );
}

/** The searchable choice of partnership, first thing in a dialog opened without one. */
function PartnershipPicker(props: { value: string | null; onChange: (id: string) => void }) {
  const partnerships = usePartnerships();
  const navigate = useNavigate();
  const close = useEntryStore((s) => s.close);
  const input = useRef<HTMLInputElement>(null);
  const ready = partnerships.status === 'ready';
  // The list arrives after the dialog opened, too late for the dialog's own autofocus.
  useEffect(() => {
    if (ready) input.current?.focus();
  }, [ready]);
  if (partnerships.status !== 'ready') return <Loader size="sm" aria-label="Loading" />;
  if (partnerships.data.length === 0) {
    return (
      <Alert color="blue" title="No partnerships yet">
        Records belong to a partnership. Create one first.
        <Button
          mt="sm"
          size="xs"
          onClick={() => {
            close();
            navigate(NEW_PARTNERSHIP_PATH);
          }}
        >
          New partnership
        </Button>
      </Alert>
    );
  }
  const options = [...partnerships.data]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((p) => ({ value: p.id, label: p.name }));
  return (
    <Select
      label="Partnership"
      placeholder="Type to search"
      data={options}
      value={props.value}
      onChange={(id) => id && props.onChange(id)}
      searchable
      allowDeselect={false}
      nothingFoundMessage="No partnership by that name"
      withAsterisk
      ref={input}
    />
  );
}

function EntryFormLoader(props: {
  partnershipId: string;
  request: EntryRequest;
  onDone: () => void;
}) {
  const { partnershipId, request, onDone } = props;
  const data = usePartnershipEntryData(partnershipId);
  const container = useRef<HTMLDivElement>(null);
  const ready = data.status === 'ready';
  // The form arrives after the dialog opened (its records load first), too late for the
  // dialog's own autofocus: its first field takes the focus when it appears.
  useEffect(() => {
    if (ready) container.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [ready]);

  if (data.status === 'loading') return <Loader size="sm" aria-label="Loading" />;
  if (data.status === 'error') return <Alert color="red">{data.error.message}</Alert>;
  if (data.data === null) return <Gone onDone={onDone} />;
  if (!recordFound(data.data, request)) return <Gone onDone={onDone} />;
  const Form = FORMS[request.kind];
  return (
    <div ref={container}>
      <Form data={data.data} request={request} onDone={onDone} />
    </div>
  );
}

/** False when the request edits a record that is no longer there. */
function recordFound(data: PartnershipPageData, request: EntryRequest): boolean {
  if (request.recordId === undefined) return true;
  const collection = ENTRY_KINDS[request.kind].collection as keyof PartnershipPageData['records'];
  const list = data.records[collection];
  return Array.isArray(list) && list.some((r: { id: string }) => r.id === request.recordId);
}

function Gone({ onDone }: { onDone: () => void }) {
  return (
    <Alert color="orange" title="Not found">
      This record or its partnership no longer exists; it may have been deleted.
      <Button mt="sm" size="xs" variant="default" display="block" onClick={onDone}>
        Close
      </Button>
    </Alert>
  );
}

// "Log contribution": what one party put into the partnership, valued in effort points.
import { NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { CONTRIBUTION_KINDS, type ContributionKind } from '../../../../core/domain/types';
import {
  contributionDraftFromRecord,
  contributionFromDraft,
  newContributionDraft,
} from './activity-drafts';
import {
  deleteAction,
  partyOptions,
  rememberParty,
  scopeOf,
  today,
  useDefaultPartyId,
  type EntryFormProps,
} from './entry-form-kit';
import { EntryFormFrame } from './EntryFormFrame';
import { useEntryForm } from './use-entry-form';

export const CONTRIBUTION_KIND_LABELS: Record<ContributionKind, string> = {
  funding: 'Funding',
  'staff-time': 'Staff time',
  expertise: 'Expertise',
  data: 'Data',
  'in-kind': 'In kind',
  network: 'Network and contacts',
  other: 'Other',
};

const LABELS = {
  date: 'Date',
  partyId: 'Party',
  kind: 'Kind',
  value: 'Value',
  description: 'Description',
};

export function ContributionForm({ data, request, onDone }: EntryFormProps) {
  const { partnership } = data.records;
  const existing = data.records.contributions.find((r) => r.id === request.recordId);
  const defaultParty = useDefaultPartyId(data);
  const [id] = useState(() => existing?.id ?? crypto.randomUUID());
  const form = useEntryForm({
    kind: 'contribution',
    collection: 'contributions',
    initial: () =>
      existing
        ? contributionDraftFromRecord(existing)
        : newContributionDraft(today(), defaultParty),
    toRecord: (draft) => contributionFromDraft(draft, id, partnership.id),
    scope: scopeOf(data),
    labels: LABELS,
    savedMessage: (r) =>
      `Saved the contribution of ${data.parties.find((p) => p.id === r.partyId)?.name ?? 'the party'}.`,
    onSaved: (r) => {
      rememberParty(partnership.id, r.partyId);
      onDone();
    },
  });
  const { draft, set, errors } = form;

  return (
    <EntryFormFrame
      form={form}
      onCancel={onDone}
      onDelete={deleteAction(
        'contributions',
        existing?.id,
        `the contribution of ${existing?.date}`,
        onDone,
      )}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Date"
          type="date"
          value={draft.date}
          onChange={(e) => set('date', e.currentTarget.value)}
          error={errors.date}
          withAsterisk
          data-autofocus
        />
        <Select
          label="Party"
          description="Who contributed"
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          data={partyOptions(data.parties)}
          value={draft.partyId || null}
          onChange={(v) => set('partyId', v ?? '')}
          error={errors.partyId}
          allowDeselect={false}
          withAsterisk
        />
        <Select
          label="Kind"
          data={CONTRIBUTION_KINDS.map((k) => ({ value: k, label: CONTRIBUTION_KIND_LABELS[k] }))}
          value={draft.kind}
          onChange={(v) => v && set('kind', v as ContributionKind)}
          error={errors.kind}
          allowDeselect={false}
        />
        <NumberInput
          label="Value"
          description="Effort points (hours-equivalent)"
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          value={draft.value}
          onChange={(v) => set('value', v)}
          error={errors.value}
          min={0}
          clampBehavior="none"
          withAsterisk
        />
      </SimpleGrid>
      <Textarea
        label="Description"
        value={draft.description}
        onChange={(e) => set('description', e.currentTarget.value)}
        error={errors.description}
        autosize
        minRows={2}
      />
    </EntryFormFrame>
  );
}

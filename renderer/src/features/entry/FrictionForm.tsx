// "Log friction" / "Edit friction" and "Resolve friction": a friction point between the
// parties, and the date it was resolved (today unless said otherwise).
import { Alert, Select, SimpleGrid, Text } from '@mantine/core';
import { useState } from 'react';
import {
  FRICTION_CATEGORIES,
  FRICTION_SEVERITIES,
  type Friction,
} from '../../../../core/domain/types';
import { FRICTION_CATEGORY_LABELS, FRICTION_SEVERITY_LABELS } from '../../components/record-labels';
import { frictionDraftFromRecord, frictionFromDraft, newFrictionDraft } from './activity-drafts';
import { ChoiceSelect, DateField, TextareaField, TextField } from './entry-fields';
import { deleteAction, scopeOf, today, useRecordId, type EntryFormProps } from './entry-form-kit';
import { EntryFormFrame } from './EntryFormFrame';
import { useEntryForm } from './use-entry-form';

const LABELS = {
  title: 'Title',
  category: 'Category',
  severity: 'Severity',
  openedDate: 'Opened date',
  resolvedDate: 'Resolved date',
  notes: 'Notes',
};

export function FrictionForm({ data, request, onDone }: EntryFormProps) {
  const { partnership } = data.records;
  const existing = data.records.frictions.find((f) => f.id === request.recordId);
  const id = useRecordId(existing);
  const form = useEntryForm({
    kind: 'friction',
    collection: 'frictions',
    initial: () => (existing ? frictionDraftFromRecord(existing) : newFrictionDraft(today())),
    toRecord: (draft) => frictionFromDraft(draft, id, partnership.id),
    scope: scopeOf(data),
    labels: LABELS,
    savedMessage: (f) => `Saved the friction "${f.title}".`,
    onSaved: onDone,
  });

  return (
    <EntryFormFrame
      form={form}
      onCancel={onDone}
      onDelete={deleteAction(
        'frictions',
        existing?.id,
        `the friction "${existing?.title}"`,
        onDone,
      )}
    >
      <TextField
        form={form}
        field="title"
        label="Title"
        placeholder="e.g. Data arrives late every month"
        withAsterisk
        data-autofocus
      />
      <SimpleGrid cols={{ base: 1, sm: existing ? 4 : 3 }}>
        <ChoiceSelect
          form={form}
          field="category"
          label="Category"
          values={FRICTION_CATEGORIES}
          labels={FRICTION_CATEGORY_LABELS}
        />
        <ChoiceSelect
          form={form}
          field="severity"
          label="Severity"
          values={FRICTION_SEVERITIES}
          labels={FRICTION_SEVERITY_LABELS}
        />
        <DateField form={form} field="openedDate" label="Opened date" withAsterisk />
        {existing && <DateField form={form} field="resolvedDate" label="Resolved date" />}
      </SimpleGrid>
      <TextareaField form={form} field="notes" label="Notes" />
    </EntryFormFrame>
  );
}

/** "Resolve friction": picks an open friction (unless one was given) and its resolved date. */
export function FrictionResolveForm({ data, request, onDone }: EntryFormProps) {
  const open = data.records.frictions.filter((f) => !f.resolvedDate || f.id === request.recordId);
  const [frictionId, setFrictionId] = useState<string | null>(
    request.recordId ?? (open.length === 1 ? open[0]!.id : null),
  );
  const friction = open.find((f) => f.id === frictionId);
  if (open.length === 0) {
    return (
      <Alert color="blue" title="Nothing to resolve">
        This partnership has no open frictions.
      </Alert>
    );
  }
  return (
    <>
      {request.recordId === undefined && (
        <Select
          label="Friction"
          placeholder="Choose an open friction"
          data={open.map((f) => ({ value: f.id, label: f.title }))}
          value={frictionId}
          onChange={setFrictionId}
          searchable
          allowDeselect={false}
          withAsterisk
          mb="md"
          data-autofocus={friction ? undefined : true}
        />
      )}
      {friction && (
        <ResolveFields
          key={friction.id}
          friction={friction}
          data={data}
          onDone={onDone}
          showTitle={request.recordId !== undefined}
        />
      )}
    </>
  );
}

function ResolveFields({
  friction,
  data,
  onDone,
  showTitle,
}: {
  friction: Friction;
  data: EntryFormProps['data'];
  onDone: () => void;
  /** False when the friction was just picked in the select above, which shows its title. */
  showTitle: boolean;
}) {
  const form = useEntryForm({
    kind: 'friction',
    collection: 'frictions',
    initial: () => ({ resolvedDate: friction.resolvedDate ?? today() }),
    toRecord: (draft) => ({ ...friction, resolvedDate: draft.resolvedDate || undefined }),
    scope: scopeOf(data),
    labels: { resolvedDate: 'Resolved date', openedDate: 'Opened date' },
    savedMessage: (f) => `Resolved "${f.title}".`,
    onSaved: onDone,
  });
  return (
    <EntryFormFrame form={form} onCancel={onDone} submitLabel="Resolve">
      <Text size="sm" c="dimmed" mt={showTitle ? 0 : -8}>
        {showTitle && (
          <Text span fw={600} c="var(--mantine-color-text)">
            {friction.title}:{' '}
          </Text>
        )}
        {FRICTION_SEVERITY_LABELS[friction.severity]} severity,{' '}
        {FRICTION_CATEGORY_LABELS[friction.category].toLowerCase()}, opened {friction.openedDate}
      </Text>
      <DateField
        form={form}
        field="resolvedDate"
        label="Resolved date"
        withAsterisk
        data-autofocus
      />
    </EntryFormFrame>
  );
}

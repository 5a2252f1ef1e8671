// "Add win": a shared success worth celebrating, and whether it was acknowledged publicly.
import { Checkbox, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { newWinDraft, winDraftFromRecord, winFromDraft } from './activity-drafts';
import { deleteAction, scopeOf, today, type EntryFormProps } from './entry-form-kit';
import { EntryFormFrame } from './EntryFormFrame';
import { useEntryForm } from './use-entry-form';

const LABELS = {
  date: 'Date',
  title: 'Title',
  description: 'Description',
  celebrated: 'Celebrated',
};

export function WinForm({ data, request, onDone }: EntryFormProps) {
  const { partnership } = data.records;
  const existing = data.records.milestones.find((m) => m.id === request.recordId);
  const [id] = useState(() => existing?.id ?? crypto.randomUUID());
  const form = useEntryForm({
    kind: 'win',
    collection: 'milestones',
    initial: () => (existing ? winDraftFromRecord(existing) : newWinDraft(today())),
    toRecord: (draft) => winFromDraft(draft, id, partnership.id),
    scope: scopeOf(data),
    labels: LABELS,
    savedMessage: (m) => `Saved the win "${m.title}".`,
    onSaved: onDone,
  });
  const { draft, set, errors } = form;

  return (
    <EntryFormFrame
      form={form}
      onCancel={onDone}
      onDelete={deleteAction('milestones', existing?.id, `the win "${existing?.title}"`, onDone)}
    >
      <TextInput
        label="Title"
        placeholder="e.g. First 100 children enrolled"
        value={draft.title}
        onChange={(e) => set('title', e.currentTarget.value)}
        error={errors.title}
        withAsterisk
        data-autofocus
      />
      <TextInput
        label="Date"
        type="date"
        value={draft.date}
        onChange={(e) => set('date', e.currentTarget.value)}
        error={errors.date}
        withAsterisk
        maw={200}
      />
      <Textarea
        label="Description"
        value={draft.description}
        onChange={(e) => set('description', e.currentTarget.value)}
        error={errors.description}
        autosize
        minRows={2}
      />
      <Checkbox
        label="Celebrated publicly"
        checked={draft.celebrated}
        onChange={(e) => set('celebrated', e.currentTarget.checked)}
      />
    </EntryFormFrame>
  );
}

// "Add win": a shared success worth celebrating, and whether it was acknowledged publicly.
import { Checkbox } from '@mantine/core';
import { newWinDraft, winDraftFromRecord, winFromDraft } from './activity-drafts';
import { DateField, TextareaField, TextField } from './entry-fields';
import { deleteAction, scopeOf, today, useRecordId, type EntryFormProps } from './entry-form-kit';
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
  const id = useRecordId(existing);
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

  return (
    <EntryFormFrame
      form={form}
      onCancel={onDone}
      onDelete={deleteAction('milestones', existing?.id, `the win "${existing?.title}"`, onDone)}
    >
      <TextField
        form={form}
        field="title"
        label="Title"
        placeholder="e.g. First 100 children enrolled"
        withAsterisk
        data-autofocus
      />
      <DateField form={form} field="date" label="Date" withAsterisk maw={200} />
      <TextareaField form={form} field="description" label="Description" />
      <Checkbox
        label="Celebrated publicly"
        checked={form.draft.celebrated}
        onChange={(e) => form.set('celebrated', e.currentTarget.checked)}
      />
    </EntryFormFrame>
  );
}

// "Record review": a review and reflection session — what went well, what to improve, and the
// actions agreed.
import { Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ActionItemsEditor } from './ActionItemsEditor';
import { newReviewDraft, reviewDraftFromRecord, reviewFromDraft } from './activity-drafts';
import { deleteAction, scopeOf, today, type EntryFormProps } from './entry-form-kit';
import { EntryFormFrame } from './EntryFormFrame';
import { useEntryForm } from './use-entry-form';

const LABELS = {
  date: 'Date',
  wentWell: 'What went well',
  toImprove: 'What to improve',
  'actions.*.text': 'Action',
  'actions.*.ownerPartyId': 'Owner',
  'actions.*.dueDate': 'Due date',
};

export function ReviewForm({ data, request, onDone }: EntryFormProps) {
  const { partnership } = data.records;
  const existing = data.records.reviews.find((r) => r.id === request.recordId);
  const [id] = useState(() => existing?.id ?? crypto.randomUUID());
  const form = useEntryForm({
    kind: 'review',
    collection: 'reviews',
    initial: () => (existing ? reviewDraftFromRecord(existing) : newReviewDraft(today())),
    toRecord: (draft) => reviewFromDraft(draft, id, partnership.id),
    scope: scopeOf(data),
    labels: LABELS,
    savedMessage: (r) => `Saved the review of ${r.date}.`,
    onSaved: onDone,
  });
  const { draft, set, errors } = form;

  return (
    <EntryFormFrame
      form={form}
      onCancel={onDone}
      onDelete={deleteAction('reviews', existing?.id, `the review of ${existing?.date}`, onDone)}
    >
      <TextInput
        label="Date"
        type="date"
        value={draft.date}
        onChange={(e) => set('date', e.currentTarget.value)}
        error={errors.date}
        withAsterisk
        data-autofocus
        maw={200}
      />
      <Textarea
        label="What went well"
        value={draft.wentWell}
        onChange={(e) => set('wentWell', e.currentTarget.value)}
        error={errors.wentWell}
        autosize
        minRows={2}
      />
      <Textarea
        label="What to improve"
        value={draft.toImprove}
        onChange={(e) => set('toImprove', e.currentTarget.value)}
        error={errors.toImprove}
        autosize
        minRows={2}
      />
      <ActionItemsEditor
        field="actions"
        itemName="Action"
        items={draft.actions}
        parties={data.parties}
        errors={errors}
        onChange={(items) => set('actions', items)}
      />
    </EntryFormFrame>
  );
}

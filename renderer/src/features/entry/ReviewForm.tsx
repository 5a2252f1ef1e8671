// "Record review": a review and reflection session — what went well, what to improve, and the
// actions agreed.
import { ActionItemsEditor } from './ActionItemsEditor';
import { newReviewDraft, reviewDraftFromRecord, reviewFromDraft } from './activity-drafts';
import { DateField, TextareaField } from './entry-fields';
import { deleteAction, scopeOf, today, useRecordId, type EntryFormProps } from './entry-form-kit';
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
  const id = useRecordId(existing);
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
      <DateField form={form} field="date" label="Date" withAsterisk data-autofocus maw={200} />
      <TextareaField form={form} field="wentWell" label="What went well" />
      <TextareaField form={form} field="toImprove" label="What to improve" />
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

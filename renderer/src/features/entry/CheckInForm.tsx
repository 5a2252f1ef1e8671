// "Log check-in": a meeting, call or workshop with its quality, summary and follow-ups.
import { Select, SimpleGrid, TagsInput } from '@mantine/core';
import { INTERACTION_KINDS, type Rating } from '../../../../core/domain/types';
import { INTERACTION_KIND_LABELS } from '../../components/record-labels';
import { ActionItemsEditor } from './ActionItemsEditor';
import { checkInDraftFromRecord, checkInFromDraft, newCheckInDraft } from './activity-drafts';
import { ChoiceSelect, DateField, TextareaField } from './entry-fields';
import {
  deleteAction,
  partyOptions,
  rememberParty,
  scopeOf,
  today,
  useDefaultPartyId,
  useRecordId,
  type EntryFormProps,
} from './entry-form-kit';
import { EntryFormFrame } from './EntryFormFrame';
import { RatingInput } from './RatingInput';
import { useEntryForm } from './use-entry-form';

const QUALITY_LABELS: Record<Rating, string> = {
  1: 'Very poor',
  2: 'Poor',
  3: 'Fair',
  4: 'Good',
  5: 'Excellent',
};

const LABELS = {
  date: 'Date',
  kind: 'Kind',
  initiatorPartyId: 'Initiated by',
  participants: 'Participants',
  quality: 'Quality',
  summary: 'Summary',
  'followUps.*.text': 'Follow-up',
  'followUps.*.ownerPartyId': 'Owner',
  'followUps.*.dueDate': 'Due date',
};

export function CheckInForm({ data, request, onDone }: EntryFormProps) {
  const { partnership } = data.records;
  const existing = data.records.interactions.find((r) => r.id === request.recordId);
  const defaultParty = useDefaultPartyId(data);
  const id = useRecordId(existing);
  const form = useEntryForm({
    kind: 'check-in',
    collection: 'interactions',
    initial: () =>
      existing ? checkInDraftFromRecord(existing) : newCheckInDraft(today(), defaultParty),
    toRecord: (draft) => checkInFromDraft(draft, id, partnership.id),
    scope: scopeOf(data),
    labels: LABELS,
    savedMessage: (r) => `Saved the ${INTERACTION_KIND_LABELS[r.kind].toLowerCase()} of ${r.date}.`,
    onSaved: (r) => {
      rememberParty(partnership.id, r.initiatorPartyId);
      onDone();
    },
  });
  const { draft, set, errors } = form;

  return (
    <EntryFormFrame
      form={form}
      onCancel={onDone}
      onDelete={deleteAction(
        'interactions',
        existing?.id,
        `the check-in of ${existing?.date}`,
        onDone,
      )}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DateField form={form} field="date" label="Date" withAsterisk data-autofocus />
        <ChoiceSelect
          form={form}
          field="kind"
          label="Kind"
          values={INTERACTION_KINDS}
          labels={INTERACTION_KIND_LABELS}
        />
        <Select
          label="Initiated by"
          placeholder="Not recorded"
          data={partyOptions(data.parties)}
          value={draft.initiatorPartyId || null}
          onChange={(v) => set('initiatorPartyId', v ?? '')}
          error={errors.initiatorPartyId}
          clearable
        />
      </SimpleGrid>
      <TagsInput
        label="Participants"
        description="Names; press Enter after each."
        value={draft.participants}
        onChange={(names) => set('participants', names)}
        error={errors.participants}
      />
      <RatingInput
        label="How productive was it?"
        meanings={QUALITY_LABELS}
        value={draft.quality}
        onChange={(quality) => set('quality', quality)}
        error={errors.quality}
      />
      <TextareaField form={form} field="summary" label="Summary" />
      <ActionItemsEditor
        field="followUps"
        itemName="Follow-up"
        items={draft.followUps}
        parties={data.parties}
        errors={errors}
        onChange={(items) => set('followUps', items)}
      />
    </EntryFormFrame>
  );
}

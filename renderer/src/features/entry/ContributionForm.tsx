// "Log contribution": what one party put into the partnership, valued in effort points.
import { SimpleGrid } from '@mantine/core';
import { CONTRIBUTION_KINDS } from '../../../../core/domain/types';
import { CONTRIBUTION_KIND_LABELS } from '../../components/record-labels';
import {
  contributionDraftFromRecord,
  contributionFromDraft,
  newContributionDraft,
} from './activity-drafts';
import {
  ChoiceSelect,
  DateField,
  DESCRIPTION_BELOW,
  NumberField,
  PartySelect,
  TextareaField,
} from './entry-fields';
import {
  deleteAction,
  rememberParty,
  scopeOf,
  today,
  useDefaultPartyId,
  useRecordId,
  type EntryFormProps,
} from './entry-form-kit';
import { EntryFormFrame } from './EntryFormFrame';
import { useEntryForm } from './use-entry-form';

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
  const id = useRecordId(existing);
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
        <DateField form={form} field="date" label="Date" withAsterisk data-autofocus />
        <PartySelect
          form={form}
          field="partyId"
          parties={data.parties}
          description="Who contributed"
        />
        <ChoiceSelect
          form={form}
          field="kind"
          label="Kind"
          values={CONTRIBUTION_KINDS}
          labels={CONTRIBUTION_KIND_LABELS}
        />
        <NumberField
          form={form}
          field="value"
          label="Value"
          description="Effort points (hours-equivalent)"
          inputWrapperOrder={DESCRIPTION_BELOW}
          min={0}
          clampBehavior="none"
          withAsterisk
        />
      </SimpleGrid>
      <TextareaField form={form} field="description" label="Description" />
    </EntryFormFrame>
  );
}

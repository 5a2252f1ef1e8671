// "Record pulse": one response to the health check from one party — the eight statements on
// a 1–5 agreement scale, each of which may be skipped.
import { Divider, SimpleGrid, Stack, Text } from '@mantine/core';
import {
  PULSE_ITEMS,
  RECIPROCITY_ITEMS,
  TRUST_ITEMS,
  type PulseItem,
} from '../../../../core/domain/types';
import {
  DateField,
  DESCRIPTION_BELOW,
  PartySelect,
  TextareaField,
  TextField,
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
import {
  AGREEMENT_LABELS,
  newPulseDraft,
  pulseDraftFromRecord,
  pulseFromDraft,
  PULSE_QUESTIONS,
} from './pulse-draft';
import { RatingInput } from './RatingInput';
import { useEntryForm } from './use-entry-form';

const GROUPS: { title: string; items: readonly PulseItem[] }[] = [
  { title: 'Trust', items: TRUST_ITEMS },
  { title: 'Give and take', items: RECIPROCITY_ITEMS },
  { title: 'Communication and adaptability', items: ['communication', 'flexibility'] },
];

const LABELS = {
  date: 'Date',
  partyId: 'Party',
  respondent: 'Respondent',
  comment: 'Comment',
  ...Object.fromEntries(PULSE_ITEMS.map((item) => [`scores.${item}`, 'This answer'])),
};

export function PulseForm({ data, request, onDone }: EntryFormProps) {
  const { partnership } = data.records;
  const existing = data.records.pulses.find((p) => p.id === request.recordId);
  const defaultParty = useDefaultPartyId(data);
  const id = useRecordId(existing);
  const form = useEntryForm({
    kind: 'pulse',
    collection: 'pulses',
    initial: () =>
      existing ? pulseDraftFromRecord(existing) : newPulseDraft(today(), defaultParty),
    toRecord: (draft) => pulseFromDraft(draft, id, partnership.id),
    scope: scopeOf(data),
    labels: LABELS,
    savedMessage: (pulse) =>
      `Saved the pulse from ${data.parties.find((p) => p.id === pulse.partyId)?.name ?? 'the party'}.`,
    onSaved: (pulse) => {
      rememberParty(partnership.id, pulse.partyId);
      onDone();
    },
  });
  const { draft, set, errors } = form;

  return (
    <EntryFormFrame
      form={form}
      onCancel={onDone}
      onDelete={deleteAction('pulses', existing?.id, `the pulse of ${existing?.date}`, onDone)}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DateField form={form} field="date" label="Date" withAsterisk data-autofocus />
        <PartySelect
          form={form}
          field="partyId"
          parties={data.parties}
          description="The respondent's organization"
        />
        <TextField
          form={form}
          field="respondent"
          label="Respondent"
          description="Name or alias; empty if anonymous"
          inputWrapperOrder={DESCRIPTION_BELOW}
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        How much does the respondent agree? 1 Strongly disagree · 2 Disagree · 3 Neither · 4 Agree ·
        5 Strongly agree. Skip what they did not answer.
      </Text>
      {GROUPS.map((group) => (
        <Stack key={group.title} gap="xs">
          <Divider label={group.title} labelPosition="left" />
          {group.items.map((item) => (
            <RatingInput
              key={item}
              label={PULSE_QUESTIONS[item]}
              meanings={AGREEMENT_LABELS}
              value={draft.scores[item]}
              onChange={(rating) => set('scores', { ...draft.scores, [item]: rating })}
              error={errors[`scores.${item}`]}
            />
          ))}
        </Stack>
      ))}
      <TextareaField form={form} field="comment" label="Comment" />
    </EntryFormFrame>
  );
}

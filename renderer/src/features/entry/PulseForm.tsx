// "Record pulse": one response to the health check from one party — the eight statements on
// a 1–5 agreement scale, each of which may be skipped.
import { Divider, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import {
  PULSE_ITEMS,
  RECIPROCITY_ITEMS,
  TRUST_ITEMS,
  type PulseItem,
} from '../../../../core/domain/types';
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
  const [id] = useState(() => existing?.id ?? crypto.randomUUID());
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
          description="The respondent's organization"
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          data={partyOptions(data.parties)}
          value={draft.partyId || null}
          onChange={(v) => set('partyId', v ?? '')}
          error={errors.partyId}
          allowDeselect={false}
          withAsterisk
        />
        <TextInput
          label="Respondent"
          description="Name or alias; empty if anonymous"
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          value={draft.respondent}
          onChange={(e) => set('respondent', e.currentTarget.value)}
          error={errors.respondent}
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
      <Textarea
        label="Comment"
        value={draft.comment}
        onChange={(e) => set('comment', e.currentTarget.value)}
        error={errors.comment}
        autosize
        minRows={2}
      />
    </EntryFormFrame>
  );
}

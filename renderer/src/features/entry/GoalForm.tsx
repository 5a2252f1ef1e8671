// "New goal" / "Edit goal": a shared SMART goal — what, from which baseline to which target,
// by when, how much it weighs, who owns it and whether it is still active.
import { MultiSelect, NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { GOAL_STATUSES, type GoalRecordStatus } from '../../../../core/domain/types';
import { deleteAction, partyOptions, scopeOf, today, type EntryFormProps } from './entry-form-kit';
import { EntryFormFrame } from './EntryFormFrame';
import { goalDraftFromRecord, goalFromDraft, newGoalDraft } from './goal-drafts';
import { useEntryForm } from './use-entry-form';

const STATUS_LABELS: Record<GoalRecordStatus, string> = {
  active: 'Active',
  achieved: 'Achieved',
  dropped: 'Dropped',
};

const LABELS = {
  title: 'Title',
  description: 'Description',
  unit: 'Unit',
  baseline: 'Baseline',
  target: 'Target',
  startDate: 'Start date',
  dueDate: 'Due date',
  weight: 'Weight',
  ownerPartyIds: 'Owners',
  'ownerPartyIds.*': 'Owners',
  status: 'Status',
  statusDate: 'Status date',
};

export function GoalForm({ data, request, onDone }: EntryFormProps) {
  const { partnership } = data.records;
  const existing = data.records.goals.find((g) => g.id === request.recordId);
  const [id] = useState(() => existing?.id ?? crypto.randomUUID());
  const form = useEntryForm({
    kind: 'goal',
    collection: 'goals',
    initial: () => (existing ? goalDraftFromRecord(existing) : newGoalDraft(today())),
    toRecord: (draft) => goalFromDraft(draft, id, partnership.id),
    scope: scopeOf(data),
    labels: LABELS,
    savedMessage: (goal) => `Saved the goal "${goal.title}".`,
    onSaved: onDone,
  });
  const { draft, set, errors } = form;
  const updates = existing
    ? data.records.goalUpdates.filter((u) => u.goalId === existing.id).length
    : 0;
  const deleteLabel =
    updates > 0
      ? `the goal "${existing?.title}" and its ${updates === 1 ? 'update' : `${updates} updates`}`
      : `the goal "${existing?.title}"`;

  return (
    <EntryFormFrame
      form={form}
      onCancel={onDone}
      onDelete={deleteAction('goals', existing?.id, deleteLabel, onDone)}
    >
      <TextInput
        label="Title"
        placeholder="e.g. Children reading every week"
        value={draft.title}
        onChange={(e) => set('title', e.currentTarget.value)}
        error={errors.title}
        withAsterisk
        data-autofocus
      />
      <Textarea
        label="Description"
        value={draft.description}
        onChange={(e) => set('description', e.currentTarget.value)}
        error={errors.description}
        autosize
        minRows={2}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput
          label="Baseline"
          value={draft.baseline}
          onChange={(v) => set('baseline', v)}
          error={errors.baseline}
          withAsterisk
        />
        <NumberInput
          label="Target"
          value={draft.target}
          onChange={(v) => set('target', v)}
          error={errors.target}
          withAsterisk
        />
        <TextInput
          label="Unit"
          placeholder="%, customers, EUR …"
          value={draft.unit}
          onChange={(e) => set('unit', e.currentTarget.value)}
          error={errors.unit}
        />
        <TextInput
          label="Start date"
          type="date"
          value={draft.startDate}
          onChange={(e) => set('startDate', e.currentTarget.value)}
          error={errors.startDate}
          withAsterisk
        />
        <TextInput
          label="Due date"
          type="date"
          value={draft.dueDate}
          onChange={(e) => set('dueDate', e.currentTarget.value)}
          error={errors.dueDate}
          withAsterisk
        />
        <NumberInput
          label="Weight"
          value={draft.weight}
          onChange={(v) => set('weight', v)}
          error={errors.weight}
          min={0}
          clampBehavior="none"
          withAsterisk
        />
      </SimpleGrid>
      <MultiSelect
        label="Owners"
        placeholder={draft.ownerPartyIds.length === 0 ? 'Parties responsible' : undefined}
        data={partyOptions(data.parties)}
        value={draft.ownerPartyIds}
        onChange={(ids) => set('ownerPartyIds', ids)}
        error={errors.ownerPartyIds}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label="Status"
          data={GOAL_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          value={draft.status}
          onChange={(v) => {
            if (!v) return;
            set('status', v as GoalRecordStatus);
            if (v !== 'active' && draft.statusDate === '') set('statusDate', today());
          }}
          error={errors.status}
          allowDeselect={false}
        />
        {draft.status !== 'active' && (
          <TextInput
            label="Status date"
            description={`When it was ${draft.status}`}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            type="date"
            value={draft.statusDate}
            onChange={(e) => set('statusDate', e.currentTarget.value)}
            error={errors.statusDate}
            withAsterisk
          />
        )}
      </SimpleGrid>
    </EntryFormFrame>
  );
}

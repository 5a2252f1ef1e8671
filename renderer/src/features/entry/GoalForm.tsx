// "New goal" / "Edit goal": a shared SMART goal — what, from which baseline to which target,
// by when, how much it weighs, who owns it and whether it is still active.
import { MultiSelect, Select, SimpleGrid } from '@mantine/core';
import { GOAL_STATUSES, type GoalRecordStatus } from '../../../../core/domain/types';
import {
  DateField,
  DESCRIPTION_BELOW,
  labelledOptions,
  NumberField,
  TextareaField,
  TextField,
} from './entry-fields';
import {
  deleteAction,
  partyOptions,
  scopeOf,
  today,
  useRecordId,
  type EntryFormProps,
} from './entry-form-kit';
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
  const id = useRecordId(existing);
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
  const { draft, set } = form;
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
      <TextField
        form={form}
        field="title"
        label="Title"
        placeholder="e.g. Children reading every week"
        withAsterisk
        data-autofocus
      />
      <TextareaField form={form} field="description" label="Description" />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberField form={form} field="baseline" label="Baseline" withAsterisk />
        <NumberField form={form} field="target" label="Target" withAsterisk />
        <TextField form={form} field="unit" label="Unit" placeholder="%, customers, EUR …" />
        <DateField form={form} field="startDate" label="Start date" withAsterisk />
        <DateField form={form} field="dueDate" label="Due date" withAsterisk />
        <NumberField
          form={form}
          field="weight"
          label="Weight"
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
        error={form.errors.ownerPartyIds}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label="Status"
          data={labelledOptions(GOAL_STATUSES, STATUS_LABELS)}
          value={draft.status}
          onChange={(v) => {
            if (!v) return;
            set('status', v as GoalRecordStatus);
            if (v !== 'active' && draft.statusDate === '') set('statusDate', today());
          }}
          error={form.errors.status}
          allowDeselect={false}
        />
        {draft.status !== 'active' && (
          <DateField
            form={form}
            field="statusDate"
            label="Status date"
            description={`When it was ${draft.status}`}
            inputWrapperOrder={DESCRIPTION_BELOW}
            withAsterisk
          />
        )}
      </SimpleGrid>
    </EntryFormFrame>
  );
}

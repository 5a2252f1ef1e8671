// "Update goal": a new measured value of one of the partnership's goals, with the owner's
// confidence. Shows the goal's baseline → target and its latest value while typing.
import { Alert, Select, SimpleGrid, Text } from '@mantine/core';
import { GOAL_CONFIDENCES, type GoalConfidence } from '../../../../core/domain/types';
import { GOAL_CONFIDENCE_LABELS } from '../../components/record-labels';
import { DateField, labelledOptions, NumberField, TextareaField } from './entry-fields';
import { deleteAction, scopeOf, today, useRecordId, type EntryFormProps } from './entry-form-kit';
import { EntryFormFrame } from './EntryFormFrame';
import {
  goalProgressHint,
  goalUpdateDraftFromRecord,
  goalUpdateFromDraft,
  newGoalUpdateDraft,
} from './goal-drafts';
import { useEntryForm } from './use-entry-form';

const LABELS = {
  goalId: 'Goal',
  date: 'Date',
  value: 'Value',
  confidence: 'Confidence',
  note: 'Note',
};

export function GoalUpdateForm({ data, request, onDone }: EntryFormProps) {
  const { goals, goalUpdates } = data.records;
  const existing = goalUpdates.find((u) => u.id === request.recordId);
  const active = goals.filter((g) => g.status === 'active');
  const preselected =
    request.goalId ??
    (active.length === 1 ? active[0]!.id : goals.length === 1 ? goals[0]!.id : '');
  const id = useRecordId(existing);
  const form = useEntryForm({
    kind: 'goal-update',
    collection: 'goalUpdates',
    initial: () =>
      existing ? goalUpdateDraftFromRecord(existing) : newGoalUpdateDraft(today(), preselected),
    toRecord: (draft) => goalUpdateFromDraft(draft, id),
    scope: scopeOf(data),
    labels: LABELS,
    savedMessage: (u) => `Saved the update of "${goals.find((g) => g.id === u.goalId)?.title}".`,
    onSaved: onDone,
  });
  const { draft, set, errors } = form;
  const goal = goals.find((g) => g.id === draft.goalId);

  if (goals.length === 0) {
    return (
      <Alert color="blue" title="No goals yet">
        This partnership has no goals to update. Add one with “New goal” first.
      </Alert>
    );
  }

  return (
    <EntryFormFrame
      form={form}
      onCancel={onDone}
      onDelete={deleteAction(
        'goalUpdates',
        existing?.id,
        `the goal update of ${existing?.date}`,
        onDone,
      )}
    >
      <Select
        label="Goal"
        data={goals.map((g) => ({
          value: g.id,
          label: g.status === 'active' ? g.title : `${g.title} (${g.status})`,
        }))}
        value={draft.goalId || null}
        onChange={(v) => set('goalId', v ?? '')}
        error={errors.goalId}
        searchable
        allowDeselect={false}
        withAsterisk
        data-autofocus={draft.goalId === '' ? true : undefined}
      />
      {goal && (
        <Text size="sm" c="dimmed" mt={-8}>
          {goalProgressHint(goal, goalUpdates, existing?.id)}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DateField form={form} field="date" label="Date" withAsterisk />
        <NumberField
          form={form}
          field="value"
          label={goal?.unit ? `Value (${goal.unit})` : 'Value'}
          withAsterisk
          data-autofocus={draft.goalId !== '' ? true : undefined}
        />
        <Select
          label="Confidence"
          placeholder="Not given"
          data={labelledOptions(GOAL_CONFIDENCES, GOAL_CONFIDENCE_LABELS)}
          value={draft.confidence || null}
          onChange={(v) => set('confidence', (v ?? '') as GoalConfidence | '')}
          error={errors.confidence}
          clearable
        />
      </SimpleGrid>
      <TextareaField form={form} field="note" label="Note" />
    </EntryFormFrame>
  );
}

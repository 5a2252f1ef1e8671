// A small editable list of action items (a check-in's follow-ups, a review's actions): text,
// owner party, due date and done, one row each, with Add and Remove.
import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Input,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useId } from 'react';
import type { Organization } from '../../../../core/domain/types';
import { emptyActionItem, type ActionItemDraft } from './draft-values';
import type { FieldErrors } from './field-errors';

interface ActionItemsEditorProps {
  /** The list's record field, e.g. 'followUps'; errors are looked up under `<field>.<i>.<part>`. */
  field: string;
  /** What one item is called: "Follow-up", "Action". */
  itemName: string;
  items: ActionItemDraft[];
  parties: readonly Organization[];
  errors: FieldErrors;
  onChange: (items: ActionItemDraft[]) => void;
}

export function ActionItemsEditor(props: ActionItemsEditorProps) {
  const { field, itemName, items, parties, errors, onChange } = props;
  const partyOptions = parties.map((p) => ({ value: p.id, label: p.name }));
  const update = (index: number, change: Partial<ActionItemDraft>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...change } : item)));
  const lower = itemName.toLowerCase();
  const headingId = useId();

  return (
    <Stack gap="xs" role="group" aria-labelledby={headingId}>
      <Input.Label id={headingId} component="span">
        {itemName}s
      </Input.Label>
      {items.length === 0 && (
        <Text size="xs" c="dimmed">
          None yet.
        </Text>
      )}
      {items.map((item, i) => {
        const n = i + 1;
        const error = (part: string) => errors[`${field}.${i}.${part}`];
        return (
          <Group key={i} align="flex-start" gap="xs" wrap="nowrap">
            <TextInput
              aria-label={`${itemName} ${n}`}
              placeholder="What needs doing"
              value={item.text}
              onChange={(e) => update(i, { text: e.currentTarget.value })}
              error={error('text')}
              style={{ flex: 1 }}
            />
            <Select
              aria-label={`Owner of ${lower} ${n}`}
              placeholder="Owner"
              data={partyOptions}
              value={item.ownerPartyId || null}
              onChange={(v) => update(i, { ownerPartyId: v ?? '' })}
              error={error('ownerPartyId')}
              clearable
              w={150}
            />
            <TextInput
              aria-label={`Due date of ${lower} ${n}`}
              type="date"
              value={item.dueDate}
              onChange={(e) => update(i, { dueDate: e.currentTarget.value })}
              error={error('dueDate')}
              w={140}
            />
            <Checkbox
              label="Done"
              aria-label={`${itemName} ${n} done`}
              checked={item.done}
              onChange={(e) => update(i, { done: e.currentTarget.checked })}
              mt={8}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Remove ${lower} ${n}`}
              onClick={() => onChange(items.filter((_, j) => j !== i))}
              mt={4}
            >
              <IconX size={16} />
            </ActionIcon>
          </Group>
        );
      })}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...items, emptyActionItem()])}
        >
          Add {lower}
        </Button>
      </Group>
    </Stack>
  );
}

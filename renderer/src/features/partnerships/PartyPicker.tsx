// Picks a partnership's parties from the organizations, or creates a new organization on the spot;
// beside each chosen party, its optional agreed share.
import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { Organization } from '../../../../core/domain/types';
import { errorMessage } from '../../app/error-message';
import { saveOrganization } from '../../db/organization-repository';

interface PartyPickerProps {
  organizations: Organization[];
  partyIds: string[];
  shares: Record<string, number | ''>;
  partiesError?: string;
  sharesError?: string;
  onPartiesChange: (ids: string[]) => void;
  onSharesChange: (shares: Record<string, number | ''>) => void;
  onBlur: () => void;
}

export function PartyPicker(props: PartyPickerProps) {
  const [newName, setNewName] = useState('');
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<string | null>(null);
  const nameOf = (id: string) => props.organizations.find((o) => o.id === id)?.name ?? id;

  async function createOrganization() {
    setCreateError(null);
    try {
      const org = await saveOrganization({ id: crypto.randomUUID(), name: newName, kind: 'other' });
      props.onPartiesChange([...props.partyIds, org.id]);
      setNewName('');
      setCreating(false);
    } catch (error) {
      setCreateError(errorMessage(error));
    }
  }

  return (
    <Stack gap="xs">
      <MultiSelect
        label="Parties"
        description="The organizations in the partnership: at least two different ones."
        placeholder={props.partyIds.length === 0 ? 'Choose organizations' : undefined}
        data={props.organizations.map((o) => ({ value: o.id, label: o.name }))}
        value={props.partyIds}
        onChange={props.onPartiesChange}
        onBlur={props.onBlur}
        error={props.partiesError}
        searchable
        nothingFoundMessage="No organization with that name. Use New organization below."
        withAsterisk
      />
      {creating ? (
        <Paper withBorder p="sm">
          <Group align="flex-end" gap="sm">
            <TextInput
              label="New organization name"
              value={newName}
              onChange={(e) => setNewName(e.currentTarget.value)}
              error={createError}
              style={{ flex: 1 }}
              data-autofocus
            />
            <Button onClick={createOrganization}>Add organization</Button>
            <Button variant="default" onClick={() => setCreating(false)}>
              Cancel
            </Button>
          </Group>
        </Paper>
      ) : (
        <Group>
          <Button
            variant="light"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            onClick={() => setCreating(true)}
          >
            New organization
          </Button>
        </Group>
      )}
      {props.partyIds.length > 0 && (
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            Agreed shares (optional)
          </Text>
          <Text size="xs" c="dimmed">
            Each party&apos;s agreed share of contributions; leave empty for equal shares.
          </Text>
          <Group gap="sm">
            {props.partyIds.map((id) => (
              <NumberInput
                key={id}
                label={`Share of ${nameOf(id)}`}
                value={props.shares[id] ?? ''}
                onChange={(value) =>
                  props.onSharesChange({
                    ...props.shares,
                    [id]: typeof value === 'number' ? value : '',
                  })
                }
                min={0}
                w={200}
              />
            ))}
          </Group>
          {props.sharesError && (
            <Text size="sm" c="red" role="alert">
              {props.sharesError}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}

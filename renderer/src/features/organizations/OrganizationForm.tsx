// Modal form to create or edit an organization; names are checked (unique, 1–200 characters)
// as they are typed, with the data model's rules.
import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { checkCandidate } from '../../../../core/data/candidate-check';
import {
  ORGANIZATION_KINDS,
  type Organization,
  type OrganizationKind,
} from '../../../../core/domain/types';
import { errorMessage } from '../../app/error-message';
import { saveOrganization } from '../../db/organization-repository';

export const KIND_LABELS: Record<OrganizationKind, string> = {
  'internal-team': 'Internal team',
  company: 'Company',
  nonprofit: 'Nonprofit',
  'public-agency': 'Public agency',
  other: 'Other',
};

interface OrganizationFormProps {
  /** The organization being edited, or undefined for a new one. */
  existing: Organization | undefined;
  organizations: Organization[];
  onClose: () => void;
}

/** The name rule broken by `org`, in words, or undefined. */
function nameError(org: Organization, organizations: Organization[]): string | undefined {
  if (org.name.trim() === '') return 'Name is required.';
  const issues = checkCandidate('organizations', org, { organizations });
  const issue = issues.find((i) => i.field === 'name');
  return issue ? `Name ${issue.rule}.` : undefined;
}

export function OrganizationForm({ existing, organizations, onClose }: OrganizationFormProps) {
  const [id] = useState(() => existing?.id ?? crypto.randomUUID());
  const [name, setName] = useState(existing?.name ?? '');
  const [kind, setKind] = useState<OrganizationKind>(existing?.kind ?? 'other');
  const [notes, setNotes] = useState(existing?.notes ?? '');
  const [touched, setTouched] = useState(false);
  const [saving, setSaving] = useState(false);

  const record: Organization = { id, name, kind, notes: notes.trim() === '' ? null : notes };
  const error = useMemo(
    () => nameError({ id, name, kind }, organizations),
    [id, name, kind, organizations],
  );

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (error) return;
    setSaving(true);
    try {
      const saved = await saveOrganization(record);
      notifications.show({ color: 'teal', message: `Saved "${saved.name}".` });
      onClose();
    } catch (e) {
      notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(e) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={existing ? 'Edit organization' : 'New organization'}>
      <form onSubmit={save} noValidate>
        <Stack gap="md">
          <TextInput
            label="Name"
            dir="auto"
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value);
              setTouched(true);
            }}
            error={touched ? error : undefined}
            withAsterisk
            data-autofocus
          />
          <Select
            label="Kind"
            data={ORGANIZATION_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
            value={kind}
            onChange={(value) => value && setKind(value as OrganizationKind)}
            allowDeselect={false}
          />
          <Textarea
            label="Notes"
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={saving}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

// Create or edit a partnership: every field of the data model, each checked as it is typed with
// the data model's rules; what the user typed is kept until it is valid and saved.
import {
  Button,
  Group,
  Loader,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { localIsoDate } from '../../../../core/domain/dates';
import {
  PARTNERSHIP_STATUSES,
  type Organization,
  type Partnership,
} from '../../../../core/domain/types';
import { errorMessage } from '../../app/error-message';
import { PageHeader } from '../../components/PageHeader';
import { STATUS_LABELS } from '../../components/StatusBadge';
import { savePartnership } from '../../db/partnership-repository';
import { useAppStore } from '../../store/app-store';
import { PartyPicker } from './PartyPicker';
import {
  draftErrors,
  draftFromPartnership,
  draftToPartnership,
  newDraft,
  type DraftField,
  type PartnershipDraft,
} from './partnership-draft';
import { useParents } from './use-parents';
import { usePartnership } from './use-partnerships';

/** Route element: loads what the form needs, then shows it. */
export function PartnershipFormPage() {
  const { id } = useParams();
  const { organizations, partnerships } = useParents();
  const existing = usePartnership(id);
  if (
    organizations.status !== 'ready' ||
    partnerships.status !== 'ready' ||
    existing.status !== 'ready'
  ) {
    return <Loader aria-label="Loading" />;
  }
  if (id !== undefined && existing.data === undefined) {
    return <PageHeader title="Partnership not found" description="It may have been deleted." />;
  }
  return (
    <PartnershipForm
      key={id ?? 'new'}
      existing={existing.data}
      organizations={organizations.data}
      partnerships={partnerships.data}
    />
  );
}

interface PartnershipFormProps {
  existing: Partnership | undefined;
  organizations: Organization[];
  partnerships: Partnership[];
}

function PartnershipForm({ existing, organizations, partnerships }: PartnershipFormProps) {
  const navigate = useNavigate();
  const lastPartyIds = useAppStore((s) => s.lastPartyIds);
  const setLastPartyIds = useAppStore((s) => s.setLastPartyIds);
  const [id] = useState(() => existing?.id ?? crypto.randomUUID());
  const [draft, setDraft] = useState<PartnershipDraft>(() =>
    existing
      ? draftFromPartnership(existing)
      : newDraft(
          localIsoDate(new Date()),
          lastPartyIds.filter((p) => organizations.some((o) => o.id === p)),
        ),
  );
  const [touched, setTouched] = useState<Partial<Record<DraftField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);

  const others = useMemo(
    () => ({ organizations, partnerships: partnerships.filter((p) => p.id !== id) }),
    [organizations, partnerships, id],
  );
  const errors = useMemo(() => draftErrors(draft, id, others), [draft, id, others]);
  const shown = (field: DraftField) => (submitted || touched[field] ? errors[field] : undefined);

  function update<F extends DraftField>(field: F, value: PartnershipDraft[F]) {
    setDraft((d) => ({ ...d, [field]: value }));
    setTouched((t) => ({ ...t, [field]: true }));
  }
  const touch = (field: DraftField) => () => setTouched((t) => ({ ...t, [field]: true }));

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length > 0) return;
    setSaving(true);
    try {
      const saved = await savePartnership({
        ...draftToPartnership(draft, id),
        ...(existing ? { createdAt: existing.createdAt } : {}),
      });
      setLastPartyIds(saved.partyIds);
      notifications.show({ color: 'teal', message: `Saved "${saved.name}".` });
      navigate('/partnerships');
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={save} noValidate>
      <PageHeader
        title={existing ? `Edit partnership` : 'New partnership'}
        description={
          existing ? existing.name : 'Who works together, why, and how often you check in.'
        }
      />
      <Paper withBorder p="lg" maw={860}>
        <Stack gap="md">
          <TextInput
            label="Name"
            dir="auto"
            value={draft.name}
            onChange={(e) => update('name', e.currentTarget.value)}
            onBlur={touch('name')}
            error={shown('name')}
            withAsterisk
          />
          <Textarea
            label="Purpose"
            description="The shared vision, in a paragraph."
            value={draft.purpose}
            onChange={(e) => update('purpose', e.currentTarget.value)}
            error={shown('purpose')}
            autosize
            minRows={2}
          />
          <PartyPicker
            organizations={organizations}
            partyIds={draft.partyIds}
            shares={draft.shares}
            partiesError={shown('partyIds')}
            sharesError={shown('shares')}
            onPartiesChange={(ids) => update('partyIds', ids)}
            onSharesChange={(shares) => update('shares', shares)}
            onBlur={touch('partyIds')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label="Status"
              data={PARTNERSHIP_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
              value={draft.status}
              onChange={(value) => value && update('status', value as PartnershipDraft['status'])}
              allowDeselect={false}
              error={shown('status')}
            />
            <TextInput
              label="Start date"
              type="date"
              value={draft.startDate}
              onChange={(e) => update('startDate', e.currentTarget.value)}
              error={shown('startDate')}
              withAsterisk
            />
            <TextInput
              label="End date"
              type="date"
              value={draft.endDate}
              onChange={(e) => update('endDate', e.currentTarget.value)}
              error={shown('endDate')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Owner"
              description="The person who manages it."
              value={draft.owner}
              onChange={(e) => update('owner', e.currentTarget.value)}
              error={shown('owner')}
            />
            <TagsInput
              label="Tags"
              description="Press Enter after each tag."
              value={draft.tags}
              onChange={(tags) => update('tags', tags)}
              error={shown('tags')}
            />
            <NumberInput
              label="Check-in cadence (days)"
              description="Expected days between check-ins, 1 to 365."
              value={draft.checkInCadenceDays}
              onChange={(v) => update('checkInCadenceDays', typeof v === 'number' ? v : '')}
              error={shown('checkInCadenceDays')}
              allowDecimal={false}
            />
            <NumberInput
              label="Review cadence (days)"
              description="Expected days between review sessions, 7 to 730."
              value={draft.reviewCadenceDays}
              onChange={(v) => update('reviewCadenceDays', typeof v === 'number' ? v : '')}
              error={shown('reviewCadenceDays')}
              allowDecimal={false}
            />
          </SimpleGrid>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={() => navigate('/partnerships')}>
              Cancel
            </Button>
            <Button type="submit" loading={saving}>
              Save
            </Button>
          </Group>
        </Stack>
      </Paper>
    </form>
  );
}

// The partnerships list: search by name, owner or tag, filter by status, edit and delete (with Undo).
import {
  Button,
  Group,
  Loader,
  Paper,
  Select,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useId, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { PARTNERSHIP_STATUSES, type Partnership } from '../../../../core/domain/types';
import { editPartnershipPath, NEW_PARTNERSHIP_PATH } from '../../app/navigation';
import { RowActions, RowActionsHeader } from '../../components/form/RowActions';
import { NameList } from '../../components/NameList';
import { PageHeader } from '../../components/PageHeader';
import { ariaKeyShortcut, Shortcut } from '../../components/Shortcut';
import { STATUS_LABELS, StatusBadge } from '../../components/StatusBadge';
import { partnershipPagePath } from '../partnership/partnership-path';
import { useDeletePartnership } from './use-delete-partnership';
import { useParents } from './use-parents';

/** True when the partnership's name, owner or a tag contains `query` (ignoring case). */
function matches(p: Partnership, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  return [p.name, p.owner ?? '', ...p.tags].some((text) => text.toLowerCase().includes(q));
}

export function PartnershipsPage() {
  const { organizations, partnerships } = useParents();
  const deletePartnership = useDeletePartnership();
  const navigate = useNavigate();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<string | null>(null);

  const orgNames = useMemo(
    () => new Map((organizations.data ?? []).map((o) => [o.id, o.name])),
    [organizations.data],
  );
  const shown = (partnerships.data ?? []).filter(
    (p) => matches(p, query) && (status === null || p.status === status),
  );

  return (
    <>
      <PageHeader
        title="Partnerships"
        description="Every partnership you manage, its parties and its status."
        actions={
          <Tooltip label={<Shortcut keyName="N" />}>
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => navigate(NEW_PARTNERSHIP_PATH)}
              aria-keyshortcuts={ariaKeyShortcut('N')}
            >
              New partnership
            </Button>
          </Tooltip>
        }
      />
      <Group mb="md" gap="sm">
        <TextInput
          label="Search"
          placeholder="Name, owner or tag"
          leftSection={<IconSearch size={16} />}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          w={320}
        />
        <Select
          label="Status filter"
          placeholder="All statuses"
          data={PARTNERSHIP_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          value={status}
          onChange={setStatus}
          clearable
          w={200}
        />
      </Group>
      {partnerships.status === 'loading' ? (
        <Loader aria-label="Loading partnerships" />
      ) : (
        <Paper withBorder>
          <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Parties</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Owner</Table.Th>
                <Table.Th style={{ whiteSpace: 'nowrap' }}>Start date</Table.Th>
                <RowActionsHeader />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((p, index) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Text
                      component={Link}
                      to={partnershipPagePath(p.id)}
                      fw={600}
                      size="sm"
                      c="inherit"
                    >
                      <bdi id={`${listId}-${index}`}>{p.name}</bdi>
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      <NameList names={p.partyIds.map((id) => orgNames.get(id) ?? id)} />
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <StatusBadge status={p.status} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{p.owner ? <bdi>{p.owner}</bdi> : '—'}</Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{p.startDate}</Text>
                  </Table.Td>
                  <Table.Td>
                    <RowActions
                      nameId={`${listId}-${index}`}
                      onEdit={() => navigate(editPartnershipPath(p.id))}
                      onDelete={() => deletePartnership(p)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {shown.length === 0 && (
            <Text c="dimmed" size="sm" p="md">
              {(partnerships.data ?? []).length === 0
                ? 'No partnerships yet. Create one with New partnership.'
                : 'No partnership matches the search and filter.'}
            </Text>
          )}
        </Paper>
      )}
    </>
  );
}

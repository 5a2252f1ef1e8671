// The organizations list: create, edit, and delete (refused with the reason while a partnership
// uses the organization; undoable otherwise).
import { Button, Loader, Paper, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useId, useMemo, useState } from 'react';
import type { Organization } from '../../../../core/domain/types';
import { RowActions, RowActionsHeader } from '../../components/form/RowActions';
import { PageHeader } from '../../components/PageHeader';
import { showUndoable } from '../../components/show-undoable';
import { deleteOrganization, saveOrganization } from '../../db/organization-repository';
import { showNotDeleted } from '../entry/delete-record';
import { useParents } from '../partnerships/use-parents';
import { KIND_LABELS, OrganizationForm } from './OrganizationForm';

type Editing = { organization: Organization | undefined } | null;

async function deleteWithUndo(org: Organization) {
  try {
    await deleteOrganization(org.id);
  } catch (error) {
    showNotDeleted(error);
    return;
  }
  showUndoable({
    id: `deleted-org-${org.id}`,
    text: `Deleted "${org.name}".`,
    undo: () => saveOrganization(org),
  });
}

export function OrganizationsPage() {
  const { organizations, partnerships } = useParents();
  const listId = useId();
  const [editing, setEditing] = useState<Editing>(null);
  const usage = useMemo(() => {
    const counts = new Map<string, number>();
    for (const p of partnerships.data ?? []) {
      for (const id of p.partyIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }, [partnerships.data]);

  return (
    <>
      <PageHeader
        title="Organizations"
        description="The parties that take part in your partnerships."
        actions={
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setEditing({ organization: undefined })}
          >
            New organization
          </Button>
        }
      />
      {organizations.status !== 'ready' ? (
        <Loader aria-label="Loading organizations" />
      ) : (
        <Paper withBorder>
          <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Partnerships</Table.Th>
                <Table.Th>Notes</Table.Th>
                <RowActionsHeader />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {organizations.data.map((org, index) => (
                <Table.Tr key={org.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      <bdi id={`${listId}-${index}`}>{org.name}</bdi>
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{KIND_LABELS[org.kind]}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{usage.get(org.id) ?? 0}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={1} maw={360}>
                      <bdi>{org.notes ?? ''}</bdi>
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <RowActions
                      nameId={`${listId}-${index}`}
                      onEdit={() => setEditing({ organization: org })}
                      onDelete={() => deleteWithUndo(org)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {organizations.data.length === 0 && (
            <Text c="dimmed" size="sm" p="md">
              No organizations yet. Add the parties you work with using New organization.
            </Text>
          )}
        </Paper>
      )}
      {editing && organizations.status === 'ready' && (
        <OrganizationForm
          existing={editing.organization}
          organizations={organizations.data}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}

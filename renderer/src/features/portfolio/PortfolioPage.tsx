// The portfolio: every partnership with its status, owner and how many records it holds;
// on first run, a welcome with the ways to begin.
import { Button, Group, Loader, Paper, Table, Text, Tooltip } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router-dom';
import { editPartnershipPath, NEW_PARTNERSHIP_PATH } from '../../app/navigation';
import { PageHeader } from '../../components/PageHeader';
import { Shortcut } from '../../components/Shortcut';
import { StatusBadge } from '../../components/StatusBadge';
import type { PartnershipRecordCounts } from '../../db/partnership-repository';
import { useOrganizations } from '../organizations/use-organizations';
import { usePartnerships, useRecordCounts } from '../partnerships/use-partnerships';
import { LoadSampleButton } from './LoadSampleButton';
import { WelcomeEmptyState } from './WelcomeEmptyState';

const COUNT_COLUMNS: { key: keyof PartnershipRecordCounts; label: string }[] = [
  { key: 'pulses', label: 'Pulses' },
  { key: 'interactions', label: 'Interactions' },
  { key: 'goals', label: 'Goals' },
  { key: 'contributions', label: 'Contributions' },
  { key: 'frictions', label: 'Frictions' },
  { key: 'reviews', label: 'Reviews' },
  { key: 'milestones', label: 'Milestones' },
];

export function PortfolioPage() {
  const partnerships = usePartnerships();
  const organizations = useOrganizations();
  const counts = useRecordCounts();
  const navigate = useNavigate();

  if (partnerships.status !== 'ready' || organizations.status !== 'ready') {
    return <Loader aria-label="Loading portfolio" />;
  }
  const firstRun = partnerships.data.length === 0 && organizations.data.length === 0;

  return (
    <>
      <PageHeader
        title="Portfolio"
        description={
          firstRun
            ? 'Your partnerships at a glance.'
            : `${partnerships.data.length} partnerships, ${organizations.data.length} organizations.`
        }
        actions={
          !firstRun && (
            <>
              <LoadSampleButton variant="default" />
              <Tooltip label={<Shortcut keyName="N" />}>
                <Button
                  leftSection={<IconPlus size={16} />}
                  onClick={() => navigate(NEW_PARTNERSHIP_PATH)}
                >
                  New partnership
                </Button>
              </Tooltip>
            </>
          )
        }
      />
      {firstRun ? (
        <WelcomeEmptyState />
      ) : (
        <Paper withBorder style={{ overflowX: 'auto' }}>
          <Table verticalSpacing="sm" horizontalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Partnership</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Owner</Table.Th>
                {COUNT_COLUMNS.map((c) => (
                  <Table.Th key={c.key} ta="right">
                    {c.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {partnerships.data.map((p) => {
                const row = counts.data?.get(p.id);
                return (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Text
                        component={Link}
                        to={editPartnershipPath(p.id)}
                        fw={600}
                        size="sm"
                        c="inherit"
                      >
                        {p.name}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <StatusBadge status={p.status} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{p.owner ?? '—'}</Text>
                    </Table.Td>
                    {COUNT_COLUMNS.map((c) => (
                      <Table.Td key={c.key} ta="right">
                        <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                          {row?.[c.key] ?? 0}
                        </Text>
                      </Table.Td>
                    ))}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          {partnerships.data.length === 0 && (
            <Group p="md">
              <Text c="dimmed" size="sm">
                No partnerships yet: create one with New partnership.
              </Text>
            </Group>
          )}
        </Paper>
      )}
    </>
  );
}

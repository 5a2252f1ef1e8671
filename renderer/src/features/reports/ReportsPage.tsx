// Reports, for now: the partnerships a report will cover. PDF export is being built and will
// replace this list with report options and a preview.
import { Alert, List, Loader, Paper, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { usePartnerships } from '../partnerships/use-partnerships';

export function ReportsPage() {
  const partnerships = usePartnerships();
  return (
    <>
      <PageHeader title="Reports" description="Health reports of your partnerships, to share." />
      <Alert icon={<IconInfoCircle />} title="PDF export is being built" mb="lg" variant="light">
        Exporting a partnership or portfolio report as PDF is under construction. Until it arrives,
        this page lists the partnerships a report will cover.
      </Alert>
      {partnerships.status !== 'ready' ? (
        <Loader aria-label="Loading partnerships" />
      ) : partnerships.data.length === 0 ? (
        <Text c="dimmed" size="sm">
          No partnerships yet.
        </Text>
      ) : (
        <Paper withBorder p="md">
          <List spacing="xs" listStyleType="none">
            {partnerships.data.map((p) => (
              <List.Item key={p.id}>
                <Text span size="sm" fw={600} mr="sm">
                  {p.name}
                </Text>
                <StatusBadge status={p.status} />
              </List.Item>
            ))}
          </List>
        </Paper>
      )}
    </>
  );
}

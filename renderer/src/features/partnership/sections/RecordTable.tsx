// A plain, accessible list of records as a table with a heading, a count and an empty message;
// long lists show the first rows and a button for the rest.
import { Button, Card, Group, ScrollArea, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';

const FIRST_ROWS = 50;

export interface RecordColumn<T> {
  header: string;
  cell: (record: T) => ReactNode;
  /** Keeps the column narrow (numbers, dates). */
  narrow?: boolean;
}

export function RecordTable<T extends { id: string }>(props: {
  title: string;
  description?: string;
  records: readonly T[];
  columns: RecordColumn<T>[];
  actions?: (record: T) => ReactNode;
  emptyMessage: string;
}) {
  const { title, description, records, columns, actions, emptyMessage } = props;
  const [all, setAll] = useState(false);
  const titleId = useId();
  const shown = all ? records : records.slice(0, FIRST_ROWS);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" align="baseline" mb="sm">
        <Title order={3} fz="md" fw={600} id={titleId}>
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {records.length} {records.length === 1 ? 'record' : 'records'}
        </Text>
      </Group>
      {description && (
        <Text size="sm" c="dimmed" mb="sm">
          {description}
        </Text>
      )}
      {records.length === 0 ? (
        <Text size="sm" c="dimmed" py="md">
          {emptyMessage}
        </Text>
      ) : (
        <ScrollArea type="auto">
          <Table verticalSpacing="xs" highlightOnHover aria-labelledby={titleId}>
            <Table.Thead>
              <Table.Tr>
                {columns.map((c) => (
                  <Table.Th key={c.header} style={{ whiteSpace: c.narrow ? 'nowrap' : undefined }}>
                    {c.header}
                  </Table.Th>
                ))}
                {actions && (
                  <Table.Th w={1}>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((record) => (
                <Table.Tr key={record.id}>
                  {columns.map((c) => (
                    <Table.Td
                      key={c.header}
                      style={{ whiteSpace: c.narrow ? 'nowrap' : undefined }}
                    >
                      {c.cell(record)}
                    </Table.Td>
                  ))}
                  {actions && <Table.Td>{actions(record)}</Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
      {records.length > FIRST_ROWS && (
        <Button variant="subtle" size="compact-sm" mt="sm" onClick={() => setAll((a) => !a)}>
          {all ? `Show the first ${FIRST_ROWS}` : `Show all ${records.length}`}
        </Button>
      )}
    </Card>
  );
}

// A chart in a card: title, optional description, the chart in a responsive container, and a
// "Show as table" toggle that shows the same numbers as an accessible table (scrollable and
// reachable by keyboard when long).
import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconChartLine, IconTable } from '@tabler/icons-react';
import { useId, useState, type ReactElement, type ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';

/**
 * The numbers behind a chart: column headings (a name in a heading goes in <bdi>, so a
 * right-to-left name reads correctly) and rows of already formatted cells.
 */
export interface ChartTable {
  columns: ReactNode[];
  rows: ReadonlyArray<ReadonlyArray<string | number>>;
}

export interface ChartCardProps {
  title: string;
  description?: ReactNode;
  table: ChartTable;
  /** One recharts chart element (LineChart, BarChart …); it fills the card's width. */
  children: ReactElement;
  /** Height of the chart area in pixels. */
  height?: number;
  /** Shown instead of the chart when the table has no rows. */
  emptyMessage?: string;
  /** Heading level of the title inside the page's outline. */
  headingOrder?: 2 | 3 | 4;
}

export function ChartCard({
  title,
  description,
  table,
  children,
  height = 260,
  emptyMessage = 'No data for this period.',
  headingOrder = 3,
}: ChartCardProps) {
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  const empty = table.rows.length === 0;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm" mb="sm">
        <Stack gap={2}>
          <Title order={headingOrder} fz="md" fw={600} id={titleId}>
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
        </Stack>
        {!empty && (
          <Button
            variant={showTable ? 'filled' : 'subtle'}
            size="compact-sm"
            aria-pressed={showTable}
            leftSection={showTable ? <IconChartLine size={16} /> : <IconTable size={16} />}
            onClick={() => setShowTable((shown) => !shown)}
            style={{ flexShrink: 0 }}
          >
            Show as table
          </Button>
        )}
      </Group>
      {empty ? (
        <Text size="sm" c="dimmed" py="xl" ta="center">
          {emptyMessage}
        </Text>
      ) : showTable ? (
        <div
          tabIndex={0}
          role="group"
          aria-label={`${title}: table`}
          style={{ maxHeight: Math.max(height, 240), overflow: 'auto' }}
        >
          <Table striped stickyHeader highlightOnHover aria-labelledby={titleId}>
            <Table.Thead>
              <Table.Tr>
                {table.columns.map((column, i) => (
                  <Table.Th key={i} scope="col">
                    {column}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {table.rows.map((row, i) => (
                <Table.Tr key={i}>
                  {row.map((cell, j) =>
                    j === 0 ? (
                      <Table.Th key={j} scope="row" fw={500}>
                        {cell}
                      </Table.Th>
                    ) : (
                      <Table.Td key={j}>{cell}</Table.Td>
                    ),
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      ) : (
        <div style={{ width: '100%', height }}>
          <ResponsiveContainer width="100%" height="100%">
            {children}
          </ResponsiveContainer>
        </div>
      )}
    </Card>
  );
}

// The four screens of the CSV import wizard, without state of their own: the kind and file with
// what was detected, the column Selects with date order and partnership, the row preview, the summary.
import {
  Alert,
  Button,
  Group,
  List,
  Radio,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import type { ImportPreview } from '../../../../core/data/csv-import';
import { IMPORT_FIELDS, type CsvMapping, type ImportKind } from '../../../../core/data/csv-mapping';
import { csvProblemText, type ParsedCsv } from '../../../../core/data/csv-parse';
import type { DateOrder } from '../../../../core/data/csv-values';
import { usePartnerships } from '../partnerships/use-partnerships';
import {
  columnChoices,
  describeDelimiter,
  describeEncoding,
  fieldLabel,
  ALREADY_IMPORTED_TEXT,
  alreadyImportedText,
  IMPORT_KIND_CHOICES,
  needsFilePartnership,
  NOT_IMPORTED,
  setFieldColumn,
  skippedRowText,
  type ImportSummary,
} from './csv-import-wizard';

/** Rows shown in the preview table; the counts always cover the whole file. */
const PREVIEW_ROWS = 100;

export interface LoadedFile {
  name: string;
  parsed: ParsedCsv;
}

export function FileStep(props: {
  kind: ImportKind;
  file: LoadedFile | null;
  onKind: (kind: ImportKind) => void;
  onChoose: () => void;
}) {
  const { file } = props;
  return (
    <Stack gap="sm" mt="md">
      <Select
        label="What the file holds"
        data={IMPORT_KIND_CHOICES}
        value={props.kind}
        onChange={(value) => value && props.onKind(value as ImportKind)}
        allowDeselect={false}
      />
      <Group gap="sm">
        <Button variant="default" onClick={props.onChoose}>
          Choose CSV file
        </Button>
        {file && <Text size="sm">{file.name}</Text>}
      </Group>
      {file && (
        <SimpleGrid cols={2} spacing="xs" verticalSpacing={2} aria-label="Detected file format">
          <Text size="sm" fw={600}>
            Delimiter
          </Text>
          <Text size="sm">{describeDelimiter(file.parsed.delimiter)}</Text>
          <Text size="sm" fw={600}>
            Encoding
          </Text>
          <Text size="sm">{describeEncoding(file.parsed.encoding, file.parsed.hasBom)}</Text>
          <Text size="sm" fw={600}>
            Rows
          </Text>
          <Text size="sm">
            {file.parsed.rows.length} data rows, {file.parsed.header.length} columns
          </Text>
        </SimpleGrid>
      )}
      {file && file.parsed.problems.length > 0 && (
        <Alert color="yellow" title="Problems found while reading the file">
          <List size="sm" spacing={2}>
            {file.parsed.problems.slice(0, 10).map((problem, i) => (
              <List.Item key={i}>{csvProblemText(problem)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}

export function MappingStep(props: {
  kind: ImportKind;
  parsed: ParsedCsv;
  mapping: CsvMapping;
  onMapping: (mapping: CsvMapping) => void;
  detectedOrder: DateOrder;
  dateOrder: DateOrder;
  onDateOrder: (order: DateOrder) => void;
  partnershipId: string | null;
  onPartnership: (id: string | null) => void;
}) {
  const partnerships = usePartnerships();
  const choices = columnChoices(props.parsed.header);
  const fileWide = needsFilePartnership(props.kind, props.mapping);
  return (
    <Stack gap="sm" mt="md">
      <Text size="sm" c="dimmed">
        Columns were matched to fields by their header names. Change any that is wrong.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {IMPORT_FIELDS[props.kind].map((spec) => {
          const index = props.mapping[spec.field];
          return (
            <Select
              key={spec.field}
              label={`${fieldLabel(spec.field)}${spec.required ? ' (required)' : ''}`}
              data={choices}
              value={index === null || index === undefined ? NOT_IMPORTED : String(index)}
              onChange={(value) =>
                props.onMapping(
                  setFieldColumn(
                    props.mapping,
                    spec.field,
                    value === null || value === NOT_IMPORTED ? null : Number(value),
                  ),
                )
              }
              allowDeselect={false}
            />
          );
        })}
      </SimpleGrid>
      {fileWide && (
        <Select
          label="Partnership of every row"
          description="The file has no partnership column: choose the partnership all its rows belong to."
          placeholder="Choose a partnership"
          data={
            partnerships.status === 'ready'
              ? partnerships.data.map((p) => ({ value: p.id, label: p.name }))
              : []
          }
          value={props.partnershipId}
          onChange={props.onPartnership}
          searchable
          clearable
        />
      )}
      {props.detectedOrder !== 'iso' && (
        <Radio.Group
          label="How the file writes dates"
          description={
            props.detectedOrder === 'ambiguous'
              ? 'The dates could be day first or month first: choose which.'
              : 'Detected from the dates in the file: confirm or change.'
          }
          value={props.dateOrder === 'ambiguous' ? null : props.dateOrder}
          onChange={(value) => props.onDateOrder(value as DateOrder)}
        >
          <Group mt="xs">
            <Radio value="dmy" label="Day first (31/12/2026)" />
            <Radio value="mdy" label="Month first (12/31/2026)" />
          </Group>
        </Radio.Group>
      )}
    </Stack>
  );
}

export function PreviewStep(props: {
  preview: ImportPreview<ImportKind>;
  parsed: ParsedCsv;
  mapping: CsvMapping;
}) {
  const { preview } = props;
  if (preview.fileProblems.length > 0) {
    return (
      <Alert color="red" title="The file cannot be imported as it is" mt="md">
        <List size="sm" spacing={2}>
          {preview.fileProblems.map((problem, i) => (
            <List.Item key={i}>{problem}</List.Item>
          ))}
        </List>
      </Alert>
    );
  }
  const valid = preview.rows.filter((row) => row.record !== undefined).length;
  const repeats = preview.rows.filter((row) => row.alreadyImported !== undefined).length;
  const withProblems = preview.rows.length - valid - repeats;
  const shownFields = IMPORT_FIELDS[preview.kind]
    .filter((spec) => props.mapping[spec.field] !== null && props.mapping[spec.field] !== undefined)
    .slice(0, 4);
  const cellsByRow = new Map(
    props.parsed.rowNumbers.map((n, i) => [n, props.parsed.rows[i] ?? []]),
  );
  return (
    <Stack gap="sm" mt="md">
      <Text size="sm">
        {valid} of {preview.rows.length} rows can be imported; {withProblems} have problems.
        {repeats > 0 &&
          ` ${alreadyImportedText(repeats)}: ${repeats === 1 ? 'it is' : 'they are'} not added again.`}
        {preview.rows.length > PREVIEW_ROWS && ` The first ${PREVIEW_ROWS} rows are shown.`}
      </Text>
      <ScrollArea.Autosize
        mah={360}
        viewportProps={{ tabIndex: 0, 'aria-label': 'Import preview (scrollable)' }}
      >
        <Table striped withTableBorder fz="sm" aria-label="Import preview">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Row</Table.Th>
              {shownFields.map((spec) => (
                <Table.Th key={spec.field}>{fieldLabel(spec.field)}</Table.Th>
              ))}
              <Table.Th>Result</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.rows.slice(0, PREVIEW_ROWS).map((row) => (
              <Table.Tr key={row.rowNumber}>
                <Table.Td>{row.rowNumber}</Table.Td>
                {shownFields.map((spec) => (
                  <Table.Td key={spec.field} style={{ overflowWrap: 'anywhere' }}>
                    {cellsByRow.get(row.rowNumber)?.[props.mapping[spec.field]!] ?? ''}
                  </Table.Td>
                ))}
                <Table.Td>
                  {row.record ? (
                    <Text size="sm" fw={600}>
                      Ready
                    </Text>
                  ) : row.alreadyImported ? (
                    <Text size="sm" c="dimmed">
                      {ALREADY_IMPORTED_TEXT}
                    </Text>
                  ) : (
                    <List size="xs" spacing={0}>
                      {row.problems.map((problem, i) => (
                        <List.Item key={i}>{problem}</List.Item>
                      ))}
                    </List>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  );
}

export function SummaryStep({ summary }: { summary: ImportSummary }) {
  const { imported, alreadyImported, skipped } = summary;
  let rest: string | null = null;
  if (skipped.length > 0) rest = `Skipped ${skipped.length} rows; the reasons are below.`;
  else if (alreadyImported === 0) rest = 'Every row of the file was imported.';
  else if (imported > 0) rest = 'Every other row of the file was imported.';
  const title =
    imported === 0 && alreadyImported > 0
      ? 'Nothing new to import'
      : `Imported ${imported} ${imported === 1 ? 'record' : 'records'}`;
  return (
    <Stack gap="sm" mt="md">
      <Alert color="indigo" title={title}>
        {alreadyImported > 0 && (
          <Text size="sm">{alreadyImportedText(alreadyImported)}: nothing was added twice.</Text>
        )}
        {rest !== null && <Text size="sm">{rest}</Text>}
      </Alert>
      {summary.skipped.length > 0 && (
        <ScrollArea.Autosize
          mah={240}
          viewportProps={{ tabIndex: 0, 'aria-label': 'Skipped rows (scrollable)' }}
        >
          <List size="sm" spacing={2} aria-label="Skipped rows">
            {summary.skipped.map((row) => (
              <List.Item key={row.rowNumber}>{skippedRowText(row)}</List.Item>
            ))}
          </List>
        </ScrollArea.Autosize>
      )}
    </Stack>
  );
}

// "Import CSV": a wizard in a dialog. 1 kind and file (detected delimiter, encoding, BOM);
// 2 columns matched to fields, date order, partnership for the whole file; 3 preview with each
// row's problems, then import every valid row or all or nothing, in one transaction; 4 summary.
import { Alert, Button, Group, List, Modal, Stack, Stepper, Text } from '@mantine/core';
import { useState } from 'react';
import {
  chooseImport,
  previewImport,
  type ImportMode,
  type ImportPreview,
} from '../../../../core/data/csv-import';
import {
  suggestMapping,
  type CsvMapping,
  type ImportKind,
} from '../../../../core/data/csv-mapping';
import { parseCsv, type ParsedCsv } from '../../../../core/data/csv-parse';
import type { DateOrder } from '../../../../core/data/csv-values';
import { errorMessage } from '../../app/error-message';
import { importRecords } from '../../db/bulk-import';
import { readAllData } from '../../db/dataset-repository';
import { platform } from '../../platform/platform';
import { backupBeforeRiskyStep, riskyStepRefusal } from '../auto-backup/automatic-backups';
import { FileStep, MappingStep, PreviewStep, SummaryStep, type LoadedFile } from './CsvImportSteps';
import {
  detectedDateOrder,
  needsFilePartnership,
  summariseImport,
  type ImportSummary,
} from './csv-import-wizard';

export function CsvImportWizard({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Import CSV"
      size="xl"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {/* Mounted only while open, so each import starts from step 1. */}
      {opened && <WizardSteps onClose={onClose} />}
    </Modal>
  );
}

function WizardSteps({ onClose }: { onClose: () => void }) {
  const [active, setActive] = useState(0);
  const [kind, setKind] = useState<ImportKind>('pulses');
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [mapping, setMapping] = useState<CsvMapping>({});
  const [dateOrder, setDateOrder] = useState<DateOrder>('iso');
  const [partnershipId, setPartnershipId] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview<ImportKind> | null>(null);
  const [refusal, setRefusal] = useState<string[]>([]);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [working, setWorking] = useState(false);

  const detectedOrder = file ? detectedDateOrder(file.parsed, mapping) : 'iso';

  function applyMapping(next: CsvMapping, parsed: ParsedCsv) {
    setMapping(next);
    const order = detectedDateOrder(parsed, next);
    // An ambiguous file waits for the user's choice; a clear one is proposed for confirmation.
    setDateOrder(order);
  }

  async function chooseFile() {
    try {
      const opened = await platform.openFile({
        filters: [{ name: 'CSV (comma-separated values)', extensions: ['csv', 'tsv', 'txt'] }],
        as: 'binary',
      });
      if (opened === null) return;
      const parsed = parseCsv(opened.content);
      setFile({ name: opened.name, parsed });
      applyMapping(suggestMapping(kind, parsed.header), parsed);
    } catch (error) {
      setRefusal([`The file could not be read: ${errorMessage(error)}`]);
    }
  }

  function changeKind(next: ImportKind) {
    setKind(next);
    if (file) applyMapping(suggestMapping(next, file.parsed.header), file.parsed);
  }

  async function showPreview() {
    if (!file) return;
    setWorking(true);
    setRefusal([]);
    try {
      const dataset = await readAllData();
      const options = partnershipId && needsFilePartnership(kind, mapping) ? { partnershipId } : {};
      const next = previewImport(
        kind,
        file.parsed,
        mapping,
        dateOrder,
        dataset,
        () => crypto.randomUUID(),
        options,
      );
      setPreview(next);
      setActive(2);
    } catch (error) {
      setRefusal([errorMessage(error)]);
    } finally {
      setWorking(false);
    }
  }

  async function runImport(mode: ImportMode) {
    if (!preview) return;
    const choice = chooseImport(preview, mode);
    if (!choice.ok) {
      setRefusal(choice.problems);
      return;
    }
    if (choice.records.length === 0) {
      // Every row is already imported (or skipped): there is nothing to write.
      setRefusal([]);
      setSummary(summariseImport(preview, choice, 0));
      setActive(3);
      return;
    }
    setWorking(true);
    setRefusal([]);
    // The desktop app first files the current data as an automatic backup (none in a browser);
    // without it nothing is imported.
    const refusal = riskyStepRefusal(await backupBeforeRiskyStep('before-import'), 'import');
    if (refusal !== null) {
      setRefusal([refusal]);
      setWorking(false);
      return;
    }
    try {
      const added = await importRecords(preview.kind, choice.records);
      setSummary(summariseImport(preview, choice, added));
      setActive(3);
    } catch (error) {
      setRefusal([`Nothing was imported: ${errorMessage(error)}`]);
    } finally {
      setWorking(false);
    }
  }

  const dateNeedsChoice = dateOrder === 'ambiguous';
  return (
    <Stack gap="md">
      <Stepper active={active} size="sm" allowNextStepsSelect={false} onStepClick={setActive}>
        <Stepper.Step label="File" description="Kind and file">
          <FileStep
            kind={kind}
            file={file}
            onKind={changeKind}
            onChoose={() => void chooseFile()}
          />
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              disabled={!file || file.parsed.header.length === 0}
              onClick={() => setActive(1)}
            >
              Next: columns
            </Button>
          </Group>
        </Stepper.Step>
        <Stepper.Step label="Columns" description="Match fields">
          {file && (
            <MappingStep
              kind={kind}
              parsed={file.parsed}
              mapping={mapping}
              onMapping={(next) => applyMapping(next, file.parsed)}
              detectedOrder={detectedOrder}
              dateOrder={dateOrder}
              onDateOrder={setDateOrder}
              partnershipId={partnershipId}
              onPartnership={setPartnershipId}
            />
          )}
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={() => setActive(0)}>
              Back
            </Button>
            <Button loading={working} disabled={dateNeedsChoice} onClick={() => void showPreview()}>
              Next: preview
            </Button>
          </Group>
        </Stepper.Step>
        <Stepper.Step label="Preview" description="Check each row">
          {preview && <PreviewStep preview={preview} parsed={file!.parsed} mapping={mapping} />}
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={() => setActive(1)}>
              Back
            </Button>
            <Button
              variant="default"
              loading={working}
              onClick={() => void runImport('all-or-nothing')}
            >
              Import all or nothing
            </Button>
            <Button loading={working} onClick={() => void runImport('valid-rows')}>
              Import every valid row
            </Button>
          </Group>
        </Stepper.Step>
        <Stepper.Completed>
          {summary && <SummaryStep summary={summary} />}
          <Group justify="flex-end" mt="md">
            <Button onClick={onClose}>Done</Button>
          </Group>
        </Stepper.Completed>
      </Stepper>
      {refusal.length > 0 && (
        <Alert color="red" title="Nothing was imported" role="alert">
          <List size="sm" spacing={2}>
            {refusal.slice(0, 20).map((problem, i) => (
              <List.Item key={i}>{problem}</List.Item>
            ))}
          </List>
          {refusal.length > 20 && <Text size="sm">…and {refusal.length - 20} more.</Text>}
        </Alert>
      )}
    </Stack>
  );
}

// The Reports screen: choose partnerships (or the portfolio), period, audience and paper; see what
// the report says at once (built from the stored data), then preview or export it as a PDF.
import { Alert, Anchor, Card, Grid, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { localIsoDate } from '../../../../core/domain/dates';
import type { Dataset, IsoDate } from '../../../../core/domain/types';
import { ReportInputError } from '../../../../core/report/report-input';
import type { Report } from '../../../../core/report/report-model';
import { buildReport } from '../../../../core/report/report-request';
import { PageHeader } from '../../components/PageHeader';
import { readAllData } from '../../db/dataset-repository';
import { useLiveData } from '../../db/use-live-data';
import { platform } from '../../platform/platform';
import { buildReportRequest, initialChoice, type ReportChoice } from './report-choice';
import { reportPeriod } from './report-period';
import { ReportActions, RenderingProgress } from './ReportActions';
import { ReportOptions } from './ReportOptions';
import { ReportPdfPreview } from './ReportPdfPreview';
import { ReportSummary } from './ReportSummary';
import { useReportPdf } from './use-report-pdf';

export function ReportsPage() {
  const data = useLiveData(readAllData, []);
  const [params] = useSearchParams();
  const wanted = params.get('partnership');
  let body;
  if (data.status === 'loading') {
    body = <Loader aria-label="Loading your partnerships" />;
  } else if (data.status === 'error') {
    body = (
      <Alert color="red" title="Your records could not be read">
        {data.error.message} Reload the app; if it happens again, restore your latest backup.
      </Alert>
    );
  } else if (data.data.partnerships.length === 0) {
    body = (
      <Text>
        There is nothing to report yet.{' '}
        <Anchor component={Link} to="/partnerships/new">
          Add a partnership
        </Anchor>{' '}
        or load the sample portfolio from the{' '}
        <Anchor component={Link} to="/">
          Portfolio
        </Anchor>{' '}
        screen.
      </Text>
    );
  } else {
    body = <ReportBuilder key={wanted ?? ''} dataset={data.data} preselected={wanted} />;
  }
  return (
    <>
      <PageHeader
        title="Reports"
        description="A PDF of one partnership, several, or the whole portfolio, for a steering group, a funder or the partners."
      />
      {body}
    </>
  );
}

type BuiltReport =
  | { status: 'incomplete' }
  | { status: 'refused'; message: string }
  | { status: 'ready'; report: Report };

/** The report model for a choice; a ReportInputError becomes its message for the screen. */
function buildFor(dataset: Dataset, choice: ReportChoice, today: IsoDate): BuiltReport {
  const request = buildReportRequest(choice, today);
  if (!request.ok) return { status: 'incomplete' };
  try {
    return { status: 'ready', report: buildReport(dataset, request.request) };
  } catch (error) {
    if (error instanceof ReportInputError) return { status: 'refused', message: error.message };
    throw error;
  }
}

function ReportBuilder(props: { dataset: Dataset; preselected: string | null }) {
  const { dataset, preselected } = props;
  const [today] = useState(() => localIsoDate(new Date()));
  const [choice, setChoice] = useState(() =>
    initialChoice(
      preselected,
      dataset.partnerships.map((p) => p.id),
    ),
  );
  const partnerships = useMemo(
    () =>
      dataset.partnerships
        .map((p) => ({ id: p.id, name: p.name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [dataset.partnerships],
  );
  // Problems show at once; the model (up to ~0.1 s for a large portfolio) follows a beat later,
  // so typing and clicking never wait for it.
  const request = buildReportRequest(choice, today);
  const deferredChoice = useDeferredValue(choice);
  const deferredDataset = useDeferredValue(dataset);
  const built = useMemo(
    () => buildFor(deferredDataset, deferredChoice, today),
    [deferredDataset, deferredChoice, today],
  );
  const stale = deferredChoice !== choice || deferredDataset !== dataset;
  const report = built.status === 'ready' ? built.report : null;
  const pdf = useReportPdf(report, deferredChoice.paper, platform);

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 5, xl: 4 }}>
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="options-h">
          <Title order={2} fz="h4" mb="md" id="options-h">
            Report options
          </Title>
          <ReportOptions
            choice={choice}
            onChange={setChoice}
            partnerships={partnerships}
            period={reportPeriod(choice.period, today)}
            problems={request.ok ? {} : request.problems}
          />
          <ReportActions
            disabled={!request.ok || stale || report === null}
            rendering={pdf.state.status === 'rendering'}
            pdf={pdf}
          />
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7, xl: 8 }}>
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="preview-h">
          <Group justify="space-between" mb="md">
            <Title order={2} fz="h4" id="preview-h">
              Preview
            </Title>
            {stale && <Loader size="xs" aria-label="Updating the preview" />}
          </Group>
          <Stack gap="lg" style={{ opacity: stale ? 0.6 : 1, transition: 'opacity 120ms' }}>
            {pdf.state.status === 'rendering' && (
              <RenderingProgress startedAt={pdf.state.startedAt} onCancel={pdf.cancel} />
            )}
            {pdf.state.status === 'error' && (
              <Alert color="red" icon={<IconAlertTriangle />} title="The PDF could not be made">
                {pdf.state.message}
              </Alert>
            )}
            {!request.ok || built.status === 'incomplete' ? (
              <Text c="dimmed" size="sm">
                {choice.selection.length === 0
                  ? 'Choose a partnership, several, or the whole portfolio: the report’s summary appears here.'
                  : 'Correct the period (see the message under the dates): the report’s summary appears here.'}
              </Text>
            ) : built.status === 'refused' ? (
              <Alert color="orange" icon={<IconAlertTriangle />} title="No report for this choice">
                {built.message}
              </Alert>
            ) : (
              <ReportSummary report={built.report} />
            )}
            {pdf.state.status === 'ready' && report !== null && (
              <ReportPdfPreview bytes={pdf.state.bytes} title="The report as PDF" />
            )}
          </Stack>
        </Card>
      </Grid.Col>
    </Grid>
  );
}

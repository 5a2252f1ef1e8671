/* @jsxRuntime automatic */
/* @jsxImportSource react */
// Renders a report model to PDF bytes, in Node (CLI, tests) and in the browser (the app) alike:
// react-pdf's toBlob() exists in both builds, and a Blob's bytes are read the same way everywhere.

import { formatDate } from '../format';
import type { Report } from '../report-model';
import { loadReportFonts, type ReportFontSources } from './fonts';
import { PartnershipPages } from './partnership-pages';
import { PortfolioPages } from './portfolio-pages';
import { codePointsOf, printableData } from './printable-text';
import { Document, pdf } from './react-pdf';
import { FontStackContext, type Paper } from './report-page';
import { clearShapingCache } from './shaping-cache';

export type { Paper } from './report-page';

export interface RenderOptions {
  paper: Paper;
  /** Only when the shipped font files live somewhere else (e.g. a relocated bundle). */
  fonts?: ReportFontSources;
}

/** The PDF of `report` on A4 or Letter paper, with title, author, subject and creation date set. */
export function renderReportPdf(report: Report, options: RenderOptions): Promise<Uint8Array> {
  const rendered = queue.then(() => render(report, options));
  queue = rendered.catch(() => undefined);
  return rendered;
}

// react-pdf 4.9 creates a React root for every pdf() call and never releases it: each render's
// element tree and document stayed reachable (≈ 100 MB per large portfolio). One root, reused,
// and emptied after each render, keeps the memory flat. Renders take turns on it (they are
// CPU-bound on one thread anyway, so nothing is lost by queueing them).
let root: ReturnType<typeof pdf> | null = null;
let queue: Promise<unknown> = Promise.resolve();

async function render(report: Report, options: RenderOptions): Promise<Uint8Array> {
  const codePoints = codePointsOf(report);
  const { stack, covers } = await loadReportFonts(codePoints, options.fonts);
  // Every string of the model (names, notes, labels) with what no shipped font can draw replaced
  // by the placeholder, so that nothing falls through to a PDF standard font (the model itself
  // when the fonts cover everything).
  const printable = printableData(report, covers, codePoints);
  root ??= pdf();
  root.updateContainer(
    <FontStackContext.Provider value={stack}>
      <ReportDocument report={printable} meta={metadataOf(report)} paper={options.paper} />
    </FontStackContext.Provider>,
  );
  try {
    const blob = await root.toBlob();
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    // Unmounting drops the element tree (and with it the report model); the document node
    // react-pdf keeps on its container is dropped by hand (its unmount leaves it there).
    root.updateContainer(null as never);
    root.container.document = null;
    clearShapingCache();
  }
}

/** The document's metadata, from the model as written: a PDF viewer shows it in its own fonts. */
function metadataOf(report: Report) {
  return report.kind === 'partnership'
    ? {
        title: `${report.header.title}: ${report.header.partnershipName}`,
        author: report.header.preparedBy,
        subject: `${report.header.partnershipName}, ${formatDate(report.header.period.from)} – ${formatDate(report.header.period.to)}`,
        generatedOn: report.header.generatedOn,
      }
    : {
        title: report.title,
        author: report.preparedBy,
        subject: `${report.rows.length} partnerships, ${formatDate(report.period.from)} – ${formatDate(report.period.to)}`,
        generatedOn: report.generatedOn,
      };
}

function ReportDocument({
  report,
  meta,
  paper,
}: {
  report: Report;
  meta: ReturnType<typeof metadataOf>;
  paper: Paper;
}) {
  return (
    <Document
      title={meta.title}
      author={meta.author ?? 'Partnership Health'}
      subject={meta.subject}
      creator="Partnership Health"
      producer="Partnership Health"
      creationDate={new Date(`${meta.generatedOn}T00:00:00Z`)}
      language="en"
    >
      {report.kind === 'partnership' ? (
        <PartnershipPages report={report} paper={paper} />
      ) : (
        <PortfolioPages report={report} paper={paper} />
      )}
    </Document>
  );
}

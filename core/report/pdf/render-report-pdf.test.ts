// Tests of the PDF itself: its text (via pdftotext) against the engine, the partners' version
// without private material, hostile text printed literally, structure (qpdf), paper and metadata.

import { beforeAll, describe, expect, it } from 'vitest';
import { DIMENSION_LABELS, DIMENSIONS } from '../../domain/dimension-names';
import { evaluateHealth } from '../../domain/health';
import { groupByPartnership } from '../../domain/partnership-records';
import { generatePortfolio } from '../../sample/generate-portfolio';
import { buildPartnershipReport } from '../partnership-report';
import { buildPortfolioReport } from '../portfolio-report';
import {
  BELL_PURPOSE,
  CYRILLIC_PARTY,
  GREEK_PARTY,
  HOSTILE_NAME,
  PRIVATE_STRINGS,
  reportFixture,
} from '../report-fixture';
import { mediaBoxes, pdfInfo, pdfText, qpdfCheck } from './pdf-tools.test-support';
import { renderReportPdf } from './render-report-pdf';
import { setShapingCacheEnabled, shapingCacheSize } from './shaping-cache';

const options = {
  partnershipId: 'p1',
  from: '2026-01-01',
  to: '2026-03-31',
  generatedOn: '2026-11-28',
};

describe('renderReportPdf (partnership report)', () => {
  let internal: Uint8Array;
  let partners: Uint8Array;
  let letter: Uint8Array;
  beforeAll(async () => {
    const dataset = reportFixture();
    internal = await renderReportPdf(
      buildPartnershipReport(dataset, { ...options, audience: 'internal' }),
      { paper: 'a4' },
    );
    partners = await renderReportPdf(
      buildPartnershipReport(dataset, { ...options, audience: 'partners' }),
      { paper: 'a4' },
    );
    letter = await renderReportPdf(
      buildPartnershipReport(dataset, { ...options, audience: 'internal' }),
      { paper: 'letter' },
    );
  }, 60_000);

  it('prints the engine’s figures at the period’s end, rounded as displayed', () => {
    const dataset = reportFixture();
    const end = evaluateHealth(
      groupByPartnership(dataset).get('p1')!,
      '2026-03-31',
      dataset.settings,
    );
    const text = pdfText(internal, { layout: true });
    expect(text).toContain(`Health stood at ${Math.round(end.health!)} (Healthy)`);
    expect(text).toMatch(new RegExp(`^\\s*${Math.round(end.health!)}\\s*$`, 'm'));
    for (const name of DIMENSIONS) {
      const score = Math.round(end.dimensions[name].score!);
      expect(text).toMatch(new RegExp(`^\\s*${DIMENSION_LABELS[name]}\\s+${score}\\s`, 'm'));
    }
    const goal = end.goals[0]!;
    expect(text).toMatch(
      new RegExp(
        `Meals rescued per month\\s+100 meals\\s+20 meals\\s+${Math.round(goal.progress * 100)}%\\s+${Math.round(goal.expected * 100)}%\\s+On track`,
      ),
    );
  });

  it('leaves every pulse comment, respondent name and private note out of the partners’ PDF', () => {
    const text = pdfText(partners);
    for (const secret of PRIVATE_STRINGS) expect(text).not.toContain(secret);
    expect(text).not.toContain('What respondents said');
    // …while the internal PDF has them, so the check above can fail.
    const internalText = pdfText(internal);
    for (const secret of PRIVATE_STRINGS) expect(internalText).toContain(secret);
  });

  it('prints hostile and international text literally; control characters as �', () => {
    const text = pdfText(internal);
    expect(text).toContain(HOSTILE_NAME);
    expect(text).toContain(GREEK_PARTY);
    expect(text).toContain(CYRILLIC_PARTY);
    expect(text).toContain('שלום עולם');
    expect(text).toContain(BELL_PURPOSE.slice(0, 6) + '\uFFFD' + BELL_PURPOSE.slice(7, 20));
    expect(text).not.toContain('\u0007');
  });

  it('is a structurally valid PDF (qpdf --check)', () => {
    expect(qpdfCheck(internal)).toContain('No syntax or stream encoding errors found');
    expect(qpdfCheck(partners)).toContain('No syntax or stream encoding errors found');
  });

  it('uses A4 or Letter paper as asked', () => {
    const a4 = mediaBoxes(internal);
    const us = mediaBoxes(letter);
    expect(a4.length).toBeGreaterThan(1);
    for (const box of a4) expect(box.map((n) => Math.round(n))).toEqual([0, 0, 595, 842]);
    for (const box of us) expect(box).toEqual([0, 0, 612, 792]);
  });

  it('numbers every page and repeats the running header', () => {
    const pages = Number(pdfInfo(internal).Pages);
    expect(pages).toBeGreaterThan(2);
    const text = pdfText(internal);
    for (let page = 1; page <= pages; page += 1) expect(text).toContain(`Page ${page} of ${pages}`);
    const second = pdfText(internal, { page: 2 });
    expect(second).toContain('Partnership health report');
    expect(second).toContain(HOSTILE_NAME);
  });

  it('sets the title, author, subject, creator and creation date', () => {
    const info = pdfInfo(internal);
    expect(info.Title).toBe(`Partnership health report: ${HOSTILE_NAME}`);
    expect(info.Author).toBe('Civic Partnerships Office');
    expect(info.Subject).toContain('1 Jan 2026 – 31 Mar 2026');
    expect(info.Creator).toBe('Partnership Health');
    expect(info.CreationDate).toContain('2026');
  });
});

/** The report of a generated portfolio over the first half of 2026, with a section per partnership. */
function halfYearPortfolio(seed: number, partnerships: number, audience: 'internal' | 'partners') {
  const dataset = generatePortfolio({ today: '2026-06-30', seed, partnerships, years: 2 });
  return buildPortfolioReport(dataset, {
    from: '2026-01-01',
    to: '2026-06-30',
    audience,
    generatedOn: '2026-07-01',
    sections: true,
  });
}

describe('renderReportPdf (portfolio report)', () => {
  // Pulse comments are kept out of partners' PDFs by the partnership test above, which can fail
  // (its internal PDF has them); condensed sections never print respondents at all.
  it('renders the overview and a condensed section per partnership', async () => {
    const report = halfYearPortfolio(3, 4, 'partners');
    const bytes = await renderReportPdf(report, { paper: 'letter' });
    expect(qpdfCheck(bytes)).toContain('No syntax or stream encoding errors found');
    const text = pdfText(bytes);
    expect(text).toContain('Partnership × dimension heat map');
    for (const row of report.rows) expect(text).toContain(row.name.slice(0, 20));
    expect(pdfInfo(bytes).Title).toBe('Portfolio health report');
  }, 60_000);

  it('prints the same bytes whether or not shaped text is remembered, and forgets it afterwards', async () => {
    const report = halfYearPortfolio(5, 3, 'internal');
    const remembered = await renderReportPdf(report, { paper: 'a4' });
    expect(shapingCacheSize()).toBe(0);
    setShapingCacheEnabled(false);
    try {
      const fresh = await renderReportPdf(report, { paper: 'a4' });
      expect(Buffer.from(remembered).equals(Buffer.from(fresh))).toBe(true);
    } finally {
      setShapingCacheEnabled(true);
    }
  }, 60_000);

  it('runs long overview tables on across pages, the header row repeated on each page', async () => {
    const dataset = generatePortfolio({ today: '2026-06-30', seed: 7, partnerships: 90, years: 1 });
    const report = buildPortfolioReport(dataset, {
      from: '2026-04-01',
      to: '2026-06-30',
      audience: 'internal',
      generatedOn: '2026-07-01',
      sections: false,
    });
    const bytes = await renderReportPdf(report, { paper: 'a4' });
    const pages = Array.from({ length: Number(pdfInfo(bytes).Pages) }, (_, i) =>
      pdfText(bytes, { page: i + 1 }),
    );
    // Labels are letter-spaced small caps: pdftotext may put spaces between their letters.
    const spaced = (label: string) => new RegExp(label.replace(/ /g, '').split('').join('\\s*'));
    const firstPageOf = (title: string) => pages.findIndex((text) => text.includes(title));
    const summary = pages.slice(
      firstPageOf('Partnerships at the end of the period'),
      firstPageOf('Partnership × dimension heat map'),
    );
    const heatMap = pages.slice(
      firstPageOf('Partnership × dimension heat map'),
      firstPageOf('Alerts, most serious first'),
    );
    expect(summary.length).toBeGreaterThan(2);
    expect(heatMap.length).toBeGreaterThan(2);
    for (const page of summary) expect(page).toMatch(spaced('TOP ALERT'));
    for (const page of heatMap) expect(page).toMatch(spaced('COMMUNICATION'));
    // …and the header does not run on past its table.
    for (const page of heatMap) expect(page).not.toMatch(spaced('TOP ALERT'));
    const summaryText = summary.join('\n');
    for (const row of report.rows) expect(summaryText).toContain(row.name.slice(0, 12));
  }, 60_000);
});

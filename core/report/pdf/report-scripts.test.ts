// Reports print names and notes in every script the app supports, with the shipped fonts: the
// text comes back from the PDF (pdftotext), every font is embedded (no PDF standard font), a code
// point no shipped font has prints as the placeholder, and the file is sound (qpdf --check).

import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../domain/types';
import { generatePortfolio } from '../../sample/generate-portfolio';
import { buildPartnershipReport } from '../partnership-report';
import { buildPortfolioReport } from '../portfolio-report';
import { reportFixture } from '../report-fixture';
import { pdfFonts, pdfInfo, pdfText, qpdfCheck } from './pdf-tools.test-support';
import { NAMES } from './script-names.test-support';
import { renderReportPdf } from './render-report-pdf';

/** Ol Chiki letters and a private-use code point: no shipped font has them. */
const UNCOVERED = 'Santali ᱚᱞ ᱪᱤ and \u{10FFFD} end';
const UNCOVERED_PRINTED = 'Santali �� �� and � end';

/** pdftotext's words with any run of white space as one space (table cells wrap). */
function words(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function expectSoundPdf(bytes: Uint8Array): void {
  const fonts = pdfFonts(bytes);
  expect(fonts.length).toBeGreaterThan(4);
  for (const font of fonts) {
    expect(font, font.name).toMatchObject({ embedded: true, subset: true, toUnicode: true });
    expect(font.name).not.toMatch(/Helvetica|Times|Courier/);
  }
  expect(qpdfCheck(bytes)).toContain('No syntax or stream encoding errors found');
}

/** The worked example with every name, title and note in another script. */
function multiScriptFixture(): Dataset {
  const dataset = reportFixture();
  const [orgA, orgB] = dataset.organizations;
  orgA!.name = NAMES.latin;
  orgB!.name = NAMES.cyrillic;
  const partnership = dataset.partnerships[0]!;
  partnership.name = NAMES.japanese;
  partnership.purpose = `${NAMES.hebrew}\n${NAMES.thumbs}\n${NAMES.keycaps}\nSecond line: ${UNCOVERED}`;
  dataset.goals[0]!.title = NAMES.greek;
  dataset.frictions[0]!.title = NAMES.arabic;
  dataset.milestones[0]!.title = NAMES.thai;
  dataset.reviews[0]!.wentWell = NAMES.devanagari;
  dataset.reviews[0]!.toImprove = NAMES.korean;
  dataset.interactions[3]!.followUps![0]!.text = NAMES.chinese;
  dataset.pulses[0]!.comment = NAMES.emoji;
  dataset.pulses[2]!.comment = NAMES.hyphens;
  dataset.pulses[1]!.comment = NAMES.emojiInARow;
  return dataset;
}

describe('reports in every script', () => {
  let partnership: Uint8Array;
  let portfolio: Uint8Array;
  beforeAll(async () => {
    partnership = await renderReportPdf(
      buildPartnershipReport(multiScriptFixture(), {
        partnershipId: 'p1',
        from: '2026-01-01',
        to: '2026-03-31',
        audience: 'internal',
        generatedOn: '2026-11-28',
      }),
      { paper: 'a4' },
    );
    const dataset = generatePortfolio({
      today: '2026-06-30',
      seed: 11,
      partnerships: Object.keys(NAMES).length + 1,
      years: 1,
    });
    const names = [...Object.values(NAMES), UNCOVERED];
    dataset.partnerships.forEach((p, i) => (p.name = names[i % names.length]!));
    portfolio = await renderReportPdf(
      buildPortfolioReport(dataset, {
        from: '2026-01-01',
        to: '2026-06-30',
        audience: 'internal',
        generatedOn: '2026-07-01',
        sections: true,
      }),
      { paper: 'letter' },
    );
  }, 120_000);

  it('gives back every name and note of a partnership report', () => {
    const text = words(pdfText(partnership));
    for (const [script, name] of Object.entries(NAMES)) expect(text, script).toContain(name);
  });

  it('gives back every partnership name of a portfolio report', () => {
    const text = words(pdfText(portfolio));
    for (const [script, name] of Object.entries(NAMES)) expect(text, script).toContain(name);
  });

  it('prints a character no shipped font has as the placeholder, never as another character', () => {
    for (const bytes of [partnership, portfolio]) {
      const text = words(pdfText(bytes));
      expect(text).toContain(UNCOVERED_PRINTED);
      expect(text).not.toMatch(/[\u1c50-\u1c7f]|\u{10FFFD}/u);
    }
  });

  it('keeps names as written in the metadata, which a viewer draws in its own fonts', async () => {
    const dataset = reportFixture();
    dataset.partnerships[0]!.name = 'Santali ᱚᱞ ᱪᱤ';
    const bytes = await renderReportPdf(
      buildPartnershipReport(dataset, {
        partnershipId: 'p1',
        from: '2026-01-01',
        to: '2026-03-31',
        audience: 'internal',
        generatedOn: '2026-11-28',
      }),
      { paper: 'a4' },
    );
    expect(words(pdfText(bytes))).toContain('Santali �� ��');
    expect(pdfInfo(bytes).Title).toBe('Partnership health report: Santali ᱚᱞ ᱪᱤ');
    expect(pdfInfo(bytes).Subject).toMatch(/^Santali ᱚᱞ ᱪᱤ, /);
  });

  it('embeds every font it uses, as a subset, and no PDF standard font', () => {
    expectSoundPdf(partnership);
    expectSoundPdf(portfolio);
    const names = pdfFonts(partnership).map((font) => font.name.replace(/^[A-Z]{6}\+/, ''));
    for (const face of ['NotoSansSC', 'NotoSansKR', 'DejaVuSans', 'NotoSansDevanagari'])
      expect(
        names.some((name) => name.startsWith(face)),
        face,
      ).toBe(true);
  });

  it('stays small: fonts are subset to the glyphs used', () => {
    // The Noto Sans SC file alone is 10.5 MB.
    expect(partnership.byteLength).toBeLessThan(250_000);
  });
});

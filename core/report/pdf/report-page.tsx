/* @jsxRuntime automatic */
/* @jsxImportSource react */
// One flowing page of a report: running header (report title and subject) and the
// "Page n of m" footer on every page, with the content flowing across page breaks.

import { createContext, useContext, type ReactNode } from 'react';
import { Page, Text, View } from './react-pdf';
import { LATIN_FONT_STACK } from './fonts';
import { styles } from './theme';

/** The font stack the report's text needs (fonts.ts, `loadReportFonts`), set once per document. */
export const FontStackContext = createContext<string[]>(LATIN_FONT_STACK);

export type Paper = 'a4' | 'letter';

/** Page heights in points. */
export const PAGE_HEIGHT: Record<Paper, number> = { a4: 841.89, letter: 792 };

interface ReportPageProps {
  paper: Paper;
  title: string;
  subject: string;
  /** Left of the footer, e.g. "Prepared by … · For partners". */
  footnote: string;
  /** Hide the running header on the cover page (it shows the same words larger). */
  headerFromSecondPage?: boolean;
  children: ReactNode;
}

// The page `layout` puts react-pdf 4.9 on its newer pagination engine, which measures the content
// once and packs it into pages (the older one laid the rest of a page element out again at every
// page break once anything on it had a render callback, such as the page numbers). Whatever
// the layout draws is laid out again for every page, twice (page numbers need the total), so it
// holds only what changes from page to page; the rest repeats as `fixed` content, laid out once.
export function ReportPage({
  paper,
  title,
  subject,
  footnote,
  headerFromSecondPage = false,
  children,
}: ReportPageProps) {
  const footerTop = PAGE_HEIGHT[paper] - 36;
  const fontFamily = useContext(FontStackContext);
  const header = (
    <View style={styles.runningHeader} fixed={!headerFromSecondPage}>
      <Text>{title}</Text>
      <Text>{subject}</Text>
    </View>
  );
  return (
    <Page
      size={paper === 'a4' ? 'A4' : 'LETTER'}
      style={{ ...styles.page, fontFamily }}
      wrap
      layout={({ children: content, pageNumber, totalPages }) => (
        <>
          {headerFromSecondPage && pageNumber !== 1 ? header : null}
          <View style={{ ...styles.footer, left: undefined, top: footerTop }}>
            <Text>{`Page ${pageNumber} of ${totalPages}`}</Text>
          </View>
          {content}
        </>
      )}
    >
      {headerFromSecondPage ? null : header}
      {/* Placed from the top: a bottom-anchored fixed block is silently dropped by react-pdf 4.9. */}
      <View style={{ ...styles.footer, top: footerTop }} fixed>
        <Text>{footnote}</Text>
      </View>
      {children}
    </Page>
  );
}

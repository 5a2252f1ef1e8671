/* @jsxRuntime automatic */
/* @jsxImportSource react */
// One flowing page of a report: running header (report title and subject) and the
// "Page n of m" footer on every page, with the content flowing across page breaks.

import type { ReactNode } from 'react';
import { Page, Text, View } from './react-pdf';
import { styles } from './theme';

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

export function ReportPage({
  paper,
  title,
  subject,
  footnote,
  headerFromSecondPage,
  children,
}: ReportPageProps) {
  return (
    <Page size={paper === 'a4' ? 'A4' : 'LETTER'} style={styles.page} wrap>
      <View
        style={styles.runningHeader}
        fixed
        render={({ pageNumber, subPageNumber }) =>
          headerFromSecondPage && pageNumber === 1 && subPageNumber === 1 ? null : (
            <>
              <Text>{title}</Text>
              <Text>{subject}</Text>
            </>
          )
        }
      />
      {/* Placed from the top: a bottom-anchored fixed block whose text is rendered per page
          (the page numbers) is silently dropped by react-pdf 4.9. */}
      <View style={{ ...styles.footer, top: PAGE_HEIGHT[paper] - 36 }} fixed>
        <Text>{footnote}</Text>
        <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
      </View>
      {children}
    </Page>
  );
}

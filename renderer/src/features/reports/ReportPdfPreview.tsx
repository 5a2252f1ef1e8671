// The made PDF itself, in the browser's PDF viewer (an iframe of a blob: URL, which the CSP's
// frame-src allows), without the thumbnail pane and fitted to the width. Where the browser has
// no PDF viewer, it says so: the summary above stands in.
import { Alert, Box } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useEffect, useState } from 'react';

/** True when this browser shows PDFs inline (Chromium's viewer is absent in headless mode). */
function canShowPdf(): boolean {
  return globalThis.navigator?.pdfViewerEnabled === true;
}

export function ReportPdfPreview({ bytes, title }: { bytes: Uint8Array; title: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!canShowPdf()) return;
    const made = URL.createObjectURL(
      new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }),
    );
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [bytes]);
  if (!canShowPdf()) {
    return (
      <Alert variant="light" color="gray" icon={<IconFileTypePdf />} title="PDF ready">
        This window cannot show PDFs inline. The summary above is what the report says; use Export
        PDF to save the file and open it in your PDF reader.
      </Alert>
    );
  }
  return (
    <Box
      component="iframe"
      src={url === null ? undefined : `${url}#navpanes=0&view=FitH`}
      title={title}
      w="100%"
      h={720}
      style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }}
    />
  );
}

// The error screen as rendered: the sentence, the two actions by their exact names, and the
// technical details collapsed behind their toggle.
import { MantineProvider } from '@mantine/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ErrorScreen } from './ErrorScreen';

function render(scope: 'screen' | 'app'): string {
  const error = new RangeError('Invalid time value');
  return renderToStaticMarkup(
    <MantineProvider>
      <ErrorScreen error={error} scope={scope} onBackToPortfolio={() => undefined} />
    </MantineProvider>,
  );
}

const buttonNames = (html: string) =>
  [...html.matchAll(/<button[^>]*>(.*?)<\/button>/g)].map((m) =>
    m[1]!.replace(/<[^>]+>/g, '').trim(),
  );

describe('ErrorScreen', () => {
  it('says what happened and what to do, with the two ways on', () => {
    const html = render('screen');
    expect(html).toContain('<h1');
    expect(html).toContain('This screen could not be shown');
    expect(html).toContain('Your records have not been changed.');
    expect(buttonNames(html)).toEqual(['Back to portfolio', 'Back up data', 'Technical details']);
  });

  it('keeps the technical details behind a collapsed toggle', () => {
    const html = render('screen');
    const toggle = html.match(/<button[^>]*aria-expanded="(\w+)"[^>]*aria-controls="([^"]+)"/);
    expect(toggle?.[1]).toBe('false');
    expect(html).toContain(`id="${toggle?.[2]}"`);
  });

  it('names the whole app when the app failed', () => {
    expect(render('app')).toContain('Partnership Health ran into a problem');
  });
});

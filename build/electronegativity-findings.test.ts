import { describe, expect, it } from 'vitest';
import { findingsFromSarif, matchFindings, parseAllowlist } from './electronegativity-findings.mjs';

function sarifWith(results: Array<{ ruleId: string; uri: string; line: number }>) {
  return {
    runs: [
      {
        results: results.map(({ ruleId, uri, line }) => ({
          ruleId,
          message: { text: `${ruleId} message` },
          locations: [
            { physicalLocation: { artifactLocation: { uri }, region: { startLine: line } } },
          ],
        })),
      },
    ],
  };
}

const reason = 'The options come from the secureWindowOptions policy, unit-tested.';

describe('electronegativity findings', () => {
  it('reads check, file and line from SARIF', () => {
    const findings = findingsFromSarif(
      sarifWith([{ ruleId: 'SANDBOX_JS_CHECK', uri: 'main\\create-window.ts', line: 17 }]),
    );
    expect(findings).toEqual([
      {
        checkId: 'SANDBOX_JS_CHECK',
        file: 'main/create-window.ts',
        line: 17,
        message: 'SANDBOX_JS_CHECK message',
      },
    ]);
  });

  it('refuses a report without runs', () => {
    expect(() => findingsFromSarif({})).toThrow('did not complete');
  });

  it('justifies a finding only by the same check in the same file', () => {
    const findings = findingsFromSarif(
      sarifWith([
        { ruleId: 'SANDBOX_JS_CHECK', uri: 'main/create-window.ts', line: 17 },
        { ruleId: 'SANDBOX_JS_CHECK', uri: 'main/other-window.ts', line: 3 },
        { ruleId: 'NODE_INTEGRATION_JS_CHECK', uri: 'main/create-window.ts', line: 17 },
      ]),
    );
    const allowlist = parseAllowlist({
      entries: [{ checkId: 'SANDBOX_JS_CHECK', file: 'main/create-window.ts', reason }],
    });
    const { justified, unjustified, unusedEntries } = matchFindings(findings, allowlist);
    expect(justified.map((f) => `${f.checkId} ${f.file}`)).toEqual([
      'SANDBOX_JS_CHECK main/create-window.ts',
    ]);
    expect(justified[0]?.reason).toBe(reason);
    expect(unjustified.map((f) => `${f.checkId} ${f.file}`)).toEqual([
      'SANDBOX_JS_CHECK main/other-window.ts',
      'NODE_INTEGRATION_JS_CHECK main/create-window.ts',
    ]);
    expect(unusedEntries).toEqual([]);
  });

  it('reports allowlist entries that no longer match anything', () => {
    const allowlist = parseAllowlist({
      entries: [{ checkId: 'AUXCLICK_JS_CHECK', file: 'main/gone.ts', reason }],
    });
    expect(matchFindings([], allowlist).unusedEntries).toEqual(allowlist);
  });

  it('demands a written reason for every entry', () => {
    expect(() =>
      parseAllowlist({ entries: [{ checkId: 'X', file: 'main/a.ts', reason: 'ok' }] }),
    ).toThrow('needs a written reason');
    expect(() => parseAllowlist({ entries: [{ checkId: 'X', file: 'main/a.ts' }] })).toThrow(
      '"reason"',
    );
    expect(() => parseAllowlist([])).toThrow('"entries"');
  });
});

// Reads electronegativity's SARIF report and sorts its findings into those justified by the
// committed allowlist and those that are not; also reports allowlist entries that match nothing,
// so the list cannot keep stale excuses.

/**
 * @typedef {{ checkId: string, file: string, line: number, message: string }} Finding
 * @typedef {{ checkId: string, file: string, reason: string }} AllowlistEntry
 */

/**
 * The findings of a SARIF log (electronegativity writes one run).
 * @param {unknown} sarif parsed SARIF JSON
 * @returns {Finding[]}
 */
export function findingsFromSarif(sarif) {
  const runs = /** @type {{ runs?: Array<{ results?: unknown[] }> }} */ (sarif).runs;
  if (!Array.isArray(runs))
    throw new Error('The SARIF report has no "runs": the scan did not complete.');
  return runs.flatMap((run) =>
    (run.results ?? []).map((result) => {
      const r = /** @type {any} */ (result);
      const location = r.locations?.[0]?.physicalLocation;
      return {
        checkId: String(r.ruleId),
        file: String(location?.artifactLocation?.uri ?? '').replaceAll('\\', '/'),
        line: Number(location?.region?.startLine ?? 0),
        message: String(r.message?.text ?? ''),
      };
    }),
  );
}

/**
 * Validates the allowlist file: each entry names a check, a file (relative to the scanned
 * folder) and a written reason of at least 20 characters.
 * @param {unknown} value parsed allowlist JSON
 * @returns {AllowlistEntry[]}
 */
export function parseAllowlist(value) {
  const entries = /** @type {{ entries?: unknown }} */ (value)?.entries;
  if (!Array.isArray(entries))
    throw new Error('The allowlist must be an object with an "entries" array.');
  return entries.map((entry, index) => {
    const { checkId, file, reason } = /** @type {Record<string, unknown>} */ (entry ?? {});
    if (typeof checkId !== 'string' || typeof file !== 'string' || typeof reason !== 'string') {
      throw new Error(`Allowlist entry ${index} needs "checkId", "file" and "reason" as text.`);
    }
    if (reason.trim().length < 20) {
      throw new Error(`Allowlist entry ${index} (${checkId} in ${file}) needs a written reason.`);
    }
    return { checkId, file, reason };
  });
}

/**
 * Splits findings into justified and unjustified; an entry justifies every finding of its check
 * in its file (line numbers move with every edit, so they are not part of the match).
 * @param {Finding[]} findings
 * @param {AllowlistEntry[]} allowlist
 * @returns {{ justified: Array<Finding & { reason: string }>, unjustified: Finding[], unusedEntries: AllowlistEntry[] }}
 */
export function matchFindings(findings, allowlist) {
  const used = new Set();
  const justified = [];
  const unjustified = [];
  for (const finding of findings) {
    const entry = allowlist.find((e) => e.checkId === finding.checkId && e.file === finding.file);
    if (entry) {
      used.add(entry);
      justified.push({ ...finding, reason: entry.reason });
    } else {
      unjustified.push(finding);
    }
  }
  return { justified, unjustified, unusedEntries: allowlist.filter((entry) => !used.has(entry)) };
}

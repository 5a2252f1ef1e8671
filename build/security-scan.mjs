// `npm run test:security`: runs the electronegativity scanner on the Electron sources (electron/,
// TypeScript), reads its SARIF report, and fails on any finding that the committed allowlist
// (build/electronegativity-allowlist.json) does not justify, on an allowlist entry that no longer
// matches anything, and on any file the scanner could not parse (its checks would not have run).
// The scanner's CLI exits 0 even on HIGH findings and hides parse errors when writing SARIF, so
// its runner is called directly: same checks, same report, plus the list of parse errors.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findingsFromSarif, matchFindings, parseAllowlist } from './electronegativity-findings.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const scanned = path.join(root, 'electron');
// The scanner's version-dependent checks follow the Electron actually installed.
const electronVersion = JSON.parse(
  readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;
const allowlistPath = path.join(root, 'build', 'electronegativity-allowlist.json');
// The package's CommonJS build exports the runner function itself.
const runScanner = createRequire(import.meta.url)('@doyensec/electronegativity/dist/runner.js');

function sourceFiles(folder) {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|js|mjs|cjs|html)$/.test(file))
    .sort();
}

/** The runner writes the SARIF file with an un-awaited fs.writeFile; wait until it parses. */
async function readSarifWhenWritten(file) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      if (Date.now() > deadline) {
        throw new Error(`No complete SARIF report at ${file}.`, { cause: error });
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

const workDir = mkdtempSync(path.join(tmpdir(), 'electronegativity-'));
const sarifPath = path.join(workDir, 'report.sarif');
let exitCode = 0;
try {
  const files = sourceFiles(scanned);
  console.log(`Scanning ${files.length} files in electron/ as Electron ${electronVersion}:`);
  console.log(files.map((file) => `  ${file}`).join('\n'));

  const result = await runScanner({
    input: scanned,
    output: sarifPath,
    isSarif: true,
    customScan: [],
    excludeFromScan: [],
    severitySet: undefined,
    confidenceSet: undefined,
    isRelative: true,
    isVerbose: false,
    electronUpgrade: undefined,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  });
  console.log(
    `electronegativity ran ${result.globalChecks + result.atomicChecks} checks (${result.globalChecks} global, ${result.atomicChecks} per file).`,
  );
  const parseErrors = result.errors.filter((error) => !error.tolerable);
  if (result.globalChecks + result.atomicChecks === 0 || parseErrors.length > 0) {
    for (const error of parseErrors)
      console.error(`  could not parse ${error.file}: ${error.message}`);
    throw new Error('electronegativity could not check every file (see above).');
  }

  const findings = findingsFromSarif(await readSarifWhenWritten(sarifPath));
  if (findings.length !== result.issues.length) {
    throw new Error(
      `The SARIF report lists ${findings.length} findings but the scan found ${result.issues.length}.`,
    );
  }
  const allowlist = parseAllowlist(JSON.parse(readFileSync(allowlistPath, 'utf8')));
  const { justified, unjustified, unusedEntries } = matchFindings(findings, allowlist);

  console.log(`${findings.length} finding(s), ${justified.length} justified by the allowlist:`);
  for (const finding of justified) {
    console.log(
      `  ok   ${finding.checkId} ${finding.file}:${finding.line}\n       ${finding.reason}`,
    );
  }
  for (const finding of unjustified) {
    console.error(`  FAIL ${finding.checkId} ${finding.file}:${finding.line} ${finding.message}`);
  }
  for (const entry of unusedEntries) {
    console.error(
      `  FAIL stale allowlist entry ${entry.checkId} ${entry.file}: nothing matches it now; remove it.`,
    );
  }
  if (unjustified.length > 0 || unusedEntries.length > 0) {
    console.error(
      'Security scan failed: fix each FAIL above, or justify it in build/electronegativity-allowlist.json with a reason.',
    );
    exitCode = 1;
  } else {
    console.log('Security scan passed.');
  }
} catch (error) {
  console.error(`Security scan failed: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
process.exitCode = exitCode;

#!/usr/bin/env node
// The `partnership-health` executable: runs the CLI with the process's arguments.
// React picks its build when first loaded, so the environment says "production" before the CLI
// (and with it React) is imported: the development build checks every element and makes a
// large report several percent slower. The app's bundle is built for production the same way.
process.env.NODE_ENV ??= 'production';

import('./main')
  .then(({ main }) => main())
  .catch((error: unknown) => {
    // runCli reports every command's failure itself; this is the CLI failing to load at all.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`partnership-health: could not start: ${message.split('\n')[0]}\n`);
    process.exitCode = 1;
  });

// The name and version written into the backups and reports the CLI makes.

import packageJson from '../package.json' with { type: 'json' };

export const APP_INFO = { name: packageJson.productName, version: packageJson.version };

import { mkdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

// n8n-core's InstanceSettings writes <N8N_USER_FOLDER>/.n8n/config on first use.
const userFolder = join(tmpdir(), `awork-n8n-test-${process.pid}`);
mkdirSync(userFolder, { recursive: true });
process.env.N8N_USER_FOLDER ??= userFolder;
process.env.N8N_LOG_LEVEL ??= 'silent';

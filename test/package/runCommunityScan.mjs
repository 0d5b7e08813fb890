/** Runs `@n8n/scan-community-package`'s own analyser on local directories and prints the results as JSON (used by scanCommunityPackage.test.ts). */
// A separate ES module process because the scanner is ESM-only and jest runs tests as CommonJS.
// Usage: node runCommunityScan.mjs '[{"dir": "/abs/path", "leg": "tarball" | "source"}, ...]'
import { createRequire } from 'module';
import { pathToFileURL } from 'url';

const require = createRequire(import.meta.url);
const scannerPath = require.resolve('@n8n/scan-community-package/scanner/scanner.mjs');
const { analyzePackage, SOURCE_FILE_PATTERNS } = await import(pathToFileURL(scannerPath).href);

// The scanner hard-codes the tarball leg's patterns inside analyzePackageByName (not exported):
// compiled `.js` and the published package.json.
const TARBALL_FILE_PATTERNS = ['**/*.js', 'package.json'];

const scans = JSON.parse(process.argv[2]);
const results = [];
for (const { dir, leg } of scans) {
	const patterns = leg === 'source' ? SOURCE_FILE_PATTERNS : TARBALL_FILE_PATTERNS;
	const { passed, message, details } = await analyzePackage(dir, patterns);
	results.push({ dir, leg, passed, message: message ?? null, details: details ?? null });
}
process.stdout.write(JSON.stringify(results));

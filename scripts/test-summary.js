#!/usr/bin/env node
// Prints the one closing line CI reads ("N passed, N failed") from jest's --json results: the unit
// run's and the e2e run's files together (a missing file counts as a failure: that run did not happen).
const fs = require('fs');

const files = process.argv.slice(2).length ? process.argv.slice(2) : ['test-results.json'];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of files) {
	if (!fs.existsSync(file)) {
		failed += 1;
		console.error(`${file} is missing: those tests did not run (an earlier step failed first)`);
		continue;
	}
	const results = JSON.parse(fs.readFileSync(file, 'utf8'));
	passed += results.numPassedTests;
	failed += results.numFailedTests + (results.numRuntimeErrorTestSuites || 0);
	skipped += results.numPendingTests + (results.numTodoTests || 0);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);

#!/usr/bin/env node
// Prints the one closing line CI reads ("N passed, N failed") from jest's --json results.
const fs = require('fs');

const file = process.argv[2] || 'test-results.json';
if (!fs.existsSync(file)) {
	console.log('0 passed, 1 failed');
	console.error(`${file} is missing: the tests did not run (lint, build or type check failed first)`);
	process.exit(0);
}
const results = JSON.parse(fs.readFileSync(file, 'utf8'));
const failed = results.numFailedTests + (results.numRuntimeErrorTestSuites || 0);
const skipped = results.numPendingTests + (results.numTodoTests || 0);
console.log(`${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);

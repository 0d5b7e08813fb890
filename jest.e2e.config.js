/**
 * The e2e suite: the packed package in real n8n servers (2.x and 1.x, one after another) and the
 * editor in headless Chromium. Slow by nature (installs n8n into a cache the first time), so apart
 * from the unit tests; `npm run e2e`, part of `npm test`.
 */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.e2e.test.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json', diagnostics: false }] },
	setupFiles: ['<rootDir>/test/jest.setup.ts'],
	// The first run installs n8n (minutes); each step inside has its own, shorter bound.
	testTimeout: 30 * 60_000,
	maxWorkers: 1,
};

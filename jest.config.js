/** Tests run the TypeScript sources directly; type errors are caught by `tsc -p tsconfig.test.json`. */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test', '<rootDir>/nodes', '<rootDir>/credentials'],
	testMatch: ['**/*.test.ts'],
	// Real n8n and the browser: jest.e2e.config.js.
	testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json', diagnostics: false }] },
	setupFiles: ['<rootDir>/test/jest.setup.ts'],
	testTimeout: 60000,
};

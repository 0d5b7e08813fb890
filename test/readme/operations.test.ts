/** The README lists exactly the resources and operations the node offers. */
import { readFileSync } from 'fs';

import { README_PATH, readmeBlock, renderOperations } from '../../scripts/readme-operations';

describe('README operation list', () => {
	it('matches the node description (run `npm run readme` after changing operations)', () => {
		const block = readmeBlock(readFileSync(README_PATH, 'utf8'));
		expect(block).toBeDefined();
		expect(block).toBe(renderOperations());
	});

	it('names every operation of every resource', () => {
		const rendered = renderOperations();
		expect(rendered).toContain('**Project**');
		expect(rendered).toContain('| Get Current |');
	});
});

/** fillPath: an operation's `{placeholders}` filled from its fields' values, URL-encoded, or a clear bug report. */
import { fillPath } from '../../../../../nodes/Awork/shared/descriptions/operation';

describe('fillPath', () => {
	it('fills every placeholder and records which values the path used', () => {
		const used = new Set<string>();
		const path = fillPath('/projects/{projectId}/tasklists/{taskListId}', { projectId: 'p-1', taskListId: 'l-2', name: 'x' }, used);
		expect(path).toBe('/projects/p-1/tasklists/l-2');
		expect([...used]).toEqual(['projectId', 'taskListId']);
	});

	it('URL-encodes values, so a key or name cannot change the path', () => {
		expect(fillPath('/projects/key/{key}', { key: 'A/B?c=d #1' }, new Set())).toBe('/projects/key/A%2FB%3Fc%3Dd%20%231');
		expect(fillPath('/x/{n}', { n: 12 }, new Set())).toBe('/x/12');
	});

	it('leaves a path without placeholders as it is', () => {
		const used = new Set<string>();
		expect(fillPath('/me/allavailabletasks', { projectId: 'p' }, used)).toBe('/me/allavailabletasks');
		expect(used.size).toBe(0);
	});

	it.each([undefined, null, ''])('names the missing value (%p) as a bug of the operation', (value) => {
		expect(() => fillPath('/projects/{projectId}', { projectId: value as never }, new Set())).toThrow(
			"The path /projects/{projectId} needs 'projectId', which no field provided",
		);
	});
});

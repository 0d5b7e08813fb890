/** The whole workspace seed: order of steps, determinism, and the large workspace's speed. */
import { Store } from '../store';
import { seedWorkspace } from './index';

const clock = () => new Date('2025-06-02T09:00:00Z');

describe('seedWorkspace', () => {
	it('returns the API user and seeds every area of the demo workspace', () => {
		const store = new Store({ seed: 1, now: clock });
		const { apiUserId } = seedWorkspace(store, 'demo');
		expect(store.collection('users').get(apiUserId)).toBeDefined();
		for (const name of ['companies', 'projects', 'tasks', 'timeEntries']) expect(store.collection(name).size).toBeGreaterThan(0);
	});

	it('is deterministic for the same seed and clock', () => {
		const dump = (seed: number) => {
			const store = new Store({ seed, now: clock });
			seedWorkspace(store, 'demo');
			return JSON.stringify(['users', 'projects', 'tasks', 'timeEntries'].map((n) => store.collection(n).all()));
		};
		expect(dump(5)).toEqual(dump(5));
	});

	it('seeds a workspace with 10,000 tasks and 50,000 time entries in a few seconds', () => {
		const store = new Store({ seed: 1, now: clock });
		const started = Date.now();
		seedWorkspace(store, { tasks: 10_000, timeEntries: 50_000 });
		expect(Date.now() - started).toBeLessThan(5000);
		expect(store.collection('tasks').size).toBeGreaterThanOrEqual(10_000);
		expect(store.collection('timeEntries').size).toBe(50_000);
	});
});

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

	it('gives the demo workspace files, project comments, tags, a shared private task and a paused webhook', () => {
		const store = new Store({ seed: 1, now: clock });
		const { apiUserId } = seedWorkspace(store, 'demo');
		const files = store.collection<any>('files').all();
		for (const type of ['task', 'project', 'company', 'user', 'projecttemplate', 'workspace']) {
			expect(files.filter((f) => f.entityType === type && Buffer.isBuffer(f._bytes))).toHaveLength(2);
		}
		expect(store.collection<any>('comments').where((c) => c._target.type === 'project').length).toBeGreaterThan(0);
		expect(store.collection<any>('users').where((u) => u.tags.length > 0).length).toBeGreaterThan(0);
		const sharedWithMe = store.collection<any>('tasks').where((t) => t.baseType === 'private' && t.userId !== apiUserId && t.assignees.some((a: any) => a.id === apiUserId));
		expect(sharedWithMe.length).toBeGreaterThan(0);
		const webhooks = store.collection<any>('webhooks').all();
		// Paused, so no test's events are ever posted to it.
		expect(webhooks.map((w) => w.isActive)).toEqual([false]);
		expect(store.collection<any>('webhookLogs').where((l) => l.webhookId === webhooks[0].id).length).toBeGreaterThan(0);
	});

	it('leaves an empty workspace without extras', () => {
		const store = new Store({ seed: 1, now: clock });
		seedWorkspace(store, 'empty');
		for (const name of ['files', 'comments', 'webhooks']) expect(store.collection(name).size).toBe(0);
	});

	it('is deterministic for the same seed and clock', () => {
		const dump = (seed: number) => {
			const store = new Store({ seed, now: clock });
			seedWorkspace(store, 'demo');
			return JSON.stringify(['users', 'projects', 'tasks', 'timeEntries', 'files', 'comments', 'webhooks'].map((n) => store.collection(n).all()));
		};
		expect(dump(5)).toEqual(dump(5));
	});

	it('seeds a workspace with 10,000 tasks and 50,000 time entries', () => {
		const store = new Store({ seed: 1, now: clock });
		seedWorkspace(store, { tasks: 10_000, timeEntries: 50_000 });
		expect(store.collection('tasks').size).toBeGreaterThanOrEqual(10_000);
		expect(store.collection('timeEntries').size).toBe(50_000);
	});
});

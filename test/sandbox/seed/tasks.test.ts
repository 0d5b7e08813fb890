import { Store } from '../store';
import { seedPeople } from './people';
import { seedProjects } from './projects';
import { resolveScale } from './scale';
import { seedTasks } from './tasks';

const NOW = new Date('2025-06-02T09:00:00Z');

function seeded(workspace: Parameters<typeof resolveScale>[0], seed = 7) {
	const store = new Store({ seed, now: () => NOW });
	const scale = resolveScale(workspace);
	seedPeople(store, scale);
	seedProjects(store, scale);
	const started = Date.now();
	seedTasks(store, scale);
	return { store, scale, seedTasksMs: Date.now() - started };
}

const all = (store: Store, name: string) => store.collection<Record<string, any> & { id: string }>(name).all();

describe('seedTasks', () => {
	it('is deterministic for a seed and clock', () => {
		const a = seeded('demo');
		const b = seeded('demo');
		for (const name of ['tasks', 'taskLists', 'taskStatuses', 'checklistItems', 'comments']) {
			expect(JSON.stringify(all(a.store, name))).toEqual(JSON.stringify(all(b.store, name)));
		}
		expect(JSON.stringify(all(seeded('demo', 8).store, 'tasks'))).not.toEqual(JSON.stringify(all(a.store, 'tasks')));
	});

	it('seeds the demo workspace consistently with the task rules', () => {
		const { store, scale } = seeded('demo');
		const tasks = all(store, 'tasks');
		const statuses = new Map(all(store, 'taskStatuses').map((s) => [s.id, s]));
		const lists = new Map(all(store, 'taskLists').map((l) => [l.id, l]));
		const byId = new Map(tasks.map((t) => [t.id, t]));
		const projects = new Map(all(store, 'projects').map((p) => [p.id, p]));
		const apiUserId = all(store, 'users')[0].id;
		expect(tasks.length).toBeGreaterThanOrEqual(scale.tasks);

		const numbers = new Set<string>();
		for (const task of tasks) {
			const status = statuses.get(task.taskStatusId)!;
			if (task.baseType === 'projecttask') {
				// Own status of the project, or a shared status of the workflow it is linked to.
				const workflowId = projects.get(task.projectId)!.workflowId;
				if (workflowId) expect(status).toMatchObject({ projectId: null, workflowId });
				else expect(status).toMatchObject({ projectId: task.projectId, workflowId: null });
				const key = `${task.projectId}#${task.taskNumber}`;
				expect(numbers.has(key)).toBe(false);
				numbers.add(key);
			} else {
				expect(status._privateOwnerId).toBe(task.userId);
				expect(task._lists).toEqual([]);
			}
			if (task.parentId) {
				const parent = byId.get(task.parentId)!;
				expect(parent.parentId).toBeNull();
				expect(parent.projectId).toBe(task.projectId);
			}
			for (const membership of task._lists) expect(lists.get(membership.id)!.projectId).toBe(task.projectId);
			expect(Boolean(task.closedOn)).toBe(status.type === 'done');
			if (task.startOn && task.dueOn) expect(Date.parse(task.startOn)).toBeLessThanOrEqual(Date.parse(task.dueOn));
		}
		expect(tasks.some((t) => t.baseType === 'private' && t.userId === apiUserId)).toBe(true);
		expect(tasks.some((t) => t.assignees.some((a: { id: string }) => a.id === apiUserId))).toBe(true);
		expect(tasks.some((t) => t.parentId)).toBe(true);
		expect(all(store, 'checklistItems').length).toBeGreaterThan(0);
		expect(all(store, 'comments').every((c) => c._target.type === 'task' && byId.has(c._target.id))).toBe(true);

		// Some projects share a workflow's task statuses, others have their own.
		const onWorkflow = [...projects.values()].filter((p) => p.workflowId);
		expect(onWorkflow.length).toBeGreaterThanOrEqual(2);
		expect(new Set(onWorkflow.map((p) => p.workflowId)).size).toBe(2);
		expect(projects.size - onWorkflow.length).toBeGreaterThanOrEqual(2);
		expect(all(store, 'taskStatuses').filter((s) => s.projectId && projects.get(s.projectId)?.workflowId)).toEqual([]);
		const sharedInUse = tasks.filter((t) => t.projectId && projects.get(t.projectId)!.workflowId).map((t) => statuses.get(t.taskStatusId)!);
		expect(sharedInUse.length).toBeGreaterThan(0);

		// New tasks continue after the seeded numbers.
		const counters = new Map(all(store, 'taskNumberCounters').map((c) => [c.id, c.last]));
		for (const task of tasks.filter((t) => t.projectId)) expect(counters.get(task.projectId)).toBeGreaterThanOrEqual(task.taskNumber);
	});

	it('seeds nothing for the empty workspace', () => {
		const { store } = seeded('empty');
		expect(all(store, 'tasks')).toEqual([]);
	});

	it('seeds 10,000 tasks', () => {
		const { store } = seeded({ tasks: 10_000, timeEntries: 0 });
		expect(all(store, 'tasks').length).toBeGreaterThanOrEqual(10_000);
	});
});

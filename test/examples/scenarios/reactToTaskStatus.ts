/** Scenario of `examples/react-to-task-status.json`: a task moved to a done status gets a comment. */
import { join } from 'path';

import type { Scenario } from './index';

type Row = { id: string; [key: string]: any };

interface Prepared {
	taskId: string;
	doneStatusId: string;
	/** A task moved to another status that is not done: must not get a comment. */
	otherTaskId: string;
	otherStatusId: string;
}

export const reactToTaskStatus: Scenario<Prepared> = {
	title: 'React to task status changes',
	file: join(__dirname, '..', '..', '..', 'examples', 'react-to-task-status.json'),
	trigger: 'Task done',
	input: {},
	async prepare({ api, store }) {
		const project = await api<Row>('POST', '/projects', { name: 'n8n example: status reactions' });
		const statuses = await api<Row[]>('GET', `/projects/${project.id}/taskstatuses`);
		const todo = statuses.find((s) => s.type === 'todo')!;
		const task = await api<Row>('POST', '/tasks', { name: 'Write the press release', baseType: 'projecttask', entityId: project.id, taskStatusId: todo.id });
		const other = await api<Row>('POST', '/tasks', { name: 'Book the venue', baseType: 'projecttask', entityId: project.id, taskStatusId: todo.id });
		expect(store.collection<Row>('comments').where((c) => c.entityId === task.id || c.taskId === task.id)).toEqual([]);
		return {
			taskId: task.id,
			doneStatusId: statuses.find((s) => s.type === 'done')!.id,
			otherTaskId: other.id,
			otherStatusId: statuses.find((s) => s.type === 'progress')!.id,
		};
	},
	async cause({ api }, prepared) {
		// The not-done move first: the trigger must let it pass without a run.
		await api('POST', '/tasks/changestatuses', [{ taskId: prepared.otherTaskId, statusId: prepared.otherStatusId }]);
		await api('POST', '/tasks/changestatuses', [{ taskId: prepared.taskId, statusId: prepared.doneStatusId }]);
	},
	check(store, run) {
		const task = store.collection<Row>('tasks').require(run.prepared.taskId);
		const status = store.collection<Row>('taskStatuses').require(run.prepared.doneStatusId);
		const comments = store.collection<Row>('comments').all();
		const on = (taskId: string) => comments.filter((c) => Object.values(c).includes(taskId));
		expect(on(task.id)).toEqual([
			expect.objectContaining({ message: `Done: "${task.name}" moved to ${status.name}. Please book your remaining time on it. ~[task]` }),
		]);
		expect(on(run.prepared.otherTaskId)).toEqual([]);
	},
};

/** Scenario of `examples/create-tasks-from-data.json`: a webhook body becomes tasks in the project it names. */
import { join } from 'path';

import type { Scenario } from './index';

type Row = { id: string; [key: string]: any };

const MARK = 'n8n example: ';

/** Two projects of the demo workspace, named in the body (no IDs: a real workspace's differ). */
interface Prepared {
	projectId: string;
	otherProjectId: string;
}

export const createTasksFromData: Scenario<Prepared> & { input: { project: string; tasks: Array<Record<string, string>> } } = {
	title: 'Create tasks from incoming data',
	file: join(__dirname, '..', '..', '..', 'examples', 'create-tasks-from-data.json'),
	trigger: 'Incoming tasks',
	// Filled in by prepare with names of projects that exist in the sandbox.
	input: { project: '', tasks: [] },
	async prepare({ api }) {
		const project = await api<Row>('POST', '/projects', { name: `${MARK}Website Relaunch` });
		const other = await api<Row>('POST', '/projects', { name: `${MARK}Website Relaunch 2` });
		createTasksFromData.input.project = project.name;
		createTasksFromData.input.tasks = [
			{ name: 'Draft sitemap', dueOn: '2026-05-04', description: 'Pages and their order' },
			{ name: 'Collect client logos' },
			{ name: 'Plan the launch', project: other.name, dueOn: '2026-06-01T15:00:00Z' },
			// No project has this name: the task is skipped, the others are still created.
			{ name: 'Orphan task', project: `${MARK}No such project` },
		];
		return { projectId: project.id, otherProjectId: other.id };
	},
	check(store, run) {
		const tasks = (projectId: string) => store.collection<Row>('tasks').where((t) => t.projectId === projectId);
		const inProject = tasks(run.prepared.projectId);
		expect(inProject.map((t) => t.name).sort()).toEqual(['Collect client logos', 'Draft sitemap']);
		const sitemap = inProject.find((t) => t.name === 'Draft sitemap')!;
		expect(sitemap).toMatchObject({ description: 'Pages and their order', baseType: 'projecttask' });
		expect(sitemap.dueOn).toMatch(/^2026-05-0[34]T/);
		expect(inProject.find((t) => t.name === 'Collect client logos')!.dueOn ?? null).toBeNull();
		// A task may name its own project; exact names only ("… 2" is not "…").
		const inOther = tasks(run.prepared.otherProjectId);
		expect(inOther).toEqual([expect.objectContaining({ name: 'Plan the launch', dueOn: '2026-06-01T15:00:00Z' })]);
		expect(store.collection<Row>('tasks').where((t) => t.name === 'Orphan task')).toEqual([]);
		// The caller gets the created tasks back.
		expect(run.response?.map((task) => task.id).sort()).toEqual([...inProject, ...inOther].map((t) => t.id).sort());
	},
};

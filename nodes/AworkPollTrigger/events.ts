/** The awork lists the polling trigger can watch: only lists that span the whole workspace and take filterby/orderby. */
import type { INodePropertyOptions } from 'n8n-workflow';

export interface PollEvent {
	/** List path below the v1 API root; `{id}` is the chosen parent's ID. */
	path: string;
	/** What one item is called in descriptions. */
	label: string;
	/** The picker whose project or task the list belongs to. */
	parent?: 'project' | 'task';
}

// Comments have no workspace-wide list in awork (only per task, project or document): they are watched per project or task.
export const POLL_EVENTS: Record<string, PollEvent> = {
	task: { path: '/me/allavailabletasks', label: 'task' },
	project: { path: '/projects', label: 'project' },
	timeEntry: { path: '/timeentries', label: 'time entry' },
	company: { path: '/companies', label: 'company' },
	projectComment: { path: '/projects/{id}/comments', label: 'comment', parent: 'project' },
	taskComment: { path: '/tasks/{id}/comments', label: 'comment', parent: 'task' },
};

export const eventOptions: INodePropertyOptions[] = [
	{ name: 'Comment on a Project', value: 'projectComment', description: 'Comments on one project (choose it below)' },
	{ name: 'Comment on a Task', value: 'taskComment', description: 'Comments on one task (choose it below)' },
	{ name: 'Company', value: 'company', description: 'Companies of the workspace' },
	{ name: 'Project', value: 'project', description: 'Projects the credential can see' },
	{ name: 'Task', value: 'task', description: 'All tasks the credential’s user can see (/me/allavailabletasks)' },
	{ name: 'Time Entry', value: 'timeEntry', description: 'Time entries the credential can see' },
];

/** Which timestamp decides what is new: `createdOn` for "created", `updatedOn` for "created or updated". */
export type PollTimestamp = 'createdOn' | 'updatedOn';

export const triggerOnOptions: INodePropertyOptions[] = [
	{ name: 'Created', value: 'createdOn', description: 'Only newly created items' },
	{ name: 'Created or Updated', value: 'updatedOn', description: 'New items and every later change to an item' },
];

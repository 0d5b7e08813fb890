/** The task fields that Create and Update share, awork's task PUT form, and what Simplify keeps of a task. */
import type { IDataObject } from 'n8n-workflow';

import { dateTime, durationHours } from '../../shared/fields/dates';
import type { Field } from '../../shared/fields/field';
import { boolean, text } from '../../shared/fields/scalars';
import { compact, ref, secondsToHours } from '../../shared/output/simplify';

/** Fields of both awork task forms (POST and PUT), so Create and Update describe them alike. */
export const taskDetailFields = (): Field[] => [
	text({
		name: 'description',
		displayName: 'Description',
		description: 'What the task is about (plain text or awork rich text, up to 25,000 characters)',
		multiline: true,
	}),
	dateTime({ name: 'startOn', displayName: 'Start Date', description: 'When work on the task starts (ISO 8601 date or date-time)' }),
	dateTime({ name: 'dueOn', displayName: 'Due Date', description: 'When the task is due (ISO 8601 date or date-time)' }),
	durationHours({
		name: 'plannedDuration',
		displayName: 'Planned Duration',
		description: 'The planned effort for the task in hours, e.g. 1.5 (awork stores seconds)',
	}),
	boolean({ name: 'isPrio', displayName: 'Priority', description: 'Whether the task is marked as priority' }),
];

/** The properties of awork's task PUT form; Update sends the current value of every one the user left alone. */
export const TASK_FORM = ['name', 'description', 'isPrio', 'startOn', 'dueOn', 'laneOrder', 'plannedDuration'] as const;


function userRef(user: unknown): IDataObject | undefined {
	if (!user || typeof user !== 'object') return undefined;
	const source = user as IDataObject;
	const name = [source.firstName, source.lastName].filter(Boolean).join(' ');
	return compact({ id: source.id, name: name || undefined });
}

/** The task fields most workflows use (Simplify on). */
export function simplifyTask(task: IDataObject): IDataObject {
	const status = task.taskStatus as IDataObject | undefined;
	const project = task.project as IDataObject | undefined;
	return compact({
		id: task.id,
		name: task.name,
		key: task.taskIdentifier,
		description: task.description,
		baseType: task.baseType,
		status: status ? compact({ id: status.id, name: status.name, type: status.type }) : undefined,
		isPrio: task.isPrio,
		project: project ? compact({ id: project.id, name: project.name, projectKey: project.projectKey }) : task.projectId ? { id: task.projectId } : undefined,
		parentId: task.parentId ?? undefined,
		isSubtask: task.isSubtask,
		numberOfSubtasks: task.numberOfSubtasks,
		typeOfWork: ref(task.typeOfWork),
		assignees: Array.isArray(task.assignees) ? (task.assignees as IDataObject[]).map(userRef) : undefined,
		lists: Array.isArray(task.lists) ? (task.lists as IDataObject[]).map((list) => ref(list)) : undefined,
		tags: Array.isArray(task.tags) ? (task.tags as IDataObject[]).map((tag) => tag.name) : undefined,
		startOn: task.startOn ?? undefined,
		dueOn: task.dueOn ?? undefined,
		plannedHours: secondsToHours(task.plannedDuration),
		trackedHours: secondsToHours(task.trackedDuration),
		closedOn: task.closedOn ?? undefined,
		createdOn: task.createdOn,
		updatedOn: task.updatedOn,
	});
}

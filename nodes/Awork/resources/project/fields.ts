/** The project fields that Create and Update share, and what Simplify keeps of a project. */
import type { IDataObject } from 'n8n-workflow';

import { dateTime, durationHours } from '../../shared/fields/dates';
import type { Field } from '../../shared/fields/field';
import { isGuid } from '../../shared/fields/guid';
import { boolean, choice, text } from '../../shared/fields/scalars';
import { locator } from '../../shared/locators/locator';
import { compact, ref, secondsToHours } from '../../shared/output/simplify';

export const projectDetailFields = (): Field[] => [
	text({ name: 'description', displayName: 'Description', description: 'What the project is about (plain text or awork rich text)', multiline: true }),
	dateTime({ name: 'startDate', displayName: 'Start Date', description: 'When the project starts (ISO 8601 date or date-time)' }),
	dateTime({ name: 'dueDate', displayName: 'Due Date', description: 'When the project is due (ISO 8601 date or date-time)' }),
	locator('company', {
		required: false,
		displayName: 'Company',
		description: 'The client company the project is for: pick it, paste its awork link, or enter its ID',
	}),
	choice({
		name: 'projectTypeId',
		displayName: 'Project Type Name or ID',
		description: 'The project type (defines the default statuses and workflow).',
		loadOptionsMethod: 'getProjectTypes',
		expected: 'a project type ID (GUID) from the list',
		validate: isGuid,
	}),
	durationHours({ name: 'timeBudget', displayName: 'Time Budget', description: 'The planned time budget of the project in hours' }),
	boolean({
		name: 'isBillableByDefault',
		displayName: 'Billable by Default',
		description: 'Whether time tracked on this project is billable unless marked otherwise',
	}),
	boolean({ name: 'isPrivate', displayName: 'Private', description: 'Whether only members and the creator can see the project' }),
	text({ name: 'color', displayName: 'Color', description: 'The project color as awork names it, e.g. blue, green, red' }),
];


/** The project fields most workflows use (Simplify on). */
export function simplifyProject(project: IDataObject): IDataObject {
	const status = project.projectStatus as IDataObject | undefined;
	return compact({
		id: project.id,
		name: project.name,
		projectKey: project.projectKey,
		description: project.description,
		status: status ? compact({ id: status.id, name: status.name, type: status.type }) : undefined,
		projectType: ref(project.projectType),
		company: ref(project.company),
		startDate: project.startDate,
		dueDate: project.dueDate,
		closedOn: project.closedOn,
		timeBudgetHours: secondsToHours(project.timeBudget),
		trackedHours: secondsToHours(project.trackedDuration),
		isBillableByDefault: project.isBillableByDefault,
		isPrivate: project.isPrivate,
		tags: Array.isArray(project.tags) ? (project.tags as IDataObject[]).map((tag) => tag.name) : undefined,
		tasksCount: project.tasksCount,
		tasksDoneCount: project.tasksDoneCount,
		createdOn: project.createdOn,
		updatedOn: project.updatedOn,
	});
}

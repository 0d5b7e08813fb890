/**
 * Lists tasks. awork has no single task list endpoint: a scope picks the list (a project's tasks,
 * mine, all I can see, my private ones); the filters and sort apply to each of them.
 */
import { operation } from '../../shared/descriptions/operation';
import type { Field } from '../../shared/fields/field';
import { readParameter } from '../../shared/fields/field';
import { inputError } from '../../shared/fields/inputError';
import { shown } from '../../shared/fields/structured';
import { listQueryProperties, taskEntity } from '../../shared/filter';
import { locator } from '../../shared/locators/locator';
import { simplifyField, simplifyOutput } from '../../shared/output/simplify';
import { simplifyTask } from './fields';

const SCOPES = [
	{ name: 'Assigned to Me', value: 'assigned', description: 'Tasks assigned to the user the credentials act as', path: '/me/assignedtasks' },
	{ name: 'All I Can See', value: 'allAvailable', description: 'Every project task and private task the user may see', path: '/me/allavailabletasks' },
	{ name: 'In a Project', value: 'project', description: 'The tasks of one project', path: '/projects/{projectId}/projecttasks' },
	{ name: 'My Private Tasks', value: 'private', description: 'The private tasks of the user the credentials act as', path: '/me/privatetasks' },
];
const DEFAULT_SCOPE = 'assigned';

const projectLocator = locator('project', {
	description: 'The project whose tasks to list: pick it from the list, paste its link from awork, or enter its ID (GUID)',
});

/** The scope picks the endpoint; for a project's tasks it also needs the project. */
const scopeField: Field = {
	property: {
		displayName: 'Scope',
		name: 'scope',
		type: 'options',
		options: SCOPES.map(({ name, value, description }) => ({ name, value, description })),
		default: DEFAULT_SCOPE,
		description: 'Which tasks to list. Default: the tasks assigned to the user the credentials act as.',
	},
	async apply(context, path) {
		const raw = readParameter(context, path) ?? DEFAULT_SCOPE;
		const scope = SCOPES.find((candidate) => candidate.value === raw);
		if (!scope) throw inputError(context.node, context.itemIndex, 'Scope', `one of ${SCOPES.map((s) => `'${s.value}'`).join(', ')}`, raw);
		if (scope.value !== 'project') {
			context.path = scope.path;
			return;
		}
		await projectLocator.apply!(context, projectLocator.property.name);
		context.path = scope.path.replace('{projectId}', encodeURIComponent(String(context.values.projectId)));
	},
};

export const getMany = operation({
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many tasks',
	description: 'List tasks assigned to me, of a project, all I can see, or my private tasks; filtered and sorted',
	method: 'GET',
	path: '/me/assignedtasks',
	paged: true,
	fields: [
		scopeField,
		shown({ ...projectLocator.property, displayOptions: { show: { scope: ['project'] } } }),
		simplifyField,
		...listQueryProperties(taskEntity).map(shown),
	],
	output: [simplifyOutput(simplifyTask)],
});

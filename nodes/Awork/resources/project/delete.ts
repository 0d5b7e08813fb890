/** POST /projects/{id}/delete: gone for good, unlike Close. */
import { operation } from '../../shared/descriptions/operation';
import { boolean } from '../../shared/fields/scalars';
import { locator } from '../../shared/locators/locator';
import { successOutput } from '../../shared/output/success';

export const deleteProject = operation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a project',
	description:
		'Delete a project with its tasks and task lists for good. To keep it for reporting, use Close instead (moves it to a closed status, awork’s archive).',
	method: 'POST',
	path: '/projects/{projectId}/delete',
	fields: [
		locator('project'),
		boolean({
			name: 'deleteTimeTrackings',
			displayName: 'Delete Time Entries',
			description: 'Whether to delete the time tracked on the project too; otherwise the entries stay without project and task',
		}),
	],
	output: [successOutput(['projectId', 'deleteTimeTrackings'])],
});

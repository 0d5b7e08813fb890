/** POST /users/{id}/setarchived: Archive and Unarchive, one request shape with the flag set or cleared. */
import { operation, type OperationModule } from '../../shared/descriptions/operation';
import { locator } from '../../shared/locators/locator';
import { simplifyField, simplifyOutput } from '../../shared/output/simplify';
import { simplifyUser } from './fields';

function setArchived(archived: boolean, spec: { value: string; name: string; action: string; description: string }): OperationModule {
	return operation({
		...spec,
		method: 'POST',
		path: '/users/{userId}/setarchived',
		fields: [locator('user'), simplifyField],
		body: () => ({ isArchived: archived }),
		output: [simplifyOutput(simplifyUser)],
	});
}

export const archive = setArchived(true, {
	value: 'archive',
	name: 'Archive',
	action: 'Archive a user',
	description:
		'Archive a user: they are inactive and left out of user lists, but stay in the workspace so tasks, comments and time entries still name them. Unarchive brings them back; Delete removes a user for good.',
});

export const unarchive = setArchived(false, {
	value: 'unarchive',
	name: 'Unarchive',
	action: 'Unarchive a user',
	description: 'Bring an archived user back into the user lists',
});

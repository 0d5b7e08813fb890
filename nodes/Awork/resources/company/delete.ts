/** POST /companies/{id}/delete: awork's delete business operation, which says what happens to the company's projects. */
import { operation } from '../../shared/descriptions/operation';
import { shownWhen } from '../../shared/fields/conditional';
import { choice } from '../../shared/fields/scalars';
import { locator } from '../../shared/locators/locator';
import { successOutput } from '../../shared/output/success';

const DELETE_OPERATIONS = [
	{
		name: 'Delete Them, Keep Time Entries',
		value: 'delete-all-without-timeentries',
		description: 'Delete the projects and tasks of the company; their time entries stay',
	},
	{ name: 'Delete Them With Time Entries', value: 'delete-all', description: 'Delete the projects and tasks of the company with their time entries' },
	{ name: 'Keep Them Without Company', value: 'delete-only-company', description: 'Delete only the company; its projects and tasks stay, without a company' },
	{ name: 'Move Them to Another Company', value: 'move', description: 'Connect the projects and tasks (and their time entries) to another company' },
];

export const deleteCompany = operation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a company',
	description:
		'Delete a company for good (awork has no archive for companies). Choose what happens to its projects and tasks: keep them without company, move them to another company, or delete them too.',
	method: 'POST',
	path: '/companies/{companyId}/delete',
	fields: [
		locator('company'),
		choice({
			name: 'deleteOperation',
			displayName: 'Related Projects and Tasks',
			description: 'What happens to the projects and tasks of the company',
			options: DELETE_OPERATIONS,
			default: 'delete-only-company',
		}),
		shownWhen(
			{ parameter: 'deleteOperation', is: ['move'] },
			locator('company', {
				name: 'moveToCompany',
				displayName: 'Move to Company',
				to: 'moveToCompany',
				description: 'The company that takes over the projects and tasks: pick it, paste its awork link, or enter its ID (GUID)',
			}),
		),
	],
	output: [successOutput(['companyId', 'deleteOperation', 'moveToCompany'])],
});

/** The team picker and the "include member / project IDs" switches the team operations share. */
import type { Field } from '../../shared/fields/field';
import { isGuid } from '../../shared/fields/guid';
import { boolean, choice, text } from '../../shared/fields/scalars';
import { ids } from '../../shared/fields/structured';

export const teamField = (description: string): Field =>
	choice({
		name: 'teamId',
		displayName: 'Team Name or ID',
		description,
		required: true,
		loadOptionsMethod: 'getTeams',
		expected: 'a team ID (GUID) from the list',
		validate: isGuid,
	});

/** `includeUserIds` / `includeProjectIds`: awork answers `userIds` / `projectIds` only when asked. */
export const includeFields = (): Field[] => [
	boolean({ name: 'includeUserIds', displayName: 'Include User IDs', description: 'Whether to return the IDs of the team’s members (userIds)' }),
	boolean({ name: 'includeProjectIds', displayName: 'Include Project IDs', description: 'Whether to return the IDs of the team’s projects (projectIds)' }),
];

export const includeQuery = ['includeUserIds', 'includeProjectIds'];

export const userIdsField = (description: string): Field =>
	ids({ name: 'userIds', displayName: 'User IDs', description, entity: 'user', required: true, placeholder: 'e.g. 5e8f1c2a-…, 7b2d…' });

/** The properties of awork's team form (TeamForm): a name, and an optional icon and color. */
export const TEAM_FORM = ['name', 'icon', 'color'] as const;

export const teamDetailFields = (): Field[] => [
	text({ name: 'icon', displayName: 'Icon', description: 'The team icon, as awork names it (e.g. brush, computer, web, phone_iphone)' }),
	text({ name: 'color', displayName: 'Color', description: 'The team color: red, coral, yellow, green, teal, arctic, blue, azure, purple or violet' }),
];

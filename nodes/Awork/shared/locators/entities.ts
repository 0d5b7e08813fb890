/**
 * The awork entities people pick in the editor, and how each shows up in awork's web app links
 * (`https://<workspace>.awork.com/projects/<id>/tasks`, `.../tasks/<id>`, …).
 */
import { GUID_PATTERN } from '../fields/guid';

export type LocatorEntityKey = 'project' | 'task' | 'taskList' | 'user' | 'company' | 'projectTemplate';

export interface LocatorEntity {
	key: LocatorEntityKey;
	/** In messages: "a project", "project ID". */
	label: string;
	/** The listSearch method that searches it. */
	searchMethod: string;
	/** Path segments that precede the ID in awork's web links. */
	urlSegments: string[];
	urlExample: string;
}

export const LOCATOR_ENTITIES: Record<LocatorEntityKey, LocatorEntity> = {
	project: {
		key: 'project',
		label: 'project',
		searchMethod: 'searchProjects',
		urlSegments: ['projects'],
		urlExample: 'https://yourworkspace.awork.com/projects/3f0c…/tasks',
	},
	task: {
		key: 'task',
		label: 'task',
		searchMethod: 'searchTasks',
		urlSegments: ['tasks'],
		urlExample: 'https://yourworkspace.awork.com/projects/3f0c…/tasks/9a1b…',
	},
	taskList: {
		key: 'taskList',
		label: 'task list',
		searchMethod: 'searchTaskLists',
		urlSegments: ['tasklists', 'lists'],
		urlExample: 'https://yourworkspace.awork.com/projects/3f0c…/tasklists/7c2d…',
	},
	user: {
		key: 'user',
		label: 'user',
		searchMethod: 'searchUsers',
		urlSegments: ['users'],
		urlExample: 'https://yourworkspace.awork.com/users/5e8f…/profile',
	},
	company: {
		key: 'company',
		label: 'company',
		searchMethod: 'searchCompanies',
		urlSegments: ['companies', 'clients'],
		urlExample: 'https://yourworkspace.awork.com/companies/1d4a…',
	},
	projectTemplate: {
		key: 'projectTemplate',
		label: 'project template',
		searchMethod: 'searchProjectTemplates',
		urlSegments: ['projecttemplates', 'project-templates', 'templates'],
		urlExample: 'https://yourworkspace.awork.com/projecttemplates/2b6c…',
	},
};

/** One capture group: the ID after the entity's last path segment in a link. */
export function urlRegex(entity: LocatorEntity): string {
	return `^https?://[^\\s]*?/(?:${entity.urlSegments.join('|')})/(${GUID_PATTERN})(?:[/?#].*)?$`;
}

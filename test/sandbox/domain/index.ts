/** All stateful handlers, merged from the domain areas; an operation belongs to exactly one area. */
import type { HandlerTable } from '../types';
import { absencesHandlers } from './absences';
import { companiesHandlers } from './companies';
import { filesHandlers } from './files';
import { meHandlers } from './me';
import { projectsAreaHandlers } from './projects-area';
import { searchHandlers } from './search';
import { tasksAreaHandlers } from './tasks-area';
import { teamsHandlers } from './teams';
import { timeEntriesHandlers } from './timeentries';
import { timeTrackingHandlers } from './timetracking';
import { timeTrackingV2Handlers } from './timetracking-v2';
import { typesOfWorkHandlers } from './typesofwork';
import { usersHandlers } from './users';
import { webhooksHandlers } from './webhooks';

export const domainTables: Record<string, HandlerTable> = {
	projects: projectsAreaHandlers,
	tasks: tasksAreaHandlers,
	users: usersHandlers,
	me: meHandlers,
	companies: companiesHandlers,
	typesOfWork: typesOfWorkHandlers,
	timeEntries: timeEntriesHandlers,
	timeTracking: timeTrackingHandlers,
	timeTrackingV2: timeTrackingV2Handlers,
	absences: absencesHandlers,
	files: filesHandlers,
	webhooks: webhooksHandlers,
	search: searchHandlers,
	teams: teamsHandlers,
};

function merge(tables: Record<string, HandlerTable>): HandlerTable {
	const merged: HandlerTable = {};
	const owner: Record<string, string> = {};
	for (const [area, table] of Object.entries(tables)) {
		for (const [key, handler] of Object.entries(table)) {
			if (owner[key]) throw new Error(`Operation ${key} is handled by both ${owner[key]} and ${area}`);
			owner[key] = area;
			merged[key] = handler;
		}
	}
	return merged;
}

export const allHandlers: HandlerTable = merge(domainTables);

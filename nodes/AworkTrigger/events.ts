/** awork's workspace webhook event types (docs/webhooks.md), as the editor lists them. */
import type { INodePropertyOptions } from 'n8n-workflow';

const EVENT_TYPES = [
	'absence_added', 'absence_deleted', 'absence_updated',
	'company_added', 'company_deleted', 'company_type_changed', 'company_updated',
	'project_added', 'project_comment_added', 'project_deleted', 'projectmember_added',
	'projectmember_deleted', 'project_status_changed', 'project_type_changed', 'project_updated',
	'task_added', 'taskassignment_added', 'taskassignment_deleted', 'task_comment_added',
	'task_deleted', 'tasklist_added', 'tasklist_deleted', 'tasklist_updated',
	'task_status_changed', 'task_type_changed', 'task_updated',
	'timetracking_added', 'timetracking_deleted', 'timetracking_type_changed', 'timetracking_updated',
	'user_activation_changed', 'user_added', 'user_deleted', 'user_status_changed', 'user_updated',
];

/** `task_status_changed` → `Task Status Changed`; `projectmember_added` → `Project Member Added`. */
function label(eventType: string): string {
	return eventType
		.replace('projectmember', 'project_member')
		.replace('taskassignment', 'task_assignment')
		.replace('tasklist', 'task_list')
		.replace('timetracking', 'time_tracking')
		.split('_')
		.map((word) => word[0].toUpperCase() + word.slice(1))
		.join(' ');
}

export const eventOptions: INodePropertyOptions[] = EVENT_TYPES.map((value) => ({ name: label(value), value })).sort(
	(a, b) => a.name.localeCompare(b.name),
);

export const eventTypes = new Set(EVENT_TYPES);

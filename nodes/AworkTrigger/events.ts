/** awork's workspace webhook event types (docs/webhooks.md), grouped and named as people think of them. */
import type { INodePropertyOptions } from 'n8n-workflow';

/** Each entity people pick events for, with the event types awork sends about it. */
const EVENT_GROUPS: Array<{ key: string; label: string; events: string[] }> = [
	{ key: 'absence', label: 'Absence', events: ['absence_added', 'absence_deleted', 'absence_updated'] },
	{ key: 'company', label: 'Company', events: ['company_added', 'company_deleted', 'company_type_changed', 'company_updated'] },
	{
		key: 'project',
		label: 'Project',
		events: [
			'project_added', 'project_comment_added', 'project_deleted', 'projectmember_added',
			'projectmember_deleted', 'project_status_changed', 'project_type_changed', 'project_updated',
		],
	},
	{
		key: 'task',
		label: 'Task',
		events: [
			'task_added', 'taskassignment_added', 'taskassignment_deleted', 'task_comment_added',
			'task_deleted', 'task_status_changed', 'task_type_changed', 'task_updated',
		],
	},
	{ key: 'tasklist', label: 'Task List', events: ['tasklist_added', 'tasklist_deleted', 'tasklist_updated'] },
	{
		key: 'timetracking',
		label: 'Time Entry',
		events: ['timetracking_added', 'timetracking_deleted', 'timetracking_type_changed', 'timetracking_updated'],
	},
	{
		key: 'user',
		label: 'User',
		events: ['user_activation_changed', 'user_added', 'user_deleted', 'user_status_changed', 'user_updated'],
	},
];

const EVENT_TYPES = EVENT_GROUPS.flatMap((group) => group.events);

/** Prefix of the "any event of <entity>" choices; never sent to awork (expanded first). */
const ANY_PREFIX = 'any:';

/** Human names where awork's type name reads badly; the rest is derived from the type name. */
const NAMES: Record<string, string> = {
	project_comment_added: 'Project: Comment Added',
	projectmember_added: 'Project: Member Added',
	projectmember_deleted: 'Project: Member Removed',
	task_comment_added: 'Task: Comment Added',
	taskassignment_added: 'Task: Assignee Added',
	taskassignment_deleted: 'Task: Assignee Removed',
	user_activation_changed: 'User: Activated or Deactivated',
	user_status_changed: 'User: Archived or Restored',
};

/** `task_status_changed` → `Task: Status Changed`; `tasklist_added` → `Task List: Added`. */
function label(group: { key: string; label: string }, eventType: string): string {
	if (NAMES[eventType]) return NAMES[eventType];
	const rest = eventType.slice(group.key.length + 1).split('_');
	return `${group.label}: ${rest.map((word) => word[0].toUpperCase() + word.slice(1)).join(' ')}`;
}

export const eventOptions: INodePropertyOptions[] = [
	...EVENT_GROUPS.map((group) => ({
		name: `${group.label}: Any Event`,
		value: `${ANY_PREFIX}${group.key}`,
		description: `Every ${group.label.toLowerCase()} event (${group.events.join(', ')})`,
	})),
	...EVENT_GROUPS.flatMap((group) =>
		group.events.map((value) => ({ name: label(group, value), value, description: `Awork event type ${value}` })),
	),
].sort((a, b) => a.name.localeCompare(b.name));

export const eventTypes = new Set(EVENT_TYPES);

/** The awork event types a selection stands for: shortcuts expanded, duplicates dropped, sorted. */
export function expandEvents(selected: string[]): string[] {
	const result = new Set<string>();
	for (const value of selected) {
		const group = value.startsWith(ANY_PREFIX) ? EVENT_GROUPS.find((g) => ANY_PREFIX + g.key === value) : undefined;
		if (group) group.events.forEach((event) => result.add(event));
		else result.add(value);
	}
	return [...result].sort();
}

/** The editor's name for a selection value (for error messages). */
export function eventName(value: string): string {
	return eventOptions.find((option) => option.value === value)?.name ?? value;
}

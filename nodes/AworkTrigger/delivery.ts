/**
 * What the trigger does with one authenticated call: is it an awork event, has it been seen
 * already (awork retries), do the user's filters let it through, and what shape goes out.
 */
import type { IDataObject, INode } from 'n8n-workflow';

import { LOCATOR_ENTITIES } from '../Awork/shared/locators/entities';
import { readLocator } from '../Awork/shared/locators/resolve';
import { compact } from '../Awork/shared/output/simplify';

/** An awork webhook body: a JSON object with at least a string `eventType`. */
export interface AworkEvent extends IDataObject {
	eventType: string;
	entityId?: string;
	entityType?: string;
	timestamp?: string;
	traceId?: string;
	entity?: IDataObject;
	triggeredBy?: IDataObject;
	changes?: IDataObject[];
}

export function isAworkEvent(body: unknown): body is AworkEvent {
	if (!body || typeof body !== 'object' || Array.isArray(body)) return false;
	const eventType = (body as IDataObject).eventType;
	return typeof eventType === 'string' && eventType.trim() !== '';
}

/** How many delivery keys the trigger remembers; small so static data stays small. */
export const REMEMBERED_DELIVERIES = 200;

/**
 * awork re-sends the very same body when an attempt failed or timed out, so event type, entity ID,
 * trace ID and timestamp together identify one event; two real changes differ in timestamp.
 */
export function deliveryKey(event: AworkEvent): string | undefined {
	// Without either, a retry cannot be told from a new change: such events are never deduplicated.
	if (!event.traceId && !event.timestamp) return undefined;
	return [event.eventType, event.entityId ?? '', event.traceId ?? '', event.timestamp ?? ''].join('|');
}

/**
 * Records `key` in the node's static data and says whether it was new. Deduplication is best
 * effort: n8n saves static data after the webhook call, last writer wins (n8n #6564), so two
 * deliveries of one event handled at the same moment by different processes (queue mode,
 * several webhook processes) can both pass, and a retry that arrives after 200 newer deliveries,
 * or after the static data was reset (workflow re-saved with changed data, re-import), passes again.
 * Restarts keep it, as static data is stored with the workflow.
 */
export function firstDelivery(staticData: IDataObject, key: string | undefined): boolean {
	if (key === undefined) return true;
	const seen = Array.isArray(staticData.recentDeliveries) ? (staticData.recentDeliveries as string[]) : [];
	if (seen.includes(key)) return false;
	staticData.recentDeliveries = [...seen, key].slice(-REMEMBERED_DELIVERIES);
	return true;
}

export interface DeliveryFilters {
	/** Lower-case project IDs; empty lets every project (and events without one) through. */
	projectIds: string[];
	/** Lower-case property names, at least one of which must be among the changes. */
	changedProperties: string[];
	/** When set, a matching changed property must have changed to this value. */
	changedTo?: string;
	/** Set to skip events the credential's own user caused. */
	ownUserId?: string;
	/** When set, the event must be a status change to a status of one of these types. */
	statusTypes?: string[];
}

/** The value "Changed to Value" takes for the credential's own user. */
export const ME = 'me';

/** The status types people pick for "Changed to Status Type": task types, then project types. */
export const STATUS_TYPES = [
	{ name: 'In Progress (Task or Project)', value: 'progress' },
	{ name: 'Project: Closed', value: 'closed' },
	{ name: 'Project: Not Started', value: 'not-started' },
	{ name: 'Stuck (Task or Project)', value: 'stuck' },
	{ name: 'Task: Done', value: 'done' },
	{ name: 'Task: In Review', value: 'review' },
	{ name: 'Task: To Do', value: 'todo' },
];

const STATUS_PROPERTIES = new Set(['taskstatusid', 'projectstatusid']);

/** The type of the status the event's entity has now (a task's or a project's). */
function statusTypeOf(event: AworkEvent): string | undefined {
	const entity = event.entity ?? {};
	const status = (entity.taskStatus ?? entity.projectStatus) as IDataObject | undefined;
	return typeof status?.type === 'string' ? status.type.toLowerCase() : undefined;
}

/** The project IDs of the "Only for Projects" pickers; a value that is no project is an error naming it. */
export function chosenProjects(context: { getNode(): INode }, options: IDataObject): string[] {
	const rows = ((options.projects as IDataObject | undefined)?.project ?? []) as Array<{ project?: unknown }>;
	const ids: string[] = [];
	for (const row of rows) {
		const value = readLocator(row.project, LOCATOR_ENTITIES.project, { node: context.getNode(), itemIndex: 0, field: 'Only for Projects' });
		if (value && 'id' in value) ids.push(value.id);
	}
	return ids;
}

/** The project an event belongs to: the project itself, or the one its entity names. */
export function projectOf(event: AworkEvent): string | undefined {
	if (event.entityType === 'project') return event.entityId?.toLowerCase();
	const entity = event.entity ?? {};
	const id = entity.projectId ?? (entity.project as IDataObject | undefined)?.id;
	return typeof id === 'string' ? id.toLowerCase() : undefined;
}

function same(value: unknown, wanted: string): boolean {
	const text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
	return text.trim().toLowerCase() === wanted.trim().toLowerCase();
}

/** Why the event is filtered out, or undefined when it should start the workflow. */
export function filteredOut(event: AworkEvent, filters: DeliveryFilters): string | undefined {
	if (filters.ownUserId && String(event.triggeredBy?.id ?? '').toLowerCase() === filters.ownUserId.toLowerCase()) {
		return 'Caused by the credential’s own user';
	}
	if (filters.projectIds.length) {
		const project = projectOf(event);
		if (!project || !filters.projectIds.includes(project)) return 'Not in a chosen project';
	}
	if (filters.statusTypes?.length) {
		const changes = Array.isArray(event.changes) ? event.changes : [];
		const statusChanged = event.eventType.endsWith('_status_changed') || changes.some((c) => STATUS_PROPERTIES.has(String(c.property ?? '').toLowerCase()));
		if (!statusChanged) return 'Not a status change';
		const type = statusTypeOf(event);
		if (!type || !filters.statusTypes.includes(type)) return 'Not changed to a chosen status type';
	}
	if (filters.changedProperties.length) {
		const changes = Array.isArray(event.changes) ? event.changes : [];
		const matching = changes.filter((change) =>
			filters.changedProperties.includes(String(change.property ?? '').toLowerCase()),
		);
		if (!matching.length) return 'None of the chosen properties changed';
		if (filters.changedTo !== undefined && !matching.some((change) => same(change.new, filters.changedTo!))) {
			return 'No chosen property changed to the chosen value';
		}
	}
	return undefined;
}

/** awork's change list as `{ Property: { old, new } }`; missing sides stay undefined. */
export function changesByProperty(changes: unknown): IDataObject {
	const result: IDataObject = {};
	if (!Array.isArray(changes)) return result;
	for (const change of changes as IDataObject[]) {
		if (typeof change?.property !== 'string') continue;
		result[change.property] = { old: change.old, new: change.new };
	}
	return result;
}

export type OutputShape = 'fullEvent' | 'entityOnly';

/** The item the workflow gets: awork's whole body, or its entity with a short `event` summary. */
export function outputFor(event: AworkEvent, shape: OutputShape): IDataObject {
	const changed = changesByProperty(event.changes);
	if (shape === 'entityOnly') {
		const triggeredBy = event.triggeredBy ?? {};
		return {
			...(event.entity ?? {}),
			event: compact({
				eventType: event.eventType,
				entityType: event.entityType,
				entityId: event.entityId,
				timestamp: event.timestamp,
				triggeredById: triggeredBy.id as string | undefined,
				changes: changed,
			}),
		};
	}
	return { ...event, changesByProperty: changed };
}

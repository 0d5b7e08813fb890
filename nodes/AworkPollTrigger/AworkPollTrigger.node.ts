/**
 * The awork trigger for people without admin rights: awork webhooks need an admin, so this node
 * polls a workspace-wide list for items created (or updated) since the last poll instead.
 */
import {
	NodeConnectionTypes,
	NodeOperationError,
	type IDataObject,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';

import { searchProjects, searchTasks } from '../Awork/listSearch';
import { authenticationProperty, aworkCredentials } from '../Awork/shared/descriptions/authentication';
import { LOCATOR_ENTITIES } from '../Awork/shared/locators/entities';
import { locatorProperty } from '../Awork/shared/locators/locator';
import { readLocator } from '../Awork/shared/locators/resolve';
import { compileFilter, compileSort } from '../Awork/shared/filter';
import { aworkRequestFull } from '../Awork/shared/transport/request';
import { eventOptions, POLL_EVENTS, triggerOnOptions, type PollEvent, type PollTimestamp } from './events';
import { cursorKey, CursorWalk, readCursor, timeOf, writeCursor } from './watermark';

/** awork's largest page. */
export const PAGE_SIZE = 1000;
/** Items a manual run shows: the latest few, so the editor has data to map. */
export const MANUAL_SAMPLE_SIZE = 5;
const DEFAULT_MAX_ITEMS = 1000;
/** Share of n8n's poll budget spent fetching; the rest is left for handing over the items. */
const BUDGET_SHARE = 0.8;

interface ListPage {
	items: IDataObject[];
	total: number | undefined;
}

/** The list to read: the event's path, with the chosen project's or task's ID for comments. */
function listPath(context: IPollFunctions, event: PollEvent): string {
	if (!event.parent) return event.path;
	const entity = LOCATOR_ENTITIES[event.parent];
	const field = event.parent === 'project' ? 'Project' : 'Task';
	const chosen = readLocator(context.getNodeParameter(event.parent, undefined), entity, { node: context.getNode(), itemIndex: 0, field });
	if (!chosen || !('id' in chosen)) {
		throw new NodeOperationError(context.getNode(), `Choose the ${entity.label} whose comments to watch in '${field}'`);
	}
	return event.path.replace('{id}', encodeURIComponent(chosen.id));
}

async function fetchPage(
	this: IPollFunctions,
	path: string,
	query: { filterby?: string; orderby: string; page: number; pageSize: number },
): Promise<ListPage> {
	const qs: IDataObject = { orderby: query.orderby, page: query.page, pageSize: query.pageSize };
	if (query.filterby) qs.filterby = query.filterby;
	const response = await aworkRequestFull.call(this, { method: 'GET', path, qs });
	const items = Array.isArray(response.body) ? (response.body as IDataObject[]) : [];
	const total = Number(response.headers?.['aw-totalitems']);
	return { items, total: Number.isFinite(total) ? total : undefined };
}

/** The timestamp and ID of an item, or undefined when awork gave it without them (it cannot be tracked). */
function keyOf(item: IDataObject, timestamp: PollTimestamp): { id: string; ms: number } | undefined {
	const ms = timeOf(item, timestamp);
	return typeof item.id === 'string' && ms !== undefined ? { id: item.id, ms } : undefined;
}

export class AworkPollTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'awork Polling Trigger',
		name: 'aworkPollTrigger',
		icon: { light: 'file:../../icons/awork.svg', dark: 'file:../../icons/awork.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"] + " " + ($parameter["triggerOn"] === "createdOn" ? "created" : "created or updated")}}',
		description: 'Starts the workflow when awork items are created or updated, by polling (no admin rights needed)',
		defaults: { name: 'awork Polling Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: aworkCredentials,
		properties: [
			authenticationProperty,
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				options: eventOptions,
				default: 'task',
				description: 'Which kind of awork item to watch',
			},
			{
				...locatorProperty('project', { description: 'The project whose comments start the workflow' }),
				displayOptions: { show: { event: ['projectComment'] } },
			},
			{
				...locatorProperty('task', { description: 'The task whose comments start the workflow' }),
				displayOptions: { show: { event: ['taskComment'] } },
			},
			{
				displayName: 'Trigger On',
				name: 'triggerOn',
				type: 'options',
				options: triggerOnOptions,
				default: 'updatedOn',
				description: 'Whether only new items start the workflow, or changes to existing items as well',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Max Items per Poll',
						name: 'maxItems',
						type: 'number',
						typeOptions: { minValue: 1 },
						default: DEFAULT_MAX_ITEMS,
						description:
							'Most items one poll emits; a larger backlog is emitted by the following polls, oldest first, none left out',
					},
				],
			},
		],
	};

	methods = { listSearch: { searchProjects, searchTasks } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const eventName = this.getNodeParameter('event') as string;
		const event = POLL_EVENTS[eventName];
		const timestamp = this.getNodeParameter('triggerOn', 'updatedOn') as PollTimestamp;
		const options = this.getNodeParameter('options', {}) as { maxItems?: number };
		const maxItems = Math.max(1, Math.floor(options.maxItems ?? DEFAULT_MAX_ITEMS));
		const path = listPath(this, event);
		const newestFirst = compileSort([{ field: timestamp, direction: 'desc' }, { field: 'id' }]);

		if (this.getMode() === 'manual') {
			// A sample for building the workflow; the cursor of the active workflow stays where it is.
			const sample = await fetchPage.call(this, path, { orderby: newestFirst, page: 1, pageSize: MANUAL_SAMPLE_SIZE });
			return sample.items.length ? [this.helpers.returnJsonArray(sample.items)] : null;
		}

		const staticData = this.getWorkflowStaticData('node');
		// Another project or task starts over, like another event.
		const key = cursorKey(event.parent ? `${eventName}:${path}` : eventName, timestamp);
		const cursor = readCursor(staticData, key);
		if (!cursor) {
			// First poll: remember where the list stands now, emit no history.
			const latest = await fetchPage.call(this, path, { orderby: newestFirst, page: 1, pageSize: PAGE_SIZE });
			const keys = latest.items.map((item) => keyOf(item, timestamp)).filter((k) => k !== undefined);
			const mark = keys.length ? Math.max(...keys.map((k) => k.ms)) : null;
			writeCursor(staticData, { key, mark, idsAtMark: keys.filter((k) => k.ms === mark).map((k) => k.id) });
			return null;
		}

		const budget = typeof this.getPollBudgetMs === 'function' ? this.getPollBudgetMs() * BUDGET_SHARE : Infinity;
		const startedAt = Date.now();
		const oldestFirst = compileSort([{ field: timestamp, direction: 'asc' }, { field: 'id' }]);
		const walk = new CursorWalk(cursor);
		const emitted: IDataObject[] = [];
		let page = 1;
		for (;;) {
			const filterby =
				walk.mark === null ? undefined : compileFilter({ field: timestamp, op: 'ge', value: { type: 'date', value: new Date(walk.mark) } });
			const result = await fetchPage.call(this, path, { filterby, orderby: oldestFirst, page, pageSize: PAGE_SIZE });
			let moved = false;
			let full = false;
			for (const item of result.items) {
				const itemKey = keyOf(item, timestamp);
				if (!itemKey || !walk.isNew(itemKey.id, itemKey.ms)) continue;
				if (emitted.length >= maxItems) {
					full = true;
					break;
				}
				emitted.push(item);
				moved = walk.advance(itemKey.id, itemKey.ms) || moved;
			}
			const lastPage =
				result.items.length < PAGE_SIZE || (result.total !== undefined && page * PAGE_SIZE >= result.total);
			if (full || lastPage || emitted.length >= maxItems || Date.now() - startedAt > budget) break;
			// Once the mark moved, asking again from the new mark is immune to items shifting between pages;
			// only a full page within one timestamp needs the next page of the same query.
			page = moved ? 1 : page + 1;
		}

		writeCursor(staticData, walk.toCursor(key));
		return emitted.length ? [this.helpers.returnJsonArray(emitted)] : null;
	}
}

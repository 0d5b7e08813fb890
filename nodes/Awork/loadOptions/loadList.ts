/**
 * Dropdowns filled from awork. A failure (no permission, nothing chosen yet, awork unreachable)
 * becomes one entry whose name says what went wrong, so the editor shows a message, not a stack.
 */
import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { LOCATOR_ENTITIES, type LocatorEntityKey } from '../shared/locators/entities';
import { readLocator } from '../shared/locators/resolve';
import { aworkRequest } from '../shared/transport/request';

export class DropdownHint extends Error {}

export async function loadList(
	context: ILoadOptionsFunctions,
	what: string,
	load: () => Promise<INodePropertyOptions[]>,
): Promise<INodePropertyOptions[]> {
	try {
		return await load();
	} catch (error) {
		const reason = (error as Error).message;
		return [{ name: error instanceof DropdownHint ? reason : `Could not load ${what}: ${reason}`, value: '' }];
	}
}

/** Every page of a small list (statuses, types, roles): at most a few requests of 1,000. */
export async function fetchAll(context: ILoadOptionsFunctions, path: string, qs: IDataObject = {}): Promise<IDataObject[]> {
	const all: IDataObject[] = [];
	for (let page = 1; page <= 20; page++) {
		const batch = await aworkRequest.call(context, { method: 'GET', path, qs: { ...qs, page, pageSize: 1000 } });
		const items = Array.isArray(batch) ? (batch as IDataObject[]) : [];
		all.push(...items);
		if (items.length < 1000) break;
	}
	return all;
}

/**
 * The ID chosen in a locator parameter of the node (`project`, `projectTemplate`, …), if any. The
 * locator may sit beside the dropdown in the same collection (e.g. Additional Fields › Project
 * Template next to Project Status), so that place (`&name`) is asked first, then the top level.
 */
export function chosenId(context: ILoadOptionsFunctions, parameter: string, entity: LocatorEntityKey): string | undefined {
	for (const path of [`&${parameter}`, parameter]) {
		try {
			const value = readLocator(context.getCurrentNodeParameter(path), LOCATOR_ENTITIES[entity], {
				node: context.getNode(),
				itemIndex: 0,
				field: parameter,
			});
			if (value && 'id' in value) return value.id;
		} catch {
			// Not readable here (nothing chosen yet, or not an ID): try the next place.
		}
	}
	return undefined;
}

export function toOptions(entities: IDataObject[], describe?: (entity: IDataObject) => string | undefined): INodePropertyOptions[] {
	return entities
		.map((entity) => ({
			name: String(entity.name ?? entity.id),
			value: String(entity.id),
			...(describe?.(entity) ? { description: describe(entity) } : {}),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}

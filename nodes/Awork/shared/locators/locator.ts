/**
 * One builder for every "pick an awork entity" parameter: From List (searched and paged in
 * awork), By URL (a link from awork's web app), ID (a GUID), and optionally By Key.
 */
import type { INodeProperties, INodePropertyMode } from 'n8n-workflow';

import type { Field } from '../fields/field';
import { readParameter } from '../fields/field';
import { GUID_PATTERN } from '../fields/guid';
import { inputError } from '../fields/inputError';
import { LOCATOR_ENTITIES, urlRegex, type LocatorEntityKey } from './entities';
import { readLocator } from './resolve';

function mode(
	displayName: string,
	name: string,
	type: INodePropertyMode['type'],
	rest: Omit<INodePropertyMode, 'displayName' | 'name' | 'type'>,
): INodePropertyMode {
	return { displayName, name, type, ...rest };
}

export interface LocatorOptions {
	/** Parameter name; default the entity key (`project`, `task`, …). */
	name?: string;
	displayName?: string;
	description?: string;
	/** Request value it fills; default `<entity>Id`. */
	to?: string;
	required?: boolean;
	/** Offer "By Key" and send the key to this path instead (e.g. `/projects/key/{key}`). */
	keyPath?: string;
	keyPlaceholder?: string;
}

export function locatorProperty(entityKey: LocatorEntityKey, options: LocatorOptions = {}): INodeProperties {
	const entity = LOCATOR_ENTITIES[entityKey];
	const displayName = options.displayName ?? entity.label.replace(/(^|\s)\w/g, (c) => c.toUpperCase());
	const modes: INodePropertyMode[] = [
		mode('From List', 'list', 'list', { typeOptions: { searchListMethod: entity.searchMethod, searchable: true } }),
		mode('By URL', 'url', 'string', {
			placeholder: entity.urlExample,
			validation: [{ type: 'regex', properties: { regex: urlRegex(entity), errorMessage: `Not an awork ${entity.label} link` } }],
			extractValue: { type: 'regex', regex: urlRegex(entity) },
		}),
		mode('ID', 'id', 'string', {
			placeholder: 'e.g. 3f0c2a8e-5b1d-4c6e-9f7a-2d8b1e4c6a90',
			validation: [{ type: 'regex', properties: { regex: `^\\s*${GUID_PATTERN}\\s*$`, errorMessage: 'Not an awork ID (GUID)' } }],
		}),
	];
	if (options.keyPath) {
		modes.push(mode('By Key', 'key', 'string', { placeholder: options.keyPlaceholder ?? 'e.g. PRJ-12' }));
	}
	return {
		displayName,
		name: options.name ?? entity.key,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		...(options.required === false ? {} : { required: true }),
		description:
			options.description ??
			`The ${entity.label}: pick it from the list, paste its link from awork, or enter its ID (GUID)${options.keyPath ? ' or key' : ''}`,
		modes,
	};
}

export function locator(entityKey: LocatorEntityKey, options: LocatorOptions = {}): Field {
	const entity = LOCATOR_ENTITIES[entityKey];
	const property = locatorProperty(entityKey, options);
	const to = options.to ?? `${entity.key}Id`;
	return {
		property,
		apply(context, path) {
			const raw = readParameter(context, path);
			const where = { node: context.node, itemIndex: context.itemIndex, field: property.displayName };
			const value = readLocator(raw, entity, where, Boolean(options.keyPath));
			if (!value) {
				if (options.required === false) return;
				// Describe what was typed or picked (usually nothing), not the locator's wrapper object.
				const given = typeof raw === 'object' && raw !== null && 'value' in raw ? (raw as { value: unknown }).value : raw;
				throw inputError(context.node, context.itemIndex, property.displayName, `a ${entity.label}`, given);
			}
			if ('key' in value) {
				context.path = options.keyPath!.replace('{key}', encodeURIComponent(value.key));
				return;
			}
			context.values[to] = value.id;
		},
	};
}

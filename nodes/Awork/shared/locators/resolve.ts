/**
 * Reads a resource locator's value the way every operation needs it: a picked item, a link from
 * awork's web app or a typed ID (or, where offered, a key such as a project key) — also a plain
 * string from an expression or an AI agent. The ID is checked to be a GUID before anything is sent.
 */
import type { INode } from 'n8n-workflow';

import { isBlank } from '../fields/field';
import { isGuid } from '../fields/guid';
import { inputError } from '../fields/inputError';
import { urlRegex, type LocatorEntity } from './entities';

export type LocatorValue = { id: string } | { key: string };

interface Where {
	node: INode;
	itemIndex: number;
	field: string;
}

function expectedFor(entity: LocatorEntity, withKey: boolean): string {
	return `a ${entity.label} picked from the list, an awork ${entity.label} link (${entity.urlExample}) or a ${entity.label} ID (GUID)${withKey ? ', or its key' : ''}`;
}

export function readLocator(raw: unknown, entity: LocatorEntity, where: Where, withKey = false): LocatorValue | undefined {
	const isRlc = typeof raw === 'object' && raw !== null && 'value' in raw;
	const mode = isRlc ? String((raw as { mode?: unknown }).mode ?? '') : '';
	const value = isRlc ? (raw as { value: unknown }).value : raw;
	if (isBlank(value)) return undefined;
	if (typeof value !== 'string' && typeof value !== 'number') {
		throw inputError(where.node, where.itemIndex, where.field, expectedFor(entity, withKey), value);
	}
	const text = String(value).trim();
	const fromUrl = new RegExp(urlRegex(entity), 'i').exec(text);

	if (mode === 'key') {
		if (!/^[\w.-]{1,64}$/.test(text)) throw inputError(where.node, where.itemIndex, where.field, `a ${entity.label} key such as PRJ-12`, value);
		return { key: text };
	}
	if (mode === 'url' || (!mode && /^https?:\/\//i.test(text))) {
		if (!fromUrl) throw inputError(where.node, where.itemIndex, where.field, `an awork ${entity.label} link such as ${entity.urlExample}`, value);
		return { id: fromUrl[1].toLowerCase() };
	}
	if (isGuid(text)) return { id: text.toLowerCase() };
	if (!mode && withKey && /^[\w.-]{1,64}$/.test(text)) return { key: text };
	throw inputError(where.node, where.itemIndex, where.field, expectedFor(entity, withKey), value);
}

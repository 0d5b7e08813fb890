/**
 * awork lists statuses per owner (a project, a workflow, a project template, …), each under its own
 * path. A Scope parameter picks the owner; the owner's picker is shown for its scope only and sets
 * the request path, the way a locator's key mode does.
 */
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeExecutionData, INodeProperties, PostReceiveAction } from 'n8n-workflow';

import { fillPath } from '../../shared/descriptions/operation';
import { wantedResults } from '../../shared/descriptions/paging';
import { shownWhen } from '../../shared/fields/conditional';
import type { Field, FieldContext } from '../../shared/fields/field';
import { isGuid } from '../../shared/fields/guid';
import { choice } from '../../shared/fields/scalars';
import { shown } from '../../shared/fields/structured';
import { listQueryProperties, type ListQueryEntity } from '../../shared/filter';
import { itemState } from '../../shared/routing/itemState';

export interface StatusScope {
	value: string;
	name: string;
	/** When to use this scope (an AI agent reads it too). */
	description: string;
	/** Below the API root; placeholders are filled from the values of `owner`. */
	path: string;
	/** Picks the owner, e.g. the project; none for workspace-wide lists. */
	owner?: Field;
	/** false: awork answers the whole list at once and takes no `filterby`, `orderby` or paging. */
	paged?: boolean;
}

/** A field shown and applied only for one scope. */
export function forScope(scope: string, field: Field, then?: (context: FieldContext) => void): Field {
	return shownWhen({ parameter: 'scope', value: '_scope', is: [scope], then }, field);
}

/** The Scope parameter and the owner pickers; together they set the request path. */
export function scopeFields(scopes: StatusScope[], defaultScope: string, description: string): Field[] {
	const selector = choice({
		name: 'scope',
		displayName: 'Scope',
		description,
		options: scopes.map((scope) => ({ name: scope.name, value: scope.value, description: scope.description })),
		default: defaultScope,
		required: true,
		to: '_scope',
	});
	const scopeField: Field = {
		// Fixed per node: it decides which owner fields are shown (and required).
		property: { ...selector.property, noDataExpression: true },
		apply(context, path) {
			selector.apply?.(context, path);
			const scope = scopes.find((candidate) => candidate.value === context.values._scope);
			if (scope && !scope.owner) context.path = scope.path;
		},
	};
	const owners = scopes
		.filter((scope) => scope.owner)
		.map((scope) =>
			forScope(scope.value, scope.owner!, (context) => {
				context.path = fillPath(scope.path, context.values, new Set());
			}),
		);
	return [scopeField, ...owners];
}

/** Filters and Sort for the scopes whose endpoints take them. */
export function scopedListQuery(entity: ListQueryEntity, scopes: StatusScope[]): Field[] {
	const unpaged = scopes.filter((scope) => scope.paged === false).map((scope) => scope.value);
	return listQueryProperties(entity).map((property): Field =>
		shown(unpaged.length ? ({ ...property, displayOptions: { hide: { scope: unpaged } } } as INodeProperties) : property),
	);
}

const isUnpaged = (scopes: StatusScope[], values: IDataObject) => scopes.find((scope) => scope.value === values._scope)?.paged === false;

/**
 * Before sending: statuses in their order unless the user chose a sort (the Sort parameter's own
 * preSend runs later and overrides it); no paging for an endpoint that does not page, since paging
 * it would fetch the same whole list again.
 */
export function orderAndPaging(scopes: StatusScope[]) {
	return async (context: FieldContext, request: IHttpRequestOptions): Promise<void> => {
		const qs = (request.qs ?? {}) as IDataObject;
		if (isUnpaged(scopes, context.values)) {
			delete qs.pageSize;
		} else {
			qs.orderby = 'order';
		}
		request.qs = qs;
	};
}

/** After an unpaged answer: in order, and no more than Limit. */
export function orderAndLimitUnpaged(scopes: StatusScope[]): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		if (!isUnpaged(scopes, itemState(this).values)) return items;
		const sorted = [...items].sort((a, b) => Number(a.json.order ?? 0) - Number(b.json.order ?? 0));
		return sorted.slice(0, wantedResults(this));
	};
}

export const workflowOwner = (): Field =>
	choice({
		name: 'workflowId',
		displayName: 'Workflow Name or ID',
		description: 'The workflow whose shared statuses to list.',
		loadOptionsMethod: 'getWorkflows',
		required: true,
		expected: 'a workflow ID (GUID) from the list',
		validate: isGuid,
	});

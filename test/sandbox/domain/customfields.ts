/**
 * Custom field definitions for projects and tasks (docs/api/customfields.md). Values live on the
 * entities (`customFields`); deleting a definition or an option removes the values that used it.
 */
import { notFound } from '../http/errors';
import type { Store } from '../store';
import type { HandlerTable } from '../types';
import { auditFields, customFieldDefinitionsOf, projectsOf, publicView, tasksOf, touch, type Entity } from './projects-model';
import { assertName, invalidOperation, requireBodyObject } from './projects-rules';
import { noContent, ok } from './shared/respond';

const SELECT_TYPES = ['select', 'coloredSelect'];
/** The only type changes awork allows on update (CustomFieldDefinitionPutForm.type). */
const ALLOWED_TYPE_CHANGES = new Set(['date>datetime', 'datetime>date', 'select>coloredSelect', 'coloredSelect>select']);

export interface SelectionOptionForm { value: string; color?: string | null; order: number }

export function newCustomFieldDefinition(
	store: Store,
	actorId: string,
	form: { name: string; type: string; entity: string; order?: number | null; selectionOptions?: SelectionOptionForm[] | null },
): Entity {
	assertName(form.name);
	const options = form.selectionOptions ?? [];
	if (options.length > 0 && !SELECT_TYPES.includes(form.type)) {
		throw invalidOperation('Selection options can only be given for select custom fields.');
	}
	if (form.entity === 'project' && (form.order === undefined || form.order === null)) {
		throw invalidOperation('Project custom field definitions need an order (they are ordered workspace-wide).');
	}
	return customFieldDefinitionsOf(store).insert({
		id: store.newId(),
		name: form.name,
		entity: form.entity,
		type: form.type,
		...auditFields(store, actorId),
		order: form.entity === 'project' ? form.order : null,
		isExternal: false,
		selectionOptions: options.map((o) => newOption(store, o)),
	});
}

function newOption(store: Store, form: SelectionOptionForm) {
	assertName(form.value, 'Value');
	return { id: store.newId(), value: form.value, color: form.color ?? null, order: form.order };
}

/** Projects linked directly or through their workflow. */
export function linkedProjectIds(store: Store, definitionId: string): string[] {
	const workflows = store.collection<Entity>('workflows');
	return projectsOf(store)
		.where((p) =>
			p._customFieldLinks.some((l) => l.customFieldDefinitionId === definitionId) ||
			(!!p.workflowId && (workflows.get(p.workflowId)?._customFieldLinks ?? []).some((l: any) => l.customFieldDefinitionId === definitionId)),
		)
		.map((p) => p.id);
}

/** Drops values of the definition (or only those pointing at one of its options) everywhere. */
function dropValues(store: Store, definitionId: string, optionId?: string): void {
	const keep = (v: Record<string, any>) =>
		v.customFieldDefinitionId !== definitionId || (optionId !== undefined && v.selectionOptionIdValue !== optionId);
	for (const entity of [...projectsOf(store).all(), ...tasksOf(store).all()]) {
		if (Array.isArray(entity.customFields)) entity.customFields = entity.customFields.filter(keep);
	}
}

function requireOption(definition: Entity, optionId: string) {
	const option = definition.selectionOptions.find((o: any) => o.id === optionId.toLowerCase());
	if (!option) throw notFound('selection option', optionId);
	return option;
}

export const customFieldHandlers: HandlerTable = {
	'GET /customfielddefinitions': (req, ctx) => {
		const withLinks = String(req.query.includeLinkedProjectIds ?? 'false').toLowerCase() === 'true';
		const items = customFieldDefinitionsOf(ctx.store).all().map((d) => ({
			...publicView(d),
			...(withLinks ? { linkedProjectIds: linkedProjectIds(ctx.store, d.id) } : {}),
		}));
		return ctx.list(req, items);
	},
	'POST /customfielddefinitions': (req, ctx) =>
		ok(publicView(newCustomFieldDefinition(ctx.store, req.userId, requireBodyObject(req) as any))),
	'PUT /customfielddefinitions/{customFieldDefinitionId}': (req, ctx) => {
		const definition = customFieldDefinitionsOf(ctx.store).require(req.params.customFieldDefinitionId);
		const form = requireBodyObject(req);
		assertName(form.name);
		if (form.type !== definition.type && !ALLOWED_TYPE_CHANGES.has(`${definition.type}>${form.type}`)) {
			throw invalidOperation(`The type of a custom field cannot change from '${definition.type}' to '${form.type}'.`);
		}
		definition.name = form.name;
		definition.type = form.type;
		if (definition.entity === 'project' && typeof form.order === 'number') definition.order = form.order;
		touch(ctx.store, definition, req.userId);
		const { selectionOptions: _options, ...plain } = publicView(definition);
		return ok(plain);
	},
	'DELETE /customfielddefinitions/{customFieldDefinitionId}': (req, ctx) => {
		const store = ctx.store;
		const definition = customFieldDefinitionsOf(store).require(req.params.customFieldDefinitionId);
		dropValues(store, definition.id);
		const unlink = (owner: Entity) => {
			if (Array.isArray(owner._customFieldLinks)) {
				owner._customFieldLinks = owner._customFieldLinks.filter((l: any) => l.customFieldDefinitionId !== definition.id);
			}
		};
		for (const name of ['projects', 'projectTemplates', 'workflows']) store.collection<Entity>(name).all().forEach(unlink);
		customFieldDefinitionsOf(store).delete(definition.id);
		return noContent();
	},
	'POST /customfielddefinitions/{customFieldDefinitionId}/selectionoptions': (req, ctx) => {
		const definition = customFieldDefinitionsOf(ctx.store).require(req.params.customFieldDefinitionId);
		if (!SELECT_TYPES.includes(definition.type)) throw invalidOperation('Only select custom fields have selection options.');
		const option = newOption(ctx.store, requireBodyObject(req) as SelectionOptionForm);
		definition.selectionOptions.push(option);
		touch(ctx.store, definition, req.userId);
		return ok(option);
	},
	'PUT /customfielddefinitions/{customFieldDefinitionId}/selectionoptions/{selectionOptionId}': (req, ctx) => {
		const definition = customFieldDefinitionsOf(ctx.store).require(req.params.customFieldDefinitionId);
		const option = requireOption(definition, req.params.selectionOptionId);
		const form = requireBodyObject(req) as SelectionOptionForm;
		assertName(form.value, 'Value');
		Object.assign(option, { value: form.value, color: form.color ?? null, order: form.order });
		touch(ctx.store, definition, req.userId);
		return ok(option);
	},
	'DELETE /customfielddefinitions/{customFieldDefinitionId}/selectionoptions/{selectionOptionId}': (req, ctx) => {
		const definition = customFieldDefinitionsOf(ctx.store).require(req.params.customFieldDefinitionId);
		const option = requireOption(definition, req.params.selectionOptionId);
		definition.selectionOptions = definition.selectionOptions.filter((o: any) => o.id !== option.id);
		dropValues(ctx.store, definition.id, option.id);
		touch(ctx.store, definition, req.userId);
		return noContent();
	},
};

/**
 * Custom fields on projects: link/unlink definitions and set values. Project custom fields are
 * available on every project once defined (docs/psa-agentursoftware-integration.md sets the value
 * right after creating a project), so a value needs no link; it is accepted only for a project
 * definition and only in the slot its type uses. Links order the fields a project shows.
 */
import { notFound } from '../http/errors';
import type { Store } from '../store';
import type { HandlerTable } from '../types';
import { companiesOf, customFieldDefinitionsOf, projectsOf, publicView, touch, usersOf, workflowsOf, type Entity, type StoredProject } from './projects-model';
import { assertProjectWritable, bodyArray, invalidOperation, requireBodyObject } from './projects-rules';
import { renderProject } from './projects-view';
import { emit } from './shared/changes';
import { noContent } from './shared/respond';

/** Which value property each definition type accepts (CustomFieldPostForm). */
const VALUE_SLOT: Record<string, string> = {
	text: 'textValue', link: 'textValue', number: 'numberValue', date: 'dateValue', datetime: 'dateValue',
	select: 'selectionOptionIdValue', coloredSelect: 'selectionOptionIdValue', boolean: 'booleanValue',
	user: 'userIdValue', client: 'clientIdValue',
};
const SLOTS = ['textValue', 'numberValue', 'dateValue', 'selectionOptionIdValue', 'booleanValue', 'userIdValue', 'clientIdValue'];

export function linkedDefinitionIds(store: Store, project: StoredProject): string[] {
	const viaWorkflow = project.workflowId ? (workflowsOf(store).get(project.workflowId)?._customFieldLinks ?? []) : [];
	return [...project._customFieldLinks, ...viaWorkflow].map((l: { customFieldDefinitionId: string }) => l.customFieldDefinitionId);
}

function toValue(store: Store, definition: Entity, form: Record<string, any>): Record<string, any> {
	const slot = VALUE_SLOT[definition.type];
	const misplaced = SLOTS.filter((s) => s !== slot && form[s] !== undefined && form[s] !== null);
	if (misplaced.length > 0) throw invalidOperation(`A '${definition.type}' custom field does not take ${misplaced.join(', ')}.`);
	const value: Record<string, any> = { customFieldDefinitionId: definition.id, [slot]: form[slot] ?? null };
	const raw = form[slot];
	if (raw == null) return value;
	if (slot === 'selectionOptionIdValue') {
		const option = definition.selectionOptions.find((o: any) => o.id === String(raw).toLowerCase());
		if (!option) throw notFound('selection option', raw);
		value.selectionOptionIdValue = option.id;
		value.selectionOption = { ...option };
	} else if (slot === 'userIdValue') value.userIdValue = usersOf(store).require(raw).id;
	else if (slot === 'clientIdValue') value.clientIdValue = companiesOf(store).require(raw).id;
	return value;
}

export const projectCustomFieldHandlers: HandlerTable = {
	'GET /projects/{projectId}/customfielddefinitions': (req, ctx) => {
		const project = projectsOf(ctx.store).require(req.params.projectId);
		const ids = linkedDefinitionIds(ctx.store, project);
		return ctx.list(req, ids.map((id) => customFieldDefinitionsOf(ctx.store).get(id)).filter((d): d is Entity => !!d).map(publicView));
	},

	'POST /projects/{projectId}/linkcustomfielddefinition': (req, ctx) => {
		const project = projectsOf(ctx.store).require(req.params.projectId);
		const form = requireBodyObject(req);
		const definition = customFieldDefinitionsOf(ctx.store).require(form.customFieldDefinitionId);
		if (!linkedDefinitionIds(ctx.store, project).includes(definition.id)) {
			project._customFieldLinks.push({ customFieldDefinitionId: definition.id, order: Number(form.order) || 0 });
			touch(ctx.store, project, req.userId);
		}
		return noContent();
	},

	/** Unlinking drops the project's value of that field. */
	'POST /projects/{projectId}/unlinkcustomfielddefinition': (req, ctx) => {
		const project = projectsOf(ctx.store).require(req.params.projectId);
		const id = String(requireBodyObject(req).customFieldDefinitionId).toLowerCase();
		customFieldDefinitionsOf(ctx.store).require(id);
		if (!project._customFieldLinks.some((l) => l.customFieldDefinitionId === id)) {
			throw invalidOperation('The custom field definition is not linked to this project (or only via its workflow).');
		}
		project._customFieldLinks = project._customFieldLinks.filter((l) => l.customFieldDefinitionId !== id);
		project.customFields = project.customFields.filter((v) => v.customFieldDefinitionId !== id);
		touch(ctx.store, project, req.userId);
		return noContent();
	},

	'POST /projects/{projectId}/setcustomfields': (req, ctx) => {
		const store = ctx.store;
		const project = projectsOf(store).require(req.params.projectId);
		assertProjectWritable(project);
		const changes = [];
		for (const form of bodyArray<Record<string, any>>(req)) {
			const definition = customFieldDefinitionsOf(store).require(form.customFieldDefinitionId);
			if (definition.entity !== 'project') throw invalidOperation(`'${definition.name}' is a task custom field.`);
			const value = toValue(store, definition, form);
			const old = project.customFields.find((v) => v.customFieldDefinitionId === definition.id);
			project.customFields = project.customFields.filter((v) => v !== old);
			project.customFields.push(value);
			changes.push({ property: 'CustomFields', old: old ?? null, new: value });
		}
		if (changes.length > 0) {
			touch(store, project, req.userId);
			emit(ctx, req, 'project_updated', 'project', renderProject(store, project), changes);
		}
		return noContent();
	},
};

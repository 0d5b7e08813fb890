/** The locator field: its editor modes (checked the way n8n checks them) and what its `apply` writes. */
import { NodeOperationError, safeRegex, type IDataObject, type IExecuteSingleFunctions, type IHttpRequestOptions, type INode, type INodePropertyMode } from 'n8n-workflow';

import { Awork } from '../../../../../nodes/Awork/Awork.node';
import type { FieldContext } from '../../../../../nodes/Awork/shared/fields/field';
import { LOCATOR_ENTITIES, type LocatorEntityKey } from '../../../../../nodes/Awork/shared/locators/entities';
import { locator, locatorProperty } from '../../../../../nodes/Awork/shared/locators/locator';

const node: INode = { id: 'n', name: 'awork', type: 'awork', typeVersion: 1, position: [0, 0], parameters: {} };
const P = '3f0c2a8e-5b1d-4c6e-9f7a-2d8b1e4c6a90';

function contextWith(parameters: IDataObject, itemIndex = 0): FieldContext {
	const fn = {
		getNodeParameter: (path: string, fallback?: unknown) => (parameters[path] === undefined ? fallback : parameters[path]),
	} as unknown as IExecuteSingleFunctions;
	return { fn, node, itemIndex, values: {}, request: {} as IHttpRequestOptions };
}

const modeOf = (entity: LocatorEntityKey, name: string) => (locatorProperty(entity).modes as INodePropertyMode[]).find((m) => m.name === name)!;
const validationRegex = (mode: INodePropertyMode) => (mode.validation![0] as unknown as { properties: { regex: string } }).properties.regex;

describe('locator property', () => {
	it.each(Object.keys(LOCATOR_ENTITIES) as LocatorEntityKey[])('%s: From List searches with a method the node has', (entity) => {
		const list = modeOf(entity, 'list');
		expect(list.typeOptions).toEqual({ searchListMethod: LOCATOR_ENTITIES[entity].searchMethod, searchable: true });
		expect(Object.keys(new Awork().methods.listSearch)).toContain(LOCATOR_ENTITIES[entity].searchMethod);
	});

	it("By URL: n8n's validation and value extraction take a link with trailing path and query, and give the ID", () => {
		const url = modeOf('project', 'url');
		const link = `https://acme.awork.com/projects/${P}/tasks?view=board`;
		expect(safeRegex.test(validationRegex(url), link)).toBe(true);
		expect(safeRegex.exec((url.extractValue as { regex: string }).regex, link)?.[1]).toBe(P);
		expect(safeRegex.test(validationRegex(url), `https://acme.awork.com/users/${P}`)).toBe(false);
		expect(url.placeholder).toBe(LOCATOR_ENTITIES.project.urlExample);
	});

	it("ID: n8n's validation takes a GUID in any case, with spaces around, and nothing else", () => {
		const regex = validationRegex(modeOf('task', 'id'));
		expect(safeRegex.test(regex, P.toUpperCase())).toBe(true);
		expect(safeRegex.test(regex, ` ${P} `)).toBe(true);
		expect(safeRegex.test(regex, `${P}0`)).toBe(false);
		expect(safeRegex.test(regex, 'PRJ-12')).toBe(false);
	});

	it('offers By Key only with a key path, and is required unless told otherwise', () => {
		expect((locatorProperty('project').modes ?? []).map((m) => m.name)).toEqual(['list', 'url', 'id']);
		const withKey = locatorProperty('project', { keyPath: '/projects/key/{key}' });
		expect((withKey.modes ?? []).map((m) => m.name)).toEqual(['list', 'url', 'id', 'key']);
		expect(withKey).toMatchObject({ name: 'project', displayName: 'Project', type: 'resourceLocator', required: true, default: { mode: 'list', value: '' } });
		expect(withKey.description).toMatch(/ or key$/);
		expect(locatorProperty('taskList', { required: false, name: 'list' })).toMatchObject({ name: 'list', displayName: 'Task List' });
		expect(locatorProperty('taskList', { required: false }).required).toBeUndefined();
	});
});

describe('locator apply', () => {
	it('writes the ID as <entity>Id, or where `to` says', async () => {
		const field = locator('taskList');
		const context = contextWith({ taskList: { __rl: true, mode: 'id', value: P.toUpperCase() } });
		await field.apply!(context, 'taskList');
		expect(context.values).toEqual({ taskListId: P });

		const moved = locator('project', { name: 'targetProject', to: 'projectId' });
		const other = contextWith({ targetProject: { __rl: true, mode: 'url', value: `https://acme.awork.com/projects/${P}` } });
		await moved.apply!(other, 'targetProject');
		expect(other.values).toEqual({ projectId: P });
	});

	it('sends a key to the key path instead, URL-encoded', async () => {
		const field = locator('project', { keyPath: '/projects/key/{key}' });
		const context = contextWith({ project: { __rl: true, mode: 'key', value: 'WEB.2' } });
		await field.apply!(context, 'project');
		expect(context.path).toBe('/projects/key/WEB.2');
		expect(context.values).toEqual({});
	});

	it('refuses nothing chosen when required, and lets an optional one be empty', async () => {
		const required = locator('user');
		const context = contextWith({ user: { __rl: true, mode: 'list', value: '' } }, 5);
		expect(() => required.apply!(context, 'user')).toThrow(new NodeOperationError(node, "Invalid 'User' on item 5: expected a user, got an empty value"));
		expect(() => required.apply!(contextWith({ user: undefined }), 'user')).toThrow("Invalid 'User' on item 0: expected a user, got nothing");

		const optionalField = locator('company', { required: false });
		const empty = contextWith({ company: { __rl: true, mode: 'list', value: '' } });
		await optionalField.apply!(empty, 'company');
		expect(empty.values).toEqual({});
	});

	it('names its display name and the item in a refusal', async () => {
		const field = locator('company', { displayName: 'Client' });
		const context = contextWith({ company: 'Acme' }, 1);
		expect(() => field.apply!(context, 'company')).toThrow(/^Invalid 'Client' on item 1: expected a company picked from the list/);
		expect(context.values).toEqual({});
	});
});

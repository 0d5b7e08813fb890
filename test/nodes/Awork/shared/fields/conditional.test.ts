/** shownWhen: a field shown and applied only while another field has one of some values. */
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INode } from 'n8n-workflow';

import { shownWhen } from '../../../../../nodes/Awork/shared/fields/conditional';
import type { FieldContext } from '../../../../../nodes/Awork/shared/fields/field';
import { choice, text } from '../../../../../nodes/Awork/shared/fields/scalars';

const node: INode = { id: 'n', name: 'awork', type: 'awork', typeVersion: 1, position: [0, 0], parameters: {} };

function contextWith(parameters: IDataObject): FieldContext {
	const fn = { getNodeParameter: (path: string, fallback?: unknown) => parameters[path] ?? fallback } as unknown as IExecuteSingleFunctions;
	return { fn, node, itemIndex: 0, values: {}, request: {} as IHttpRequestOptions };
}

const kind = choice({
	name: 'taskType',
	displayName: 'Task Type',
	description: 'd',
	options: [
		{ name: 'Project', value: 'projecttask' },
		{ name: 'Private', value: 'private' },
	],
	to: 'baseType',
});
const projectName = shownWhen(
	{ parameter: 'taskType', value: 'baseType', is: ['projecttask'], then: (context) => (context.path = '/projects') },
	text({ name: 'projectName', displayName: 'Project Name', description: 'd', required: true }),
);

async function applyBoth(parameters: IDataObject): Promise<FieldContext> {
	const context = contextWith(parameters);
	await kind.apply!(context, 'taskType');
	await projectName.apply!(context, 'projectName');
	return context;
}

describe('shownWhen', () => {
	it('shows the field only for the given values, keeping its other display rules', () => {
		expect(projectName.property.displayOptions).toEqual({ show: { taskType: ['projecttask'] } });
		const nested = shownWhen({ parameter: 'scope', is: ['a'] }, { property: { ...text({ name: 'x', displayName: 'X', description: 'd' }).property, displayOptions: { show: { mode: ['m'] } } } });
		expect(nested.property.displayOptions).toEqual({ show: { mode: ['m'], scope: ['a'] } });
	});

	it('applies the field, then `then`, while the controlling value matches', async () => {
		const context = await applyBoth({ taskType: 'projecttask', projectName: ' Web ' });
		expect(context.values).toEqual({ baseType: 'projecttask', projectName: 'Web' });
		expect(context.path).toBe('/projects');
	});

	it('ignores the hidden field, even a required one left empty or holding an old value', async () => {
		expect((await applyBoth({ taskType: 'private', projectName: '' })).values).toEqual({ baseType: 'private' });
		const stale = await applyBoth({ taskType: 'private', projectName: 'left over' });
		expect(stale.values).toEqual({ baseType: 'private' });
		expect(stale.path).toBeUndefined();
	});

	it('still checks the shown field', async () => {
		await expect(applyBoth({ taskType: 'projecttask', projectName: '' })).rejects.toThrow("Invalid 'Project Name' on item 0");
	});
});

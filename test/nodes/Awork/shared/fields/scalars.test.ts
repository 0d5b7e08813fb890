/** Text, number, boolean and choice fields: what each accepts, what it writes, and how it refuses. */
import { NodeOperationError, type IDataObject, type IExecuteSingleFunctions, type IHttpRequestOptions, type INode } from 'n8n-workflow';

import type { Field, FieldContext } from '../../../../../nodes/Awork/shared/fields/field';
import { isGuid } from '../../../../../nodes/Awork/shared/fields/guid';
import { boolean, choice, number, text } from '../../../../../nodes/Awork/shared/fields/scalars';

const node: INode = { id: 'n', name: 'awork', type: 'awork', typeVersion: 1, position: [0, 0], parameters: {} };

/** A FieldContext whose `fn.getNodeParameter(path)` reads the given parameters (dotted paths). */
function contextWith(parameters: Record<string, unknown>, itemIndex = 0): FieldContext {
	const read = (path: string, fallback?: unknown) => {
		const value = path.split('.').reduce<unknown>((parent, key) => (parent as IDataObject | undefined)?.[key], parameters);
		return value === undefined ? fallback : value;
	};
	const fn = { getNodeParameter: read, getTimezone: () => 'UTC' } as unknown as IExecuteSingleFunctions;
	return { fn, node, itemIndex, values: {}, request: {} as IHttpRequestOptions };
}

/** The values a field writes for a parameter value (the parameter is named as the field). */
async function applied(field: Field, value: unknown, itemIndex = 0): Promise<IDataObject> {
	const context = contextWith({ [field.property.name]: value }, itemIndex);
	await field.apply!(context, field.property.name);
	return context.values;
}

async function refusal(field: Field, value: unknown, itemIndex = 0): Promise<NodeOperationError> {
	const error = await Promise.resolve()
		.then(async () => await applied(field, value, itemIndex))
		.then(
			() => undefined,
			(e: unknown) => e,
		);
	expect(error).toBeInstanceOf(NodeOperationError);
	return error as NodeOperationError;
}

describe('text', () => {
	const name = text({ name: 'name', displayName: 'Name', description: 'The name', required: true });
	const note = text({ name: 'note', displayName: 'Note', description: 'A note', multiline: true, to: 'description' });

	it('trims a single-line value and writes it under its name', async () => {
		expect(await applied(name, '  Website  ')).toEqual({ name: 'Website' });
		expect(await applied(name, 42)).toEqual({ name: '42' });
	});

	it('keeps a multi-line value as written and writes it where `to` says', async () => {
		expect(await applied(note, '  line 1\nline 2 ')).toEqual({ description: '  line 1\nline 2 ' });
		expect(note.property).toMatchObject({ type: 'string', typeOptions: { rows: 4 } });
	});

	it('refuses a blank required value, naming field and item', async () => {
		for (const blank of ['', '   ', undefined, null]) {
			const error = await refusal(name, blank, 2);
			expect(error.message).toMatch(/^Invalid 'Name' on item 2: expected a non-empty text, got /);
		}
		expect((await refusal(name, '  ', 1)).message).toBe("Invalid 'Name' on item 1: expected a non-empty text, got an empty value");
	});

	it('leaves a blank optional value out', async () => {
		expect(await applied(note, '')).toEqual({});
		expect(await applied(note, '   ')).toEqual({});
	});

	it('refuses an object', async () => {
		expect((await refusal(name, { a: 1 })).message).toBe(`Invalid 'Name' on item 0: expected a text, got {"a":1}`);
	});

	it('declares a required string parameter', () => {
		expect(name.property).toEqual({ displayName: 'Name', name: 'name', description: 'The name', required: true, type: 'string', default: '' });
	});
});

describe('number', () => {
	const count = number({ name: 'count', displayName: 'Count', description: 'How many', integer: true, min: 1 });
	const share = number({ name: 'share', displayName: 'Share', description: 'A share', min: 0, max: 1 });
	const any = number({ name: 'any', displayName: 'Any', description: 'Any number', required: true });

	it('takes numbers and numeric text', async () => {
		expect(await applied(count, 3)).toEqual({ count: 3 });
		expect(await applied(count, ' 12 ')).toEqual({ count: 12 });
		expect(await applied(share, '0.25')).toEqual({ share: 0.25 });
		expect(await applied(any, -7.5)).toEqual({ any: -7.5 });
	});

	it('refuses fractions for whole numbers and values below the minimum', async () => {
		expect((await refusal(count, 2.5)).message).toBe("Invalid 'Count' on item 0: expected a whole number of at least 1, got '2.5'");
		expect((await refusal(count, '0')).message).toBe("Invalid 'Count' on item 0: expected a whole number of at least 1, got '0'");
	});

	it('names both bounds when there are two', async () => {
		expect((await refusal(share, 1.5)).message).toBe("Invalid 'Share' on item 0: expected a number of at least 0 and at most 1, got '1.5'");
		expect((await refusal(share, -0.1)).message).toMatch(/expected a number of at least 0 and at most 1/);
	});

	it('refuses what is not a finite number', async () => {
		for (const bad of ['abc', '12abc', Number.NaN, Number.POSITIVE_INFINITY, true, { n: 1 }]) {
			expect((await refusal(any, bad)).message).toMatch(/^Invalid 'Any' on item 0: expected a number, got /);
		}
	});

	it('leaves a blank optional value out and refuses a blank required one', async () => {
		expect(await applied(count, '')).toEqual({});
		expect(await applied(count, undefined)).toEqual({});
		expect((await refusal(any, '')).message).toBe("Invalid 'Any' on item 0: expected a number, got an empty value");
	});

	it('tells the editor its bounds and precision', () => {
		expect(count.property.typeOptions).toEqual({ minValue: 1, numberPrecision: 0 });
		expect(share.property.typeOptions).toEqual({ minValue: 0, maxValue: 1 });
		expect(count.property.default).toBe('');
		expect(any.property.default).toBe(0);
	});
});

describe('boolean', () => {
	const flag = boolean({ name: 'isPrio', displayName: 'Priority', description: 'Whether it is a priority' });

	it('takes booleans and the texts true and false (from expressions)', async () => {
		expect(await applied(flag, true)).toEqual({ isPrio: true });
		expect(await applied(flag, false)).toEqual({ isPrio: false });
		expect(await applied(flag, 'true')).toEqual({ isPrio: true });
		expect(await applied(flag, 'false')).toEqual({ isPrio: false });
	});

	it('refuses anything else', async () => {
		for (const bad of ['yes', 1, 0, 'TRUE ', null]) {
			expect((await refusal(flag, bad, 4)).message).toMatch(/^Invalid 'Priority' on item 4: expected true or false, got /);
		}
		expect((await refusal(flag, 'yes')).message).toBe("Invalid 'Priority' on item 0: expected true or false, got 'yes'");
	});

	it('writes nothing when the parameter is absent', async () => {
		expect(await applied(flag, undefined)).toEqual({});
	});
});

describe('choice', () => {
	const color = choice({
		name: 'color',
		displayName: 'Color',
		description: 'The color',
		options: [
			{ name: 'Red', value: 'red' },
			{ name: 'Blue', value: 'blue' },
		],
	});
	const narrowed = choice({ name: 'mode', displayName: 'Mode', description: 'The mode', allowed: ['a', 'b'], required: true });
	const status = choice({
		name: 'statusId',
		displayName: 'Status Name or ID',
		description: 'The status.',
		loadOptionsMethod: 'getTaskStatuses',
		dependsOn: ['project.value'],
		validate: isGuid,
		expected: 'a task status ID (GUID) from the list',
	});
	const unexplained = choice({ name: 'typeId', displayName: 'Type Name or ID', description: 'The type.', loadOptionsMethod: 'getProjectTypes', validate: isGuid });

	it('takes one of its options, trimmed', async () => {
		expect(await applied(color, ' blue ')).toEqual({ color: 'blue' });
	});

	it('refuses a value that is not one of its options, listing them', async () => {
		expect((await refusal(color, 'green')).message).toBe("Invalid 'Color' on item 0: expected one of 'red', 'blue', got 'green'");
		expect((await refusal(narrowed, 'c')).message).toBe("Invalid 'Mode' on item 0: expected one of 'a', 'b', got 'c'");
		expect((await refusal(narrowed, '')).message).toBe("Invalid 'Mode' on item 0: expected a value from the list, got an empty value");
	});

	it("checks a loaded choice with its validator and sends an ID in awork's lower case", async () => {
		const id = '3F0C2A8E-5B1D-4C6E-9F7A-2D8B1E4C6A90';
		expect(await applied(status, id)).toEqual({ statusId: id.toLowerCase() });
		expect((await refusal(status, 'In progress')).message).toBe(
			"Invalid 'Status Name or ID' on item 0: expected a task status ID (GUID) from the list, got 'In progress'",
		);
		expect(await applied(status, '')).toEqual({});
	});

	it('explains a refusal even when the field names no expected value', async () => {
		expect((await refusal(unexplained, 'Website')).message).toBe("Invalid 'Type Name or ID' on item 0: expected a value from the list, got 'Website'");
	});

	it('declares a loaded choice with its method, what it depends on, and how to give an ID', () => {
		expect(status.property).toMatchObject({
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getTaskStatuses', loadOptionsDependsOn: ['project.value'] },
			default: '',
		});
		expect(status.property.description).toMatch(/^The status\. Choose from the list, or specify an ID using an <a href=/);
		expect(color.property.options).toHaveLength(2);
	});
});

/** JSON, name and ID lists, and the optional-fields collection: parsing, checks, and what is left out. */
import { NodeOperationError, type IDataObject, type IExecuteSingleFunctions, type IHttpRequestOptions, type INode } from 'n8n-workflow';

import type { Field, FieldContext } from '../../../../../nodes/Awork/shared/fields/field';
import { text } from '../../../../../nodes/Awork/shared/fields/scalars';
import { id, ids, json, names, optional, parseJson, shown, toList } from '../../../../../nodes/Awork/shared/fields/structured';

const node: INode = { id: 'n', name: 'awork', type: 'awork', typeVersion: 1, position: [0, 0], parameters: {} };
const A = '3f0c2a8e-5b1d-4c6e-9f7a-2d8b1e4c6a90';
const B = '9a1b7c2d-0e3f-4a5b-8c6d-7e8f9a0b1c2d';

/** A FieldContext whose `fn.getNodeParameter(path)` reads the given parameters (dotted paths), recording what was read. */
function contextWith(parameters: Record<string, unknown>, itemIndex = 0): FieldContext & { read: string[] } {
	const read: string[] = [];
	const fn = {
		getNodeParameter: (path: string, fallback?: unknown) => {
			read.push(path);
			const value = path.split('.').reduce<unknown>((parent, key) => (parent as IDataObject | undefined)?.[key], parameters);
			return value === undefined ? fallback : value;
		},
		getTimezone: () => 'UTC',
	} as unknown as IExecuteSingleFunctions;
	return { fn, node, itemIndex, values: {}, request: {} as IHttpRequestOptions, read };
}

async function applied(field: Field, value: unknown): Promise<IDataObject> {
	const context = contextWith({ [field.property.name]: value });
	await field.apply!(context, field.property.name);
	return context.values;
}

async function refusalMessage(field: Field, value: unknown, itemIndex = 0): Promise<string> {
	const context = contextWith({ [field.property.name]: value }, itemIndex);
	try {
		await field.apply!(context, field.property.name);
	} catch (error) {
		expect(error).toBeInstanceOf(NodeOperationError);
		return (error as Error).message;
	}
	throw new Error(`${JSON.stringify(value)} was accepted`);
}

describe('json', () => {
	const body = json({ name: 'body', displayName: 'Body', description: 'The body', required: true });
	const extra = json({ name: 'extra', displayName: 'Extra', description: 'More', expected: 'a JSON object such as {"a": 1}', to: 'payload' });

	it('parses JSON text and passes objects from expressions through', async () => {
		expect(await applied(body, '{"name": "x", "tags": [1, 2]}')).toEqual({ body: { name: 'x', tags: [1, 2] } });
		expect(await applied(body, { already: 'parsed' })).toEqual({ body: { already: 'parsed' } });
		expect(await applied(extra, '[{"a":1}]')).toEqual({ payload: [{ a: 1 }] });
	});

	it("refuses text that is not JSON, with the parser's reason", async () => {
		const message = await refusalMessage(body, '{name: x}', 2);
		expect(message).toMatch(/^Invalid 'Body' on item 2: expected valid JSON \(.+\), got '\{name: x\}'$/);
		expect(message).toContain(`(${jsonError('{name: x}')})`);
		expect(await refusalMessage(extra, '{"a": 1,}')).toMatch(/^Invalid 'Extra' on item 0: expected a JSON object such as \{"a": 1\} \(/);
	});

	it('leaves a blank optional value out and refuses a blank required one', async () => {
		expect(await applied(extra, '  ')).toEqual({});
		expect(await refusalMessage(body, '')).toBe("Invalid 'Body' on item 0: expected valid JSON, got an empty value");
	});
});

function jsonError(text: string): string {
	try {
		JSON.parse(text);
	} catch (error) {
		return (error as Error).message;
	}
	return '';
}

describe('names', () => {
	const tags = names({ name: 'tags', displayName: 'Tags', description: 'Tag names, comma-separated', required: true });
	const labels = names({ name: 'labels', displayName: 'Labels', description: 'Labels', to: 'tagNames' });

	it('splits at commas, trims, drops blanks and duplicates', async () => {
		expect(await applied(tags, ' urgent, client , ,urgent,')).toEqual({ tags: ['urgent', 'client'] });
	});

	it('takes an array from an expression', async () => {
		expect(await applied(labels, [' a ', 'b', 'a', '', 3])).toEqual({ tagNames: ['a', 'b', '3'] });
	});

	it('leaves an empty optional list out and refuses an empty required one', async () => {
		expect(await applied(labels, ' , ')).toEqual({});
		expect(await applied(labels, [])).toEqual({});
		expect(await refusalMessage(tags, ' , ', 1)).toBe("Invalid 'Tags' on item 1: expected at least one name, got ' , '");
	});

	it('toList works on single values too', () => {
		expect(toList('x')).toEqual(['x']);
		expect(toList(7)).toEqual(['7']);
		expect(toList(undefined)).toEqual([]);
		expect(toList(null)).toEqual([]);
	});
});

describe('ids', () => {
	const assignees = ids({ name: 'userIds', displayName: 'User IDs', description: 'Users', entity: 'user', required: true });
	const related = ids({ name: 'related', displayName: 'Related Tasks', description: 'Tasks', entity: 'task' });

	it('takes GUIDs separated by commas or as an array, in lower case', async () => {
		expect(await applied(assignees, ` ${A.toUpperCase()} , ${B}, ${A}`)).toEqual({ userIds: [A, B] });
		expect(await applied(related, [B.toUpperCase()])).toEqual({ related: [B] });
	});

	it('names the entry that is not an ID', async () => {
		expect(await refusalMessage(assignees, `${A}, Jonas, ${B}`, 3)).toBe(
			"Invalid 'User IDs' on item 3: expected user IDs (GUIDs) separated by commas, got 'Jonas'",
		);
		expect(await refusalMessage(related, `${A}x`)).toBe(`Invalid 'Related Tasks' on item 0: expected task IDs (GUIDs) separated by commas, got '${A}x'`);
	});

	it('leaves an empty optional list out and refuses an empty required one', async () => {
		expect(await applied(related, '')).toEqual({});
		expect(await refusalMessage(assignees, '')).toBe("Invalid 'User IDs' on item 0: expected at least one user ID, got an empty value");
	});
});

describe('optional', () => {
	const description = text({ name: 'description', displayName: 'Description', description: 'What it is about' });
	const color = text({ name: 'color', displayName: 'Color', description: 'The color', required: true });
	const fields = optional({ name: 'additionalFields', displayName: 'Additional Fields', fields: [description, color, shown({ displayName: 'Note', name: 'note', type: 'notice', default: '' })] });

	it('applies only the children the user added, at their path in the collection', async () => {
		const context = contextWith({ additionalFields: { color: ' blue ' } });
		await fields.apply!(context, 'additionalFields');
		expect(context.values).toEqual({ color: 'blue' });
		expect(context.read).toEqual(['additionalFields', 'additionalFields.color']);
	});

	it('applies nothing when nothing was added', async () => {
		const context = contextWith({});
		await fields.apply!(context, 'additionalFields');
		expect(context.values).toEqual({});
	});

	it("stops at an added child's bad value", async () => {
		const context = contextWith({ additionalFields: { description: 'fine', color: '  ' } }, 2);
		await expect(fields.apply!(context, 'additionalFields')).rejects.toThrow("Invalid 'Color' on item 2: expected a non-empty text, got an empty value");
	});

	it('declares a collection of its children', () => {
		expect(fields.property).toMatchObject({ type: 'collection', name: 'additionalFields', placeholder: 'Add Field', default: {} });
		expect((fields.property.options as Array<{ name: string }>).map((o) => o.name)).toEqual(['description', 'color', 'note']);
	});
});

describe('id', () => {
	const commentId = id({ name: 'commentId', displayName: 'Comment ID', description: 'd', required: true, expected: 'a comment ID (GUID)' });
	const replyTo = id({ name: 'inReplyTo', displayName: 'In Reply To', description: 'd', expected: 'a comment ID (GUID)' });

	it('sends one GUID in lower case', async () => {
		expect(await applied(commentId, ` ${A.toUpperCase()} `)).toEqual({ commentId: A });
	});

	it('leaves an optional blank one out and refuses a required blank one or a non-GUID', async () => {
		expect(await applied(replyTo, '')).toEqual({});
		expect(await refusalMessage(commentId, '')).toBe("Invalid 'Comment ID' on item 0: expected a comment ID (GUID), got an empty value");
		expect(await refusalMessage(replyTo, 'abc', 3)).toBe("Invalid 'In Reply To' on item 3: expected a comment ID (GUID), got 'abc'");
	});
});

describe('parseJson', () => {
	it('parses text, takes an object as it is, and names field and item when the text is not JSON', () => {
		const context = contextWith({}, 2);
		expect(parseJson(context, 'Body', '{"a":1}', 'a JSON object')).toEqual({ a: 1 });
		const object = { b: 2 };
		expect(parseJson(context, 'Body', object, 'a JSON object')).toBe(object);
		expect(() => parseJson(context, 'Body', '{"a":', 'a JSON object')).toThrow(/^Invalid 'Body' on item 2: expected a JSON object \(.+\), got '\{"a":'$/);
	});
});

describe('optional with a required child', () => {
	const collection = optional({
		name: 'updateFields',
		displayName: 'Update Fields',
		fields: [text({ name: 'owner', displayName: 'Owner', description: 'd', required: true })],
	});

	it('does not mark the child required in the editor (n8n would demand it on every workflow)', () => {
		expect((collection.property.options as Array<{ required?: boolean }>)[0].required).toBeUndefined();
	});

	it('still refuses the child when it was added but left empty', async () => {
		const context = contextWith({ updateFields: { owner: '' } });
		await expect(collection.apply!(context, 'updateFields')).rejects.toThrow("Invalid 'Owner' on item 0: expected a non-empty text");
	});
});

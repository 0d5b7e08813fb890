/** The conversion of typed-in custom field values into awork's CustomFieldPostForm, per field type. */
import {
	isProblem,
	parseBoolean,
	parseNumber,
	toCustomFieldForm,
	type CustomFieldDefinition,
} from '../../../../../nodes/Awork/shared/fields/customFields';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const definitions: CustomFieldDefinition[] = [
	{ id: id(1), name: 'Notes', entity: 'project', type: 'text' },
	{ id: id(2), name: 'Budget', entity: 'project', type: 'number' },
	{ id: id(3), name: 'Kick-off', entity: 'project', type: 'date' },
	{ id: id(4), name: 'Review at', entity: 'project', type: 'datetime' },
	{ id: id(5), name: 'Priority', entity: 'project', type: 'coloredSelect', selectionOptions: [{ id: id(51), value: 'High' }, { id: id(52), value: 'Low' }] },
	{ id: id(6), name: 'Site', entity: 'project', type: 'link' },
	{ id: id(7), name: 'Signed', entity: 'project', type: 'boolean' },
	{ id: id(8), name: 'Owner', entity: 'project', type: 'user' },
	{ id: id(9), name: 'Client', entity: 'project', type: 'client' },
	{ id: id(10), name: 'Effort', entity: 'task', type: 'select', selectionOptions: [{ id: id(101), value: 'S' }] },
];
const form = (definition: number | string, value: unknown) =>
	toCustomFieldForm({ definition: typeof definition === 'number' ? id(definition) : definition, value }, definitions, 'project', 'Custom Fields');

describe('toCustomFieldForm', () => {
	it('reads a date-time without offset in the workflow time zone, not the machine’s', () => {
		const entry = { definition: id(4), value: '2024-05-31T17:00:00' };
		expect(toCustomFieldForm(entry, definitions, 'project', 'Custom Fields', 'Europe/Berlin')).toEqual({
			customFieldDefinitionId: id(4),
			dateValue: '2024-05-31T15:00:00.000Z',
		});
		expect(toCustomFieldForm(entry, definitions, 'project', 'Custom Fields', 'America/New_York')).toEqual({
			customFieldDefinitionId: id(4),
			dateValue: '2024-05-31T21:00:00.000Z',
		});
	});

	it.each([
		[1, '  Call first ', { textValue: 'Call first' }],
		[2, '1500', { numberValue: 1500 }],
		[2, '12,5', { numberValue: 12.5 }],
		[2, -3.25, { numberValue: -3.25 }],
		[3, '2024-05-31', { dateValue: '2024-05-31T00:00:00.000Z' }],
		[3, '2024-05-31T23:30:00+02:00', { dateValue: '2024-05-31T00:00:00.000Z' }],
		[4, '2024-05-31T17:00:00+02:00', { dateValue: '2024-05-31T15:00:00.000Z' }],
		[5, 'high', { selectionOptionIdValue: id(51) }],
		[5, id(52).toUpperCase(), { selectionOptionIdValue: id(52) }],
		[6, 'https://example.com/brief?x=1', { textValue: 'https://example.com/brief?x=1' }],
		[6, 'example.com', { textValue: 'example.com' }],
		[7, 'Yes', { booleanValue: true }],
		[7, false, { booleanValue: false }],
		[7, '0', { booleanValue: false }],
		[8, id(80).toUpperCase(), { userIdValue: id(80) }],
		[9, id(90), { clientIdValue: id(90) }],
	])('field %s with %p sends %p', (definition, value, expected) => {
		expect(form(definition, value)).toEqual({ customFieldDefinitionId: id(definition), ...expected });
	});

	it('clears a field whose value is empty, in the property of its type', () => {
		expect(form(2, '')).toEqual({ customFieldDefinitionId: id(2), numberValue: null });
		expect(form(5, '  ')).toEqual({ customFieldDefinitionId: id(5), selectionOptionIdValue: null });
	});

	it.each([
		[2, 'lots', "Custom Fields: Budget", 'a number such as 1500 or 12.5 (a number field)'],
		[2, '1.500,00', "Custom Fields: Budget", 'a number'],
		[3, '31.05.2024', 'Custom Fields: Kick-off', 'a date such as 2024-05-31'],
		[4, 'tomorrow', 'Custom Fields: Review at', 'an ISO 8601 date-time'],
		[5, 'Medium', 'Custom Fields: Priority', "one of its options 'High', 'Low' (or an option ID)"],
		[6, 'not a link', 'Custom Fields: Site', 'a link'],
		[7, 'maybe', 'Custom Fields: Signed', 'true or false'],
		[8, 'alice', 'Custom Fields: Owner', 'a user ID (GUID)'],
		[9, '42', 'Custom Fields: Client', 'a client company ID (GUID)'],
		[1, 'x'.repeat(751), 'Custom Fields: Notes', 'a text of at most 750 characters'],
	])('field %s rejects %p, naming %s', (definition, value, field, expected) => {
		const result = form(definition, value);
		expect(isProblem(result)).toBe(true);
		expect(result).toMatchObject({ field, got: value });
		expect(String((result as { expected: string }).expected)).toContain(expected);
	});

	it('rejects a definition that is not a GUID, unknown, or of the other entity', () => {
		expect(form('Budget', '1')).toMatchObject({ problem: true, field: 'Custom Fields', expected: 'a custom field picked from the list or its ID (GUID)' });
		expect(form(99, '1')).toMatchObject({ problem: true, field: 'Custom Fields', expected: 'a project custom field of this workspace' });
		expect(form(10, 'S')).toMatchObject({ problem: true, field: 'Custom Fields: Effort', expected: 'a project custom field', got: 'a task custom field' });
		expect(toCustomFieldForm({ definition: id(10), value: 's' }, definitions, 'task', 'Custom Fields')).toEqual({
			customFieldDefinitionId: id(10),
			selectionOptionIdValue: id(101),
		});
	});
});

describe('parseNumber and parseBoolean', () => {
	it('read what people type and refuse the rest', () => {
		expect([parseNumber('.5'), parseNumber(' 7 '), parseNumber(Number.NaN), parseNumber('1e3'), parseNumber('')]).toEqual([0.5, 7, undefined, undefined, undefined]);
		expect([parseBoolean('TRUE'), parseBoolean('no'), parseBoolean(1), parseBoolean('y')]).toEqual([true, false, true, undefined]);
	});
});

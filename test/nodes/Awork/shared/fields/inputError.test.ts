/** The one shape of a bad-input error, and how the value that was given is described in it. */
import { DateTime } from 'luxon';
import { NodeOperationError, type INode } from 'n8n-workflow';

import { describeValue, inputError } from '../../../../../nodes/Awork/shared/fields/inputError';

const node: INode = { id: 'n', name: 'awork', type: 'awork', typeVersion: 1, position: [0, 0], parameters: {} };

describe('inputError', () => {
	it('names field, item, what was expected and what was given, and says nothing was sent', () => {
		const error = inputError(node, 4, 'Due Date', 'an ISO 8601 date', 'soon');
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toBe("Invalid 'Due Date' on item 4: expected an ISO 8601 date, got 'soon'");
		expect(error.description).toBe('Nothing was sent to awork for this item.');
		expect(error.context.itemIndex).toBe(4);
		expect(error.node).toBe(node);
	});
});

describe('describeValue', () => {
	it.each([
		[undefined, 'nothing'],
		[null, 'null'],
		['', 'an empty value'],
		['  \t', 'an empty value'],
		['abc', "'abc'"],
		[0, "'0'"],
		[false, "'false'"],
		[{ a: [1, 2] }, '{"a":[1,2]}'],
		[[1, 'x'], '[1,"x"]'],
	])('%p → %s', (value, described) => {
		expect(describeValue(value)).toBe(described);
	});

	it('shortens long texts and objects to 80 characters', () => {
		const described = describeValue('x'.repeat(200));
		expect(described).toBe(`'${'x'.repeat(77)}...'`);
		expect(describeValue('y'.repeat(80))).toBe(`'${'y'.repeat(80)}'`);
		expect(describeValue({ text: 'z'.repeat(200) })).toHaveLength(80);
	});

	it('describes an object it cannot serialise', () => {
		const circular: Record<string, unknown> = {};
		circular.self = circular;
		expect(describeValue(circular)).toBe('an object');
	});

	it('describes dates from expressions, valid or not', () => {
		expect(describeValue(new Date(Date.UTC(2024, 0, 2, 3, 4, 5)))).toBe("'2024-01-02T03:04:05.000Z'");
		expect(describeValue(new Date('nope'))).toBe('an invalid date');
		expect(describeValue(DateTime.fromISO('2024-01-02T03:04:05.000+01:00', { setZone: true }))).toBe("'2024-01-02T03:04:05.000+01:00'");
		expect(describeValue(DateTime.invalid('out of range'))).toBe('an invalid date (out of range)');
	});
});

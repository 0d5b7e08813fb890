/** Date-times of request bodies in awork's answer form: UTC, `Z`, a fraction only when there is one. */
import type { SpecOperation } from '../types';
import { DateTimeNormalizer, normalizeDateTime } from './date-times';
import { loadSpecs } from './load';
import { Router } from './router';

const specs = loadSpecs();
const router = new Router(specs);
const normalizer = new DateTimeNormalizer(specs);
const ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

function op(method: string, pathTemplate: string, api: 'v1' | 'v2' = 'v1'): SpecOperation {
	const found = router.operations().find((o) => o.api === api && o.method === method && o.pathTemplate === pathTemplate);
	if (!found) throw new Error(`no operation ${method} ${pathTemplate}`);
	return found;
}

describe('normalizeDateTime', () => {
	it('answers one instant in one form, however it was written', () => {
		const spellings = ['2024-05-31T17:00:00+02:00', '2024-05-31T15:00:00Z', '2024-05-31T15:00:00.000Z', '2024-05-31T12:00:00-0300', '2024-05-31 15:00'];
		for (const sent of spellings) {
			expect([sent, normalizeDateTime(sent)]).toEqual([sent, '2024-05-31T15:00:00Z']);
		}
	});

	it('keeps a fraction of a second digit for digit, without trailing zeros', () => {
		expect(normalizeDateTime('2025-07-24T14:28:40.0175850Z')).toBe('2025-07-24T14:28:40.017585Z');
		expect(normalizeDateTime('2025-07-24T16:28:40.5+02:00')).toBe('2025-07-24T14:28:40.5Z');
		expect(normalizeDateTime('2025-07-24T14:28:40.1234567Z')).toBe('2025-07-24T14:28:40.1234567Z');
	});

	it('moves across day, month and year boundaries and reads a value without offset as UTC', () => {
		expect(normalizeDateTime('2025-01-01T01:30:00+02:00')).toBe('2024-12-31T23:30:00Z');
		expect(normalizeDateTime('2024-02-28T23:00:00-01:00')).toBe('2024-02-29T00:00:00Z');
		expect(normalizeDateTime('2024-03-01T08:00:00')).toBe('2024-03-01T08:00:00Z');
		expect(normalizeDateTime('2024-03-01')).toBe('2024-03-01T00:00:00Z');
		expect(normalizeDateTime('0099-06-01T00:00:00Z')).toBe('0099-06-01T00:00:00Z');
	});

	it('leaves what is no date-time alone', () => {
		expect(normalizeDateTime('tomorrow')).toBeUndefined();
		expect(normalizeDateTime('10:00:00')).toBeUndefined();
	});
});

describe('DateTimeNormalizer', () => {
	it('rewrites the date-time fields the request schema declares, nested and in lists, and nothing else', () => {
		const body = {
			name: '2024-05-31T17:00:00+02:00',
			startOn: '2024-05-30T08:00:00.000Z',
			dueOn: '2024-05-31T17:00:00+02:00',
			lists: [{ id: ID, order: 1 }],
		};
		const normalized = normalizer.normalize(op('POST', '/tasks'), 'application/json', body);
		expect(normalized).toEqual({
			name: '2024-05-31T17:00:00+02:00',
			startOn: '2024-05-30T08:00:00Z',
			dueOn: '2024-05-31T15:00:00Z',
			lists: [{ id: ID, order: 1 }],
		});
	});

	it('walks array bodies and v2 bodies', () => {
		const values = [{ customFieldDefinitionId: ID, dateValue: '2025-03-05T00:00:00+01:00', textValue: 'x' }];
		expect(normalizer.normalize(op('POST', '/tasks/{taskId}/setcustomfields'), 'application/json', values)).toEqual([
			{ customFieldDefinitionId: ID, dateValue: '2025-03-04T23:00:00Z', textValue: 'x' },
		]);
		const v2Entry = { startDate: '2025-03-05T10:00:00+01:00', note: 'x' };
		expect(normalizer.normalize(op('POST', '/timeentries', 'v2'), 'application/json', v2Entry)).toEqual({
			startDate: '2025-03-05T09:00:00Z',
			note: 'x',
		});
	});

	it('keeps wall-clock `…Local` fields as sent', () => {
		const body = { startDateUtc: '2025-03-05T10:00:00+01:00', startDateLocal: '2025-03-05T10:00:00+01:00' };
		expect(normalizer.normalize(op('POST', '/timeentries'), 'application/json', body)).toMatchObject({
			startDateUtc: '2025-03-05T09:00:00Z',
			startDateLocal: '2025-03-05T10:00:00+01:00',
		});
	});

	it('leaves bodies of operations without a JSON body, and non-JSON bodies, untouched', () => {
		const fields = { dueOn: '2024-05-31T17:00:00+02:00' };
		expect(normalizer.normalize(op('POST', '/projects/{projectId}/files'), 'multipart/form-data', { ...fields })).toEqual(fields);
		expect(normalizer.normalize(op('GET', '/projects'), undefined, { ...fields })).toEqual(fields);
	});
});

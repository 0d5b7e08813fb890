/** Date-time and duration fields: what n8n hands over (text, JS Date, luxon) in, awork's UTC text and seconds out. */
import { DateTime, Settings } from 'luxon';
import { NodeOperationError, type IDataObject, type IExecuteSingleFunctions, type IHttpRequestOptions, type INode } from 'n8n-workflow';

import { DATE_EXPECTED, dateTime, durationHours, hoursToSeconds, toDateTime } from '../../../../../nodes/Awork/shared/fields/dates';
import type { Field, FieldContext } from '../../../../../nodes/Awork/shared/fields/field';

const node: INode = { id: 'n', name: 'awork', type: 'awork', typeVersion: 1, position: [0, 0], parameters: {} };
const DURATION_EXPECTED = 'a number of hours (e.g. 1.5) or hours and minutes (e.g. 1:30 or 1h 30m)';

/** A FieldContext whose `fn` reads the given parameters and has the given workflow time zone. */
function contextWith(parameters: Record<string, unknown>, timezone: string, itemIndex = 0): FieldContext {
	const fn = {
		getNodeParameter: (path: string, fallback?: unknown) => (parameters[path] === undefined ? fallback : parameters[path]),
		getTimezone: () => timezone,
	} as unknown as IExecuteSingleFunctions;
	return { fn, node, itemIndex, values: {}, request: {} as IHttpRequestOptions };
}

async function applied(field: Field, value: unknown, timezone = 'UTC'): Promise<IDataObject> {
	const context = contextWith({ [field.property.name]: value }, timezone);
	await field.apply!(context, field.property.name);
	return context.values;
}

async function refusalMessage(field: Field, value: unknown, itemIndex = 0): Promise<string> {
	const context = contextWith({ [field.property.name]: value }, 'UTC', itemIndex);
	try {
		await field.apply!(context, field.property.name);
	} catch (error) {
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(context.values).toEqual({});
		return (error as Error).message;
	}
	throw new Error(`${JSON.stringify(value)} was accepted`);
}

describe('dateTime', () => {
	const due = dateTime({ name: 'dueOn', displayName: 'Due Date', description: 'When it is due' });
	const start = dateTime({ name: 'start', displayName: 'Start', description: 'When it starts', required: true, to: 'startDate' });

	it('sends ISO text with an offset as the same instant in UTC', async () => {
		expect(await applied(due, '2024-05-31T17:00:00+02:00')).toEqual({ dueOn: '2024-05-31T15:00:00.000Z' });
		expect(await applied(due, ' 2024-05-31T17:00:00Z ')).toEqual({ dueOn: '2024-05-31T17:00:00.000Z' });
		expect(await applied(start, '2024-05-31T17:00:00.250-04:00')).toEqual({ startDate: '2024-05-31T21:00:00.250Z' });
	});

	it('reads text without an offset in the workflow time zone', async () => {
		expect(await applied(due, '2024-05-31', 'UTC')).toEqual({ dueOn: '2024-05-31T00:00:00.000Z' });
		expect(await applied(due, '2024-05-31', 'Europe/Berlin')).toEqual({ dueOn: '2024-05-30T22:00:00.000Z' });
		expect(await applied(due, '2024-01-15T09:30:00', 'America/New_York')).toEqual({ dueOn: '2024-01-15T14:30:00.000Z' });
	});

	it('does not depend on the time zone of the machine n8n runs on', async () => {
		const machineZone = Settings.defaultZone;
		try {
			Settings.defaultZone = 'Asia/Tokyo';
			expect(await applied(due, '2024-05-31T17:00:00', 'Europe/Berlin')).toEqual({ dueOn: '2024-05-31T15:00:00.000Z' });
		} finally {
			Settings.defaultZone = machineZone;
		}
	});

	it('takes JS Dates and luxon DateTimes (what expressions such as {{$now}} give)', async () => {
		expect(await applied(due, new Date(Date.UTC(2024, 4, 31, 8, 15)))).toEqual({ dueOn: '2024-05-31T08:15:00.000Z' });
		const inBerlin = DateTime.fromObject({ year: 2024, month: 12, day: 24, hour: 18 }, { zone: 'Europe/Berlin' });
		expect(await applied(due, inBerlin, 'America/New_York')).toEqual({ dueOn: '2024-12-24T17:00:00.000Z' });
	});

	it('refuses what is not a date, naming field, item and the format', async () => {
		const expected = (got: string) => `Invalid 'Due Date' on item 3: expected ${DATE_EXPECTED}, got ${got}`;
		expect(await refusalMessage(due, 'next tuesday', 3)).toBe(expected("'next tuesday'"));
		expect(await refusalMessage(due, '31.05.2024', 3)).toBe(expected("'31.05.2024'"));
		expect(await refusalMessage(due, '2024-02-30', 3)).toBe(expected("'2024-02-30'"));
		expect(await refusalMessage(due, 1717142400000, 3)).toBe(expected("'1717142400000'"));
		expect(await refusalMessage(due, new Date('garbage'), 3)).toBe(expected('an invalid date'));
		expect(await refusalMessage(due, DateTime.invalid('unparsable'), 3)).toBe(expected('an invalid date (unparsable)'));
	});

	it('leaves a blank optional date out and refuses a blank required one', async () => {
		expect(await applied(due, '')).toEqual({});
		expect(await applied(due, undefined)).toEqual({});
		expect(await refusalMessage(start, '  ')).toBe(`Invalid 'Start' on item 0: expected ${DATE_EXPECTED}, got an empty value`);
	});

	it('declares an n8n date-time parameter', () => {
		expect(due.property).toMatchObject({ name: 'dueOn', type: 'dateTime', default: '' });
	});

	it('toDateTime keeps an explicit offset and uses the zone only for text without one', () => {
		expect(toDateTime('2024-05-31T10:00:00+05:00', 'Europe/Berlin')!.toUTC().toISO()).toBe('2024-05-31T05:00:00.000Z');
		expect(toDateTime('2024-05-31T10:00:00', 'Europe/Berlin')!.toUTC().toISO()).toBe('2024-05-31T08:00:00.000Z');
		expect(toDateTime('not a date', 'UTC')).toBeUndefined();
		expect(toDateTime({}, 'UTC')).toBeUndefined();
	});
});

describe('durationHours', () => {
	const planned = durationHours({ name: 'plannedDuration', displayName: 'Planned Duration', description: 'How long it takes' });
	const budget = durationHours({ name: 'budget', displayName: 'Budget', description: 'The budget', required: true, to: 'timeBudget' });

	it.each([
		['1.5', 5400],
		[' 1:30 ', 5400],
		['0:05', 300],
		['1h 30m', 5400],
		['1H30M', 5400],
		['2h', 7200],
		['1.25h', 4500],
		['90m', 5400],
		['45 min', 2700],
		['0', 0],
		[1.5, 5400],
		[0.1, 360],
	])('reads %p as %p seconds', async (hours, seconds) => {
		expect(await applied(planned, hours)).toEqual({ plannedDuration: seconds });
		expect(hoursToSeconds(hours)).toBe(seconds);
	});

	it.each(['abc', '1:75', '-1', '1,5', 'h', 'm', '1 hour', '1:30:00', -2, Number.NaN, Number.POSITIVE_INFINITY, true])(
		'refuses %p with the formats it takes',
		async (bad) => {
			expect(await refusalMessage(planned, bad, 1)).toMatch(
				new RegExp(`^Invalid 'Planned Duration' on item 1: expected ${DURATION_EXPECTED.replace(/[().]/g, '\\$&')}, got `),
			);
			expect(hoursToSeconds(bad)).toBeUndefined();
		},
	);

	it('writes where `to` says, leaves a blank optional one out and refuses a blank required one', async () => {
		expect(await applied(budget, '3')).toEqual({ timeBudget: 10800 });
		expect(await applied(planned, '')).toEqual({});
		expect(await refusalMessage(budget, '')).toBe(`Invalid 'Budget' on item 0: expected ${DURATION_EXPECTED}, got an empty value`);
	});

	it('says in the editor that it takes hours', () => {
		expect(planned.property).toMatchObject({ type: 'string', default: '', hint: 'In hours, e.g. 1.5, 1:30 or 1h 30m (awork stores seconds)' });
	});
});

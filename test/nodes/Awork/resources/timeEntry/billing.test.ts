/** Time Entry → Set Billed / Set Not Billed: one batch request per item for all its IDs, awork's per-ID answer reported. */
import { resourceSuite } from '../../../../harness/resourceSuite';
import { seedData } from './helpers';

const suite = resourceSuite('timeEntry');
const { sandbox, run } = suite;
const { entries } = seedData(suite);

const unbilled = (count: number, skip = 0) =>
	entries()
		.where((e) => e.isBillable && !e.isBilled && !e._timer)
		.slice(skip, skip + count);
const UNKNOWN = '0b0b0b0b-0000-4000-8000-000000000000';

describe('Time Entry → Set Billed / Set Not Billed', () => {
	it('marks all entries of an item as billed in one batch request', async () => {
		const [a, b] = unbilled(2);
		sandbox().resetLog();
		const { items, error } = await run({
			operation: 'setBilled',
			timeEntryIds: `${a.id.toUpperCase()}, ${b.id}, ${a.id}`,
		});
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([
			{
				success: true,
				isBilled: true,
				changed: [a.id, b.id],
				notFound: [],
				notPermitted: [],
				rejected: [],
			},
		]);
		expect(entries().require(a.id).isBilled).toBe(true);
		expect(entries().require(b.id).isBilled).toBe(true);
		expect(sandbox().requests.map((r) => [r.method, r.url, r.body])).toEqual([
			[
				'POST',
				'/api/v1/timeentries/batch/setIsBilled',
				{
					timeEntryIds: [a.id, b.id],
					requireAllTimeEntries: false,
					isBilled: true,
				},
			],
		]);
	});

	it('marks them as not billed again, one request per item, IDs from an expression array', async () => {
		const [a, b] = entries()
			.where((e) => e.isBilled)
			.slice(0, 2);
		sandbox().resetLog();
		const { items } = await run({ operation: 'setNotBilled', timeEntryIds: '={{$json.ids}}' }, [{ ids: [a.id] }, { ids: [b.id] }]);
		expect(items.map((i) => i.json.changed)).toEqual([[a.id], [b.id]]);
		expect(items.every((i) => i.json.success === true && i.json.isBilled === false)).toBe(true);
		expect([entries().require(a.id).isBilled, entries().require(b.id).isBilled]).toEqual([false, false]);
		expect(sandbox().requests.map((r) => r.body as { timeEntryIds: string[]; isBilled: boolean })).toEqual([
			{ timeEntryIds: [a.id], requireAllTimeEntries: false, isBilled: false },
			{ timeEntryIds: [b.id], requireAllTimeEntries: false, isBilled: false },
		]);
	});

	it('reports entries awork did not change: unknown and not billable; the others are billed', async () => {
		const [good] = unbilled(1, 5);
		const type = suite
			.collection<{ id: string; isArchived?: boolean }>('typesOfWork')
			.all()
			.find((t) => !t.isArchived)!;
		const created = await run({
			operation: 'create',
			typeOfWorkId: type.id,
			start: '2026-02-06T09:00:00Z',
			duration: '1',
			additionalFields: { isBillable: false },
		});
		const notBillable = entries().require(created.items[0].json.id as string);
		const { items, error } = await run({
			operation: 'setBilled',
			timeEntryIds: [good.id, UNKNOWN, notBillable.id].join(','),
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({
			success: false,
			isBilled: true,
			changed: [good.id],
			notFound: [UNKNOWN],
			notPermitted: [],
			rejected: [notBillable.id],
		});
		expect(entries().require(good.id).isBilled).toBe(true);
		expect(entries().require(notBillable.id).isBilled).toBe(false);
	});

	it('changes none with All or Nothing when one cannot be billed', async () => {
		const [good] = unbilled(1, 8);
		const { items } = await run({
			operation: 'setBilled',
			timeEntryIds: `${good.id},${UNKNOWN}`,
			requireAllTimeEntries: true,
		});
		expect(items[0].json).toMatchObject({
			success: false,
			changed: [],
			notFound: [UNKNOWN],
		});
		expect(entries().require(good.id).isBilled).toBe(false);
	});

	it('stops an item with a non-GUID or no ID before sending it, and bills the others', async () => {
		const [good] = unbilled(1, 10);
		sandbox().resetLog();
		const { items, error } = await run(
			{ operation: 'setBilled', timeEntryIds: '={{$json.ids}}' },
			[{ ids: good.id }, { ids: `${good.id}, INV-2026-01` }, { ids: '' }],
			true,
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ success: true, changed: [good.id] });
		expect(items.slice(1).map((i) => i.error?.message)).toEqual([
			"Invalid 'Time Entry IDs' on item 1: expected time entry IDs (GUIDs) separated by commas, got 'INV-2026-01'",
			"Invalid 'Time Entry IDs' on item 2: expected at least one time entry ID, got an empty value",
		]);
		expect(sandbox().requests).toHaveLength(1);
	});
});

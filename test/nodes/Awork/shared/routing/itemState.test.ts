/** itemState: one state per input item, shared by the contexts RoutingNode hands one item's hooks. */
import { itemState } from '../../../../../nodes/Awork/shared/routing/itemState';

/** Like n8n-core's ExecuteSingleContext: an instance with its own `itemIndex` (on a prototype that has none). */
class ItemContext {
	constructor(readonly itemIndex: number) {}
}

describe('itemState', () => {
	it('gives the same state for the same context, and starts empty', () => {
		const context = new ItemContext(0);
		const state = itemState(context);
		expect(state).toEqual({ values: {} });
		state.values.projectId = 'p1';
		state.totalItems = 3;
		expect(itemState(context)).toBe(state);
	});

	it('keeps the items apart', () => {
		const first = new ItemContext(0);
		const second = new ItemContext(1);
		itemState(first).values.name = 'first';
		expect(itemState(second).values).toEqual({});
	});

	it("shares the item's state with the context RoutingNode derives from it for pagination", () => {
		const context = new ItemContext(2);
		itemState(context).values.taskId = 't1';
		// RoutingNode: Object.create(executeSingleFunctions, { makeRoutingRequest: { value } }).
		const pagination = Object.create(context, { makeRoutingRequest: { value: () => undefined } }) as object;
		expect(itemState(pagination)).toBe(itemState(context));
		expect(itemState(pagination).values).toEqual({ taskId: 't1' });
	});

	it('treats a context that is not derived from an item context as its own', () => {
		const plain = {};
		const child = Object.create(plain) as object;
		itemState(plain).values.a = 1;
		expect(itemState(child).values).toEqual({});
	});
});

/**
 * Creates that fail ambiguously (503, lost connection before or after awork stored the entity) are
 * looked up in awork and sent again only when not stored: nothing lost, nothing twice. Through
 * n8n-core's engine against the sandbox, plus the matching rules on their own.
 */
import {
	claimCreated,
	claimedCount,
	createdLookupOf,
	findCreated,
	lookupQuery,
} from '../../../../../nodes/Awork/shared/transport/createdLookup';
import { fillPath } from '../../../../../nodes/Awork/shared/descriptions/operation';
import { resourceSuite, rl } from '../../../../harness/resourceSuite';

const { sandbox, collection, run } = resourceSuite('comment');

type Comment = { id: string; message: string; _target: { type: string; id: string } };
const comments = () => collection<Comment>('comments');
const tasks = () => collection<{ id: string; name: string; baseType: string; projectId?: string }>('tasks');
const projectTask = () => tasks().all().find((task) => task.baseType === 'projecttask')!;
const pathOf = (url: string) => new URL(url, 'http://sandbox').pathname.replace(/^\/api\/v1/, '');
const COMMENT_CREATE = 'POST /tasks/{taskId}/comments';

afterEach(() => {
	sandbox().setFaults([]);
	// Every request was one the real API accepts (the lookups' filterby and orderby included).
	expect(sandbox().violations).toEqual([]);
	sandbox().resetLog();
});

describe('a create that failed ambiguously', () => {
	it('is stored exactly once per item after 503s and connections lost before and after awork stored it', async () => {
		const task = projectTask();
		const markers = Array.from({ length: 30 }, (_, i) => ({ marker: `lookup-${Date.now()}-${i}` }));
		sandbox().resetLog();
		sandbox().setFaults([
			{ operation: COMMENT_CREATE, status: 503, times: 4 },
			{ operation: COMMENT_CREATE, drop: true, times: 3 },
			{ operation: COMMENT_CREATE, drop: true, afterHandler: true, times: 3 },
		]);
		const { items, error } = await run({ operation: 'create', task: rl(task.id), message: '={{ $json.marker }}' }, markers);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(30);
		for (const [index, { marker }] of markers.entries()) {
			const stored = comments().where((comment) => comment.message === marker);
			expect({ marker, stored: stored.length }).toEqual({ marker, stored: 1 });
			// Each item names its own comment, also when the create's answer was lost.
			expect(items[index].json.id).toBe(stored[0].id);
			expect(items[index].pairedItem).toEqual({ item: index });
		}
		const requests = sandbox().requests;
		const posts = requests.filter((request) => request.method === 'POST');
		// 30 stored + 4 × 503 + 3 lost before storing; the 3 lost after storing were found, not resent.
		expect(posts).toHaveLength(37);
		const lookups = requests.filter((request) => request.method === 'GET' && pathOf(request.url) === `/tasks/${task.id}/comments`);
		expect(lookups).toHaveLength(10);
		// A found comment is read as a Get of it, so it reaches the output as a created one does.
		expect(requests.filter((request) => request.method === 'GET' && pathOf(request.url).startsWith(`/tasks/${task.id}/comments/`))).toHaveLength(3);
	}, 60_000);

	it('reports the failure and does not resend when looking for it fails too', async () => {
		const task = projectTask();
		const marker = `lookup-fails-${Date.now()}`;
		sandbox().resetLog();
		sandbox().setFaults([
			{ operation: COMMENT_CREATE, drop: true, afterHandler: true, times: 1 },
			{ operation: 'GET /tasks/{taskId}/comments', status: 400 },
		]);
		const { items } = await run({ operation: 'create', task: rl(task.id), message: marker }, [{}], true);
		expect(items[0].json.error).toBeDefined();
		expect(String(items[0].json.error)).toMatch(/not repeated: awork may have processed it already, and looking there whether it did failed too: .*400/);
		expect(sandbox().requests.filter((request) => request.method === 'POST')).toHaveLength(1);
		expect(comments().where((comment) => comment.message === marker)).toHaveLength(1);
	}, 30_000);
});

describe('createdLookup matching', () => {
	const lookup = { list: '/tasks/t/comments', entity: '/tasks/t/comments/{id}', sent: { message: 'Hi' }, filtered: true };

	it('takes the newest entity with the fields sent that no create of this process returned', () => {
		const candidates = [
			{ id: 'newest-other', message: 'Bye' },
			{ id: 'claimed', message: 'Hi' },
			{ id: 'free', message: 'Hi' },
		];
		claimCreated('claimed');
		expect(findCreated(candidates, lookup)?.id).toBe('free');
		claimCreated('free');
		expect(findCreated(candidates, lookup)).toBeUndefined();
		expect(findCreated({ not: 'a list' }, lookup)).toBeUndefined();
	});

	it('keeps a bounded number of claimed IDs', () => {
		for (let i = 0; i < 25_000; i++) claimCreated(`bulk-${i}`);
		expect(claimedCount()).toBeLessThanOrEqual(20_000);
	});

	it('fills the list and entity paths from the create’s values, and asks for what was created since the first attempt less the clock allowance', () => {
		const spec = { list: '/{_parent}/{_parentId}/comments', match: ['message'] };
		const fillFrom = (values: Record<string, string>) => (template: string) => fillPath(template, values, new Set());
		expect(createdLookupOf(spec, fillFrom({ _parent: 'tasks', _parentId: 'a b' }), { message: 'Hi', extra: 1 })).toEqual({
			list: '/tasks/a%20b/comments',
			entity: '/tasks/a%20b/comments/{id}',
			sent: { message: 'Hi' },
			filtered: true,
		});
		expect(createdLookupOf(spec, fillFrom({ _parent: 'tasks' }), { message: 'Hi' })).toBeUndefined();
		expect(lookupQuery(Date.parse('2026-12-02T10:05:00.123Z'))).toEqual({
			filterby: "createdOn ge datetime'2026-12-02T10:00:00Z'",
			orderby: 'createdOn desc',
			pageSize: 100,
		});
	});
});

/** Comment → Create, Get, Get Many, Update, Delete on tasks and projects through n8n-core's engine against the sandbox. */
import { resourceSuite, rl } from '../../../../harness/resourceSuite';

const { sandbox, collection, run } = resourceSuite('comment');

type Comment = {
	id: string;
	message: string;
	userId: string;
	isHiddenForConnectUsers: boolean;
	inReplyToCommentId: string | null;
	createdOn: string;
	_target: { type: string; id: string };
};
const comments = () => collection<Comment>('comments');
const projects = () => collection<{ id: string; name: string; projectStatus?: { type: string } }>('projects');
const tasks = () => collection<{ id: string; name: string; baseType: string; projectId: string }>('tasks');
const users = () => collection<{ id: string; firstName: string; lastName: string; isDeactivated?: boolean }>('users');

const projectTask = () => tasks().all().find((task) => task.baseType === 'projecttask')!;
/** A project with seeded comments (the seed comments on the first open projects). */
const commentedProject = () => projects().require(comments().all().find((c) => c._target.type === 'project')!._target.id);
const commentsOn = (type: string, id: string) => comments().where((c) => c._target.type === type && c._target.id === id);
const pathOf = (url: string) => new URL(url, 'http://sandbox').pathname.replace(/^\/api\/v1/, '');
const queryOf = (url: string) => Object.fromEntries(new URL(url, 'http://sandbox').searchParams);

/** A comment written through the sandbox's API, for the operations that need one. */
async function writeComment(on: 'task' | 'project', id: string, message: string): Promise<Comment> {
	const { items, error } = await run({ operation: 'create', commentOn: on, [on]: rl(id), message });
	expect(error).toBeUndefined();
	return comments().require(items[0].json.id as string);
}

describe('Comment', () => {
	it('creates a comment on a task by default, sending only the message and the options set', async () => {
		const task = projectTask();
		sandbox().resetLog();
		const { items, error } = await run({
			operation: 'create',
			task: rl(task.id.toUpperCase()),
			message: '  Looks good, ship it\n',
			additionalFields: { isHiddenForConnectUsers: true },
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ entityType: 'tasks', entityId: task.id, message: '  Looks good, ship it\n', isHiddenForConnectUsers: true });
		expect(comments().require(items[0].json.id as string)).toMatchObject({ _target: { type: 'task', id: task.id }, isHiddenForConnectUsers: true });
		expect(sandbox().requests).toHaveLength(1);
		const [sent] = sandbox().requests;
		expect([sent.method, pathOf(sent.url)]).toEqual(['POST', `/tasks/${task.id}/comments`]);
		expect(sent.body).toEqual({ message: '  Looks good, ship it\n', isHiddenForConnectUsers: true });
	});

	it('replies on a project in the name of another user, with IDs from a link and in any case', async () => {
		const project = commentedProject();
		const parent = commentsOn('project', project.id)[0];
		const author = users().all().find((user, index) => index > 0 && !user.isDeactivated)!;
		sandbox().resetLog();
		const { items, error } = await run({
			operation: 'create',
			commentOn: 'project',
			project: { __rl: true, mode: 'url', value: `https://acme.awork.com/projects/${project.id}/overview` },
			message: 'Agreed, see you Friday.',
			additionalFields: { inReplyToCommentId: ` ${parent.id.toUpperCase()} `, author: rl(author.id) },
		});
		expect(error).toBeUndefined();
		const stored = comments().require(items[0].json.id as string);
		expect(stored).toMatchObject({ _target: { type: 'project', id: project.id }, userId: author.id, inReplyToCommentId: parent.id });
		const [sent] = sandbox().requests;
		expect(pathOf(sent.url)).toBe(`/projects/${project.id}/comments`);
		expect(sent.body).toEqual({ message: 'Agreed, see you Friday.', inReplyToCommentId: parent.id, userId: author.id });
	});

	it('gets a comment, simplified by default and in full on request', async () => {
		const task = projectTask();
		const mentioned = users().all()[1];
		const written = await writeComment('task', task.id, `<p>~[userId:${mentioned.id}] please review</p>`);
		const simple = await run({ operation: 'get', task: rl(task.id), commentId: written.id });
		expect(simple.error).toBeUndefined();
		expect(simple.items[0].json).toMatchObject({
			id: written.id,
			message: `@${mentioned.firstName} ${mentioned.lastName} please review`,
			rawMessage: `<p>~[userId:${mentioned.id}] please review</p>`,
			entityType: 'tasks',
			entity: { id: task.id, name: task.name },
			mentionedUserIds: [mentioned.id],
		});
		expect(simple.items[0].json).not.toHaveProperty('resourceVersion');
		const full = await run({ operation: 'get', simplify: false, task: rl(task.id), commentId: written.id });
		expect(full.items[0].json).toMatchObject({ id: written.id, mentions: { users: [expect.objectContaining({ id: mentioned.id })] } });
		expect(full.items[0].json).toHaveProperty('resourceVersion');
	});

	it('lists the comments of a project, filtered, sorted and up to the limit', async () => {
		const project = commentedProject();
		await writeComment('project', project.id, 'Second note on the budget');
		await writeComment('project', project.id, 'Third note on the budget');
		const stored = commentsOn('project', project.id);
		expect(stored.length).toBeGreaterThanOrEqual(3);

		const all = await run({ operation: 'getMany', commentOn: 'project', project: rl(project.id), returnAll: true });
		expect(all.items.map((item) => item.json.id).sort()).toEqual(stored.map((c) => c.id).sort());

		sandbox().resetLog();
		const filtered = await run({
			operation: 'getMany',
			commentOn: 'project',
			project: rl(project.id),
			returnAll: false,
			limit: 1,
			filters: { messageContains: 'note on the budget' },
			sort: { keys: [{ field: 'createdOn', direction: 'desc' }] },
		});
		expect(filtered.error).toBeUndefined();
		expect(filtered.items).toHaveLength(1);
		const newest = stored.filter((c) => c.message.includes('note on the budget')).sort((a, b) => b.createdOn.localeCompare(a.createdOn))[0];
		expect(filtered.items[0].json.id).toBe(newest.id);
		const [sent] = sandbox().requests;
		expect(pathOf(sent.url)).toBe(`/projects/${project.id}/comments`);
		expect(queryOf(sent.url)).toMatchObject({ filterby: "substringof('note on the budget',message)", orderby: 'createdOn desc', pageSize: '1' });
	});

	it('updates only what is set: the message stays when only the visibility changes', async () => {
		const task = projectTask();
		const written = await writeComment('task', task.id, 'Draft wording');
		sandbox().resetLog();
		const hidden = await run({ operation: 'update', task: rl(task.id), commentId: written.id, updateFields: { isHiddenForConnectUsers: true } });
		expect(hidden.error).toBeUndefined();
		expect(comments().require(written.id)).toMatchObject({ message: 'Draft wording', isHiddenForConnectUsers: true });
		const put = sandbox().requests.find((r) => r.method === 'PUT')!;
		expect(pathOf(put.url)).toBe(`/tasks/${task.id}/comments/${written.id}`);
		expect(put.body).toEqual({ message: 'Draft wording', isHiddenForConnectUsers: true });

		const reworded = await run({ operation: 'update', task: rl(task.id), commentId: written.id, updateFields: { message: 'Final wording' } });
		expect(reworded.items[0].json).toMatchObject({ id: written.id, message: 'Final wording', isHiddenForConnectUsers: true });
		expect(comments().require(written.id).message).toBe('Final wording');
	});

	it('deletes a comment and reports what it deleted', async () => {
		const project = commentedProject();
		const written = await writeComment('project', project.id, 'Obsolete');
		sandbox().resetLog();
		const { items, error } = await run({ operation: 'delete', commentOn: 'project', project: rl(project.id), commentId: written.id });
		expect(error).toBeUndefined();
		expect(items).toEqual([{ json: { success: true, commentId: written.id, projectId: project.id }, pairedItem: expect.anything() }]);
		expect(comments().get(written.id)).toBeUndefined();
		expect(sandbox().requests.map((r) => [r.method, pathOf(r.url)])).toEqual([['DELETE', `/projects/${project.id}/comments/${written.id}`]]);
	});

	it('stops items with bad input before sending them, names field and item, and runs the others', async () => {
		const task = projectTask();
		const before = commentsOn('task', task.id).length;
		sandbox().resetLog();
		const { items, error } = await run(
			{
				operation: 'create',
				task: rl('={{$json.taskId}}'),
				message: '={{$json.message}}',
				additionalFields: { inReplyToCommentId: '={{$json.replyTo}}' },
			},
			[
				{ taskId: task.id, message: 'Fine', replyTo: '' },
				{ taskId: 'task-42', message: 'Bad task', replyTo: '' },
				{ taskId: task.id, message: '   ', replyTo: '' },
				{ taskId: task.id, message: 'Bad reply', replyTo: '12345' },
			],
			true,
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ message: 'Fine' });
		expect(items[1].error?.message).toBe(
			"Invalid 'Task' on item 1: expected a task picked from the list, an awork task link (https://yourworkspace.awork.com/projects/3f0c…/tasks/9a1b…) or a task ID (GUID), got 'task-42'",
		);
		expect(items[2].error?.message).toBe("Invalid 'Message' on item 2: expected a non-empty text, got an empty value");
		expect(items[3].error?.message).toBe(
			"Invalid 'In Reply To Comment ID' on item 3: expected a comment ID (GUID), e.g. from Get Many or the awork trigger, got '12345'",
		);
		expect(sandbox().requests).toHaveLength(1);
		expect(sandbox().requests[0].body).toEqual({ message: 'Fine' });
		expect(commentsOn('task', task.id)).toHaveLength(before + 1);
	});

	it('rejects a comment ID that is not a GUID and a malformed date filter without sending anything', async () => {
		const task = projectTask();
		sandbox().resetLog();
		const get = await run({ operation: 'get', task: rl(task.id), commentId: '={{$json.id}}' }, [{ id: 'abc' }, { id: '' }], true);
		expect(get.items.map((item) => item.error?.message)).toEqual([
			"Invalid 'Comment ID' on item 0: expected a comment ID (GUID), e.g. from Get Many or the awork trigger, got 'abc'",
			"Invalid 'Comment ID' on item 1: expected a comment ID (GUID), e.g. from Get Many or the awork trigger, got an empty value",
		]);
		const list = await run({ operation: 'getMany', task: rl(task.id), returnAll: true, filters: { createdAfter: 'last tuesday' } }, undefined, true);
		// The filter module words its errors its own way; what matters here: field, expectation, value, nothing sent.
		expect(list.items[0].error?.message).toMatch(/Created After.*ISO 8601.*'last tuesday'/);
		expect(sandbox().requests).toHaveLength(0);
	});
});

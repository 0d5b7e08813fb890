/** File → Upload (multipart), Download (binary), Upload From URL, Get Many, Get, Delete through n8n-core's engine against the sandbox. */
import type { INodeExecutionData } from 'n8n-workflow';

import { resourceSuite, rl } from '../../../../harness/resourceSuite';

const { sandbox, collection, run } = resourceSuite('file');
type StoredFile = { id: string; name: string | null; fileName: string | null; mimeType: string | null; taskId: string | null; projectId: string | null; companyId: string | null; entityType: string | null; _bytes: Buffer };
const files = () => collection<StoredFile>('files');
const firstOf = (name: string) => collection<{ id: string }>(name).all()[0];

/** Every byte value once, so a text or JSON conversion anywhere on the way would show. */
const ALL_BYTES = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

function binaryItem(data: Buffer, fileName: string, mimeType: string, property = 'data'): INodeExecutionData {
	return { json: { note: 'has a file' }, binary: { [property]: { data: data.toString('base64'), fileName, mimeType } } };
}

describe('File', () => {
	it('uploads an item’s binary file to a task as awork’s multipart form and downloads the exact bytes back', async () => {
		const task = firstOf('tasks');
		sandbox().resetLog();
		const uploaded = await run({ operation: 'upload', parent: 'task', task: rl(task.id), binaryPropertyName: 'data' }, [
			binaryItem(ALL_BYTES, 'all bytes ü.bin', 'application/x-test-bytes'),
		]);
		expect(uploaded.error).toBeUndefined();
		const fileId = uploaded.items[0].json.id as string;
		expect(uploaded.items[0].json).toMatchObject({ name: 'all bytes ü.bin', fileName: 'all bytes ü.bin', mimeType: 'application/x-test-bytes', size: 256, entityType: 'task', entityId: task.id });
		const stored = files().require(fileId);
		expect(stored).toMatchObject({ taskId: task.id, fileName: 'all bytes ü.bin', mimeType: 'application/x-test-bytes' });
		expect(Buffer.compare(stored._bytes, ALL_BYTES)).toBe(0);
		expect(sandbox().requests.map((r) => [r.operation, r.status])).toEqual([['POST /tasks/{taskId}/files', 200]]);

		sandbox().resetLog();
		const downloaded = await run({ operation: 'download', parent: 'task', task: rl(task.id), fileId: fileId.toUpperCase(), binaryPropertyName: 'attachment' });
		expect(downloaded.error).toBeUndefined();
		const [item] = downloaded.items;
		expect(item.json).toEqual({ fileId, taskId: task.id, fileName: 'all bytes ü.bin', mimeType: 'application/x-test-bytes', fileSize: 256 });
		expect(Object.keys(item.binary ?? {})).toEqual(['attachment']);
		expect(item.binary!.attachment).toMatchObject({ fileName: 'all bytes ü.bin', mimeType: 'application/x-test-bytes' });
		expect(Buffer.compare(Buffer.from(item.binary!.attachment.data, 'base64'), ALL_BYTES)).toBe(0);
		expect(sandbox().requests.map((r) => [r.operation, r.status])).toEqual([['GET /tasks/{taskId}/files/{fileId}/download', 200]]);
	});

	it('uploads to a project and a company from another binary property', async () => {
		const project = firstOf('projects');
		const company = firstOf('companies');
		const content = Buffer.from('%PDF-1.4 not really\n');
		const toProject = await run({ operation: 'upload', parent: 'project', project: rl(project.id), binaryPropertyName: 'report', simplify: false }, [
			binaryItem(content, 'report.pdf', 'application/pdf', 'report'),
		]);
		expect(toProject.error).toBeUndefined();
		expect(toProject.items[0].json).toMatchObject({ projectId: project.id, entityType: 'project', fileName: 'report.pdf' });
		expect(toProject.items[0].json).toHaveProperty('fileVersions');
		const toCompany = await run({ operation: 'upload', parent: 'company', company: rl(company.id), binaryPropertyName: 'report' }, [
			binaryItem(content, 'contract.pdf', 'application/pdf', 'report'),
		]);
		expect(toCompany.error).toBeUndefined();
		const stored = files().require(toCompany.items[0].json.id as string);
		expect(stored).toMatchObject({ companyId: company.id, entityType: 'company', fileName: 'contract.pdf', mimeType: 'application/pdf' });
		expect(Buffer.compare(stored._bytes, content)).toBe(0);
	});

	it('names the missing binary property and the item, and sends nothing for that item', async () => {
		const task = firstOf('tasks');
		const before = files().all().length;
		sandbox().resetLog();
		const { items } = await run(
			{ operation: 'upload', parent: 'task', task: rl(task.id), binaryPropertyName: 'data' },
			[binaryItem(Buffer.from('fine'), 'fine.txt', 'text/plain'), { json: { no: 'binary' } }, binaryItem(Buffer.from('x'), 'x.txt', 'text/plain', 'other')],
			true,
		);
		expect(items[0].json).toMatchObject({ fileName: 'fine.txt' });
		expect(items[1].error?.message).toBe(
			"Invalid 'Input Binary Field' on item 1: expected the name of a binary property of the input item, but the item has no binary data, got 'data'",
		);
		expect(items[2].error?.message).toBe("Invalid 'Input Binary Field' on item 2: expected the name of a binary property of the input item (it has 'other'), got 'data'");
		expect(files().all()).toHaveLength(before + 1);
		expect(sandbox().requests).toHaveLength(1);
	});

	it('uploads from a URL with a name and description, checking the address before sending', async () => {
		const task = firstOf('tasks');
		sandbox().resetLog();
		const { items } = await run(
			{
				operation: 'uploadFromUrl',
				parent: 'task',
				task: rl(task.id),
				url: '={{$json.url}}',
				additionalFields: { name: 'Brief', description: 'From the client' },
			},
			[{ url: 'https://example.com/files/brief.pdf' }, { url: 'file:///etc/passwd' }],
			true,
		);
		expect(items[0].json).toMatchObject({ name: 'Brief', description: 'From the client', fileName: 'brief.pdf', entityType: 'task', entityId: task.id });
		expect(items[1].error?.message).toBe(
			"Invalid 'File URL' on item 1: expected a public http(s) URL such as https://example.com/report.pdf, got 'file:///etc/passwd'",
		);
		expect(sandbox().requests.map((r) => [r.operation, r.body])).toEqual([
			['POST /tasks/{taskId}/files/byurl', { url: 'https://example.com/files/brief.pdf', name: 'Brief', description: 'From the client' }],
		]);
		expect(files().require(items[0].json.id as string)).toMatchObject({ taskId: task.id, name: 'Brief' });
	});

	it('lists a task’s files and a project’s, with or without the files of its tasks, paged', async () => {
		const task = collection<{ id: string; projectId?: string }>('tasks').all().find((t) => t.projectId)!;
		const projectId = task.projectId!;
		for (const name of ['a.txt', 'b.txt', 'c.txt']) {
			await run({ operation: 'upload', parent: 'task', task: rl(task.id) }, [binaryItem(Buffer.from(name), name, 'text/plain')]);
		}
		await run({ operation: 'upload', parent: 'project', project: rl(projectId) }, [binaryItem(Buffer.from('p'), 'p.txt', 'text/plain')]);
		const belongsTo = (key: 'taskId' | 'projectId', id: string) => files().all().filter((f) => f[key] === id).map((f) => f.id).sort();

		sandbox().resetLog();
		const ofTask = await run({ operation: 'getMany', parent: 'task', task: rl(task.id), returnAll: false, limit: 2 });
		expect(ofTask.items).toHaveLength(2);
		expect(sandbox().requests.map((r) => r.url)).toEqual([expect.stringMatching(new RegExp(`/tasks/${task.id}/files\\?.*pageSize=2`))]);
		const allOfTask = await run({ operation: 'getMany', parent: 'task', task: rl(task.id), returnAll: true });
		expect(allOfTask.items.map((i) => i.json.id).sort()).toEqual(belongsTo('taskId', task.id));
		expect(allOfTask.items[0].json).not.toHaveProperty('fileVersions');

		const ofProject = await run({ operation: 'getMany', parent: 'project', project: rl(projectId), returnAll: true });
		expect(ofProject.items.map((i) => i.json.id).sort()).toEqual(belongsTo('projectId', projectId));
		sandbox().resetLog();
		const withTasks = await run({ operation: 'getMany', parent: 'project', project: rl(projectId), includeTaskFiles: true, returnAll: true });
		expect(sandbox().requests.map((r) => r.operation)).toEqual(['GET /projects/{projectId}/allfiles']);
		expect(withTasks.items.map((i) => i.json.id)).toEqual(expect.arrayContaining([...belongsTo('projectId', projectId), ...belongsTo('taskId', task.id)]));

		sandbox().resetLog();
		const filtered = await run({
			operation: 'getMany',
			parent: 'task',
			task: rl(task.id),
			returnAll: true,
			filters: { fileNameContains: 'b.txt' },
			sort: { keys: [{ field: 'name', direction: 'desc' }] },
		});
		expect(filtered.items.map((i) => i.json.fileName)).toEqual(['b.txt']);
		const query = new URL(sandbox().requests[0].url, 'http://sandbox').searchParams;
		expect([query.get('filterby'), query.get('orderby')]).toEqual(["substringof('b.txt',fileName)", 'name desc']);
	});

	it('gets a company file’s details, downloads it, deletes it, and then finds it gone', async () => {
		const company = firstOf('companies');
		const uploaded = await run({ operation: 'upload', parent: 'company', company: rl(company.id) }, [binaryItem(Buffer.from('offer'), 'offer.txt', 'text/plain')]);
		const fileId = uploaded.items[0].json.id as string;

		const got = await run({ operation: 'get', parent: 'company', company: rl(company.id), fileId });
		expect(got.items[0].json).toMatchObject({ id: fileId, fileName: 'offer.txt', mimeType: 'text/plain', size: 5, entityType: 'company' });
		const downloaded = await run({ operation: 'download', parent: 'company', company: rl(company.id), fileId });
		expect(Buffer.from(downloaded.items[0].binary!.data.data, 'base64').toString()).toBe('offer');

		sandbox().resetLog();
		const deleted = await run({ operation: 'delete', parent: 'company', company: rl(company.id), fileId });
		expect(deleted.items[0].json).toEqual({ success: true, fileId, companyId: company.id });
		expect(sandbox().requests.map((r) => [r.operation, r.status])).toEqual([['DELETE /companies/{companyId}/files/{fileId}', 204]]);
		expect(files().get(fileId)).toBeUndefined();
		const again = await run({ operation: 'get', parent: 'company', company: rl(company.id), fileId });
		expect(again.error?.message).toBe(`The file with ID '${fileId}' does not exist in awork or is not visible to these credentials`);
		// A download's error arrives as bytes, and reads the same.
		const gone = await run({ operation: 'download', parent: 'company', company: rl(company.id), fileId });
		expect(gone.error?.message).toBe(again.error?.message);
	});

	it('stops an item with a bad file ID or parent before sending, and the other items go on', async () => {
		const task = firstOf('tasks');
		const uploaded = await run({ operation: 'upload', parent: 'task', task: rl(task.id) }, [binaryItem(Buffer.from('ok'), 'ok.txt', 'text/plain')]);
		const fileId = uploaded.items[0].json.id as string;
		sandbox().resetLog();
		const { items } = await run(
			{ operation: 'get', parent: 'task', task: rl('={{$json.task}}'), fileId: '={{$json.fileId}}' },
			[{ task: task.id, fileId: 'not-a-guid' }, { task: task.id, fileId: '' }, { task: 'nope', fileId }, { task: task.id, fileId }],
			true,
		);
		expect(items[0].error?.message).toBe("Invalid 'File ID' on item 0: expected a file ID (GUID), e.g. from Get Many or Upload, got 'not-a-guid'");
		expect(items[1].error?.message).toBe("Invalid 'File ID' on item 1: expected a file ID (GUID), e.g. from Get Many or Upload, got an empty value");
		expect(items[2].error?.message).toMatch(/^Invalid 'Task' on item 2: expected /);
		expect(items[3].json).toMatchObject({ id: fileId, fileName: 'ok.txt' });
		expect(sandbox().requests).toHaveLength(1);
	});
});

/** File upload and download through the real server: the bytes come back exactly as sent. */
import { kitForSuite } from './people-testkit';

const kit = kitForSuite();
let task: any;
beforeAll(() => {
	task = kit.sandbox.store.collection<any>('tasks').where((t) => Boolean(t.projectId))[0];
});

/** Every byte value, twice, in a scrambled order. */
const ALL_BYTES = Buffer.from([...Array(512).keys()].map((i) => (i * 167) % 256));

function form(bytes: Buffer, fileName: string, type = 'application/octet-stream', field = 'File'): FormData {
	const data = new FormData();
	data.append(field, new Blob([bytes], { type }), fileName);
	return data;
}

it('uploads a binary file to a task and downloads identical bytes', async () => {
	const uploaded = await kit.call(`/tasks/${task.id}/files`, { method: 'POST', form: form(ALL_BYTES, 'blob.bin') });
	expect(uploaded.status).toBe(200);
	expect(uploaded.body).toMatchObject({ fileName: 'blob.bin', name: 'blob.bin', taskId: task.id, entityType: 'task', mimeType: 'application/octet-stream' });
	expect(uploaded.body.fileVersions[0]).toMatchObject({ version: 1, size: 512 });
	expect(Object.keys(uploaded.body).some((k) => k.startsWith('_'))).toBe(false);

	const download = await kit.call(`/tasks/${task.id}/files/${uploaded.body.id}/download`);
	expect(download.status).toBe(200);
	expect(download.bytes.equals(ALL_BYTES)).toBe(true);
	expect(download.headers.get('content-type')).toBe('application/octet-stream');
	expect(download.headers.get('content-disposition')).toContain('filename="blob.bin"');
	expect((await kit.call(`/files/${uploaded.body.id}/download`)).bytes.equals(ALL_BYTES)).toBe(true);
});

it('lists, renames and deletes project files; a file is only reachable through its owner', async () => {
	const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255]);
	const uploaded = (await kit.call(`/projects/${task.projectId}/files`, { method: 'POST', form: form(png, 'Übersicht.png', 'image/png') })).body;
	const listed = await kit.call(`/projects/${task.projectId}/files`);
	expect(listed.body.map((f: any) => f.id)).toContain(uploaded.id);
	expect((await kit.call(`/projects/${task.projectId}/allfiles`)).body.length).toBeGreaterThanOrEqual(2); // + the task's file
	const download = await kit.call(`/projects/${task.projectId}/files/${uploaded.id}/download`);
	expect(download.bytes.equals(png)).toBe(true);
	expect(download.headers.get('content-type')).toBe('image/png');
	expect(download.headers.get('content-disposition')).toContain("filename*=UTF-8''%C3%9Cbersicht.png");

	const renamed = await kit.call(`/projects/${task.projectId}/files/${uploaded.id}`, { method: 'PUT', body: { name: 'Overview', description: 'Sitemap' } });
	expect(renamed.body).toMatchObject({ name: 'Overview', description: 'Sitemap', fileName: 'Übersicht.png' });
	expect((await kit.call(`/tasks/${task.id}/files/${uploaded.id}`)).status).toBe(404);
	expect((await kit.call(`/projects/${task.projectId}/files/${uploaded.id}`, { method: 'DELETE' })).status).toBe(204);
	expect((await kit.call(`/projects/${task.projectId}/files/${uploaded.id}/download`)).status).toBe(404);
});

it('rejects an upload without a file and uploads to unknown entities with 404', async () => {
	const empty = new FormData();
	empty.append('name', 'nothing');
	const noFile = await kit.call(`/tasks/${task.id}/files`, { method: 'POST', form: empty });
	expect(noFile.status).toBe(400);
	const unknown = await kit.call('/tasks/00000000-0000-4000-8000-000000000009/files', { method: 'POST', form: form(ALL_BYTES, 'x.bin') });
	expect(unknown.status).toBe(404);
	// Both are requests the real API would reject too: recorded as violations.
	expect(kit.sandbox.violations.map((v) => v.status)).toEqual([400]);
	kit.sandbox.resetLog();
});

it('attaches a temporary file to a company', async () => {
	const company = (await kit.call('/companies')).body[0];
	const temp = (await kit.call('/temporaryfiles', { method: 'POST', form: form(ALL_BYTES, 'contract.pdf', 'application/pdf', 'file') })).body;
	expect((await kit.call(`/temporaryfiles/${temp.id}/download`)).bytes.equals(ALL_BYTES)).toBe(true);
	const attached = await kit.call(`/temporaryfiles/${temp.id}/setentity`, { method: 'POST', body: { entityType: 'company', entityId: company.id } });
	expect(attached.body).toMatchObject({ companyId: company.id, entityType: 'company' });
	expect((await kit.call(`/companies/${company.id}/files/${temp.id}/download`)).bytes.equals(ALL_BYTES)).toBe(true);
	expect((await kit.call(`/temporaryfiles/${temp.id}`)).status).toBe(404);
});

it('adds a file by URL to a task: named after the URL unless a name is given, kept without content', async () => {
	const byUrl = await kit.call(`/tasks/${task.id}/files/byurl`, { method: 'POST', body: { url: 'https://example.com/docs/Q3%20plan.pdf?x=1', description: 'Plan' } });
	expect(byUrl.status).toBe(200);
	expect(byUrl.body).toMatchObject({ name: 'Q3 plan.pdf', fileName: 'Q3 plan.pdf', description: 'Plan', taskId: task.id, entityType: 'task' });
	expect(kit.sandbox.store.collection<any>('files').require(byUrl.body.id)._sourceUrl).toBe('https://example.com/docs/Q3%20plan.pdf?x=1');
	const named = await kit.call(`/tasks/${task.id}/files/byurl`, { method: 'POST', body: { url: 'https://example.com/', name: 'Home' } });
	expect(named.body).toMatchObject({ name: 'Home', fileName: 'example.com' });
	expect((await kit.call(`/tasks/${task.id}/files/byurl`, { method: 'POST', body: { name: 'No address' } })).status).toBe(400);
});

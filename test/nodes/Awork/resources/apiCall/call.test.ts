/** API Call → Call an Endpoint through n8n-core's engine against the sandbox: paths, query, body, paging, v2, files, checks. */
import type { INodeExecutionData } from 'n8n-workflow';

import { resourceSuite, rl } from '../../../../harness/resourceSuite';

const { sandbox, collection, run, api } = resourceSuite('apiCall', { operation: 'call' });
const firstOf = (name: string) => collection<{ id: string; name?: string }>(name).all()[0];
const mapped = (value: Record<string, unknown>) => ({ mappingMode: 'defineBelow', value });
const calls = () => sandbox().requests.map((r) => `${r.method} ${r.url.split('?')[0].replace(/^\/api\//, '/')}`);

describe('API Call', () => {
	it('fills path parameters from the mapper and answers with the entity', async () => {
		const project = firstOf('projects');
		sandbox().resetLog();
		const result = await run({ endpoint: rl('GET /projects/{projectId}'), endpointParameters: mapped({ 'path:projectId': project.id }) });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.id)).toEqual([project.id]);
		expect(calls()).toEqual([`GET /v1/projects/${project.id}`]);
	});

	it('takes the parameters as JSON too (for AI agents), and the endpoint by its catalog ID', async () => {
		const project = firstOf('projects');
		const result = await run({ endpoint: rl('v1:GET /projects/{projectId}'), endpointOptions: { parametersJson: JSON.stringify({ projectId: project.id }) } });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json.id).toBe(project.id);
	});

	it('pages through a list with Return All and stops at the Limit otherwise', async () => {
		const total = collection('projects').all().length;
		sandbox().resetLog();
		const all = await run({ endpoint: rl('GET /projects'), returnAll: true });
		expect(all.error).toBeUndefined();
		expect(all.items).toHaveLength(total);
		const limited = await run({ endpoint: rl('GET /projects'), returnAll: false, limit: 2, endpointParameters: mapped({ 'query:orderby': 'name' }) });
		expect(limited.items).toHaveLength(2);
		const [, second] = sandbox().requests;
		expect(decodeURIComponent(second.url)).toContain('pageSize=2');
		expect(decodeURIComponent(second.url)).toContain('orderby=name');
	});

	it('builds filterby and orderby from Conditions and Sort, ANDed with a filterby typed under Parameters', async () => {
		await api('POST', '/companies', { name: 'Zeta Filtered', industry: 'Rail' });
		await api('POST', '/companies', { name: 'Alpha Filtered', industry: 'Rail' });
		await api('POST', '/companies', { name: 'Beta Filtered', industry: 'Shipping' });
		sandbox().resetLog();
		const result = await run({
			endpoint: rl('GET /companies'),
			returnAll: true,
			endpointParameters: mapped({ 'query:filterby': "industry eq 'Rail'" }),
			endpointOptions: {
				endpointConditions: { all: [{ field: 'name', operator: 'contains', valueType: 'auto', value: 'Filtered' }] },
				endpointSort: { keys: [{ field: 'name', direction: 'desc' }] },
			},
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.name)).toEqual(['Zeta Filtered', 'Alpha Filtered']);
		const url = decodeURIComponent(sandbox().requests[0].url);
		expect(url).toContain("(industry eq 'Rail') and (substringof('Filtered',name))");
		expect(url).toContain('orderby=name desc');
	});

	it('sends a JSON body merged from Body (JSON) and the mapper’s body fields (the mapper wins)', async () => {
		sandbox().resetLog();
		const result = await run({
			endpoint: rl('POST /companies'),
			endpointOptions: { bodyJson: JSON.stringify({ name: 'From JSON', industry: 'Shipping' }) },
			endpointParameters: mapped({ 'body:name': 'From the mapper' }),
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ name: 'From the mapper', industry: 'Shipping' });
		expect(sandbox().requests[0].body).toEqual({ name: 'From the mapper', industry: 'Shipping' });
	});

	it('calls v2 endpoints at the v2 root', async () => {
		sandbox().resetLog();
		const result = await run({ endpoint: rl('v2:GET /timeentries'), returnAll: false, limit: 3 });
		expect(result.error).toBeUndefined();
		expect(calls()[0]).toBe('GET /v2/timeentries');
	});

	it('uploads an input file as a multipart part and returns a file answer as binary data', async () => {
		const task = firstOf('tasks');
		const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
		const item: INodeExecutionData = { json: {}, binary: { attachment: { data: bytes.toString('base64'), fileName: 'bytes.bin', mimeType: 'application/x-bytes' } } };
		const uploaded = await run({ endpoint: rl('POST /tasks/{taskId}/files'), endpointParameters: mapped({ 'path:taskId': task.id, 'form:File': 'attachment' }) }, [item]);
		expect(uploaded.error).toBeUndefined();
		const fileId = uploaded.items[0].json.id as string;
		expect(uploaded.items[0].json).toMatchObject({ fileName: 'bytes.bin', mimeType: 'application/x-bytes' });

		const downloaded = await run({
			endpoint: rl('GET /tasks/{taskId}/files/{fileId}/download'),
			endpointParameters: mapped({ 'path:taskId': task.id, 'path:fileId': fileId }),
			endpointOptions: { outputBinaryPropertyName: 'file' },
		});
		expect(downloaded.error).toBeUndefined();
		const file = downloaded.items[0].binary?.file;
		expect(file).toMatchObject({ fileName: 'bytes.bin' });
		expect(Buffer.compare(Buffer.from(file!.data, 'base64'), bytes)).toBe(0);
	});

	it('answers { success: true } for endpoints without a body', async () => {
		const task = firstOf('tasks');
		const comment = await api<{ id: string }>('POST', `/tasks/${task.id}/comments`, { message: 'To delete' });
		const result = await run({
			endpoint: rl('DELETE /tasks/{taskId}/comments/{commentId}'),
			endpointParameters: mapped({ 'path:taskId': task.id, 'path:commentId': comment.id }),
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({ success: true, endpoint: 'v1:DELETE /tasks/{taskId}/comments/{commentId}' });
		expect(collection('comments').all().some((stored) => stored.id === comment.id)).toBe(false);
	});

	describe('checks every value before anything is sent', () => {
		const cases: Array<[string, Record<string, unknown>, RegExp]> = [
			['an unknown endpoint', { endpoint: rl('GET /nothing/here') }, /Invalid 'Endpoint' on item 0: expected an endpoint of awork's API/],
			['a malformed ID', { endpoint: rl('GET /projects/{projectId}'), endpointParameters: mapped({ 'path:projectId': 'not-a-guid' }) }, /Invalid 'Project ID \(path\)' on item 0: expected an awork ID \(GUID\), got 'not-a-guid'/],
			['a missing path parameter', { endpoint: rl('GET /projects/{projectId}') }, /Invalid 'Project ID \(path\)' on item 0: expected a value \(the endpoint requires it\)/],
			['a parameter the endpoint does not take', { endpoint: rl('GET /projects'), endpointOptions: { parametersJson: '{"colour": "red"}' } }, /Invalid 'Parameters' on item 0: expected parameters of GET \/projects .*got 'colour'/],
			['a body for an endpoint without one', { endpoint: rl('GET /projects'), endpointOptions: { bodyJson: '{"name": "x"}' } }, /Invalid 'Body \(JSON\)' on item 0: expected nothing: GET \/projects takes no body/],
			['Conditions for an endpoint without filterby', { endpoint: rl('GET /projects/{projectId}'), endpointParameters: mapped({ 'path:projectId': '3f0c2a8e-5b1d-4c6e-9f7a-2d8b1e4c6a90' }), endpointOptions: { endpointConditions: { all: [{ field: 'name', operator: 'eq', value: 'x' }] } } }, /Invalid 'Conditions' on item 0: expected nothing: GET \/projects\/\{projectId\} takes no filterby/],
			['a page size that is no number', { endpoint: rl('GET /projects'), endpointParameters: mapped({ 'query:pageSize': 'many' }) }, /Invalid 'Page Size \(query\)' on item 0: expected a whole number/],
		];
		it.each(cases)('%s', async (_, parameters, message) => {
			sandbox().resetLog();
			const result = await run(parameters);
			expect(result.error?.message).toMatch(message);
			expect(sandbox().requests).toEqual([]);
		});
	});
});

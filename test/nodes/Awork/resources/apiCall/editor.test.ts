/** API Call in the editor: the endpoint picker searches the catalog and names curated operations; the mapper is typed per endpoint. */
import { resourceMapping, searchList } from '../../../../harness/editor';
import { useSandbox } from '../../../../harness/sandbox';

const sandbox = useSandbox({ rateLimit: false });
const endpoint = (value: string) => ({ resource: 'apiCall', operation: 'call', endpoint: { __rl: true, mode: 'list', value } });

describe('API Call in the editor', () => {
	it('finds endpoints by words of their label, method or path, page by page', async () => {
		const found = await searchList(sandbox(), 'searchEndpoints', { filter: 'automations GET projects' });
		expect(found.results.length).toBeGreaterThan(0);
		for (const result of found.results) {
			expect(result.description).toMatch(/^GET .*projects.*automations/i);
		}
		const first = await searchList(sandbox(), 'searchEndpoints');
		expect(first.results).toHaveLength(100);
		const second = await searchList(sandbox(), 'searchEndpoints', { paginationToken: first.paginationToken });
		expect(second.results[0].value).not.toBe(first.results[0].value);
	});

	it('says which curated operation covers an endpoint', async () => {
		const found = await searchList(sandbox(), 'searchEndpoints', { filter: 'POST /projects' });
		const create = found.results.find((result) => result.value === 'v1:POST /projects');
		expect(create?.name).toContain('Project → Create');
	});

	it('offers the chosen endpoint’s parameters typed from the spec, required ones first to fill', async () => {
		const { fields } = await resourceMapping(sandbox(), 'getEndpointFields', { parameters: endpoint('v1:GET /projects/{projectId}/tasklists') });
		const byId = Object.fromEntries(fields.map((field) => [field.id, field]));
		expect(byId['path:projectId']).toMatchObject({ required: true, type: 'string', display: true });
		expect(byId['query:pageSize']).toMatchObject({ required: false, type: 'number' });
		expect(byId['query:filterby']).toMatchObject({ required: false, type: 'string' });
	});

	it('lists enum values as options and files as binary property names', async () => {
		const upload = await resourceMapping(sandbox(), 'getEndpointFields', { parameters: endpoint('v1:POST /tasks/{taskId}/files') });
		expect(upload.fields.find((field) => field.id === 'form:File')).toMatchObject({ required: true, type: 'string' });
		expect(upload.fields.find((field) => field.id === 'form:File')?.displayName).toContain('input binary property');
	});

	it('asks for an endpoint first', async () => {
		const result = await resourceMapping(sandbox(), 'getEndpointFields', { parameters: endpoint('') });
		expect(result).toEqual({ fields: [], emptyFieldsNotice: 'Choose an endpoint first' });
	});
});

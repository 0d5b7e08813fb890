import { loadSpecs } from './load';
import { Router, type RouteMatch } from './router';

const router = new Router(loadSpecs());

function matched(result: RouteMatch) {
	if ('error' in result) throw new Error(`expected a match, got ${result.error}`);
	return { key: `${result.op.api} ${result.op.method} ${result.op.pathTemplate}`, params: result.params };
}

describe('Router', () => {
	it('lists every operation of both specs', () => {
		const ops = router.operations();
		expect(ops.filter((op) => op.api === 'v1')).toHaveLength(707);
		expect(ops.filter((op) => op.api === 'v2')).toHaveLength(18);
	});

	it('prefers literal segments over placeholders', () => {
		expect(matched(router.match('GET', '/api/v1/projects/tags')).key).toBe('v1 GET /projects/tags');
		expect(matched(router.match('GET', '/api/v1/projects/4d5f7c1e-0000-4000-8000-000000000001'))).toEqual({
			key: 'v1 GET /projects/{projectId}',
			params: { projectId: '4d5f7c1e-0000-4000-8000-000000000001' },
		});
	});

	it('falls back to the placeholder route when the literal route lacks the method', () => {
		// Only GET exists for /projects/tags; ASP.NET then serves PUT /projects/{projectId} with projectId "tags".
		expect(matched(router.match('PUT', '/api/v1/projects/tags'))).toEqual({
			key: 'v1 PUT /projects/{projectId}',
			params: { projectId: 'tags' },
		});
	});

	it('matches literal segments case-insensitively and keeps the spec spelling of parameter names', () => {
		const result = matched(router.match('get', '/API/V1/ProjectTemplates/abc/Files'));
		expect(result.key).toBe('v1 GET /projecttemplates/{projecttemplateId}/files');
		expect(result.params).toEqual({ projecttemplateId: 'abc' });
		const automations = matched(router.match('DELETE', '/api/v1/projecttemplates/t1/automations/a1'));
		expect(automations.params).toEqual({ projectTemplateId: 't1', automationId: 'a1' });
	});

	it('picks, among templates that differ only in a placeholder name, the one whose schema accepts the value', () => {
		const uuid = '4d5f7c1e-0000-4000-8000-000000000001';
		expect(matched(router.match('GET', '/api/v1/me/filters/tasks'))).toEqual({
			key: 'v1 GET /me/filters/{entityType}',
			params: { entityType: 'tasks' },
		});
		expect(matched(router.match('GET', `/api/v1/me/filters/${uuid}`))).toEqual({
			key: 'v1 GET /me/filters/{filterId}',
			params: { filterId: uuid },
		});
		// Only one template serves POST, whatever the value.
		expect(matched(router.match('POST', `/api/v1/me/filters/${uuid}`)).key).toBe('v1 POST /me/filters/{entityType}');
	});

	it('tells a role id from a role name', () => {
		const uuid = '4d5f7c1e-0000-4000-8000-0000000000ab';
		expect(matched(router.match('GET', `/api/v1/roles/${uuid.toUpperCase()}`))).toEqual({
			key: 'v1 GET /roles/{roleId}',
			params: { roleId: uuid.toUpperCase() },
		});
		expect(matched(router.match('GET', '/api/v1/roles/Project%20Manager'))).toEqual({
			key: 'v1 GET /roles/{roleName}',
			params: { roleName: 'Project Manager' },
		});
		// Almost a GUID is a name.
		expect(matched(router.match('GET', `/api/v1/roles/${uuid.slice(1)}`)).key).toBe('v1 GET /roles/{roleName}');
	});

	it('decides such pairs by the parameter schemas, whichever template the spec declares first', () => {
		const uuid = '4d5f7c1e-0000-4000-8000-000000000001';
		const get = (name: string, schema: object) => ({
			get: { parameters: [{ name, in: 'path', required: true, schema }], responses: {} },
		});
		const templates = {
			'/gadgets/{gadgetId}': get('gadgetId', { type: 'string', format: 'uuid' }),
			'/gadgets/{kind}': get('kind', { type: 'string', enum: ['lamp', 'clock'] }),
			'/gadgets/{slug}': get('slug', { type: 'string' }),
			'/widgets/{widgetNumber}': get('widgetNumber', { type: 'integer' }),
			'/widgets/{widgetName}': get('widgetName', { type: 'string' }),
		};
		const entries = Object.entries(templates);
		for (const order of [entries, [...entries].reverse()]) {
			const own = new Router({ v1: { openapi: '3.0.1', paths: Object.fromEntries(order) }, v2: { openapi: '3.0.1', paths: {} } });
			const route = (path: string) => {
				const result = own.match('GET', `/api/v1${path}`);
				return 'op' in result ? result.op.pathTemplate : result.error;
			};
			expect([route(`/gadgets/${uuid}`), route('/gadgets/Lamp'), route('/gadgets/chair')]).toEqual([
				'/gadgets/{gadgetId}',
				'/gadgets/{kind}',
				'/gadgets/{slug}',
			]);
			expect([route('/widgets/42'), route('/widgets/forty-two')]).toEqual(['/widgets/{widgetNumber}', '/widgets/{widgetName}']);
		}
	});

	it('tells v1 from v2', () => {
		expect(matched(router.match('POST', '/api/v2/me/timetracking/start')).key).toBe('v2 POST /me/timetracking/start');
		expect(matched(router.match('POST', '/api/v1/me/timetracking/start')).key).toBe('v1 POST /me/timetracking/start');
		// v2 only serves its own paths.
		expect(router.match('GET', '/api/v2/projects')).toEqual({ error: 'not-found' });
	});

	it('answers not-found for unknown paths and prefixes', () => {
		expect(router.match('GET', '/api/v1/nonsense')).toEqual({ error: 'not-found' });
		expect(router.match('GET', '/api/v3/projects')).toEqual({ error: 'not-found' });
		expect(router.match('GET', '/projects')).toEqual({ error: 'not-found' });
		expect(router.match('GET', '/api/v1//projects')).toEqual({ error: 'not-found' });
		expect(router.match('GET', '/api/v1/projects/a/b/c/d/e/f')).toEqual({ error: 'not-found' });
	});

	it('answers method-not-allowed when the path exists without that method', () => {
		expect(router.match('PATCH', '/api/v1/projects')).toEqual({ error: 'method-not-allowed' });
		expect(router.match('DELETE', '/api/v1/projects/tags/extra')).toEqual({ error: 'not-found' });
	});

	it('URL-decodes parameters and ignores a trailing slash and a query string', () => {
		expect(matched(router.match('GET', '/api/v1/projects/?page=2')).key).toBe('v1 GET /projects');
		expect(matched(router.match('GET', '/api/v1/users/autofill/jane%40example.com/')).params).toEqual({
			email: 'jane@example.com',
		});
		expect(matched(router.match('GET', '/api/v1/projects/key/A%2FB')).params).toEqual({ projectKey: 'A/B' });
		expect(matched(router.match('GET', '/api/v1/projects/key/100%')).params).toEqual({ projectKey: '100%' });
	});

	it('keeps placeholders the spec forgot to declare', () => {
		const result = matched(router.match('POST', '/api/v1/taskbundles/b1/tasktemplates/t1/setassignees'));
		expect(result.params).toEqual({ taskBundleId: 'b1', taskTemplateId: 't1' });
	});

	it('routes fast enough for the benchmark', () => {
		const started = process.hrtime.bigint();
		for (let i = 0; i < 50_000; i++) router.match('GET', `/api/v1/projects/${i}/tasklists`);
		const ms = Number(process.hrtime.bigint() - started) / 1e6;
		expect(ms).toBeLessThan(2000);
	});
});

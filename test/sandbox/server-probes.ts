/**
 * Probe handlers that stand in for the domain modules in the server.*.test.ts suites, so those
 * suites hold the pipeline to account, not the domain (the coverage test runs the real ones).
 * Each suite mocks `./domain` with this module: `jest.mock('./domain', () => jest.requireActual('./server-probes'))`.
 */
import type { HandlerTable } from './types';

export const allHandlers: HandlerTable = {
	// Lists through ctx.list: internal fields must not leak, filters must apply.
	'GET /users': (req: any, ctx: any) =>
		ctx.list(req, [
			{ id: '00000000-0000-4000-8000-000000000001', firstName: 'Ada', lastName: 'Lovelace', _secret: 'x' },
			{ id: '00000000-0000-4000-8000-000000000002', firstName: 'Alan', lastName: 'Turing', _secret: 'y' },
		]),
	// A stateful create: stores first, so an afterHandler fault loses only the answer.
	'POST /absenceregions': (req: any, ctx: any) => {
		const region = { id: ctx.store.newId(), name: req.body.name, countryCode: req.body.countryCode };
		ctx.store.collection('probeRegions').insert(region);
		return { status: 200, body: region };
	},
	// Answers a body the spec does not allow (countries are objects, not strings).
	'GET /absenceregions/countries': () => ({ status: 200, body: ['DE'] }),
	// A sandbox bug.
	'GET /absenceregions': () => {
		throw new TypeError('probe handler failed');
	},
	'DELETE /absenceregions/{absenceRegionId}': () => ({ status: 204 }),
	// Announces a change for webhook delivery.
	'POST /absenceregions/me/assign': (req: any, ctx: any) => {
		ctx.emit({ eventType: 'user_updated', entityType: 'user', entityId: req.userId, entity: {}, userId: req.userId, traceId: req.traceId });
		return { status: 204 };
	},
	'POST /users/{userId}/files': (req: any) => ({
		status: 200,
		body: {
			fields: req.body,
			files: req.files.map((f: any) => ({ ...f, data: f.data.toString('base64') })),
		},
	}),
};

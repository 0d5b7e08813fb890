/**
 * The plan of the whole-API coverage run, shared by the sandbox's own coverage test and the node's
 * API Call test: which request each operation gets (the spec's sample with IDs of existing, related
 * entities and the operation's recipe) and in which order the operations run (reads, then changes,
 * then deletes, children before their parents).
 */
import type { Sandbox, SpecOperation } from '../types';
import { operationKey } from '../types';
import { sampleRequest } from '../spec/sample';
import { withExistingIds } from './body-ids';
import { resolvePath, type Entity, type Workspace } from './path-ids';
import { adjustRequest, recipeFor, type CoverageRequest } from './recipes';

export const SEED = 1;

/** Reads first, then changes, then anything that deletes; deletes of children before parents. */
export function phase(op: SpecOperation): number {
	if (op.method === 'GET') return 0;
	if (op.method === 'DELETE' || /delete|remove/i.test(op.pathTemplate)) return 2;
	return 1;
}

const depth = (op: SpecOperation) => (op.pathTemplate.match(/\{/g) ?? []).length;

export function callOrder(a: SpecOperation, b: SpecOperation): number {
	return phase(a) - phase(b) || (phase(a) === 2 ? depth(b) - depth(a) : 0);
}


/** Single-ID query parameters (`projectId=…`) name existing entities; comma-separated lists stay samples. */
export function queryWithExistingIds(ws: Workspace, query: Record<string, string>, picked: Record<string, Entity>): Record<string, string> {
	const single = Object.fromEntries(Object.entries(query).filter(([, value]) => !value.includes(',')));
	return { ...query, ...(withExistingIds(ws, single, { path: picked }) as Record<string, string>) };
}

/** The sample request with IDs of existing, related entities and the operation's recipe applied. */
export function requestFor(ws: Workspace, op: SpecOperation): CoverageRequest {
	const key = operationKey(op);
	const sample = sampleRequest(op, SEED);
	const recipe = recipeFor(key);
	const { params, picked } = resolvePath(ws, op.pathTemplate, sample.params, recipe?.path);
	const area = op.pathTemplate.split('/')[1]?.toLowerCase();
	const request: CoverageRequest = {
		params,
		query: queryWithExistingIds(ws, sample.query, picked),
		headers: sample.headers,
		body: withExistingIds(ws, sample.body, { path: picked, idsCollection: area === 'timeentries' ? 'timeEntries' : undefined }),
		multipart: sample.multipart,
	};
	adjustRequest(request, { ws, picked, key });
	return request;
}

/** Temporary files exist only between an upload and attaching it; upload two as a client would. */
export async function uploadTemporaryFiles(sandbox: Sandbox): Promise<void> {
	for (const name of ['draft-1.txt', 'draft-2.txt']) {
		const form = new FormData();
		form.append('file', new Blob([`temporary ${name}\n`], { type: 'text/plain' }), name);
		const answer = await fetch(`${sandbox.baseUrl}/temporaryfiles`, { method: 'POST', headers: { authorization: `Bearer ${sandbox.apiKey}` }, body: form });
		if (answer.status !== 200) throw new Error(`uploading a temporary file answered ${answer.status}`);
	}
}


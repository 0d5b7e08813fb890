/** The HTTP plumbing of the sandbox server: writing answers, reading queries, trace ids, listening. */
import { createHash } from 'crypto';
import http from 'http';
import type { ApiError } from './errors';
import type { SandboxResponse } from '../types';

const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export function errorResponse(error: ApiError, traceId: string): SandboxResponse {
	return { status: error.status, body: error.body(traceId), headers: error.headers };
}

export function writeResponse(res: http.ServerResponse, response: SandboxResponse, headers: Record<string, string>): void {
	let payload: Buffer | undefined;
	let contentType: string | undefined;
	if (response.status !== 204 && response.status !== 304) {
		if (response.raw) {
			payload = response.raw;
			contentType = response.contentType ?? 'application/octet-stream';
		} else if (response.body !== undefined) {
			payload = Buffer.from(JSON.stringify(response.body), 'utf8');
			contentType = response.contentType ?? JSON_CONTENT_TYPE;
		}
	}
	const head: Record<string, string | number> = { ...headers, 'content-length': payload?.length ?? 0 };
	if (contentType) head['content-type'] = contentType;
	if (res.headersSent || res.destroyed) return;
	res.writeHead(response.status, head);
	res.end(payload);
}

/** Query parameters as sent; a repeated key gives an array. */
export function queryOf(url: URL): Record<string, string | string[]> {
	const query: Record<string, string | string[]> = {};
	for (const [name, value] of url.searchParams) {
		const existing = query[name];
		if (existing === undefined) query[name] = value;
		else query[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
	}
	return query;
}

/** Deterministic 32-hex-digit trace ids (like awork's): a seed-derived prefix and a counter. */
export function traceIds(seed: number): () => string {
	const prefix = createHash('sha256').update(`awork-sandbox-trace:${seed}`).digest('hex').slice(0, 16);
	let counter = 0;
	return () => prefix + (++counter).toString(16).padStart(16, '0');
}

export function listen(server: http.Server, port: number, host: string): Promise<void> {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			server.off('error', reject);
			resolve();
		});
	});
}

export function formatHost(address: string): string {
	return address.includes(':') ? `[${address}]` : address;
}

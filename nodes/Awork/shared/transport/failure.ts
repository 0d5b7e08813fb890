/**
 * Reads what went wrong out of whatever n8n's request helpers threw (a NodeApiError wrapping an
 * axios-style error, or the axios-style error itself) without keeping the request config, which
 * holds the Authorization header.
 */
export interface AworkErrorBody {
	code?: string;
	description?: string;
	details?: string[];
	validationErrors?: Array<{ property?: string; message?: string }>;
	traceId?: string;
}

export interface Failure {
	/** HTTP status, or undefined when no answer arrived. */
	status?: number;
	headers: Record<string, string>;
	body?: AworkErrorBody;
	/** Node's network error code (ECONNRESET, ETIMEDOUT, …) when no answer arrived. */
	networkCode?: string;
	message: string;
}

const NETWORK_CODES = new Set([
	'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND',
	'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_SOCKET', 'ERR_SOCKET_CONNECTION_TIMEOUT',
]);

function lowerCaseHeaders(raw: unknown): Record<string, string> {
	const headers: Record<string, string> = {};
	if (!raw || typeof raw !== 'object') return headers;
	const entries =
		typeof (raw as { forEach?: unknown }).forEach === 'function' && !(raw instanceof Array)
			? (() => {
					const list: Array<[string, unknown]> = [];
					(raw as Map<string, unknown>).forEach((value, key) => list.push([key, value]));
					return list;
				})()
			: Object.entries(raw as Record<string, unknown>);
	for (const [key, value] of entries) {
		if (value !== undefined && value !== null) headers[key.toLowerCase()] = String(value);
	}
	return headers;
}

function parseBody(data: unknown): AworkErrorBody | undefined {
	if (data === undefined || data === null || data === '') return undefined;
	if (Buffer.isBuffer(data)) data = data.toString('utf8');
	if (typeof data === 'string') {
		const text = data;
		try {
			data = JSON.parse(text);
		} catch {
			return { description: text.slice(0, 500) };
		}
	}
	return typeof data === 'object' ? (data as AworkErrorBody) : undefined;
}

/** The loose shape of what n8n's and axios' errors carry; every field may be missing. */
interface ThrownError {
	message?: string;
	code?: unknown;
	httpCode?: unknown;
	cause?: ThrownError;
	context?: { data?: unknown };
	response?: { status?: unknown; headers?: unknown; data?: unknown; body?: unknown };
}

function findCode(error: ThrownError | undefined): string | undefined {
	for (let e = error, depth = 0; e && depth < 4; e = e.cause, depth++) {
		if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return e.code;
	}
	const text = String(error?.message ?? '');
	if (/socket hang up/i.test(text)) return 'ECONNRESET';
	return [...NETWORK_CODES].find((code) => text.includes(code));
}

export function readFailure(thrown: unknown): Failure {
	const error = (thrown ?? {}) as ThrownError;
	// NodeApiError keeps the original error as `cause`; axios errors carry `response`.
	const response = error.cause?.response ?? error.response;
	const statusText = response?.status ?? error.httpCode ?? error.cause?.httpCode;
	const status = statusText !== undefined && statusText !== null ? Number(statusText) : undefined;
	const body = parseBody(response?.data ?? response?.body ?? error.context?.data);
	return {
		status: Number.isFinite(status) && status! > 0 ? status : undefined,
		headers: lowerCaseHeaders(response?.headers),
		body,
		networkCode: response ? undefined : findCode(error),
		message: String(error.cause?.message ?? error.message ?? 'Unknown error'),
	};
}

/**
 * Seconds until awork's window resets: `RateLimit-Reset` (seconds), else `Retry-After` as seconds
 * or as an HTTP date; one second (awork's shortest window) when neither says.
 */
export function rateLimitResetSeconds(failure: Failure, now: number = Date.now()): number {
	const reset = Number(failure.headers['ratelimit-reset']);
	if (failure.headers['ratelimit-reset'] !== undefined && Number.isFinite(reset) && reset >= 0) return reset;
	const retryAfter = failure.headers['retry-after']?.trim();
	if (retryAfter) {
		if (/^\d+(\.\d+)?$/.test(retryAfter)) return Number(retryAfter);
		const at = Date.parse(retryAfter);
		if (Number.isFinite(at)) return Math.max(0, (at - now) / 1000);
	}
	return 1;
}

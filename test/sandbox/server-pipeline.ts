/**
 * The request pipeline of the sandbox server, as at awork: injected faults, authentication, the
 * workspace rate limit, routing against the spec, body parsing, spec validation (path, query, header,
 * body), date-times brought into awork's form, then the handler (or the spec's sample answer),
 * response validation and the request log (which keeps the body as sent).
 */
import http from 'http';
import { allowsAnonymous, authenticate, tryAuthenticate } from './http/auth';
import { parseBody, readBody } from './http/body';
import { ApiError, validationFailed } from './http/errors';
import { FaultInjector, faultResponse, sleep } from './http/faults';
import { RequestLog } from './http/log';
import { RateLimiter, rateLimitedError } from './http/ratelimit';
import { errorResponse, queryOf, writeResponse } from './http/wire';
import { withoutInternalFields } from './server-context';
import type { DateTimeNormalizer } from './spec/date-times';
import { Router } from './spec/router';
import { sampleResponse } from './spec/sample';
import { RequestValidator, ResponseValidator } from './spec/validate';
import type { Store } from './store';
import {
	operationKey,
	type FaultRule,
	type HandlerContext,
	type HandlerTable,
	type OperationKey,
	type ResponseViolation,
	type SandboxRequest,
	type SandboxResponse,
	type SpecOperation,
	type Violation,
} from './types';

/** Errors a real awork would have answered the same way: the client sent something wrong. */
const CLIENT_MISTAKE_CODES = new Set(['invalid-model', 'invalid-filter-or-order']);

/** What the pipeline decided: an answer, or dropping the connection without one. */
type Outcome = { kind: 'answer'; response: SandboxResponse; fromHandler?: boolean } | { kind: 'drop' };

/** What the pipeline learned about a request so far (kept when a later step throws). */
interface RequestState {
	traceId: string;
	operation?: SpecOperation;
	/** Sent with every answer once the request has passed the rate limiter. */
	rateLimitHeaders: Record<string, string>;
}

/** Everything the pipeline reads or records; built once per sandbox by `startSandbox`. */
export interface PipelineParts {
	seed: number;
	store: Store;
	router: Router;
	requestValidator: RequestValidator;
	/** Brings the date-times of valid bodies into awork's form before any handler stores them. */
	dateTimes: DateTimeNormalizer;
	/** Present when the sandbox validates its answers (`validateResponses`). */
	responseValidator?: ResponseValidator;
	handlers: HandlerTable;
	context: HandlerContext;
	log: RequestLog;
	limiter: RateLimiter;
	faults: FaultInjector;
	violations: Violation[];
	responseViolations: ResponseViolation[];
	nextTraceId: () => string;
}

/** The server's request listener: runs one request through the pipeline and writes the answer. */
export function createPipeline(parts: PipelineParts): (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> {
	const { seed, store, router, requestValidator, dateTimes, responseValidator, handlers, context, log, limiter, faults } = parts;
	const { violations, responseViolations, nextTraceId } = parts;

	/** The pipeline up to the answer; everything thrown becomes an error answer in `handle`. */
	async function process(req: http.IncomingMessage, url: URL, rawBody: Buffer, state: RequestState): Promise<Outcome> {
		const { traceId } = state;
		const method = (req.method ?? 'GET').toUpperCase();
		const match = router.match(method, url.pathname);
		if ('op' in match) state.operation = match.op;
		const key = 'op' in match ? operationKey(match.op) : undefined;

		const before = faults.next(key, 'before');
		if (before) {
			const injected = await applyFault(before, traceId);
			if (injected) return injected;
		}

		// Open operations take anyone; only requests of the workspace count against its limit.
		const userId = allowsAnonymous(state.operation)
			? tryAuthenticate(req.headers, store.apiKeys)
			: authenticate(req.headers, store.apiKeys);
		if (userId !== undefined) {
			const decision = limiter.take();
			Object.assign(state.rateLimitHeaders, decision.headers);
			if (!decision.allowed) {
				log.countRateLimited();
				const limited = rateLimitedError(decision);
				return { kind: 'answer', response: errorResponse(limited, traceId) };
			}
		}

		if ('error' in match) {
			// awork answers both an unknown path and a method the path lacks with 404 in its error shape.
			const description =
				match.error === 'method-not-allowed'
					? `The path ${url.pathname} exists, but not for ${method}.`
					: `There is no matching path for ${method} ${url.pathname}.`;
			const error = new ApiError(404, 'not-found', description);
			recordViolation(req, undefined, error);
			throw error;
		}

		const { op, params } = match;
		const opKey = operationKey(op);
		const parsed = await parseBody(req.headers, rawBody);
		const request: SandboxRequest = {
			op,
			params,
			query: queryOf(url),
			body: parsed.body,
			files: parsed.files,
			headers: req.headers,
			userId: userId ?? '',
			traceId,
		};
		const errors = requestValidator.validate(op, {
			params: request.params,
			query: request.query,
			headers: req.headers,
			contentType: parsed.contentType,
			body: parsed.body,
			files: parsed.files,
		});
		if (errors.length > 0) {
			const error = validationFailed(errors);
			recordViolation(req, opKey, error);
			throw error;
		}
		request.body = dateTimes.normalize(op, parsed.contentType, parsed.body);

		const response = await answer(request, opKey, req);
		const after = faults.next(opKey, 'after');
		if (after) {
			const injected = await applyFault(after, traceId);
			if (injected) return injected;
		}
		return { kind: 'answer', response, fromHandler: true };
	}

	/** The handler's (or the spec sample's) answer; handler errors become answers here too. */
	async function answer(
		request: SandboxRequest,
		key: OperationKey,
		req: http.IncomingMessage,
	): Promise<SandboxResponse> {
		const handler = handlers[key];
		try {
			const response = handler ? await handler(request, context) : sampleResponse(request.op, seed);
			return { ...response, body: withoutInternalFields(response.body) };
		} catch (error) {
			if (!(error instanceof ApiError)) throw error;
			if (CLIENT_MISTAKE_CODES.has(error.code)) recordViolation(req, key, error);
			return errorResponse(error, request.traceId);
		}
	}

	/** Latency first; then a drop, a status answer, or (latency-only rule) nothing. */
	async function applyFault(rule: FaultRule, traceId: string): Promise<Outcome | undefined> {
		if (rule.latencyMs) await sleep(rule.latencyMs);
		if (rule.drop) return { kind: 'drop' };
		if (rule.status !== undefined) return { kind: 'answer', response: faultResponse(rule, traceId) };
		return undefined;
	}

	function recordViolation(
		req: { method?: string; url?: string },
		operation: OperationKey | undefined,
		error: ApiError,
	): void {
		violations.push({
			method: (req.method ?? 'GET').toUpperCase(),
			url: req.url ?? '',
			operation,
			status: error.status,
			code: error.code,
			description: error.description,
			...(error.validationErrors ? { validationErrors: error.validationErrors } : {}),
		});
	}

	function checkResponse(op: SpecOperation, response: SandboxResponse): void {
		// File downloads have no JSON body to hold to a schema; error answers are checked against
		// awork's error body whether the operation declares the status or not.
		if (!responseValidator || response.raw) return;
		const errors = responseValidator.validate(op, response.status, response.body);
		if (errors.length > 0) responseViolations.push({ operation: operationKey(op), status: response.status, errors });
	}

	async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
		const open = log.start((req.method ?? 'GET').toUpperCase(), req.url ?? '');
		const state: RequestState = { traceId: nextTraceId(), rateLimitHeaders: {} };
		let status = 0;
		let loggedBody: unknown;
		try {
			const url = new URL(req.url ?? '/', 'http://sandbox.local');
			let outcome: Outcome;
			try {
				const rawBody = await readBody(req);
				loggedBody = jsonOrUndefined(req.headers['content-type'], rawBody);
				outcome = await process(req, url, rawBody, state);
			} catch (error) {
				outcome = { kind: 'answer', response: unexpectedErrorResponse(req, state, error) };
			}
			if (outcome.kind === 'drop') {
				req.socket.destroy();
				return;
			}
			if (outcome.fromHandler && state.operation) checkResponse(state.operation, outcome.response);
			status = outcome.response.status;
			writeResponse(res, outcome.response, { ...state.rateLimitHeaders, ...(outcome.response.headers ?? {}) });
		} finally {
			open.finish(status, state.operation && operationKey(state.operation), loggedBody);
		}
	}

	/** ApiErrors are answers; anything else is a sandbox bug, answered 500 and recorded. */
	function unexpectedErrorResponse(req: http.IncomingMessage, state: RequestState, error: unknown): SandboxResponse {
		const operation = state.operation && operationKey(state.operation);
		if (error instanceof ApiError) {
			if (CLIENT_MISTAKE_CODES.has(error.code)) recordViolation(req, operation, error);
			return errorResponse(error, state.traceId);
		}
		// A sandbox bug: recorded with its stack so a suite asserting "no violations" shows it.
		const failure = new ApiError(500, 'server-error', `Sandbox error: ${(error as Error)?.stack ?? String(error)}`);
		recordViolation(req, operation, failure);
		return errorResponse(new ApiError(500, 'server-error', 'An internal error occurred.'), state.traceId);
	}

	return handle;
}

/** The request's JSON body for the log (tests assert what was sent); other bodies are not kept. */
function jsonOrUndefined(contentType: string | undefined, raw: Buffer): unknown {
	if (!raw.length || !/json/i.test(contentType ?? '')) return undefined;
	try {
		return JSON.parse(raw.toString('utf8'));
	} catch {
		return undefined;
	}
}

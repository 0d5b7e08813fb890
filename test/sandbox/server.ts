/**
 * `startSandbox`: the HTTP stand-in for awork's API. Every request goes through the same pipeline
 * as at awork — injected faults, authentication, the workspace rate limit, routing against the
 * spec, body parsing, spec validation — and then reaches a stateful handler or, for operations
 * without one, a deterministic sample answer generated from the spec.
 */
import http from 'http';
import type { AddressInfo } from 'net';
import { allHandlers } from './domain';
import { allowsAnonymous, authenticate, defaultApiKey, tryAuthenticate } from './http/auth';
import { parseBody, readBody } from './http/body';
import { ApiError, validationFailed } from './http/errors';
import { FaultInjector, faultResponse, sleep } from './http/faults';
import { RequestLog } from './http/log';
import { DEFAULT_RATE_LIMIT, RateLimiter, rateLimitedError } from './http/ratelimit';
import { applyListQuery } from './query';
import { seedWorkspace } from './seed';
import { loadSpecs } from './spec/load';
import { Router } from './spec/router';
import { RequestValidator, ResponseValidator, responseItemSchema } from './spec/validate';
import { sampleResponse } from './spec/sample';
import { Store } from './store';
import {
	operationKey,
	type EntityEvent,
	type FaultRule,
	type HandlerContext,
	type HandlerTable,
	type OperationKey,
	type ResponseViolation,
	type Sandbox,
	type SandboxOptions,
	type SandboxRequest,
	type SandboxResponse,
	type SpecOperation,
	type Violation,
} from './types';
import { errorResponse, formatHost, listen, queryOf, traceIds, writeResponse } from './http/wire';
import { WebhookDispatcher } from './webhooks/delivery';

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

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
	const seed = options.seed ?? 1;
	const now = options.now ?? (() => new Date());
	const store = new Store({ seed, now });
	const specs = loadSpecs({ specV1Path: options.specV1Path, specV2Path: options.specV2Path });
	const router = new Router(specs);
	const requestValidator = new RequestValidator(specs);
	const responseValidator = options.validateResponses ? new ResponseValidator(specs) : undefined;
	const handlers: HandlerTable = allHandlers;

	const { apiUserId } = seedWorkspace(store, options.workspace ?? 'demo');
	const apiKeys = options.apiKeys?.length ? [...options.apiKeys] : [defaultApiKey(seed)];
	for (const key of apiKeys) store.apiKeys.set(key, apiUserId);

	const log = new RequestLog();
	const limiter = new RateLimiter(options.rateLimit === undefined ? DEFAULT_RATE_LIMIT : options.rateLimit);
	const faults = new FaultInjector(options.faults ?? [], seed);
	const dispatcher = new WebhookDispatcher(store, options.webhookDelivery ?? {});
	const violations: Violation[] = [];
	const responseViolations: ResponseViolation[] = [];
	const events: EntityEvent[] = [];
	const defaultPageSize = options.defaultPageSize ?? 1000;
	const nextTraceId = traceIds(seed);

	const context: HandlerContext = {
		store,
		now,
		emit: (event) => {
			// Recorded before delivery so tests can observe events no webhook subscribes to.
			events.push(event);
			dispatcher.dispatch(event);
		},
		list: (req, items) => {
			const page = applyListQuery(items, req.query, {
				meId: req.userId,
				now: now(),
				defaultPageSize,
				itemSchema: responseItemSchema(req.op),
			});
			return { status: 200, body: page.items.map(withoutInternalFields), headers: page.headers };
		},
	};

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
			const notAllowed = match.error === 'method-not-allowed';
			const error = notAllowed
				? new ApiError(405, 'method-not-allowed', `The path ${url.pathname} does not support ${method}.`)
				: new ApiError(404, 'not-found', `There is no matching path for ${method} ${url.pathname}.`);
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
			contentType: parsed.contentType,
			body: parsed.body,
			files: parsed.files,
		});
		if (errors.length > 0) {
			const error = validationFailed(errors);
			recordViolation(req, opKey, error);
			throw error;
		}

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
		try {
			const url = new URL(req.url ?? '/', 'http://sandbox.local');
			let outcome: Outcome;
			try {
				const rawBody = await readBody(req);
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
			open.finish(status, state.operation && operationKey(state.operation));
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

	const server = http.createServer((req, res) => {
		void handle(req, res);
	});
	await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');
	const address = server.address() as AddressInfo;
	const origin = `http://${formatHost(address.address)}:${address.port}`;

	let stopped: Promise<void> | undefined;
	const sandbox: Sandbox = {
		baseUrl: `${origin}/api/v1`,
		baseUrlV2: `${origin}/api/v2`,
		apiKey: apiKeys[0],
		apiKeys,
		store,
		violations,
		responseViolations,
		requests: log.entries,
		events,
		stats: log.stats,
		setFaults: (rules) => faults.setRules(rules),
		setRateLimit: (limit) => limiter.setLimits(limit),
		resetLog: () => {
			log.reset();
			violations.length = 0;
			responseViolations.length = 0;
			events.length = 0;
		},
		stop: () => {
			stopped ??= new Promise<void>((resolve) => {
				dispatcher.stop();
				server.close(() => resolve());
				// Keep-alive sockets would hold the port (and jest) open.
				server.closeAllConnections();
			});
			return stopped;
		},
	};
	return sandbox;
}




/** Drops `_`-prefixed bookkeeping fields from an entity or a list of entities (top level only). */
function withoutInternalFields<T>(body: T): T {
	if (Array.isArray(body)) return body.map((item) => withoutInternalFields(item)) as T;
	if (body === null || typeof body !== 'object' || Buffer.isBuffer(body)) return body;
	const keys = Object.keys(body);
	if (!keys.some((key) => key.startsWith('_'))) return body;
	const copy: Record<string, unknown> = {};
	for (const key of keys) if (!key.startsWith('_')) copy[key] = (body as Record<string, unknown>)[key];
	return copy as T;
}

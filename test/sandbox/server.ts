/**
 * `startSandbox`: the HTTP stand-in for awork's API. Every request goes through the same pipeline
 * as at awork (server-pipeline.ts) — injected faults, authentication, the workspace rate limit,
 * routing against the spec, body parsing, spec validation — and then reaches a stateful handler
 * or, for operations without one, a deterministic sample answer generated from the spec.
 */
import http from 'http';
import type { AddressInfo } from 'net';
import { allHandlers } from './domain';
import { defaultApiKey } from './http/auth';
import { FaultInjector } from './http/faults';
import { RequestLog } from './http/log';
import { DEFAULT_RATE_LIMIT, RateLimiter } from './http/ratelimit';
import { formatHost, listen, traceIds } from './http/wire';
import { createHandlerContext } from './server-context';
import { createPipeline } from './server-pipeline';
import { seedWorkspace } from './seed';
import { loadSpecs } from './spec/load';
import { Router } from './spec/router';
import { DateTimeNormalizer } from './spec/date-times';
import { RequestValidator, ResponseValidator } from './spec/validate';
import { Store } from './store';
import type { EntityEvent, HandlerTable, ResponseViolation, Sandbox, SandboxOptions, Violation } from './types';
import { WebhookDispatcher } from './webhooks/delivery';

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

	const context = createHandlerContext({
		store,
		now,
		defaultPageSize: options.defaultPageSize ?? 1000,
		emit: (event) => {
			// Recorded before delivery so tests can observe events no webhook subscribes to.
			events.push(event);
			dispatcher.dispatch(event);
		},
	});
	const handle = createPipeline({
		seed,
		store,
		router,
		requestValidator,
		dateTimes: new DateTimeNormalizer(specs),
		responseValidator,
		handlers,
		context,
		log,
		limiter,
		faults,
		violations,
		responseViolations,
		nextTraceId: traceIds(seed),
	});

	const server = http.createServer((req, res) => {
		void handle(req, res);
	});
	await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');
	const address = server.address() as AddressInfo;
	const origin = `http://${formatHost(address.address)}:${address.port}`;
	return sandboxHandle({ server, origin, apiKeys, store, log, limiter, faults, dispatcher, violations, responseViolations, events });
}

/** What the handle exposes and controls; the same objects the pipeline records into. */
interface HandleParts {
	server: http.Server;
	origin: string;
	apiKeys: string[];
	store: Store;
	log: RequestLog;
	limiter: RateLimiter;
	faults: FaultInjector;
	dispatcher: WebhookDispatcher;
	violations: Violation[];
	responseViolations: ResponseViolation[];
	events: EntityEvent[];
}

/** The `Sandbox` a test or `npm start` holds: base URLs, keys, logs and run-time controls. */
function sandboxHandle(parts: HandleParts): Sandbox {
	const { server, origin, apiKeys, store, log, limiter, faults, dispatcher, violations, responseViolations, events } = parts;
	let stopped: Promise<void> | undefined;
	return {
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
}

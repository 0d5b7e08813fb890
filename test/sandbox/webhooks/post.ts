/** One HTTP POST of a webhook body, with a timeout; never throws. */
import http from 'http';
import https from 'https';

export type PostOutcome = { status: number; error?: undefined } | { status: 0; error: string };

/**
 * POSTs `body` to `url`. Resolves with the HTTP status, or status 0 and an error for network
 * failures and timeouts. `signal` aborts (dispatcher stop).
 */
export function postJson(url: URL, body: string, headers: Record<string, string>, timeoutMs: number, signal: AbortSignal): Promise<PostOutcome> {
	return new Promise((resolve) => {
		const client = url.protocol === 'https:' ? https : http;
		let settled = false;
		let timer: NodeJS.Timeout | undefined;
		const finish = (outcome: PostOutcome) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			resolve(outcome);
		};
		const request = client.request(
			url,
			{
				method: 'POST',
				// No keep-alive: each delivery is independent and leaves no sockets behind.
				agent: false,
				headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'awork-sandbox-webhooks', ...headers },
				signal,
			},
			(response) => {
				response.resume();
				response.on('end', () => finish({ status: response.statusCode ?? 0 }));
				response.on('error', (error) => finish({ status: 0, error: error.message }));
			},
		);
		timer = setTimeout(() => {
			finish({ status: 0, error: `No answer within ${timeoutMs} ms.` });
			request.destroy();
		}, timeoutMs);
		request.on('error', (error) => finish({ status: 0, error: error.message }));
		request.end(body);
	});
}

/** One event followed all the way from the causing API call to a registered webhook receiver. */
import http from 'http';
import type { AddressInfo } from 'net';
import { apiUserId, post, put, useEventsSandbox } from './events-testkit';

useEventsSandbox();

describe('delivery end to end', () => {
	it('POSTs a subscribed event to the registered webhook with the configured header', async () => {
		const received: Array<{ headers: http.IncomingHttpHeaders; body: any }> = [];
		let arrived: () => void = () => undefined;
		const delivered = new Promise<void>((resolve) => (arrived = resolve));
		const receiver = http.createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (chunk) => chunks.push(chunk));
			req.on('end', () => {
				received.push({ headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
				res.writeHead(200).end();
				arrived();
			});
		});
		await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
		try {
			const uri = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
			await post('/webhooks', {
				name: 'events e2e', uri, events: 'company_type_changed', isActive: true, authenticationType: 'header', authentication: 'X-Hook-Secret=s3cret',
			});
			const company = await post('/companies', { name: 'Webhook GmbH', industry: 'Retail' });
			await put(`/companies/${company.id}`, { name: 'Webhook GmbH', industry: 'E-Commerce' });
			await delivered;
			expect(received).toHaveLength(1); // company_added/updated were not subscribed
			const [{ headers, body }] = received;
			expect(headers['x-hook-secret']).toBe('s3cret');
			expect(body).toMatchObject({
				eventType: 'company_type_changed',
				entityType: 'company',
				entityId: company.id,
				entity: { id: company.id, industry: 'E-Commerce' },
				triggeredBy: { id: apiUserId },
				changes: [{ property: 'Industry', old: 'Retail', new: 'E-Commerce' }],
			});
		} finally {
			await new Promise<void>((resolve) => receiver.close(() => resolve()));
		}
	});
});

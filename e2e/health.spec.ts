import { expect, test } from './fixtures';

/**
 * What load balancers and container hosts see: the health routes answer without a
 * session, set no cookie and may not be cached; a proxied call carries its request id.
 */
test.describe('health routes', () => {
  test('liveness answers 200 with the version, no cookie, never cached, to a browser without a session', async ({
    request,
  }) => {
    const response = await request.get('/api/health', { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', version: expect.any(String) });
    expect(response.headers()['cache-control']).toBe('no-store');
    expect(response.headers()['set-cookie']).toBeUndefined();
  });

  test('readiness answers 200 when configuration and the shared store are fine, equally uncached', async ({
    request,
  }) => {
    const response = await request.get('/api/health?ready=1', { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', version: expect.any(String) });
    expect(response.headers()['cache-control']).toBe('no-store');
    expect(response.headers()['set-cookie']).toBeUndefined();
  });

  test('a proxied call, even one refused for want of a session, carries a request id', async ({
    request,
  }) => {
    const response = await request.get('/api/rescale/v2/users/me/', { maxRedirects: 0 });
    expect(response.status()).toBe(401);
    expect(response.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

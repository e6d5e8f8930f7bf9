/**
 * Where the reference is silent the platform behaves as Django REST Framework does by
 * default: the router's API root, content negotiation and SimpleMetadata for OPTIONS.
 * https://www.django-rest-framework.org/api-guide/routers/#defaultrouter
 * https://www.django-rest-framework.org/api-guide/content-negotiation/
 * https://www.django-rest-framework.org/api-guide/metadata/
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useSandbox } from '../test/support/sandbox-harness';

const PUBLIC_URL = 'https://rescale.test';
const sandbox = useSandbox({ publicUrl: PUBLIC_URL });

describe('the API root', () => {
  it('lists the list endpoints by name with absolute URLs on the public URL', async () => {
    const reply = await sandbox.api('ada', 'GET', '');
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.body, {
      coretypes: `${PUBLIC_URL}/api/v2/coretypes/`,
      analyses: `${PUBLIC_URL}/api/v2/analyses/`,
      'remote-viz-config': `${PUBLIC_URL}/api/v2/remote-viz-config/`,
      jobs: `${PUBLIC_URL}/api/v2/jobs/`,
      files: `${PUBLIC_URL}/api/v2/files/`,
    });
    for (const link of Object.values<string>(reply.body)) {
      const listed = await sandbox.request('GET', link, { user: 'ada' });
      assert.equal(listed.status, 200, link);
    }
  });

  it('authenticates first: no key and a bad key get 401', async () => {
    const none = await sandbox.api(null, 'GET', '');
    assert.equal(none.status, 401);
    assert.deepEqual(none.body, { detail: 'Authentication credentials were not provided.' });
    const bad = await sandbox.api(null, 'GET', '', undefined, { Authorization: 'Token 0123456789abcdef' });
    assert.equal(bad.status, 401);
    assert.deepEqual(bad.body, { detail: 'Invalid token.' });
  });

  it('redirects /api/v2 to /api/v2/ as APPEND_SLASH does', async () => {
    const reply = await sandbox.request('GET', '/api/v2');
    assert.equal(reply.status, 301);
    assert.equal(reply.headers.get('location'), '/api/v2/');
  });
});

describe('content negotiation', () => {
  it('answers 406 to an Accept header that names no JSON, before authenticating', async () => {
    for (const accept of ['application/xml', 'text/html', 'text/csv, application/xml;q=0.9']) {
      for (const user of ['ada', null] as const) {
        const reply = await sandbox.api(user, 'GET', 'jobs/', undefined, { Accept: accept });
        assert.equal(reply.status, 406, `${accept} as ${user}`);
        assert.deepEqual(reply.body, { detail: 'Could not satisfy the request Accept header.' });
        assert.match(reply.headers.get('content-type') ?? '', /^application\/json/);
      }
    }
  });

  it('answers JSON to any Accept that a JSON renderer satisfies', async () => {
    for (const accept of [
      'application/json',
      'application/json; indent=4',
      'application/*',
      '*/*',
      'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    ]) {
      const reply = await sandbox.api('ada', 'GET', 'users/me/', undefined, { Accept: accept });
      assert.equal(reply.status, 200, accept);
      assert.equal(reply.body.email, 'ada@example.com');
    }
  });

  it('serves file bytes whatever the client accepts', async () => {
    const reply = await sandbox.api('ada', 'GET', 'jobs/AIRfoL/files/?page_size=1');
    const download = await sandbox.request('GET', reply.body.results[0].downloadUrl, {
      user: 'ada',
      headers: { Accept: 'application/octet-stream' },
    });
    assert.equal(download.status, 200);
  });

  it('answers ?format=api with 404, as DRF without its browsable renderer, and honours ?format=json', async () => {
    for (const format of ['api', 'xml']) {
      const reply = await sandbox.api('ada', 'GET', `jobs/?format=${format}`);
      assert.equal(reply.status, 404, format);
      assert.deepEqual(reply.body, { detail: 'Not found.' });
    }
    const json = await sandbox.api('ada', 'GET', 'jobs/?format=json');
    assert.equal(json.status, 200);
    assert.equal(json.body.count, 520);
    // The format narrows the renderers; the Accept header must still be satisfied.
    const html = await sandbox.api('ada', 'GET', 'jobs/?format=json', undefined, { Accept: 'text/html' });
    assert.equal(html.status, 406);
  });
});

describe('OPTIONS (SimpleMetadata)', () => {
  it('names the view as a router names it and lists what it renders and parses', async () => {
    const list = await sandbox.api('ada', 'OPTIONS', 'jobs/');
    assert.equal(list.status, 200);
    assert.deepEqual(Object.keys(list.body), ['name', 'description', 'renders', 'parses', 'actions']);
    assert.equal(list.body.name, 'Job List');
    assert.deepEqual(list.body.renders, ['application/json']);
    assert.deepEqual(list.body.parses, ['application/json']);
    assert.equal((await sandbox.api('ada', 'OPTIONS', 'jobs/AIRfoL/')).body.name, 'Job Instance');
    assert.equal(
      (await sandbox.api('ada', 'OPTIONS', 'jobs/AIRfoL/cluster_statuses/')).body.name,
      'Cluster statuses',
    );
    const root = await sandbox.api('ada', 'OPTIONS', '');
    assert.equal(root.body.name, 'Api Root');
    assert.equal(root.body.description, 'The default basic root view for DefaultRouter');
  });

  it('says uploads parse multipart and JSON endpoints do not', async () => {
    const upload = await sandbox.api('ada', 'OPTIONS', 'files/contents/');
    assert.deepEqual(upload.body.parses, ['multipart/form-data']);
    const share = await sandbox.api('ada', 'OPTIONS', 'jobs/AIRfoL/share/');
    assert.deepEqual(share.body.parses, ['application/json']);
    const multipart = new FormData();
    multipart.set('email', 'grace@example.com');
    const refused = await sandbox.request('POST', '/api/v2/jobs/AIRfoL/share/', {
      user: 'ada',
      body: multipart,
    });
    assert.equal(refused.status, 415);
  });

  it('describes the fields a POST takes, with DRF’s field metadata', async () => {
    const { actions } = (await sandbox.api('ada', 'OPTIONS', 'jobs/')).body;
    assert.deepEqual(Object.keys(actions), ['POST']);
    const fields = actions.POST;
    assert.deepEqual(fields.name, {
      type: 'string',
      required: true,
      read_only: false,
      label: 'Name',
      max_length: 200,
    });
    assert.deepEqual(fields.id, { type: 'string', required: false, read_only: true, label: 'Id' });
    assert.equal(fields.jobanalyses.required, true);
    const analysis = fields.jobanalyses.child;
    assert.equal(analysis.type, 'nested object');
    assert.deepEqual(analysis.children.hardware.children.coresPerSlot, {
      type: 'integer',
      required: true,
      read_only: false,
      label: 'Coresperslot',
      min_value: 1,
    });
    const variable = fields.jobvariables.child.children;
    for (const name of [
      'name',
      'variableType',
      'displayOrder',
      'valueGeneratorType',
      'valueGeneratorSettings',
    ])
      assert.equal(variable[name].required, true, name);
    assert.deepEqual(
      variable.variableType.choices.map((choice: { value: string }) => choice.value),
      ['Param', 'Design', 'Output', 'Case', 'Constraint', 'Objective'],
    );
    const share = (await sandbox.api('alan', 'OPTIONS', 'jobs/AIRfoL/share/')).body.actions.POST;
    assert.deepEqual(share.email, { type: 'email', required: true, read_only: false, label: 'Email' });
  });

  it('describes PUT only to a user allowed to update the object, and omits actions where there are none', async () => {
    const owner = await sandbox.api('ada', 'OPTIONS', 'jobs/AIRfoL/');
    assert.deepEqual(Object.keys(owner.body.actions), ['PUT']);
    const reader = await sandbox.api('alan', 'OPTIONS', 'jobs/AIRfoL/');
    assert.equal(reader.status, 200);
    assert.equal('actions' in reader.body, false);
    for (const path of ['jobs/AIRfoL/statuses/', 'users/me/', 'jobs/AIRfoL/submit/']) {
      const reply = await sandbox.api('ada', 'OPTIONS', path);
      assert.equal('actions' in reply.body, false, path);
    }
  });

  it('still authenticates and negotiates', async () => {
    assert.equal((await sandbox.api(null, 'OPTIONS', 'jobs/')).status, 401);
    assert.equal(
      (await sandbox.api('ada', 'OPTIONS', 'jobs/', undefined, { Accept: 'text/xml' })).status,
      406,
    );
  });
});

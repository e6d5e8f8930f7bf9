import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_JOB_VIEW, jobViewHref, jobViewSearch, parseJobViewQuery, withView } from './job-view-query';

describe('parseJobViewQuery', () => {
  it('opens the overview with a 100-line tail and no follow when the URL says nothing', () => {
    assert.deepEqual(parseJobViewQuery({}), {
      tab: 'overview',
      run: null,
      file: null,
      lines: 100,
      follow: false,
      preview: null,
      filesPage: 1,
      filesSearch: '',
      filesRun: null,
      runsPage: 1,
      runsSort: null,
      x: null,
      y: null,
    });
  });

  it('reads the runs order from rsort, a leading minus for highest first, and writes it back', () => {
    const view = parseJobViewQuery(new URLSearchParams('tab=runs&rsort=-Cd&rpage=2'));
    assert.deepEqual(view.runsSort, { variable: 'Cd', descending: true });
    assert.equal(jobViewSearch(view), '?tab=runs&rpage=2&rsort=-Cd');
    assert.equal(parseJobViewQuery(new URLSearchParams('rsort=-')).runsSort, null);
    assert.equal(withView(view, { runsSort: { variable: 'x', descending: false } }).runsPage, 1);
  });

  it('restores the run, file, line count and follow mode of a shared tail link', () => {
    const view = parseJobViewQuery(
      new URLSearchParams('run=3&file=airFoil2D/log.simpleFoam&lines=200&follow=1'),
    );
    assert.equal(view.tab, 'runs');
    assert.equal(view.run, '3');
    assert.equal(view.file, 'airFoil2D/log.simpleFoam');
    assert.equal(view.lines, 200);
    assert.equal(view.follow, true);
  });

  it('falls back to defaults for values it does not understand instead of failing', () => {
    const view = parseJobViewQuery({ tab: 'secrets', lines: '7', fpage: '-2', rpage: 'x', follow: 'yes' });
    assert.equal(view.tab, 'overview');
    assert.equal(view.lines, 100);
    assert.equal(view.filesPage, 1);
    assert.equal(view.runsPage, 1);
    assert.equal(view.follow, false);
  });

  it('refuses a file path that climbs out of the working directory', () => {
    assert.equal(parseJobViewQuery({ run: '1', file: '../../etc/passwd' }).file, null);
  });

  it('ignores a file when no run is selected', () => {
    assert.equal(parseJobViewQuery({ file: 'log' }).file, null);
  });

  it('takes the first value of a repeated parameter', () => {
    assert.equal(parseJobViewQuery({ tab: ['files', 'runs'] }).tab, 'files');
  });
});

describe('jobViewSearch', () => {
  it('leaves defaults out so links stay short', () => {
    assert.equal(jobViewSearch(DEFAULT_JOB_VIEW), '');
  });

  it('round-trips every part of a view through the URL', () => {
    const view = parseJobViewQuery({
      tab: 'files',
      run: '4',
      file: 'a b/c.log',
      lines: '500',
      follow: '1',
      preview: 'abc',
      fpage: '3',
      q: 'residuals',
      frun: '12',
      rpage: '2',
      x: 'x_velocity',
      y: 'Cd',
    });
    assert.deepEqual(parseJobViewQuery(new URLSearchParams(jobViewSearch(view))), view);
  });

  it('reads bad input in a link to the defaults, then writes the short link', () => {
    const view = parseJobViewQuery(
      '?tab=admin&run=..%2Fx&file=log&lines=1e2&follow=true&preview=a%20b&frun=..%2F1&fpage=1000001&q=%20%20' +
        '&rpage=0&x=%20%20&y=' +
        'y'.repeat(201),
    );
    assert.deepEqual(view, DEFAULT_JOB_VIEW);
    assert.equal(jobViewSearch(view), '');
  });

  it('cuts an output-file search longer than any name to its first 200 characters', () => {
    assert.equal(parseJobViewQuery({ q: 'q'.repeat(201) }).filesSearch, 'q'.repeat(200));
  });

  it('builds a link to the job with its id encoded', () => {
    assert.equal(jobViewHref('a/b', { ...DEFAULT_JOB_VIEW, tab: 'runs' }), '/jobs/a%2Fb?tab=runs');
  });
});

describe('withView', () => {
  it('forgets the previous run’s file, preview, files page and follow when another run is chosen', () => {
    const current = parseJobViewQuery({ run: '1', file: 'log', follow: '1', preview: 'f1', fpage: '4' });
    const next = withView(current, { run: '2' });
    assert.equal(next.run, '2');
    assert.equal(next.file, null);
    assert.equal(next.preview, null);
    assert.equal(next.filesPage, 1);
    assert.equal(next.follow, false);
  });

  it('returns to the first page of files when the search changes', () => {
    const next = withView(parseJobViewQuery({ fpage: '5', q: 'a' }), { filesSearch: 'b' });
    assert.equal(next.filesPage, 1);
  });

  it('narrows the files tab to a run on its first page, keeping the search and the selected run', () => {
    const current = parseJobViewQuery({ tab: 'files', run: '7', fpage: '5', q: 'log', preview: 'f1' });
    const next = withView(current, { filesRun: '3' });
    assert.deepEqual(next, { ...current, filesRun: '3', filesPage: 1, preview: null });
    assert.equal(jobViewSearch(next), '?tab=files&run=7&q=log&frun=3');
    assert.equal(withView(next, { filesRun: null }).filesRun, null);
  });

  it('keeps the tail settings when only the line count changes', () => {
    const current = parseJobViewQuery({ run: '1', file: 'log', follow: '1' });
    assert.deepEqual(withView(current, { lines: 500 }), { ...current, lines: 500 });
  });
});

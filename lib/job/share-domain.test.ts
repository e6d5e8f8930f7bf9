import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shareRecipientProblem } from './share-domain';

describe('shareRecipientProblem', () => {
  it('accepts a colleague at the same company and a support desk', () => {
    assert.equal(shareRecipientProblem('grace@example.com', 'ada@example.com'), null);
    assert.equal(shareRecipientProblem(' Grace@Example.com ', 'ada@example.com'), null);
    assert.equal(shareRecipientProblem('support@rescale.com', 'ada@example.com'), null);
  });

  it('refuses an address outside the company, naming the company domain', () => {
    assert.equal(
      shareRecipientProblem('nobody@nowhere.com', 'ada@example.com'),
      'nobody@nowhere.com is outside your company: Rescale shares jobs only with colleagues at example.com or a support desk.',
    );
  });

  it('refuses what is not an address, and the viewer’s own', () => {
    assert.match(shareRecipientProblem('grace', 'ada@example.com') ?? '', /not an email address/);
    assert.match(shareRecipientProblem('ada@example.com', 'ada@example.com') ?? '', /your own address/);
  });
});

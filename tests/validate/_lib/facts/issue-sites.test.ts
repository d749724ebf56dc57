import { describe, expect, it } from 'vitest';
import { IssueSites } from '../../../../src/validate/_lib/facts/issue-sites.js';

describe('IssueSites', () => {
  it('starts empty', () => {
    expect(new IssueSites().length).toBe(0);
  });

  it('gives back each site as it was pushed, in order', () => {
    const sites = new IssueSites();
    sites.push(0, 12, '/members/0/id', 'meeting.a', true);
    sites.push(3, 0, '', undefined, false);
    expect(sites.length).toBe(2);
    expect(sites.at(0)).toEqual({ file: 0, line: 12, pointer: '/members/0/id', recordId: 'meeting.a', fresh: true });
    expect(sites.at(1)).toEqual({ file: 3, line: 0, pointer: '', recordId: undefined, fresh: false });
  });

  it('makes a new object each time, so a caller may keep or change it', () => {
    const sites = new IssueSites();
    sites.push(1, 2, '/x', 'r', true);
    const first = sites.at(0);
    first.line = 99;
    expect(sites.at(0).line).toBe(2);
    expect(sites.at(0)).not.toBe(sites.at(0));
  });
});

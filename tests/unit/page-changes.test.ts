// @vitest-environment happy-dom
/**
 * From the page's changes to the blocks to read again: a change that leaves the text of every
 * block already read as it was names none of them, so their marks are never redone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectChanged, outermost, type ReadRoot } from '@/page/page-changes';
import { OWN_UI_ATTR } from '@/page/mark-contract';

afterEach(() => document.body.replaceChildren());

/** The roots to read again after `change`, as observed on <body>. */
function changed(change: () => void): ReadRoot[] {
  const observer = new MutationObserver(() => undefined);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  change();
  const roots = new Set<ReadRoot>();
  collectChanged(observer.takeRecords(), roots);
  observer.disconnect();
  return outermost(roots);
}

function article(): HTMLElement {
  document.body.innerHTML =
    '<main><article><p id="a">Microsoft holds a <em>27%</em> stake.</p><p id="b">OpenAI.</p></article></main>';
  return document.querySelector('article')!;
}

describe('the blocks a page change makes us read again', () => {
  it('none for a block coming and going between blocks (an ad rotator)', () => {
    article();
    const ad = document.createElement('div');
    ad.textContent = 'Sponsored';
    document.body.append(ad);
    expect(changed(() => ad.remove())).toEqual([]);
  });

  it('only the block added, not its parent', () => {
    const a = article();
    const post = document.createElement('div');
    post.innerHTML = '<p>Microsoft keeps its IP rights through 2032.</p>';
    expect(changed(() => a.prepend(post))).toEqual([post]);
  });

  it('the block whose text changed, inline elements included', () => {
    article();
    const em = document.querySelector('em')!;
    expect(changed(() => ((em.firstChild as Text).data = '32.5%'))).toEqual([
      document.getElementById('a'),
    ]);
    expect(changed(() => em.remove())).toEqual([document.getElementById('a')]);
  });

  it("the parent's block when a block taken out joins two runs of its own text", () => {
    document.body.innerHTML = '<div id="d">Microsoft<p id="p">x</p> holds 27%.</div>';
    const div = document.getElementById('d');
    expect(changed(() => document.getElementById('p')!.remove())).toEqual([div]);
  });

  it('none for our own UI coming and going, nor whitespace between blocks', () => {
    article();
    const host = document.createElement('div');
    host.setAttribute(OWN_UI_ATTR, '');
    expect(changed(() => document.body.append(host, '\n  '))).toEqual([]);
  });

  it('one root for changes nested in one another', () => {
    const a = article();
    const post = document.createElement('section');
    expect(
      changed(() => {
        a.append(post);
        post.append('Microsoft and OpenAI');
      }),
    ).toEqual([post]);
  });
});

// @vitest-environment happy-dom
/**
 * Open shadow roots (#28 item 2): the walk reports the hosts it meets, a region the reader skips
 * still has its custom hosts found, excluded hosts are not entered, closed roots are never seen.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { blocksUnder } from '@/page/scanner';
import { insideExcluded } from '@/page/elements';
import { regionsUnder, shadowRootsUnder } from '@/page/regions';

afterEach(() => {
  document.body.replaceChildren();
});

/** A host of `tag` in `parent`, with a shadow root of `mode` holding one paragraph of `text`. */
function host(
  parent: Element,
  tag: string,
  mode: ShadowRootMode,
  text: string,
): { el: HTMLElement; root: ShadowRoot } {
  const el = document.createElement(tag);
  parent.append(el);
  const root = el.attachShadow({ mode });
  const p = document.createElement('p');
  p.textContent = text;
  root.append(p);
  return { el, root };
}

describe('open shadow roots', () => {
  it('blocksUnder reports each open root it meets, and reads no shadow text as light text', () => {
    const article = document.createElement('article');
    article.innerHTML = '<p>Light text.</p><div id="d"></div>';
    document.body.append(article);
    const a = host(article, 'news-body', 'open', 'In the shadow.');
    const b = host(article.querySelector('#d')!, 'span', 'open', 'In a span host.');
    host(article, 'sealed-note', 'closed', 'Closed.');
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    article.append(editable);
    host(editable, 'in-editor', 'open', 'Editable.');
    const found: ShadowRoot[] = [];
    const texts = [...blocksUnder(article, false, (r) => found.push(r))].map((block) => block.text);
    expect(found).toEqual([b.root, a.root]); // document order: #d comes first
    expect(texts.join('|')).not.toMatch(/shadow|span host|Closed|Editable/);
  });

  it('a shadow root reads as a tree of its own, and its text is inside the host for exclusion', () => {
    const { el, root } = host(document.body, 'news-body', 'open', 'In the shadow.');
    const regions = [...regionsUnder(root)];
    expect(regions.map((r) => r.element.textContent)).toEqual(['In the shadow.']);
    expect([...blocksUnder(root)].map((b) => b.text)).toEqual(['In the shadow.']);
    expect(insideExcluded(root.firstChild!)).toBe(false);
    el.setAttribute('aria-hidden', 'true');
    expect(insideExcluded(root.firstChild!)).toBe(true);
    expect(insideExcluded(root)).toBe(true);
    expect([...regionsUnder(root)]).toEqual([]);
  });

  it('shadowRootsUnder finds custom hosts (not in excluded parts, not closed ones) without walking', () => {
    const section = document.createElement('section');
    document.body.append(section);
    const a = host(section, 'news-body', 'open', 'One.');
    host(section, 'sealed-note', 'closed', 'Two.');
    const hidden = document.createElement('div');
    hidden.hidden = true;
    section.append(hidden);
    host(hidden, 'hidden-body', 'open', 'Three.');
    const found: ShadowRoot[] = [];
    shadowRootsUnder(section, (r) => found.push(r));
    expect(found).toEqual([a.root]);
  });
});

/**
 * Small element trees for property tests: a spec (tag, attributes, children that are specs or
 * text) and its DOM, built in the test environment's document.
 */
export interface TreeSpec {
  tag: string;
  attrs?: [string, string][];
  children: (TreeSpec | string)[];
}

export function buildTree(spec: TreeSpec): Element {
  const el = document.createElement(spec.tag);
  for (const [name, value] of spec.attrs ?? []) el.setAttribute(name, value);
  for (const child of spec.children)
    el.append(typeof child === 'string' ? child : buildTree(child));
  return el;
}

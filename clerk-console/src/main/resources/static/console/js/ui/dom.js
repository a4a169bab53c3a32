// Small DOM helpers. Untrusted text (chat, names, anything from the network) only ever goes in
// through textContent, never as HTML.

export const $ = (id) => document.getElementById(id);

/** Creates an element with a class and text content. */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

export function show(node, visible) {
  node.hidden = !visible;
}

export function showView(name) {
  for (const view of ['login', 'idle', 'call']) show($('view-' + view), view === name);
}

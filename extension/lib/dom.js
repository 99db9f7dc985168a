// Tiny DOM builder. Strings become Text nodes, so page-derived text can never become markup.
// There is deliberately no way to pass HTML through here.

/**
 * h("p", { class: "x", "aria-label": "y", onclick: fn }, "text", childNode, [more], null)
 * - attributes: strings via setAttribute; `on*` functions become event listeners;
 *   `hidden`/`open`/`disabled` booleans set properties; null/undefined/false values are skipped.
 * - children: strings/numbers -> Text nodes; Nodes appended; arrays flattened; null/false skipped.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (key === "hidden" || key === "open" || key === "disabled") el[key] = Boolean(value);
    else if (key === "dataset") Object.assign(el.dataset, value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

/**
 * The details panel: an item's quote, speaker, time and source, copied from the server-rendered
 * `<template data-detail>` of that item. It is not a live region: screen readers hear the item
 * they move to, and read the panel when they choose to go into it.
 */

/** Shows the details of `id` in `panel`; false when there are none. */
export function openPanel(root: HTMLElement, panel: HTMLElement, id: string): boolean {
  const template = root.querySelector<HTMLTemplateElement>(`template[data-detail="${CSS.escape(id)}"]`);
  const body = panel.querySelector('.tl-panel-body');
  if (!template || !body) return false;
  body.replaceChildren(template.content.cloneNode(true));
  panel.dataset.item = id;
  panel.hidden = false;
  return true;
}

/** Hides the panel. */
export function closePanel(panel: HTMLElement): void {
  panel.hidden = true;
  delete panel.dataset.item;
}

// Run in every document as it is created (an init script of the walk's context), before the site's own scripts.
// Démarche Numérique writes its long lists as <react-component props='{"id": …, "items": [[label, value]…]}'>, which React
// replaces by a box one types into: its choices are then drawn only while the list is open, and the props are gone. They
// are kept here as the document reads them, by the box's id (with the name of the hidden inputs that hold what is chosen),
// for the inventory to read a list with its choices whether it is open or not.
(() => {
  const lists = new Map();
  Object.defineProperty(window, '__probeChoices', { value: lists, configurable: true });
  const keep = (el) => {
    let props;
    try { props = JSON.parse(el.getAttribute('props')); } catch (e) { return; }
    if (!props || typeof props.id !== 'string' || !Array.isArray(props.items) || !props.items.length) return;
    const label = (i) => (Array.isArray(i) ? i[0] : i && typeof i === 'object' ? i.label : i);
    lists.set(props.id, { options: props.items.map(label).filter((l) => l != null).map(String), name: typeof props.name === 'string' ? props.name : '' });
  };
  // Read from the nodes added, and from those removed as well: a list drawn in the same task as its markup was added is
  // gone from the page when the observer hears of it, not from the record of its removal.
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of [...record.addedNodes, ...record.removedNodes]) {
        if (node.nodeType !== 1) continue;
        if (node.localName === 'react-component') { if (node.hasAttribute('props')) keep(node); }
        else if (node.firstElementChild) for (const el of node.getElementsByTagName('react-component')) if (el.hasAttribute('props')) keep(el);
      }
    }
  }).observe(document, { childList: true, subtree: true });
})();

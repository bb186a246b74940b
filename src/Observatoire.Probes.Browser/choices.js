// Run in every document as it is created (an init script of the walk's context), before the site's own scripts.
// Démarche Numérique writes its lists of fixed choices as <react-component name="ComboBox/SingleComboBox" (or
// MultiComboBox) props='{"id": …, "items": [[label, value]…]}'>, which React replaces by a box one types into: its
// choices are then drawn only while the list is open, and the props are gone. They are kept here by the box's id, for the
// inventory to read the list with its choices whether it is open or not. A list searched on a server (RemoteComboBox: its
// props name a `loader`, its items are the choice already made, a person's address or commune) is not a list of choices.
(() => {
  const lists = new Map();
  const parse = JSON.parse;
  Object.defineProperty(window, '__probeChoices', { value: lists, configurable: true });
  const keep = (el) => {
    if (!el.hasAttribute('props') || /Remote/.test(el.getAttribute('name') || '')) return;
    let props;
    try { props = parse(el.getAttribute('props')); } catch (e) { return; }
    if (!props || props.loader || typeof props.id !== 'string' || !Array.isArray(props.items) || !props.items.length) return;
    const label = (i) => (Array.isArray(i) ? i[0] : i && typeof i === 'object' ? i.label : i);
    lists.set(props.id, props.items.map(label).filter((l) => l != null).map(String));
  };
  const within = (node) => {
    if (node.nodeType !== 1) return;
    if (node.localName === 'react-component') keep(node);
    else if (node.firstElementChild) for (const el of node.getElementsByTagName('react-component')) keep(el);
  };
  new MutationObserver((records) => {
    try {
      // Each subtree is read once: a node whose parent came in the same batch is read with it (while a page is parsed each
      // element comes on its own, and reading each one's subtree again would cost the page's depth times its size).
      // Removed nodes are read first: of a list drawn anew, the props last written win.
      const added = new Set();
      for (const record of records) for (const node of record.addedNodes) added.add(node);
      for (const record of records) {
        if (record.type === 'attributes') { if (record.target.localName === 'react-component') keep(record.target); continue; }
        for (const node of record.removedNodes) within(node);
        for (const node of record.addedNodes) if (!added.has(node.parentNode)) within(node);
      }
    } catch (e) { /* the site's page goes on whatever this reads */ }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['props'] });
})();

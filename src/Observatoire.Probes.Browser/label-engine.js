// The selector engine `probe-label`: the fields whose label, as a person reads it, is exactly these words (a JSON string,
// or the words as they are). A person reads « Adresse » where DSFR writes the hint inside the label (« Adresse<span
// class="fr-hint-text">Numéro et libellé de la voie</span> ») and where a kit adds a required mark (« Nom de l'enfant
// <span class="required">*</span> »); Playwright's exact label reads the whole text. The label is inventory.js's own
// (its region `label`, inserted below), so a target finds a field by the label the evidence shows for it.
(() => {
  /* label */
  const wanted = (selector) => {
    let words = selector.trim();
    if (words.startsWith('"')) {
      try { words = JSON.parse(words); } catch (e) { /* the words as written */ }
    }
    return String(words).replace(/\s+/g, ' ').trim();
  };
  // Each <label> of the field (a hidden file input's, and a file chooser's drawn without an input, are those the inventory
  // gives it), all of them together, and the elements that name it.
  const labelsOf = (el) => {
    const names = [];
    const labels = fieldLabels(el);
    labels.forEach((l) => names.push(labelText(l)));
    if (labels.length > 1) names.push(labels.map(labelText).join(' ').trim());
    if (el.hasAttribute('aria-labelledby')) names.push(labelledBy(el));
    // An upload its button names (« Ajouter un fichier ») is found by its question's name, as the inventory names it.
    const question = names.some((n) => genericUpload.test(n)) ? uploadQuestion(el) : null;
    if (question) names.push(labelledBy(question));
    return names;
  };
  const elements = (root) => {
    const found = [];
    const walk = (r) => r.querySelectorAll('*').forEach((e) => { found.push(e); if (e.shadowRoot) walk(e.shadowRoot); });
    walk(root);
    return found;
  };
  // Whether the text of its labels holds every word looked for: reading a label as a person does copies it, so only the
  // fields that may match are read (a long form's every label, for each step, would be).
  const mayMatch = (el, tokens, part) => {
    const question = el.type === 'file' ? uploadQuestion(el) : null;
    const raw = fieldLabels(el).map((l) => l.textContent || '').concat(question ? [question.textContent || ''] : [])
      .concat((el.getAttribute('aria-labelledby') || '').split(/\s+/).map((id) => { const n = id && byId(el, id); return n ? n.textContent || '' : ''; }))
      .join(' ');
    const seen = part ? raw.toLowerCase() : raw;
    return tokens.every((t) => seen.includes(t));
  };
  // « ~words »: the fields one of whose labels holds these words, whatever their case (a target that is not `exact`, as
  // Playwright's own label lookup reads it), found among the labels Playwright does not see (a `for` that names nothing).
  const queryAll = (root, selector) => {
    linesRead.clear();
    const part = selector.trim().startsWith('~');
    const words = wanted(part ? selector.trim().slice(1) : selector);
    if (!words) return [];
    const folded = words.toLowerCase();
    const fits = (name) => (part ? name.toLowerCase().includes(folded) : name === words);
    const tokens = (part ? folded : words).split(' ');
    const all = elements(root);
    const labelled = all.filter((e) => ((e.labels && e.labels.length) || e.type === 'file' || e.hasAttribute('aria-labelledby') || opensChooser(e)
      || (/^(INPUT|SELECT|TEXTAREA)$/.test(e.tagName) && e.type !== 'hidden' && boxLabels(e).length)) && mayMatch(e, tokens, part) && labelsOf(e).some(fits));
    // A control no label names, that the evidence names by the text just before it (« <label>Nom</label><input> » without
    // `for`, « <p>Adresse électronique</p><input> »), as a person reads it: only when no field is labelled so, and only by
    // those exact words (a paragraph before a field holds many words).
    return labelled.length || part ? labelled : all.filter((e) => /^(INPUT|SELECT|TEXTAREA)$/.test(e.tagName) && !/^(hidden|submit|button|reset|image)$/.test(e.type)
      && !(e.labels && e.labels.length) && !fieldLabels(e).length && !e.hasAttribute('aria-labelledby') && !(e.getAttribute('aria-label') || '').trim() && !(e.title || '').trim()
      && nearbyText(e) === words);
  };
  return { query: (root, selector) => queryAll(root, selector)[0] || null, queryAll };
})()

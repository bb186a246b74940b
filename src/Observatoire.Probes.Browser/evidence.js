// Prepares a page for its evidence screenshot (`undo` puts it back): outlines each field by the decision taken on it, and
// masks everything personal (typed or pre-filled values in fields, known personal values and personal-looking strings
// anywhere in the text, every value on sign-in provider pages). The mask is painted by the element's own style (its
// text made transparent on a solid block): it follows the layout when the full-page screenshot resizes the viewport,
// and costs nothing like Playwright's mask option, which locates every masked element again in every frame.
({ marks, sensitive, alone, signIn, undo }) => {
  const all = (sel) => { const out = []; const walk = (root) => { root.querySelectorAll(sel).forEach((e) => out.push(e)); root.querySelectorAll('*').forEach((e) => e.shadowRoot && walk(e.shadowRoot)); }; walk(document); return out; };
  // The previous screenshot's marks come off first: the walk leaves them on (one round trip less per page), and a
  // page that stays (a choice revealed fields) is marked anew with the decisions of now.
  const masking = [['color', 'transparent'], ['-webkit-text-fill-color', 'transparent'], ['text-shadow', 'none'], ['background', '#6a6af4'], ['caret-color', 'transparent']];
  all('[data-probe-mask]').forEach((el) => {
    const { style, masked, before } = JSON.parse(el.dataset.probeMask);
    if (el.style.cssText === masked) {
      if (style === null) el.removeAttribute('style'); else el.setAttribute('style', style);
    } else {
      // The site changed the element's style meanwhile: only the mask's own properties are given back.
      for (const [name, value, priority] of before) { if (value) el.style.setProperty(name, value, priority); else el.style.removeProperty(name); }
    }
    delete el.dataset.probeMask;
  });
  // A bar a capture laid in its place (below) is stuck again if the last capture could not do it. (Also the walker's own
  // restick once a capture is taken.)
  // #region restick
  all('[data-probe-unstuck]').forEach((el) => { el.style.position = el.dataset.probeUnstuck; delete el.dataset.probeUnstuck; });
  // #endregion restick
  // Masks were laid over the outlines: taken off in the reverse order.
  all('[data-probe-outline]').forEach((el) => { el.style.outline = el.dataset.probeOutline.trim(); el.style.outlineOffset = ''; delete el.dataset.probeOutline; });
  if (undo) return 0;
  const styles = { counted: '4px solid #e1000f', prefilled: '3px dashed #18753c', key: '3px dotted #0063cb', other: '' };
  for (const m of marks) {
    if (!styles[m.style]) continue;
    for (const field of all(m.selector)) {
      // A control a kit hides and shows by other means is outlined on what shows it: a file input on its label, else the drop
      // zone holding it; a list on the one the kit draws right after it; a transparent box or radio (DSFR draws it on its
      // label) on its label.
      const box = field.getBoundingClientRect();
      const hidden = box.width < 2 || box.height < 2;
      const shownLabel = () => Array.from(field.labels || []).find((l) => l.getClientRects().length);
      const el = !hidden ? (getComputedStyle(field).opacity === '0' && shownLabel()) || field
        : field.type === 'file' ? shownLabel() || field.parentElement || field
        : field.tagName === 'SELECT' && field.nextElementSibling ? field.nextElementSibling : field;
      // Two fields may be outlined on one element (two hidden inputs in one zone): the page's own outline is kept once.
      if (el.dataset.probeOutline === undefined) el.dataset.probeOutline = el.style.outline || ' ';
      el.style.outline = styles[m.style];
      el.style.outlineOffset = '2px';
    }
  }
  const mask = (el) => {
    if (el.dataset.probeMask !== undefined) return;
    const style = el.getAttribute('style');
    const before = masking.map(([name]) => [name, el.style.getPropertyValue(name), el.style.getPropertyPriority(name)]);
    for (const [name, value] of masking) el.style.setProperty(name, value, 'important');
    el.dataset.probeMask = JSON.stringify({ style, masked: el.style.cssText, before });
  };
  all('input:not([type=radio]):not([type=checkbox]):not([type=file]):not([type=hidden]), textarea').forEach((el) => { if (el.value) mask(el); });
  all('select').forEach((el) => { if (el.value) mask(el); });

  // Text that holds a known personal value, or looks like one: e-mail, phone, long numbers (NIR, tax numbers, IBAN), dates.
  const known = (sensitive || []).map((v) => v.toLowerCase()).filter((v) => v.length >= 3);
  // A short value with a letter (under 6 characters) only where it stands on its own: the login « test » is not in
  // « attestation »; numbers anywhere (Masking.WholeWordBelow on the .NET side; a page's text has no escapes).
  const glued = /[\p{L}\p{N}_-]/u;
  const has = (text, v) => {
    if (v.length >= 6 || !/\p{L}/u.test(v)) return text.includes(v);
    for (let at = text.indexOf(v); at >= 0; at = text.indexOf(v, at + 1)) {
      const before = text[at - 1] || ' ', after = text[at + v.length] || ' ';
      if (!(glued.test(before) && glued.test(v[0])) && !(glued.test(after) && glued.test(v[v.length - 1]))) return true;
    }
    return false;
  };
  const shapes = /([\w.+-]+@[\w-]+\.[\w.-]+)|(\b[A-Z]{2}\d{2}[ ]?(\d{4}[ ]?){2,}\d{1,4}\b)|(\d[\d ]{4,}\d)|(\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b)/;
  // A short value (« 2 » persons) only where it stands alone as an element's whole text or after its label's colon (a
  // recap's « <dd>2</dd> », « Nombre d'enfants : 2 »), outside the page's own wording (Personal.ShortValues).
  const short = new Set((alone || []).map((v) => v.toLowerCase()));
  const standsAlone = (text) => {
    const t = text.trim().toLowerCase();
    const colon = Math.max(t.lastIndexOf(':'), t.lastIndexOf('\uFF1A'));
    return short.has(t) || (colon >= 0 && short.has(t.slice(colon + 1).trim()));
  };
  const pageWording = (el) => el.closest('label, legend, option, select, button, [role=button], a, h1, h2, h3, h4, h5, h6, dt, th, caption, summary, nav, header, footer, .fr-label, .fr-hint-text, .fr-stepper');
  const keep = (el) => el.closest('button, [role=button], a, label, legend, h1, dt, th, .fr-label, .fr-hint-text, .fr-stepper, nav, header, footer');
  // A field's hint may give the site's sample of what to type (« Exemple : adresse@mail.com », « Format attendu : 14
  // chiffres. Exemple : 500 001 234 56789 »): no one's data, readable. Only what follows « Exemple : » or « Ex. : » up to
  // the end of its sentence, a comma or a dash is let through, only in a hint (DSFR's and its kin), never in an error message, which may quote what was typed.
  const hintOf = (el) => {
    const hint = el.closest('.fr-hint-text, .form-text, .hint, .help-text, .help-block');
    return hint && !el.closest('.fr-message--error, .fr-error-text, .is-danger, .error, .invalid-feedback, [role=alert], .has-error') ? hint : null;
  };
  const exampleMark = /(?:^|[\s(«])(?:exemples?|ex\.?)\s*(?:\([^)]{0,40}\))?\s*:/i;
  // The text with its samples blanked, of the same length: a sample may be written in a child of the hint
  // (« Exemple : <code>adresse@mail.com</code> »), so a text node is read where it stands in its hint's whole text.
  const blankSamples = (text) => {
    let out = '';
    for (let m = exampleMark.exec(text); m; m = exampleMark.exec(text)) {
      const head = m.index + m[0].length;
      out += text.slice(0, head);
      text = text.slice(head);
      // The sample ends with its sentence, or at a comma or a dash after it (« …, ou celui que nous avons : 07… »), or its
      // line; it may begin on the line after the mark (« Exemple :<br>06… »).
      const lead = text.length - text.replace(/^\s+/, '').length;
      const end = text.slice(lead).search(/[.;!?]\s+(?=\p{Lu})|\n|,\s|\s[–—-]\s/u);
      const cut = end < 0 ? text.length : lead + end + 1;
      out += ' '.repeat(cut);
      text = text.slice(cut);
    }
    return out + text;
  };
  const hints = new Map();
  const inItsHint = (hint, node) => {
    let read = hints.get(hint);
    if (!read) {
      const starts = new Map();
      let full = '';
      // A line break or another block of the hint ends a sample as a new line does (« <p>Exemple : 06…</p><p>Numéro
      // enregistré : 07…</p> »): the second paragraph is the person's, masked.
      // As the page lays it out (a span shown as a block is one), not by its tag.
      const blockOf = (el) => { for (let e = el; e && e !== hint; e = e.parentElement) if (!/^(inline|contents)/.test(getComputedStyle(e).display)) return e; return hint; };
      let previous;
      const walker = document.createTreeWalker(hint, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.nodeType === Node.ELEMENT_NODE) { if (n.tagName === 'BR') full += '\n'; continue; }
        const b = blockOf(n.parentElement);
        if (previous !== undefined && b !== previous) full += '\n';
        previous = b;
        starts.set(n, full.length);
        full += n.textContent;
      }
      read = { starts, blank: blankSamples(full) };
      hints.set(hint, read);
    }
    const start = read.starts.get(node);
    return start === undefined ? node.textContent : read.blank.slice(start, start + node.textContent.length);
  };
  let masked = 0;
  const markText = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent;
      if (!text || !text.trim()) continue;
      const el = node.parentElement;
      if (!el || el.closest('script, style')) continue;
      const lower = text.toLowerCase();
      const hint = hintOf(el);
      const hit = known.some((v) => has(lower, v)) || shapes.test(hint ? inItsHint(hint, node) : text) || (signIn && !keep(el))
        || (short.size > 0 && standsAlone(text) && !pageWording(el));
      if (hit) { mask(el); masked++; }
    }
  };
  markText(document.body);
  document.querySelectorAll('*').forEach((e) => e.shadowRoot && markText(e.shadowRoot));
  // A page that fits on screen is taken as the viewport shows it, at half the cost of a capture beyond it.
  const root = document.scrollingElement || document.documentElement;
  // A bar stuck to the bottom of the screen (Démarche Numérique's sticky « Brouillon enregistré · Déposer le dossier ») is painted
  // where the screen ends in a capture beyond it, over the fields there: for the capture it is laid in its place in the
  // page, and stuck again once the capture is taken (`unstick`).
  // (A frame is taken as the page shows it: its bars stay.)
  let unstuck = 0;
  if (window === window.top && root.scrollHeight > window.innerHeight) {
    const bars = new Set();
    for (const x of [2, window.innerWidth / 2, window.innerWidth - 3]) {
      for (let n = document.elementFromPoint(x, window.innerHeight - 2); n && n !== document.body && n !== document.documentElement; n = n.parentElement) {
        // (A fixed panel, a cookie banner, is laid over the page wherever its element is: left as it shows.)
        const position = getComputedStyle(n).position;
        if (position === 'sticky') bars.add(n);
        if (position === 'fixed' || position === 'sticky') break;
      }
    }
    for (const bar of bars) {
      if (bar.getBoundingClientRect().top < window.innerHeight / 2) continue; // a panel over the page, not a bar
      bar.dataset.probeUnstuck = bar.style.position;
      bar.style.setProperty('position', 'static', 'important');
      unstuck++;
    }
  }
  // The whole page's size, measured as Playwright measures it for a full-page capture.
  const body = document.body || root;
  const width = Math.max(body.scrollWidth, root.scrollWidth, body.offsetWidth, root.offsetWidth, body.clientWidth, root.clientWidth);
  const height = Math.max(body.scrollHeight, root.scrollHeight, body.offsetHeight, root.offsetHeight, body.clientHeight, root.clientHeight);
  return { masked, unstuck, width, height, fits: root.scrollHeight <= window.innerHeight && root.scrollWidth <= window.innerWidth };
}

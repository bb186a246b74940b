// Takes the inventory of the form controls a person sees in this document (and its open shadow roots).
// Returns one entry per control; radio groups and DSFR three-input dates become one entry.
// Elements get a stable data-probe-id so later inventories and screenshots can find them again.
// Also reports the forms a final submission would send (`finals`), for the network-level submission guard.
// With `survey`, also what drafting a scenario needs: element ids, radio choices and date parts, formats, what a choice
// may show, and the page's buttons, links, heading, step and error messages.
({ frameKey, finalPattern, confirmPattern, stopText, stopCss, survey, fieldErrors: fieldErrorSelector, summaryErrors: summaryErrorSelector }) => {
  // #region label: the label as a person reads it. Also the walker's `probe-label` selector engine (an exact label finds
  // its field by these words) and its list of the labels closest to one not found.
  const text = (el) => (el ? (el.innerText ?? el.textContent ?? '') : '').replace(/\s+/g, ' ').trim();
  // Label text without its hint and mandatory markers (DSFR puts the hint inside the label; other kits write it in a
  // <small> or a help class: « Nom <small>Ex : Dupont</small> »).
  const hints = '.fr-hint-text, .hint, small, .help, .help-block, .help-text, .form-text, .text-muted, .description';
  // A copy of an element without its hint (and whatever else `more` names, and its descendants at the places `at`).
  // `breaks`: the places of the elements that begin a line (a <br>, a block), marked in the copy by `lineMark` and the size
  // of the type that follows (`{ at, size, after }`: inside the block, then after it).
  const withoutHints = (el, more = '', at = [], breaks = []) => {
    const clone = el.cloneNode(true);
    if (at.length || breaks.length) {
      const all = clone.querySelectorAll('*');
      breaks.forEach((b) => { all[b.at].before(lineMark + b.size + sizeEnd); if (b.after) all[b.at].after(lineMark + b.after + sizeEnd); });
      at.forEach((i) => all[i].remove());
    }
    clone.querySelectorAll(hints + more).forEach((n) => n.remove());
    return clone;
  };
  // Text only a screen reader reads (a kit's « sr-only » / « visually-hidden » pattern: a box of 1px, out of the flow, its
  // overflow hidden or clipped): Form.io's « Téléphone <span class="visually-hidden">, numeric only,</span> » reads
  // « Téléphone » on screen.
  // The classes kits give that pattern (a page whose style sheet did not come still meaning it so).
  const readerOnly = '.fr-sr-only, .sr-only, .visually-hidden';
  const srOnly = (n) => {
    if (!n.textContent.trim()) return false;
    const cs = getComputedStyle(n);
    if (cs.position !== 'absolute' && cs.position !== 'fixed') return false;
    const r = n.getBoundingClientRect();
    return r.width <= 1 && r.height <= 1 && (cs.overflow === 'hidden' || cs.clip !== 'auto' || cs.clipPath !== 'none');
  };
  // A label written on lines of its own is a name, then its hint (« Nom d'usage<br><span>Nom que vous utilisez au
  // quotidien</span> », a help text in a block whose class no kit list here names): read whole, the hint's words would
  // name the field. The name is in the largest type: a caption in smaller type above it (GOV.UK's « govuk-caption-m »)
  // is no name, nor a note below it. In the same type, a line goes on with the name when it does not begin a sentence of
  // its own (small letter first: the name wrapped), and a line without a letter (« 3. », an icon) goes with the next.
  const lineMark = '\uE000', sizeEnd = '\uE001';
  const blockish = /^(block|flex|grid|list-item|table|flow-root)$/;
  const ownLine = /^[\p{Lu}\p{N}(«"\[]/u;
  const lettered = /\p{L}/u;
  const typeSize = (n) => parseFloat(getComputedStyle(n).fontSize) || 0;
  // Whether an element of a label begins a line. A flex or grid item, a float and what is out of the flow are drawn as
  // blocks whatever they are, beside the rest (DSFR's box labels are flex rows: « J'accepte les <a>CGU</a> » is one line);
  // a flex column stacks them.
  const beginsLine = (n) => {
    if (n.localName === 'br') return true;
    const cs = getComputedStyle(n);
    if (!blockish.test(cs.display) || cs.float !== 'none' || cs.position === 'absolute' || cs.position === 'fixed') return false;
    const box = n.parentElement ? getComputedStyle(n.parentElement) : null;
    return !box || (!/grid/.test(box.display) && (!/flex/.test(box.display) || box.flexDirection.startsWith('column')));
  };
  // Read once a label for a whole inventory (its name, then its hint); the label engine empties it for each query.
  const linesRead = new Map();
  const labelLines = (label) => {
    if (!linesRead.has(label)) linesRead.set(label, readLines(label));
    return linesRead.get(label);
  };
  const readLines = (label) => {
    // Found on the label (a copy has no style), removed from the copy at the same places in its tree.
    const unseen = [], breaks = [];
    if (label.firstElementChild) {
      Array.from(label.querySelectorAll('*')).forEach((n, i) => {
        if (srOnly(n)) unseen.push(i);
        else if (beginsLine(n)) {
          const outer = typeSize(n.parentElement || label);
          breaks.push(n.localName === 'br' ? { at: i, size: outer } : { at: i, size: typeSize(n), after: outer });
        }
      });
    }
    // A list or a text box inside its label (Contact Form 7 nests every field in its label) is no part of its name: a list's
    // options would be read into it. SPIP's Saisies mark a required field « <span class="obligatoire">[Obligatoire]</span> ».
    const clone = withoutHints(label, `, svg, .mandatory, .obligatoire, ${readerOnly}, [aria-hidden="true"], select, textarea, datalist`, unseen, breaks);
    // An <abbr> is a marker only when it is one (« * », titled obligatoire): « Numéro <abbr>SIRET</abbr> » keeps its word.
    clone.querySelectorAll('abbr').forEach((n) => { if (text(n) === '*' || /obligatoire|requis/i.test(n.title || '')) n.remove(); });
    // The markers first, then a trailing asterisk: « Ville * (obligatoire) » is « Ville ».
    // Gravity Forms writes « (Nécessaire) », others « (requis) ».
    const words = text(clone);
    if (!breaks.length) return { name: withoutMarks(words), hint: '' };
    const labelSize = typeSize(label);
    const lines = words.split(lineMark).map((piece, k) => {
      const sized = k > 0 ? piece.indexOf(sizeEnd) : -1;
      return { words: withoutMarks((sized >= 0 ? piece.slice(sized + 1) : piece).trim()), size: sized >= 0 ? parseFloat(piece.slice(0, sized)) : labelSize };
    }).filter((l) => l.words);
    const top = Math.max(0, ...lines.filter((l) => lettered.test(l.words)).map((l) => l.size));
    let name = '', noted = false;
    const rest = [];
    for (const l of lines) {
      const smaller = l.size < top && lettered.test(l.words);
      if (!lettered.test(name) && !smaller) name = (name + ' ' + l.words).trim();
      else if (!noted && lettered.test(name) && !smaller && !ownLine.test(l.words)) name += ' ' + l.words;
      else { rest.push(l.words); noted = noted || lettered.test(name); }
    }
    return { name, hint: rest.join(' ') };
  };
  const labelText = (label) => labelLines(label).name;
  // A label's words without the marks that say whether it is required (« (obligatoire) », « [Obligatoire] », a trailing « * »).
  const withoutMarks = (t) => t.replace(/[(\[](obligatoire|optionnel|facultatif|n[ée]cessaire|requise?)[)\]]/ig, '').trim().replace(/\s*\*\s*$/, '').trim();
  const requiredMark = /[(\[](obligatoire|n[ée]cessaire|requise?)[)\]]/i;
  const byId = (el, id) => { const r = el.getRootNode(); return (r.getElementById ? r.getElementById(id) : null) || document.getElementById(id); };
  // The words of the elements that name `el` (aria-labelledby), read as labels. A list a kit draws is named by its label
  // and by what shows its value (Angular Material's mat-select: « Type de véhicule » and the placeholder « Choisir » inside
  // the list; MUI's Select: the list itself): what shows the value, or a placeholder in its place, is no label.
  // A hint among them is the field's hint, not its name, when something else names it: Démarche Numérique names its address
  // box by the legend « Adresse du logement » and the hint drawn as its label (« Saisissez une adresse… »).
  const namers = (el) => {
    const list = el.getAttribute('role') === 'combobox' || el.getAttribute('aria-haspopup') === 'listbox';
    const named = (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter((id) => id && id !== el.id).map((id) => byId(el, id))
      .filter((n) => n && !(list && el.contains(n)));
    const names = named.filter((n) => !n.matches(hints));
    return { names: names.length ? names : named, hints: names.length ? named.filter((n) => n.matches(hints)) : [] };
  };
  const labelledBy = (el) => namers(el).names.map(labelText).filter(Boolean).join(' ').trim();
  // The labels of a field. An upload kit that hides its file input draws a button that opens it and keeps the field's
  // label on that button (GOV.UK Frontend's enhanced upload gives the button the input's id; Gravity Forms' multi-file
  // upload labels its « Sélectionner des fichiers » button), or replaces the input its label named (the label's `for`
  // then names nothing): a file input without a label of its own takes those of the box around it that holds no other
  // field, a few levels up at most.
  // A label whose `for` names the box around a control rather than the control (a widget's wrapper: « <label
  // for="commune"> » over « <div id="commune"><input name="commune"> ») labels nothing for the browser; a person reads it
  // as the label of the one control in that box, a few levels up at most.
  const boxLabels = (el) => {
    for (let box = el.parentElement, depth = 0; box && depth < 3 && box.tagName !== 'FORM' && box !== document.body; box = box.parentElement, depth++) {
      if (!box.id) continue;
      const labels = Array.from(box.getRootNode().querySelectorAll(`label[for="${CSS.escape(box.id)}"]`));
      if (labels.length) return box.querySelectorAll('input:not([type=hidden]), select, textarea').length === 1 ? labels : [];
    }
    return [];
  };
  const fieldLabels = (el) => {
    const own = el.labels && el.labels.length ? Array.from(el.labels) : /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName) ? boxLabels(el) : [];
    if (el.tagName !== 'INPUT') { const chooser = opensChooser(el) ? chooserLabels(el) : []; return chooser.length ? chooser : own; }
    if (own.length || el.type !== 'file') return own;
    for (let box = el.parentElement, depth = 0; box && depth < 4 && box.tagName !== 'FORM' && box !== document.body; box = box.parentElement, depth++) {
      if (box.querySelectorAll('input:not([type=hidden]), select, textarea').length > 1) return [];
      const opener = Array.from(box.querySelectorAll('button')).find((b) => b.labels && b.labels.length && !b.hasAttribute('aria-expanded'));
      if (opener) return Array.from(opener.labels);
      const orphan = Array.from(box.querySelectorAll('label[for]')).find((l) => l.htmlFor && !byId(l, l.htmlFor));
      if (orphan) return [orphan];
    }
    return [];
  };
  // « Ajouter un fichier » (react-dsfr's, DSFR's, w.c.s.'s and SurveyJS's upload button) names the button, not the document.
  const genericUpload = /^(ajouter|t[ée]l[ée]verser|t[ée]l[ée]charger|choisir|s[ée]lectionner|joindre|d[ée]poser|importer|envoyer)\s+(un|des|le|les|votre|vos|une)?\s*(fichiers?|documents?|pi[èe]ces?(\s+jointes?)?|justificatifs?)$/i;
  // The question an upload named only by its button belongs to, when it names itself: SurveyJS's file question
  // (role=textbox, aria-labelledby its title) around the input and nothing else to fill; or null.
  const uploadQuestion = (el) => {
    const question = el.type === 'file' && el.parentElement ? el.parentElement.closest('[aria-labelledby]') : null;
    return question && question.querySelectorAll('input:not([type=hidden]), select, textarea').length === 1 ? question : null;
  };
  // A file chooser a kit draws with no file input until it is pressed: Form.io's file component writes « Déposez les
  // fichiers à joindre, ou [parcourir] » under the field's label (whose `for` names nothing), and the link's script creates
  // a file input and clicks it. The link or button that opens the chooser (a kit's mark, or words that say so) stands for
  // the upload when the box around it, a few levels up, holds no field (a file input there is the field: GOV.UK, Gravity
  // Forms) and no other opener: it takes the labels of the first such box that has one (its own, or a label of no control).
  // Never a submit button, a final one or a link that leaves the page.
  const chooserWords = /parcourir|browse|(choisir|s[ée]lectionner|ajouter|joindre|t[ée]l[ée]verser|importer)\s+(un|des|le|les|vos|votre|une)?\s*fichiers?/i;
  const opensChooser = (el) => {
    if (!el.matches || !el.matches('a, button, [role=button]') || el.closest('label') || (el.dataset && el.dataset.probeFinal === '1')) return false;
    if (el.tagName === 'BUTTON' && el.type !== 'button' && el.form) return false;
    if (el.tagName === 'A' && !el.matches('[role=button]') && /^(?!#|javascript:)./i.test((el.getAttribute('href') || '').trim())) return false;
    return el.matches('[ref=fileBrowse], .fileSelector a, .fileSelector button, a.browse') || chooserWords.test(el.textContent || '');
  };
  const chooserLabels = (el) => {
    const own = el.labels ? Array.from(el.labels) : [];
    for (let box = el.parentElement, depth = 0; box && depth < 4 && box.tagName !== 'FORM' && box !== document.body; box = box.parentElement, depth++) {
      if (box.querySelector('input:not([type=hidden]), select, textarea, [role=combobox], [role=radiogroup], [role=checkbox], [role=switch]')) return [];
      if (Array.from(box.querySelectorAll('a, button, [role=button]')).some((o) => o !== el && opensChooser(o))) return [];
      const labels = own.length ? own.filter((l) => box.contains(l)) : Array.from(box.querySelectorAll('label')).filter((l) => !l.control);
      if (labels.length) return own.length || labels.length === 1 ? labels : [];
    }
    return [];
  };
  const uploadInstruction = /gliss|d[ée]pos(ez|er)|cliquez|choisi(r|ssez)|s[ée]lectionn|parcourir|aucun fichier|fichier s[ée]lectionn|formats? (accept|autoris)|taille max/i;
  const nearbyText = (el) => {
    // A label not linked to its control: the text just before it (paragraph, span, div without controls).
    let sib = el.previousElementSibling;
    if (!sib && el.parentElement) sib = el.parentElement.previousElementSibling;
    for (let i = 0; sib && i < 2; i++, sib = sib.previousElementSibling) {
      if (sib.matches('input,select,textarea,button') || sib.querySelector('input,select,textarea')) return null;
      // A help text between the label and the control (Symfony's theme puts « fr-hint-text » there) is no name.
      if (sib.matches(hints + ', [id$="_help"], [id$="-help"]')) { i--; continue; }
      const t = sib.tagName === 'LABEL' ? labelText(sib) : text(sib);
      // A drop zone's instruction (« Déposer les fichiers ici ou [Sélectionner des fichiers] ») names no document.
      if (t && el.type === 'file' && uploadInstruction.test(t)) continue;
      if (t) return t;
    }
    return null;
  };
  // #endregion label
  const state = (window.__probe = window.__probe || { next: 0, doc: Math.random().toString(36).slice(2, 7) });
  // A field a site draws anew in place of one seen (Démarche Numérique draws each champ again once saved, without the marks)
  // keeps its probe id: found again by its own id (a radio group by its name, a date by its parts'), while no element holds
  // that probe id.
  const idOf = (el, own = el.id ? '#' + el.id : null) => {
    if (!el.dataset.probeId) {
      const kept = own && state.ids ? state.ids[own] : null;
      el.dataset.probeId = kept && !roots.some((r) => r.querySelector(`[data-probe-id="${CSS.escape(kept)}"]`)) ? kept : frameKey + state.doc + '-' + (++state.next);
      if (own) (state.ids || (state.ids = {}))[own] = el.dataset.probeId;
    }
    return el.dataset.probeId;
  };
  const roots = [];
  const collectRoots = (root) => {
    roots.push(root);
    root.querySelectorAll('*').forEach((el) => { if (el.shadowRoot) collectRoots(el.shadowRoot); });
  };
  collectRoots(document);
  // The fields the probe answered that a site drew again since (Démarche Numérique draws each champ anew once saved, its
  // server's choice selected): found by their id, else their name and value, they are marked again as the probe's.
  for (const a of window.__probeAnswered || []) {
    for (const root of roots) {
      const found = a.id ? [root.getElementById ? root.getElementById(a.id) : null]
        : Array.from(root.querySelectorAll(`[name="${CSS.escape(a.name)}"]`)).filter((e) => a.value === null || e.value === a.value);
      for (const e of found) {
        if (!e || !e.dataset || e.dataset.probeFilled === '1') continue;
        e.dataset.probeFilled = '1';
        if (!('probeBefore' in e.dataset)) e.dataset.probeBefore = a.before || '';
      }
    }
  }

  // A hint as it shows: what only a screen reader reads is left out (Démarche Numérique writes « Exemple : 075-FDD-00003-01 »
  // for the eye and « 075 tiret FDD tiret 00003 tiret 01 » for the ear).
  // (Read on the page itself, as its lines show: a copy out of the page has no layout, and would read its hidden text too.)
  const hintText = (n) => {
    let t = text(n);
    if (!n.firstElementChild) return t;
    for (const c of n.querySelectorAll('*')) {
      if (!c.matches(readerOnly) && !srOnly(c)) continue;
      const unseen = (c.textContent || '').replace(/\s+/g, ' ').trim();
      if (unseen) t = t.replace(unseen, '');
    }
    return t.replace(/\s+/g, ' ').trim();
  };
  const hintIn = (label) => [labelLines(label).hint, ...Array.from(label.querySelectorAll(hints)).filter((n) => { const outer = n.parentElement.closest(hints); return !outer || !label.contains(outer); }).map(hintText)]
    .filter(Boolean).join(' ');
  const ariaControls = '[role=combobox],[aria-haspopup=listbox],[role=radiogroup],[role=radio],[role=checkbox],[role=switch]';
  const bannered = (el) => el.closest('#tarteaucitronRoot, .fr-consent-banner, #consent-modal, .fr-consent-manager, [data-probe-ignore]');
  let opened;
  const listOpen = () => (opened === undefined ? (opened = !!document.querySelector('[aria-expanded="true"]:is([role=combobox], [aria-haspopup=listbox])')) : opened);
  const seen = new Map();
  const visible = (el) => { if (!seen.has(el)) seen.set(el, visibleNow(el)); return seen.get(el); };
  const visibleNow = (el) => {
    // A file input hidden by its own attribute behind a button (« <input type=file hidden> ») is shown as its zone is.
    // So is a list a select kit hides by that attribute (Choices.js) and draws over.
    const hiddenBlock = el.closest('[hidden]');
    if (hiddenBlock) return hiddenBlock === el && (el.type === 'file' || el.tagName === 'SELECT') ? proxyShown(el) : false;
    const ah = el.closest('[aria-hidden="true"]');
    // (A list open hides the rest of the page from assistive technology, not from the eye: react-aria's ariaHideOutside,
    // a kit's menu over the page.)
    if (ah && !(ah !== el && listOpen())) return ah === el && (el.tagName === 'SELECT' || sectionsOf(el)) ? proxyShown(el) : false; // select2 sets aria-hidden on the list it hides
    if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true })) return proxyShown(el);
    // A text box drawn transparent and out of the tab order is neither seen nor reached (Form.io's « autocomplete » box
    // beside each list, a trap for the browser's autofill).
    if (el.tagName === 'INPUT' && el.tabIndex < 0 && !['checkbox', 'radio', 'file'].includes(el.type) && getComputedStyle(el).opacity === '0') return proxyShown(el);
    const r = el.getBoundingClientRect();
    const box = (el.type === 'radio' || el.type === 'checkbox' || el.type === 'file') ? (el.labels && el.labels[0] ? el.labels[0].getBoundingClientRect() : r) : r;
    if (box.width < 2 || box.height < 2) return proxyShown(el);
    // Honeypots pushed off the page: in the page's coordinates, not the window's (a field scrolled past is still there).
    const [x, y] = [window.scrollX, window.scrollY];
    if (box.right + x < 0 || box.bottom + y < 0 || box.left + x < -500 || box.top + y < -500) return false;
    return true;
  };
  // Upload widgets often hide the file input (display: none) behind a button or a drop zone that opens it: the upload is
  // asked when its label, or the element holding it (the zone), is shown with some text. Other hidden inputs (honeypots,
  // state) are not asked.
  const shownBox = (node) => { const r = node.getBoundingClientRect(); return r.width >= 2 && r.height >= 2 && (!node.checkVisibility || node.checkVisibility({ visibilityProperty: true })); };
  // Select kits (select2, chosen, tom-select) hide the native list and draw their own right after it: the list is asked
  // when its label and the element drawn next to it are shown.
  // MUI X's date field (v8) types the date in sections (role=spinbutton « Jour », « Mois », « Année ») drawn in a group
  // beside a hidden input that holds the value: the date is asked when its sections are shown.
  const sectionsOf = (el) => {
    if (el.tagName !== 'INPUT' || !el.parentElement) return null;
    const group = el.parentElement.matches('[role=group]') ? el.parentElement : el.parentElement.querySelector(':scope > [role=group]');
    return group && group.querySelector('[role=spinbutton]') ? group : null;
  };
  const proxyShown = (el) => {
    const sections = sectionsOf(el);
    if (sections) return shownBox(sections);
    if (el.type === 'file') {
      if (el.labels && Array.from(el.labels).some(shownBox)) return true;
      const zone = el.parentElement;
      return !!zone && zone.tagName !== 'FORM' && zone !== document.body && shownBox(zone) && text(zone).length > 0;
    }
    if (el.tagName === 'SELECT') {
      const drawn = el.nextElementSibling;
      return !!(el.labels && Array.from(el.labels).some(shownBox)) && !!drawn && shownBox(drawn);
    }
    return false;
  };
  // The hidden native list a select kit drew el (or an element holding it) for, right after that list; or null.
  const hiddenList = (s) => !!s && s.tagName === 'SELECT' && (s.getAttribute('aria-hidden') === 'true' || !shownBox(s));
  const drawnForList = (el, levels = 4) => {
    for (let node = el, depth = 0; node && depth < levels; node = node.parentElement, depth++) if (hiddenList(node.previousElementSibling)) return node.previousElementSibling;
    return null;
  };
  // The choices of a combobox one types into; or null when they are not known (a list searched on a server shows what
  // matches what was typed). Those its list shows while nothing is typed in it (aria-controls), else those the document
  // wrote before the list was drawn (choices.js, Démarche Numérique's lists, whose choices show only while open).
  const typedListOf = (el) => {
    const kept = window.__probeChoices && window.__probeChoices.get(el.id);
    if (kept) return kept;
    if (el.value || el.getAttribute('aria-busy') === 'true') return null;
    const controlled = (el.getAttribute('aria-controls') || '').split(/\s+/).filter(Boolean).map((c) => byId(el, c)).find((c) => c && c.getAttribute('role') === 'listbox');
    const shown = controlled ? Array.from(controlled.querySelectorAll('[role=option]')).map(text).filter(Boolean) : [];
    return shown.length ? shown : null;
  };

  // The hidden native list a kit's drawn list (role=combobox, aria-haspopup) holds around el, its search box (Choices.js
  // wraps the list, its choices and their search box in one div.choices[role=combobox]); or null.
  const listAround = (el) => {
    const drawn = el.parentElement && el.parentElement.closest('[role=combobox], [aria-haspopup=listbox], [aria-haspopup=true]');
    return drawn ? Array.from(drawn.querySelectorAll('select')).find(hiddenList) || null : null;
  };
  // A list's option as written: a kit that renders its choices as HTML may leave the markup escaped in the native list
  // (Form.io's Choices.js: « &lt;span&gt;Célibataire&lt;/span&gt; »), which a person never sees.
  const optionText = (o) => text(o).replace(/<\/?[a-z][^<>]*>/gi, '').replace(/\s+/g, ' ').trim();
  const legendOf = (el) => {
    const fs = el.closest('fieldset');
    if (!fs) return null;
    const lg = fs.querySelector(':scope > legend');
    return lg ? labelText(lg) : null;
  };
  // The label that names a Démarche Numérique champ holding several inputs, or an input with a label of its own too
  // (pole_emploi's « Identifiant », mesri's « INE »), or null.
  const champTitleOf = (el) => {
    const box = el.closest('.editable-champ');
    const title = box ? box.querySelector(':scope > label') : null;
    if (!title) return null;
    const labels = fieldLabels(el);
    return box.querySelectorAll('input:not([type=hidden]), select, textarea').length > 1 || (labels.length > 1 && labels.includes(title)) ? title : null;
  };
  const outerLegendOf = (el) => {
    let fs = el.closest('fieldset');
    if (!fs) return null;
    fs = fs.parentElement ? fs.parentElement.closest('fieldset') : null;
    while (fs) {
      const lg = fs.querySelector(':scope > legend');
      if (lg && text(lg)) return labelText(lg);
      fs = fs.parentElement ? fs.parentElement.closest('fieldset') : null;
    }
    return null;
  };
  const informs = '.fr-callout, .fr-notice, .fr-alert, [role=note], [role=alert]';
  const sectionOf = (el) => {
    // The nearest heading before the field, looking up the tree: "Votre conjoint", "Enfant 2"...
    let node = el;
    for (let depth = 0; node && depth < 12; depth++) {
      let sib = node.previousElementSibling;
      while (sib) {
        // A hidden block titles nothing the person sees, and a block with fields of its own titles those, not what
        // follows it (« Votre employeur » over the employer's fields, then the applicant's address).
        const titlesWhatFollows = !sib.hidden && !(sib.tagName === 'DETAILS' && !sib.open) && !!(sib.offsetWidth || sib.offsetHeight || sib.getClientRects().length)
          && !(/^(FIELDSET|SECTION|ARTICLE)$/.test(sib.tagName) && sib.querySelector('input:not([type=hidden]),select,textarea'));
        if (titlesWhatFollows) {
          // The title of a box that informs (a DSFR callout « Avant de commencer », a notice, an alert) titles that box only:
          // the fields in it, not those after it.
          const boxTitle = (h) => { const box = h.closest(informs); return !!box && !box.contains(el); };
          if (/^H[2-6]$/.test(sib.tagName) && !boxTitle(sib)) return text(sib);
          const h = Array.from(sib.querySelectorAll ? sib.querySelectorAll('h2,h3,h4,h5,h6') : []).filter((x) => !x.closest('[hidden]') && !boxTitle(x));
          if (h.length) return text(h[h.length - 1]);
        }
        sib = sib.previousElementSibling;
      }
      node = node.parentElement;
      // (The page's header and menus, around the main content, title no field.)
      if (node && (node.tagName === 'FORM' || node.tagName === 'MAIN')) break;
    }
    return null;
  };
  const describedBy = (el) => (el.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean)
    .map((id) => byId(el, id)).filter(Boolean).map(hintText).filter(Boolean).join(' ');
  // The text of the first of two elements before a group that holds no control and labels no other control; or null.
  const questionBefore = (start) => {
    for (let sib = start, i = 0; sib && i < 2; i++, sib = sib.previousElementSibling) {
      if (sib.matches('input,select,textarea,button,' + ariaControls) || sib.querySelector('input,select,textarea,' + ariaControls)) return null;
      if (sib.tagName === 'LABEL' && sib.htmlFor && byId(sib, sib.htmlFor)) return null; // another control's label
      const t = sib.tagName === 'LABEL' ? labelText(sib) : text(sib);
      if (t) return t;
    }
    return null;
  };
  // The question of a radio group outside a fieldset (kits that draw groups in divs): the accessible name of its
  // role=radiogroup, else the text just before its first choice inside the element holding all its choices, else just
  // before that element. Without it the group would be reported under its first choice's label (« Madame »).
  const questionOf = (radios) => {
    const group = radios[0].closest('[role=radiogroup],[role=group]');
    // The group of these choices only, not a step-wide group that holds other questions.
    const own = group && Array.from(group.querySelectorAll('input:not([type=hidden]), select, textarea, ' + ariaControls)).every((c) => radios.includes(c) || radios.some((r) => r.contains(c) || c.contains(r)));
    if (group && own) {
      const named = labelledBy(group); // read as a label: MUI's « Régime<span aria-hidden="true"> *</span> » is « Régime »
      if (named) return named;
      if ((group.getAttribute('aria-label') || '').trim()) return group.getAttribute('aria-label').trim();
    }
    let box = radios[0].parentElement;
    while (box && box.tagName !== 'FORM' && !radios.every((r) => box.contains(r))) box = box.parentElement;
    if (!box) return null;
    let unit = radios[0];
    while (unit.parentElement && unit.parentElement !== box) unit = unit.parentElement;
    const before = questionBefore(unit.previousElementSibling) || (box.tagName === 'FORM' ? null : questionBefore(box.previousElementSibling));
    if (before || box.tagName === 'FORM') return before;
    // Contact Form 7 writes the question as bare text before its list, in the paragraph that holds it (« <p>Type d’acte
    // demandé *<br><span class="wpcf7-form-control-wrap">… »): the text just before the list, or before a box around it
    // that holds nothing else to fill.
    for (let up = box; up && up.tagName !== 'FORM' && up !== document.body; up = up.parentElement) {
      if (Array.from(up.querySelectorAll('input:not([type=hidden]), select, textarea, ' + ariaControls)).some((c) => !radios.includes(c) && !radios.some((r) => r.contains(c) || c.contains(r)))) break;
      const said = textBefore(up);
      if (said) return said;
    }
    return null;
  };
  // The text just before a node in its parent: bare text (a line break between), or the question an element before it asks.
  // Bare text marked required (« Type d’acte demandé * ») is remembered, to mark its group.
  const markedQuestions = new Set();
  const textBefore = (node) => {
    for (let n = node.previousSibling; n; n = n.previousSibling) {
      if (n.nodeType === Node.TEXT_NODE) {
        const raw = n.textContent.replace(/\s+/g, ' ');
        const t = withoutMarks(raw);
        if (t && (/\*\s*$/.test(raw) || requiredMark.test(raw))) markedQuestions.add(t);
        if (t) return t;
        continue;
      }
      if (n.nodeType !== Node.ELEMENT_NODE || n.tagName === 'BR') continue;
      return questionBefore(n);
    }
    return null;
  };
  // The boxes a checkbox is asked with outside a fieldset: those of its name, else those of the lowest element that holds
  // boxes and no other control. Two or more make a question whose text is read as the legend.
  const boxQuestions = new Map(), byName = new Map(), blocks = new Map();
  const boxQuestionOf = (el) => {
    const scope = el.form || el.getRootNode();
    let boxes = [];
    if (el.name) {
      if (!byName.has(scope)) byName.set(scope, new Map());
      const names = byName.get(scope);
      if (!names.has(el.name)) names.set(el.name, Array.from(scope.querySelectorAll(`input[type=checkbox][name="${CSS.escape(el.name)}"]`)).filter(visible));
      boxes = names.get(el.name);
    }
    if (boxes.length < 2 || !boxes.includes(el)) {
      boxes = [];
      for (let box = el.parentElement; box && box.tagName !== 'FORM' && box !== document.body; box = box.parentElement) {
        if (!blocks.has(box)) {
          const controls = Array.from(box.querySelectorAll('input:not([type=hidden]), select, textarea, [role=checkbox], [role=switch]')).filter(visible);
          blocks.set(box, controls.some((c) => c.type !== 'checkbox' && !['checkbox', 'switch'].includes(c.getAttribute('role'))) ? null : controls);
        }
        const controls = blocks.get(box);
        if (!controls) break;
        if (controls.length >= 2) { boxes = controls; break; }
      }
    }
    if (boxes.length < 2) return null;
    if (!boxQuestions.has(boxes[0])) boxQuestions.set(boxes[0], questionOf(boxes));
    return boxQuestions.get(boxes[0]);
  };
  const mandatory = (el, label) => {
    if (el.required || el.getAttribute('aria-required') === 'true') return true;
    return marksMandatory(label);
  };
  // A label or a legend that says its field must be given: « * », « (obligatoire) », an asterisk titled so.
  const marksMandatory = (label) => {
    if (!label) return false;
    // Not in its hint: « Caractères spéciaux : ! * # » does not make a field required.
    const bare = withoutHints(label);
    return /\*/.test(bare.textContent) || requiredMark.test(bare.textContent)
      || !!label.querySelector('svg[aria-label*="obligatoire"], abbr[title*="obligatoire"], .mandatory, .obligatoire');
  };
  // The marker inventory strips from labels: "(optionnel)", "(facultatif)".
  const optional = (label) => !!label && /\((optionnel|facultatif)\)/i.test(label.textContent);
  // Hidden controls in a block that names this control (data-condition-name="couple", aria-controls…): a choice may show them.
  const reveals = (el) => {
    if (!el.name) return 0;
    let count = 0;
    el.getRootNode().querySelectorAll('[hidden]').forEach((block) => {
      const names = Array.from(block.attributes).some((a) => a.name !== 'hidden' && a.value === el.name)
        || (!!block.id && (el.getAttribute('aria-controls') || '').split(/\s+/).includes(block.id));
      if (names) count += block.querySelectorAll('input:not([type=hidden]), select, textarea').length;
    });
    return count;
  };
  // The visible heading and stepper: single-page forms keep every step in the DOM and hide all but one.
  const shown = (sel) => Array.from(document.querySelectorAll(sel)).find((e) => !e.closest('[hidden]') && (!e.checkVisibility || e.checkVisibility()));
  const heading = shown('h1');
  const stepTitle = shown('.fr-stepper__title');
  // Other steppers keep every step in the page and show one (Angular Material's mat-stepper hides the others, inert, and
  // selects the step's header, role=tab): the step selected names the page, as DSFR's stepper title does.
  const stepHeader = shown('.mat-step-header[aria-selected="true"], [class*="stepper" i] [role=tab][aria-selected="true"], [aria-current="step"]');
  // A stepper drawn as a list marks its current step with a class (w.c.s.'s « li.wcs-step.current », whose procedure heading
  // is the same on every page): that step names the page, by its label, not its number.
  const currentStep = stepHeader ? null : shown(':is(ol, ul) > li[class*="step" i]:is(.current, .active, .is-current, .is-active)');
  const stepName = stepHeader ? text(stepHeader.querySelector('.mat-step-text-label') || withoutHints(stepHeader, ', [aria-hidden="true"]'))
    : currentStep ? text(currentStep.querySelector('[class*="label" i], [class*="title" i]') || currentStep) : '';
  // SPIP's multi-step forms may say the step in a line of text (« Étape 2 / 4 : Responsables légaux »): its title names it.
  const stepLine = stepTitle || stepName ? null : shown('.formulaire_spip__etapes');
  const stepLineName = stepLine ? ((/^\s*[ée]tape\s*\d+\s*(?:\/|sur)\s*\d+\s*:\s*(.+)$/i.exec(text(stepLine)) || [])[1] || '') : '';
  // A file's number and a day change at each walk (Démarche Numérique's heading: « Dossier n° 4242 - En brouillon depuis le
  // 6 décembre 2026 »): left out of the page's name, which the export, the evidence and the reviewers' overrides name it by.
  // Only a file's number (« Dossier n° 4242 », « Demande n° 2026-00123 »: « Enfant n° 2 » and « Cerfa n° 15776 » stay) and
  // a day of these years (« la loi du 1er juillet 1901 » stays).
  const months = 'janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre';
  const recent = `(?:${new Date().getFullYear() - 2}|${new Date().getFullYear() - 1}|${new Date().getFullYear()}|${new Date().getFullYear() + 1})`;
  const steady = (name) => name.replace(/\b(dossier|demande|r[ée]f[ée]rence|r[ée]f\.?)\s+n\s?[°º]\s*\d+(?:[ .\/-]\d+)*/gi, '$1 n° …')
    .replace(new RegExp(`\\b\\d{1,2}(?:er)?\\s+(?:${months})\\s+${recent}\\b|\\b\\d{1,2}/\\d{1,2}/${recent}\\b|\\b${recent}-\\d{2}-\\d{2}\\b`, 'gi'), '…')
    .replace(/\s+/g, ' ').trim();
  const pageName = steady(heading ? text(heading) : document.title);
  // The stepper's title holds its state (« Étape 2 sur 4 ») in a span the kit's stylesheet makes a block: read apart from
  // it, so that the page's name is the same before that stylesheet applies (a slow page, a loaded machine) and after.
  const stepperText = (el) => {
    const copy = el.cloneNode(true);
    copy.querySelectorAll('.fr-stepper__state').forEach((s) => { s.before(' '); s.after(' '); });
    return (copy.textContent || '').replace(/\s+/g, ' ').trim();
  };
  const title = [pageName, stepTitle ? stepperText(stepTitle) : '', stepName !== pageName ? stepName : '', stepLineName].filter(Boolean).join(' — ');
  // The probe's own mark (MarkFilledScript's) on what it typed or ticked: not put there by the site.
  const probeFilled = (el) => el.dataset.probeFilled === '1';
  const typeOf = (el) => el.tagName === 'SELECT' ? 'select' : el.tagName === 'TEXTAREA' ? 'textarea' : sectionsOf(el) ? 'date' : (el.getAttribute('type') || 'text').toLowerCase();

  // A control alone in a table cell is named by its column's header and its row's (« Salaires nets — Juillet »), as a
  // screen reader announces it; null outside a table, or when the table has no header for it.
  const tableHeaders = (el) => {
    const cell = el.closest('td');
    const row = cell && cell.parentElement;
    const table = cell && cell.closest('table');
    if (!cell || !table || cell.querySelectorAll('input,select,textarea').length > 1) return null;
    const headRow = (table.tHead && table.tHead.rows[0]) || Array.from(table.rows).find((r) => r.cells.length && Array.from(r.cells).every((c) => c.tagName === 'TH'));
    const column = headRow && headRow !== row && headRow.cells[cell.cellIndex] && headRow.cells[cell.cellIndex].tagName === 'TH' ? text(headRow.cells[cell.cellIndex]) : '';
    const rowHeader = Array.from(row.cells).find((c) => c.tagName === 'TH' && c !== cell);
    const names = [column, rowHeader ? text(rowHeader) : ''].filter(Boolean);
    return names.length ? names.join(' — ') : null;
  };
  // An upload zone a kit draws around a hidden file input (« Avis d’imposition 2025 » [Parcourir…]): its own text,
  // without its buttons; or null when the zone is the form, or holds other fields, or says too much to be a name.
  // A part of a date: « Jour », « Mois », « Année » (day, month, year) as its label or its name says it, or (when asked)
  // as the end of its name says it (Django's « date_naissance_day », a framework's « date[month] »).
  const datePartWord = /^(jour|mois|ann[ée]e|day|month|year)$/i;
  // (Rails' date_select names its lists « …(3i) », « …(2i) », « …(1i) »: day, month, year.)
  const datePartName = /((^|[_\-\[])(jour|mois|ann[ée]e|day|month|year)\]?|\([123]i\)\]?)$/i;
  const partKind = (el) => {
    const label = el.labels && el.labels[0] ? labelText(el.labels[0]).trim() : '';
    const name = el.name || '';
    const is = (words, rails) => new RegExp(`^(${words})$`, 'i').test(label) || new RegExp(`((^|[_\\-\\[])(${words})\\]?|\\(${rails}i\\)\\]?)$`, 'i').test(name);
    return is('jour|day', 3) ? 0 : is('mois|month', 2) ? 1 : is('ann[ée]e|year', 1) ? 2 : null;
  };
  const datePart = (el, byNameEnd = false) => {
    const label = el.labels && el.labels[0] ? labelText(el.labels[0]).trim() : '';
    return datePartWord.test(label || el.name || '') || (byNameEnd && datePartName.test(el.name || ''));
  };
  // The role=group a date's label names around its parts and nothing else (Form.io's day component: day, month and year
  // each labelled Jour, Mois, Année and each also named by the date's label); or null.
  const ariaDateGroup = (el, fs) => {
    const box = el.closest('[role=group][aria-labelledby], [role=group][aria-label]');
    if (!box || (fs && !fs.contains(box)) || !ariaName(box)) return null;
    const controls = Array.from(box.querySelectorAll('input:not([type=hidden]), select, textarea')).filter(visible);
    return controls.length === 3 && controls.every((c) => datePart(c)) ? box : null;
  };
  const zoneText = (el) => {
    const zone = el.parentElement;
    if (!zone || zone.tagName === 'FORM' || zone === document.body || zone.querySelectorAll('input,select,textarea').length > 1) return null;
    const copy = zone.cloneNode(true);
    copy.querySelectorAll('button, a, [role=button], input, script, style').forEach((n) => n.remove());
    // A zone that writes its name, a hint and the file chosen in blocks of their own (« Justificatif de domicile * » /
    // « Facture d'énergie… » / « Aucun fichier sélectionné ») is named by its first block.
    // A drop zone's instruction (« Glissez-déposez le fichier ici ») names no document: the text before the zone does.
    const blocks = Array.from(copy.children).map(text).filter((t) => t && !uploadInstruction.test(t));
    const loose = Array.from(copy.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
    const t = (blocks.length > 1 && !loose ? blocks[0] : text(copy)).replace(/\s*\*$/, '');
    return t && t.length <= 150 && !uploadInstruction.test(t) ? t : null;
  };
  const describe = (el) => {
    let label = null, source = 'none', hint = '';
    const labelledby = el.getAttribute('aria-labelledby');
    let labelledEl = null;
    if (labelledby) {
      // Any element may name a field (a <p>, a <span>): read it as a label, its hint and markers apart.
      const { names: named, hints: hinting } = namers(el);
      label = named.map(labelText).join(' ').trim();
      hint = named.map(hintIn).concat(hinting.map(hintText)).filter(Boolean).join(' ');
      labelledEl = named[0] || null;
      source = 'aria-labelledby';
    }
    const labels = fieldLabels(el);
    // An upload kit's button drawn as a second label of the file input (w.c.s.'s « Ajouter un fichier » label.file-button)
    // is no part of the document's name: the field's own label is.
    const naming = el.type === 'file' && labels.length > 1 ? labels.filter((l) => !genericUpload.test(labelText(l))) : labels;
    if (!label && labels.length) { label = (naming.length ? naming : labels).map(labelText).join(' ').trim(); source = 'label'; }
    // (A label that also names it by aria-labelledby gave its hint already; a text is said when its words are, « 3 caractères »
    // is not said by « 13 caractères ».)
    const said = (t) => {
      for (let at = hint.indexOf(t); at >= 0; at = hint.indexOf(t, at + 1)) {
        if (!/[\p{L}\p{N}]/u.test(hint[at - 1] || ' ') && !/[\p{L}\p{N}]/u.test(hint[at + t.length] || ' ')) return true;
      }
      return false;
    };
    const addHint = (t) => { if (t && !said(t)) hint = (hint + ' ' + t).trim(); };
    labels.map(hintIn).forEach(addHint);
    if (!label && el.getAttribute('aria-label')) { label = el.getAttribute('aria-label').trim(); source = 'aria-label'; }
    if (!label && el.title) { label = el.title.trim(); source = 'title'; }
    if (!label) { const t = tableHeaders(el); if (t) { label = t; source = 'table-headers'; } }
    // A file input without a label is named by the zone drawn around it before any text near it (the name of the file
    // chosen, « Aucun fichier sélectionné », often sits right before a hidden input).
    if (!label && el.type === 'file') { const t = zoneText(el); if (t) { label = t; source = 'nearby-text'; } }
    if (!label) { const t = nearbyText(el); if (t) { label = t; source = 'nearby-text'; } }
    if (!label && el.placeholder) { label = null; source = 'placeholder'; }
    addHint(describedBy(el));
    const group = el.closest('.fr-input-group, .fr-upload-group, .fr-select-group, .editable-champ');
    if (group) {
      group.querySelectorAll(':scope > p.notice, :scope > .fr-hint-text, :scope > p.fr-hint-text').forEach((n) => addHint(hintText(n)));
      group.querySelectorAll('.fr-message--info').forEach((n) => addHint(hintText(n)));
      // A champ of several inputs (Démarche Numérique's dgfip, cnaf) writes each one's notice beside it, in a block of its own.
      const own = el.parentElement;
      if (own && own !== group && group.contains(own) && own.querySelectorAll('input:not([type=hidden]), select, textarea').length === 1) {
        own.querySelectorAll(':scope > p.notice').forEach((n) => addHint(hintText(n)));
      }
    }
    // (A label drawn as a hint says nothing of the field being required: what names it does.)
    return { label, source, hint, labelEl: (labels[0] && !labels[0].matches(hints) ? labels[0] : null) || labelledEl || labels[0] };
  };

  // Controls a kit draws without a native one (ARIA widgets: a list as role=combobox, choices as role=radio, boxes and
  // switches): reported as the native control they stand for, named as assistive technology names them. An element that
  // wraps a native control (an autocomplete's input) is left to that control.
  const ariaName = (el) => labelledBy(el) || (el.getAttribute('aria-label') || '').trim() || null;
  const nameOf = (el) => ariaName(el) || (el.labels && el.labels.length ? Array.from(el.labels).map(labelText).join(' ').trim() : '') || text(el) || null;
  const checkedOf = (el) => el.getAttribute('aria-checked') === 'true';
  // A list without an empty first choice shows its first option although nobody chose it (Django's ChoiceField, Symfony's
  // ChoiceType without a placeholder): only an option the markup marks selected, or one a script chose, is a value.
  // A selected option that is disabled is a prompt nobody can choose (ngx-dsfr's « Sélectionner une option », value
  // "0: null" as Angular writes a null): no value either.
  const chosen = (select) => (select.selectedIndex > 0 || Array.from(select.options).some((o) => o.defaultSelected))
    && !!select.options[select.selectedIndex] && !select.options[select.selectedIndex].disabled;
  // A slider without a value rests at its midpoint: that is no answer either.
  // (Its bounds are copied before it becomes a slider: set one by one on a slider, each would move its value.)
  const restingValue = (el) => {
    const r = document.createElement('input');
    for (const a of ['min', 'max', 'step']) if (el.hasAttribute(a)) r.setAttribute(a, el.getAttribute(a));
    r.type = 'range';
    return r.value;
  };
  // A choice that says nothing was answered (Démarche Numérique's « Non renseigné », value "", which Rails checks while
  // nothing is saved): the page shows no datum, the question is still asked.
  const noAnswer = (name, value) => value === '' || /^\s*non[\s\u00a0]+renseign/i.test(name || '');
  // Pickers outside the form's questions (« Trier par », a language or theme menu in the page's header) are not fields. A
  // header or a footer inside the main content, a section or an article is part of a step (« Je certifie sur l'honneur »).
  const outsideQuestions = (el) => {
    if (el.closest('form')) return false;
    const landmark = el.closest('header, nav, footer, [role=banner], [role=navigation], [role=toolbar], [role=search], [role=menubar]');
    if (!landmark) return false;
    const inContent = ['HEADER', 'FOOTER'].includes(landmark.tagName) && landmark.parentElement && landmark.parentElement.closest('main, section, article, [role=main]');
    return !inContent;
  };
  const drawnControl = (el) => {
    if (Array.from(el.querySelectorAll('input:not([type=hidden]), select, textarea')).some(visible) || !visible(el) || bannered(el) || outsideQuestions(el)) return null;
    const role = el.getAttribute('role');
    const base = { hint: describedBy(el), section: sectionOf(el), name: el.getAttribute('name') || el.id || '',
      autocomplete: '', accept: '', pattern: '', placeholder: '', readOnly: el.getAttribute('aria-readonly') === 'true',
      disabled: el.getAttribute('aria-disabled') === 'true', required: el.getAttribute('aria-required') === 'true', filledByProbe: probeFilled(el), page: title,
      ...(survey ? { drawn: true } : {}) };
    const located = () => { const id = idOf(el); return { id, selector: `[data-probe-id="${id}"]` }; };
    if (role === 'radiogroup') {
      const choices = Array.from(el.querySelectorAll('[role=radio]')).filter(visible);
      if (!choices.length) return null;
      // Named as a native group is: its own name, else its fieldset's legend (the legend above that one is then the
      // context), else the text before its first choice.
      const named = ariaName(el), legend = named ? null : legendOf(el), question = named || legend ? null : questionOf(choices);
      const checked = choices.find(checkedOf);
      const byProbe = probeFilled(el) || choices.some(probeFilled);
      return { ...located(), ...base, label: named || legend || question, labelSource: named ? 'aria' : legend ? 'legend' : question ? 'question' : 'none',
        legend: legend ? outerLegendOf(el) : legendOf(el), input: 'radio', value: checked && !byProbe && !noAnswer(nameOf(checked)) ? nameOf(checked) : '', options: choices.map(nameOf), filledByProbe: byProbe };
    }
    if (role === 'combobox' || el.getAttribute('aria-haspopup') === 'listbox') {
      // A select kit's drawing of a native list sits right after that list (select2 nests it): the list stands for it.
      const list = drawnForList(el);
      if (list && visible(list)) return null; // counted as that list; a list nobody labelled is read from its drawing
      // The button that opens a combobox input's list (react-aria, Headless UI) is part of that input.
      if (role !== 'combobox' && el.parentElement && Array.from(el.parentElement.children).some((c) => c !== el && c.matches('input[role=combobox], input[aria-autocomplete]') && visible(c))) return null;
      // Its text is the choice shown, which may be a prompt (« Sélectionner »): not read as a value the site put there.
      const named = ariaName(el);
      return { ...located(), ...base, label: named || nearbyText(el), labelSource: named ? 'aria' : 'nearby-text', legend: legendOf(el), input: 'select', value: '', options: [] };
    }
    return { ...located(), ...base, label: nameOf(el), labelSource: 'aria', legend: legendOf(el) || boxQuestionOf(el), input: 'checkbox',
      value: checkedOf(el) && !probeFilled(el) ? 'coché' : '', options: [] };
  };

  // A button a <label> names and that opens a list (vue-dsfr's DsfrMultiselect: the boxes are drawn only once it is
  // opened) is that list: one question, its boxes its choices, not questions of their own. A button no label names (an
  // accordion's) asks nothing.
  // (The lists' opened parts are found once per inventory, not once per box.)
  let listParts = null;
  const inOpenedList = (el) => {
    listParts = listParts || Array.from(document.querySelectorAll('button[aria-controls][aria-expanded]')).filter((b) => b.labels && b.labels.length)
      .flatMap((b) => b.getAttribute('aria-controls').split(/\s+/).map((id) => byId(b, id)).filter(Boolean));
    return listParts.some((part) => part.contains(el));
  };
  const listButton = (el) => {
    if (!(el.labels && el.labels.length) || !visible(el) || bannered(el) || outsideQuestions(el)) return null;
    const id = idOf(el);
    const label = el.labels[0];
    const boxes = el.getAttribute('aria-controls').split(/\s+/).map((c) => byId(el, c)).filter(Boolean)
      .flatMap((c) => Array.from(c.querySelectorAll('input[type=checkbox], input[type=radio]')));
    return { id, selector: `[data-probe-id="${id}"]`, label: labelText(label), labelSource: 'label', hint: hintIn(label), legend: legendOf(el), section: sectionOf(el),
      input: 'select', name: el.getAttribute('name') || el.id || '', autocomplete: '', accept: '', pattern: '', placeholder: '',
      value: boxes.some((b) => b.checked && !probeFilled(b)) ? boxes.filter((b) => b.checked).map((b) => (b.labels && b.labels[0] ? labelText(b.labels[0]) : b.value)).join(', ') : '',
      readOnly: false, disabled: !!el.disabled, required: marksMandatory(label), options: boxes.map((b) => (b.labels && b.labels[0] ? labelText(b.labels[0]) : b.value)),
      filledByProbe: probeFilled(el) || boxes.some(probeFilled), page: title };
  };

  // ngx-dsfr's dsfr-select draws a DSFR list as a <div class="fr-select"> a <label for> names, its options in an overlay
  // opened by a click, without any ARIA: a list all the same. Its text is the prompt or the choice shown, not a value the
  // site put there.
  const namedList = (el) => {
    const root = el.getRootNode();
    const label = root.querySelector ? root.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
    if (!label || el.querySelector('input, select, textarea') || !visible(el) || bannered(el) || outsideQuestions(el)) return null;
    const id = idOf(el);
    return { id, selector: `[data-probe-id="${id}"]`, label: labelText(label), labelSource: 'label', hint: hintIn(label), legend: legendOf(el), section: sectionOf(el),
      input: 'select', name: el.getAttribute('name') || el.id, autocomplete: '', accept: '', pattern: '', placeholder: '', value: '', readOnly: false,
      disabled: el.getAttribute('aria-disabled') === 'true' || el.classList.contains('fr-select--disabled'), required: marksMandatory(label), options: [],
      filledByProbe: probeFilled(el), page: title };
  };

  // A file chooser drawn without a file input (`chooserLabels`): the upload its box's label names, its hints those the box
  // writes beside it (Form.io's description under the zone), never the zone's instruction.
  const chooserField = (el) => {
    if (!opensChooser(el) || !visible(el) || bannered(el) || outsideQuestions(el)) return null;
    const labels = chooserLabels(el);
    if (!labels.length) return null;
    let box = el.parentElement;
    while (box && !labels.every((l) => box.contains(l))) box = box.parentElement;
    const notes = box ? Array.from(box.querySelectorAll(hints)).filter((n) => !el.contains(n) && !labels.some((l) => l.contains(n)) && !(n.parentElement && n.parentElement.closest(hints))) : [];
    const hint = [...labels.map(hintIn), describedBy(el), ...notes.map(text)].filter((t) => t && !uploadInstruction.test(t)).join(' ').trim();
    const section = sectionOf(el);
    let label = labels.map(labelText).join(' ').trim(), labelSource = 'label';
    if (section && genericUpload.test(label)) { label = section; labelSource = 'section'; }
    const id = idOf(el);
    return { id, selector: `[data-probe-id="${id}"]`, label, labelSource, hint, legend: legendOf(el), section,
      input: 'file', name: el.getAttribute('name') || el.id || '', autocomplete: '', accept: '', pattern: '', placeholder: '', value: '', readOnly: false,
      disabled: !!el.disabled || el.getAttribute('aria-disabled') === 'true', required: labels.some(marksMandatory), options: [],
      filledByProbe: probeFilled(el), page: title,
      ...(survey ? { elementId: el.id, optional: labels.some(optional), inputMode: '', maxLength: null, min: '', max: '', reveals: 0 } : {}) };
  };

  const results = [];
  const seenRadioGroups = new Set();
  const seenDateGroups = new Set();
  const controlSelector = 'input, select, textarea, [role=combobox], [aria-haspopup=listbox], [role=radiogroup], [role=checkbox], [role=switch], button[aria-controls][aria-expanded], div.fr-select[id]';
  for (const root of roots) {
    // (The links and buttons too, in the page's order: one may open a file chooser that has no input yet.)
    for (const el of root.querySelectorAll(controlSelector + ', a, button, [role=button]')) {
      if (!el.matches(controlSelector)) {
        const chooser = chooserField(el);
        if (chooser) results.push(chooser);
        continue;
      }
      if (el.tagName === 'DIV' && !el.hasAttribute('role')) {
        const list = namedList(el);
        if (list) results.push(list);
        continue;
      }
      if (el.tagName === 'BUTTON' && !el.hasAttribute('role') && !el.matches('[aria-haspopup=listbox]')) {
        const list = listButton(el);
        if (list) results.push(list);
        continue;
      }
      if (!['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName)) {
        const drawn = drawnControl(el);
        if (drawn) results.push(drawn);
        continue;
      }
      const type = typeOf(el);
      if (['hidden', 'submit', 'button', 'reset', 'image'].includes(type)) continue;
      if (bannered(el)) continue;
      if (!visible(el)) continue;
      if (el.tagName === 'INPUT' && !(el.labels && el.labels.length) && el.parentElement) { // a select kit's search field: the list stands for it
        const list = drawnForList(el.parentElement, 6) || listAround(el);
        if (list && visible(list)) continue;
      }
      if (el.closest('.fr-password__checkbox')) continue; // "Afficher" the password
      if ((type === 'checkbox' || type === 'radio') && inOpenedList(el)) continue; // a choice of a list a labelled button opens
      const legend = legendOf(el);
      const section = sectionOf(el);

      const fs = el.closest('fieldset');
      // A date asked in parts: a day, a month and a year typed or picked apart (DSFR's three inputs, Drupal's datelist,
      // Django's SelectDateWidget), in a fieldset or side by side under the label of the first part.
      // (Side by side, only a field whose own name ends as a part's is looked at: a flat form is not read again per field.)
      // Form.io's day component: no fieldset, the parts (Jour, Mois, Année) in a role=group the date's label names.
      const dateBox = (type === 'number' || type === 'text' || type === 'select') ? ariaDateGroup(el, fs) : null;
      const boxed = dateBox || fs;
      const group = (type === 'text' || type === 'number' || type === 'select') ? (boxed || (datePartName.test(el.name || '') ? el.parentElement : null)) : null;
      if (group) {
        // Side by side without a fieldset, the three parts must be there, each named so by its name's end.
        // Day, month, year in that order whatever order the page draws them in (Rails draws year, month, day).
        const parts = Array.from(group.querySelectorAll('input, select')).filter((i) => i.type !== 'hidden' && datePart(i, !boxed))
          .map((p, i) => [partKind(p) ?? i, p]).sort((a, b) => a[0] - b[0]).map(([, p]) => p);
        if (parts.length >= (boxed ? 2 : 3) && parts.includes(el) && (boxed || parts.every((p) => p.parentElement === group))) {
          if (seenDateGroups.has(group)) continue;
          seenDateGroups.add(group);
          const id = idOf(group, 'date:' + parts.map((p) => p.name || p.id).join(','));
          const lg = fs && !dateBox ? fs.querySelector(':scope > legend') : null;
          const first = parts[0].labels && parts[0].labels[0];
          // A label whose `for` names no element but begins every part's id names the date (Rails' date_select labels
          // « demande_jeune_date_naissance » over « …_3i », « …_2i », « …_1i »; Symfony's compound date its wrapper).
          const orphan = fs || dateBox || (first && !datePartWord.test(labelText(first).trim())) ? null
            : Array.from(group.getRootNode().querySelectorAll('label[for]')).find((l) => !l.control && l.htmlFor && parts.every((p) => p.id.startsWith(l.htmlFor + '_')));
          const named = dateBox ? ariaName(dateBox) : fs ? legend : first && !datePartWord.test(labelText(first).trim()) ? labelText(first) : orphan ? labelText(orphan) : null;
          results.push({
            id, selector: `[data-probe-id="${id}"]`, label: named || nearbyText(group), labelSource: dateBox ? 'aria' : fs ? 'legend' : named ? 'label' : 'nearby-text',
            hint: dateBox ? describedBy(dateBox) : lg ? hintIn(lg) : first ? hintIn(first) : orphan ? hintIn(orphan) : '',
            legend: dateBox ? legend : outerLegendOf(el), section, input: 'date', name: parts.map((p) => p.name).join(','), autocomplete: parts.map((p) => p.autocomplete).filter(Boolean).join(' '),
            value: parts.map((p) => p.value).filter(Boolean).join('/'), readOnly: parts.every((p) => p.readOnly), disabled: parts.every((p) => p.disabled),
            required: parts.some((p) => mandatory(p, p.labels && p.labels[0])) || marksMandatory(lg) || (!!orphan && marksMandatory(orphan)), options: [], filledByProbe: parts.some(probeFilled),
            page: title,
            ...(survey ? { optional: optional(lg), parts: parts.map((p) => ({ id: idOf(p), elementId: p.id, label: p.labels && p.labels[0] ? labelText(p.labels[0]) : p.name, maxLength: p.maxLength > 0 ? p.maxLength : null, list: p.tagName === 'SELECT' })) } : {}),
          });
          continue;
        }
      }

      if (type === 'radio') {
        const key = (el.form ? 'form' : 'doc') + ':' + (el.name || idOf(el));
        if (seenRadioGroups.has(key)) continue;
        seenRadioGroups.add(key);
        const scope = el.form || root;
        const radios = el.name ? Array.from(scope.querySelectorAll(`input[type=radio][name="${CSS.escape(el.name)}"]`)).filter(visible) : [el];
        const container = fs || el.parentElement;
        const id = idOf(container, el.name ? 'radios:' + key : undefined);
        const checked = radios.find((r) => r.checked);
        const optionLabel = (r) => { const d = describe(r); return d.label || r.value; };
        const lg = fs ? fs.querySelector(':scope > legend') : null;
        const question = legend ? null : questionOf(radios.length ? radios : [el]);
        results.push({
          id, selector: `[data-probe-id="${id}"]`, label: legend || question || describe(el).label, labelSource: legend ? 'legend' : question ? 'question' : 'label',
          hint: lg ? hintIn(lg) : '',
          legend: outerLegendOf(el), section, input: 'radio', name: el.name, autocomplete: el.autocomplete || '',
          value: checked && !probeFilled(checked) && !noAnswer(optionLabel(checked), checked.value) ? optionLabel(checked) : '', readOnly: false, disabled: radios.every((r) => r.disabled),
          // Form.io marks the group, not its choices: aria-required on its role=radiogroup.
          required: radios.some((r) => r.required || r.getAttribute('aria-required') === 'true' || !!r.closest('[role=radiogroup][aria-required="true"]')) || marksMandatory(lg) || (!!question && markedQuestions.has(question)),
          options: radios.map(optionLabel), filledByProbe: radios.some(probeFilled),
          page: title,
          ...(survey ? { optional: optional(lg), reveals: reveals(el), choices: radios.map((r) => ({ id: idOf(r), elementId: r.id, label: optionLabel(r) })) } : {}),
        });
        continue;
      }

      const d = describe(el);
      // « Ajouter un fichier » (react-dsfr's and DSFR's default upload label) names the button, not the document: the
      // question around it does, else the heading right above it (« Justificatif de domicile de moins de 3 mois »), as a
      // person reads the page.
      if (type === 'file' && genericUpload.test(d.label || '')) {
        const question = uploadQuestion(el), named = question ? labelledBy(question) : '';
        if (named) { d.label = named; d.source = 'aria-labelledby'; } else if (section) { d.label = section; d.source = 'section'; }
      }
      // Démarche Numérique's champs of several inputs (dgfip: numéro fiscal and référence d'avis; cnaf: numéro allocataire
      // and code postal) name the champ by a label on its first input and each input by its own: the champ's name is the
      // context of each input (« Le code postal » of « Allocataire CAF »), no part of the first one's name. A legend of a
      // fieldset around the champ (DN's header section) does not stop that; the champ's own fieldset (a date, a list) does.
      const champBox = el.closest('.editable-champ');
      const champ = !legend || (champBox && fs !== champBox && fs.contains(champBox)) ? champTitleOf(el) : null;
      if (champ) {
        const own = fieldLabels(el).filter((l) => l !== champ).map(labelText).join(' ').trim();
        if (own) d.label = own;
      }
      const id = idOf(el);
      // A box one types into to choose in a list (react-aria's combobox) is that list when its choices are known.
      const list = el.getAttribute('role') === 'combobox' ? typedListOf(el) : null;
      let value = '';
      if (type === 'checkbox') value = el.checked ? 'coché' : '';
      else if (type === 'file') value = el.files && el.files.length ? Array.from(el.files).map((f) => f.name).join(', ') : '';
      else if (el.tagName === 'SELECT') value = el.value && chosen(el) ? optionText(el.options[el.selectedIndex]) : '';
      else if (type === 'range') value = el.hasAttribute('value') || el.value !== restingValue(el) ? el.value : '';
      else value = el.value || '';
      // Typed over by the probe before this inventory saw it: what the site had put there is the first sight.
      const before = probeFilled(el) ? el.dataset.probeBefore || '' : '';
      if (before) value = before;
      results.push({
        id, selector: `[data-probe-id="${id}"]`, label: d.label, labelSource: d.source, hint: d.hint,
        legend: (champ ? labelText(champ) : null) || legend || (type === 'checkbox' ? boxQuestionOf(el) : null), section, input: list ? 'select' : type, name: el.name || el.id || '', autocomplete: el.getAttribute('autocomplete') || '',
        accept: el.getAttribute('accept') || '', pattern: el.getAttribute('pattern') || '', placeholder: el.placeholder || '',
        value, readOnly: !!el.readOnly, disabled: !!el.disabled, required: mandatory(el, d.labelEl),
        options: el.tagName === 'SELECT' ? Array.from(el.options).filter((o) => o.value && !o.hidden && !o.disabled).map(optionText) : list || [],
        filledByProbe: probeFilled(el) && !before,
        page: title,
        ...(survey ? {
          elementId: el.id, optional: optional(d.labelEl) || /\((optionnel|facultatif)\)/i.test(d.label || ''), inputMode: el.getAttribute('inputmode') || '',
          maxLength: el.maxLength > 0 ? el.maxLength : null, min: el.getAttribute('min') || '', max: el.getAttribute('max') || '',
          reveals: type === 'checkbox' || el.tagName === 'SELECT' ? reveals(el) : 0,
          // A box one types into to choose in a list it draws (react-aria's combobox): a list, not a text.
          ...(el.getAttribute('role') === 'combobox' ? { drawn: true } : {}),
        } : {}),
      });
    }
  }
  // Forms whose submit control reads like a final submission, or is the scenario's stop_before target.
  const finals = [];
  const finalButtons = new Set();
  if (finalPattern) {
    const finalWords = new RegExp(finalPattern, 'i');
    // « Valider » or « Confirmer » alone goes on from a step that asks something; under a form that asks nothing (a recap,
    // « Vérifiez les informations » of Publik/w.c.s., at most a box to certify or accept) it sends what was entered.
    const confirmWords = confirmPattern ? new RegExp(confirmPattern, 'i') : null;
    const attests = /(certifi|atteste|accepte|d[ée]clare|reconna[iî]|consen|m.engage|pris connaissance|approuv)/i;
    const elementOf = (id) => { for (const root of roots) { const e = root.querySelector(`[data-probe-id="${CSS.escape(id)}"]`); if (e) return e; } return null; };
    const asksNothing = (scope) => !results.some((r) => {
      if (r.readOnly || r.disabled || (r.input === 'checkbox' && attests.test(r.label || ''))) return false;
      const el = elementOf(r.id);
      return !!el && (scope.contains(el) || el.form === scope);
    });
    const stop = (stopText || '').toLowerCase();
    const nameOf = (b) => (b.innerText || b.value || b.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim();
    const submitters = (root) => Array.from(root.querySelectorAll('button, input[type=submit], input[type=image], a[data-method], a[data-turbo-method]'))
      .filter((b) => b.tagName === 'A' || (b.type || 'submit').toLowerCase() === 'submit');
    const matchesStop = (b) => { try { return !!stopCss && b.matches(stopCss); } catch (e) { return false; } };
    const pair = (b) => (b.name ? b.name + '=' + (b.value || '') : '');
    // Whether the page says it is the last step of several, or says nothing of steps: a form's only « Valider » there is
    // the one that sends (Contact Form 7's, SPIP Formidable's single-page forms). A stepper that counts (« Étape 2 sur 3 »)
    // decides; else a current step, a progress bar or a way back (« Précédent ») says another step may follow.
    let lastStep;
    const onLastStep = (form) => {
      if (lastStep !== undefined) return lastStep;
      const count = /[ée]tape\s*(\d+)\s*(?:sur|\/|de)\s*(\d+)/i.exec(document.body ? document.body.innerText || '' : '');
      const marked = document.querySelector('[aria-current="step"], .fr-stepper, .wcs-step, .mat-step-header, [class*="stepper" i], [role=progressbar], progress, .gf_progressbar');
      const back = Array.from(form.querySelectorAll('button, input[type=submit], input[type=button], a')).some((o) => /pr[ée]c[ée]dent|retour|back/i.test(nameOf(o)));
      lastStep = count ? Number(count[1]) >= Number(count[2]) : !marked && !back;
      return lastStep;
    };
    // A sign-in (a password to give: FranceConnect's identity providers validate with « Valider ») or a search is no
    // application, whatever its button says.
    const onlySubmitter = (b) => !!b.form && !b.form.querySelector('input[type=password], input[type=search]') && !b.form.closest('[role=search]')
      && submitters(b.form).filter((o) => o.tagName !== 'A').length === 1;
    for (const root of roots) {
      for (const b of submitters(root)) {
        const name = nameOf(b);
        const isStop = (stop && name.toLowerCase().includes(stop)) || matchesStop(b);
        const confirmsAll = !!confirmWords && confirmWords.test(name) && b.tagName !== 'A' && !bannered(b)
          && (asksNothing(b.form || root) || (onlySubmitter(b) && onLastStep(b.form)));
        if (isStop && b.tagName !== 'A') b.dataset.probeStop = '1';
        if (!name || !(finalWords.test(name) || isStop || confirmsAll)) continue;
        // A final button on a step the page does not show yet (Gravity Forms keeps every page of a form in it, the next ones
        // in display: none) does not make the step shown the final one: « Suivant » posts the same form to the next page.
        // The guard learns it again on the page that shows it.
        if (b.tagName !== 'A' && !visible(b)) continue;
        if (finalWords.test(name) || confirmsAll) finalButtons.add(b);
        if (b.tagName === 'A') {
          // Rails UJS links (data-method="post") submit through a generated form.
          // rails-ujs sends a link as a POST form (the method in `_method`), a remote one or Turbo's with its own method: both.
          const declared = (b.getAttribute('data-method') || b.getAttribute('data-turbo-method') || 'post').toLowerCase();
          for (const method of new Set(['post', declared])) if (method !== 'get') finals.push({ action: b.href, method, button: name, others: [], pair: '' });
          continue;
        }
        const form = b.form;
        if (!form) continue;
        const others = submitters(form).filter((o) => o !== b && o.tagName !== 'A' && !finalWords.test(nameOf(o)) && !(confirmsAll && confirmWords.test(nameOf(o)))).map(pair).filter(Boolean);
        finals.push({
          // The attribute, not `form.action`: a field named "action" shadows the property (DOM clobbering).
          action: b.getAttribute('formaction') ? b.formAction : new URL(form.getAttribute('action') || '', document.baseURI).href,
          method: (b.getAttribute('formmethod') || form.getAttribute('method') || 'get'),
          button: name, others, pair: pair(b),
        });
      }
    }
    // A page that sends by script (a button of type « button », a drawn one) has no form the guard can learn: its final
    // button is marked, and the walker refuses a click on it (inventory after inventory: a step may make it final or not).
    for (const root of roots) {
      for (const b of root.querySelectorAll('button[type=button], [role=button], input[type=button]')) {
        // The words first (cheap): most buttons of a page are neither final nor « Valider », and need no layout read.
        const words = [b.textContent, b.value || '', b.getAttribute('aria-label') || ''].join(' ');
        if (!finalWords.test(words) && !/valid|confirm|termin|finalis/i.test(words)) continue;
        if (b.closest('a') || !visible(b) || bannered(b)) continue;
        const name = nameOf(b);
        if (name && (finalWords.test(name) || (!!confirmWords && confirmWords.test(name) && asksNothing(b.form || root)))) finalButtons.add(b);
      }
      root.querySelectorAll('[data-probe-final]').forEach((b) => { if (!finalButtons.has(b)) delete b.dataset.probeFinal; });
    }
    finalButtons.forEach((b) => { if (b.dataset) b.dataset.probeFinal = '1'; });
    // A script that sends the form itself on its `submit` event (Contact Form 7 posts it by fetch to its own address, not the
    // form's target the network guard knows): the event of a final or stop button, pressed or implied by Enter, is stopped
    // before any handler of the page sees it, and the walker is told.
    if (!window.__probeSubmitGuard) {
      window.__probeSubmitGuard = true;
      window.addEventListener('submit', (e) => {
        const form = e.target;
        const by = e.submitter || (form && form.querySelector ? form.querySelector('button:not([type]), button[type=submit], input[type=submit], input[type=image]') : null);
        if (!by || !by.dataset || !(by.dataset.probeFinal === '1' || by.dataset.probeStop === '1')) return;
        e.preventDefault();
        e.stopImmediatePropagation();
        const said = (by.innerText || by.value || by.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim();
        if (typeof window.__probeRefusedSubmit === 'function') window.__probeRefusedSubmit(said).catch(() => {});
      }, true);
    }
  }

  // #region refusal: the fields the site or the browser says are wrong, each with its message, so a step the site refused
  // names them. The browser's own check (`required`, `pattern`) draws no message in the page: it fires `invalid` on each
  // field when a submission is tried, and the message is the field's validationMessage. A script's check (jQuery Validate,
  // WPForms) or the site's answer marks the field aria-invalid, or writes a message the field points at (aria-errormessage,
  // aria-describedby) or that sits in the field's own box. A required field nobody tried to send is :invalid too, and not
  // refused: only a field marked so, or one the browser refused, counts.
  if (!state.refusedByBrowser) {
    state.invalidEvents = 0;
    state.refusedByBrowser = new Set();
  }
  for (const root of roots) {
    if (root.__probeInvalid) continue;
    root.__probeInvalid = true;
    root.addEventListener('invalid', (e) => { state.invalidEvents++; state.refusedByBrowser.add(e.target); }, true);
  }
  const controlsOf = (el) => (el.matches('input, select, textarea, [role=combobox], [aria-haspopup=listbox], [role=checkbox], [role=switch]') ? [el]
    : Array.from(el.querySelectorAll('input:not([type=hidden]), select, textarea, [role=radio]')));
  const errorMarks = fieldErrorSelector ? `${fieldErrorSelector}, [role=alert]` : '[role=alert]';
  const shownError = (e) => !!e && !e.closest('[hidden]') && !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length) && !!text(e)
    && !e.querySelector('input, select, textarea');
  const linkedError = (c) => ['aria-errormessage', 'aria-describedby'].flatMap((a) => (c.getAttribute(a) || '').split(/\s+/).filter(Boolean))
    .map((id) => byId(c, id)).find((e) => shownError(e) && (e.matches(errorMarks) || /error|invalid|erreur/i.test(e.className || '') || c.getAttribute('aria-errormessage') === e.id));
  // A message in the field's own box: the largest element around it that holds no other field.
  const boxError = (controls) => {
    let found = null;
    for (let box = controls[0].parentElement, depth = 0; box && depth < 4 && box.tagName !== 'FORM' && box !== document.body; box = box.parentElement, depth++) {
      if (Array.from(box.querySelectorAll('input:not([type=hidden]), select, textarea')).some((c) => !controls.includes(c))) break;
      found = Array.from(box.querySelectorAll(errorMarks)).find(shownError) || found;
    }
    return found;
  };
  // The browser's own message is in its interface language (the headless shell carries English only): the same check said in
  // French, as a French browser words it; a message the site set (setCustomValidity) is the site's.
  const nativeMessage = (c) => {
    const v = c.validity;
    if (!v || v.valid) return '';
    if (v.customError) return c.validationMessage;
    const type = (c.type || '').toLowerCase();
    if (v.valueMissing) {
      return type === 'checkbox' ? 'Veuillez cocher cette case si vous souhaitez continuer.' : type === 'radio' ? 'Veuillez sélectionner l\'une de ces options.'
        : type === 'file' ? 'Veuillez sélectionner un fichier.' : c.tagName === 'SELECT' ? 'Veuillez sélectionner un élément dans la liste.' : 'Veuillez renseigner ce champ.';
    }
    if (v.typeMismatch) return type === 'email' ? 'Veuillez saisir une adresse e-mail valide.' : type === 'url' ? 'Veuillez saisir une URL.' : 'Veuillez saisir une valeur valide.';
    if (v.badInput) return type === 'number' ? 'Veuillez saisir un nombre.' : 'Veuillez saisir une valeur valide.';
    if (v.patternMismatch) return 'Veuillez respecter le format requis.' + (c.title ? ` ${c.title}` : '');
    if (v.tooShort) return `Veuillez allonger ce texte pour atteindre ${c.minLength} caractères au minimum.`;
    if (v.tooLong) return `Veuillez raccourcir ce texte pour atteindre ${c.maxLength} caractères au maximum.`;
    if (v.rangeUnderflow) return `La valeur doit être supérieure ou égale à ${c.min}.`;
    if (v.rangeOverflow) return `La valeur doit être inférieure ou égale à ${c.max}.`;
    if (v.stepMismatch) return 'Veuillez saisir une valeur valide.';
    return c.validationMessage;
  };
  const anyShownError = Array.from(document.querySelectorAll(errorMarks)).some(shownError);
  const invalid = [];
  const refusedSeen = new Set();
  for (const r of results) {
    const el = roots.map((root) => root.querySelector(`[data-probe-id="${CSS.escape(r.id)}"]`)).find(Boolean);
    if (!el) continue;
    const controls = controlsOf(el);
    if (!controls.length) continue;
    const marked = controls.some((c) => c.getAttribute('aria-invalid') === 'true');
    const byBrowser = controls.filter((c) => state.refusedByBrowser.has(c) && c.matches(':invalid'));
    controls.forEach((c) => refusedSeen.add(c));
    const own = controls.map(linkedError).find(Boolean) || (anyShownError ? boxError(controls) : null);
    if (!marked && !byBrowser.length && !own) continue;
    const native = controls.find((c) => c.validationMessage);
    // (Each control's own id, else its name: the walker knows which step answered it.)
    const keys = controls.map((c) => (c.id ? '#' + c.id : c.name ? c.name + (['checkbox', 'radio'].includes(c.type) ? '=' + c.value : '') : '')).filter(Boolean);
    invalid.push({ id: r.id, label: r.label || r.legend || r.name || '', message: own ? text(own) : native ? nativeMessage(native) : '', keys, shown: !!own });
  }
  // A field the browser refused that the page does not show (a required field in a closed block) stops the submission too.
  for (const c of state.refusedByBrowser) {
    if (refusedSeen.has(c) || !c.isConnected || !c.matches(':invalid')) continue;
    invalid.push({ id: '', label: (c.labels && c.labels[0] ? labelText(c.labels[0]) : '') || c.getAttribute('aria-label') || c.name || '', message: nativeMessage(c), hidden: true });
  }
  // #endregion refusal

  let blocker = null;
  if (document.querySelector('#captchetat, #captchaImage, .g-recaptcha, .h-captcha, iframe[src*="recaptcha"], iframe[src*="hcaptcha"]')) blocker = 'captcha';
  // Fields the probe filled, shown or not: one a page hides after the probe filled it (a chosen address drawn as a
  // chip) was still asked.
  const filled = Array.from(new Set(Array.from(document.querySelectorAll('[data-probe-filled="1"][data-probe-id]'), (e) => e.dataset.probeId)
    .concat(window.__probeFilledIds || [])));
  // The document read (a new one each time the page loads): a form posting back to its own address (Drupal's Webform
  // wizard) shows its next step under the same address and title.
  const doc = state.doc;
  const invalidEvents = state.invalidEvents;
  // A page that saves each answer as it is given, and checks it then (Démarche Numérique's champs).
  const autosaves = !!document.querySelector('[data-controller~="autosave"]');
  if (!survey) return { title, doc, fields: results, blocker, finals, filled, invalid, invalidEvents, autosaves };

  // What a person sees to go on: the visible buttons and links (banner buttons flagged), the heading, the step, the errors.
  const shownNow = (e) => !e.closest('[hidden]') && !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length);
  // One token written as code: camelCase, dotted or snake (« nextButtonAriaLabel », « form.submit », « btn_next »).
  const codeKey = (s) => !/\s/.test(s) && /[a-z][A-Z]|\w[._]\w/.test(s);
  const actions = [];
  for (const root of roots) {
    for (const a of root.querySelectorAll('button, a[href], [role=button], [role=link], input[type=submit], input[type=button]')) {
      if (!shownNow(a) || a.closest('dialog:not([open])')) continue;
      // The accessible name: decorations marked aria-hidden (a provider's logo letter) are not part of it.
      let named = a;
      if (a.querySelector('[aria-hidden="true"]')) { named = a.cloneNode(true); named.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove()); }
      // As written, not as styled: a kit's « text-transform: uppercase » (MUI's buttons) shows « SUIVANT »; the name a
      // step matches is « Suivant ».
      const shown = text(named), written = (named.textContent || '').replace(/\s+/g, ' ').trim();
      const words = shown !== written && shown.toLowerCase() === written.toLowerCase() ? written : shown;
      // An aria-label that is a translation key left untranslated (Form.io's « nextButtonAriaLabel » over « Suivant », on a
      // site that translates only the visible strings) names nothing a person reads: the button is its words.
      const ariaLabel = (a.getAttribute('aria-label') || '').trim();
      const name = (ariaLabel && !(words && codeKey(ariaLabel)) ? ariaLabel : words || ariaLabel || a.value || '').trim();
      if (!name) continue;
      const isLink = a.getAttribute('role') === 'link' || (a.tagName === 'A' && a.getAttribute('role') !== 'button');
      actions.push({
        name, role: isLink ? 'link' : 'button', testid: a.getAttribute('data-testid') || '', elementId: a.id || '',
        disabled: !!a.disabled || a.getAttribute('aria-disabled') === 'true', banner: !!bannered(a),
        connect: a.classList.contains('fr-connect') ? (a.classList.contains('fr-connect--plus') ? 'plus' : 'standard') : '',
        final: finalButtons.has(a),
      });
    }
  }
  const first = (sel) => Array.from(document.querySelectorAll(sel)).find(shownNow);
  // The fields' own messages; the summary above the form only when the fields have none.
  const messages = (sel) => Array.from(document.querySelectorAll(sel)).filter(shownNow).map(text).filter(Boolean);
  const fieldErrors = messages(fieldErrorSelector);
  const errors = fieldErrors.length ? fieldErrors : messages(summaryErrorSelector);
  const service = ['.fr-header__service-title', '.fr-header__service-tagline'].map((s) => text(document.querySelector(s))).filter(Boolean).join(' — ');
  return {
    title, doc, fields: results, blocker, finals, filled, invalid, invalidEvents, autosaves, actions, errors, service,
    heading: text(first('h1')), step: text(first('.fr-stepper__state')),
    documentTitle: document.title,
  };
}

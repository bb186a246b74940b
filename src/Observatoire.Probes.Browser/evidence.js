// Prepares a page for its evidence screenshot, then puts it back: outlines each field by the decision taken on it, and
// marks for masking everything personal (typed or pre-filled values in fields, known personal values and personal-looking
// strings anywhere in the text, every value on sign-in provider pages). Playwright masks the marked elements.
({ marks, sensitive, signIn, undo }) => {
  const all = (sel) => { const out = []; const walk = (root) => { root.querySelectorAll(sel).forEach((e) => out.push(e)); root.querySelectorAll('*').forEach((e) => e.shadowRoot && walk(e.shadowRoot)); }; walk(document); return out; };
  if (undo) {
    all('[data-probe-outline]').forEach((el) => { el.style.outline = el.dataset.probeOutline.trim(); el.style.outlineOffset = ''; delete el.dataset.probeOutline; });
    all('[data-probe-mask]').forEach((el) => delete el.dataset.probeMask);
    return 0;
  }
  const styles = { counted: '4px solid #e1000f', prefilled: '3px dashed #18753c', key: '3px dotted #0063cb', other: '' };
  for (const m of marks) {
    if (!styles[m.style]) continue;
    for (const el of all(m.selector)) {
      el.dataset.probeOutline = el.style.outline || ' ';
      el.style.outline = styles[m.style];
      el.style.outlineOffset = '2px';
    }
  }
  all('input:not([type=radio]):not([type=checkbox]):not([type=file]):not([type=hidden]), textarea').forEach((el) => { if (el.value) el.dataset.probeMask = '1'; });
  all('select').forEach((el) => { if (el.value) el.dataset.probeMask = '1'; });

  // Text that holds a known personal value, or looks like one: e-mail, phone, long numbers (NIR, tax numbers, IBAN), dates.
  const known = (sensitive || []).map((v) => v.toLowerCase()).filter((v) => v.length >= 3);
  const shapes = /([\w.+-]+@[\w-]+\.[\w.-]+)|(\b[A-Z]{2}\d{2}[ ]?(\d{4}[ ]?){2,}\d{1,4}\b)|(\d[\d ]{4,}\d)|(\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b)/;
  const keep = (el) => el.closest('button, [role=button], a, label, legend, h1, dt, th, .fr-label, .fr-hint-text, .fr-stepper, nav, header, footer');
  let masked = 0;
  const markText = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent;
      if (!text || !text.trim()) continue;
      const el = node.parentElement;
      if (!el || el.closest('script, style')) continue;
      const lower = text.toLowerCase();
      const hit = known.some((v) => lower.includes(v)) || shapes.test(text) || (signIn && !keep(el));
      if (hit) { el.dataset.probeMask = '1'; masked++; }
    }
  };
  markText(document.body);
  document.querySelectorAll('*').forEach((e) => e.shadowRoot && markText(e.shadowRoot));
  return masked;
}

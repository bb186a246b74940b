// Last line of defence against a real submission: a form whose submitter reads like a final submission
// is stopped in the page, whatever triggered it (a click, Enter in a field, a script).
(() => {
  const words = /(envoyer|d[ée]poser|transmettre|soumettre|confirmer l.envoi|valider (et envoyer|ma demande|mon dossier|la demande|le dossier)|payer|signer et envoyer)/i;
  document.addEventListener('submit', (event) => {
    if (window.__probeAllowSubmit) return;
    const submitter = event.submitter;
    const label = submitter ? (submitter.innerText || submitter.value || submitter.getAttribute('aria-label') || '') : '';
    if (words.test(label)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      window.__probeBlockedSubmit = label.trim();
    }
  }, true);
})();

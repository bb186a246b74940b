// Behaviour of the demo procedures site: consent banners, conditional fields, script-driven steps,
// FranceConnect consent, accordion, password toggle, and the <adresse-ban> shadow-DOM widget.
(function () {
  'use strict';

  function setCookie(name, value) {
    document.cookie = name + '=' + encodeURIComponent(value) + '; path=/; max-age=31536000; SameSite=Lax';
  }

  function hasCookie(name) {
    return document.cookie.split('; ').some(function (c) { return c.indexOf(name + '=') === 0; });
  }

  // ----- DSFR consent banner (server-rendered while the cookie is absent) -----
  function initDsfrConsent() {
    var banner = document.getElementById('consent-banner');
    var modal = document.getElementById('consent-modal');
    if (!banner) { return; }
    document.querySelectorAll('[data-consent]').forEach(function (button) {
      button.addEventListener('click', function () {
        setCookie('demo_consent', button.getAttribute('data-consent'));
        banner.remove();
        if (modal && modal.open) { modal.close(); }
      });
    });
    var customise = banner.querySelector('[aria-controls="consent-modal"]');
    if (customise && modal && modal.showModal) {
      customise.addEventListener('click', function () { modal.showModal(); });
    }
  }

  // ----- tarteaucitron, "middle" orientation: injected after load, overlay blocks clicks -----
  function initTarteaucitron() {
    if (!document.body.hasAttribute('data-tarteaucitron') || hasCookie('tarteaucitron')) { return; }
    window.setTimeout(function () {
      var root = document.createElement('div');
      root.id = 'tarteaucitronRoot';
      root.innerHTML =
        '<div id="tarteaucitronBack"></div>' +
        '<div id="tarteaucitronAlertBig" class="tarteaucitronAlertBigMiddle" role="alertdialog" aria-labelledby="tarteaucitronDisclaimerAlert">' +
        '<span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies et vous donne le contrôle sur ceux que vous souhaitez activer</span>' +
        '<button type="button" id="tarteaucitronPersonalize2" class="tarteaucitronCTAButton tarteaucitronAllow"><span class="tarteaucitronCheck" aria-hidden="true"></span>Tout accepter</button>' +
        '<button type="button" id="tarteaucitronAllDenied2" class="tarteaucitronCTAButton tarteaucitronDeny"><span class="tarteaucitronCross" aria-hidden="true"></span>Tout refuser</button>' +
        '<button type="button" id="tarteaucitronCloseAlert">Personnaliser</button>' +
        '</div>';
      document.body.insertBefore(root, document.body.firstChild);
      function close(choice) {
        setCookie('tarteaucitron', '!matomo=' + choice);
        root.remove();
      }
      root.querySelector('#tarteaucitronPersonalize2').addEventListener('click', function () { close('true'); });
      root.querySelector('#tarteaucitronAllDenied2').addEventListener('click', function () { close('false'); });
      root.querySelector('#tarteaucitronCloseAlert').addEventListener('click', function () { close('false'); });
    }, 300);
  }

  // ----- conditional fields (Démarche Numérique style: always in the DOM, toggled with `hidden`) -----
  function initConditions(scope) {
    scope.querySelectorAll('[data-condition-name]').forEach(function (block) {
      var form = block.closest('form') || document;
      var name = block.getAttribute('data-condition-name');
      var expected = block.getAttribute('data-condition-value');
      var controls = form.querySelectorAll('[name="' + name + '"]');
      function update() {
        var value = '';
        controls.forEach(function (c) {
          if ((c.type === 'radio' || c.type === 'checkbox') ? c.checked : true) { value = c.value; }
        });
        block.hidden = value !== expected;
      }
      controls.forEach(function (c) { c.addEventListener('change', update); });
    });
  }

  // ----- script-driven steps on one page -----
  function labelOf(control) {
    var label = control.id ? document.querySelector('label[for="' + control.id + '"]') : null;
    var text = '';
    if (label) {
      label.childNodes.forEach(function (n) { if (n.nodeType === 3) { text += n.textContent; } });
    } else if (control.getAttribute('aria-label')) {
      text = control.getAttribute('aria-label');
    }
    return text.trim();
  }

  function isShown(element) {
    return !element.closest('[hidden]');
  }

  function groupOf(control) {
    return control.closest('.fr-input-group, .fr-select-group, .fr-upload-group, .fr-checkbox-group, fieldset.fr-fieldset');
  }

  function showError(control, message) {
    var group = control.type === 'radio' ? control.closest('fieldset') : groupOf(control);
    if (!group) { return; }
    group.classList.add(group.tagName === 'FIELDSET' ? 'fr-fieldset--error' : (group.classList.contains('fr-select-group') ? 'fr-select-group--error' : 'fr-input-group--error'));
    var messages = group.querySelector('.fr-messages-group');
    if (messages && !messages.querySelector('.js-error')) {
      var p = document.createElement('p');
      p.className = 'fr-message fr-message--error js-error';
      p.textContent = message;
      messages.appendChild(p);
    }
  }

  function clearErrors(section) {
    section.querySelectorAll('.js-error').forEach(function (p) { p.remove(); });
    section.querySelectorAll('.fr-input-group--error, .fr-select-group--error, .fr-fieldset--error').forEach(function (g) {
      g.classList.remove('fr-input-group--error', 'fr-select-group--error', 'fr-fieldset--error');
    });
  }

  function validate(section) {
    clearErrors(section);
    var ok = true;
    var seenRadios = {};
    section.querySelectorAll('input[required], select[required], textarea[required]').forEach(function (control) {
      if (!isShown(control)) { return; }
      if (control.type === 'radio') {
        if (seenRadios[control.name]) { return; }
        seenRadios[control.name] = true;
        if (!section.querySelector('input[name="' + control.name + '"]:checked')) {
          ok = false;
          showError(control, 'Veuillez sélectionner une réponse.');
        }
        return;
      }
      if (control.type === 'checkbox' ? !control.checked : !control.value.trim()) {
        ok = false;
        showError(control, control.tagName === 'SELECT' ? 'Veuillez sélectionner une option.' : 'Ce champ est obligatoire.');
      }
    });
    return ok;
  }

  function buildRecap(form, target) {
    var html = '';
    form.querySelectorAll('.js-step').forEach(function (section) {
      if (!section.querySelector('[data-step-next]')) { return; }
      var rows = '';
      var seen = {};
      section.querySelectorAll('input, select, textarea').forEach(function (control) {
        if (!isShown(control) || control.type === 'hidden' || control.type === 'button' || seen[control.name]) { return; }
        var label;
        var value;
        if (control.type === 'radio') {
          seen[control.name] = true;
          var checked = section.querySelector('input[name="' + control.name + '"]:checked');
          var legend = control.closest('fieldset').querySelector('legend');
          label = legend ? legend.childNodes[0].textContent.trim() : control.name;
          value = checked ? labelOf(checked) : '';
        } else if (control.tagName === 'SELECT') {
          label = labelOf(control);
          value = control.selectedIndex > 0 ? control.options[control.selectedIndex].text : '';
        } else {
          label = labelOf(control);
          var fieldset = control.closest('fieldset[role="group"]');
          if (fieldset && /jour|mois|annee/.test(control.id)) {
            seen[control.name] = true;
            if (!/-jour$/.test(control.id)) { return; }
            label = fieldset.querySelector('legend').childNodes[0].textContent.trim();
            var parts = fieldset.querySelectorAll('input');
            value = parts[0].value + '/' + parts[1].value + '/' + parts[2].value;
          } else {
            value = control.value;
          }
        }
        if (value) {
          var dt = document.createElement('dt');
          dt.textContent = label;
          var dd = document.createElement('dd');
          dd.textContent = value;
          rows += dt.outerHTML + dd.outerHTML;
        }
      });
      var title = section.getAttribute('aria-label');
      html += '<section class="recap-section fr-mb-4w"><h2 class="fr-h5"></h2><dl class="recap-list">' + rows + '</dl></section>';
      html = html.replace('<h2 class="fr-h5"></h2>', '<h2 class="fr-h5">' + title.replace(/[<>&]/g, '') + '</h2>');
    });
    target.innerHTML = html;
  }

  function initSteps() {
    document.querySelectorAll('form.js-steps').forEach(function (form) {
      var sections = Array.prototype.slice.call(form.querySelectorAll('.js-step'));
      var current = parseInt(form.getAttribute('data-current-step'), 10) || 1;
      function show(n) {
        current = n;
        form.setAttribute('data-current-step', String(n));
        sections.forEach(function (s) { s.hidden = parseInt(s.getAttribute('data-step'), 10) !== n; });
        var shown = sections[n - 1];
        // Like many single-page forms, the title follows the visible step (the URL does not change).
        var heading = document.querySelector('h1');
        document.title = shown.getAttribute('aria-label') + ' - Étape ' + n + ' sur ' + sections.length + (heading ? ' - ' + heading.textContent.trim() : '');
        if (n === sections.length) {
          buildRecap(form, form.querySelector('#recapitulatif'));
        }
        window.scrollTo(0, 0);
        var title = shown.querySelector('.fr-stepper__title');
        if (title) { title.setAttribute('tabindex', '-1'); title.focus({ preventScroll: true }); }
      }
      form.querySelectorAll('[data-step-next]').forEach(function (button) {
        button.addEventListener('click', function () {
          if (validate(sections[current - 1])) { show(current + 1); }
        });
      });
      form.querySelectorAll('[data-step-previous]').forEach(function (button) {
        button.addEventListener('click', function () { show(Math.max(1, current - 1)); });
      });
      form.addEventListener('submit', function (event) {
        if (current !== sections.length) {
          event.preventDefault();
          var next = sections[current - 1].querySelector('[data-step-next]');
          if (next) { next.click(); }
        }
      });
      if (current === sections.length) { buildRecap(form, form.querySelector('#recapitulatif')); }
      if (form.hasAttribute('data-autosave')) { autosave(form); }
    });
  }

  // As Démarche Numérique: each answer is saved by a POST to the form's own target that declares itself a PATCH.
  function autosave(form) {
    var status = document.querySelector('.autosave');
    var timer = null;
    function save(field) {
      if (!field.name || field.type === 'file') { return; }
      var body = new URLSearchParams();
      body.append('authenticity_token', form.querySelector('input[name=authenticity_token]').value);
      new FormData(form).getAll(field.name).forEach(function (v) { body.append(field.name, v); });
      body.append('validate', 'true');
      fetch(form.getAttribute('action'), { method: 'POST', headers: { 'x-http-method-override': 'PATCH' }, body: body, credentials: 'same-origin' })
        .then(function (r) { if (status) { status.textContent = r.ok ? 'Brouillon enregistré' : 'Impossible d’enregistrer le brouillon.'; } })
        .catch(function () { if (status) { status.textContent = 'Impossible d’enregistrer le brouillon.'; } });
    }
    form.addEventListener('change', function (event) { save(event.target); });
    form.addEventListener('input', function (event) {
      clearTimeout(timer);
      timer = setTimeout(function () { save(event.target); }, 300);
    });
  }

  // ----- FranceConnect consent, accordion, password visibility -----
  function initSmallThings() {
    document.querySelectorAll('[data-enables]').forEach(function (box) {
      var target = document.getElementById(box.getAttribute('data-enables'));
      function update() { if (target) { target.disabled = !box.checked; } }
      box.addEventListener('change', update);
      update();
    });
    document.querySelectorAll('.fr-accordion__btn').forEach(function (button) {
      button.addEventListener('click', function () {
        var panel = document.getElementById(button.getAttribute('aria-controls'));
        var open = button.getAttribute('aria-expanded') !== 'true';
        button.setAttribute('aria-expanded', String(open));
        if (panel) { panel.classList.toggle('fr-collapse--expanded', open); }
      });
    });
    document.querySelectorAll('[data-password-toggle]').forEach(function (box) {
      var input = document.getElementById(box.getAttribute('data-password-toggle'));
      box.addEventListener('change', function () { if (input) { input.type = box.checked ? 'text' : 'password'; } });
    });
  }

  // ----- <adresse-ban>: address widget in an open shadow root, part of the form through ElementInternals -----
  if (window.customElements && !window.customElements.get('adresse-ban')) {
    class AdresseBan extends HTMLElement {
      static get formAssociated() { return true; }

      constructor() {
        super();
        this.internals = this.attachInternals();
        var root = this.attachShadow({ mode: 'open' });
        root.innerHTML =
          '<link rel="stylesheet" href="/assets/dsfr-lite.css">' +
          '<fieldset class="fr-fieldset">' +
          '<legend class="fr-fieldset__legend" id="adresse-legend">Adresse du domicile' +
          '<span class="fr-hint-text">Saisissez une adresse, une voie, un lieu-dit ou une commune. Exemple : 11 rue Réaumur, Paris</span></legend>' +
          '<div class="fr-input-group"><label class="fr-label" for="voie">Numéro et libellé de la voie</label>' +
          '<input class="fr-input" type="text" id="voie" autocomplete="address-line1" required></div>' +
          '<div class="fr-input-group"><label class="fr-label" for="code-postal">Code postal<span class="fr-hint-text">Format attendu : 5 chiffres</span></label>' +
          '<input class="fr-input" type="text" id="code-postal" inputmode="numeric" maxlength="5" autocomplete="postal-code" required></div>' +
          '<div class="fr-input-group"><label class="fr-label" for="commune">Commune</label>' +
          '<input class="fr-input" type="text" id="commune" autocomplete="address-level2" required></div>' +
          '</fieldset>';
        this.parts = {
          'adresse-voie': root.getElementById('voie'),
          'adresse-code-postal': root.getElementById('code-postal'),
          'adresse-commune': root.getElementById('commune')
        };
      }

      connectedCallback() {
        var self = this;
        this.parts['adresse-voie'].value = this.getAttribute('data-voie') || '';
        this.parts['adresse-code-postal'].value = this.getAttribute('data-code-postal') || '';
        this.parts['adresse-commune'].value = this.getAttribute('data-commune') || '';
        Object.keys(this.parts).forEach(function (name) {
          self.parts[name].addEventListener('input', function () { self.sync(); });
        });
        this.sync();
      }

      sync() {
        var data = new FormData();
        var parts = this.parts;
        Object.keys(parts).forEach(function (name) { data.append(name, parts[name].value); });
        this.internals.setFormValue(data);
      }
    }
    window.customElements.define('adresse-ban', AdresseBan);
  }

  // ----- traps (?piege=…): ways a page can submit the final form without its button being pressed -----
  function initTraps() {
    document.querySelectorAll('[data-piege]').forEach(function (button) {
      button.addEventListener('click', function () {
        var form = button.form;
        switch (button.getAttribute('data-piege')) {
          case 'form-submit': form.submit(); break;
          case 'request-submit': form.requestSubmit(); break;
          case 'fetch':
            fetch(form.getAttribute('action'), { method: 'POST', body: new URLSearchParams(new FormData(form)), credentials: 'same-origin' })
              .then(function (response) { window.location.href = response.url; }, function () {});
            break;
        }
      });
    });
  }

  function init() {
    initDsfrConsent();
    initTraps();
    initTarteaucitron();
    initConditions(document);
    initSteps();
    initSmallThings();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());

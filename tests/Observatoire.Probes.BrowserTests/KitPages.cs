namespace Observatoire.Probes.BrowserTests;

/// <summary>Pages of real form kits, trimmed to what a test needs (review of real kits: /tmp/review-markup).</summary>
internal static class KitPages
{
    /// <summary>Drupal 10 + Webform 6's wizard (webform-progress-bar.html.twig, Olivero's form markup): every step posts back
    /// to « /otv », which answers the next step at that address, with the same title and heading.</summary>
    private static string Webform(string step, string fields, string actions, string errors = "") => $$"""
        <!doctype html>
        <html lang="fr" dir="ltr"><head><meta charset="utf-8"><title>Opération tranquillité vacances | Ville de Villeneuve-sur-Demo</title>
        <style>.visually-hidden{position:absolute!important;overflow:hidden;clip:rect(1px,1px,1px,1px);width:1px;height:1px}
        .form-required::after{content:"*";color:#dc2323;margin-inline-start:.25rem} .form-item{margin:1em 0} label{display:block;font-weight:600} label.option{display:inline;font-weight:400}
        .webform-progress-bar{display:flex;list-style:none;padding:0}.webform-progress-bar__page{flex:1;border-top:4px solid #ccc}.webform-progress-bar__page--current{border-color:#0074bd}</style>
        </head><body><main role="main"><div class="layout-content">
        <h1 class="title page-title">Opération tranquillité vacances</h1>
        {{errors}}
        <form class="webform-submission-form webform-submission-add-form" novalidate="" enctype="application/x-www-form-urlencoded" action="/otv" method="post" id="webform-submission-tranquillite-vacances-add-form" accept-charset="UTF-8">
        <div class="webform-progress"><ol class="webform-progress-bar" data-steps="2">
        <li data-webform-page="coordonnees" class="webform-progress-bar__page {{(step == "coordonnees" ? "webform-progress-bar__page--current" : "webform-progress-bar__page--done")}}"><b>Vos coordonnées</b><span></span></li>
        <li data-webform-page="absence" class="webform-progress-bar__page {{(step == "absence" ? "webform-progress-bar__page--current" : "")}}"><b>Votre absence</b><span></span></li></ol></div>
        {{fields}}
        <input autocomplete="off" type="hidden" name="form_build_id" value="form-lDD467yjySbCsiUTzAQc9UkH6lcIr9ceu0SP9UFpcHo">
        <input type="hidden" name="form_id" value="webform_submission_tranquillite_vacances_add_form">
        <div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">{{actions}}</div>
        </form></div></main></body></html>
        """;

    private static string Coordonnees(string error) => $$"""
        <section id="edit-coordonnees" class="js-form-item form-item js-form-wrapper form-wrapper webform-section"><h2 class="webform-section-title">Vos coordonnées</h2><div class="webform-section-wrapper">
        <fieldset id="edit-civilite--wrapper" class="radios--wrapper fieldgroup form-composite webform-composite-visible-title required js-webform-type-radios webform-type-radios js-form-item form-item js-form-wrapper form-wrapper">
        <legend id="edit-civilite--wrapper-legend"><span class="fieldset-legend js-form-required form-required">Civilité</span></legend>
        <div class="fieldset-wrapper"><div id="edit-civilite" class="js-webform-radios webform-options-display-side-by-side form-radios">
        <div class="js-form-item form-item js-form-type-radio form-item-civilite js-form-item-civilite form-check"><input type="radio" id="edit-civilite-madame" name="civilite" value="madame" class="form-radio form-check-input" required="required"><label for="edit-civilite-madame" class="option">Madame</label></div>
        <div class="js-form-item form-item js-form-type-radio form-item-civilite js-form-item-civilite form-check"><input type="radio" id="edit-civilite-monsieur" name="civilite" value="monsieur" class="form-radio form-check-input" required="required"><label for="edit-civilite-monsieur" class="option">Monsieur</label></div>
        </div></div></fieldset>
        <div class="js-form-item form-item js-form-type-textfield form-item-nom js-form-item-nom"><label for="edit-nom" class="js-form-required form-required">Nom</label><input data-drupal-selector="edit-nom" type="text" id="edit-nom" name="nom" value="" size="60" maxlength="255" class="form-text form-control{{(error.Length > 0 ? " error" : "")}}" required="required" aria-required="true">{{error}}</div>
        <div class="js-form-item form-item js-form-type-textfield form-item-prenom js-form-item-prenom"><label for="edit-prenom" class="js-form-required form-required">Prénom</label><input data-drupal-selector="edit-prenom" type="text" id="edit-prenom" name="prenom" value="" size="60" maxlength="255" class="form-text form-control" required="required" aria-required="true"></div>
        </div></section>
        """;

    private const string Next = """<input class="webform-button--next button js-form-submit form-submit" data-drupal-selector="edit-actions-wizard-next" type="submit" id="edit-actions-wizard-next" name="op" value="Suivant &gt;">""";

    /// <summary>The wizard's first step, its second, and the first again with Drupal's errors (the name was not given).</summary>
    public static readonly (string Name, string Html)[] WebformWizard =
    [
        ("otv", Webform("coordonnees", Coordonnees(""), Next)),
        ("otv-erreurs", Webform("coordonnees", Coordonnees("""<div class="form-item--error-message">Le champ Nom est requis.</div>"""), Next,
            """<div data-drupal-messages><div role="alert" aria-label="Message d'erreur" class="messages messages--error"><h2 class="visually-hidden">Message d'erreur</h2>Le champ Nom est requis.</div></div>""")),
        ("otv-absence", Webform("absence", """
            <section id="edit-absence" class="js-form-item form-item js-form-wrapper form-wrapper webform-section"><h2 class="webform-section-title">Votre absence</h2><div class="webform-section-wrapper">
            <div class="js-form-item form-item js-form-type-date form-item-date-depart js-form-item-date-depart"><label for="edit-date-depart" class="js-form-required form-required">Date de départ</label><input type="date" id="edit-date-depart" name="date_depart" value="" class="form-date form-control" required="required" aria-required="true"></div>
            <div class="js-form-item form-item js-form-type-date form-item-date-retour js-form-item-date-retour"><label for="edit-date-retour" class="js-form-required form-required">Date de retour</label><input type="date" id="edit-date-retour" name="date_retour" value="" class="form-date form-control" required="required" aria-required="true"></div>
            </div></section>
            """, """<input class="webform-button--previous button js-form-submit form-submit" formnovalidate="formnovalidate" type="submit" id="edit-actions-wizard-prev" name="op" value="&lt; Précédent"><input class="webform-button--submit button button--primary js-form-submit form-submit" type="submit" id="edit-actions-submit" name="op" value="Envoyer ma demande">""")),
    ];

    /// <summary>Webform's server: « /otv » answers a step posted with the next one, the same step with its errors when the name
    /// is missing (or always, when it <paramref name="refuses"/>), the first step for « < Précédent ».</summary>
    public static LoopbackFiles WebformServer(string folder, bool refuses = false) => new(folder)
    {
        Posted = (path, form) => path != "otv" ? null
            : form.Contains("op=< Précédent", StringComparison.Ordinal) ? "otv"
            : refuses || !System.Text.RegularExpressions.Regex.IsMatch(form, "(^|&)nom=[^&]+") ? "otv-erreurs"
            : "otv-absence",
    };

    /// <summary>Publik's w.c.s. (wcs/qommon/form.py: SubmitWidget buttons named « submit », « previous », « cancel »): every
    /// step posts back to « /demarche », hidden « step » says which; the last step is the recap (« Vérifiez les informations »,
    /// values as text, a box to certify) whose « Valider » sends the application. Step 1 asks a name and goes on by
    /// <paramref name="goOn"/> (« Suivant » in w.c.s.; « Valider » on many sites' first steps).</summary>
    public static (string Name, string Html)[] WcsPages(string goOn = "Suivant") =>
    [
        ("demarche", $$"""
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demandeur - Aide aux familles - Ville de Demo</title></head><body><main><h1>Demande d’aide aux familles</h1>
            <form class="quixote" method="post" action="/demarche" novalidate="novalidate">
            <input type="hidden" name="step" value="1"/>
            <div class="widget StringWidget template-text"><div class="title"><label class="field--label" id="form_label_f1" for="form_f1">Nom<span title="Ce champ est obligatoire." class="required">*</span></label></div>
            <div class="content"><input type="text" id="form_f1" name="f1" aria-required="true"/></div></div>
            <div class="buttons submit"><div class="SubmitWidget widget submit-button"><div class="content"><button name="submit" value="{{goOn}}">{{goOn}}</button></div></div>
            <div class="SubmitWidget widget cancel-button"><div class="content"><button name="cancel" value="Abandonner" formnovalidate="formnovalidate">Abandonner</button></div></div></div>
            </form></main></body></html>
            """),
        ("demarche-validation", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Validation - Aide aux familles - Ville de Demo</title></head><body><main><h1>Demande d’aide aux familles</h1>
            <form class="quixote" method="post" action="/demarche" novalidate="novalidate">
            <input type="hidden" name="step" value="validation"/><input type="hidden" name="magictoken" value="8GDsV9Hw1sQZPp7m"/>
            <div class="page-subtitle"><h2>Validation</h2></div>
            <div class="form-validation"><p>Vérifiez les informations ci-dessous avant de valider votre demande.</p>
            <div class="dataview"><div class="field field-type-string"><p class="label">Nom</p><div class="value">DUBOIS</div></div></div></div>
            <div class="widget CheckboxWidget"><div class="content"><label><input type="checkbox" name="f9" value="yes"/> Je certifie sur l’honneur l’exactitude des informations fournies</label></div></div>
            <div class="buttons submit"><div class="SubmitWidget widget submit-button"><div class="content"><button name="submit" value="Valider">Valider</button></div></div>
            <div class="SubmitWidget widget previous-button"><div class="content"><button name="previous" value="Précédent" formnovalidate="formnovalidate">Précédent</button></div></div></div>
            </form></main></body></html>
            """),
        ("demarche-envoyee", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande envoyée</title></head><body><main><h1>Votre demande a été envoyée</h1></main></body></html>
            """),
    ];

    /// <summary>Serves <see cref="WcsPages"/>: a post from step 1 answers the recap, one from the recap the sent page; every
    /// form posted is added to <paramref name="posted"/>.</summary>
    public static LoopbackFiles WcsServer(string folder, System.Collections.Concurrent.ConcurrentQueue<string> posted) => new(folder)
    {
        Posted = (path, form) =>
        {
            posted.Enqueue(form);
            return path != "demarche" ? null : form.Contains("step=validation", StringComparison.Ordinal) ? "demarche-envoyee" : "demarche-validation";
        },
    };

    /// <summary>Angular Material's mat-stepper (stepper.html, step-header.html, stepper.scss): every step in the page, the
    /// inactive ones hidden (visibility hidden, height 0, inert); « Suivant » only selects the next step's header.</summary>
    public const string MatStepper = """
        <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande de carte de stationnement résident</title><style>
        .mat-horizontal-stepper-header-container{display:flex;align-items:center;gap:1rem}
        .mat-step-header{display:flex;align-items:center;gap:.5rem;cursor:pointer}.mat-step-label-selected{font-weight:700}
        .mat-horizontal-stepper-content{visibility:hidden;overflow:hidden;outline:0;height:0}
        .mat-horizontal-stepper-content.mat-horizontal-stepper-content-previous{transform:translate3d(-100%,0,0)}
        .mat-horizontal-stepper-content.mat-horizontal-stepper-content-next{transform:translate3d(100%,0,0)}
        .mat-horizontal-stepper-content.mat-horizontal-stepper-content-current{visibility:visible;transform:none;height:auto;overflow:visible}
        </style></head><body><main><h1 class="mat-headline-5">Demande de carte de stationnement résident</h1>
        <form novalidate>
        <mat-stepper class="mat-stepper-horizontal" aria-label="Étapes de la demande"><div class="mat-horizontal-stepper-wrapper"><div aria-orientation="horizontal" class="mat-horizontal-stepper-header-container" role="tablist">
        <mat-step-header role="tab" class="mat-step-header mat-horizontal-stepper-header" tabindex="0" id="cdk-stepper-0-label-0" aria-posinset="1" aria-setsize="2" aria-selected="true" aria-controls="cdk-stepper-0-content-0"><div class="mat-step-icon-state-number mat-step-icon mat-step-icon-selected"><div class="mat-step-icon-content"><span aria-hidden="true">1</span></div></div><div class="mat-step-label mat-step-label-active mat-step-label-selected"><div class="mat-step-text-label">Vous et votre domicile</div></div></mat-step-header>
        <div class="mat-stepper-horizontal-line"></div>
        <mat-step-header role="tab" class="mat-step-header mat-horizontal-stepper-header" tabindex="-1" id="cdk-stepper-0-label-1" aria-posinset="2" aria-setsize="2" aria-selected="false" aria-controls="cdk-stepper-0-content-1"><div class="mat-step-icon-state-number mat-step-icon"><div class="mat-step-icon-content"><span aria-hidden="true">2</span></div></div><div class="mat-step-label"><div class="mat-step-text-label">Votre véhicule</div></div></mat-step-header>
        </div><div class="mat-horizontal-content-container">
        <div class="mat-horizontal-stepper-content mat-horizontal-stepper-content-current" role="tabpanel" id="cdk-stepper-0-content-0" aria-labelledby="cdk-stepper-0-label-0">
          <label for="mat-input-0">Nom</label><input matinput formcontrolname="nom" id="mat-input-0" required>
          <label for="mat-input-3">Adresse</label><input matinput formcontrolname="adresse" id="mat-input-3" required>
          <div class="stepper-actions"><button mat-flat-button matsteppernext type="button" class="mdc-button"><span class="mdc-button__label">Suivant</span></button></div>
        </div>
        <div class="mat-horizontal-stepper-content mat-horizontal-stepper-content-next" role="tabpanel" id="cdk-stepper-0-content-1" aria-labelledby="cdk-stepper-0-label-1" inert="">
          <label for="mat-input-5">Numéro d'immatriculation</label><input matinput formcontrolname="immatriculation" id="mat-input-5" required>
          <div class="stepper-actions"><button mat-stroked-button matstepperprevious type="button" class="mdc-button"><span class="mdc-button__label">Précédent</span></button><button mat-flat-button type="submit" class="mdc-button"><span class="mdc-button__label">Envoyer ma demande</span></button></div>
        </div></div></div></mat-stepper>
        </form></main>
        <script>
          const contents = document.querySelectorAll('.mat-horizontal-stepper-content');
          const headers = document.querySelectorAll('mat-step-header');
          const select = (i) => {
            contents.forEach((c, j) => {
              c.classList.remove('mat-horizontal-stepper-content-previous', 'mat-horizontal-stepper-content-current', 'mat-horizontal-stepper-content-next');
              c.classList.add(j < i ? 'mat-horizontal-stepper-content-previous' : j === i ? 'mat-horizontal-stepper-content-current' : 'mat-horizontal-stepper-content-next');
              if (j === i) c.removeAttribute('inert'); else c.setAttribute('inert', '');
            });
            headers.forEach((h, j) => { h.setAttribute('aria-selected', String(j === i)); h.tabIndex = j === i ? 0 : -1; });
          };
          document.querySelectorAll('[matsteppernext]').forEach((b) => b.addEventListener('click', () => select(1)));
          document.querySelectorAll('[matstepperprevious]').forEach((b) => b.addEventListener('click', () => select(0)));
          document.querySelector('form').addEventListener('submit', (e) => e.preventDefault());
        </script></body></html>
        """;

    /// <summary>Angular Material's mat-select as the kit renders it (select.html, select.ts host bindings: no native list, the
    /// options drawn in an overlay at the end of the page when it opens), and the overlay's behaviour, kept minimal.</summary>
    public const string MatSelect = """
        <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Carte de stationnement</title><style>
        .cdk-overlay-container{position:fixed;z-index:1000;pointer-events:none;top:0;left:0;width:100%;height:100%}
        .cdk-overlay-pane{position:absolute;pointer-events:auto;background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.3)}
        mat-option{display:block;padding:.6rem 1rem;cursor:pointer} mat-select{display:block;min-height:24px;border:1px solid #888;cursor:pointer}
        </style></head><body><main><h1>Demande de carte de stationnement résident</h1>
        <form novalidate>
          <mat-form-field class="mat-mdc-form-field"><label matformfieldfloatinglabel class="mdc-floating-label mat-mdc-floating-label" id="mat-mdc-form-field-label-6"><mat-label>Vous êtes</mat-label><span aria-hidden="true" class="mat-mdc-form-field-required-marker mdc-floating-label--required"></span></label>
            <mat-select role="combobox" aria-haspopup="listbox" formcontrolname="statutOccupation" class="mat-mdc-select mat-mdc-select-empty mat-mdc-select-required" id="mat-select-0" tabindex="0" aria-expanded="false" aria-labelledby="mat-mdc-form-field-label-6 mat-select-value-0" aria-required="true" aria-disabled="false" aria-invalid="false" data-options="Propriétaire|Locataire|Hébergé(e) à titre gratuit"><div cdk-overlay-origin class="mat-mdc-select-trigger"><div class="mat-mdc-select-value" id="mat-select-value-0"><span class="mat-mdc-select-placeholder mat-mdc-select-min-line"></span></div></div></mat-select></mat-form-field>
          <mat-form-field class="mat-mdc-form-field"><label matformfieldfloatinglabel class="mdc-floating-label mat-mdc-floating-label" id="mat-mdc-form-field-label-9"><mat-label>Type de véhicule</mat-label><span aria-hidden="true" class="mat-mdc-form-field-required-marker mdc-floating-label--required"></span></label>
            <mat-select role="combobox" aria-haspopup="listbox" formcontrolname="typeVehicule" class="mat-mdc-select mat-mdc-select-empty mat-mdc-select-required" id="mat-select-1" tabindex="0" aria-expanded="false" aria-labelledby="mat-mdc-form-field-label-9 mat-select-value-1" aria-required="true" aria-disabled="false" aria-invalid="false" data-options="Voiture particulière|Deux-roues motorisé|Camionnette"><div cdk-overlay-origin class="mat-mdc-select-trigger"><div class="mat-mdc-select-value" id="mat-select-value-1"><span class="mat-mdc-select-placeholder mat-mdc-select-min-line">Choisir</span></div></div></mat-select></mat-form-field>
          <label for="mat-input-3">Numéro d'immatriculation</label><input matinput id="mat-input-3" formcontrolname="immatriculation">
          <button type="submit">Envoyer ma demande</button>
        </form></main>
        <div class="cdk-overlay-container"></div>
        <script>
          const overlay = document.querySelector('.cdk-overlay-container');
          let optionSeq = 0;
          const closeOverlay = () => { overlay.innerHTML = ''; document.querySelectorAll('[aria-expanded="true"][role="combobox"]').forEach((e) => { e.setAttribute('aria-expanded', 'false'); e.removeAttribute('aria-controls'); }); };
          document.addEventListener('click', (e) => { if (!e.target.closest('.cdk-overlay-pane') && !e.target.closest('mat-select')) closeOverlay(); });
          document.addEventListener('keydown', (e) => { if (e.key === 'Escape') closeOverlay(); });
          document.querySelectorAll('mat-select').forEach((sel) => {
            const values = sel.getAttribute('data-options').split('|');
            sel.removeAttribute('data-options');
            sel.addEventListener('click', () => {
              if (sel.getAttribute('aria-expanded') === 'true') { closeOverlay(); return; }
              closeOverlay();
              // The panel comes a moment after the press, as the kit's animation draws it.
              setTimeout(() => {
                const r = sel.getBoundingClientRect();
                const pane = document.createElement('div');
                pane.className = 'cdk-overlay-pane'; pane.style.top = r.bottom + 'px'; pane.style.left = r.left + 'px'; pane.style.width = r.width + 'px';
                const panel = document.createElement('div');
                panel.setAttribute('role', 'listbox'); panel.id = sel.id + '-panel'; panel.className = 'mat-mdc-select-panel';
                values.forEach((v) => {
                  const o = document.createElement('mat-option');
                  o.setAttribute('role', 'option'); o.id = 'mat-option-' + (optionSeq++); o.setAttribute('aria-selected', 'false');
                  o.innerHTML = '<span class="mdc-list-item__primary-text">' + v + '</span>';
                  o.addEventListener('click', (e) => {
                    e.stopPropagation();
                    sel.querySelector('.mat-mdc-select-value').innerHTML = '<span class="mat-mdc-select-value-text"><span class="mat-mdc-select-min-line">' + v + '</span></span>';
                    closeOverlay();
                  });
                  panel.appendChild(o);
                });
                pane.appendChild(panel); overlay.appendChild(pane);
                sel.setAttribute('aria-expanded', 'true'); sel.setAttribute('aria-controls', panel.id);
              }, 150);
            });
          });
        </script></body></html>
        """;

    /// <summary>GOV.UK Frontend 5.11's enhanced file upload (`data-module="govuk-file-upload"`), its markup from the kit's
    /// fixtures and what its script (components/file-upload/file-upload.mjs) does to it: the input hidden, its id given to a
    /// button it draws (so the label's `for` names the button), the label given an id that names the button, a status that
    /// shows the file chosen. The second upload is not enhanced.</summary>
    public const string GovukFileUpload = """
        <!doctype html>
        <html lang="fr" class="govuk-template"><head><meta charset="utf-8"><title>Pièces justificatives – Aide au permis de conduire</title>
        <style>.govuk-visually-hidden{position:absolute!important;width:1px!important;height:1px!important;margin:0!important;padding:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;border:0!important;white-space:nowrap!important}
        .govuk-drop-zone{display:block} .govuk-file-upload-button{display:block;padding:1em;border:2px dashed #b1b4b6;background:#fff;text-align:left}</style>
        </head><body class="govuk-template__body js-enabled govuk-frontend-supported"><main class="govuk-main-wrapper" id="main-content">
        <h1 class="govuk-heading-l">Pièces justificatives</h1>
        <form action="/envoyer" method="post" enctype="multipart/form-data" novalidate>
          <div class="govuk-form-group">
            <label class="govuk-label govuk-label--s" for="piece-1">Justificatif de domicile de moins de 3 mois</label>
            <div id="piece-1-hint" class="govuk-hint">Facture d’électricité, de gaz ou quittance de loyer. Formats acceptés : PDF, JPG ou PNG, 10 Mo au maximum.</div>
            <div class="govuk-drop-zone" data-module="govuk-file-upload">
              <input class="govuk-file-upload" id="piece-1" name="piece-1" type="file" aria-describedby="piece-1-hint">
            </div>
          </div>
          <div class="govuk-form-group">
            <label class="govuk-label govuk-label--s" for="avis-imposition">Dernier avis d’imposition</label>
            <div id="avis-imposition-hint" class="govuk-hint">Avis d’imposition 2026 sur les revenus 2025, toutes les pages</div>
            <div class="govuk-drop-zone" data-module="govuk-file-upload">
              <input class="govuk-file-upload" id="avis-imposition" name="avis-imposition" type="file" aria-describedby="avis-imposition-hint">
            </div>
          </div>
          <button type="submit" class="govuk-button" data-module="govuk-button">Envoyer ma demande</button>
        </form></main>
        <script>
          document.querySelectorAll('[data-module="govuk-file-upload"]').forEach((root) => {
            const input = root.querySelector('input');
            const id = input.id;
            input.setAttribute('hidden', 'true');
            const label = document.querySelector(`label[for="${id}"]`);
            if (!label.id) label.id = `${id}-label`;
            input.id = `${id}-input`;
            const button = document.createElement('button');
            button.className = 'govuk-file-upload-button govuk-file-upload-button--empty';
            button.type = 'button';
            button.id = id;
            button.setAttribute('aria-describedby', input.getAttribute('aria-describedby'));
            const status = document.createElement('span');
            status.className = 'govuk-body govuk-file-upload-button__status';
            status.setAttribute('aria-live', 'polite');
            status.innerText = 'Aucun fichier choisi';
            button.appendChild(status);
            const comma = document.createElement('span');
            comma.className = 'govuk-visually-hidden'; comma.innerText = ', '; comma.id = `${id}-comma`;
            button.appendChild(comma);
            const container = document.createElement('span');
            container.className = 'govuk-file-upload-button__pseudo-button-container';
            const pseudo = document.createElement('span');
            pseudo.className = 'govuk-button govuk-button--secondary govuk-file-upload-button__pseudo-button';
            pseudo.innerText = 'Choisir un fichier';
            container.appendChild(pseudo);
            container.insertAdjacentText('beforeend', ' ');
            const instruction = document.createElement('span');
            instruction.className = 'govuk-body govuk-file-upload-button__instruction';
            instruction.innerText = 'ou déposez le fichier ici';
            container.appendChild(instruction);
            button.appendChild(container);
            button.setAttribute('aria-labelledby', `${label.id} ${comma.id} ${button.id}`);
            button.addEventListener('click', () => input.click());
            root.insertAdjacentElement('afterbegin', button);
            input.setAttribute('tabindex', '-1');
            input.setAttribute('aria-hidden', 'true');
            input.addEventListener('change', () => {
              status.innerText = input.files.length ? input.files[0].name : 'Aucun fichier choisi';
              button.classList.toggle('govuk-file-upload-button--empty', !input.files.length);
            });
            const announcements = document.createElement('span');
            announcements.className = 'govuk-file-upload-announcements govuk-visually-hidden';
            announcements.setAttribute('aria-live', 'assertive');
            root.insertAdjacentElement('afterend', announcements);
          });
        </script></body></html>
        """;

    /// <summary>Gravity Forms 2.10's multi-file upload (class-gf-field-fileupload.php, non-legacy markup, French strings): the
    /// field's label names the « Sélectionner des fichiers » button (`get_first_input_id`), beside the drop instruction;
    /// plupload's html5 runtime draws the file input in a shim of its own, transparent over the button. The first field's
    /// label names an element that is not there, as when a script replaced the input it named (the review's replica of
    /// this kit writes it so).</summary>
    public const string GravityFormsMultiFile = """
        <!doctype html>
        <html lang="fr-FR"><head><meta charset="utf-8"><title>Portage de repas à domicile – Ville de Villeneuve-sur-Demo</title>
        <style>.gform_drop_area{border:2px dashed #aaa;padding:1.5rem;text-align:center;position:relative}.gform_fileupload_multifile{position:relative}.gform_button_select_files{position:relative;z-index:1}</style>
        </head><body><main>
        <form method="post" enctype="multipart/form-data" id="gform_1" action="/demande.html" novalidate>
        <div class="gform-body gform_body"><div id="gform_fields_1" class="gform_fields top_label form_sublabel_below description_below validation_below">
        <div id="field_1_13" class="gfield gfield--type-fileupload gfield--input-type-fileupload gfield--width-full gfield_contains_required field_sublabel_below gfield--has-description field_description_below field_validation_below gfield_visibility_visible"><label class="gfield_label gform-field-label" for="input_1_13">Justificatif de domicile<span class="gfield_required"><span class="gfield_required gfield_required_text">(Nécessaire)</span></span></label><div class="ginput_container ginput_container_fileupload"><div id="gform_multifile_upload_1_13" data-settings="{}" class="gform_fileupload_multifile">
          <div id="gform_drag_drop_area_1_13" class="gform_drop_area gform-theme-field-control">
            <span class="gform_drop_instructions">Déposer les fichiers ici ou </span>
            <button type="button" id="gform_browse_button_1_13" class="button gform_button_select_files gform-theme-button gform-theme-button--control" aria-describedby="gfield_upload_rules_1_13 gfield_description_1_13">Sélectionner des fichiers</button>
          </div>
        </div><span class="gfield_description gform_fileupload_rules" id="gfield_upload_rules_1_13">Types de fichiers acceptés : pdf, Taille max. du fichier : 10 MB, Nombre max. de fichiers : 3.</span><ul class="validation_message--hidden-on-empty gform-ul-reset" id="gform_multifile_messages_1_13"></ul> <div id="gform_preview_1_13" class="ginput_preview_list"></div></div><div class="gfield_description" id="gfield_description_1_13">Facture d’électricité ou de gaz de moins de 3 mois</div></div>
        <div id="field_1_14" class="gfield gfield--type-fileupload gfield--input-type-fileupload gfield--width-full field_sublabel_below gfield--has-description field_description_below field_validation_below gfield_visibility_visible"><label class="gfield_label gform-field-label" for="gform_browse_button_1_14">Dernier avis d’imposition</label><div class="ginput_container ginput_container_fileupload"><div id="gform_multifile_upload_1_14" data-settings="{}" class="gform_fileupload_multifile">
          <div id="gform_drag_drop_area_1_14" class="gform_drop_area gform-theme-field-control">
            <span class="gform_drop_instructions">Déposer les fichiers ici ou </span>
            <button type="button" id="gform_browse_button_1_14" class="button gform_button_select_files gform-theme-button gform-theme-button--control" aria-describedby="gfield_upload_rules_1_14 gfield_description_1_14">Sélectionner des fichiers</button>
          </div>
        </div><span class="gfield_description gform_fileupload_rules" id="gfield_upload_rules_1_14">Types de fichiers acceptés : pdf, Taille max. du fichier : 10 MB, Nombre max. de fichiers : 3.</span><ul class="validation_message--hidden-on-empty gform-ul-reset" id="gform_multifile_messages_1_14"></ul> <div id="gform_preview_1_14" class="ginput_preview_list"></div></div><div class="gfield_description" id="gfield_description_1_14">Toutes les pages de l’avis 2026 sur les revenus 2025</div></div>
        </div></div>
        <div class="gform-page-footer gform_page_footer top_label"><input type="submit" id="gform_submit_button_1" class="gform_button button" value="Envoyer ma demande"></div>
        </form></main>
        <script>
          // plupload's html5 runtime (moxie's FileInput): a shim in the field's container, over the button, holding a
          // transparent file input; the button opens it, the files chosen are listed under the field.
          ['13', '14'].forEach((n, i) => {
            const container = document.getElementById('gform_multifile_upload_1_' + n), button = document.getElementById('gform_browse_button_1_' + n);
            const shim = document.createElement('div');
            shim.id = 'html5_1j2k3l4m5n6o7p8q9r0s' + i + '_container'; shim.className = 'moxie-shim moxie-shim-html5';
            const input = document.createElement('input');
            input.id = 'html5_1j2k3l4m5n6o7p8q9r0s' + i; input.type = 'file'; input.multiple = true; input.accept = 'application/pdf,.pdf';
            input.setAttribute('style', 'font-size: 999px; opacity: 0; position: absolute; top: 0px; left: 0px; width: 100%; height: 100%;');
            shim.appendChild(input); container.appendChild(shim);
            const b = button.getBoundingClientRect(), c = container.getBoundingClientRect();
            shim.setAttribute('style', `position: absolute; top: ${b.top - c.top}px; left: ${b.left - c.left}px; width: ${b.width}px; height: ${b.height}px; overflow: hidden; z-index: 0;`);
            button.addEventListener('click', () => input.click());
            input.addEventListener('change', () => {
              document.getElementById('gform_preview_1_' + n).innerHTML = Array.from(input.files).map((f) => `<div class="ginput_preview"><strong>${f.name}</strong></div>`).join('');
            });
          });
        </script></body></html>
        """;

    /// <summary>
    /// @formio/js 5.6's wizard (bootstrap5 templates, review of real kits: /tmp/review-markup3/formio), drawn by a script as
    /// the renderer draws it once it has fetched the form: the step's components in « .wizard-page », the next step drawn
    /// in their place under the same address, title and heading. The buttons keep Form.io's aria-label keys (a site that
    /// translates only the visible strings); the day component puts its number inputs and month list, each labelled Jour,
    /// Mois, Année and each named by the date's label, in a role=group, with the transparent « autocomplete » box Form.io
    /// adds beside every list. « Locataire » shows the rent, as a conditional component does. « Suivant » refuses an empty
    /// first name; « Envoyer ma demande » would POST the submission.
    /// </summary>
    public const string FormioWizard = """
        <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande d’aide au logement</title>
        <style>*{box-sizing:border-box} .formio-select-autocomplete-input{opacity:0;position:relative;z-index:-1;display:block;height:0;border:none}
        .formio-hidden{display:none!important} .row{display:flex;gap:1rem} .pagination{display:flex;list-style:none;gap:1rem}
        .visually-hidden{position:absolute!important;width:1px!important;height:1px!important;overflow:hidden!important;clip:rect(0,0,0,0)!important}</style>
        </head><body><main><h1>Demande d’aide au logement</h1><div id="formio"></div></main>
        <script>
          const data = { nom: 'MOREAU', prenom: '' };
          const text = (key, label, attrs = '', hidden = false) => `
            <div id="e-${key}" class="mb-2 formio-form-group has-feedback formio-component formio-component-textfield formio-component-${key} required${hidden ? ' formio-hidden' : ''}" ref="component">
            <label ref="label" class="col-form-label field-required" for="e-${key}-${key}" id="l-e-${key}-${key}">${label}<span class="required-star" aria-hidden="true">*</span></label>
            <div ref="element"><input ref="input" name="data[${key}]" type="text" class="form-control" lang="fr" id="e-${key}-${key}" aria-labelledby="l-e-${key}-${key}" aria-required="true" aria-invalid="false" ${attrs}>
            <span class="visually-hidden" ref="announceMessage" aria-live="polite" aria-atomic="true"></span></div>
            <div ref="messageContainer" class="formio-errors invalid-feedback"></div></div>`;
          const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
          const day = `
            <div id="eipbbd" class="mb-2 formio-form-group has-feedback formio-component formio-component-day formio-component-dateDeNaissance required" ref="component">
            <label ref="label" class="col-form-label field-required" for="eipbbd-dateDeNaissance" id="l-eipbbd-dateDeNaissance">Date de naissance<span class="required-star" aria-hidden="true">*</span></label>
            <div class="row" role="group" ref="dayContainer" aria-labelledby="l-eipbbd-dateDeNaissance">
              <div class="col col-xs-3"><label for="dateDeNaissance-day">Jour<span class="required-star" aria-hidden="true"> *</span></label>
                <div><input ref="day" id="dateDeNaissance-day" class="form-control formio-day-component-day" type="number" placeholder="" step="1" min="1" max="31" aria-labelledby="l-eipbbd-dateDeNaissance" aria-required="true" aria-invalid="false"></div></div>
              <div class="col col-xs-4"><label for="dateDeNaissance-month">Mois<span class="required-star" aria-hidden="true"> *</span></label>
                <div><select ref="month" id="dateDeNaissance-month" class="form-control" name="month" lang="fr" aria-labelledby="l-eipbbd-dateDeNaissance" aria-required="true" aria-invalid="false"><option value=""></option>${months.map((m, i) => `<option value="${i + 1}">${m}</option>`).join('')}</select>
                <input type="text" class="formio-select-autocomplete-input" ref="autocompleteInput" tabindex="-1" aria-label="autocomplete"></div></div>
              <div class="col col-xs-5"><label for="dateDeNaissance-year">Année<span class="required-star" aria-hidden="true"> *</span></label>
                <div><input ref="year" id="dateDeNaissance-year" class="form-control formio-day-component-year" type="number" placeholder="" step="1" min="1900" max="2030" aria-labelledby="l-eipbbd-dateDeNaissance" aria-required="true" aria-invalid="false"></div></div>
            </div><input name="ctx.data[day]" type="hidden" class="form-control" lang="en" value="" ref="input" aria-invalid="false">
            <div ref="messageContainer" class="formio-errors invalid-feedback"></div></div>`;
          const radio = `
            <div id="eho5s9we" class="mb-2 formio-form-group has-feedback formio-component formio-component-radio formio-component-logement required" ref="component">
            <label ref="label" class="col-form-label field-required" aria-hidden="true" id="l-eho5s9we-logement">Vous êtes</label><span class="required-star" aria-hidden="true">*</span>
            <div class="form-radio radio" ref="radioGroup" role="radiogroup" aria-required="true" aria-labelledby="l-eho5s9we-logement">
            ${[['locataire', 'Locataire'], ['proprietaire', 'Propriétaire']].map(([v, l]) => `<div class="radio form-check" ref="wrapper"><input ref="input" name="data[logement][eho5s9we]" type="radio" class="form-check-input" lang="fr" value="${v}" id="eho5s9we--${v}" role="radio"><label class="form-check-label label-position-" for="eho5s9we--${v}"><span>${l}</span></label></div>`).join('')}
            </div><div ref="messageContainer" class="formio-errors invalid-feedback"></div></div>`;
          const checkbox = `
            <div id="ecertif" class="mb-2 formio-form-group has-feedback formio-component formio-component-checkbox formio-component-certification required" ref="component">
            <div class="form-check checkbox"><label class="form-check-label" for="ecertif-certification"><input ref="input" name="data[certification]" type="checkbox" class="form-check-input" lang="fr" value="" id="ecertif-certification" aria-required="true">
            <span>Je certifie sur l’honneur l’exactitude des informations fournies</span><span class="required-star" aria-hidden="true">*</span></label></div></div>`;
          const button = (kind, words, cls) => `<li><button class="btn ${cls} btn-wizard-nav-${kind}" ref="wizard-edezgn6-${kind}" aria-label="${kind}ButtonAriaLabel">${words}</button></li>`;
          const pages = [
            { components: text('nom', 'Nom', 'disabled="disabled" value="MOREAU"') + text('prenom', 'Prénom') + day + radio + text('loyer', 'Montant du loyer', '', true),
              buttons: button('cancel', 'Annuler', 'btn-secondary') + button('next', 'Suivant', 'btn-primary') },
            { components: text('numeroAllocataire', 'Numéro allocataire CAF') + checkbox,
              buttons: button('cancel', 'Annuler', 'btn-secondary') + button('previous', 'Précédent', 'btn-primary') + button('submit', 'Envoyer ma demande', 'btn-primary') },
          ];
          const draw = (index) => {
            const root = document.getElementById('formio');
            root.innerHTML = `<div class="formio-form"><div style="position: relative;">
              <nav aria-label="Wizard navigation" id="wizard-edezgn6-header"><ul class="pagination" role="tablist">
              ${['Vous', 'Ressources'].map((t, i) => `<li class="page-item${i === index ? ' active' : ''}"><button tabindex="0" data-index="${i}" role="tab" class="page-link" ref="wizard-edezgn6-link">${t}</button></li>`).join('')}</ul></nav>
              <div class="wizard-page" ref="wizard-edezgn6">${pages[index].components}</div>
              <ul class="formio-wizard-nav-container list-inline" id="wizard-edezgn6-nav">${pages[index].buttons}</ul></div></div>`;
            root.querySelectorAll('input[name="data[logement][eho5s9we]"]').forEach((r) => r.addEventListener('change', () =>
              document.getElementById('e-loyer').classList.toggle('formio-hidden', r.value !== 'locataire' || !r.checked)));
            const on = (kind, act) => { const b = root.querySelector('.btn-wizard-nav-' + kind); if (b) b.addEventListener('click', act); };
            on('next', () => {
              const prenom = document.getElementById('e-prenom-prenom');
              if (!prenom.value) { document.querySelector('#e-prenom [ref=messageContainer]').textContent = 'Le champ Prénom est obligatoire'; return; }
              draw(1);
            });
            on('previous', () => draw(0));
            on('submit', () => fetch('/form/aide/submission', { method: 'POST', body: '{}' }));
          };
          setTimeout(() => draw(0), 50);
        </script></body></html>
        """;

    // TYPO3 EXT:form and WPForms Lite (fourth review of real kits: /tmp/review-markup4), what a refused step shows.

    /// <summary>TYPO3 EXT:form v15 (Form.fluid.html, Field/Field.fluid.html, Bootstrap 5 classes): every page posts back to
    /// « demande » with « ?tx_form_formframework[action]=perform… », so the address changes once; the button names the page
    /// it asks for (« __currentPage »). The site answers a refused page with the same page, the field marked aria-invalid and
    /// its message in « invalid-feedback » role=alert.</summary>
    private static string Typo3(string step, string fields, string buttons) => $$"""
        <!doctype html><html lang="fr-FR"><head><meta charset="utf-8"><title>Demande d’aide sociale facultative - CCAS de Villeval</title></head>
        <body><main class="container"><div class="frame frame-type-form_formframework"><h1>Demande d’aide sociale facultative</h1>
        <form enctype="multipart/form-data" method="post" id="demandeAide-123" action="/demande?tx_form_formframework%5Baction%5D=perform&amp;tx_form_formframework%5Bcontroller%5D=FormFrontend&amp;cHash=8f3b0c2a9d4e#demandeAide-123">
        <div><input type="hidden" name="tx_form_formframework[demandeAide-123][__state]" value="TzozOToiVFlQTzNc"><input type="hidden" name="tx_form_formframework[__trustedProperties]" value="{}c0ffee"></div>
        <h2>{{step}}</h2>
        {{fields}}
        <input class="form-control" aria-hidden="true" tabindex="-1" style="position:absolute; margin:0 0 0 -999em;" id="demandeAide-123-hp" type="text" name="tx_form_formframework[demandeAide-123][FWnKxkqzUb]">
        <div class="actions"><nav class="form-navigation" aria-label="Form Navigation">{{buttons}}</nav></div>
        </form></div></main></body></html>
        """;

    private static string Typo3Text(string id, string label, string error = "", string value = "") => $$"""
        <div class="form-element form-element-text mb-3{{(error.Length > 0 ? " is-invalid" : "")}}"><label class="form-label" for="demandeAide-123-{{id}}">{{label}} <span class="required">*</span></label>
        <input {{(error.Length > 0 ? $"aria-invalid=\"true\" aria-describedby=\"demandeAide-123-{id}-errors\" " : "")}}required="required" class="form-control{{(error.Length > 0 ? " is-invalid" : "")}}" id="demandeAide-123-{{id}}" type="text" name="tx_form_formframework[demandeAide-123][{{id}}]" value="{{value}}">
        {{(error.Length > 0 ? $"<span id=\"demandeAide-123-{id}-errors\" class=\"invalid-feedback\" role=\"alert\">\n  {error}\n  <br/>\n</span>" : "")}}</div>
        """;

    private static string Typo3Page1(string error = "") => Typo3("Vos informations",
        Typo3Text("text-1", "Nom", value: "MOREAU") + Typo3Text("text-4", "Code postal", error) + Typo3Text("text-5", "Commune"),
        """<button class="btn btn-primary" type="submit" name="tx_form_formframework[demandeAide-123][__currentPage]" value="1">Suivant</button>""");

    /// <summary>Page 1 (« demande »), page 2 with a required upload the browser checks itself (« demande-2 »), the summary
    /// page and its « Envoyer » (« demande-3 »), page 1 refused by the site (« demande-erreurs »).</summary>
    public static readonly (string Name, string Html)[] Typo3Form =
    [
        ("demande", Typo3Page1()),
        ("demande-2", Typo3("Votre situation", Typo3Text("text-6", "Numéro fiscal") + """
            <div class="form-element form-element-fileupload mb-3"><label class="form-label" for="demandeAide-123-fileupload-1">Justificatif de domicile <span class="required">*</span></label>
            <input required="required" accept=".pdf,.jpg,.png" class="form-control" id="demandeAide-123-fileupload-1" type="file" name="tx_form_formframework[demandeAide-123][fileupload-1]"></div>
            """, """<button class="btn btn-cancel" type="submit" formnovalidate="formnovalidate" name="tx_form_formframework[demandeAide-123][__currentPage]" value="0">Précédent</button><button class="btn btn-primary" type="submit" name="tx_form_formframework[demandeAide-123][__currentPage]" value="2">Suivant</button>""")),
        ("demande-3", Typo3("Récapitulatif", "<p>Vérifiez vos réponses.</p>",
            """<button class="btn btn-primary" type="submit" name="tx_form_formframework[demandeAide-123][__currentPage]" value="3">Envoyer</button>""")),
        ("demande-erreurs", Typo3Page1("Ce code postal n’est pas desservi par le CCAS de Villeval.")),
    ];

    /// <summary>TYPO3's server: a page posted answers the page its button asks for (« __currentPage »), page 1 with its error
    /// when the site <paramref name="refuses"/> it; <paramref name="posts"/> counts what the site received.</summary>
    public static LoopbackFiles Typo3Server(string folder, Action<string> posts, bool refuses = false) => new(folder)
    {
        Posted = (path, form) =>
        {
            posts(form);
            var page = System.Text.RegularExpressions.Regex.Match(form, @"__currentPage\]""\s+(\d)").Groups[1].Value;
            return path != "demande" ? null : refuses && page == "1" ? "demande-erreurs" : page is "1" ? "demande-2" : page is "2" ? "demande-3" : "demande";
        },
    };

    /// <summary>WPForms Lite 2.0 (modern markup, a page break as WPForms Pro prints it): both pages in the document, the
    /// second in display: none; « Suivant » validates the page shown as jQuery Validate does for WPForms (the field marked
    /// aria-invalid, « <em class="wpforms-error" role="alert"> » after it, its id the field's aria-errormessage) and shows the
    /// next page only when nothing is refused.</summary>
    public const string WpFormsPages = """
        <!doctype html><html lang="fr-FR"><head><meta charset="UTF-8"><title>Demande d’aide sociale – Mairie de Villeval</title>
        <style>.wpforms-field-hp{display:none!important;position:absolute!important;left:-9000px!important} em.wpforms-error{color:#d63637;display:block}</style></head>
        <body><main id="main"><article><header class="entry-header"><h1 class="entry-title">Demande d’aide sociale</h1></header>
        <div class="wpforms-container wpforms-container-full wpforms-render-modern" id="wpforms-42"><form id="wpforms-form-42" class="wpforms-validate wpforms-form wpforms-ajax-form" novalidate data-formid="42" method="post" enctype="multipart/form-data" action="/demande-aide/">
        <div class="wpforms-page-indicator progress"><span class="wpforms-page-indicator-page-title" data-page="1">Vos informations</span><span class="wpforms-page-indicator-page-title" data-page="2" style="display:none;">Votre situation</span></div>
        <div class="wpforms-field-container"><div class="wpforms-page wpforms-page-1">
        <div id="wpforms-42-field_3-container" class="wpforms-field wpforms-field-text"><label class="wpforms-field-label" for="wpforms-42-field_3">Adresse <span class="wpforms-required-label" aria-hidden="true">*</span></label><input type="text" id="wpforms-42-field_3" class="wpforms-field-large wpforms-field-required" name="wpforms[fields][3]" aria-errormessage="wpforms-42-field_3-error" required></div>
        <div id="wpforms-42-field_4-container" class="wpforms-field wpforms-field-text"><label class="wpforms-field-label" for="wpforms-42-field_4">Code postal <span class="wpforms-required-label" aria-hidden="true">*</span></label><input type="text" id="wpforms-42-field_4" class="wpforms-field-small wpforms-field-required" name="wpforms[fields][4]" aria-errormessage="wpforms-42-field_4-error" required></div>
        <div id="wpforms-42-field_5-container" class="wpforms-field wpforms-field-text"><label class="wpforms-field-label" for="wpforms-42-field_5">Commune <span class="wpforms-required-label" aria-hidden="true">*</span></label><input type="text" id="wpforms-42-field_5" class="wpforms-field-medium wpforms-field-required" name="wpforms[fields][5]" aria-errormessage="wpforms-42-field_5-error" required></div>
        <div class="wpforms-field wpforms-field-pagebreak"><div class="wpforms-clear wpforms-pagebreak-left"><button class="wpforms-page-button wpforms-page-next" data-action="next" data-page="1" data-formid="42" aria-disabled="false" aria-describedby="">Suivant</button></div></div>
        </div><div class="wpforms-page wpforms-page-2 last" style="display:none;">
        <div id="wpforms-42-field_9-container" class="wpforms-field wpforms-field-text"><label class="wpforms-field-label" for="wpforms-42-field_9">Numéro allocataire CAF <span class="wpforms-required-label" aria-hidden="true">*</span></label><input type="text" id="wpforms-42-field_9" class="wpforms-field-medium wpforms-field-required" name="wpforms[fields][9]" aria-errormessage="wpforms-42-field_9-error" required></div>
        <div class="wpforms-field wpforms-field-pagebreak"><div class="wpforms-clear wpforms-pagebreak-left"><button class="wpforms-page-button wpforms-page-prev" data-action="prev" data-page="2" data-formid="42">Précédent</button></div></div>
        </div><div class="wpforms-field wpforms-field-hp"><label for="wpforms-42-field-hp" class="wpforms-field-label">Message</label><input type="text" name="wpforms[hp]" id="wpforms-42-field-hp" class="wpforms-field-medium"></div></div>
        <div class="wpforms-submit-container" style="display:none;"><input type="hidden" name="wpforms[id]" value="42"><button type="submit" name="wpforms[submit]" id="wpforms-submit-42" class="wpforms-submit" value="wpforms-submit">Envoyer</button></div>
        </form></div></article></main>
        <script>
          const form = document.getElementById('wpforms-form-42');
          const show = (n) => {
            form.querySelectorAll('.wpforms-page').forEach((p) => { p.style.display = p.classList.contains('wpforms-page-' + n) ? '' : 'none'; });
            form.querySelector('.wpforms-submit-container').style.display = n === 2 ? '' : 'none';
          };
          form.querySelectorAll('.wpforms-page-button').forEach((b) => b.addEventListener('click', (e) => {
            e.preventDefault();
            const page = b.closest('.wpforms-page');
            let valid = true;
            if (b.dataset.action === 'next') {
              for (const input of page.querySelectorAll('.wpforms-field-required')) {
                const id = input.id + '-error';
                let error = document.getElementById(id);
                if (input.value.trim()) {
                  input.setAttribute('aria-invalid', 'false'); input.classList.remove('wpforms-error');
                  if (error) error.remove();
                  continue;
                }
                valid = false;
                input.setAttribute('aria-invalid', 'true'); input.classList.add('wpforms-error');
                if (!error) {
                  error = document.createElement('em');
                  Object.assign(error, { id, className: 'wpforms-error', textContent: 'Ce champ est obligatoire.' });
                  error.setAttribute('role', 'alert'); error.setAttribute('aria-label', 'Message d’erreur'); error.setAttribute('for', '');
                  input.after(error);
                }
              }
            }
            if (valid) show(b.dataset.action === 'next' ? Number(b.dataset.page) + 1 : Number(b.dataset.page) - 1);
          }));
        </script></body></html>
        """;

    /// <summary>Contact Form 7 6.1 as WordPress prints it (modules/text.php, select.php, checkbox.php, submit.php; the
    /// fields inside their labels, a list's question in the paragraph before it) with its script reduced to what a walker
    /// meets: the form is never posted to its action, its `submit` event sends it by fetch to the REST API. With
    /// <paramref name="email"/>, an e-mail field checked as CF7 checks a control once it changes (init.js, validate.js): the
    /// message drawn in the field's box (span.wpcf7-not-valid-tip), the field marked and pointed at the screen reader's list.</summary>
    public static string Cf7Page(string submit, bool acceptance = false, bool email = false) => $$"""
        <!doctype html><html lang="fr-FR"><head><meta charset="UTF-8"><title>Demande d’acte de naissance – Mairie de Villeval</title></head>
        <body><main id="main"><h1 class="wp-block-post-title">Demande d’acte de naissance</h1>
        <div class="wpcf7 js" id="wpcf7-f123-p45-o1" lang="fr-FR" dir="ltr" data-wpcf7-id="123">
        <div class="screen-reader-response"><p role="status" aria-live="polite" aria-atomic="true"></p> <ul></ul></div>
        <form action="/demande-acte#wpcf7-f123-p45-o1" method="post" class="wpcf7-form init" aria-label="Formulaire de contact" enctype="multipart/form-data" novalidate="novalidate" data-status="init">
        <fieldset class="hidden-fields-container"><input type="hidden" name="_wpcf7" value="123" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f123-p45-o1" /></fieldset>
        <p><label> Nom de naissance *<br />
            <span class="wpcf7-form-control-wrap" data-name="nom-naissance"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" autocomplete="family-name" aria-required="true" aria-invalid="false" value="" type="text" name="nom-naissance" /></span> </label></p>
        <p><label> Commune de naissance *<br />
            <span class="wpcf7-form-control-wrap" data-name="commune-naissance"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" aria-invalid="false" placeholder="Ex. : Villeval" value="" type="text" name="commune-naissance" /></span> </label></p>
        <p>Type d’acte demandé *<br />
        <span class="wpcf7-form-control-wrap" data-name="type-acte"><span class="wpcf7-form-control wpcf7-radio"><span class="wpcf7-list-item first"><label><input type="radio" name="type-acte" value="Copie intégrale" checked="checked" /><span class="wpcf7-list-item-label">Copie intégrale</span></label></span><span class="wpcf7-list-item last"><label><input type="radio" name="type-acte" value="Extrait avec filiation" /><span class="wpcf7-list-item-label">Extrait avec filiation</span></label></span></span></span></p>
        <p><label> Vous êtes *<br />
            <span class="wpcf7-form-control-wrap" data-name="qualite"><select class="wpcf7-form-control wpcf7-select wpcf7-validates-as-required" aria-required="true" aria-invalid="false" name="qualite"><option value="">&#8212;Veuillez choisir une option&#8212;</option><option value="La personne concernée par l’acte">La personne concernée par l’acte</option><option value="Son père ou sa mère">Son père ou sa mère</option></select></span> </label></p>
        <p>Motif de la demande (facultatif)<br />
        <span class="wpcf7-form-control-wrap" data-name="motif"><span class="wpcf7-form-control wpcf7-checkbox"><span class="wpcf7-list-item first"><label><input type="checkbox" name="motif[]" value="Carte d’identité ou passeport" /><span class="wpcf7-list-item-label">Carte d’identité ou passeport</span></label></span><span class="wpcf7-list-item last"><label><input type="checkbox" name="motif[]" value="Succession" /><span class="wpcf7-list-item-label">Succession</span></label></span></span></span></p>
        {{(email ? """<p><label> Adresse e-mail *<br /><span class="wpcf7-form-control-wrap" data-name="courriel"><input size="40" class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required wpcf7-text wpcf7-validates-as-email" autocomplete="email" aria-required="true" aria-invalid="false" value="" type="email" name="courriel" /></span> </label></p>""" : "")}}
        {{(acceptance ? """<p><span class="wpcf7-form-control-wrap" data-name="rgpd"><span class="wpcf7-form-control wpcf7-acceptance"><span class="wpcf7-list-item"><label><input type="checkbox" name="rgpd" value="1" aria-invalid="false" /><span class="wpcf7-list-item-label">J’accepte que les données saisies soient utilisées par la mairie pour traiter ma demande.</span></label></span></span></span></p>""" : "")}}
        <p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="{{submit}}"{{(acceptance ? " disabled" : "")}} /></p><div class="wpcf7-response-output" aria-hidden="true"></div>
        </form></div></main>
        <script>
          // The acceptance box keeps the button disabled until it is ticked (init.js, initSubmitButton).
          document.querySelectorAll('.wpcf7-acceptance input').forEach((box) => box.addEventListener('change', () => { box.form.querySelector('.wpcf7-submit').disabled = !box.checked; }));
          document.querySelectorAll('.wpcf7 > form').forEach((form) => form.addEventListener('change', (event) => {
            const control = event.target.closest('.wpcf7-validates-as-email');
            if (!control) return;
            const wrap = control.closest('.wpcf7-form-control-wrap');
            wrap.querySelector('.wpcf7-not-valid-tip')?.remove();
            const id = 'wpcf7-f123-p45-o1-ve-' + wrap.dataset.name;
            document.getElementById(id)?.remove();
            control.setAttribute('aria-invalid', 'false');
            if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(control.value)) return;
            const item = document.createElement('li');
            item.id = id;
            item.textContent = 'L’adresse e-mail saisie n’est pas valide.';
            document.querySelector('.screen-reader-response ul').appendChild(item);
            const tip = document.createElement('span');
            tip.className = 'wpcf7-not-valid-tip';
            tip.setAttribute('aria-hidden', 'true');
            tip.textContent = item.textContent;
            wrap.appendChild(tip);
            control.setAttribute('aria-invalid', 'true');
            control.setAttribute('aria-describedby', id);
          }));
          document.querySelectorAll('.wpcf7 > form').forEach((form) => form.addEventListener('submit', (event) => {
            event.preventDefault();
            fetch('/wp-json/contact-form-7/v1/contact-forms/123/feedback', { method: 'POST', body: new URLSearchParams(new FormData(form)) })
              .then((r) => r.json()).then((r) => { form.querySelector('.wpcf7-response-output').textContent = r.message; form.setAttribute('data-status', r.status); });
          }));
        </script></body></html>
        """;

    /// <summary>
    /// Démarche Numérique's brouillon (demarches-simplifiees.fr @e1338d7: editable_champ components, ComboBox.tsx on react-aria,
    /// autosave_controller.ts; review of a replica: /tmp/review-dn), trimmed to a few champs and drawn by a script the way the
    /// site's code leaves them. Each change is saved (a POST declared PATCH to the form's address, a second after typing) and
    /// the server's answer draws every champ it saved again, its marks gone and its value as the server keeps it (the option
    /// `selected`, an error message under a value it refuses). The lists of 20 choices and more, of several choices, the
    /// communes and the address are react-aria comboboxes: the list opens on a press or a key (not on a value set in the box),
    /// its options drawn in a shared container at the end of the page; while it is open everything else is aria-hidden, and
    /// the container too when it was there before the list (react-aria hides before it draws the list); the first press on one
    /// tells the autosave its (empty) value has changed, so a second later that champ is drawn again and its list closes. A
    /// multi-choice list shows each choice as a tag beside the box, which it empties, and stays open. The communes and the
    /// address are searched on the server as the geo API and the BAN do (a name or a postal code, the address's words).
    /// </summary>
    public const string DemarcheNumerique = """
        <!doctype html>
        <html lang="fr"><head><meta charset="utf-8"><title>Aide au logement des jeunes actifs · Démarche Numérique</title>
        <style>.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);border:0}
          .fr-ds-combobox__menu{position:absolute;z-index:100000;background:#fff;border:1px solid #888;max-height:320px;overflow:auto}
          .fr-menu__item{padding:6px 12px;cursor:pointer}.fr-tag{display:inline-block;margin:2px;padding:2px 8px;background:#eee}
          .fr-message--error{color:#c00}.dossier-edit-sticky-footer{margin-top:2rem}</style>
        </head><body>
        <div class="fr-container"><main id="contenu">
        <h1 class="fr-h2">Dossier n° 4242 - En brouillon depuis le 6 décembre 2026 <span class="fr-tag">BROUILLON</span></h1>
        <form id="dossier-edit-form" class="form" action="demande.html" accept-charset="UTF-8" method="post" novalidate>
          <div class="fr-highlight"><p>Les champs suivis d’un astérisque ( <svg class="icon mandatory" role="img" aria-label="obligatoire" width="10" height="10"><desc>obligatoire</desc></svg> ) sont obligatoires.</p>
          <p>Votre dossier est enregistré automatiquement après chaque modification.</p></div>
          <fieldset class="fr-fieldset" id="champs"></fieldset>
        </form>
        <div class="dossier-edit-sticky-footer"><form class="button_to" method="post" action="demande.html"><button class="fr-btn" type="submit">Déposer le dossier</button></form></div>
        </main></div>
        <script>
          const star = '<svg class="icon mandatory" role="img" aria-label="obligatoire" width="10" height="10"><desc>obligatoire</desc></svg>';
          const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
          const academies = ['Aix-Marseille', 'Amiens', 'Besançon', 'Bordeaux', 'Clermont-Ferrand', 'Corse', 'Créteil', 'Dijon', 'Grenoble', 'Guadeloupe',
            'Guyane', 'La Réunion', 'Lille', 'Limoges', 'Lyon', 'Martinique', 'Mayotte', 'Montpellier', 'Nancy-Metz', 'Nantes', 'Nice', 'Paris'];
          const langues = ['Allemand', 'Anglais', 'Arabe', 'Espagnol', 'Italien', 'Portugais', 'Langue des signes française', 'Langue d’oc'];
          const regimes = ['Régime général (CPAM)', 'Mutualité sociale agricole (MSA)', 'Régime des fonctionnaires', 'Régime étudiant', 'Régime local Alsace-Moselle', 'Régime des marins (ENIM)'];
          // What the server keeps of the dossier, and the errors it finds in it.
          const saved = {}, labels = {}, errors = {};
          const name = (id, part = 'value') => `dossier[champs_public_attributes][${id}][${part}]`;
          const group = (id, klass, label, inner) => `<div class="fr-fieldset__element" id="champ-${id}"><div class="editable-champ ${klass}${errors[id] ? ' fr-input-group--error' : ''}" data-controller="autosave">${label}${inner}`
            + `<div class="fr-messages-group" id="champ-${id}-error_id" aria-live="assertive">${errors[id] ? `<p class="fr-message fr-message--error">${esc(errors[id])}</p>` : ''}</div></div></div>`;
          const label = (id, text, mandatory, hint) => `<label class="fr-label" id="champ-${id}-value-label" for="champ-${id}-input-value">${text}${mandatory ? star : ''}${hint ? `<span class="fr-hint-text">${hint}</span>` : ''}</label>`;
          const described = (id) => `aria-describedby="champ-${id}-describedby_id champ-${id}-error_id"`;
          const text = (id, libelle, type, mandatory) => group(id, 'editable-champ-text fr-input-group', label(id, libelle, mandatory),
            `<input class="fr-input" id="champ-${id}-input-value" ${described(id)} ${mandatory ? 'required="required"' : ''} type="${type}" name="${name(id)}" value="${esc(saved[name(id)] || '')}">`);
          const select = (id, libelle, options) => group(id, 'editable-champ-drop_down_list fr-select-group', label(id, libelle, true),
            `<select required="required" id="champ-${id}-input-value" class="fr-select" name="${name(id)}"><option value="">Sélectionnez</option>`
            + options.map((o) => `<option value="${esc(o)}"${saved[name(id)] === o ? ' selected="selected"' : ''}>${esc(o)}</option>`).join('') + '</select>');
          const combo = (id, hidden, labelledby) => `<div class="fr-ds-combobox fr-mt-1w fr-mb-0" data-rac=""><div class="fr-ds-combobox__input" style="position: relative;">`
            + `<input id="champ-${id}-input-value" aria-autocomplete="list" autocomplete="off" placeholder="Sélectionnez ou commencez à saisir" tabindex="0" aria-labelledby="${labelledby}" role="combobox" aria-expanded="false" class="fr-select fr-autocomplete" type="text" value="${esc(labels[hidden] || '')}">`
            + `<button class="react-aria-Button" type="button" tabindex="-1" aria-label="Afficher les suggestions" aria-haspopup="false" aria-expanded="false" style="width: 40px; height: 100%; position: absolute; opacity: 0; right: 0px; top: 0px;"> </button></div></div>`;
          const tags = (chosen) => `<div class="fr-tag-list" role="grid" tabindex="0">${chosen.map((c) => `<div class="fr-tag fr-tag--sm fr-tag--dismiss" role="row" aria-label="Supprimer ${esc(c)}"><div role="gridcell" style="display: contents;">${esc(c)}<button class="fr-tag--dismiss" type="button" tabindex="0"><span class="sr-only">Supprimer ${esc(c)}</span></button></div></div>`).join('')}</div>`;
          const hiddens = (id, chosen) => (chosen.length ? chosen : ['']).map((c) => `<input type="hidden" value="${esc(c)}" name="${name(id)}[]">`).join('');
          const multiple = (id) => { const chosen = saved[name(id) + '[]'] || []; return `<div class="fr-ds-combobox__multiple fr-mt-1w fr-mb-0">`
            + (chosen.length ? `<div class="react-aria-TagGroup">${tags(chosen)}</div>` : '') + combo(id, name(id) + '[]', `champ-${id}-value-label`) + `<span>${hiddens(id, chosen)}</span></div>`; };
          const single = (id, hidden, labelledby) => `<react-fragment>${combo(id, hidden, labelledby)}<span><input type="hidden" value="${esc(saved[hidden] || '')}" name="${hidden}"></span></react-fragment>`;
          // The lists of fixed choices come as the server writes them, their choices in the props React reads, then replaces
          // (mount below) by what it draws: the choices are then drawn only while the list is open.
          const react = (kind, id, hidden) => `<react-fragment><react-component name="ComboBox/${kind}" props="${esc(JSON.stringify({ id: `champ-${id}-input-value`, name: hidden, items: items[id] }))}"></react-component></react-fragment>`;
          const champs = {
            12: () => text(12, 'Nom de naissance', 'text', true),
            13: () => text(13, 'Adresse électronique de contact', 'email', true),
            25: () => select(25, 'Régime d’assurance maladie', regimes),
            21: () => group(21, 'editable-champ-drop_down_list fr-select-group', label(21, 'Académie de rattachement'), react('SingleComboBox', 21, name(21))),
            23: () => group(23, 'editable-champ-multiple_drop_down_list fr-select-group', label(23, 'Langues parlées', false, 'Vous pouvez sélectionner un ou plusieurs choix.'), react('MultiComboBox', 23, name(23) + '[]')),
            31: () => `<div class="fr-fieldset__element" id="champ-31"><fieldset class="editable-champ editable-champ-address fr-fieldset" data-controller="autosave" aria-labelledby="champ-31-value-label" role="group">`
              + `<legend class="fr-fieldset__legend fr-text--regular" id="champ-31-legend">Adresse du logement${star}</legend><div class="flex column"><div class="fr-fieldset__element"><div class="fr-input-group address-ban">`
              + `<label class="fr-hint-text" for="champ-31-input-value" id="champ-31-value-label">Saisissez une adresse, une voie, un lieu-dit ou une commune. Exemple : 11 rue Réaumur, Paris</label>`
              + single(31, name(31), ' champ-31-legend champ-31-value-label') + '</div></div><div class="fr-fieldset__element"><div class="fr-checkbox-group">'
              + `<input id="champ-31-input-not_in_ban" class="fr-input" aria-labelledby="champ-31-legend champ-31-not_in_ban-label" type="checkbox" value="true" name="${name(31, 'not_in_ban')}">`
              + '<label class="fr-label" for="champ-31-input-not_in_ban" id="champ-31-not_in_ban-label">Je ne trouve pas mon adresse dans les suggestions</label></div></div></div>'
              + '<div class="fr-messages-group" id="champ-31-error_id" aria-live="assertive"></div></fieldset></div>',
            32: () => group(32, 'editable-champ-communes fr-select-group', label(32, 'Commune de naissance', true, 'Renseignez le nom ou le code postal de la ville puis, sélectionnez la commune dans la liste. Exemple : Strasbourg'),
              single(32, name(32, 'code'), 'champ-32-value-label')),
            // attachment/multiple_component: the files attached, each with its « Supprimer », then an input for one more.
            61: () => group(61, 'editable-champ-piece_justificative fr-input-group', label(61, 'Justificatif de domicile de moins de 3 mois', true),
              '<div class="attachment-multiple">' + (saved.files61 || []).map((f) => `<div class="attachment-filename"><span>${esc(f)}</span> <button type="button" class="fr-btn fr-btn--tertiary fr-btn--sm">Supprimer le fichier ${esc(f)}</button></div>`).join('')
              + `<div class="attachment fr-upload-group"><p class="fr-hint-text" id="champ-61-input-value-pj-hint">Taille maximale autorisée : 200 Mo. Formats acceptés : jpeg, png, pdf.</p>`
              + `<input class="fr-upload attachment-input" id="champ-61-input-value" aria-describedby="champ-61-input-value-pj-hint" type="file" name="${name(61, 'piece_justificative_file')}"></div></div>`),
            65: () => group(65, 'editable-champ-textarea fr-input-group', label(65, 'Commentaire'), `<textarea class="fr-input" id="champ-65-input-value" ${described(65)} rows="3" name="${name(65)}">${esc(saved[name(65)] || '')}</textarea>`),
          };
          const items = { 21: academies.map((a) => [a, a]), 23: langues.map((l) => [l, l]) };
          const remote = { 31: 'adresses.json', 32: 'communes.json' };
          const box = document.getElementById('champs');
          box.innerHTML = Object.values(champs).map((draw) => draw()).join('');

          // react-aria's ariaHideOutside: everything but the box is aria-hidden while its list is open. The list is drawn after,
          // in the shared container: a container already there is hidden with the rest.
          let hiddenNodes = [];
          const hideOutside = (target) => {
            const walk = (node) => Array.from(node.children).forEach((c) => {
              if (c.contains(target)) walk(c);
              else if (c.getAttribute('aria-hidden') !== 'true') { c.setAttribute('aria-hidden', 'true'); hiddenNodes.push(c); }
            });
            walk(document.body);
          };
          let closeOpen = () => {};
          const touched = new Set();
          const drawn = { 21: () => single(21, name(21), 'champ-21-value-label'), 23: () => `<react-fragment>${multiple(23)}</react-fragment>` };
          const mount = (key) => {
            const id = Number(key), written = document.querySelector(`#champ-${id} react-component`);
            if (written) { const at = document.createElement('div'); at.innerHTML = drawn[id](); written.closest('react-fragment').replaceWith(at.firstElementChild); }
            const input = document.getElementById(`champ-${id}-input-value`);
            if (!input || input.getAttribute('role') !== 'combobox') return;
            const fragment = input.closest('react-fragment'), hidden = () => fragment.querySelector('input[type=hidden]');
            let typing = false, timer = null, popover = null, shown = [], active = -1;
            // useDispatchChangeEvent: the first look at its hidden inputs finds them « changed ».
            const touch = () => { if (!touched.has(id)) { touched.add(id); requestAnimationFrame(() => hidden().dispatchEvent(new Event('change', { bubbles: true }))); } };
            const close = () => {
              if (!popover) return;
              popover.remove(); popover = null;
              hiddenNodes.forEach((n) => n.removeAttribute('aria-hidden')); hiddenNodes = [];
              input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-controls');
            };
            const show = (list) => {
              if (!popover) {
                closeOpen(); closeOpen = close;
                hideOutside(input);
                const portal = document.getElementById('rac-portal') || document.body.appendChild(Object.assign(document.createElement('div'), { id: 'rac-portal' }));
                const r = input.getBoundingClientRect();
                popover = document.createElement('div');
                popover.className = 'fr-ds-combobox__menu fr-menu';
                Object.assign(popover.style, { left: `${r.left + scrollX}px`, top: `${r.bottom + scrollY}px`, width: `${r.width}px` });
                portal.appendChild(popover);
                input.setAttribute('aria-expanded', 'true'); input.setAttribute('aria-controls', `listbox-${id}`);
              }
              shown = list; active = -1;
              popover.innerHTML = `<div id="listbox-${id}" class="fr-menu__list" role="listbox" aria-label="Suggestions">`
                + list.map(([l, v]) => `<div class="fr-menu__item" role="option" aria-selected="false" data-key="${esc(v)}">${esc(l)}</div>`).join('') + '</div>';
              popover.querySelectorAll('[role=option]').forEach((o, i) => o.addEventListener('click', () => choose(list[i])));
            };
            const choose = ([l, v]) => {
              if (id === 23) {
                // A tag beside the box, the box emptied, the list left open.
                const wrap = input.closest('.fr-ds-combobox__multiple');
                const chosen = Array.from(wrap.querySelectorAll('input[type=hidden]')).map((h) => h.value).filter(Boolean);
                if (!chosen.includes(v)) chosen.push(v);
                let group = wrap.querySelector('.react-aria-TagGroup');
                if (!group) { group = document.createElement('div'); group.className = 'react-aria-TagGroup'; wrap.prepend(group); }
                group.innerHTML = tags(chosen);
                wrap.querySelector(':scope > span').innerHTML = hiddens(id, chosen);
                input.value = '';
                show(filter(''));
              } else {
                input.value = l; labels[hidden().name] = l; hidden().value = v;
                close();
              }
              hidden().dispatchEvent(new Event('change', { bubbles: true }));
            };
            // A multi-choice list offers no more what is chosen (ComboBox.tsx: items not among the selected keys).
            const filter = (q) => {
              const chosen = id === 23 ? Array.from(document.querySelectorAll('#champ-23 input[type=hidden]')).map((h) => h.value) : [];
              return (items[id] || []).filter(([l, v]) => !chosen.includes(v) && l.toLowerCase().includes(q.trim().toLowerCase()));
            };
            const search = (q) => {
              clearTimeout(timer);
              timer = setTimeout(() => fetch(remote[id]).then((r) => r.json()).then((all) => {
                const words = q.toLowerCase().split(/[\s,]+/).filter(Boolean);
                // The geo API: a name that starts so, or a postal code; the BAN: every word of the query in the address.
                const found = id === 32 ? all.filter(([n, cp]) => q.length > 1 && (n.toLowerCase().startsWith(q.toLowerCase()) || cp.startsWith(q))).map(([n, cp]) => [`${n} (${cp})`, `${n}-${cp}`])
                  : all.filter((a) => words.length && words.every((w) => a.toLowerCase().split(' ').includes(w))).map((a) => [a, a]);
                if (found.length) show(found); else close();
              }), 300);
            };
            input.addEventListener('pointerdown', () => { touch(); if (!remote[id]) show(filter(input.value)); });
            // The keys: the arrows move through the choices shown, Enter takes the one reached.
            input.addEventListener('keydown', (e) => {
              if (e.key === 'Escape') close();
              else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                if (!popover) { if (remote[id]) return; show(filter(input.value)); } // opened on its first choice
                active = Math.max(0, Math.min(shown.length - 1, active + (e.key === 'ArrowDown' ? 1 : -1)));
                popover.querySelectorAll('[role=option]').forEach((o, i) => o.setAttribute('aria-selected', String(i === active)));
              } else if (e.key === 'Enter') { if (popover && active >= 0) { e.preventDefault(); choose(shown[active]); } }
              else typing = true;
            });
            input.addEventListener('input', () => {
              if (remote[id]) search(input.value);
              else if (popover || typing) show(filter(input.value));
            });
            return close;
          };
          const closers = {};
          Object.keys(champs).forEach((id) => { closers[id] = mount(id); });

          // autosave_controller.ts, one per champ: a change of a list or a box is saved at once, typing and a combobox's hidden
          // value a second after the last change; the server's answer draws the champ again, as it keeps it.
          const form = document.getElementById('dossier-edit-form');
          const timers = {};
          const save = (id) => {
            const data = new URLSearchParams();
            document.getElementById(`champ-${id}`).querySelectorAll('input[name], select[name], textarea[name]').forEach((c) => {
              if (c.type === 'file') saved.files61 = (saved.files61 || []).concat(Array.from(c.files).map((f) => f.name)); // (its direct upload)
              else if (!['radio', 'checkbox'].includes(c.type) || c.checked) data.append(c.name, c.value);
            });
            fetch(form.getAttribute('action'), { method: 'POST', headers: { 'x-http-method-override': 'PATCH', 'content-type': 'application/x-www-form-urlencoded' }, body: data })
              .then(() => {
                for (const k of new Set(data.keys())) saved[k] = k.endsWith('[]') ? data.getAll(k).filter(Boolean) : data.get(k);
                const email = saved[name(13)] || '';
                if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) errors[13] = '« Adresse électronique de contact » est invalide. Saisissez une adresse électronique valide. Exemple : adresse@mail.com';
                else delete errors[13];
                const old = document.getElementById(`champ-${id}`);
                // (React keeps a multi-choice list open through the save of a choice.)
                if (id === '23' && old.querySelector('[aria-expanded=true]')) return;
                const focused = old.contains(document.activeElement) ? document.activeElement.id : null;
                if (closers[id]) closers[id]();
                const fresh = document.createElement('div');
                fresh.innerHTML = champs[id]();
                old.replaceWith(fresh.firstElementChild);
                closers[id] = mount(id);
                if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
              });
          };
          const later = (e, delay) => {
            const autosave = e.target.closest('[data-controller=autosave]');
            if (!autosave) return;
            const id = autosave.parentElement.id.replace('champ-', '');
            clearTimeout(timers[id]);
            timers[id] = setTimeout(() => save(id), delay);
          };
          form.addEventListener('change', (e) => {
            if (e.target.type === 'hidden') later(e, 1000);
            else if (e.target.tagName === 'SELECT' || ['radio', 'checkbox', 'file'].includes(e.target.type)) later(e, 0);
          });
          form.addEventListener('input', (e) => { if (e.target.getAttribute('role') !== 'combobox') later(e, 1000); });
        </script></body></html>
        """;

    /// <summary>The files <see cref="DemarcheNumerique"/> asks its server for: the communes and the addresses it searches; and
    /// the page that starts the procedure (« commencer »), whose link opens the dossier.</summary>
    public static readonly (string Name, string Html)[] DemarcheNumeriqueData =
    [
        ("commencer.html", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Aide au logement des jeunes actifs · Démarche Numérique</title></head>
            <body><main><h1>Aide au logement des jeunes actifs</h1><p>Vous pouvez faire votre demande en ligne.</p>
            <a class="fr-btn" href="demande.html">Commencer la démarche</a></main></body></html>
            """),
        ("communes.json", """[["Lyon", "69001"], ["Lyon", "69003"], ["Paris", "75001"], ["Paris", "75015"], ["Strasbourg", "67000"]]"""),
        ("adresses.json", """["20 Avenue de Ségur 75007 Paris", "20 Rue de la Paix 75002 Paris", "11 Rue Réaumur 75003 Paris"]"""),
    ];

    /// <summary>Serves <see cref="DemarcheNumerique"/>: each save the page posts is added to <paramref name="saves"/>.</summary>
    public static LoopbackFiles DemarcheNumeriqueServer(string folder, System.Collections.Concurrent.ConcurrentQueue<string> saves) => new(folder)
    {
        Posted = (path, form) =>
        {
            saves.Enqueue(form);
            return null;
        },
    };

    /// <summary>What Contact Form 7's REST API answers a form it sent (the file <see cref="Cf7Server"/> serves for it).</summary>
    public static readonly (string Name, string Json) Cf7Sent = ("envoye.json", """{ "status": "mail_sent", "message": "Merci pour votre message. Il a été envoyé." }""");

    /// <summary>Contact Form 7's REST API: every form received is counted, and answered « mail_sent ».</summary>
    public static LoopbackFiles Cf7Server(string folder, System.Collections.Concurrent.ConcurrentQueue<string> received) => new(folder)
    {
        Posted = (path, form) =>
        {
            received.Enqueue(path + " " + form);
            return path.StartsWith("wp-json/", StringComparison.Ordinal) ? Cf7Sent.Name : null;
        },
    };
}

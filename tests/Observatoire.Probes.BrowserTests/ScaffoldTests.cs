using System.Net;
using System.Net.Sockets;
using Observatoire.Probes.Runner.Scaffolding;
using Observatoire.Probes.Scenarios;
using Observatoire.Probes.Testing;
using ExitCodes = Observatoire.Probes.Testing.ProbesProcess;

namespace Observatoire.Probes.BrowserTests;

/// <summary>
/// `probes scaffold` as an author uses it: a draft of a demo procedure written to disk, its TODO lines decided the way a
/// person would (and nothing else edited), then validated and walked: it must score like the hand-written scenario.
/// </summary>
[Parallelizable(ParallelScope.Self)]
public sealed class ScaffoldTests
{
    private string _work = "";

    [SetUp]
    public void CreateFolder()
    {
        _work = Path.Combine(Path.GetTempPath(), "probes-scaffold-" + BrowserFixture.RandomName());
        Directory.CreateDirectory(_work);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_work, recursive: true);

    /// <summary>The draft `probes scaffold --follow` writes from one page served on loopback.</summary>
    private async Task<ScaffoldDraft> DraftPageAsync(string name, string html)
    {
        var site = Path.Combine(_work, "site");
        Directory.CreateDirectory(site);
        File.WriteAllText(Path.Combine(site, name), html);
        using var server = new LoopbackFiles(site);
        return await BrowserFixture.Runner.ScaffoldAsync(new ScaffoldRequest(new Uri(server.BaseUrl, name).ToString(), Follow: true, Path.Combine(Repository.Scenarios, "files")));
    }

    [Test]
    public async Task A_FranceConnect_procedure_drafted_with_follow_signs_in_and_scores_like_the_hand_written_one_once_its_TODOs_are_decided()
    {
        var draft = await ScaffoldAsync("complementaire-sante-solidaire");
        Assert.That(draft, Does.Contain("franceconnect: FranceConnect\n")
            .And.Contain("public: particuliers   # whom it is for:")
            .And.Contain("- include: franceconnect   # TODO confirm the sign-in")
            .And.Contain("- check: { label: J’accepte que FranceConnect transmette mes données au service pour me connecter }")
            .And.Contain("- click: Continuer sur Compte ameli"));
        Assert.That(draft, Does.Not.Contain("value: \"123\"").And.Not.Contain("value: test"), "the test account stays in the configuration's secrets");
        Assert.That(File.ReadAllText(Path.Combine(_work, "fragments", "franceconnect.yaml")), Is.EqualTo(File.ReadAllText(Path.Combine(Repository.Scenarios, "fragments", "franceconnect.yaml"))),
            "the shared fragment is copied beside the draft");

        // The persona receives no alimony (the hand-written scenario's answer): the person answers « Non » and deletes the
        // step of the field that only « Oui » shows.
        var file = Decide("complementaire-sante-solidaire", line =>
            line.Contains("- check: { label: Oui }", StringComparison.Ordinal) && line.Contains("« Percevez-vous une pension alimentaire ? »", StringComparison.Ordinal) ? "  - check: { label: Non }"
            : line.Contains("delete this step if the persona answers otherwise", StringComparison.Ordinal) ? null
            : Confirmed(line));

        await AssertScoresLikeTheHandWrittenAsync("complementaire-sante-solidaire", file);
    }

    [Test]
    public async Task A_form_in_an_iframe_is_drafted_with_its_frame_and_scores_like_the_hand_written_one()
    {
        var draft = await ScaffoldAsync("cantine-tarif-social");
        Assert.That(draft, Does.Contain("- click: { link: Commencer ma demande, frame: iframe#formulaire }")
            .And.Contain("- upload: { label: Attestation de quotient familial CAF de moins de 3 mois, file: files/attestation-caf.pdf, frame: iframe#formulaire }")
            .And.Contain("- stop_before: { button: Envoyer ma demande, frame: iframe#formulaire }"));
        Assert.That(draft, Does.Contain("- fill: { label: Enfant 1 Nom, value: \"${enfant_1_nom}\", frame: iframe#formulaire }"),
            "a cell named by its row and its column is found by that name, as the evidence shows it");
        Assert.That(File.Exists(Path.Combine(_work, "files", "attestation-caf.pdf")), Is.True, "the sample uploaded is copied beside the draft");

        var file = Decide("cantine-tarif-social", Confirmed);
        await AssertScoresLikeTheHandWrittenAsync("cantine-tarif-social", file);
    }

    [Test]
    public async Task A_plain_procedure_with_a_branching_choice_is_drafted_to_the_final_submission_and_scores_like_the_hand_written_one()
    {
        var draft = await ScaffoldAsync("rsa");
        Assert.That(draft, Does.Contain("- include: cookie-banner   # closes the cookie banner")
            .And.Contain("- check: { label: Oui }   # TODO choose the answer of the persona to « Êtes-vous inscrit(e) à France Travail ? »: this answer shows « Identifiant France Travail »")
            .And.Contain("- fill: { label: Identifiant France Travail, value: \"${identifiant_france_travail}\" }   # TODO shown by the answer « Oui » above")
            .And.Contain("employment.identifiers, key, not counted")
            .And.Contain("- stop_before: Envoyer ma demande   # the final submission"));
        Assert.That(draft, Does.Match(@"numero_securite_sociale: ""[12]\d{14}"""), "a NIR of 15 digits");
        Assert.That(draft, Does.Contain("public: particuliers   # whom it is for:"), "no SIRET typed, no structure proposed");

        // The persona is registered at France Travail (the hand-written scenario's answer): the draft's answer is kept.
        var file = Decide("rsa", Confirmed);
        await AssertScoresLikeTheHandWrittenAsync("rsa", file);
    }

    [Test]
    public async Task A_form_that_asks_a_SIRET_is_drafted_as_a_structures_procedure_to_confirm()
    {
        var draft = await ScaffoldAsync("aide-tpe");
        Assert.That(draft, Does.Contain("public: professionnels   # TODO confirm whom it is for (the form asks « Numéro SIRET »)"));
        Assert.That(draft, Does.Contain("level: Faible").And.Not.Contain("to confirm"), "no field « à revoir » can move its level");

        // Decided as proposed, the draft scores what the hand-written scenario (a company's) expects: its decisions were read so.
        var file = Decide("aide-tpe", Confirmed);
        Assert.That(File.ReadAllText(file), Does.Contain("public: professionnels   # whom it is for:"), "confirming keeps the value and its legend");
        await AssertScoresLikeTheHandWrittenAsync("aide-tpe", file);

        // A form that asks an RNA number (and a SIRET) is an association's.
        var association = await ScaffoldAsync("subvention-association");
        Assert.That(association, Does.Contain("public: associations   # TODO confirm whom it is for (the form asks « Numéro RNA »)"));
    }

    [Test]
    public async Task A_draft_says_when_its_level_depends_on_the_fields_a_revoir()
    {
        var site = Path.Combine(_work, "site");
        Directory.CreateDirectory(site);
        File.WriteAllText(Path.Combine(site, "index.html"), ReviewForm.Html);
        using var server = new LoopbackFiles(site);

        var draft = await BrowserFixture.Runner.ScaffoldAsync(new ScaffoldRequest(new Uri(server.BaseUrl, "index.html").ToString(), Follow: true, Path.Combine(Repository.Scenarios, "files")));
        Assert.That(draft.Problem, Is.Null, "the draft reaches the final submission");
        Assert.That(draft.Yaml, Does.Contain("level: Faible   # to confirm: Partiel à Faible (score 4 to 5) depending on the fields « à revoir » above"),
            "the proposal says when its level depends on the review");
    }

    [Test]
    public async Task A_SIRET_that_only_one_answer_shows_keeps_a_persons_procedure_with_a_TODO_that_says_why()
    {
        // A person's procedure (a door broken by the police) that also lets a company file: « Une société » shows the SIRET.
        var site = Path.Combine(_work, "site");
        Directory.CreateDirectory(site);
        File.WriteAllText(Path.Combine(site, "index.html"), """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Indemnisation d'un bris de porte</title></head>
            <body><main><h1>Indemnisation d'un bris de porte</h1>
            <form action="/envoi" method="post">
              <fieldset><legend>Vous êtes :</legend>
                <input type="radio" id="q-societe" name="qualite" value="societe"><label for="q-societe">Une société</label>
                <input type="radio" id="q-particulier" name="qualite" value="particulier"><label for="q-particulier">Un particulier</label>
              </fieldset>
              <div id="bloc-societe" data-condition-name="qualite" hidden>
                <label for="siret">Numéro SIRET</label><input id="siret" name="siret" inputmode="numeric">
              </div>
              <label for="nom">Nom</label><input id="nom" name="nom" autocomplete="family-name">
              <label for="adresse">Adresse du logement</label><input id="adresse" name="adresse">
              <button type="submit">Envoyer ma demande</button>
            </form></main>
            <script>
              document.querySelectorAll('input[name=qualite]').forEach((r) => r.addEventListener('change', () => {
                document.getElementById('bloc-societe').hidden = document.getElementById('q-societe').checked ? false : true;
              }));
            </script></body></html>
            """);
        using var server = new LoopbackFiles(site);

        var draft = await BrowserFixture.Runner.ScaffoldAsync(new ScaffoldRequest(new Uri(server.BaseUrl, "index.html").ToString(), Follow: true, Path.Combine(Repository.Scenarios, "files")));
        Assert.That(draft.Problem, Is.Null, "the draft reaches the final submission");
        Assert.That(draft.Yaml, Does.Contain("- fill: { label: Numéro SIRET").And.Contain("# TODO shown by the answer « Une société » above"), "the draft types the SIRET the first answer shows");
        Assert.That(draft.Yaml, Does.Contain("public: particuliers   # TODO confirm whom it is for (the form asks « Numéro SIRET » only after the answer « Une société »: write professionnels if the procedure is a company's)"));
        Assert.That(draft.Yaml, Does.Contain("- fill: { label: Nom, value: \"${nom}\" }   # identity.civil, counted"),
            "the name is read as a person's procedure reads it: a structure's would not count it");

        // The same field id typed with no answer on a later page is asked of everyone: a structure's procedure again.
        File.WriteAllText(Path.Combine(site, "index.html"), File.ReadAllText(Path.Combine(site, "index.html"))
            .Replace("action=\"/envoi\" method=\"post\"", "action=\"suite.html\" method=\"get\"").Replace("Envoyer ma demande", "Continuer"));
        File.WriteAllText(Path.Combine(site, "suite.html"), """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Votre établissement</title></head>
            <body><main><h1>Votre établissement</h1>
            <form action="/envoi" method="post">
              <label for="siret">Numéro SIRET</label><input id="siret" name="siret" inputmode="numeric">
              <button type="submit">Envoyer ma demande</button>
            </form></main></body></html>
            """);
        var twoPages = await BrowserFixture.Runner.ScaffoldAsync(new ScaffoldRequest(new Uri(server.BaseUrl, "index.html").ToString(), Follow: true, Path.Combine(Repository.Scenarios, "files")));
        Assert.That(twoPages.Problem, Is.Null, "the draft reaches the final submission");
        Assert.That(twoPages.Yaml, Does.Contain("public: professionnels   # TODO confirm whom it is for (the form asks « Numéro SIRET »)"), twoPages.Yaml);
    }

    [Test]
    public async Task A_label_with_a_hint_or_a_required_mark_and_a_button_in_capitals_are_drafted_as_a_person_reads_them_never_as_a_generated_id()
    {
        // react-dsfr's hint inside the label, vue-dsfr's « * », MUI's asterisk: ids such as « input-:r8: », « basic-v-13-input »
        // or « «r1» » are generated anew by each build of the site, the label stays.
        var site = Path.Combine(_work, "site");
        Directory.CreateDirectory(site);
        File.WriteAllText(Path.Combine(site, "index.html"), """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body><main><h1>Demande</h1>
            <form action="/envoi" method="post" novalidate>
              <div class="fr-input-group"><label class="fr-label" for="input-:r8:">Adresse<span class="fr-hint-text">Numéro et libellé de la voie</span></label><input name="adresse" autocomplete="address-line1" class="fr-input" type="text" id="input-:r8:" required></div>
              <div class="fr-input-group"><label class="fr-label" for="input-:r9:">Complément d'adresse (optionnel)<span class="fr-hint-text">Bâtiment, immeuble, escalier et numéro d'appartement</span></label><input name="complement" autocomplete="address-line2" class="fr-input" type="text" id="input-:r9:"></div>
              <div class="fr-input-group"><label class="fr-label" for="basic-v-13-input"> Nom de l'enfant <span class="required">*</span></label><input id="basic-v-13-input" name="enfantNom" required class="fr-input"></div>
              <div class="fr-input-group"><label class="fr-label" for="basic-v-15-input"> Prénom de l'enfant <span class="required">*</span></label><input id="basic-v-15-input" name="enfantPrenom" required class="fr-input"></div>
              <div class="MuiFormControl-root MuiTextField-root"><label class="MuiFormLabel-root MuiInputLabel-root Mui-required" for="«r1»" id="«r1»-label">Nom de l'élève<span aria-hidden="true" class="MuiFormLabel-asterisk">&thinsp;*</span></label><div class="MuiInputBase-root"><input id="«r1»" name="nom" type="text" class="MuiInputBase-input" value="" required=""></div></div>
              <div class="MuiFormControl-root MuiTextField-root"><label class="MuiFormLabel-root MuiInputLabel-root Mui-required" for="«r2»" id="«r2»-label">Prénom de l'élève<span aria-hidden="true" class="MuiFormLabel-asterisk">&thinsp;*</span></label><div class="MuiInputBase-root"><input id="«r2»" name="prenom" type="text" class="MuiInputBase-input" value="" required=""></div></div>
              <button type="submit" class="MuiButton-root" style="text-transform: uppercase">Envoyer ma demande</button>
            </form></main></body></html>
            """);
        using var server = new LoopbackFiles(site);

        var draft = await BrowserFixture.Runner.ScaffoldAsync(new ScaffoldRequest(new Uri(server.BaseUrl, "index.html").ToString(), Follow: true, Path.Combine(Repository.Scenarios, "files")));

        Assert.That(draft.Problem, Is.Null, "the draft reaches the final submission");
        // MUI draws its buttons in capitals: the button's name is its words as written.
        Assert.That(draft.Yaml, Does.Contain("- stop_before: Envoyer ma demande   #"), draft.Yaml);
        Assert.That(draft.Yaml, Does.Contain("- fill: { label: Adresse, exact: true, value: \"${adresse}\" }")
            .And.Contain("- fill: { label: Nom de l'enfant, exact: true, value: \"${nom_enfant}\" }")
            .And.Contain("- fill: { label: Prénom de l'enfant, value: \"${prenom_enfant}\" }")
            .And.Contain("- fill: { label: Nom de l'élève, exact: true, value: \"${nom_eleve}\" }"), draft.Yaml);
        Assert.That(draft.Yaml, Does.Not.Contain("css:").And.Not.Contain("by id:"), "no id the framework generated");
    }

    [Test]
    public async Task A_single_page_cms_form_is_drafted_to_its_final_button_without_sending_it()
    {
        // Contact Form 7: its only « Valider » sends the form (scaffold --follow pressed it: « mail_sent »); its « Envoyer »
        // stays disabled until the acceptance box is ticked (the draft left the box and ended on the page's heading).
        var site = Path.Combine(_work, "site");
        Directory.CreateDirectory(site);
        File.WriteAllText(Path.Combine(site, "valider"), KitPages.Cf7Page("Valider"));
        File.WriteAllText(Path.Combine(site, "envoyer"), KitPages.Cf7Page("Envoyer", acceptance: true));
        File.WriteAllText(Path.Combine(site, KitPages.Cf7Sent.Name), KitPages.Cf7Sent.Json);
        var received = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var server = KitPages.Cf7Server(site, received);
        var files = Path.Combine(Repository.Scenarios, "files");

        var valider = await BrowserFixture.Runner.ScaffoldAsync(new ScaffoldRequest(new Uri(server.BaseUrl, "valider").ToString(), Follow: true, files));
        var envoyer = await BrowserFixture.Runner.ScaffoldAsync(new ScaffoldRequest(new Uri(server.BaseUrl, "envoyer").ToString(), Follow: true, files));

        Assert.That(valider.Problem, Is.Null, valider.Yaml);
        Assert.That(valider.Yaml, Does.Contain("- stop_before: Valider   # the final submission").And.Not.Contain("click: Valider"), valider.Yaml);
        Assert.That(envoyer.Problem, Is.Null, envoyer.Yaml);
        Assert.That(envoyer.Yaml, Does.Contain("- check: { label: J’accepte que les données saisies soient utilisées par la mairie pour traiter ma demande. }")
            .And.Contain("- stop_before: Envoyer   # the final submission"), envoyer.Yaml);
        Assert.That(received, Is.Empty, "nothing reached the site");
    }

    [Test]
    public async Task Wizard_steps_under_the_same_address_and_title_are_drafted_page_by_page_and_a_step_the_site_draws_again_stops_the_draft_as_before()
    {
        var site = Path.Combine(_work, "site");
        Directory.CreateDirectory(site);
        foreach (var (name, html) in KitPages.WebformWizard)
        {
            File.WriteAllText(Path.Combine(site, name), html);
        }

        File.WriteAllText(Path.Combine(site, "stepper.html"), KitPages.MatStepper);
        var files = Path.Combine(Repository.Scenarios, "files");

        // Drupal's Webform wizard posts back to « /otv » and answers its next step there, same title, same heading.
        using (var webform = KitPages.WebformServer(site))
        {
            var draft = await BrowserFixture.Runner.ScaffoldAsync(new ScaffoldRequest(new Uri(webform.BaseUrl, "otv").ToString(), Follow: true, files));
            Assert.That(draft.Problem, Is.Null, draft.Yaml);
            Assert.That(draft.Yaml, Does.Contain("  - click: Suivant >\n  # page 2: « Opération tranquillité vacances »\n")
                .And.Contain("- fill: { label: Date de départ,").And.Contain("- stop_before: Envoyer ma demande"));
        }

        // Angular Material's mat-stepper: every step in the page, one shown.
        using (var stepper = new LoopbackFiles(site))
        {
            var draft = await BrowserFixture.Runner.ScaffoldAsync(new ScaffoldRequest(new Uri(stepper.BaseUrl, "stepper.html").ToString(), Follow: true, files));
            Assert.That(draft.Problem, Is.Null, draft.Yaml);
            Assert.That(draft.Yaml, Does.Contain("  - click: Suivant\n  # page 2: « Demande de carte de stationnement résident — Votre véhicule »\n")
                .And.Contain("- fill: { label: Numéro d'immatriculation,").And.Contain("- stop_before: Envoyer ma demande"));
        }

        // A site that draws the step again with its errors, whatever the values: the draft stops there, quoting Drupal's message.
        using (var refusing = KitPages.WebformServer(site, refuses: true))
        {
            var draft = await BrowserFixture.Runner.ScaffoldAsync(new ScaffoldRequest(new Uri(refusing.BaseUrl, "otv").ToString(), Follow: true, files));
            Assert.That(draft.Problem, Is.EqualTo("the site refused the draft's values on « Opération tranquillité vacances »: « Nom » : Le champ Nom est requis"), draft.Yaml);
            Assert.That(draft.Pages, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task A_recaps_Valider_ends_the_draft_and_is_never_pressed()
    {
        // Publik's w.c.s.: « Suivant » posts each step back to « /demarche », and so does the recap's « Valider », which
        // sends the application. The draft stops before it, and the site never receives it.
        var site = Path.Combine(_work, "site");
        Directory.CreateDirectory(site);
        foreach (var (name, html) in KitPages.WcsPages())
        {
            File.WriteAllText(Path.Combine(site, name), html);
        }

        var posted = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var server = KitPages.WcsServer(site, posted);

        var draft = await BrowserFixture.Runner.ScaffoldAsync(new ScaffoldRequest(new Uri(server.BaseUrl, "demarche").ToString(), Follow: true, Path.Combine(Repository.Scenarios, "files")));

        Assert.That(draft.Problem, Is.Null, draft.Yaml);
        Assert.That(draft.Yaml, Does.Contain("  - click: Suivant\n").And.Contain("- stop_before: Valider   # the final submission"), draft.Yaml);
        // Each step under the same address and heading: the walk checks it arrived by the first question the last did not ask.
        Assert.That(draft.Yaml, Does.Contain("  - wait_for: { text: Je certifie sur l’honneur l’exactitude des informations fournies }\n"), draft.Yaml);
        Assert.That(posted.Where(f => f.Contains("step=validation", StringComparison.Ordinal)), Is.Empty, "the recap's « Valider » never reached the site");
    }

    [Test]
    public async Task A_field_a_script_shows_is_credited_to_the_answer_just_above_it()
    {
        // Gravity Forms' conditional logic: a script shows « Montant mensuel de l’APA » when « Oui » is chosen, no attribute
        // ties the two. The draft answers both questions; the field shown is the branch of the question above it, not of the
        // boxes ticked below it. The question is the group's own legend, not the section's around it (Démarche Numérique
        // sets its champs in the fieldset of their section).
        var draft = await DraftPageAsync("index.html", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Portage de repas</title></head><body><main><h1>Portage de repas</h1>
            <form method="post" action="/envoi" novalidate><fieldset><legend>Votre situation</legend>
              <fieldset><legend>Percevez-vous l’APA ?</legend>
                <input type="radio" id="apa-oui" name="input_7" value="Oui"><label for="apa-oui">Oui</label>
                <input type="radio" id="apa-non" name="input_7" value="Non"><label for="apa-non">Non</label></fieldset>
              <div id="field_1_8" style="display:none"><label for="input_1_8">Montant mensuel de l’APA</label><input id="input_1_8" name="input_8"></div>
              <fieldset><legend>Régime alimentaire</legend>
                <input type="checkbox" id="r1" name="input_9.1" value="Sans sel"><label for="r1">Sans sel</label>
                <input type="checkbox" id="r2" name="input_9.2" value="Sans porc"><label for="r2">Sans porc</label></fieldset></fieldset>
              <button type="submit">Envoyer ma demande</button>
            </form></main>
            <script>document.querySelectorAll('input[name=input_7]').forEach((r) => r.addEventListener('change', () => {
              document.getElementById('field_1_8').style.display = document.getElementById('apa-oui').checked ? '' : 'none'; }));</script>
            </body></html>
            """);

        Assert.That(draft.Yaml, Does.Contain("- check: { label: Oui }   # TODO choose the answer of the persona to « Percevez-vous l’APA ? »: this answer shows « Montant mensuel de l’APA »"), draft.Yaml);
        Assert.That(draft.Yaml, Does.Not.Contain("« Régime alimentaire »: this answer shows"), draft.Yaml);
    }

    [Test]
    public async Task A_list_a_kit_draws_is_left_to_the_author_with_the_select_step_to_complete()
    {
        // Angular Material's mat-select draws its options only once open: the survey knows none, so the draft cannot choose
        // one; it writes the step whose target it tried, for the author to give the persona's answer.
        var draft = await DraftPageAsync("index.html", KitPages.MatSelect);

        Assert.That(draft.Yaml, Does.Contain("# TODO « Vous êtes »: a list the page draws, its choices shown only once it is open: add the step `- select: { label: Vous êtes, option: … }` with the persona's answer")
            .And.Contain("# TODO « Type de véhicule »: a list the page draws, its choices shown only once it is open: add the step `- select: { label: Type de véhicule, option: … }` with the persona's answer"),
            draft.Yaml);
    }

    [Test]
    public async Task The_executable_writes_a_draft_that_validates_as_written_and_never_replaces_a_file_without_force()
    {
        var file = Path.Combine(_work, "mon-essai.yaml");
        var (exit, stdout, stderr) = await ProbesProcess.RunAsync(["scaffold", "/logement-social/", "--follow", "-o", file], workingDirectory: Repository.Root);
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), stdout + stderr);
        Assert.That(stdout, Does.Contain("Wrote ").And.Contain("mon-essai.yaml: 7 page(s)").And.Contain("Next: decide each TODO"));
        var draft = File.ReadAllText(file);
        Assert.That(draft, Does.Contain("id: logement-social").And.Contain("- stop_before: Envoyer ma demande"));
        Assert.That(Directory.GetFiles(Path.Combine(_work, "files")).Select(Path.GetFileName), Is.Not.Empty, "the samples the draft uploads are beside it");

        (exit, stdout, stderr) = await ProbesProcess.RunAsync(["validate", file], workingDirectory: Repository.Root);
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), stdout + stderr);

        (exit, stdout, stderr) = await ProbesProcess.RunAsync(["scaffold", "/cheque-energie/", "-o", file], workingDirectory: Repository.Root);
        Assert.That(exit, Is.EqualTo(ExitCodes.InvalidInput), stdout + stderr);
        Assert.That(stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(stderr, Does.Contain("mon-essai.yaml exists: name another file with -o FILE, or add --force to replace it"));
        Assert.That(File.ReadAllText(file), Is.EqualTo(draft), "the existing file is untouched");
    }

    [Test]
    public async Task An_unreachable_site_is_one_clear_line_and_no_file()
    {
        var file = Path.Combine(_work, "absent.yaml");
        var (exit, stdout, stderr) = await ProbesProcess.RunAsync(["scaffold", $"http://127.0.0.1:{ClosedPort()}/formulaire/", "--follow", "-o", file]);

        Assert.That(exit, Is.EqualTo(ExitCodes.NotMeasured), stdout + stderr);
        Assert.That(stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1), stderr);
        Assert.That(stderr, Does.StartWith("probes scaffold: cannot open http://127.0.0.1:").And.Contain("the site does not answer (net::ERR_CONNECTION_REFUSED): check the address"));
        Assert.That(stdout + stderr, Does.Not.Contain("   at "), "no stack trace");
        Assert.That(File.Exists(file), Is.False);
    }

    [Test]
    public async Task A_FormIo_wizard_is_drafted_step_by_step_its_date_by_its_parts_to_its_final_button()
    {
        // Form.io draws its second step in place of the first (same address, title, heading), its buttons keep untranslated
        // aria-label keys, its date is a day number, a month list and a year number named Jour, Mois, Année.
        var draft = await DraftPageAsync("page1.html", KitPages.FormioWizard);

        Assert.That(draft.Problem, Is.Null, draft.Yaml);
        Assert.That(draft.Yaml, Does.Contain("- fill: { label: Jour, value: \"${date_naissance_jour}\" }")
            .And.Contain("- select: { label: Mois, option: \"${date_naissance_mois}\" }")
            .And.Contain("- fill: { label: Année, value: \"${date_naissance_annee}\" }")
            .And.Contain("  - click: Suivant\n  # page 2")
            .And.Contain("- fill: { label: Numéro allocataire CAF,")
            .And.Contain("- stop_before: Envoyer ma demande   # the final submission"), draft.Yaml);
        Assert.That(draft.Yaml, Does.Not.Contain("autocomplete").And.Not.Contain("css:"), draft.Yaml);
    }

    [Test]
    public async Task A_step_the_browser_refuses_ends_the_draft_there_naming_the_field_and_quoting_the_browsers_message()
    {
        // TYPO3's upload is `required` and there is no sample document to draft it with: the browser keeps « Suivant » from
        // sending page 2, and the draft says which field and why, not that the page did not change.
        var (site, noSamples) = Typo3Site();
        var posts = new List<string>();
        using var typo3 = KitPages.Typo3Server(site, posts.Add);

        var draft = await BrowserFixture.Runner.ScaffoldAsync(new ScaffoldRequest(new Uri(typo3.BaseUrl, "demande").ToString(), Follow: true, noSamples));

        Assert.That(draft.Problem, Does.Match(@"^the site refused the draft's values on « [^»]+ »: « Justificatif de domicile » : \w"), draft.Yaml);
        Assert.That(draft.Pages, Is.EqualTo(2), draft.Yaml);
        Assert.That(posts, Has.Count.EqualTo(1), "page 1 only");
    }

    [Test]
    public async Task A_page_the_site_sends_back_with_its_errors_under_another_address_ends_the_draft_on_the_first_answer()
    {
        // TYPO3 answers page 1 again under its « ?…action=perform » address, « Code postal » refused: the draft stops on that
        // first answer, quoting it; the site receives one POST, not a second « Suivant » from a page 2 drafted again.
        var (site, noSamples) = Typo3Site();
        var posts = new List<string>();
        using var refusing = KitPages.Typo3Server(site, posts.Add, refuses: true);

        var draft = await BrowserFixture.Runner.ScaffoldAsync(new ScaffoldRequest(new Uri(refusing.BaseUrl, "demande").ToString(), Follow: true, noSamples));

        Assert.That(draft.Problem, Does.StartWith("the site refused the draft's values on « Demande d’aide sociale facultative")
            .And.EndWith("»: « Code postal » : Ce code postal n’est pas desservi par le CCAS de Villeval"), draft.Yaml);
        Assert.That(draft.Pages, Is.EqualTo(1), draft.Yaml);
        Assert.That(draft.Yaml, Does.Not.Contain("code_postal_2"));
        Assert.That(posts, Has.Count.EqualTo(1), "one « Suivant »");
    }

    [Test]
    public async Task A_WPForms_page_break_is_drafted_page_by_page_to_its_final_button()
    {
        // WPForms keeps both pages in the document and shows page 2 in place of page 1 once « Suivant » finds nothing to
        // refuse: both pages are drafted, down to « Envoyer », never pressed; its hidden honeypot is no question.
        var draft = await DraftPageAsync("wpforms.html", KitPages.WpFormsPages);

        Assert.That(draft.Problem, Is.Null, draft.Yaml);
        Assert.That(draft.Yaml, Does.Contain("  - click: Suivant\n  # page 2").And.Contain("- fill: { label: Numéro allocataire CAF,")
            .And.Contain("- stop_before: Envoyer   # the final submission"), draft.Yaml);
        Assert.That(draft.Yaml, Does.Not.Contain("Message"), draft.Yaml);
    }

    /// <summary>TYPO3's pages in the test's folder, and an empty folder of sample documents.</summary>
    private (string Site, string NoSamples) Typo3Site()
    {
        var site = Path.Combine(_work, "site");
        var noSamples = Path.Combine(_work, "files");
        Directory.CreateDirectory(site);
        Directory.CreateDirectory(noSamples);
        foreach (var (name, html) in KitPages.Typo3Form)
        {
            File.WriteAllText(Path.Combine(site, name), html);
        }

        return (site, noSamples);
    }

    /// <summary>Drafts a demo procedure with --follow into the test's folder; the draft must validate as written.</summary>
    [Test]
    public async Task A_Demarche_Numerique_draft_waits_for_words_every_dossier_shows_and_drafts_each_champ_once()
    {
        // Démarche Numérique's heading names the dossier and its day (« Dossier n° 4242 - En brouillon depuis le 6 décembre
        // 2026 »): each walk opens another. Each save draws its champ anew: the same champ, answered once, by the probe. Its
        // comboboxes are lists to choose in: typing in one chooses nothing.
        var site = Path.Combine(_work, "site");
        Directory.CreateDirectory(site);
        foreach (var (name, page) in new[] { ("demande.html", KitPages.DemarcheNumerique) }.Concat(KitPages.DemarcheNumeriqueData))
        {
            File.WriteAllText(Path.Combine(site, name), page);
        }

        using var server = KitPages.DemarcheNumeriqueServer(site, new());
        var draft = await BrowserFixture.Runner.ScaffoldAsync(new ScaffoldRequest(new Uri(server.BaseUrl, "commencer.html").ToString(), Follow: true, Path.Combine(Repository.Scenarios, "files")));

        var yaml = draft.Yaml ?? "";
        TestContext.Out.WriteLine(yaml);
        Assert.That(draft.Problem, Is.Null, draft.Problem);
        Assert.That(yaml, Does.Contain("- click: { link: Commencer la démarche }").And.Contain("- stop_before: Déposer le dossier"));
        Assert.That(yaml, Does.Not.Contain("wait_for: { text: Dossier n°"), "the dossier's number and day change every walk");
        Assert.That(yaml, Does.Contain("- wait_for: { text: Nom de naissance }"));
        Assert.That(yaml.Split('\n').Count(l => l.TrimStart().StartsWith("- upload:", StringComparison.Ordinal)), Is.EqualTo(1), "the document, once");
        Assert.That(yaml.Split('\n').Count(l => l.Contains("- select: { label: Régime d’assurance maladie", StringComparison.Ordinal)), Is.EqualTo(1), "the list, once");
        Assert.That(yaml, Does.Not.Contain("shown by").And.Not.Contain("pre-filled by the site"), "what the site drew again after a save was answered by the probe, not shown by an answer");
        Assert.That(yaml, Does.Not.Contain("- fill: { label: Commune de naissance"), "typing in a combobox chooses nothing");
        Assert.That(yaml, Does.Contain("- select: { label: Commune de naissance, option: … }"), "the step to complete with the persona's answer");
    }

    private async Task<string> ScaffoldAsync(string id)
    {
        var draft = await BrowserFixture.Runner.ScaffoldAsync(new ScaffoldRequest($"/{id}/", Follow: true, Path.Combine(Repository.Scenarios, "files")));
        Assert.That(draft.Problem, Is.Null, "the draft reaches the final submission");
        var file = Path.Combine(_work, id + ".yaml");
        draft.Save(file, overwrite: false);
        var loaded = ScenarioLoader.Load(file);
        Assert.That(loaded.Diagnostics.Select(d => d.ToString()), Is.Empty, "the draft validates as written");
        return File.ReadAllText(file);
    }

    /// <summary>
    /// A person's review: each line holding a TODO is replaced by <paramref name="decide"/>'s answer (null: deleted);
    /// the procedure's ministry and administration are those of the hand-written scenario. No other line changes.
    /// </summary>
    private string Decide(string id, Func<string, string?> decide)
    {
        var file = Path.Combine(_work, id + ".yaml");
        var procedure = BrowserFixture.Bundled(id).Procedure;
        var lines = File.ReadAllText(file).Split('\n');
        var decided = new List<string>();
        foreach (var line in lines)
        {
            var answer = !line.Contains("TODO", StringComparison.Ordinal) || line.StartsWith('#') ? line
                : line.TrimStart().StartsWith("ministry:", StringComparison.Ordinal) ? $"  ministry: {procedure.Ministry}"
                : line.TrimStart().StartsWith("administration:", StringComparison.Ordinal) ? $"  administration: {procedure.Administration}"
                : decide(line);
            if (answer is not null)
            {
                decided.Add(answer);
            }
        }

        Assert.That(decided.Where(l => !l.StartsWith('#')), Has.None.Contains("TODO"), "every TODO is decided");
        File.WriteAllText(file, string.Join('\n', decided));
        return file;
    }

    /// <summary>The person agrees with the draft: the TODO goes from the comment, the step and the classifier's view stay.</summary>
    private static string Confirmed(string line)
    {
        var comment = line.IndexOf("   # ", StringComparison.Ordinal);
        var kept = line[(comment + 5)..].Split(" · ").Where(part => !part.StartsWith("TODO", StringComparison.Ordinal)).ToList();
        return line[..comment] + (kept.Count > 0 ? "   # " + string.Join(" · ", kept) : "");
    }

    private static async Task AssertScoresLikeTheHandWrittenAsync(string id, string file)
    {
        var loaded = ScenarioLoader.Load(file);
        Assert.That(loaded.Diagnostics.Select(d => d.ToString()), Is.Empty, "the decided draft validates");
        var result = await BrowserFixture.Runner.ProbeAsync(loaded.Scenario!);
        var expected = BrowserFixture.Bundled(id).Expect!;

        Assert.That(result.FailureMessage, Is.Null);
        Assert.Multiple(() =>
        {
            Assert.That(result.Score.Score, Is.EqualTo(expected.Score));
            Assert.That(result.Score.Level, Is.EqualTo(expected.Level));
            Assert.That(result.Score.Counted.Select(c => c.ItemId), Is.EquivalentTo(expected.Items!));
            Assert.That(result.Drift, Is.Empty, "the draft's expect proposal agrees with its walk");
        });
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

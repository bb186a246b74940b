using Observatoire.Probes.Runner;
using Observatoire.Probes.Results;
using Observatoire.Probes.Browser;
using Observatoire.Probes.Classification;
using Observatoire.Probes.Scoring;

namespace Observatoire.Probes.BrowserTests;

/// <summary>What real forms do, as the demo site reproduces it, and what the walker must make of it.</summary>
[Parallelizable(ParallelScope.Children)]
public sealed class WalkerBehaviourTests
{
    private static async Task<WalkResult> WalkAsync(string id, string query = "")
    {
        var walk = await BrowserFixture.Runner.WalkAsync(BrowserFixture.WithStart(BrowserFixture.Bundled(id), query));
        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        return walk;
    }

    /// <summary>Walks one page served on loopback from a temporary folder, with the persona famille-dubois and these steps.</summary>
    private static Task<WalkResult> WalkPageAsync(string id, string html, string steps, params (string Name, string Html)[] nextPages) =>
        WalkPageWithAsync(BrowserFixture.Runner, id, html, steps, nextPages);

    /// <summary>The same, with a runner of its own settings.</summary>
    private static Task<WalkResult> WalkPageWithAsync(ProbeRunner runner, string id, string html, string steps, params (string Name, string Html)[] nextPages) =>
        WalkSiteWithAsync(runner, id, folder => new LoopbackFiles(folder), "demande.html", steps, [("demande.html", html), .. nextPages]);

    /// <summary>Walks the files served on loopback from a temporary folder by a server of the test's making (a form that posts
    /// back to its own address, an API that takes its time), from <paramref name="start"/>, with the persona famille-dubois.</summary>
    private static Task<WalkResult> WalkSiteAsync(string id, Func<string, LoopbackFiles> serve, string start, string steps, params (string Name, string Html)[] files) =>
        WalkSiteWithAsync(BrowserFixture.Runner, id, serve, start, steps, files);

    private static async Task<WalkResult> WalkSiteWithAsync(ProbeRunner runner, string id, Func<string, LoopbackFiles> serve, string start, string steps, (string Name, string Html)[] files)
    {
        var folder = Directory.CreateTempSubdirectory(id + "-").FullName;
        try
        {
            foreach (var (name, page) in files)
            {
                File.WriteAllText(Path.Combine(folder, name), page);
            }

            using var site = serve(folder);
            var indented = string.Join("\n", steps.Split('\n').Select(l => "  " + l.TrimStart()).Where(l => l.Trim().Length > 0));
            var scenario = BrowserFixture.Inline($"""
                procedure:
                  id: {id}
                  title: {id}
                  ministry: Test
                  administration: Test
                  start: {new Uri(site.BaseUrl, start)}
                  franceconnect: Non
                persona:
                  use: famille-dubois
                steps:
                {indented}
                """);
            return await runner.WalkAsync(scenario);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The fields of one page served on loopback, walked to its final button « Envoyer ma demande » and no further, by label.</summary>
    private static async Task<Dictionary<string, FieldObservation>> FieldsOfPageAsync(string id, string html)
    {
        var walk = await WalkPageAsync(id, html, "- stop_before: Envoyer ma demande");
        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        return walk.Pages.SelectMany(p => p.Fields).ToDictionary(f => f.DisplayLabel);
    }

    [Test]
    public async Task Badly_labelled_fields_are_read_from_placeholder_nearby_text_and_aria()
    {
        var logement = (await WalkAsync("logement-social")).Pages.SelectMany(p => p.Fields).ToList();
        var cantine = (await WalkAsync("cantine-tarif-social")).Pages.SelectMany(p => p.Fields).ToList();
        var sources = logement.Concat(cantine).Select(f => f.LabelSource).ToHashSet();

        Assert.That(sources, Is.SupersetOf(new[] { "label", "placeholder", "nearby-text", "aria-labelledby", "aria-label" }));
        foreach (var f in logement.Where(f => f.LabelSource is "placeholder" or "nearby-text"))
        {
            var decision = Classifier.Default.Classify(f);
            Assert.That(decision.ItemId is not null && decision.Counted, Is.True, $"{f.DisplayLabel} ({f.LabelSource}): {decision.Reason}");
        }

        var child = cantine.Single(f => f.Label == "Enfant 1 Nom");
        Assert.That(Classifier.Default.Classify(child).Person, Is.EqualTo("enfant 1"));
    }

    [Test]
    public async Task A_form_inside_an_iframe_is_walked_page_by_page()
    {
        var walk = await WalkAsync("cantine-tarif-social");
        Assert.That(walk.Pages.Count(p => p.Fields.Count > 0), Is.GreaterThanOrEqualTo(4), string.Join(" | ", walk.Pages.Select(p => $"{p.Title} ({p.Fields.Count})")));
        Assert.That(walk.Pages.SelectMany(p => p.Fields).Where(f => f.Label is not null), Has.All.Matches<FieldObservation>(f => f.Id.StartsWith('i')),
            "every field comes from the iframe");
    }

    [TestCase("")]
    [TestCase("?latency=400")]
    public async Task Each_field_and_step_of_an_iframe_form_belongs_to_its_own_page_however_slow_the_frame(string query)
    {
        // A slow frame commits its navigation after the click returned: the page boundary is found later, not lost.
        var walk = await WalkAsync("cantine-tarif-social", query);
        string PageOf(string label) => walk.Pages.Single(p => p.Fields.Any(f => f.Label == label)).Title;
        string PageOfStep(int line) => walk.Pages[walk.Steps.Single(s => s.Position.Line == line).PageIndex].Title;
        Assert.Multiple(() =>
        {
            Assert.That(PageOf("Prénom"), Does.EndWith("Étape 1 sur 4"));
            Assert.That(PageOf("Régime alimentaire"), Does.EndWith("Étape 2 sur 4"));
            Assert.That(PageOf("Quotient familial CAF"), Does.EndWith("Étape 3 sur 4"));
            Assert.That(PageOfStep(35), Does.EndWith("Étape 2 sur 4"), "the click on Suivant (line 35) leads to step 2: it is that page's first step");
            Assert.That(PageOfStep(36), Does.EndWith("Étape 2 sur 4"));
        });
    }

    [Test]
    public async Task Each_page_of_evidence_has_its_own_accessibility_tree()
    {
        // Taken before the probe leaves the page, not after the next one loaded.
        var walk = await WalkAsync("aide-juridictionnelle");
        var pages = walk.Pages.Where(p => p.Fields.Any(f => f.Label is { Length: > 3 })).ToList();
        Assert.That(pages, Has.Count.GreaterThanOrEqualTo(5));
        foreach (var page in pages)
        {
            var label = page.Fields.First(f => f.Label is { Length: > 3 }).Label!;
            Assert.That(page.AriaSnapshot, Does.Contain(label), $"page « {page.Title} »");
        }
    }

    [TestCase("fill: { label: La référence d’avis, value:", "fill: { label: Référence de l'avis fiscal, value:", "le champ « Référence de l'avis fiscal » est introuvable sur la page", "Libellés les plus proches sur la page : « La référence d’avis d’imposition »")]
    [TestCase("  - click: Valider\n  - wait_for: { text: \"Étape 2", "  - click: Valider la saisie\n  - wait_for: { text: \"Étape 2", "le bouton « Valider la saisie » est introuvable sur la page", "Boutons les plus proches sur la page : « Valider »")]
    public async Task A_target_not_found_names_its_line_and_the_closest_names_the_page_has(string line, string mistake, string looked, string closest)
    {
        await using var impatient = await ProbeRunner.StartAsync(BrowserFixture.Options(
            new BrowserSettings { ActionTimeout = TimeSpan.FromSeconds(1), Trace = TraceMode.Off }, BrowserFixture.Site.BaseUrl));
        var yaml = File.ReadAllText(Path.Combine(Repository.Scenarios, "cheque-energie.yaml"));
        Assert.That(yaml, Does.Contain(line));
        var scenario = BrowserFixture.Inline(yaml.Replace(line, mistake, StringComparison.Ordinal));
        var lineNumber = yaml[..yaml.IndexOf(line, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var result = await impatient.ProbeAsync(scenario);

        Assert.That(result.FailureKind, Is.EqualTo(FailureKind.TargetNotFound), result.FailureMessage);
        Assert.That(result.FailureMessage, Does.Contain($".yaml:{lineNumber}:5 : ").And.Contain(looked).And.Contain(closest));
    }

    [Test]
    public async Task A_field_inside_a_shadow_root_is_seen()
    {
        var fields = (await WalkAsync("creche")).Pages.SelectMany(p => p.Fields).ToList();
        Assert.That(fields.Select(f => f.Label), Does.Contain("Commune").And.Contain("Code postal"), "the address widget is an open shadow root");
    }

    [Test]
    public async Task Single_page_steps_are_separate_pages_of_evidence()
    {
        var walk = await WalkAsync("bourse-lycee");
        var formPages = walk.Pages.Where(p => p.Fields.Count > 0).ToList();
        Assert.That(formPages.Select(p => p.Url).Distinct().Count(), Is.EqualTo(1), "the URL never changes");
        Assert.That(formPages, Has.Count.GreaterThanOrEqualTo(3));
        Assert.That(formPages.Select(p => p.Title).Distinct().Count(), Is.EqualTo(formPages.Count));
    }

    [Test]
    public async Task Fields_hidden_behind_a_choice_are_not_asked()
    {
        var fields = (await WalkAsync("complementaire-sante-solidaire")).Pages.SelectMany(p => p.Fields).ToList();
        Assert.That(fields.Select(f => f.DisplayLabel), Has.None.Contains("conjoint"), "the spouse block stays hidden when « Non » is answered");
        var couple = fields.Single(f => f.Label == "Vivez-vous en couple ?");
        Assert.That((couple.Input, couple.Value), Is.EqualTo(("radio", "Non")), "a radio group is one field whose value is the chosen option");
    }

    [Test]
    public async Task Data_shown_after_a_franceconnect_sign_in_is_prefilled_and_not_counted()
    {
        var result = await BrowserFixture.Runner.ProbeAsync(BrowserFixture.Bundled("bourse-college"));
        var identity = result.Decisions.Where(d => d.ItemId == "identity.civil").ToList();
        Assert.That(identity, Is.Not.Empty);
        Assert.That(identity, Has.All.Matches<FieldDecision>(d => d.Prefilled && !d.Counted));
        Assert.That(result.Pages.Select(p => p.Title), Has.Some.Contains("Fournisseur d’identité de démonstration"), "the walk went through the FranceConnect simulator");
        var signIn = result.Pages.First(p => p.Title.Contains("Fournisseur d’identité", StringComparison.Ordinal)).Fields;
        Assert.That(signIn, Has.All.Matches<FieldDecision>(d => !d.Counted && !d.Ambiguous && d.ItemId is not null), "credentials are reported, not flagged for review");
        Assert.That(result.Score.Level, Is.EqualTo(DlnufLevels.Optimal));
    }

    [Test]
    public async Task Honeypots_and_consent_banners_are_not_fields()
    {
        var fields = (await WalkAsync("rsa")).Pages.SelectMany(p => p.Fields).ToList();
        Assert.That(fields.Select(f => f.Name), Has.None.EqualTo("site_web"));
        Assert.That(fields.Select(f => f.DisplayLabel), Has.None.Contains("cookies").And.None.EqualTo("Accepter"));
    }

    [Test]
    public async Task An_expired_session_is_not_measured()
    {
        var result = await BrowserFixture.Runner.ProbeAsync(BrowserFixture.WithStart(BrowserFixture.Bundled("cheque-energie"), "?session=1&latency=1500"));
        Assert.That(result.Score.Status, Is.EqualTo(MeasureStatus.NotMeasured));
        Assert.That(result.FailureMessage, Does.Contain("(le site indique que la session a expiré)"));
    }

    [Test]
    public async Task Injected_latency_slows_the_walk_but_not_the_result()
    {
        var result = await BrowserFixture.Runner.ProbeAsync(BrowserFixture.WithStart(BrowserFixture.Bundled("cheque-energie"), "?latency=400"));
        Assert.That(result.Score.Status, Is.EqualTo(MeasureStatus.Measured), result.FailureMessage);
        Assert.That(result.Stop - result.Start, Is.GreaterThan(8 * 400), "every response waited");
    }

    [Test]
    public async Task Fields_an_answer_hides_are_not_asked_and_a_step_a_button_hides_still_was()
    {
        // « Vivez-vous en couple ? » starts on « Oui », which shows the spouse's block; the persona answers « Non ». Then a
        // button of the page (no new title, no new address) hides the first part and shows the second, as single-page
        // forms do: the first part's fields were asked.
        var walk = await WalkPageAsync("reponse-qui-masque", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body><main><h1>Demande</h1>
            <form action="/envoi" method="post">
              <section id="partie1">
                <p><label for="nom">Nom de naissance</label><input id="nom" name="nom" type="text"></p>
                <fieldset><legend>Vivez-vous en couple ?</legend>
                  <input type="radio" id="oui" name="couple" value="oui" checked><label for="oui">Oui</label>
                  <input type="radio" id="non" name="couple" value="non"><label for="non">Non</label>
                </fieldset>
                <div id="conjoint"><p><label for="cnom">Nom de naissance du conjoint</label><input id="cnom" name="cnom" type="text"></p>
                  <p><label for="crev">Revenus annuels du conjoint</label><input id="crev" name="crev" type="text"></p></div>
                <button type="button" id="continuer">Continuer</button>
              </section>
              <section id="partie2" hidden>
                <p><label for="courriel">Courriel</label><input id="courriel" name="courriel" type="email"></p>
                <button type="submit">Envoyer ma demande</button>
              </section>
            </form>
            <script>
              document.querySelectorAll('input[name=couple]').forEach((r) => r.addEventListener('change', () => { document.getElementById('conjoint').hidden = document.getElementById('non').checked; }));
              document.getElementById('continuer').addEventListener('click', () => { document.getElementById('partie1').hidden = true; document.getElementById('partie2').hidden = false; });
            </script>
            </main></body></html>
            """,
            """
              - fill: { label: Nom de naissance, exact: true, value: DUBOIS }
              - check: { label: Non }
              - click: Continuer
              - fill: { label: Courriel, value: "${email}" }
              - stop_before: Envoyer ma demande
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        var labels = walk.Pages.SelectMany(p => p.Fields).Select(f => f.DisplayLabel).ToList();
        Assert.That(labels, Does.Contain("Nom de naissance").And.Contain("Vivez-vous en couple ?").And.Contain("Courriel"), string.Join(" | ", labels));
        Assert.That(labels, Has.None.Contains("conjoint"), string.Join(" | ", labels));
    }

    [Test]
    public async Task A_document_the_page_stops_offering_once_uploaded_was_still_asked()
    {
        // Démarche Numérique draws no file input once the file is saved.
        var walk = await WalkPageAsync("piece-enregistree", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body><main><h1>Demande</h1>
            <form action="/envoi" method="post">
              <div id="pj"><label for="avis">Avis d’imposition</label><input type="file" id="avis" name="avis"></div>
              <p><label for="nom">Nom de naissance</label><input id="nom" name="nom" type="text"></p>
              <button type="submit">Envoyer ma demande</button>
            </form>
            <script>
              document.getElementById('avis').addEventListener('change', (e) => { document.getElementById('pj').innerHTML = '<p>Avis d’imposition : ' + e.target.files[0].name + ' (enregistré)</p>'; });
            </script>
            </main></body></html>
            """,
            """
              - upload: { label: Avis d’imposition, file: files/avis-imposition.pdf }
              - fill: { label: Nom de naissance, value: DUBOIS }
              - stop_before: Envoyer ma demande
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        Assert.That(walk.Pages.SelectMany(p => p.Fields).Select(f => f.DisplayLabel), Is.EquivalentTo(new[] { "Avis d’imposition", "Nom de naissance" }));
    }

    [Test]
    public async Task A_long_page_keeps_the_fields_the_probe_scrolled_past()
    {
        // The probe fills a field at the bottom of a page three screens long: the window has scrolled past the top ones.
        var tall = string.Concat(Enumerable.Range(1, 20).Select(i => $"<p style=\"margin-bottom: 120px\"><label for=\"c{i}\">Champ {i}</label><input id=\"c{i}\" name=\"c{i}\" type=\"text\"></p>"));
        var walk = await WalkPageAsync("page-longue", $$"""
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body><main><h1>Demande</h1>
            <form action="/envoi" method="post">{{tall}}
              <p><label for="rfr">Revenu fiscal de référence</label><input id="rfr" name="rfr" type="text"></p>
              <button type="submit">Envoyer ma demande</button>
            </form></main></body></html>
            """,
            """
              - fill: { label: Revenu fiscal de référence, value: "18500" }
              - stop_before: Envoyer ma demande
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        Assert.That(walk.Pages.SelectMany(p => p.Fields).Count(), Is.EqualTo(21));
    }

    [Test]
    public async Task What_the_site_fills_after_the_probe_typed_a_key_is_pre_filled_not_asked()
    {
        // The company's register answers once the SIRET is typed: its name and address appear a moment later.
        var walk = await WalkPageAsync("siret-api", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body><main><h1>Demande</h1>
            <form action="/envoi" method="post">
              <p><label for="siret">Numéro SIRET</label><input id="siret" name="siret" type="text"></p>
              <p><label for="rs">Raison sociale</label><input id="rs" name="rs" type="text"></p>
              <p><label for="ad">Adresse du siège social</label><input id="ad" name="ad" type="text"></p>
              <button type="submit">Envoyer ma demande</button>
            </form>
            <script>
              document.getElementById('siret').addEventListener('input', (e) => { if (e.target.value.replace(/\s/g, '').length === 14)
                fetch('entreprise.json').then((r) => r.json()).then((company) => { document.getElementById('rs').value = company.nom; document.getElementById('ad').value = company.adresse; }); });
            </script>
            </main></body></html>
            """,
            """
              - fill: { label: Numéro SIRET, value: "73282932000074" }
              - stop_before: Envoyer ma demande
            """,
            ("entreprise.json", """{ "nom": "BOULANGERIE DU PORT", "adresse": "2 quai du Port 13002 Marseille" }"""));

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        var decisions = walk.Pages.SelectMany(p => p.Fields).Select(f => Classifier.Default.Classify(f with { Public = "professionnels" })).ToDictionary(d => d.FieldLabel);
        Assert.That(decisions["Raison sociale"].Prefilled && !decisions["Raison sociale"].Counted, Is.True, decisions["Raison sociale"].Reason);
        Assert.That(decisions["Adresse du siège social"].Prefilled, Is.True);
        Assert.That(decisions["Numéro SIRET"].Prefilled, Is.False, "what the probe typed is not the site's");
    }

    [Test]
    public async Task A_field_the_page_draws_again_is_one_field_and_what_the_probe_typed_is_not_prefilled()
    {
        // Démarche Numérique redraws the fields that depend on an answer, with the values typed so far.
        var walk = await WalkPageAsync("champs-redessines", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body><main><h1>Demande</h1>
            <form action="/envoi" method="post"><div id="champs"></div><button type="submit">Envoyer ma demande</button></form>
            <script>
              const champs = document.getElementById('champs');
              function draw(kids, name) {
                champs.innerHTML = '<p><label for="nn">Nom de naissance</label><input id="nn" name="nn" type="text"></p>'
                  + '<fieldset><legend>Avez-vous des enfants à charge ?</legend><input type="radio" id="eo" name="enf" value="oui"' + (kids ? ' checked' : '') + '><label for="eo">Oui</label>'
                  + '<input type="radio" id="en" name="enf" value="non"><label for="en">Non</label></fieldset>'
                  + (kids ? '<p><label for="nb">Nombre d’enfants à charge</label><input id="nb" name="nb" type="text"></p>' : '');
                document.getElementById('nn').value = name;
                champs.querySelectorAll('input[name=enf]').forEach((r) => r.addEventListener('change', () => draw(document.getElementById('eo').checked, document.getElementById('nn').value)));
              }
              draw(false, '');
            </script>
            </main></body></html>
            """,
            """
              - fill: { label: Nom de naissance, value: DUBOIS }
              - check: { label: Oui }
              - fill: { label: Nombre d’enfants à charge, value: "2" }
              - stop_before: Envoyer ma demande
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        var fields = walk.Pages.SelectMany(p => p.Fields).ToList();
        Assert.That(fields.Select(f => f.DisplayLabel), Is.EquivalentTo(new[] { "Nom de naissance", "Avez-vous des enfants à charge ?", "Nombre d’enfants à charge" }),
            "each field once");
        Assert.That(fields.Select(f => Classifier.Default.Classify(f)).Where(d => d.Prefilled).Select(d => d.FieldLabel), Is.Empty, "nothing was there before the probe typed it");
    }

    [Test]
    public async Task A_button_that_sends_a_verification_code_does_not_make_its_form_the_final_one()
    {
        var walk = await WalkPageAsync("code-de-verification", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Étape 1</title></head><body><main><h1>Étape 1</h1>
            <form action="etape2.html" method="post">
              <p><label for="tel">Téléphone portable</label><input id="tel" name="tel" type="tel"></p>
              <button type="submit" name="op" value="code">Envoyer le code de vérification</button>
              <button type="submit">Continuer</button>
            </form></main></body></html>
            """,
            """
              - fill: { label: Téléphone portable, value: "0612345678" }
              - click: Continuer
              - wait_for: { text: Étape 2 }
              - stop_before: Envoyer ma demande
            """,
            ("etape2.html", """
                <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Étape 2</title></head><body><main><h1>Étape 2</h1>
                <form action="/envoi" method="post"><button type="submit">Envoyer ma demande</button></form></main></body></html>
                """));

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        Assert.That(walk.Pages.Select(p => p.Title), Is.EqualTo(new[] { "Étape 1", "Étape 2" }));
    }

    [TestCase("PUT", "")]
    [TestCase("PATCH", "&action=envoyer")]
    public async Task A_script_sending_the_application_as_another_method_is_still_blocked(string method, string extra)
    {
        // Laravel or Backbone send an edit form's application by a script with an override header: only a draft save
        // (PATCH, without the final button) goes through.
        var walk = await WalkPageAsync("methode-declaree", $$"""
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body><main><h1>Demande</h1>
            <form action="/envoi" method="post">
              <p><label for="nom">Nom de naissance</label><input id="nom" name="nom" type="text"></p>
              <button type="button" id="verifier">Vérifier mes réponses</button>
              <button type="submit" name="action" value="envoyer">Envoyer ma demande</button>
            </form>
            <script>
              document.getElementById('verifier').addEventListener('click', () => fetch('/envoi', { method: 'POST',
                headers: { 'x-http-method-override': '{{method}}', 'content-type': 'application/x-www-form-urlencoded' }, body: 'nom=DUBOIS{{extra}}' }));
            </script>
            </main></body></html>
            """,
            """
              - fill: { label: Nom de naissance, value: DUBOIS }
              - click: Vérifier mes réponses
              - stop_before: Envoyer ma demande
            """);

        Assert.That(walk.Failure?.Kind, Is.EqualTo(FailureKind.SubmissionRefused), walk.Failure?.Message);
    }

    [Test]
    public async Task A_steppers_state_is_read_apart_from_its_title_whether_or_not_the_stylesheet_applies()
    {
        // DSFR's stepper title holds its state in a span its stylesheet makes a block. Read before that stylesheet applies (a
        // slow page, a loaded machine), the two ran together (« Vos enfantsÉtape 2 sur 4 »), and the page's name, which the
        // export, the overrides and the classifier's context use, changed from one run to the next. Neither page here has a
        // stylesheet: the name must be what a styled page gives.
        static string Page(string stepper) => $$"""
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Tarif social</title></head><body><main><h1>Tarif social</h1>
            <div class="fr-stepper">{{stepper}}</div>
            <form action="/envoi" method="post"><p><label for="nom">Nom de l'enfant</label><input id="nom" name="nom" type="text"></p>
              <button type="submit">Envoyer ma demande</button></form></main></body></html>
            """;
        var after = await FieldsOfPageAsync("stepper-etat-apres", Page("""<h2 class="fr-stepper__title">Vos enfants<span class="fr-stepper__state">Étape 2 sur 4</span></h2>"""));
        var before = await FieldsOfPageAsync("stepper-etat-avant", Page("""<h2 class="fr-stepper__title"><span class="fr-stepper__state">Étape 2 sur 4</span>Vos enfants</h2>"""));
        Assert.Multiple(() =>
        {
            Assert.That(after["Nom de l'enfant"].Page, Is.EqualTo("Tarif social — Vos enfants Étape 2 sur 4"));
            Assert.That(before["Nom de l'enfant"].Page, Is.EqualTo("Tarif social — Étape 2 sur 4 Vos enfants"));
        });
    }

    [Test]
    public async Task Mandatory_markers_are_read_as_such_and_left_out_of_labels()
    {
        var fields = await FieldsOfPageAsync("champs-obligatoires", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body><main><h1>Demande</h1>
            <form action="/envoi" method="post">
              <p><label for="ville">Ville * (obligatoire)</label><input id="ville" name="ville" type="text"></p>
              <p id="lnir">Numéro de sécurité sociale <abbr title="obligatoire">*</abbr> <span class="fr-hint-text">13 chiffres et 2 chiffres de clé</span></p>
              <input id="nir" name="nir" type="text" aria-labelledby="lnir">
              <fieldset><legend>Date de naissance *</legend>
                <label for="j">Jour</label><input id="j" name="j" type="number"><label for="m">Mois</label><input id="m" name="m" type="number">
                <label for="a">Année</label><input id="a" name="a" type="number"></fieldset>
              <fieldset><legend>Situation familiale (obligatoire)</legend>
                <input type="radio" id="c" name="sf" value="c"><label for="c">Célibataire</label>
                <input type="radio" id="m2" name="sf" value="m"><label for="m2">Marié(e)</label></fieldset>
              <p><label for="tel">Téléphone</label><input id="tel" name="tel" type="tel"></p>
              <p><label for="siret">Numéro <abbr title="Système d'identification du répertoire des établissements">SIRET</abbr> <span class="fr-hint-text">Caractères admis : chiffres * #</span></label><input id="siret" name="siret" type="text"></p>
              <button type="submit">Envoyer ma demande</button>
            </form></main></body></html>
            """);
        Assert.Multiple(() =>
        {
            Assert.That(fields.Keys, Is.EquivalentTo(new[] { "Ville", "Numéro de sécurité sociale", "Date de naissance", "Situation familiale", "Téléphone", "Numéro SIRET" }),
                "an <abbr> that is a word stays, an asterisk in a hint marks nothing");
            Assert.That(fields.Where(f => f.Value.Required).Select(f => f.Key), Is.EquivalentTo(new[] { "Ville", "Numéro de sécurité sociale", "Date de naissance", "Situation familiale" }));
            Assert.That(fields["Numéro de sécurité sociale"].Hint, Is.EqualTo("13 chiffres et 2 chiffres de clé"));
        });
    }

    [Test]
    public async Task A_button_found_by_part_of_its_name_is_refused_when_its_whole_name_is_a_final_submission()
    {
        // The scenario says « Envoyer le code »; the site renamed its button, which now sends the application by a script.
        var walk = await WalkPageAsync("nom-entier", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body><main><h1>Demande</h1>
            <form action="/envoi" method="post">
              <p><label for="code">Code reçu par SMS</label><input id="code" name="code" type="text"></p>
              <button type="button" onclick="fetch('/envoi', { method: 'POST', body: 'code=1' })">Envoyer le code et signer ma demande</button>
            </form></main></body></html>
            """,
            """
              - click: Envoyer le code
              - stop_before: Envoyer le code et signer ma demande
            """);

        Assert.That(walk.Failure?.Kind, Is.EqualTo(FailureKind.SubmissionRefused), walk.Failure?.Message);
        Assert.That(walk.Failure!.Message, Does.Contain("clic sur « Envoyer le code et signer ma demande » refusé : il enverrait la demande"));
    }

    /// <summary>A form whose button « Continuer » and box « J'accepte les conditions » lie under a consent banner drawn over the whole page.</summary>
    private const string UnderABanner = """
        <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body><main><h1>Demande</h1>
        <form action="etape2.html" method="get">
          <p><input type="checkbox" id="cgu" name="cgu"><label for="cgu">J'accepte les conditions</label></p>
          <button type="submit">Continuer</button>
        </form></main>
        <div id="cookie-banner" class="fr-consent-banner" style="position: fixed; inset: 0; background: rgba(0, 0, 0, .6); color: #fff; padding: 40vh 2em 0">
          <p>Nous utilisons des cookies pour mesurer l'audience de ce site et améliorer votre expérience.</p>
          <button type="button">Tout accepter</button> <button type="button">Tout refuser</button> <a href="#">Personnaliser</a>
        </div>
        </body></html>
        """;

    [TestCase("- click: Continuer", "le bouton « Continuer »")]
    [TestCase("- check: { label: J'accepte les conditions }", "le champ « J'accepte les conditions »")]
    public async Task A_target_under_a_banner_fails_at_once_saying_what_covers_it(string step, string named)
    {
        // Playwright waits for the covered target until its timeout (30 s for a click) and then says « Timeout 30000ms
        // exceeded »; a person sees at once what is in the way. The runner has the settings of a real run.
        await using var runner = await ProbeRunner.StartAsync(BrowserFixture.Options(new BrowserSettings { Trace = TraceMode.Off }, BrowserFixture.Site.BaseUrl));
        var walk = await WalkPageWithAsync(runner, "banniere-par-dessus", UnderABanner, $"""
            {step}
            - stop_before: Envoyer ma demande
            """);

        Assert.That(walk.Failure?.Kind, Is.EqualTo(FailureKind.TargetNotFound), walk.Failure?.Message);
        var failed = walk.Steps.Single(s => !s.Succeeded);
        Assert.That(failed.Position.Line, Is.EqualTo(11), "the step's own line (the scenario's steps start on line 11)");
        Assert.That(walk.Failure!.Message, Does.StartWith($"{failed.Position} : {named} est recouvert par <div id=\"cookie-banner\"> « Nous utilisons des cookies pour mesurer l'audience")
            .And.Contain("fermez-le d'abord par une étape click (il propose « Tout accepter », « Tout refuser », « Personnaliser »)"));
        Assert.That(TimeSpan.FromMilliseconds(failed.Stop - failed.Start), Is.LessThan(TimeSpan.FromSeconds(6)), "a couple of seconds, not the 30 s of a click's timeout");
        Assert.That(TimeSpan.FromMilliseconds(walk.Stop - walk.Start), Is.LessThan(TimeSpan.FromSeconds(15)));
    }

    [Test]
    public async Task A_cover_s_final_button_is_not_offered_as_a_way_to_close_it()
    {
        // A sticky footer over the last box holds the form's final button: the advice to close the cover named it as a step to
        // write (« il propose « En savoir plus », « Déposer le dossier » »), which the walk would then refuse.
        await using var runner = await ProbeRunner.StartAsync(BrowserFixture.Options(new BrowserSettings { Trace = TraceMode.Off }, BrowserFixture.Site.BaseUrl));
        var walk = await WalkPageWithAsync(runner, "pied-par-dessus", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body style="margin: 0; overflow: hidden"><main><h1>Demande</h1>
            <form action="envoi.html" method="post">
              <p style="position: absolute; top: 840px; left: 20px"><input type="checkbox" id="exact" name="exact"><label for="exact">Je certifie l'exactitude des informations</label></p>
              <div id="pied" style="position: fixed; left: 0; right: 0; bottom: 0; height: 120px; background: #fff">
                <a href="#aide">En savoir plus</a> <button type="submit">Déposer le dossier</button>
              </div>
            </form></main></body></html>
            """, """
            - check: { label: Je certifie l'exactitude des informations }
            - stop_before: Déposer le dossier
            """);

        Assert.That(walk.Failure?.Kind, Is.EqualTo(FailureKind.TargetNotFound), walk.Failure?.Message);
        Assert.That(walk.Failure!.Message, Does.Contain("est recouvert par <div id=\"pied\">").And.Contain("(il propose « En savoir plus »)"));
        Assert.That(walk.Failure.Message, Does.Not.Contain("« Déposer le dossier » »"));
    }

    [Test]
    public async Task A_target_under_an_overlay_that_goes_away_by_itself_is_clicked()
    {
        // A loading veil over the form fades out a moment after the page is shown: the click waits for it, as a person does.
        var walk = await WalkPageAsync("voile-qui-disparait", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body><main><h1>Demande</h1>
            <form action="etape2.html" method="get"><button type="submit">Continuer</button></form></main>
            <div id="voile" style="position: fixed; inset: 0; background: #fff; opacity: .9; transition: opacity .4s">Chargement…</div>
            <script>
              setTimeout(() => { const v = document.getElementById('voile'); v.style.opacity = '0'; setTimeout(() => v.remove(), 400); }, 1000);
            </script>
            </body></html>
            """,
            """
              - click: Continuer
              - wait_for: { text: Étape 2 }
              - stop_before: Envoyer ma demande
            """,
            ("etape2.html", """
                <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Étape 2</title></head><body><main><h1>Étape 2</h1>
                <form action="/envoi" method="post"><button type="submit">Envoyer ma demande</button></form></main></body></html>
                """));

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        Assert.That(walk.Pages.Select(p => p.Title), Is.EqualTo(new[] { "Demande", "Étape 2" }));
    }

    [Test]
    public async Task A_label_whose_for_names_the_box_around_a_control_labels_that_control()
    {
        // A widget's wrapper carries the id the label names (« <label for="commune"> » over « <div id="commune"><input> »): the
        // browser links nothing, a person reads the label above the field. The evidence named the field by it, and a step
        // that used that name waited 10 s and failed. A box holding two controls is not one field's label.
        var walk = await WalkPageAsync("label-de-la-boite", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body><main><h1>Demande</h1>
            <form action="envoi.html" method="get">
              <label for="commune">Commune de résidence</label><div id="commune" class="widget"><div class="inner"><input name="ville" type="text"></div></div>
              <label for="motif">Motif de la demande</label><span id="motif"><select name="motif"><option value="">Choisir</option><option>Naissance</option><option>Mariage</option></select></span>
              <label for="tel">Téléphones</label><div id="tel"><input name="fixe" aria-label="Fixe"> <input name="portable" aria-label="Portable"></div>
              <button>Suivant</button>
            </form>
            </main></body></html>
            """,
            """
              - fill: { label: Commune de résidence, value: Lyon }
              - select: { label: Motif de la demande, option: Mariage }
              - click: Suivant
              - stop_before: Envoyer ma demande
            """, ("envoi.html", """<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Envoi</title></head><body><form><button>Envoyer ma demande</button></form></body></html>"""));

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        Assert.That(walk.Pages[0].Fields.Select(f => (f.Label, f.Required)), Is.EqualTo(new[] { ("Commune de résidence", false), ("Motif de la demande", false), ("Fixe", false), ("Portable", false) }));
        Assert.That(walk.Steps.Take(3).Select(s => s.Succeeded), Is.All.True, "both found by the label a person reads");
    }

    [Test]
    public async Task A_field_no_label_names_is_found_by_the_text_the_evidence_names_it_by()
    {
        // Forms of old CMS themes write the label beside the field without linking it (« <label>Nom</label><input> », a <p>
        // before it, the label in the column before): the evidence names each field by that text, and a step using it was
        // « introuvable ». A field a label does name wins over one named by the text near it.
        var walk = await WalkPageAsync("libelles-non-lies", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body><main><h1>Demande</h1>
            <form action="envoi.html" method="get">
              <label>Nom de naissance</label><input name="nom" type="text">
              <div class="row"><div class="col"><label>Prénom</label></div><div class="col"><input name="prenom"></div></div>
              <p>Adresse électronique</p><input name="mel" type="email">
              <span>Ville</span> <select name="ville"><option>Lyon</option><option>Paris</option></select>
              <p>Commune</p><input name="commune-texte"> <label for="commune">Commune</label><input id="commune" name="commune">
              <button>Suivant</button>
            </form>
            </main></body></html>
            """,
            """
              - fill: { label: Nom de naissance, value: DUBOIS }
              - fill: { label: Prénom, value: Camille }
              - fill: { label: Adresse électronique, value: camille.dubois@example.fr }
              - select: { label: Ville, option: Paris }
              - fill: { label: Commune, value: Lyon }
              - click: Suivant
              - stop_before: Envoyer ma demande
            """, ("envoi.html", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Envoi</title></head><body><form><button>Envoyer ma demande</button></form>
            <script>const q = new URLSearchParams(location.search);
              document.title = ['nom', 'prenom', 'mel', 'commune'].every((k) => q.get(k)) && q.get('ville') === 'Paris' && !q.get('commune-texte') ? 'Chaque valeur à sa place' : 'Valeurs mal placées';</script></body></html>
            """));

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        Assert.That(walk.Pages[0].Fields.Select(f => f.Label), Is.EqualTo(new[] { "Nom de naissance", "Prénom", "Adresse électronique", "Ville", "Commune", "Commune" }));
        Assert.That(walk.Pages[1].Title, Is.EqualTo("Chaque valeur à sa place"), "each given by the text it is named by; « Commune » is the field its label names");
    }

    [Test]
    public async Task A_step_the_browser_refuses_is_said_in_french_whatever_the_browsers_language()
    {
        // The headless shell carries English only: « Please fill out this field. » in a French report. Each native check
        // is said as a French browser says it; a message the site set itself (setCustomValidity) is quoted as it is.
        const string page = """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Vos coordonnées</title></head><body><main><h1>Vos coordonnées</h1>
            <form action="demande.html" method="get">
              <label for="mel">Adresse électronique</label><input id="mel" name="mel" type="email" required>
              <label for="age">Nombre d'enfants</label><input id="age" name="age" type="number" min="0" max="12">
              <label for="cp">Code postal</label><input id="cp" name="cp" pattern="[0-9]{5}" title="Cinq chiffres.">
              <label for="com">Commune</label><input id="com" name="com" required>
              <input type="checkbox" id="cgu" name="cgu" required><label for="cgu">J'accepte les conditions</label>
              <label for="ref">Référence</label><input id="ref" name="ref">
              <script>document.getElementById('ref').setCustomValidity('Référence inconnue du service.');</script>
              <button>Suivant</button>
            </form>
            </main></body></html>
            """;
        // A failure names three fields: the values refused first, then what is left once they are right.
        var wrong = await WalkPageAsync("refus-natif-valeurs", page, """
              - fill: { label: Adresse électronique, value: "lucie.martin" }
              - fill: { label: Nombre d'enfants, value: "14" }
              - fill: { label: Code postal, value: "750" }
              - click: Suivant
              - stop_before: Envoyer ma demande
            """);
        var missing = await WalkPageAsync("refus-natif-manquants", page, """
              - fill: { label: Adresse électronique, value: "lucie.martin@example.fr" }
              - fill: { label: Référence, value: "X1" }
              - click: Suivant
              - stop_before: Envoyer ma demande
            """);

        Assert.That(wrong.Failure?.Kind, Is.EqualTo(FailureKind.ScenarioError), wrong.Failure?.Message);
        Assert.That(wrong.Failure!.Message, Does.Contain("le site a refusé l'étape : « Adresse électronique » : Veuillez saisir une adresse e-mail valide ; "
            + "« Nombre d'enfants » : La valeur doit être inférieure ou égale à 12 ; « Code postal » : Veuillez respecter le format requis. Cinq chiffres (et 3 autre(s) champ(s))"));
        Assert.That(missing.Failure?.Kind, Is.EqualTo(FailureKind.ScenarioError), missing.Failure?.Message);
        Assert.That(missing.Failure!.Message, Does.Contain("le site a refusé l'étape : « Commune » : Veuillez renseigner ce champ ; "
            + "« J'accepte les conditions » : Veuillez cocher cette case si vous souhaitez continuer ; « Référence » : Référence inconnue du service. La page"),
            "a message the site set itself is quoted as it is");
        Assert.That(wrong.Failure.Message + missing.Failure.Message, Does.Not.Contain("Please").And.Not.Contain("lucie.martin"), "French, and typed values stay masked");
    }

    [TestCase("fr-error-text")]
    [TestCase("govuk-error-message")]
    [TestCase("invalid-feedback")]
    [TestCase("gfield_validation_message")]
    public async Task A_form_that_refuses_a_value_says_so_with_the_sites_message(string errorClass)
    {
        // DSFR, GOV.UK Frontend, Bootstrap (Symfony, Laravel) and Gravity Forms each write a field's error their own way.
        var walk = await WalkPageAsync("valeur-refusee-" + errorClass.Replace('_', '-'), """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Vos coordonnées</title></head><body><main><h1>Vos coordonnées</h1>
            <form action="demande.html" method="get" id="f">
              <div class="fr-input-group"><label class="fr-label" for="cp">Code postal</label><input class="fr-input" id="cp" name="cp" type="text">
                <p class="ERRORCLASS" id="err" hidden>« Code postal » doit comporter 5 chiffres</p></div>
              <button type="button" id="suivant">Suivant</button>
            </form>
            <script>document.getElementById('suivant').addEventListener('click', () => { document.getElementById('err').hidden = /^\d{5}$/.test(document.getElementById('cp').value); });</script>
            </main></body></html>
            """.Replace("ERRORCLASS", errorClass),
            """
              - fill: { label: Code postal, value: "7500" }
              - click: Suivant
              - stop_before: Envoyer ma demande
            """);

        Assert.That(walk.Failure?.Kind, Is.EqualTo(FailureKind.ScenarioError), walk.Failure?.Message);
        Assert.That(walk.Failure!.Message, Does.Contain("cliquer sur le bouton « Suivant » : le site a refusé l'étape : « Code postal » doit comporter 5 chiffres. La page « Vos coordonnées » est restée affichée"),
            "the step refused fails, quoting the message in its box, which names the field (once)");
    }

    [Test]
    public async Task An_input_in_a_table_is_named_by_its_column_and_row_headers()
    {
        var fields = await FieldsOfPageAsync("tableau", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Ressources</title></head><body><main><h1>Vos ressources</h1>
            <form action="/envoi" method="post"><table>
              <thead><tr><th scope="col">Mois</th><th scope="col">Salaires nets</th><th scope="col">Aides au logement (APL)</th></tr></thead>
              <tbody><tr><th scope="row">Juillet</th><td><input name="sal1" type="text"></td><td><input name="apl1" type="text"></td></tr>
                <tr><th scope="row">Août</th><td><input name="sal2" type="text"></td><td><input name="apl2" type="text"></td></tr></tbody>
            </table><button type="submit">Envoyer ma demande</button></form></main></body></html>
            """);

        Assert.That(fields.Keys, Is.EquivalentTo(new[] { "Salaires nets — Juillet", "Aides au logement (APL) — Juillet", "Salaires nets — Août", "Aides au logement (APL) — Août" }));
    }

    [Test]
    public async Task A_heading_titles_the_fields_of_its_own_block_and_a_hidden_one_titles_nothing()
    {
        var fields = await FieldsOfPageAsync("titres-de-blocs", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body><main><h1>Demande</h1>
            <form action="/envoi" method="post">
              <h2>Vos coordonnées</h2>
              <section id="employeur"><h3>Votre employeur</h3><p><label for="enom">Raison sociale</label><input id="enom" name="enom" type="text"></p></section>
              <div id="bailleur" hidden><h3>Votre bailleur</h3><p><label for="bnom">Nom</label><input id="bnom" name="bnom" type="text"></p></div>
              <p><label for="adresse">Adresse</label><input id="adresse" name="adresse" type="text"></p>
              <p><label for="cp">Code postal</label><input id="cp" name="cp" type="text"></p>
              <button type="submit">Envoyer ma demande</button>
            </form></main></body></html>
            """);
        Assert.Multiple(() =>
        {
            Assert.That(fields["Raison sociale"].Section, Is.EqualTo("Votre employeur"));
            Assert.That(fields["Adresse"].Section, Is.EqualTo("Vos coordonnées"), "not the employer's block, nor the hidden landlord's");
            Assert.That(Classifier.Default.Classify(fields["Code postal"]) is { ItemId: "address.postal", Counted: true }, Is.True, Classifier.Default.Classify(fields["Code postal"]).Reason);
        });
    }

    [Test]
    public async Task A_file_input_without_a_label_is_named_by_its_upload_zone()
    {
        var walk = await WalkPageAsync("zone-de-depot", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body><main><h1>Demande</h1>
            <form action="/envoi" method="post">
              <div class="upload-zone"><p>Avis d’imposition 2025</p><button type="button" onclick="this.nextElementSibling.click()">Parcourir…</button><input type="file" name="avis" style="display:none"></div>
              <button type="submit">Envoyer ma demande</button>
            </form></main></body></html>
            """,
            """
              - stop_before: Envoyer ma demande
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        var upload = walk.Pages.SelectMany(p => p.Fields).Single(f => f.Input == "file");
        Assert.That(upload.Label, Is.EqualTo("Avis d’imposition 2025"));
        Assert.That(Classifier.Default.Classify(upload).ItemId, Is.EqualTo("tax.notice"));
    }

    [Test]
    public void The_accessibility_tree_keeps_labels_but_not_values() =>
        Assert.That(ScenarioWalker.MaskValues("- heading \"Vous\" [level=2]\n- textbox \"Nom\": DUBOIS\n  - textbox \"Vous êtes :\": locataire\n- textbox \"Vide\"\n- combobox \"Pays\": France"),
            Is.EqualTo("- heading \"Vous\" [level=2]\n- textbox \"Nom\": •••\n  - textbox \"Vous êtes :\": •••\n- textbox \"Vide\"\n- combobox \"Pays\": •••"));

    [Test]
    public void A_field_whose_name_holds_a_colon_is_masked_too() =>
        // YAML quotes the whole key when the name holds « : » (a DSFR hint « Exemple : 14 », « Format attendu : … »).
        Assert.That(ScenarioWalker.MaskValues("- 'textbox \"Jour Exemple : 14\"': \"24\"\n- 'spinbutton \"Année Exemple : 1984 l''an\"': \"1962\"\n- \"textbox \\\"Montant : €\\\"\": 0\n- 'textbox \"Vide : x\"'"),
            Is.EqualTo("- 'textbox \"Jour Exemple : 14\"': •••\n- 'spinbutton \"Année Exemple : 1984 l''an\"': •••\n- \"textbox \\\"Montant : €\\\"\": •••\n- 'textbox \"Vide : x\"'"));

    [Test]
    public async Task A_radio_its_label_is_drawn_over_is_clicked_on_that_label()
    {
        // DSFR draws a radio on its label and leaves the input transparent beneath it: `click` on the radio lands on its label,
        // as a person's click does (Playwright waited for the label to stop intercepting the click, then the walk timed out).
        const string html = """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title><style>
              .fr-radio-group { position: relative; margin: 1rem 0 } .fr-radio-group input { position: absolute; opacity: 0; left: 0; top: 0; width: 1.5rem; height: 1.5rem; margin: 0 }
              .fr-radio-group .fr-label { position: relative; display: block; padding-left: 2rem; line-height: 1.5rem }
            </style></head><body><main><h1>Demande</h1><form action="envoi.html" method="post">
            <fieldset class="fr-fieldset"><legend>Avez-vous des enfants à charge ?</legend>
            <div class="fr-radio-group"><input type="radio" id="oui" name="enfants" value="oui"><label class="fr-label" for="oui">Oui</label></div>
            <div class="fr-radio-group"><input type="radio" id="non" name="enfants" value="non"><label class="fr-label" for="non">Non</label></div></fieldset>
            <div id="nombre" hidden><label for="n">Nombre d’enfants à charge</label><input id="n" name="n" type="number"></div>
            <button type="submit">Envoyer ma demande</button></form>
            <script>document.getElementById('oui').addEventListener('change', () => { document.getElementById('nombre').hidden = false; });</script></main></body></html>
            """;
        var walk = await WalkPageAsync("radio-dsfr-clic", html, """
            - click: { label: Oui }
            - fill: { label: Nombre d’enfants à charge, value: "2" }
            - stop_before: Envoyer ma demande
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);

        // A disabled one is not ticked by a click on its label: the step fails, the walk does not go on down another branch.
        var disabled = await WalkPageAsync("radio-dsfr-clic-desactive", html.Replace("id=\"oui\" name", "id=\"oui\" disabled name", StringComparison.Ordinal), """
            - click: { label: Oui }
            - stop_before: Envoyer ma demande
            """);
        Assert.That(disabled.Failure, Is.Not.Null, "a disabled radio is not ticked");
        Assert.That(disabled.Failure!.Step?.Line, Is.EqualTo(11), disabled.Failure.Message);
    }

    [Test]
    public async Task A_bar_stuck_to_the_bottom_of_the_screen_is_not_painted_over_the_fields_of_a_long_page()
    {
        // Démarche Numérique's « Brouillon enregistré · Déposer le dossier » sticks to the bottom of the screen: a capture beyond
        // the screen painted it where the screen ends, over the field there (a counted one, outlined). The capture lays it in
        // its place at the end of the form, and the page keeps it stuck for the walk.
        const string html = """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title><style>* { margin: 0 } .bar { position: sticky; bottom: 0; height: 100px; background: #ff00ff }</style></head>
            <body><main><h1>Demande</h1><form action="envoi.html" method="post">
            <div style="height: 780px"></div><label for="commune">Commune</label><input id="commune" name="commune" style="display: block; width: 600px; height: 60px">
            <div style="height: 700px"></div><div class="bar"><button type="submit">Déposer le dossier</button></div></form></main></body></html>
            """;
        var walk = await WalkPageAsync("barre-collante", html, """
            - fill: { label: Commune, value: "${commune}" }
            - stop_before: Déposer le dossier
            """);
        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        var shot = walk.Pages.Single().Screenshot!;
        var (width, height) = Jpeg.Size(shot);
        Assert.That(height, Is.GreaterThan(1500), "the page taken whole");

        await using var browser = await ProbeBrowser.LaunchAsync(new BrowserSettings());
        var page = await (await browser.NewContextAsync()).NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.SetContentAsync($"<body style=\"margin:0\"><img src=\"data:image/jpeg;base64,{Convert.ToBase64String(shot)}\"></body>");
        var magenta = (255, 0, 255);
        var underScreenEnd = await page.ScreenshotAsync(new() { Type = Microsoft.Playwright.ScreenshotType.Png, Clip = new() { X = 0, Y = 810, Width = width, Height = 80 } });
        var pageEnd = await page.ScreenshotAsync(new() { Type = Microsoft.Playwright.ScreenshotType.Png, Clip = new() { X = 0, Y = height - 90, Width = width, Height = 80 } });
        Assert.That(Png.Share(underScreenEnd, magenta, tolerance: 60), Is.LessThan(0.1), "nothing painted over the field where the screen ends");
        Assert.That(Png.Share(pageEnd, magenta, tolerance: 60), Is.GreaterThan(0.5), "the bar at the end of the form");
    }

    [Test]
    public async Task Screenshots_mask_typed_values_and_traces_never_hold_secrets()
    {
        await using var tracing = await ProbeRunner.StartAsync(BrowserFixture.Options(
            new BrowserSettings { Trace = TraceMode.Always, ActionTimeout = TimeSpan.FromSeconds(5) }, BrowserFixture.Site.BaseUrl));
        var result = await tracing.ProbeAsync(BrowserFixture.Bundled("bourse-college"));

        Assert.That(result.TracePath, Is.Not.Null);
        using var zip = System.IO.Compression.ZipFile.OpenRead(result.TracePath!);
        foreach (var entry in zip.Entries.Where(e => e.Name.EndsWith(".trace", StringComparison.Ordinal) || e.Name.EndsWith(".network", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            var text = reader.ReadToEnd();
            Assert.That(text, Does.Not.Contain("\"123\""), $"{entry.FullName} holds the FranceConnect password");
        }
    }

    [Test]
    public async Task A_field_a_choice_reveals_takes_its_place_in_the_page_order()
    {
        // A field is read with the one before it on the page (its block): a revealed field must not land after the page's
        // last field because it was seen last.
        var walk = await WalkPageAsync("ordre-des-champs", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body><main><h1>Demande</h1>
            <form action="/envoi" method="post">
              <p><label for="nom">Nom</label><input id="nom" name="nom" type="text"></p>
              <fieldset><legend>Êtes-vous hébergé ?</legend>
                <input type="radio" id="oui" name="heberge" value="oui"><label for="oui">Oui</label>
                <input type="radio" id="non" name="heberge" value="non"><label for="non">Non</label>
              </fieldset>
              <p id="hebergeant" hidden><label for="hnom">Nom de l'hébergeant</label><input id="hnom" name="hnom" type="text"></p>
              <p><label for="courriel">Courriel</label><input id="courriel" name="courriel" type="email"></p>
              <button type="submit">Envoyer</button>
            </form>
            <script>document.getElementById('oui').addEventListener('change', () => { document.getElementById('hebergeant').hidden = false; });</script>
            </main></body></html>
            """,
            """
              - check: { css: "#oui" }
              - stop_before: Envoyer
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        var labels = walk.Pages.SelectMany(p => p.Fields).Select(f => f.DisplayLabel).ToList();
        Assert.That(labels, Does.Contain("Nom de l'hébergeant").And.Contain("Courriel"));
        Assert.That(labels.IndexOf("Nom de l'hébergeant"), Is.LessThan(labels.IndexOf("Courriel")), string.Join(" | ", labels));
    }

    [Test]
    public async Task A_hint_written_inside_a_label_is_read_as_a_hint()
    {
        // DSFR puts the hint in .fr-hint-text; other kits in a <small> or a help class inside the label. Read as part of the
        // label, « Numéro SIRET 14 chiffres, exemple … » would hide the key under its example.
        var walk = await WalkPageAsync("aides-dans-le-libelle", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body><main><h1>Demande</h1>
            <form action="/envoi" method="post">
              <p><label for="nom">Nom <small>Ex : Dupont</small></label><input id="nom" name="nom" type="text"></p>
              <p><label for="siret">Numéro SIRET <span class="form-text">Format attendu : 14 chiffres</span></label><input id="siret" name="siret" type="text"></p>
              <p><label for="ville">Commune <span class="help-block">où vous habitez</span></label><input id="ville" name="ville" type="text"></p>
              <button type="submit">Envoyer</button>
            </form></main></body></html>
            """,
            """
              - stop_before: Envoyer
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        var fields = walk.Pages.SelectMany(p => p.Fields).Select(f => (f.Label, f.Hint)).ToList();
        Assert.That(fields, Is.EqualTo(new[] { ("Nom", "Ex : Dupont"), ("Numéro SIRET", "Format attendu : 14 chiffres"), ("Commune", "où vous habitez") }));
    }

    [Test]
    public async Task A_label_written_on_two_lines_is_a_name_then_its_hint()
    {
        // A help text on a line of its own inside the label, in a class no kit list names (« aide-saisie ») or after a <br>:
        // read whole, « Pays de naissance Sélectionnez votre pays… » was a country of residence question to the classifier.
        // A line that goes on in small letters is the name wrapped; a numbering line is no name of its own; a caption in smaller
        // type above the name (GOV.UK's form builder) is no name; the items of a box's label drawn as a flex row are one line.
        var walk = await WalkPageAsync("libelle-sur-deux-lignes", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body><main><h1>Demande</h1>
            <form action="/envoi" method="post">
              <p><label for="usage">Nom d'usage<br><i>Nom que vous utilisez au quotidien (ex : nom marital)</i></label><input id="usage" name="usage" type="text"></p>
              <p><label for="pays">Pays de naissance <span class="aide-saisie" style="display:block">Sélectionnez votre pays de naissance dans la liste</span></label><input id="pays" name="pays" type="text"></p>
              <p><label for="mail"><span style="display:block">Courriel <span style="color:red">*</span></span><span style="display:block">Exemple : prenom.nom@exemple.com</span></label><input id="mail" name="mail" type="email"></p>
              <p><label for="num"><span style="display:block">3.</span> Numéro d'allocataire</label><input id="num" name="num" type="text"></p>
              <p><label for="adr">Adresse du logement<br>que vous occupez à titre principal</label><input id="adr" name="adr" type="text"></p>
              <p><label for="siret">Numéro <abbr title="Système d'identification du répertoire des établissements">SIRET</abbr></label><input id="siret" name="siret" type="text"></p>
              <p><label for="nf" style="font-size:2rem"><span style="display:block;font-size:1rem;color:#505a5f">Vos impôts</span>Numéro fiscal</label><input id="nf" name="nf" type="text"></p>
              <p><input type="checkbox" id="cgu" name="cgu"><label for="cgu" style="display:inline-flex;flex-wrap:wrap">J'accepte les&nbsp;<a href="#cgu">Conditions générales d'utilisation</a>&nbsp;du service</label></p>
              <button type="submit">Envoyer</button>
            </form></main></body></html>
            """,
            """
              - fill: { label: Nom d'usage, exact: true, value: Martin }
              - stop_before: Envoyer
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        var fields = walk.Pages.SelectMany(p => p.Fields).Select(f => (f.Label, f.Hint)).ToList();
        Assert.That(fields, Is.EqualTo(new (string, string?)[]
        {
            ("Nom d'usage", "Nom que vous utilisez au quotidien (ex : nom marital)"),
            ("Pays de naissance", "Sélectionnez votre pays de naissance dans la liste"),
            ("Courriel", "Exemple : prenom.nom@exemple.com"),
            ("3. Numéro d'allocataire", null),
            ("Adresse du logement que vous occupez à titre principal", null),
            ("Numéro SIRET", null),
            ("Numéro fiscal", "Vos impôts"),
            ("J'accepte les Conditions générales d'utilisation du service", null),
        }));
        Assert.That(walk.Pages.SelectMany(p => p.Fields).Take(2).Select(f => Classifier.Default.Classify(f).ItemId),
            Is.EqualTo(new[] { "identity.civil", "identity.civil" }));
    }

    [Test]
    public async Task A_radio_group_drawn_outside_a_fieldset_is_reported_under_its_question()
    {
        // Kits that draw groups in divs: the question is the radiogroup's accessible name or the text before the first choice.
        // Reported under its first choice (« Madame », « Oui »), the group would ask nothing the classifier can read.
        var walk = await WalkPageAsync("radios-sans-fieldset", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body><main><h1>Demande</h1>
            <form action="/envoi" method="post">
              <div role="radiogroup" aria-labelledby="q-civ"><span id="q-civ">Civilité</span>
                <label><input type="radio" name="civ" value="f"> Madame</label> <label><input type="radio" name="civ" value="m"> Monsieur</label></div>
              <p>Êtes-vous bénéficiaire du RSA ?</p>
              <div><input type="radio" id="rsa-o" name="rsa" value="o"><label for="rsa-o">Oui</label>
                <input type="radio" id="rsa-n" name="rsa" value="n"><label for="rsa-n">Non</label></div>
              <div class="question"><p>Situation familiale</p>
                <input type="radio" id="sf-c" name="sf" value="c"><label for="sf-c">Célibataire</label>
                <input type="radio" id="sf-m" name="sf" value="m"><label for="sf-m">Marié(e)</label></div>
              <fieldset><legend>Logement</legend>
                <input type="radio" id="l-p" name="log" value="p"><label for="l-p">Propriétaire</label>
                <input type="radio" id="l-l" name="log" value="l"><label for="l-l">Locataire</label></fieldset>
              <button type="submit">Envoyer</button>
            </form></main></body></html>
            """,
            """
              - stop_before: Envoyer
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        var groups = walk.Pages.SelectMany(p => p.Fields).ToList();
        Assert.That(groups.Select(f => (f.Label, f.LabelSource, string.Join("/", f.Options))), Is.EqualTo(new[]
        {
            ("Civilité", "question", "Madame/Monsieur"),
            ("Êtes-vous bénéficiaire du RSA ?", "question", "Oui/Non"),
            ("Situation familiale", "question", "Célibataire/Marié(e)"),
            ("Logement", "legend", "Propriétaire/Locataire"),
        }));
        Assert.That(groups.Take(3).Select(f => Classifier.Default.Classify(f).ItemId),
            Is.EqualTo(new[] { "identity.civil", "social.benefits", "family.composition" }));
    }

    [Test]
    public async Task Boxes_drawn_outside_a_fieldset_take_their_question_as_legend()
    {
        // « Complément familial » alone names nothing the catalogue holds; under « Percevez-vous l'une des prestations
        // suivantes ? » it is a benefit the person receives (rule 4). A lone consent box takes no question.
        var walk = await WalkPageAsync("cases-sans-fieldset", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body><main><h1>Demande</h1>
            <form action="/envoi" method="post">
              <p>Percevez-vous l'une des prestations suivantes ?</p>
              <div><input type="checkbox" id="p-cf" name="prestations" value="cf"><label for="p-cf">Complément familial</label>
                <input type="checkbox" id="p-paje" name="prestations" value="paje"><label for="p-paje">Prestation d'accueil du jeune enfant</label></div>
              <div role="group" aria-labelledby="q-statut"><p id="q-statut">Vous êtes :</p>
                <label><input type="checkbox" name="etudiant"> Étudiant</label> <label><input type="checkbox" name="salarie"> Salarié</label></div>
              <p>Conditions</p>
              <div><input type="checkbox" id="cgu" name="cgu"><label for="cgu">J'accepte les conditions d'utilisation</label></div>
              <button type="submit">Envoyer</button>
            </form></main></body></html>
            """,
            """
              - stop_before: Envoyer
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        var boxes = walk.Pages.SelectMany(p => p.Fields).ToList();
        Assert.That(boxes.Select(f => (f.Label, f.Legend)), Is.EqualTo(new (string?, string?)[]
        {
            ("Complément familial", "Percevez-vous l'une des prestations suivantes ?"),
            ("Prestation d'accueil du jeune enfant", "Percevez-vous l'une des prestations suivantes ?"),
            ("Étudiant", "Vous êtes :"),
            ("Salarié", "Vous êtes :"),
            ("J'accepte les conditions d'utilisation", null),
        }));
        Assert.That(Classifier.Default.Classify(boxes[0]) is { ItemId: "social.benefits", Counted: true }, Is.True, Classifier.Default.Classify(boxes[0]).Reason);
    }

    [Test]
    public async Task An_upload_whose_file_input_is_hidden_behind_a_button_or_a_drop_zone_is_asked()
    {
        // Upload kits hide the native input and open it from a button or a zone: the paper is asked all the same. A hidden
        // text input (a honeypot) is not.
        var walk = await WalkPageAsync("televersement-cache", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Pièces</title></head><body><main><h1>Pièces</h1>
            <form action="/envoi" method="post">
              <label for="jd">Justificatif de domicile</label>
              <div class="televersement"><input type="file" id="jd" name="jd" style="display:none"><button type="button" onclick="document.getElementById('jd').click()">Choisir un fichier</button></div>
              <p>Avis d'imposition</p>
              <div class="zone" role="presentation" tabindex="0"><input type="file" name="avis" style="display:none" tabindex="-1"><p>Glissez-déposez le fichier ici, ou cliquez pour le choisir</p></div>
              <input type="file" name="vide" style="display:none">
              <input type="text" name="site-web" style="display:none">
              <button type="submit">Envoyer</button>
            </form></main></body></html>
            """,
            """
              - upload: { label: Justificatif de domicile, file: files/justificatif-domicile.pdf }
              - upload: { css: 'input[name=avis]', file: files/avis-imposition.pdf }
              - stop_before: Envoyer
            """);

        // Both uploads went through the hidden inputs (a failed step fails the walk).
        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        var fields = walk.Pages.SelectMany(p => p.Fields).ToList();
        Assert.That(fields.Select(f => (f.Label, f.Input)), Is.EqualTo(new (string?, string?)[] { ("Justificatif de domicile", "file"), ("Avis d'imposition", "file") }));
        Assert.That(fields.Select(f => Classifier.Default.Classify(f).ItemId), Is.EqualTo(new[] { "address.proof", "tax.notice" }));
    }

    [Test]
    public async Task An_upload_whose_kit_moves_its_label_onto_the_button_it_draws_is_named_and_filled_by_that_label()
    {
        // GOV.UK Frontend's enhanced upload hides the input and gives its id to the button it draws: the label names the
        // button. The field is the document the label names, and an upload by that label (exact or partial) sets the file
        // on the hidden input, whose change the kit shows in its status.
        var walk = await WalkPageAsync("govuk-televersement", KitPages.GovukFileUpload, """
            - upload: { label: Justificatif de domicile de moins de 3 mois, file: files/justificatif-domicile.pdf }
            - upload: { label: avis d’imposition, file: files/avis-imposition.pdf }
            - wait_for: { text: justificatif-domicile.pdf }
            - wait_for: { text: avis-imposition.pdf }
            - stop_before: Envoyer ma demande
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        var fields = walk.Pages.SelectMany(p => p.Fields).ToList();
        Assert.That(fields.Select(f => (f.Label, f.Input)), Is.EqualTo(new (string?, string?)[]
        {
            ("Justificatif de domicile de moins de 3 mois", "file"), ("Dernier avis d’imposition", "file"),
        }));
        Assert.That(fields[0].Hint, Does.StartWith("Facture d’électricité"));
        Assert.That(fields.Select(f => Classifier.Default.Classify(f).ItemId), Is.EqualTo(new[] { "address.proof", "tax.notice" }));
    }

    [Test]
    public async Task A_multi_file_upload_is_named_by_its_field_label_not_by_its_drop_instruction()
    {
        // Gravity Forms' multi-file upload: « Déposer les fichiers ici ou [Sélectionner des fichiers] » around plupload's
        // transparent input. The field's label names it (whether its `for` names the button or nothing), and an upload by
        // that label reaches plupload's input, whose files the kit lists.
        var walk = await WalkPageAsync("gravityforms-multifichier", KitPages.GravityFormsMultiFile, """
            - upload: { label: Justificatif de domicile, file: files/justificatif-domicile.pdf }
            - upload: { label: Dernier avis d’imposition, file: files/avis-imposition.pdf }
            - wait_for: { text: justificatif-domicile.pdf }
            - wait_for: { text: avis-imposition.pdf }
            - stop_before: Envoyer ma demande
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        var fields = walk.Pages.SelectMany(p => p.Fields).ToList();
        Assert.That(fields.Select(f => (f.Label, f.Input, f.Required)), Is.EqualTo(new (string?, string?, bool)[]
        {
            ("Justificatif de domicile", "file", true), ("Dernier avis d’imposition", "file", false),
        }));
        Assert.That(fields.Select(f => Classifier.Default.Classify(f).ItemId), Is.EqualTo(new[] { "address.proof", "tax.notice" }));
    }

    [Test]
    public async Task A_drop_zones_instruction_never_names_the_upload_beside_it()
    {
        // An uploader without a label: its title, then the drop zone (« Déposer les fichiers ici ou [Sélectionner des
        // fichiers] »), then the file input its script draws in a shim of its own. The title names the document; the
        // instruction named it before (read as a postal address).
        var fields = await FieldsOfPageAsync("zone-de-depot", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Pièces</title></head><body><main>
            <form method="post" action="/envoyer">
              <div class="uploader"><p class="uploader-title">Dernier avis d'imposition</p>
                <div class="drop-area"><span>Déposer les fichiers ici ou </span><button type="button" onclick="this.parentElement.nextElementSibling.firstElementChild.click()">Sélectionner des fichiers</button></div>
                <div class="shim" style="position:relative;width:200px;height:30px;overflow:hidden"><input type="file" multiple style="opacity:0;position:absolute;top:0;left:0;width:100%;height:100%"></div></div>
              <button type="submit">Envoyer ma demande</button>
            </form></main></body></html>
            """);

        Assert.That(fields.Values.Select(f => (f.Label, f.Input)), Is.EqualTo(new (string?, string?)[] { ("Dernier avis d'imposition", "file") }));
        Assert.That(Classifier.Default.Classify(fields.Values.Single()).ItemId, Is.EqualTo("tax.notice"));
    }

    /// <summary>Form.io 5.6's file component (bootstrap5 template, as the renderer draws it under a French i18n): no file input
    /// until « parcourir » is pressed, the label's `for` names nothing; the link's script creates a hidden file input, clicks
    /// it, and once a file is chosen draws the component again with the file listed in place of its drop zone (Form.io's
    /// `browseFiles` and `redraw`). « Envoyer ma demande » sends by script.</summary>
    private const string FormioFileComponent = """
        <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande d’aide au logement</title></head><body>
        <main class="container"><h1>Demande d’aide au logement</h1>
        <div class="formio-form" ref="webform" novalidate>
          <div id="eeqkasc" class="mb-2 formio-form-group has-feedback formio-component formio-component-file formio-component-justificatifDomicile required" ref="component" data-label="Justificatif de domicile" data-description="Facture de moins de 3 mois">
            <label ref="label" class="col-form-label field-required" for="eeqkasc-justificatifDomicile" id="l-eeqkasc-justificatifDomicile">
              Justificatif de domicile <span class="required-star" aria-hidden="true">*</span></label>
            <ul class="list-group list-group-striped"><li class="list-group-item list-group-header hidden-xs hidden-sm"><div class="row">
              <div class="col-md-9"><strong>fileName</strong></div><div class="col-md-2"><strong>size</strong></div><div class="col-md-1 justify-center"></div></div></li></ul>
            <div class="fileSelector" ref="fileDrop">
              <i class="bi bi-cloud-upload"></i> Déposez les fichiers à joindre, ou
              <a href="#" ref="fileBrowse" class="browse"><i class="bi bi-folder2-open"></i>parcourir
                <span class="visually-hidden" style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)">browseToAttachFileFor Justificatif de domicile. Facture de moins de 3 mois. anyFileTypesAllowed</span></a>
              <div ref="fileProcessingLoader" class="loader-wrapper"><div class="loader text-center"></div></div>
            </div>
            <div id="d-eeqkasc-justificatifDomicile" class="form-text text-muted">Facture de moins de 3 mois</div>
            <div ref="messageContainer" class="formio-errors invalid-feedback"></div>
          </div>
          <div id="evdzw1l" class="mb-2 formio-form-group has-feedback formio-component formio-component-file formio-component-avisImposition" ref="component" data-label="Avis d’imposition" data-description="">
            <label ref="label" class="col-form-label" for="evdzw1l-avisImposition" id="l-evdzw1l-avisImposition">Avis d’imposition</label>
            <ul class="list-group list-group-striped"><li class="list-group-item list-group-header hidden-xs hidden-sm"><div class="row">
              <div class="col-md-9"><strong>fileName</strong></div><div class="col-md-2"><strong>size</strong></div><div class="col-md-1 justify-center"></div></div></li></ul>
            <div class="fileSelector" ref="fileDrop">
              <i class="bi bi-cloud-upload"></i> Déposez les fichiers à joindre, ou
              <a href="#" ref="fileBrowse" class="browse"><i class="bi bi-folder2-open"></i>parcourir
                <span class="visually-hidden" style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)">browseToAttachFileFor Avis d’imposition. anyFileTypesAllowed</span></a>
              <div ref="fileProcessingLoader" class="loader-wrapper"><div class="loader text-center"></div></div>
            </div>
            <div ref="messageContainer" class="formio-errors invalid-feedback"></div>
          </div>
          <div class="mb-2 formio-component formio-component-button formio-component-submit" ref="component">
            <button type="submit" class="btn btn-primary btn-md" ref="button" name="data[submit]">Envoyer ma demande</button>
          </div>
        </div></main>
        <script>
          window.submission = {};
          const attach = (component) => {
            const browse = component.querySelector('[ref=fileBrowse]');
            if (!browse) return;
            browse.addEventListener('click', (event) => {
              event.preventDefault();
              const fileInput = document.createElement('input');
              fileInput.type = 'file';
              fileInput.setAttribute('style', 'height: 0; width: 0; visibility: hidden;');
              fileInput.tabIndex = -1;
              document.body.appendChild(fileInput);
              fileInput.addEventListener('change', () => {
                const files = Array.from(fileInput.files);
                document.body.removeChild(fileInput);
                const key = component.className.match(/formio-component-(?!file\b|form-)(\w+)/)[1];
                window.submission[key] = files.map((f) => f.name);
                const drawn = document.createElement('div');
                drawn.className = component.className;
                drawn.setAttribute('ref', 'component');
                drawn.innerHTML = `<label ref="label" class="col-form-label" for="${component.id}-${key}">${component.dataset.label}</label>
                  <ul class="list-group list-group-striped"><li class="list-group-item"><div class="row">
                  <div class="col-md-1"><i class="bi bi-trash" ref="removeLink"></i></div>
                  <div class="col-md-9"><a href="#" ref="fileLink">${files[0].name}</a></div><div class="col-md-2">${files[0].size} B</div></div></li></ul>`;
                component.replaceWith(drawn);
              }, true);
              fileInput.click();
            });
          };
          document.querySelectorAll('.formio-component-file').forEach(attach);
          document.querySelector('[name="data[submit]"]').addEventListener('click', () => fetch('/form/aide/submission', { method: 'POST', body: JSON.stringify(window.submission) }));
        </script></body></html>
        """;

    [Test]
    public async Task A_file_chooser_a_kit_draws_without_an_input_is_an_upload_named_by_its_label()
    {
        // Form.io's file component has no file input until « parcourir » is pressed: the upload is the link that opens the
        // chooser, named by the component's label, described by its description; the drop zone's instruction names nothing.
        var fields = await FieldsOfPageAsync("formio-fichier", FormioFileComponent);

        Assert.That(fields.Values.Select(f => (f.Label, f.Input, f.Required, f.FilledByProbe)), Is.EqualTo(new (string?, string?, bool, bool)[]
        {
            ("Justificatif de domicile", "file", true, false), ("Avis d’imposition", "file", false, false),
        }));
        Assert.That(fields["Justificatif de domicile"].Hint, Is.EqualTo("Facture de moins de 3 mois"));
        Assert.That(fields.Values.Select(f => Classifier.Default.Classify(f).ItemId), Is.EqualTo(new[] { "address.proof", "tax.notice" }));
    }

    [Test]
    public async Task An_upload_by_label_presses_the_link_that_opens_the_file_chooser_and_attaches_the_file()
    {
        // `upload` by the component's label clicks « parcourir » inside the wait for the file chooser, which takes the file:
        // the kit's script sees it (it lists the file in place of the zone). Both uploads stay on the page's record though the
        // kit drew them again without their opener (the probe filled them); « Envoyer ma demande » is never pressed.
        var walk = await WalkPageAsync("formio-fichier-televerse", FormioFileComponent, """
            - upload: { label: Justificatif de domicile, file: files/justificatif-domicile.pdf }
            - upload: { label: Avis d’imposition, file: files/avis-imposition.pdf }
            - wait_for: { text: justificatif-domicile.pdf }
            - wait_for: { text: avis-imposition.pdf }
            - stop_before: Envoyer ma demande
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        var fields = walk.Pages.SelectMany(p => p.Fields).ToList();
        Assert.That(fields.Select(f => (f.Label, f.Input)), Is.EqualTo(new (string?, string?)[]
        {
            ("Justificatif de domicile", "file"), ("Avis d’imposition", "file"),
        }));
        Assert.That(fields.Select(f => Classifier.Default.Classify(f).ItemId), Is.EqualTo(new[] { "address.proof", "tax.notice" }));
    }

    [Test]
    public async Task A_list_a_select_kit_hides_and_draws_anew_is_asked()
    {
        // select2 keeps the native list at one pixel and hides it from assistive technology, chosen hides it; each draws its
        // own right after (chosen with a search box). A hidden list with nothing drawn beside it is not asked.
        var walk = await WalkPageAsync("listes-habillees", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body><main><h1>Demande</h1>
            <form action="/envoi" method="post">
              <div><label for="sf">Situation familiale</label>
                <select id="sf" name="sf" class="select2-hidden-accessible" tabindex="-1" aria-hidden="true" style="border:0;clip:rect(0 0 0 0);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;width:1px">
                  <option value="">Choisir</option><option value="c">Célibataire</option><option value="m">Marié(e)</option></select>
                <span class="select2 select2-container" dir="ltr" style="width:200px;display:inline-block"><span class="selection"><span class="select2-selection select2-selection--single" role="combobox" aria-haspopup="true" aria-expanded="false" tabindex="0" aria-labelledby="select2-sf-container"><span class="select2-selection__rendered" id="select2-sf-container" role="textbox" aria-readonly="true" title="Choisir">Choisir</span></span></span><span class="dropdown-wrapper" aria-hidden="true"></span></span></div>
              <div><label for="pays">Pays de naissance</label>
                <select id="pays" name="pays" style="display:none"><option value="fr">France</option><option value="be">Belgique</option></select>
                <div class="chosen-container chosen-container-single" style="width:200px" id="pays_chosen"><a class="chosen-single"><span>France</span></a>
                  <div class="chosen-drop"><div class="chosen-search"><input class="chosen-search-input" type="text" autocomplete="off"></div><ul class="chosen-results"></ul></div></div></div>
              <div><select name="sans-etiquette" class="select2-hidden-accessible" aria-hidden="true" style="position:absolute;width:1px;height:1px;clip:rect(0 0 0 0);overflow:hidden"><option>Oui</option><option>Non</option></select>
                <span class="select2 select2-container" style="width:200px;display:inline-block"><span class="selection"><span class="select2-selection" role="combobox" aria-haspopup="true" aria-label="Accepteriez-vous un logement adapté ?" tabindex="0">Oui</span></span></span></div>
              <p><label for="vieux">Ancien champ</label><select id="vieux" name="vieux" style="display:none"><option>—</option></select></p>
              <button type="submit">Envoyer</button>
            </form></main></body></html>
            """,
            """
              - stop_before: Envoyer
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        var fields = walk.Pages.SelectMany(p => p.Fields).ToList();
        Assert.That(fields.Select(f => (f.Label, f.Input, string.Join("/", f.Options))), Is.EqualTo(new (string?, string?, string)[]
        {
            ("Situation familiale", "select", "Célibataire/Marié(e)"),
            ("Pays de naissance", "select", "France/Belgique"),
            ("Accepteriez-vous un logement adapté ?", "select", ""),
        }), "each list once, never its kit's drawing or search box beside it; a list no label names is read from its drawing");
        Assert.That(Classifier.Default.Classify(fields[0]).ItemId, Is.EqualTo("family.composition"));
    }

    [Test]
    public async Task Controls_a_kit_draws_without_a_native_one_are_read_as_assistive_technology_reads_them()
    {
        // A list drawn as role=combobox (its native input hidden from assistive technology), choices as role=radio, boxes as
        // role=checkbox: each reported as the control it stands for, in page order; a combobox wrapping an input is that input.
        var walk = await WalkPageAsync("controles-aria", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body><main><h1>Demande</h1>
            <form action="/envoi" method="post">
              <label id="lbl-sf">Situation familiale</label>
              <div role="combobox" id="sel-sf" aria-labelledby="lbl-sf sel-sf" aria-haspopup="listbox" tabindex="0" style="display:inline-block;min-width:200px;min-height:20px"></div>
              <input aria-hidden="true" tabindex="-1" style="opacity:0;position:absolute" value="">
              <div role="radiogroup" aria-labelledby="q-rsa"><p id="q-rsa">Percevez-vous le RSA ?</p>
                <div role="radio" aria-checked="false" tabindex="0">Oui</div><div role="radio" aria-checked="false" tabindex="-1">Non</div></div>
              <div role="group" aria-label="Vous percevez">
                <span role="checkbox" aria-checked="false" tabindex="0">Allocation aux adultes handicapés</span>
                <span role="checkbox" aria-checked="true" tabindex="0">Prime d'activité</span></div>
              <div role="combobox"><input id="ville" aria-label="Commune de résidence"></div>
              <div><label id="l-naiss" for="c-naiss">Commune de naissance</label><div><input id="c-naiss" role="combobox" aria-autocomplete="list" aria-labelledby="l-naiss">
                <button type="button" aria-haspopup="listbox" aria-label="Afficher les suggestions">▼</button></div></div>
              <button type="submit">Envoyer</button>
            </form></main></body></html>
            """,
            """
              - stop_before: Envoyer
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        var fields = walk.Pages.SelectMany(p => p.Fields).ToList();
        Assert.That(fields.Select(f => (f.Label, f.Input, f.Legend, f.Value, string.Join("/", f.Options))), Is.EqualTo(new (string?, string?, string?, string?, string)[]
        {
            ("Situation familiale", "select", null, null, ""),
            ("Percevez-vous le RSA ?", "radio", null, null, "Oui/Non"),
            ("Allocation aux adultes handicapés", "checkbox", "Vous percevez", null, ""),
            ("Prime d'activité", "checkbox", "Vous percevez", "coché", ""),
            ("Commune de résidence", "text", null, null, ""),
            ("Commune de naissance", "text", null, null, ""),
        }), "a combobox's input once, never the button that opens its list");
        var decisions = fields.Select(f => Classifier.Default.Classify(f)).ToList();
        Assert.That(decisions.Select(d => (d.ItemId, d.Counted)), Is.EqualTo(new (string?, bool)[]
        {
            ("family.composition", true), ("social.benefits", true), ("social.benefits", true), ("social.benefits", false), ("address.postal", true),
            ("identity.civil", true),
        }), string.Join("\n", decisions.Select(d => d.Reason)));
    }

    [Test]
    public async Task Widgets_beside_hidden_native_controls_and_a_step_wide_group_are_read_as_a_person_reads_them()
    {
        // Radix draws a button with role=radio or role=checkbox, named by a <label for>, beside a native control hidden from
        // assistive technology: the widget is the field. A role=group around a whole step names the step, not each question.
        var walk = await WalkPageAsync("radix-et-etape", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body><main><h1>Demande</h1>
            <form action="/envoi" method="post">
              <div role="radiogroup" aria-labelledby="q-log"><p id="q-log">Vous êtes</p>
                <button type="button" role="radio" aria-checked="false" id="r-loc" style="width:16px;height:16px"></button><label for="r-loc">Locataire</label>
                <input type="radio" aria-hidden="true" tabindex="-1" style="position:absolute;pointer-events:none;opacity:0;margin:0">
                <button type="button" role="radio" aria-checked="false" id="r-prop" style="width:16px;height:16px"></button><label for="r-prop">Propriétaire</label>
                <input type="radio" aria-hidden="true" tabindex="-1" style="position:absolute;pointer-events:none;opacity:0;margin:0"></div>
              <p>Conditions</p>
              <div><button type="button" role="checkbox" aria-checked="false" id="c-enf" style="width:16px;height:16px"></button><label for="c-enf">J'ai un enfant à charge</label>
                <input type="checkbox" aria-hidden="true" tabindex="-1" style="position:absolute;pointer-events:none;opacity:0;margin:0"></div>
              <div role="group" aria-label="Étape 2 : votre foyer">
                <p>Situation familiale</p>
                <div><input type="radio" id="sf-c" name="sf"><label for="sf-c">Célibataire</label><input type="radio" id="sf-m" name="sf"><label for="sf-m">Marié(e)</label></div>
                <p>Avez-vous des enfants ?</p>
                <div><input type="radio" id="e-o" name="enf"><label for="e-o">Oui</label><input type="radio" id="e-n" name="enf"><label for="e-n">Non</label></div></div>
              <button type="submit">Envoyer</button>
            </form></main></body></html>
            """,
            """
              - stop_before: Envoyer
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        var fields = walk.Pages.SelectMany(p => p.Fields).ToList();
        Assert.That(fields.Select(f => (f.Label, f.Input, f.Legend, string.Join("/", f.Options))), Is.EqualTo(new (string?, string?, string?, string)[]
        {
            ("Vous êtes", "radio", null, "Locataire/Propriétaire"),
            ("J'ai un enfant à charge", "checkbox", null, ""),
            ("Situation familiale", "radio", null, "Célibataire/Marié(e)"),
            ("Avez-vous des enfants ?", "radio", null, "Oui/Non"),
        }));
    }

    [Test]
    public async Task Controls_drawn_without_a_native_one_keep_the_probes_own_ticks_apart_and_read_as_native_ones_do()
    {
        // A box the site draws once « Oui » is chosen, then ticked by the probe, is not pre-filled by the site; an ARIA radio
        // group inside a fieldset is named by its legend as a native group is; a sort menu in the header is no field, a box in
        // a section's footer is; « J'accepte » ticks the drawn box of that name, not a native one whose label only starts so
        // (disabled here: ticking it would fail the walk).
        var walk = await WalkPageAsync("aria-coche-par-la-sonde", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body>
            <header><span id="tri">Trier par</span><div role="combobox" aria-labelledby="tri" aria-haspopup="listbox" tabindex="0" style="display:inline-block;min-width:120px;min-height:20px"></div></header>
            <main><h1>Demande</h1>
            <form action="/envoi" method="post">
              <fieldset><legend>Avez-vous des enfants ?</legend>
                <input type="radio" id="e-o" name="enf" value="oui"><label for="e-o">Oui</label>
                <input type="radio" id="e-n" name="enf" value="non"><label for="e-n">Non</label></fieldset>
              <div id="charge" hidden><span role="checkbox" aria-checked="false" tabindex="0">J'ai un enfant à charge</span></div>
              <fieldset><legend>Logement</legend>
                <div role="radiogroup"><div role="radio" aria-checked="false" tabindex="0">Propriétaire</div><div role="radio" aria-checked="false" tabindex="-1">Locataire</div></div></fieldset>
              <input type="checkbox" id="lettre" disabled><label for="lettre">J'accepte de recevoir la lettre d'information</label>
              <span role="checkbox" aria-checked="false" tabindex="0">J'accepte</span>
              <button type="submit">Envoyer</button>
            </form>
            <section><footer><span role="checkbox" aria-checked="false" tabindex="0">Je certifie l'exactitude des informations</span></footer></section></main>
            <script>
              document.getElementById('e-o').addEventListener('change', () => { document.getElementById('charge').hidden = false; });
              document.querySelectorAll('[role=checkbox], [role=radio]').forEach((c) => c.addEventListener('click', () => {
                if (c.getAttribute('role') === 'radio') c.parentElement.querySelectorAll('[role=radio]').forEach((r) => r.setAttribute('aria-checked', 'false'));
                c.setAttribute('aria-checked', c.getAttribute('role') === 'radio' || c.getAttribute('aria-checked') !== 'true' ? 'true' : 'false');
              }));
            </script></body></html>
            """,
            """
              - check: { label: Oui }
              - check: { label: J'ai un enfant à charge }
              - check: { label: Locataire }
              - check: { label: J'accepte }
              - stop_before: Envoyer
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        var fields = walk.Pages.SelectMany(p => p.Fields).ToList();
        Assert.That(fields.Select(f => (f.Label, f.Input, f.Legend, f.Value, f.FilledByProbe, string.Join("/", f.Options))), Is.EqualTo(new (string?, string?, string?, string?, bool, string)[]
        {
            ("Avez-vous des enfants ?", "radio", null, null, false, "Oui/Non"),
            ("J'ai un enfant à charge", "checkbox", null, null, true, ""),
            ("Logement", "radio", null, null, false, "Propriétaire/Locataire"),
            ("J'accepte de recevoir la lettre d'information", "checkbox", null, null, false, ""),
            ("J'accepte", "checkbox", null, null, false, ""),
            ("Je certifie l'exactitude des informations", "checkbox", null, null, false, ""),
        }), "seen first once ticked by the probe, the box is the probe's; the legend names the ARIA group once; the header's menu is not read, a section's footer is");
        Assert.That(fields.Select(f => Classifier.Default.Classify(f).Prefilled), Is.All.False);
    }

    [Test]
    public async Task A_choice_that_says_no_answer_was_given_is_not_a_value_the_site_filled()
    {
        // Démarche Numérique draws an optional yes/no or short drop-down list as radios with a last one « Non renseigné »
        // (value ""), which Rails checks when nothing was saved yet (yes_no_component.html.haml): the page says nothing is
        // known, so the field is asked, not pre-filled. A choice the site did check (« Marié(e) ») stays pre-filled.
        var fields = await FieldsOfPageAsync("non-renseigne", """
            <!doctype html><html lang="fr"><head><title>Votre situation</title></head><body><main>
            <form method="post" action="/envoyer">
              <fieldset class="fr-fieldset" id="situation-legend-fs"><legend class="fr-fieldset__legend">Situation familiale</legend>
                <div class="fr-fieldset__element"><div class="fr-radio-group"><input type="radio" name="dossier[champs][1][value]" value="Célibataire" id="c1"><label class="fr-label" for="c1">Célibataire</label></div></div>
                <div class="fr-fieldset__element"><div class="fr-radio-group"><input type="radio" name="dossier[champs][1][value]" value="Marié(e)" id="c2"><label class="fr-label" for="c2">Marié(e)</label></div></div>
                <div class="fr-fieldset__element"><div class="fr-radio-group"><input type="radio" name="dossier[champs][1][value]" value="" id="c3" checked><label class="fr-label" for="c3">Non renseigné</label></div></div>
              </fieldset>
              <fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">Êtes-vous allocataire de la CAF ?</legend>
                <div class="fr-fieldset__element"><div class="fr-radio-group"><input type="radio" name="dossier[champs][2][value]" value="true" id="o1"><label class="fr-label" for="o1">Oui</label></div></div>
                <div class="fr-fieldset__element"><div class="fr-radio-group"><input type="radio" name="dossier[champs][2][value]" value="false" id="o2"><label class="fr-label" for="o2">Non</label></div></div>
                <div class="fr-fieldset__element"><div class="fr-radio-group"><input type="radio" name="dossier[champs][2][value]" value="nr" id="o3" checked><label class="fr-label" for="o3">Non renseignée</label></div></div>
              </fieldset>
              <fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">Situation du conjoint</legend>
                <div class="fr-fieldset__element"><div class="fr-radio-group"><input type="radio" name="conjoint" value="Célibataire" id="s1"><label class="fr-label" for="s1">Célibataire</label></div></div>
                <div class="fr-fieldset__element"><div class="fr-radio-group"><input type="radio" name="conjoint" value="Marié(e)" id="s2" checked><label class="fr-label" for="s2">Marié(e)</label></div></div>
              </fieldset>
              <button type="submit">Envoyer ma demande</button>
            </form></main></body></html>
            """);

        Assert.That(fields["Situation familiale"].Value, Is.Null.Or.Empty, "« Non renseigné » (value \"\") says no answer");
        Assert.That(fields["Êtes-vous allocataire de la CAF ?"].Value, Is.Null.Or.Empty, "« Non renseignée » says no answer, whatever its value");
        Assert.That(fields["Situation du conjoint"].Value, Is.EqualTo("Marié(e)"));
        var situation = Classifier.Default.Classify(fields["Situation familiale"]);
        Assert.That(situation.Prefilled, Is.False, situation.Reason);
        Assert.That(Classifier.Default.Classify(fields["Situation du conjoint"]).Prefilled, Is.True);
    }

    [TestCase("location.hash = '#/etape-2'", TestName = "A_step_a_script_shows_under_a_new_route_is_a_new_page(hash route)")]
    [TestCase("history.pushState({}, '', '?etape=2')", TestName = "A_step_a_script_shows_under_a_new_route_is_a_new_page(query)")]
    public async Task A_step_a_script_shows_under_a_new_route_is_a_new_page(string route)
    {
        // A single-page form (Vue or React router) keeps its title and heading and changes only the route after « #» or
        // « ? »: each step is a page of the evidence, with its own screenshot and fields, as a person sees two screens.
        var walk = await WalkPageAsync("route-" + (route.Contains('#') ? "hash" : "query"), $$"""
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande de bourse</title></head><body><main><h1>Demande de bourse</h1>
            <form action="/envoi" method="post">
              <div id="s1"><label for="nom">Nom de naissance</label><input id="nom" name="nom">
                <button type="button" onclick="document.getElementById('s1').hidden = true; document.getElementById('s2').hidden = false; {{route}};">Continuer</button></div>
              <div id="s2" hidden><label for="rfr">Revenu fiscal de référence</label><input id="rfr" name="rfr" inputmode="numeric">
                <button type="submit">Envoyer ma demande</button></div>
            </form></main></body></html>
            """,
            """
              - fill: { label: Nom de naissance, value: "DUBOIS" }
              - click: Continuer
              - fill: { label: Revenu fiscal de référence, value: "12000" }
              - stop_before: Envoyer ma demande
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        Assert.That(walk.Pages.Select(p => string.Join(", ", p.Fields.Select(f => f.Label))), Is.EqualTo(new[] { "Nom de naissance", "Revenu fiscal de référence" }));
        Assert.That(walk.Pages.Select(p => p.Screenshot is { Length: > 0 }), Is.All.True, "each step has its own screenshot");
    }

    [Test]
    public async Task A_first_option_or_a_slider_at_rest_nobody_chose_is_not_a_value_the_site_filled()
    {
        // Django's ChoiceField and Symfony's ChoiceType without a placeholder draw a list with no empty choice: it shows its
        // first option though nobody chose it; a slider without a value rests at its midpoint (django-dsfr's NumberCursor).
        var fields = await FieldsOfPageAsync("liste-sans-choix-vide", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Votre foyer</title></head><body><main>
            <form method="post" action="/envoyer">
              <label for="sf">Situation familiale</label><select id="sf" name="sf"><option value="celibataire">Célibataire</option><option value="marie">Marié(e)</option></select>
              <label for="sc">Situation du conjoint</label><select id="sc" name="sc"><option value="celibataire">Célibataire</option><option value="marie" selected>Marié(e)</option></select>
              <label for="np">Nombre de personnes au foyer</label><input id="np" name="np" type="range" min="1" max="10" step="1">
              <label for="ne">Nombre d'enfants à charge</label><input id="ne" name="ne" type="range" min="0" max="10" step="1" value="2">
              <button type="submit">Envoyer ma demande</button>
            </form></main></body></html>
            """);

        Assert.That(fields["Situation familiale"].Value, Is.Null.Or.Empty, "the first option, shown because the list has no empty one");
        Assert.That(fields["Situation du conjoint"].Value, Is.EqualTo("Marié(e)"), "an option the page marked selected");
        Assert.That(fields["Nombre de personnes au foyer"].Value, Is.Null.Or.Empty, "a slider at rest");
        Assert.That(fields["Nombre d'enfants à charge"].Value, Is.EqualTo("2"));
        Assert.That(Classifier.Default.Classify(fields["Situation familiale"]).Prefilled, Is.False);
    }

    [Test]
    public async Task A_file_input_hidden_behind_its_button_is_an_upload_named_by_its_zone()
    {
        // No Angular Material component draws a file input: apps hide one behind a button that opens it, under a line that
        // names the document, then a hint and the name of the file chosen.
        var fields = await FieldsOfPageAsync("fichier-cache", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Pièces</title></head><body><main>
            <form method="post" action="/envoyer">
              <div class="upload-field"><p class="upload-label">Justificatif de domicile de moins de 3 mois *</p><p class="upload-hint">Facture d'énergie, quittance de loyer ou avis de taxe foncière.</p>
                <button type="button" onclick="document.getElementById('justificatif').click()">Choisir un fichier</button><span class="file-name">Aucun fichier sélectionné</span><input type="file" hidden id="justificatif" accept=".pdf"></div>
              <input type="file" hidden id="etat" name="etat">
              <button type="submit">Envoyer ma demande</button>
            </form></main></body></html>
            """);

        Assert.That(fields.Values.Select(f => (f.Label, f.Input)), Is.EqualTo(new (string?, string?)[] { ("Justificatif de domicile de moins de 3 mois", "file") }),
            "the upload behind its button is asked; a hidden file input with no zone around it is not");
    }

    [Test]
    public async Task A_date_picked_in_three_lists_is_one_date()
    {
        // Django's SelectDateWidget: three lists side by side, the label on the first; Drupal's datelist: three lists
        // labelled « Jour », « Mois », « Année » (hidden) in a fieldset whose legend names the date.
        var fields = await FieldsOfPageAsync("date-en-listes", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Votre identité</title></head><body><main>
            <form method="post" action="/envoyer">
              <div class="fr-input-group"><label for="id_date_naissance_day" class="fr-label">Date de naissance<span class="fr-required-marker" aria-hidden="true"> *</span></label>
                <select name="date_naissance_day" id="id_date_naissance_day"><option value="" selected>---</option><option value="1">1</option><option value="2">2</option><option value="3">3</option><option value="4">4</option><option value="5">5</option><option value="6">6</option><option value="7">7</option><option value="8">8</option><option value="9">9</option><option value="10">10</option><option value="11">11</option><option value="12">12</option><option value="13">13</option><option value="14">14</option><option value="15">15</option><option value="16">16</option><option value="17">17</option><option value="18">18</option><option value="19">19</option><option value="20">20</option><option value="21">21</option><option value="22">22</option><option value="23">23</option><option value="24">24</option><option value="25">25</option><option value="26">26</option><option value="27">27</option><option value="28">28</option><option value="29">29</option><option value="30">30</option><option value="31">31</option></select><select name="date_naissance_month" id="id_date_naissance_month"><option value="" selected>---</option><option value="1">janvier</option><option value="2">février</option><option value="3">mars</option><option value="4">avril</option><option value="5">mai</option><option value="6">juin</option><option value="7">juillet</option><option value="8">août</option><option value="9">septembre</option><option value="10">octobre</option><option value="11">novembre</option><option value="12">décembre</option></select><select name="date_naissance_year" id="id_date_naissance_year"><option value="" selected>---</option><option value="2010">2010</option><option value="2009">2009</option><option value="2008">2008</option><option value="2007">2007</option><option value="2006">2006</option><option value="2005">2005</option><option value="2004">2004</option><option value="2003">2003</option><option value="2002">2002</option><option value="2001">2001</option><option value="2000">2000</option><option value="1999">1999</option><option value="1998">1998</option><option value="1997">1997</option><option value="1996">1996</option><option value="1995">1995</option><option value="1994">1994</option><option value="1993">1993</option><option value="1992">1992</option><option value="1991">1991</option><option value="1990">1990</option><option value="1989">1989</option><option value="1988">1988</option><option value="1987">1987</option><option value="1986">1986</option><option value="1985">1985</option><option value="1984">1984</option><option value="1983">1983</option><option value="1982">1982</option><option value="1981">1981</option><option value="1980">1980</option><option value="1979">1979</option><option value="1978">1978</option><option value="1977">1977</option><option value="1976">1976</option><option value="1975">1975</option><option value="1974">1974</option><option value="1973">1973</option><option value="1972">1972</option><option value="1971">1971</option><option value="1970">1970</option><option value="1969">1969</option><option value="1968">1968</option><option value="1967">1967</option><option value="1966">1966</option><option value="1965">1965</option><option value="1964">1964</option><option value="1963">1963</option><option value="1962">1962</option><option value="1961">1961</option><option value="1960">1960</option><option value="1959">1959</option><option value="1958">1958</option><option value="1957">1957</option><option value="1956">1956</option><option value="1955">1955</option><option value="1954">1954</option><option value="1953">1953</option><option value="1952">1952</option><option value="1951">1951</option><option value="1950">1950</option></select></div>
              <fieldset><legend><span class="fieldset-legend">Date d'arrivée en France</span></legend><div class="container-inline">
                <div><label for="ad" class="visually-hidden">Jour</label><select id="ad" name="arrivee[day]" title="Jour"><option value="" selected>Jour</option><option value="1">1</option><option value="2">2</option><option value="3">3</option><option value="4">4</option><option value="5">5</option><option value="6">6</option><option value="7">7</option><option value="8">8</option><option value="9">9</option><option value="10">10</option><option value="11">11</option><option value="12">12</option><option value="13">13</option><option value="14">14</option><option value="15">15</option><option value="16">16</option><option value="17">17</option><option value="18">18</option><option value="19">19</option><option value="20">20</option><option value="21">21</option><option value="22">22</option><option value="23">23</option><option value="24">24</option><option value="25">25</option><option value="26">26</option><option value="27">27</option><option value="28">28</option><option value="29">29</option><option value="30">30</option><option value="31">31</option></select></div>
                <div><label for="am" class="visually-hidden">Mois</label><select id="am" name="arrivee[month]" title="Mois"><option value="" selected>Mois</option><option value="1">janvier</option><option value="2">février</option><option value="3">mars</option><option value="4">avril</option><option value="5">mai</option><option value="6">juin</option><option value="7">juillet</option><option value="8">août</option><option value="9">septembre</option><option value="10">octobre</option><option value="11">novembre</option><option value="12">décembre</option></select></div>
                <div><label for="ay" class="visually-hidden">Année</label><select id="ay" name="arrivee[year]" title="Année"><option value="" selected>Année</option><option value="2010">2010</option><option value="2009">2009</option><option value="2008">2008</option><option value="2007">2007</option><option value="2006">2006</option><option value="2005">2005</option><option value="2004">2004</option><option value="2003">2003</option><option value="2002">2002</option><option value="2001">2001</option><option value="2000">2000</option><option value="1999">1999</option><option value="1998">1998</option><option value="1997">1997</option><option value="1996">1996</option><option value="1995">1995</option><option value="1994">1994</option><option value="1993">1993</option><option value="1992">1992</option><option value="1991">1991</option><option value="1990">1990</option><option value="1989">1989</option><option value="1988">1988</option><option value="1987">1987</option><option value="1986">1986</option><option value="1985">1985</option><option value="1984">1984</option><option value="1983">1983</option><option value="1982">1982</option><option value="1981">1981</option><option value="1980">1980</option><option value="1979">1979</option><option value="1978">1978</option><option value="1977">1977</option><option value="1976">1976</option><option value="1975">1975</option><option value="1974">1974</option><option value="1973">1973</option><option value="1972">1972</option><option value="1971">1971</option><option value="1970">1970</option><option value="1969">1969</option><option value="1968">1968</option><option value="1967">1967</option><option value="1966">1966</option><option value="1965">1965</option><option value="1964">1964</option><option value="1963">1963</option><option value="1962">1962</option><option value="1961">1961</option><option value="1960">1960</option><option value="1959">1959</option><option value="1958">1958</option><option value="1957">1957</option><option value="1956">1956</option><option value="1955">1955</option><option value="1954">1954</option><option value="1953">1953</option><option value="1952">1952</option><option value="1951">1951</option><option value="1950">1950</option></select></div></div></fieldset>
              <label for="duree_annees">Durée du séjour (années)</label><input id="duree_annees" name="duree_annee" type="number">
              <button type="submit">Envoyer ma demande</button>
            </form></main></body></html>
            """);

        Assert.That(fields.Values.Select(f => (f.Label, f.Input)), Is.EqualTo(new (string?, string?)[]
        {
            ("Date de naissance", "date"), ("Date d'arrivée en France", "date"), ("Durée du séjour (années)", "number"),
        }), "each date is one field, named as its label or legend says; a number alone named « …_annee » is no date");
        Assert.That(Classifier.Default.Classify(fields["Date de naissance"]).ItemId, Is.EqualTo("identity.civil"));
    }

    [Test]
    public async Task A_date_a_kit_types_in_sections_beside_a_hidden_input_is_one_date()
    {
        // MUI X's date picker (v8) draws the day, month and year as role=spinbutton sections in a group named by its label,
        // beside a hidden input (aria-hidden) that holds the value: the date is asked, as a person sees it.
        var fields = await FieldsOfPageAsync("date-mui", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>L'élève</title></head><body><main>
            <form method="post" action="/envoyer">
              <div class="MuiFormControl-root MuiPickersTextField-root"><label class="MuiFormLabel-root Mui-required" for="«r3»" id="«r3»-label">Date de naissance de l'élève<span aria-hidden="true" class="MuiFormLabel-asterisk">&thinsp;*</span></label><div class="MuiPickersInputBase-root" role="group" aria-labelledby="«r3»-label"><div class="MuiPickersSectionList-root" tabindex="0" contenteditable="false"><span class="MuiPickersSectionList-section"><span class="MuiPickersSectionList-sectionContent" data-section="day" aria-valuemin="1" aria-valuemax="31" aria-valuetext="Vider" aria-label="Jour" tabindex="0" contenteditable="true" role="spinbutton" inputmode="numeric">JJ</span></span><span class="MuiPickersSectionList-section"><span class="MuiPickersSectionList-sectionContent" data-section="month" aria-valuemin="1" aria-valuemax="12" aria-valuetext="Vider" aria-label="Mois" tabindex="0" contenteditable="true" role="spinbutton" inputmode="numeric">MM</span></span><span class="MuiPickersSectionList-section"><span class="MuiPickersSectionList-sectionContent" data-section="year" aria-valuemin="1" aria-valuemax="9999" aria-valuetext="Vider" aria-label="Année" tabindex="0" contenteditable="true" role="spinbutton" inputmode="numeric">AAAA</span></span></div><button type="button" aria-label="Choisir la date">📅</button><input name="dateNaissance" class="MuiPickersInputBase-input" value="" id="«r3»" aria-hidden="true" tabindex="-1" required=""></div></div>
              <div class="MuiFormControl-root MuiPickersTextField-root"><label class="MuiFormLabel-root Mui-required" for="«rb»" id="«rb»-label">Date de début du transport<span aria-hidden="true" class="MuiFormLabel-asterisk">&thinsp;*</span></label><div class="MuiPickersInputBase-root" role="group" aria-labelledby="«rb»-label"><div class="MuiPickersSectionList-root" tabindex="0" contenteditable="false"><span class="MuiPickersSectionList-section"><span class="MuiPickersSectionList-sectionContent" data-section="day" aria-valuemin="1" aria-valuemax="31" aria-valuetext="Vider" aria-label="Jour" tabindex="0" contenteditable="true" role="spinbutton" inputmode="numeric">JJ</span></span><span class="MuiPickersSectionList-section"><span class="MuiPickersSectionList-sectionContent" data-section="month" aria-valuemin="1" aria-valuemax="12" aria-valuetext="Vider" aria-label="Mois" tabindex="0" contenteditable="true" role="spinbutton" inputmode="numeric">MM</span></span><span class="MuiPickersSectionList-section"><span class="MuiPickersSectionList-sectionContent" data-section="year" aria-valuemin="1" aria-valuemax="9999" aria-valuetext="Vider" aria-label="Année" tabindex="0" contenteditable="true" role="spinbutton" inputmode="numeric">AAAA</span></span></div><button type="button" aria-label="Choisir la date">📅</button><input name="dateDebut" class="MuiPickersInputBase-input" value="01/09/2026" id="«rb»" aria-hidden="true" tabindex="-1" required=""></div></div>
              <input name="jeton" aria-hidden="true" tabindex="-1" value="x">
              <button type="submit">Envoyer ma demande</button>
            </form></main></body></html>
            """);

        Assert.That(fields.Values.Select(f => (f.Label, f.Input, f.Value ?? "")), Is.EqualTo(new (string?, string?, string)[]
        {
            ("Date de naissance de l'élève", "date", ""), ("Date de début du transport", "date", "01/09/2026"),
        }), "each picker is one date with its label; a hidden input without sections is not asked");
        Assert.That(Classifier.Default.Classify(fields["Date de naissance de l'élève"]).ItemId, Is.EqualTo("identity.civil"));
    }

    [Test]
    public async Task An_upload_labelled_by_its_button_is_named_by_the_heading_above_it()
    {
        // react-dsfr's Upload says « Ajouter un fichier » in its label; the page names the document in a heading above it.
        var fields = await FieldsOfPageAsync("televersement-generique", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Pièces</title></head><body><main>
            <form method="post" action="/envoyer">
              <h3 class="fr-h5">Justificatif de domicile de moins de 3 mois</h3>
              <div class="fr-upload-group"><label class="fr-label" for="u1">Ajouter un fichier<span class="fr-hint-text">Taille maximale : 500 Mo.</span></label><input class="fr-upload" id="u1" type="file" name="u1"></div>
              <h3 class="fr-h5">Attestation de paiement de la CAF</h3>
              <div class="fr-upload-group"><label class="fr-label" for="u2">Ajouter un fichier<span class="fr-hint-text">Attestation de moins de 3 mois.</span></label><input class="fr-upload" id="u2" type="file" name="u2"></div>
              <div class="fr-upload-group"><label class="fr-label" for="u3">Dernier avis d'imposition<span class="fr-hint-text">Format PDF.</span></label><input class="fr-upload" id="u3" type="file" name="u3"></div>
              <button type="submit">Envoyer ma demande</button>
            </form></main></body></html>
            """);

        Assert.That(fields.Keys, Is.EqualTo(new[] { "Justificatif de domicile de moins de 3 mois", "Attestation de paiement de la CAF", "Dernier avis d'imposition" }));
        Assert.That(fields.Values.Select(f => Classifier.Default.Classify(f).ItemId), Is.EqualTo(new[] { "address.proof", "family.quotient", "tax.notice" }));
    }

    [Test]
    public async Task A_list_a_labelled_button_opens_is_one_question_whose_boxes_are_its_choices()
    {
        // vue-dsfr's DsfrMultiselect: a button named by a <label> opens a list of boxes drawn only once it is open.
        var walk = await WalkPageAsync("multiselect", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Périscolaire</title></head><body><main>
            <form method="post" action="/envoyer">
              <div class="fr-select-group" id="multiselect-activites"><label class="fr-label" for="activites"> Activités périscolaires souhaitées <span class="fr-hint-text"> Plusieurs choix possibles </span></label>
                <button id="activites" type="button" class="fr-btn fr-select fr-multiselect" aria-expanded="false" aria-controls="activites-collapse"><span> Sélectionner une option </span></button></div>
              <div class="fr-accordion"><h3 class="fr-accordion__title"><button type="button" class="fr-accordion__btn" aria-expanded="false" aria-controls="acc">En savoir plus</button></h3><div class="fr-collapse" id="acc">Texte.</div></div>
              <button type="submit">Envoyer ma demande</button>
            </form></main>
            <script>
              const btn = document.getElementById('activites');
              btn.addEventListener('click', () => {
                btn.setAttribute('aria-expanded', 'true');
                const c = document.createElement('div'); c.id = 'activites-collapse';
                c.innerHTML = '<fieldset class="fr-fieldset">' + ['Accueil du matin', 'Étude surveillée', 'Mercredi loisirs'].map((o, i) =>
                  '<div class="fr-checkbox-group"><input id="a' + i + '" type="checkbox" value="' + o + '"><label for="a' + i + '" class="fr-label">' + o + '</label></div>').join('') + '</fieldset>';
                btn.parentNode.appendChild(c);
              });
            </script></body></html>
            """,
            """
              - click: { css: "#activites" }
              - check: { label: Étude surveillée }
              - stop_before: Envoyer ma demande
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        var fields = walk.Pages.SelectMany(p => p.Fields).ToList();
        Assert.That(fields.Select(f => (f.Label, f.Input)), Is.EqualTo(new (string?, string?)[] { ("Activités périscolaires souhaitées", "select") }),
            "the list is one question, seen before it was opened; its boxes are its choices; an accordion's button asks nothing");
        Assert.That(fields[0].Options, Is.EqualTo(new[] { "Accueil du matin", "Étude surveillée", "Mercredi loisirs" }), "its choices, read once it was open");
        Assert.That(Classifier.Default.Classify(fields[0]) is { Prefilled: false, Counted: false });
    }

    [Test]
    public async Task Rails_dates_and_gravity_forms_markers_read_as_a_person_reads_them()
    {
        // Rails' date_select draws year, month and day as « …(1i) », « …(2i) », « …(3i) » under a label whose « for » names
        // none of them; Symfony's theme puts the help between a date's label (without « for ») and its lists; Gravity Forms
        // marks a required field « (Nécessaire) » inside its label.
        var fields = await FieldsOfPageAsync("rails-et-gravity", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Le jeune</title></head><body><main>
            <form method="post" action="/envoyer">
              <div class="fr-select-group"><label class="fr-label" for="demande_jeune_date_naissance">Date de naissance du jeune</label>
                <div class="fr-date-select"><select id="demande_jeune_date_naissance_1i" name="demande[jeune_date_naissance(1i)]"><option value="2012">2012</option><option value="2011">2011</option><option value="2010">2010</option><option value="2009">2009</option><option value="2008">2008</option><option value="2007">2007</option><option value="2006">2006</option><option value="2005">2005</option><option value="2004">2004</option><option value="2003">2003</option><option value="2002">2002</option><option value="2001">2001</option><option value="2000">2000</option></select><select id="demande_jeune_date_naissance_2i" name="demande[jeune_date_naissance(2i)]"><option value="1">janvier</option><option value="2">février</option><option value="3">mars</option><option value="4">avril</option><option value="5">mai</option><option value="6">juin</option><option value="7">juillet</option><option value="8">août</option><option value="9">septembre</option><option value="10">octobre</option><option value="11">novembre</option><option value="12">décembre</option></select><select id="demande_jeune_date_naissance_3i" name="demande[jeune_date_naissance(3i)]"><option value="1">1</option><option value="2">2</option><option value="3">3</option><option value="4">4</option><option value="5">5</option><option value="6">6</option><option value="7">7</option><option value="8">8</option><option value="9">9</option><option value="10">10</option><option value="11">11</option><option value="12">12</option><option value="13">13</option><option value="14">14</option><option value="15">15</option><option value="16">16</option><option value="17">17</option><option value="18">18</option><option value="19">19</option><option value="20">20</option><option value="21">21</option><option value="22">22</option><option value="23">23</option><option value="24">24</option><option value="25">25</option><option value="26">26</option><option value="27">27</option><option value="28">28</option><option value="29">29</option><option value="30">30</option><option value="31">31</option></select></div></div>
              <div class="fr-input-group"><label class="required fr-label">Date de naissance</label><span id="demande_dateNaissance_help" class="fr-hint-text">Telle qu’indiquée sur votre pièce d’identité</span>
                <div id="demande_dateNaissance"><select id="demande_dateNaissance_day" name="demande[dateNaissance][day]"><option value="1">1</option><option value="2">2</option><option value="3">3</option><option value="4">4</option><option value="5">5</option><option value="6">6</option><option value="7">7</option><option value="8">8</option><option value="9">9</option><option value="10">10</option><option value="11">11</option><option value="12">12</option><option value="13">13</option><option value="14">14</option><option value="15">15</option><option value="16">16</option><option value="17">17</option><option value="18">18</option><option value="19">19</option><option value="20">20</option><option value="21">21</option><option value="22">22</option><option value="23">23</option><option value="24">24</option><option value="25">25</option><option value="26">26</option><option value="27">27</option><option value="28">28</option><option value="29">29</option><option value="30">30</option><option value="31">31</option></select><select id="demande_dateNaissance_month" name="demande[dateNaissance][month]"><option value="1">janv.</option><option value="2">févr.</option><option value="3">mars</option></select><select id="demande_dateNaissance_year" name="demande[dateNaissance][year]"><option value="1990">1990</option><option value="1989">1989</option><option value="1988">1988</option><option value="1987">1987</option><option value="1986">1986</option></select></div></div>
              <div class="gfield gfield--type-phone gfield_contains_required"><label class="gfield_label gform-field-label" for="input_1_3">Téléphone<span class="gfield_required"><span class="gfield_required gfield_required_text">(Nécessaire)</span></span></label>
                <div class="ginput_container ginput_container_phone"><input name="input_3" id="input_1_3" type="tel" value="" class="large"></div></div>
              <button type="submit">Envoyer ma demande</button>
            </form></main></body></html>
            """);

        Assert.That(fields.Values.Select(f => (f.Label, f.Input, f.Required)), Is.EqualTo(new (string?, string?, bool)[]
        {
            ("Date de naissance du jeune", "date", false), ("Date de naissance", "date", false), ("Téléphone", "tel", true),
        }));
        Assert.That(fields["Date de naissance du jeune"].Name, Is.EqualTo("demande[jeune_date_naissance(3i)],demande[jeune_date_naissance(2i)],demande[jeune_date_naissance(1i)]"), "day, month, year");
    }

    [TestCase(false, TestName = "A_final_button_on_a_step_not_shown_yet_does_not_block_the_next_step(stop before it)")]
    [TestCase(true, TestName = "A_final_button_on_a_step_not_shown_yet_does_not_block_the_next_step(a script posting the shown final form is still blocked)")]
    public async Task A_final_button_on_a_step_not_shown_yet_does_not_block_the_next_step(bool postTheFinalForm)
    {
        // Gravity Forms keeps every page of a form in it, the next ones hidden: « Suivant » (type=button) posts the form to
        // the next page by script. The final button of the hidden last page does not make page 1 the final step; once
        // that page is shown, its form is final and a script that posts it is blocked.
        var walk = await WalkPageAsync("gravity-pages" + (postTheFinalForm ? "-final" : ""), """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Portage de repas</title></head><body><main><h1>Portage de repas</h1>
            <form method="post" action="etape2.html" id="gform_1">
              <div class="gform_page" id="gform_page_1_1"><label for="input_1_1">Nom</label><input id="input_1_1" name="input_1">
                <div class="gform_page_footer"><input type="button" id="gform_next_button_1_2" class="gform_next_button" value="Suivant" onclick="document.getElementById('gform_target_page_number_1').value='2'; this.form.submit();"></div></div>
              <div class="gform_page" id="gform_page_1_2" style="display:none;"><div class="gform_page_footer"><input type="submit" id="gform_submit_button_1" value="Envoyer ma demande"></div></div>
              <input type="hidden" name="gform_target_page_number_1" id="gform_target_page_number_1" value="2">
            </form></main></body></html>
            """,
            "- fill: { label: Nom, value: \"DUBOIS\" }\n- click: Suivant\n- wait_for: { text: Étape 2 }\n" + (postTheFinalForm ? "- click: Continuer\n" : "") + "- stop_before: Envoyer ma demande\n",
            ("etape2.html", """
                <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Étape 2</title></head><body><main><h1>Étape 2</h1>
                <form method="post" action="/envoi"><input type="button" value="Continuer" onclick="this.form.submit()"><input type="submit" value="Envoyer ma demande"></form></main></body></html>
                """));

        if (postTheFinalForm)
        {
            Assert.That(walk.Failure?.Kind, Is.EqualTo(FailureKind.SubmissionRefused), walk.Failure?.Message);
        }
        else
        {
            Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
            Assert.That(walk.Pages.Select(p => p.Title), Is.EqualTo(new[] { "Portage de repas", "Étape 2" }));
        }
    }

    [Test]
    public async Task Valider_under_a_form_that_asks_nothing_is_the_final_submission_and_is_never_sent()
    {
        // Publik's w.c.s. ends each procedure on a recap whose « Valider » sends the application, posted to the same address
        // as every step. « Valider » where the step asks something goes on; under the recap (values as text, a box to
        // certify) it is the submission: refused, and nothing reaches the site.
        var posted = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var walk = await WalkSiteAsync("wcs-valider", folder => KitPages.WcsServer(folder, posted), "demarche", """
            - fill: { label: Nom, value: "DUBOIS" }
            - click: Valider
            - check: { label: Je certifie sur l’honneur l’exactitude des informations fournies }
            - click: Valider
            - stop_before: Envoyer ma demande
            """, KitPages.WcsPages("Valider"));

        Assert.That(walk.Failure?.Kind, Is.EqualTo(FailureKind.SubmissionRefused), walk.Failure?.Message);
        Assert.That(walk.Failure!.Message, Does.Contain("clic sur « Valider » refusé : il enverrait la demande"));
        Assert.That(walk.Pages.Select(p => p.Url).ToList(), Has.Count.EqualTo(2).And.All.EndsWith("/demarche"), "step 1, then the recap as filled: the browser's error page for the aborted request is no page of the procedure");
        Assert.That(walk.Pages[1].Fields.Select(f => f.Label), Is.EqualTo(new[] { "Je certifie sur l’honneur l’exactitude des informations fournies" }));
        Assert.That(posted.Count(f => f.Contains("step=1", StringComparison.Ordinal)), Is.EqualTo(1), "step 1's « Valider » went on");
        Assert.That(posted.Where(f => f.Contains("step=validation", StringComparison.Ordinal)), Is.Empty, "the recap's « Valider » never reached the site");
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task A_demarche_numerique_champ_of_several_inputs_is_the_context_of_each_not_part_of_the_first_ones_name(bool inSection)
    {
        // Démarche Numérique's dgfip and cnaf champs label their first input with the champ's name too: « Avis d’imposition
        // Le numéro fiscal » read as the tax notice (counted) where the input asks its key, and « Le code postal » lost the
        // « Allocataire CAF » that makes it part of the CAF key (counted as the home address); pole_emploi's and mesri's one
        // input labelled twice read « Inscription à France Travail Identifiant » as the status it unlocks. DN sets its champs
        // in the fieldset of their header section, whose legend names none of them; a form without sections has none.
        static string Champ(string id, string title, params (string Suffix, string Label, string Notice)[] inputs) => $"""
            <div class="fr-fieldset__element" id="champ-{id}" data-type="EditableChamp::ApiParticulierComponent"><div class="editable-champ editable-champ-{id} fr-input-group" data-controller="autosave">
            <label class="fr-label" id="champ-{id}-value-label" for="champ-{id}-input-{inputs[0].Suffix}">{title}</label><div class="{id}-inputs">
            {string.Concat(inputs.Select(i => $"""<div><label for="champ-{id}-input-{i.Suffix}">{i.Label}</label><p class="notice">{i.Notice}</p><input class="width-33-desktop" id="champ-{id}-input-{i.Suffix}" type="text" name="dossier[champs_public_attributes][{id}][{i.Suffix}]"></div>"""))}
            </div></div></div>
            """;
        var (open, close) = inSection
            ? ("<fieldset class=\"fr-fieldset\"><legend class=\"fr-fieldset__legend\"><h2 class=\"header-section\">Données connues de l’administration</h2></legend>", "</fieldset>")
            : ("<div class=\"fr-fieldset\">", "</div>");
        var fields = await FieldsOfPageAsync("dn-champs-api", $"""
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande d’aide · demarches-simplifiees.fr</title></head><body><main><h1>Demande d’aide</h1>
            <form action="/dossiers/4242" method="post">{open}
            {Champ("dgfip", "Avis d’imposition", ("numero_fiscal", "Le numéro fiscal", "Il est généralement composé de 13 ou 14 caractères."), ("reference_avis", "La référence d’avis d’imposition", "Elle est généralement composée de 13 ou 14 caractères."))}
            {Champ("cnaf", "Allocataire CAF", ("numero_allocataire", "Le numéro d’allocataire CAF", "Il est généralement composé de 7 chiffres."), ("code_postal", "Le code postal", "Il est généralement composé de 5 chiffres."))}
            {Champ("pole_emploi", "Inscription à France Travail", ("value", "Identifiant", "Il est généralement composé de caractères alphanumériques."))}
            {Champ("mesri", "Statut étudiant", ("value", "INE", "Identifiant National Étudiant. Il est généralement composé de caractères alphanumériques."))}
            {close}<button type="submit">Envoyer ma demande</button></form></main></body></html>
            """);

        Assert.That(fields.Values.Select(f => (f.Label, f.Legend)), Is.EqualTo(new (string?, string?)[]
        {
            ("Le numéro fiscal", "Avis d’imposition"), ("La référence d’avis d’imposition", "Avis d’imposition"),
            ("Le numéro d’allocataire CAF", "Allocataire CAF"), ("Le code postal", "Allocataire CAF"),
            ("Identifiant", "Inscription à France Travail"), ("INE", "Statut étudiant"),
        }));
        Assert.That(fields.Values.Select(f => Classifier.Default.Classify(f)).Select(d => (d.Holding, d.Counted)), Is.All.EqualTo(((Catalogue.Holding?)Catalogue.Holding.Key, false)), "six keys, none counted");
    }

    [Test]
    public async Task Hints_read_as_they_show_once_and_sections_are_not_a_notices_title()
    {
        // As Démarche Numérique writes them: a callout's title (« Avant de commencer ») titles the callout, not the champs after
        // it; a hint that gives the eye « 075-FDD-00003-01 » and the ear « 075 tiret FDD… » is read as it shows; a label that
        // names its input twice (for and aria-labelledby) gives its hint once; a champ of several inputs writes each one's
        // notice beside it; a section titles fields however deep they sit.
        var deep = string.Concat(Enumerable.Repeat("<div>", 9));
        var shut = string.Concat(Enumerable.Repeat("</div>", 9));
        var fields = await FieldsOfPageAsync("dn-aides-et-sections", $"""
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body><main><h1>Demande</h1>
            <form action="/dossiers/4242" method="post">
            <h2 class="header-section">Votre situation</h2>
            <div class="fr-callout"><h3 class="fr-callout__title">Avant de commencer</h3><p class="fr-callout__text">Munissez-vous de votre avis d’imposition.</p></div>
            <div class="editable-champ fr-input-group"><label class="fr-label" id="rnf-label" for="rnf">Numéro RNF<span class="fr-hint-text">Exemple : <span aria-hidden="true">075-FDD-00003-01</span> <span class="sr-only" style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">075 tiret FDD tiret 00003 tiret 01</span></span></label>
            <input id="rnf" aria-labelledby="rnf-label" type="text" name="rnf"></div>
            <div class="editable-champ fr-input-group"><label class="fr-label" for="fiscal-1">Avis d’imposition</label>
            <div><label for="fiscal-1">Le numéro fiscal</label><p class="notice">Il est généralement composé de 13 ou 14 caractères.</p><input id="fiscal-1" type="text" name="fiscal"></div>
            <div><label for="fiscal-2">La référence d’avis d’imposition</label><p class="notice">Elle est généralement composée de 13 ou 14 caractères.</p><input id="fiscal-2" type="text" name="reference"></div></div>
            <h2 class="header-section">Votre logement</h2>
            {deep}<label for="loyer">Montant du loyer</label><input id="loyer" type="text" name="loyer">{shut}
            <button type="submit">Envoyer ma demande</button></form></main></body></html>
            """);

        var kept = await WalkPageAsync("titres-et-aides", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body><main><h1>Enfant n° 2 — Cerfa n° 15776*01</h1>
            <form action="envoi.html" method="post">
            <div class="fr-alert"><h3 class="fr-alert__title">Attestation sur l’honneur</h3><input type="checkbox" id="atteste" name="atteste"><label for="atteste">J’atteste l’exactitude des informations</label></div>
            <label for="naissance">Date de naissance<span class="fr-hint-text">Format attendu : JJ/MM/AAAA<br>Exemple : 14/07/1990</span></label><input id="naissance" name="naissance">
            <label for="code">Code<span class="fr-hint-text">13 caractères</span></label><input id="code" name="code" aria-describedby="code-aide"><p id="code-aide">3 caractères</p>
            <button type="submit">Envoyer ma demande</button></form></main></body></html>
            """, "- stop_before: Envoyer ma demande");
        Assert.That(kept.Failure, Is.Null, kept.Failure?.Message);
        var keptFields = kept.Pages.Single().Fields.ToDictionary(f => f.Label ?? "");
        Assert.Multiple(() =>
        {
            Assert.That(kept.Pages.Single().Title, Is.EqualTo("Enfant n° 2 — Cerfa n° 15776*01"), "a child's or a form's number is no file's");
            Assert.That(keptFields["J’atteste l’exactitude des informations"].Section, Is.EqualTo("Attestation sur l’honneur"), "a field in a box is titled by it");
            Assert.That(keptFields["Date de naissance"].Hint, Is.EqualTo("Format attendu : JJ/MM/AAAA Exemple : 14/07/1990"), "the hint's lines apart");
            Assert.That(keptFields["Code"].Hint, Is.EqualTo("13 caractères 3 caractères"), "whole hints compared");
        });

        Assert.Multiple(() =>
        {
            Assert.That(fields["Numéro RNF"].Hint, Is.EqualTo("Exemple : 075-FDD-00003-01"));
            Assert.That(fields["Numéro RNF"].Section, Is.EqualTo("Votre situation"), "the callout's title is no section");
            Assert.That(fields.Values.Single(f => f.Label == "Le numéro fiscal").Hint, Is.EqualTo("Il est généralement composé de 13 ou 14 caractères."));
            Assert.That(fields.Values.Single(f => f.Label == "La référence d’avis d’imposition").Hint, Is.EqualTo("Elle est généralement composée de 13 ou 14 caractères."));
            Assert.That(fields["Montant du loyer"].Section, Is.EqualTo("Votre logement"), "nine blocks deep");
        });
    }

    [Test]
    public async Task Contact_form_7_fields_are_named_by_their_question_not_by_their_options()
    {
        // Contact Form 7 nests each field in its label (a list's options were read into its name: « Vous êtes *
        // —Veuillez choisir une option—La personne concernée… ») and writes a list's question as bare text before it, in
        // the same paragraph (the group was named by its first choice, « Copie intégrale »).
        var fields = await FieldsOfPageAsync("cf7-champs", KitPages.Cf7Page("Envoyer ma demande"));

        Assert.That(fields.Values.Select(f => (f.Label, f.Legend, f.Input, f.Required)), Is.EqualTo(new (string?, string?, string?, bool)[]
        {
            ("Nom de naissance", null, "text", true), ("Commune de naissance", null, "text", true), ("Type d’acte demandé", null, "radio", true),
            ("Vous êtes", null, "select", true), ("Carte d’identité ou passeport", "Motif de la demande", "checkbox", false), ("Succession", "Motif de la demande", "checkbox", false),
        }));
        Assert.That(fields["Type d’acte demandé"].Value, Is.EqualTo("Copie intégrale"));
    }

    [Test]
    public async Task An_upload_whose_label_names_no_element_is_found_by_part_of_its_label()
    {
        // SPIP's CVT-Upload labels its upload « for="champ_fichiers_1" » and draws the input « id="fichiers_1_0" »: the
        // evidence named it by that label, but a target by part of it (not `exact`, Playwright's own lookup) found nothing,
        // and the message said the form had changed.
        var walk = await WalkPageAsync("spip-cvtupload", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Inscription scolaire</title></head><body><main><h1>Inscription scolaire</h1>
            <form method="post" action="envoi.html" enctype="multipart/form-data"><div class="editer-groupe">
            <div class="editer editer_fichiers_1 obligatoire saisie_fichiers">
              <label class="editer-label" for="champ_fichiers_1">Justificatif de domicile de moins de 3 mois<span class='obligatoire'>[Obligatoire]</span></label>
              <input type="file" class="file" name="fichiers_1[0]" id="fichiers_1_0" size="40" accept="application/pdf,image/jpeg,image/png" /></div>
            <div class="editer editer_fichiers_2 saisie_fichiers">
              <label class="editer-label" for="champ_fichiers_2">Livret de famille (pages parents et enfant)</label>
              <input type="file" class="file" name="fichiers_2[0]" id="fichiers_2_0" size="40" accept="application/pdf,image/jpeg,image/png" /></div>
            </div><p class="boutons"><button type="submit" class="submit">Envoyer ma demande</button></p></form></main></body></html>
            """,
            """
              - upload: { label: Justificatif de domicile, file: files/justificatif-domicile.pdf }
              - upload: { label: livret de famille, file: files/acte-naissance.pdf }
              - stop_before: Envoyer ma demande
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        Assert.That(walk.Pages[0].Fields.Select(f => (f.Label, f.Required)), Is.EqualTo(new[] { ("Justificatif de domicile de moins de 3 mois", true), ("Livret de famille (pages parents et enfant)", false) }));
        Assert.That(walk.Steps.Take(3).Select(s => s.Succeeded), Is.All.True);
    }

    [Test]
    public async Task Spip_saisies_marks_and_errors_are_read_as_a_person_reads_them()
    {
        // SPIP's Saisies mark a required field « Nom<span class="obligatoire">[Obligatoire]</span> » (kept in every label: a
        // step « label: Nom » found nothing, « Nom » and « Prénom[Obligatoire] » both held the word), and write the server's
        // refusal in « span.erreur_message » under the field, summed up in « .reponse_formulaire_erreur » (the step went on,
        // and the next one failed as if the form had changed), and may say the step in a line of text (every page bore the
        // form's one title).
        const string page = """
            <!doctype html><html lang="fr" dir="ltr"><head><meta charset="utf-8"><title>Inscription scolaire - Mairie de Villeval</title></head><body><main>
            <h1 class="h1">Inscription scolaire</h1>
            <div class="formulaire_spip formulaire_formidable formulaire_formidable-3" id="formulaire_formidable_3">ERREUR
            <form method="post" action="/inscription#formulaire_formidable_3"><div>
            <span class="form-hidden"><input name="formulaire_action" type="hidden" value="formidable"><input type="hidden" name="id_formulaire" value="3"/></span>
            <div class="formulaire_spip__etapes etapes formulaire_spip__etapes--courante" data-etapes_max="2">
              Étape <span class="formulaire_spip_etape__courante">1</span> / <span class="formulaire_spip_etape__total">2</span> :  L’enfant</div>
            <div class="editer-groupe">
            <div class="editer editer_nom obligatoire CLASSE saisie_input">
              <label class="editer-label" for="champ_nom">Nom<span class='obligatoire'>[Obligatoire]</span></label>MESSAGE
              <input type="text" name="nom" class="text" id="champ_nom" /></div>
            <div class="editer editer_prenom obligatoire saisie_input">
              <label class="editer-label" for="champ_prenom">Prénom<span class='obligatoire'>[Obligatoire]</span></label>
              <input type="text" name="prenom" class="text" id="champ_prenom" /></div>
            </div>
            <p class="boutons"><button type="submit" class="submit submit_suivant" value="1"><span class="btn__label">Suivant</span></button></p>
            </div></form></div></main></body></html>
            """;
        var received = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var walk = await WalkSiteAsync("spip-saisies", folder => new LoopbackFiles(folder)
        {
            Posted = (path, form) => { received.Enqueue(form); return form.Contains("nom=&", StringComparison.Ordinal) ? "inscription-erreurs" : "inscription-2"; },
        }, "inscription", """
            - fill: { label: Prénom, value: Camille }
            - click: Suivant
            - stop_before: Envoyer ma demande
            """,
            ("inscription", page.Replace("ERREUR", "").Replace("CLASSE", "").Replace("MESSAGE", "")),
            ("inscription-erreurs", page.Replace("ERREUR", """<div class="reponse_formulaire reponse_formulaire_erreur" role="alert">Il y a 1 erreur dans votre saisie, veuillez vérifier votre saisie.</div>""")
                .Replace("CLASSE", "erreur").Replace("MESSAGE", """<span class='erreur_message' id="erreur_nom">Cette information est obligatoire</span>""")),
            ("inscription-2", """<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Étape 2</title></head><body><form method="post"><button>Envoyer ma demande</button></form></body></html>"""));

        Assert.That(walk.Pages[0].Fields.Select(f => (f.Label, f.Required)), Is.EqualTo(new[] { ("Nom", true), ("Prénom", true) }), "the mark is no part of the label, and says it is required");
        Assert.That(walk.Pages[0].Title, Is.EqualTo("Inscription scolaire — L’enfant"), "the step the line of text names");
        Assert.That(walk.Failure?.Kind, Is.EqualTo(FailureKind.ScenarioError), walk.Failure?.Message);
        Assert.That(walk.Failure!.Message, Does.Contain("cliquer sur le bouton « Suivant » : le site a refusé l'étape : « Nom » : Cette information est obligatoire."));
        Assert.That(received, Has.Count.EqualTo(1));
    }

    /// <summary>Walks Contact Form 7's page with this submit button; what its REST API received.</summary>
    private static async Task<(WalkResult Walk, IReadOnlyCollection<string> Received)> WalkCf7Async(string id, string steps, string submit, bool email = false)
    {
        var received = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var walk = await WalkSiteAsync(id, folder => KitPages.Cf7Server(folder, received), "demande-acte", steps, ("demande-acte", KitPages.Cf7Page(submit, email: email)), KitPages.Cf7Sent);
        return (walk, received);
    }

    [Test]
    public async Task A_value_contact_form_7_refuses_as_it_is_typed_fails_the_walk_at_its_step()
    {
        // Contact Form 7 checks a field once it changes and draws its message in the field's box (« L’adresse e-mail saisie
        // n’est pas valide. »): the page as measured at `stop_before` would not be sent with the persona's value. The walk
        // said ✓; it now fails at the step that typed the value, naming the field and the site's message.
        var (walk, received) = await WalkCf7Async("cf7-courriel", """
            - fill: { label: Adresse e-mail, value: "dubois.exemple.fr" }
            - fill: { label: Nom de naissance, value: "DUBOIS" }
            - stop_before: Envoyer
            """, "Envoyer", email: true);

        Assert.That(walk.Failure?.Kind, Is.EqualTo(FailureKind.ScenarioError), walk.Failure?.Message);
        Assert.That(walk.Failure!.Message, Does.Contain("le site a refusé la valeur").And.Contain("Adresse e-mail").And.Contain("L’adresse e-mail saisie n’est pas valide."));
        Assert.That(walk.Failure.Message, Does.Contain(":11:5 : remplir le champ « Adresse e-mail »"), "said at the step that typed it");
        Assert.That(received, Is.Empty, "nothing reached the site");

        // A valid address: the same walk measures the page.
        var (valid, _) = await WalkCf7Async("cf7-courriel-valide", """
            - fill: { label: Adresse e-mail, value: "dubois@exemple.fr" }
            - fill: { label: Nom de naissance, value: "DUBOIS" }
            - stop_before: Envoyer
            """, "Envoyer", email: true);
        Assert.That(valid.Failure, Is.Null, valid.Failure?.Message);
    }

    [Test]
    public async Task Enter_in_a_field_of_a_form_a_script_sends_itself_is_refused_and_nothing_is_sent()
    {
        // Contact Form 7 never posts to its form's target: its `submit` handler sends the form by fetch to its REST API, which
        // the network guard did not know. Enter in a field is the form's submission by « Envoyer »: the event is stopped
        // before the page's handler sees it, and the walk says so.
        var (walk, received) = await WalkCf7Async("cf7-entree", """
            - fill: { label: Nom de naissance, value: "DUBOIS" }
            - fill: { label: Commune de naissance, value: Lyon }
            - press: { label: Commune de naissance, key: Enter }
            - stop_before: Envoyer
            """, "Envoyer");

        Assert.That(walk.Failure?.Kind, Is.EqualTo(FailureKind.SubmissionRefused), walk.Failure?.Message);
        Assert.That(walk.Failure!.Message, Does.Contain("appuyer sur Enter dans le champ « Commune de naissance » : la page a tenté d'envoyer la demande (envoi par le script de la page, formulaire de « Envoyer »)"));
        Assert.That(received, Is.Empty, "nothing reached the site");
    }

    [Test]
    public async Task The_only_valider_of_a_page_that_shows_no_step_sends_it_and_is_refused()
    {
        // A single-page form (Contact Form 7's, SPIP Formidable's) whose only button reads « Valider »: no stepper, no way back,
        // nothing says another step follows. It is the submission: the click is refused and nothing reaches the site.
        var (walk, received) = await WalkCf7Async("cf7-valider", """
            - fill: { label: Nom de naissance, value: "DUBOIS" }
            - click: Valider
            - stop_before: Envoyer ma demande
            """, "Valider");

        Assert.That(walk.Failure?.Kind, Is.EqualTo(FailureKind.SubmissionRefused), walk.Failure?.Message);
        Assert.That(walk.Failure!.Message, Does.Contain("clic sur « Valider » refusé : il enverrait la demande"));
        Assert.That(received, Is.Empty, "nothing reached the site");
    }

    [Test]
    public async Task Valider_on_a_recap_that_sends_by_script_is_refused_and_nothing_is_sent()
    {
        // A single-page app has no form the guard can learn: its recap's « Valider » (type=button) sends by fetch. The click
        // is refused; the same « Valider » on the step that asks something went on.
        var posted = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var walk = await WalkSiteAsync("spa-valider", folder => new LoopbackFiles(folder) { Posted = (path, form) => { posted.Enqueue(path); return null; } }, "demande.html", """
            - fill: { label: Nom, value: "DUBOIS" }
            - click: Valider
            - wait_for: { text: Vérifiez les informations }
            - click: Valider
            - stop_before: Envoyer ma demande
            """, ("demande.html", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Aide aux familles</title></head><body><main><h1>Aide aux familles</h1>
            <div id="etape"><label for="nom">Nom</label><input id="nom"><button type="button" id="suite">Valider</button></div>
            <div id="recap" hidden><h2>Vérifiez les informations</h2><p>Nom : <span id="vu"></span></p><button type="button" id="envoi">Valider</button></div>
            <script>
              document.getElementById('suite').onclick = () => { document.getElementById('vu').textContent = document.getElementById('nom').value;
                document.getElementById('etape').hidden = true; document.getElementById('recap').hidden = false; };
              document.getElementById('envoi').onclick = () => fetch('/api/demandes', { method: 'POST', body: 'nom=' + document.getElementById('vu').textContent });
            </script></main></body></html>
            """));

        Assert.That(walk.Failure?.Kind, Is.EqualTo(FailureKind.SubmissionRefused), walk.Failure?.Message);
        Assert.That(walk.Failure!.Message, Does.Contain("clic sur « Valider » refusé : il enverrait la demande"));
        await Task.Delay(300);
        Assert.That(posted, Is.Empty, "nothing was sent");
    }

    [Test]
    public async Task A_list_drawn_as_a_labelled_div_is_asked()
    {
        // ngx-dsfr's dsfr-select: <div class="fr-select"> named by a <label for>, options in an overlay, no ARIA at all.
        var fields = await FieldsOfPageAsync("ngx-select", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Bourse de collège</title></head><body><main>
            <form method="post" action="/envoyer">
              <dsfr-select><div class="fr-select-group"><label class="fr-label" for="classe">Classe à la rentrée</label>
                <div class="fr-select" id="classe" tabindex="0">Sélectionnez une option</div></div></dsfr-select>
              <div class="fr-select-group"><label class="fr-label" for="echelon">Échelon demandé</label><select class="fr-select" id="echelon"><option value="">Choisir</option><option>1</option></select></div>
              <button type="submit">Envoyer ma demande</button>
            </form></main></body></html>
            """);

        Assert.That(fields.Values.Select(f => (f.Label, f.Input, f.Value ?? "")), Is.EqualTo(new (string?, string?, string)[]
        {
            ("Classe à la rentrée", "select", ""), ("Échelon demandé", "select", ""),
        }), "the drawn list is one field, its prompt no value; a native list with the same class is read once");
        Assert.That(Classifier.Default.Classify(fields["Classe à la rentrée"]).ItemId, Is.EqualTo("education.student"));
    }

    [Test]
    public async Task An_exact_label_is_the_label_as_a_person_reads_it_without_its_hint_or_required_mark()
    {
        // DSFR writes the hint inside the label (react-dsfr's Input), vue-dsfr adds « <span class="required">*</span> », MUI an
        // asterisk hidden from assistive technology; the ids are the ones each framework generates anew with each build. A
        // person reads « Adresse », « Nom de l'enfant », « Nom de l'élève »: `exact: true` finds the field by those words, and
        // not « Complément d'adresse », « Prénom de l'enfant » or « Prénom de l'élève », which a partial label also finds.
        var walk = await WalkPageAsync("libelle-exact", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body><main><h1>Demande</h1>
            <form novalidate>
              <div class="fr-input-group"><label class="fr-label" for="input-:r8:">Adresse<span class="fr-hint-text">Numéro et libellé de la voie</span></label><input name="adresse" autocomplete="address-line1" class="fr-input" type="text" id="input-:r8:"></div>
              <div class="fr-input-group"><label class="fr-label" for="input-:r9:">Complément d'adresse (optionnel)<span class="fr-hint-text">Bâtiment, immeuble, escalier et numéro d'appartement</span></label><input name="complement" autocomplete="address-line2" class="fr-input" type="text" id="input-:r9:"></div>
              <div class="fr-input-group" data-testid="input-group-v-12-"><label class="fr-label" for="basic-v-13-input"> Nom de l'enfant <span class="required">*</span></label><input id="basic-v-13-input" name="enfantNom" required class="fr-input"></div>
              <div class="fr-input-group" data-testid="input-group-v-14-"><label class="fr-label" for="basic-v-15-input"> Prénom de l'enfant <span class="required">*</span></label><input id="basic-v-15-input" name="enfantPrenom" required class="fr-input"></div>
              <div class="MuiFormControl-root MuiTextField-root"><label class="MuiFormLabel-root MuiInputLabel-root Mui-required" for="«r1»" id="«r1»-label">Nom de l'élève<span aria-hidden="true" class="MuiFormLabel-asterisk MuiInputLabel-asterisk">&thinsp;*</span></label><div class="MuiInputBase-root"><input aria-invalid="false" id="«r1»" name="nom" type="text" class="MuiInputBase-input" value="" required=""></div></div>
              <div class="MuiFormControl-root MuiTextField-root"><label class="MuiFormLabel-root MuiInputLabel-root Mui-required" for="«r2»" id="«r2»-label">Prénom de l'élève<span aria-hidden="true" class="MuiFormLabel-asterisk MuiInputLabel-asterisk">&thinsp;*</span></label><div class="MuiInputBase-root"><input aria-invalid="false" id="«r2»" name="prenom" type="text" class="MuiInputBase-input" value="" required=""></div></div>
              <div class="MuiFormControl-root"><label class="MuiFormLabel-root Mui-required" id="regime-radio-label">Régime<span aria-hidden="true" class="MuiFormLabel-asterisk">&thinsp;*</span></label><div class="MuiFormGroup-root MuiRadioGroup-root" role="radiogroup" aria-labelledby="regime-radio-label">
                <label class="MuiFormControlLabel-root"><span class="MuiRadio-root"><input class="PrivateSwitchBase-input" name="regime" type="radio" value="externe" required=""></span><span class="MuiTypography-root">Externe</span></label>
                <label class="MuiFormControlLabel-root"><span class="MuiRadio-root"><input class="PrivateSwitchBase-input" name="regime" type="radio" value="demi-pensionnaire" required=""></span><span class="MuiTypography-root">Demi-pensionnaire</span></label></div></div>
              <button type="submit">Envoyer ma demande</button>
            </form></main></body></html>
            """,
            """
              - fill: { label: Adresse, exact: true, value: "${adresse}" }
              - fill: { label: Nom de l'enfant, exact: true, value: "DUBOIS" }
              - fill: { label: Nom de l'élève, exact: true, value: "DUBOIS" }
              - stop_before: Envoyer ma demande
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        Assert.That(walk.Steps.Select(s => s.Succeeded), Is.All.True, "each exact label found one field");
        var fields = walk.Pages.SelectMany(p => p.Fields).ToList();
        Assert.That(fields.Select(f => f.Label), Is.EqualTo(new[] { "Adresse", "Complément d'adresse", "Nom de l'enfant", "Prénom de l'enfant", "Nom de l'élève", "Prénom de l'élève", "Régime" }),
            "the words the step names are the label the evidence shows");
    }

    [Test]
    public async Task A_select_on_a_list_a_kit_draws_opens_it_and_picks_the_option_by_its_text()
    {
        // Angular Material's mat-select: a role=combobox whose options an overlay draws once it opens. A person opens it,
        // presses « Locataire » and sees it shown; the label is « Type de véhicule », not its placeholder « Choisir ».
        var walk = await WalkPageAsync("liste-dessinee", KitPages.MatSelect, """
            - select: { label: Vous êtes, option: Locataire }
            - select: { label: Type de véhicule, exact: true, option: Voiture particulière }
            - stop_before: Envoyer ma demande
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        var fields = walk.Pages.SelectMany(p => p.Fields).ToList();
        Assert.That(fields.Select(f => (f.Label, f.Input)), Is.EqualTo(new (string?, string?)[]
        {
            ("Vous êtes", "select"), ("Type de véhicule", "select"), ("Numéro d'immatriculation", "text"),
        }), "the value span, and the placeholder it shows, are no label");

        // An option the list does not offer, or a `select` on a text field: the scenario or the form is to fix, said in French.
        var absent = await WalkPageAsync("liste-dessinee-option-absente", KitPages.MatSelect, """
            - select: { label: Vous êtes, option: Bailleur }
            - stop_before: Envoyer ma demande
            """);
        Assert.That(absent.Failure?.Kind, Is.EqualTo(FailureKind.TargetNotFound), absent.Failure?.Message);
        Assert.That(absent.Failure!.Message, Does.Contain(":11:5 : choisir « Bailleur » dans le champ « Vous êtes » : « Bailleur » n'est pas parmi les choix de la liste ; choix les plus proches : ")
            .And.Contain("« Locataire »"));
        var notAList = await WalkPageAsync("liste-dessinee-pas-une-liste", KitPages.MatSelect, """
            - select: { label: Numéro d'immatriculation, option: Voiture particulière }
            - stop_before: Envoyer ma demande
            """);
        Assert.That(notAList.Failure?.Kind, Is.EqualTo(FailureKind.ScenarioError), notAList.Failure?.Message);
        Assert.That(notAList.Failure!.Message, Does.Contain("choisir « Voiture particulière » dans le champ « Numéro d'immatriculation » : l'élément trouvé n'est pas une liste"));
    }

    [Test]
    public async Task A_wizard_step_posted_back_to_the_same_address_under_the_same_title_is_a_new_page_and_the_same_step_drawn_again_is_not()
    {
        // Drupal's Webform wizard posts each step back to « /otv » and answers the next one there, with the same title and
        // heading: a new document with other fields is another page, with its own fields and screenshot.
        var walk = await WalkSiteAsync("webform-assistant", folder => KitPages.WebformServer(folder), "otv", """
            - check: { label: Madame }
            - fill: { label: Nom, exact: true, value: "DUBOIS" }
            - fill: { label: Prénom, value: "Angela" }
            - click: Suivant >
            - fill: { label: Date de départ, value: "2027-07-10" }
            - stop_before: Envoyer ma demande
            """, KitPages.WebformWizard);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        Assert.That(walk.Pages.Select(p => string.Join(", ", p.Fields.Select(f => f.Label))), Is.EqualTo(new[] { "Civilité, Nom, Prénom", "Date de départ, Date de retour" }));
        Assert.That(walk.Pages.Select(p => (p.Title, new Uri(p.Url).AbsolutePath)).Distinct().Count(), Is.EqualTo(1), "the same address and title");
        Assert.That(walk.Pages.Select(p => p.Screenshot is { Length: > 0 }), Is.All.True, "each step has its own screenshot");
        Assert.That(walk.Pages[1].Fields.Select(f => Classifier.Default.Classify(f).Prefilled), Is.All.False);

        // The site refuses the step (no name) and draws it again with its errors: the same page, as before; the click
        // fails, naming the field refused and quoting the message the site shows beside it.
        var refused = await WalkSiteAsync("webform-assistant-refuse", folder => KitPages.WebformServer(folder), "otv", """
            - check: { label: Madame }
            - click: Suivant >
            - fill: { label: Date de départ, value: "2027-07-10" }
            - stop_before: Envoyer ma demande
            """, KitPages.WebformWizard);

        Assert.That(refused.Failure?.Kind, Is.EqualTo(FailureKind.ScenarioError), refused.Failure?.Message);
        Assert.That(refused.Failure!.Message, Does.Contain("cliquer sur le bouton « Suivant > » : le site a refusé l'étape : « Nom » : Le champ Nom est requis. La page « Opération tranquillité vacances »"),
            "Drupal's message, quoted");
        Assert.That(refused.Pages.Select(p => string.Join(", ", p.Fields.Select(f => f.Label))), Is.EqualTo(new[] { "Civilité, Nom, Prénom" }),
            "one page: the step drawn again with its errors is the step left");
    }

    [Test]
    public async Task A_stepper_that_keeps_every_step_in_the_page_names_each_page_by_its_selected_step()
    {
        // Angular Material's mat-stepper keeps every step in the page, hides the others and selects the shown step's header
        // (role=tab): the address, the title and the heading stay; each step is a page of the evidence, named by its step.
        var walk = await WalkPageAsync("mat-stepper", KitPages.MatStepper, """
            - fill: { label: Nom, value: "DUBOIS" }
            - fill: { label: Adresse, value: "${adresse}" }
            - click: Suivant
            - fill: { label: Numéro d'immatriculation, value: "GH-482-KT" }
            - stop_before: Envoyer ma demande
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        Assert.That(walk.Pages.Select(p => (p.Title, string.Join(", ", p.Fields.Select(f => f.Label)))), Is.EqualTo(new[]
        {
            ("Demande de carte de stationnement résident — Vous et votre domicile", "Nom, Adresse"),
            ("Demande de carte de stationnement résident — Votre véhicule", "Numéro d'immatriculation"),
        }));
        Assert.That(walk.Pages.Select(p => p.Screenshot is { Length: > 0 }), Is.All.True, "each step has its own screenshot");
    }

    [Test]
    public async Task What_the_page_fills_from_its_own_site_right_after_loading_is_read_as_pre_filled()
    {
        // An app asks its own site for the user's profile as it loads and fills Nom and Prénom with the answer, unless the
        // user has started typing (a reactive form patched while pristine, so as not to undo what the user typed). A person
        // sees the name filled before typing; a probe typing elsewhere at once took the form over before the answer came,
        // and read the name as asked. The first sight waits for the page's own requests: the name is the site's, every time.
        var walk = await WalkSiteAsync("profil-charge", folder => new LoopbackFiles(folder) { Latency = path => path == "profil.json" ? TimeSpan.FromMilliseconds(300) : TimeSpan.Zero },
            "demande.html", """
            - fill: { label: Téléphone, value: "0612345678" }
            - stop_before: Envoyer ma demande
            """,
            ("demande.html", """
                <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande</title></head><body><main><h1>Demande</h1>
                <form action="/envoi" method="post">
                  <label for="nom">Nom</label><input id="nom" name="nom" formcontrolname="nom">
                  <label for="prenom">Prénom</label><input id="prenom" name="prenom" formcontrolname="prenom">
                  <label for="tel">Téléphone</label><input id="tel" name="tel" type="tel">
                  <button type="submit">Envoyer ma demande</button>
                </form></main>
                <script>
                  let pristine = true;
                  document.querySelector('form').addEventListener('input', () => { pristine = false; });
                  fetch('profil.json').then((r) => r.json()).then((p) => {
                    if (!pristine) return;
                    Object.keys(p).forEach((k) => { document.querySelector('[formcontrolname=' + k + ']').value = p[k]; });
                  });
                </script></body></html>
                """),
            ("profil.json", """{ "nom": "DUBOIS", "prenom": "Angela" }"""));

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        var fields = walk.Pages.SelectMany(p => p.Fields).ToDictionary(f => f.DisplayLabel);
        Assert.That((fields["Nom"].Value, fields["Prénom"].Value), Is.EqualTo(("DUBOIS", "Angela")));
        Assert.That(Classifier.Default.Classify(fields["Nom"]).Prefilled, Is.True);
        Assert.That(Classifier.Default.Classify(fields["Téléphone"]).Prefilled, Is.False);
    }

    [TestCase(false, TestName = "A_choice_a_list_does_not_have_fails_at_once_naming_its_choices(missing)")]
    [TestCase(true, TestName = "A_choice_a_list_does_not_have_fails_at_once_naming_its_choices(offered a moment later)")]
    public async Task A_choice_a_list_does_not_have_fails_at_once_naming_its_choices(bool offeredLater)
    {
        // A list whose choices changed (« Veuf » gone) is a changed form, not a slow site; a list the page fills a moment
        // later (the communes once the postal code is known) is chosen in as usual.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var walk = await WalkPageAsync("choix-absent" + (offeredLater ? "-plus-tard" : ""), """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Votre foyer</title></head><body><main>
            <form method="post" action="/envoyer">
              <label for="sf">Situation familiale</label><select id="sf" name="sf"><option value="">Choisir</option><option>Célibataire</option><option>Marié(e)</option></select>
              <button type="submit">Envoyer ma demande</button>
            </form></main>
            <script>LATER</script></body></html>
            """.Replace("LATER", offeredLater ? "setTimeout(() => document.getElementById('sf').add(new Option('Veuf', 'veuf')), 600);" : ""),
            """
              - select: { label: Situation familiale, option: Veuf }
              - stop_before: Envoyer ma demande
            """);

        if (offeredLater)
        {
            Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
            return;
        }

        Assert.That(walk.Failure?.Kind, Is.EqualTo(FailureKind.TargetNotFound), walk.Failure?.Message);
        Assert.That(walk.Failure!.Message, Does.Contain("la liste n'a pas de choix « Veuf » (elle propose « Choisir », « Célibataire », « Marié(e) »)"));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(8)), "two seconds for the choice to come, not Playwright's whole timeout");
    }

    [Test]
    public async Task A_failure_quotes_the_choice_a_persona_picks_but_never_what_it_types()
    {
        // Messages never quote a persona's value (the site lists the household by the name typed on a previous page); a value
        // the scenario only picks among the site's options (« Conjoint(e) ») is the site's wording, as the evidence keeps it:
        // the author reads which choice is missing and which the list offers.
        var folder = Directory.CreateTempSubdirectory("choix-persona-").FullName;
        File.WriteAllText(Path.Combine(folder, "demande.html"), """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Votre foyer</title></head><body><main>
            <form method="post" action="/envoyer">
              <label for="nom">Nom</label><input id="nom" name="nom">
              <label for="pour">Pour qui est la demande ?</label><select id="pour"><option>Vous-même</option><option>DUPONT-LAJOIE Paul</option></select>
              <button type="submit">Envoyer ma demande</button>
            </form></main></body></html>
            """);
        using var site = new LoopbackFiles(folder);
        var scenario = BrowserFixture.Inline($$"""
            procedure:
              id: choix-persona
              title: choix-persona
              ministry: Test
              administration: Test
              start: {{new Uri(site.BaseUrl, "demande.html")}}
              franceconnect: Non
            persona:
              id: dupont
              values: { nom: DUPONT-LAJOIE, lien: Conjoint(e) }
            steps:
              - fill: { label: Nom, value: "${nom}" }
              - select: { label: Pour qui est la demande ?, option: "${lien}" }
              - stop_before: Envoyer ma demande
            """);

        var result = await BrowserFixture.Runner.ProbeAsync(scenario);

        Assert.That(result.FailureMessage, Does.Contain("la liste n'a pas de choix « Conjoint(e) » (elle propose « Vous-même », « ••• Paul »)"));
        Assert.That(result.Score.NotMeasuredReason, Does.Contain("« Conjoint(e) »").And.Contain("« ••• Paul »"));
    }

    [Test]
    public async Task A_list_answered_by_clicking_its_drawn_option_is_asked_not_prefilled()
    {
        // Choices.js (Form.io's select) hides the native list and draws its options (role=option): an author may answer it
        // by two clicks, as a person does. The value the list then holds is the probe's, not one the site put there.
        var walk = await WalkPageAsync("choix-par-clic", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Votre foyer</title></head><body><main>
            <form method="post" action="/envoyer">
              <label for="sf">Situation familiale</label>
              <div class="choices" data-type="select-one"><select id="sf" name="sf" class="choices__input" hidden tabindex="-1"><option value="">Choisir</option><option value="c">Célibataire</option><option value="m">Marié(e)</option></select>
                <div class="choices__inner" role="combobox" aria-expanded="false" tabindex="0"><div class="choices__list choices__list--single"><div class="choices__item">Choisir</div></div></div>
                <div class="choices__list choices__list--dropdown" role="listbox" hidden><div class="choices__item choices__item--choice" role="option" data-value="c">Célibataire</div><div class="choices__item choices__item--choice" role="option" data-value="m">Marié(e)</div></div></div>
              <button type="submit">Envoyer ma demande</button>
            </form></main>
            <script>
              const list = document.querySelector('[role=listbox]');
              document.querySelector('[role=combobox]').onclick = () => { list.hidden = false; };
              list.querySelectorAll('[role=option]').forEach((o) => o.onclick = () => {
                const select = document.getElementById('sf'); select.value = o.dataset.value; select.options[select.selectedIndex].setAttribute('selected', '');
                document.querySelector('.choices__list--single .choices__item').textContent = o.textContent; list.hidden = true; });
            </script></body></html>
            """,
            """
              - click: { css: ".choices__inner" }
              - click: { text: Célibataire }
              - stop_before: Envoyer ma demande
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        var situation = walk.Pages.SelectMany(p => p.Fields).Single(f => f.Label == "Situation familiale");
        Assert.That(Classifier.Default.Classify(situation).Prefilled, Is.False, $"{situation.Value} {situation.Input} {situation.Selector} {situation.FilledByProbe} {situation.Name}");
    }

    [Test]
    public async Task A_date_in_three_lists_is_named_by_the_label_whose_for_begins_their_ids()
    {
        // dsfr-form_builder's date_select: the label's `for` names no element (Rails gives the lists « _3i », « _2i »,
        // « _1i » ids), the lists sit beside it in the same group. The date is named by that label, not by the lists' names.
        var fields = await FieldsOfPageAsync("rails-date-select", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Pass Sport</title></head><body><main>
            <form method="post" action="/demandes">
              <h2 class="fr-h4">Le jeune</h2>
              <div class="fr-select-group"><label class="fr-label" for="demande_jeune_date_naissance">Date de naissance du jeune<span class="fr-text-error">*</span></label><select id="demande_jeune_date_naissance_3i" name="demande[jeune_date_naissance(3i)]" class="fr-select"><option value="1">1</option><option value="2">2</option></select>
              <select id="demande_jeune_date_naissance_2i" name="demande[jeune_date_naissance(2i)]" class="fr-select"><option value="1">janvier</option><option value="2">février</option></select>
              <select id="demande_jeune_date_naissance_1i" name="demande[jeune_date_naissance(1i)]" class="fr-select"><option value="2012">2012</option><option value="2011">2011</option></select></div>
              <button type="submit">Envoyer ma demande</button>
            </form></main></body></html>
            """);

        Assert.That(fields.Values.Select(f => (f.Label, f.Input, f.Required)), Is.EqualTo(new (string?, string?, bool)[] { ("Date de naissance du jeune", "date", true) }));
        Assert.That(Classifier.Default.Classify(fields["Date de naissance du jeune"]).ItemId, Is.EqualTo("identity.civil"));
    }

    [Test]
    public async Task A_text_waited_for_must_be_shown_not_only_in_the_page()
    {
        // Gravity Forms keeps every page of a form in it, the next ones in display: none: « Étape 2 » is in the page before
        // « Suivant » leads there. A click that does not lead there (the site refused the step) must not pass for it.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var walk = await WalkPageAsync("attente-texte-cache", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Portage de repas</title></head><body><main><h1>Portage de repas</h1>
            <form method="post" action="/envoi">
              <div class="gform_page"><label for="nom">Nom</label><input id="nom" name="nom"><input type="button" value="Suivant" onclick="/* refused */"></div>
              <div class="gform_page" style="display:none;"><h2>Étape 2</h2><input type="submit" value="Envoyer ma demande"></div>
            </form></main></body></html>
            """,
            """
              - click: Suivant
              - wait_for: { text: Étape 2 }
              - stop_before: Envoyer ma demande
            """);

        Assert.That(walk.Failure?.Kind, Is.EqualTo(FailureKind.TargetNotFound), walk.Failure?.Message);
        Assert.That(walk.Failure!.Message, Does.Contain("est sur la page mais caché : la page attendue n'est pas affichée"));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
    }

    // Form.io's wizard (@formio/js 5.6, third review of real kits): its buttons, its steps drawn in place, its day component.

    [Test]
    public async Task A_button_whose_aria_label_is_an_untranslated_key_is_pressed_by_the_words_it_shows()
    {
        // « Suivant » and « Envoyer ma demande » keep aria-label="nextButtonAriaLabel" / "submitButtonAriaLabel": a person
        // presses the words shown, and the final one is still the application, never pressed.
        const string fill = """
            - fill: { label: Prénom, value: Camille }
            - click: Suivant
            - wait_for: { text: Numéro allocataire CAF }
            """;
        var walk = await WalkPageAsync("formio-boutons", KitPages.FormioWizard, fill + "\n- stop_before: Envoyer ma demande");
        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);

        var pressed = await WalkPageAsync("formio-envoi", KitPages.FormioWizard, fill + "\n- click: Envoyer ma demande\n- stop_before: Envoyer ma demande");
        Assert.That(pressed.Failure?.Kind, Is.EqualTo(FailureKind.SubmissionRefused), pressed.Failure?.Message);
    }

    [Test]
    public async Task A_wizard_step_drawn_in_place_of_the_last_is_a_page_of_its_own_and_a_block_a_choice_shows_is_not()
    {
        // Same address, title and heading: the questions replaced by others are another page, with its own screenshot. The
        // rent « Locataire » shows stays on the first page. (Buttons by css: this walk needs nothing of their names.)
        var walk = await WalkPageAsync("formio-etapes", KitPages.FormioWizard, """
            - fill: { label: Prénom, value: Camille }
            - check: { label: Locataire }
            - fill: { label: Montant du loyer, value: "650" }
            - click: { css: .btn-wizard-nav-next }
            - fill: { label: Numéro allocataire CAF, value: "2345678" }
            - stop_before: { css: .btn-wizard-nav-submit }
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        Assert.That(walk.Pages.Select(p => p.Fields.Select(f => f.DisplayLabel).ToList()), Is.EqualTo(new[]
        {
            new List<string> { "Nom", "Prénom", "Date de naissance", "Vous êtes", "Montant du loyer" },
            ["Numéro allocataire CAF", "Je certifie sur l’honneur l’exactitude des informations fournies"],
        }));
        Assert.That(walk.Pages.Select(p => p.Screenshot is { Length: > 0 }), Is.All.True, "each step's screenshot");
        Assert.That(walk.Steps.Single(s => s.Description.Contains("Numéro allocataire", StringComparison.Ordinal)).PageIndex, Is.EqualTo(1));
    }

    [Test]
    public async Task A_date_whose_day_month_and_year_a_labelled_group_holds_is_one_field_and_a_transparent_box_is_none()
    {
        // The day component: Jour, Mois, Année in a role=group named « Date de naissance » (each part named so too); the
        // « autocomplete » box Form.io draws transparent beside the month list is no question.
        var walk = await WalkPageAsync("formio-date", KitPages.FormioWizard, """
            - fill: { label: Prénom, value: Camille }
            - fill: { label: Jour, value: "12" }
            - select: { label: Mois, option: mars }
            - fill: { label: Année, value: "1984" }
            - stop_before: { css: .btn-wizard-nav-next }
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        var fields = walk.Pages.SelectMany(p => p.Fields).ToList();
        Assert.That(fields.Select(f => (f.DisplayLabel, f.Input)), Is.EqualTo(new (string, string?)[]
        {
            ("Nom", "text"), ("Prénom", "text"), ("Date de naissance", "date"), ("Vous êtes", "radio"),
        }));
        Assert.That(fields[2].Required, Is.True);
        Assert.That(Classifier.Default.Classify(fields[2]).ItemId, Is.EqualTo("identity.civil"));
    }

    // Third review of real kits (/tmp/review-markup3): w.c.s., ngx-dsfr, Form.io, SurveyJS.

    [Test]
    public async Task A_lists_disabled_prompt_shown_selected_is_no_value_and_no_choice()
    {
        // @edugouvfr/ngx-dsfr's dsfr-form-select: the prompt is a disabled option marked selected, its value Angular's
        // serialisation of null (« 0: null »): nobody chose it, and nobody can.
        var fields = await FieldsOfPageAsync("liste-invite-desactivee", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demi-pension</title></head><body><main><h1>Demi-pension</h1>
            <form novalidate>
              <dsfr-form-select><div class="fr-select-group"><label class="fr-label" for="b7c1"> Nombre d’enfants à charge </label>
              <select class="fr-select" id="b7c1" name="enfants" required=""><option value="0: null" disabled="" selected=""> Sélectionner une option </option><option value="1: 0"> Aucun </option><option value="2: 1"> 1 </option><option value="3: 2"> 2 </option></select></div></dsfr-form-select>
              <button class="fr-btn" type="submit">Envoyer ma demande</button>
            </form></main></body></html>
            """);

        var list = fields["Nombre d’enfants à charge"];
        Assert.That(list.Value, Is.Null.Or.Empty, "the disabled prompt shown selected");
        Assert.That(list.Options, Is.EqualTo(new[] { "Aucun", "1", "2" }), "a prompt nobody can choose is no choice (a draft would pick it)");
        Assert.That(Classifier.Default.Classify(list).Prefilled, Is.False);
    }

    [Test]
    public async Task A_wcs_upload_is_named_by_its_field_not_its_button_and_each_page_by_the_current_step()
    {
        // Publik's w.c.s.: the procedure's heading on every page, the step in a list (li.wcs-step.current); a file widget
        // labels its input twice, by the field's label and by its « Ajouter un fichier » button (label.file-button).
        static string Page(string step, string next, string button, string fields) => $$"""
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{{step}} - Aide aux familles - Ville de Demo</title>
            <style>.file-upload-widget input[type=file]{position:absolute;opacity:0;width:1px;height:1px}.file-button{border:1px solid #333;padding:.3em 1em;cursor:pointer}</style></head>
            <body class="page-form"><main id="main-content"><div id="content"><h1>Demande d’aide aux familles</h1>
            <div id="steps" class="wcs-steps"><ol>
            <li class="wcs-step{{(step == "Demandeur" ? " current" : "")}}"><span class="wcs-step--number">1</span><span class="wcs-step--label"><span class="wcs-step--label-text">Demandeur</span></span></li>
            <li class="wcs-step{{(step == "Situation" ? " current" : "")}}"><span class="wcs-step--number">2</span><span class="wcs-step--label"><span class="wcs-step--label-text">Situation</span></span></li>
            <li class="wcs-step"><span class="wcs-step--number">3</span><span class="wcs-step--label"><span class="wcs-step--label-text">Validation</span></span></li></ol></div>
            <form class="quixote" enctype="multipart/form-data" method="get" novalidate="novalidate" action="{{next}}">
            <div class="page-subtitle"><h2>{{step}}</h2></div>
            {{fields}}
            <div class="buttons submit"><div class="SubmitWidget widget submit-button"><div class="content"><button name="submit" value="{{button}}">{{button}}</button></div></div></div>
            </form></div></main></body></html>
            """;
        var walk = await WalkPageAsync("wcs-televersement", Page("Demandeur", "situation.html", "Suivant", """
            <div class="StringWidget widget widget-required"><div class="title"><label class="field--label" id="form_label_f1" for="form_f1">Nom<span title="Ce champ est obligatoire." class="required">*</span></label></div>
            <div class="content"><input type="text" name="f1" id="form_f1" required="required" aria-required="true" value=""/></div></div>
            """), """
            - fill: { label: Nom, value: DUBOIS }
            - click: Suivant
            - upload: { label: Justificatif de domicile, file: files/justificatif-domicile.pdf }
            - stop_before: Valider
            """, ("situation.html", Page("Situation", "validation.html", "Valider", """
            <div class="FileWithPreviewWidget widget widget-required file-upload-widget" data-field-id="12" data-widget-name="f12">
              <div class="title"><label class="field--label" id="form_label_f12" for="form_f12">Justificatif de domicile<span title="Ce champ est obligatoire." class="required">*</span></label></div>
              <div id="form_hint_f12" class="hint"><p>Facture ou quittance de moins de trois mois (PDF, JPEG, PNG).</p></div>
              <div class="content"><input type="hidden" name="f12$token" value=""/><div class="fileinfo" style="display: none;"><span class="filename"></span><button type="button" class="remove" title="Retirer ce fichier">Retirer</button></div>
              <input type="file" name="f12$file" id="form_f12" aria-required="true" aria-describedby="form_hint_f12"/><div class="file-button-container"><label class="file-button" for="form_f12">Ajouter un fichier</label></div></div>
            </div>
            """)));

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        Assert.That(walk.Pages.Select(p => (p.Title, string.Join(", ", p.Fields.Select(f => f.Label)))), Is.EqualTo(new[]
        {
            ("Demande d’aide aux familles — Demandeur", "Nom"),
            ("Demande d’aide aux familles — Situation", "Justificatif de domicile"),
        }));
        Assert.That(Classifier.Default.Classify(walk.Pages[1].Fields[0]).ItemId, Is.EqualTo("address.proof"));
    }

    [Test]
    public async Task Text_only_a_screen_reader_reads_is_no_part_of_a_label_and_a_group_marked_required_is_required()
    {
        // Form.io 5 (bootstrap5 templates): the phone number's label holds « , numeric only, » in Bootstrap's visually-hidden
        // pattern; a radio group is required by aria-required on its role=radiogroup, its choices carry nothing.
        var walk = await WalkPageAsync("formio-libelles", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande d’aide au logement</title>
            <style>.visually-hidden{position:absolute!important;width:1px!important;height:1px!important;padding:0!important;margin:-1px!important;overflow:hidden!important;clip:rect(0,0,0,0)!important;white-space:nowrap!important;border:0!important}</style></head>
            <body><main class="container"><h1>Demande d’aide au logement</h1><div class="formio-form"><form>
            <div class="mb-2 formio-component formio-component-phoneNumber formio-component-telephone" ref="component">
              <label ref="label" class="col-form-label" for="e62xt8-telephone" id="l-e62xt8-telephone">
              Téléphone
                <span class="visually-hidden">, numeric only,</span>
              </label>
              <div ref="element"><input ref="input" name="data[telephone]" type="text" class="form-control" lang="fr" inputmode="decimal" value="" id="e62xt8-telephone" aria-labelledby="l-e62xt8-telephone" aria-required="false" placeholder="__ __ __ __ __"></div>
            </div>
            <div class="mb-2 formio-component formio-component-radio formio-component-logement required" ref="component">
              <label ref="label" class="col-form-label  field-required" aria-hidden="true" id="l-eho5s9we-logement">Vous êtes</label>
              <span class="required-star" aria-hidden="true">*</span>
              <div class="form-radio radio" ref="radioGroup" role="radiogroup" aria-required="true" aria-labelledby="l-eho5s9we-logement">
                <div class="radio form-check"><input ref="input" name="data[logement]" type="radio" class="form-check-input" value="locataire" id="eho5s9we-locataire" role="radio"><label class="form-check-label" for="eho5s9we-locataire"><span>Locataire</span></label></div>
                <div class="radio form-check"><input ref="input" name="data[logement]" type="radio" class="form-check-input" value="proprietaire" id="eho5s9we-proprietaire" role="radio"><label class="form-check-label" for="eho5s9we-proprietaire"><span>Propriétaire</span></label></div>
              </div>
            </div>
            <button type="button" class="btn btn-primary">Envoyer ma demande</button>
            </form></div></main></body></html>
            """, """
            - fill: { label: Téléphone, exact: true, value: "0612345678" }
            - stop_before: Envoyer ma demande
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        var fields = walk.Pages.SelectMany(p => p.Fields).ToList();
        Assert.That(fields.Select(f => (f.Label, f.Input, f.Required)), Is.EqualTo(new (string?, string?, bool)[]
        {
            ("Téléphone", "text", false), ("Vous êtes", "radio", true),
        }));
    }

    [Test]
    public async Task A_list_Choices_js_hides_and_draws_over_is_one_question_chosen_by_its_written_option()
    {
        // Form.io's select (widget choicesjs): Choices.js hides the native list (attribute hidden) inside the list it draws
        // (div.choices, role=combobox), with its choices and their search box; Form.io leaves the options' markup escaped in
        // the native list and puts an « autocomplete » text box, invisible and out of the Tab order, beside it.
        var walk = await WalkPageAsync("formio-choices", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande d’aide au logement</title><style>
            .choices{position:relative;width:20em}.choices__list--single{border:1px solid #888;padding:.4em;min-height:1.2em}
            .choices__list--dropdown{display:none;position:absolute;width:100%;background:#fff;border:1px solid #ddd;z-index:1}.choices.is-open .choices__list--dropdown{display:block}
            .choices__item--choice{padding:.3em;cursor:pointer}.choices__input--cloned{display:block;width:100%}
            .formio-select-autocomplete-input{opacity:0;position:relative;z-index:-1;display:block;height:0;border:none}</style></head>
            <body><main class="container"><h1>Demande d’aide au logement</h1><div class="formio-form"><form>
            <div class="mb-2 formio-component formio-component-select formio-component-situation required">
              <label class="col-form-label field-required" for="ewt1brl-situation" id="l-ewt1brl-situation">Situation familiale</label>
              <div class="choices form-group formio-choices" data-type="select-one" dir="ltr" tabindex="-1" role="combobox" aria-autocomplete="list" aria-haspopup="true" aria-expanded="false">
                <div class="form-control ui fluid selection dropdown" tabindex="0">
                  <select ref="selectContainer" name="data[situation]" class="form-control choices__input" id="ewt1brl-situation" aria-labelledby="l-ewt1brl-situation" aria-required="true" hidden="" tabindex="-1" data-choice="active"><option value="celibataire">&lt;span&gt;Célibataire&lt;/span&gt;</option><option value="couple">&lt;span&gt;Marié(e) ou pacsé(e)&lt;/span&gt;</option><option value="veuf">&lt;span&gt;Veuf ou veuve&lt;/span&gt;</option></select>
                  <div class="choices__list choices__list--single" role="listbox"><div class="choices__item choices__placeholder" data-item="" data-value="" aria-selected="true" role="option">Sélectionnez</div></div>
                </div>
                <div class="choices__list choices__list--dropdown" aria-expanded="false"><input type="search" class="choices__input choices__input--cloned" autocomplete="off" aria-autocomplete="list" aria-label="Sélectionnez" placeholder="typeToSearch">
                  <div class="choices__list" role="listbox">
                    <div class="choices__item choices__item--choice" role="option" data-choice="" data-value="celibataire"><span>Célibataire</span></div>
                    <div class="choices__item choices__item--choice" role="option" data-choice="" data-value="couple"><span>Marié(e) ou pacsé(e)</span></div>
                    <div class="choices__item choices__item--choice" role="option" data-choice="" data-value="veuf"><span>Veuf ou veuve</span></div>
                  </div></div>
              </div>
              <input type="text" class="formio-select-autocomplete-input" tabindex="-1" aria-label="autocomplete">
            </div>
            <button type="button" class="btn btn-primary">Envoyer ma demande</button>
            </form></div></main>
            <script>
            // Choices.js: a press on the list opens it (again: closes it), a press on a choice selects it in the native list,
            // shows it and tells the form (change).
            const box = document.querySelector('.choices'), select = box.querySelector('select');
            box.addEventListener('click', (e) => {
              const choice = e.target.closest('[data-choice]');
              if (e.target.matches('input')) return;
              if (choice && box.classList.contains('is-open')) {
                select.value = choice.dataset.value;
                box.querySelector('.choices__list--single').innerHTML = '<div class="choices__item" data-item="" role="option" aria-selected="true">' + choice.innerHTML + '</div>';
                select.dispatchEvent(new Event('change', { bubbles: true }));
              }
              box.classList.toggle('is-open');
              box.setAttribute('aria-expanded', box.classList.contains('is-open'));
            });
            </script></body></html>
            """, """
            - select: { label: Situation familiale, option: Marié(e) ou pacsé(e) }
            - wait_for: { text: Marié(e) ou pacsé(e) }
            - click: { css: ".choices__list--single" }
            - stop_before: Envoyer ma demande
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        var fields = walk.Pages.SelectMany(p => p.Fields).ToList();
        Assert.That(fields.Select(f => (f.Label, f.Input, string.Join("/", f.Options))), Is.EqualTo(new (string?, string?, string)[]
        {
            ("Situation familiale", "select", "Célibataire/Marié(e) ou pacsé(e)/Veuf ou veuve"),
        }), "one list, its options as written, never its search box (opened at the end) nor the autocomplete box beside it");
        Assert.That(fields[0].Value, Is.Null.Or.Empty, "the first option, which nobody chose");
        Assert.That(Classifier.Default.Classify(fields[0]).ItemId, Is.EqualTo("family.composition"));
    }

    [Test]
    public async Task SurveyJS_questions_are_named_by_their_title_and_answered_as_a_person_does()
    {
        // survey-js-ui 2.5: a file question (role=textbox, named by its title) around a hidden input its « Ajouter un fichier »
        // button labels; a dropdown whose readonly combobox input lets clicks through (pointer-events: none) to the box that
        // opens it; a boolean switch that, unanswered, takes the side a click lands on (« Non » at its left, « Oui » at its right).
        var walk = await WalkPageAsync("surveyjs", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Demande d’aide aux vacances</title><style>
            .sd-visuallyhidden{position:absolute;height:1px;width:1px;overflow:hidden;clip:rect(1px,1px,1px,1px)}
            .sd-question{margin:1em 0;padding:1em;border:1px solid #ddd}.sd-file__choose-btn{display:block;cursor:pointer;color:#19b394}
            .sd-dropdown{position:relative;display:flex;width:20em;border:1px solid #888;padding:.4em 1em;cursor:pointer}.sd-dropdown__value{position:relative;width:100%;min-height:1.5em}
            .sd-dropdown__filter-string-input{position:absolute;left:0;top:0;bottom:0;width:100%;border:none;padding:0}.sd-dropdown input[readonly]{pointer-events:none}
            .sv-popup{display:none;border:1px solid #ddd;width:20em}.sv-popup.open{display:block}.sv-list__item{padding:.3em;cursor:pointer;list-style:none}
            .sd-boolean{display:flex;width:max-content;position:relative;gap:4px;padding:4px;background:#f9f9f9;border-radius:100px}
            .sd-boolean__thumb-ghost{padding:4px 24px}.sd-boolean__switch{position:absolute;left:0;top:0;width:100%;height:100%;box-sizing:border-box;border-radius:100px;overflow:hidden}
            .sd-boolean__thumb{position:absolute;left:4px;top:4px;width:2em;height:1.2em;background:#fff}</style></head>
            <body><main><form>
            <div id="sq_11" data-name="enfants" class="sd-element sd-question"><div class="sd-question__header"><div id="sq_11_ariaTitle" class="sd-title sd-question__title sd-question__title--required"><span class="sv-string-viewer">Nombre d’enfants à charge</span><span>&nbsp;</span><span aria-hidden="true" class="sd-question__required-text">*</span></div></div>
              <div role="presentation" class="sd-question__content"><div class="sd-selectbase"><div class="sv-dropdown_select-wrapper"><div id="sq_11i" class="sd-input sd-dropdown sd-dropdown--empty"><div class="sd-dropdown__value"><input type="text" autocomplete="off" id="sq_11i_0" role="combobox" aria-required="true" aria-expanded="false" aria-labelledby="sq_11_ariaTitle" aria-controls="sq_11i_list" placeholder="Choisissez..." readonly="" class="sd-dropdown__filter-string-input"></div></div></div>
              <div class="sv-popup sv-dropdown-popup"><ul id="sq_11i_list" role="listbox" class="sv-list"><li role="option" class="sv-list__item" aria-selected="false">Aucun</li><li role="option" class="sv-list__item" aria-selected="false">1</li><li role="option" class="sv-list__item" aria-selected="false">2</li></ul></div></div></div>
            </div>
            <div id="sq_16" data-name="avis" role="textbox" aria-required="true" aria-labelledby="sq_16_ariaTitle" class="sd-element sd-question"><div class="sd-question__header"><div id="sq_16_ariaTitle" class="sd-title sd-question__title sd-question__title--required"><span class="sv-string-viewer">Avis d’imposition</span><span>&nbsp;</span><span aria-hidden="true" class="sd-question__required-text">*</span></div></div>
              <div role="presentation" class="sd-question__content"><div class="sd-file sd-file--single"><input type="file" tabindex="-1" id="sq_16i" aria-required="true" title="Ajouter des fichiers..." class="sd-visuallyhidden">
              <div class="sd-file__drag-area"><span class="sd-file__drag-area-placeholder"><span class="sv-string-viewer">Déposez un fichier ici ou cliquez sur le bouton ci-dessous pour charger le fichier.</span></span>
              <div class="sd-file__wrapper"><label tabindex="0" for="sq_16i" aria-label="Ajouter un fichier" class="sd-file__choose-btn sd-file__choose-btn--text"><svg role="presentation"><title>Ajouter un fichier</title></svg><span>Ajouter un fichier</span></label></div></div></div></div>
            </div>
            <div id="sq_18" data-name="certifie" class="sd-element sd-question sd-question--boolean"><div class="sd-question__header"><div id="sq_18_ariaTitle" class="sd-title sd-question__title sd-question__title--required"><span class="sv-string-viewer">Je certifie sur l’honneur l’exactitude des informations fournies</span><span>&nbsp;</span><span aria-hidden="true" class="sd-question__required-text">*</span></div></div>
              <div role="presentation" class="sd-question__content"><div class="sd-boolean-root"><label class="sd-boolean sd-boolean--indeterminate"><input type="checkbox" name="certifie" id="sq_18i" role="switch" aria-required="true" aria-labelledby="sq_18_ariaTitle" class="sd-boolean__control sd-visuallyhidden" value="">
              <div class="sd-boolean__thumb-ghost"><span class="sd-boolean__label"><span class="sv-string-viewer">Non</span></span></div><div class="sd-boolean__switch"><span class="sd-boolean__thumb"></span></div><div class="sd-boolean__thumb-ghost"><span class="sd-boolean__label"><span class="sv-string-viewer">Oui</span></span></div></label></div></div>
            </div>
            <input type="button" title="Envoyer ma demande" class="sd-btn sd-navigation__complete-btn" value="Envoyer ma demande">
            </form></main>
            <script>
            // SurveyJS: the dropdown box opens its popup, a choice is shown in the box; the boolean, unanswered, takes the side
            // pressed (offsetX over the width of the element pressed), then toggles as a box does.
            const dropdown = document.getElementById('sq_11i'), popup = document.querySelector('.sv-popup'), input = document.getElementById('sq_11i_0');
            dropdown.addEventListener('click', () => { popup.classList.toggle('open'); input.setAttribute('aria-expanded', popup.classList.contains('open')); });
            popup.querySelectorAll('[role=option]').forEach((o) => o.addEventListener('click', () => {
              dropdown.querySelector('.sd-dropdown__value').insertAdjacentHTML('afterbegin', '<div class="sv-string-viewer">' + o.textContent + '</div>');
              input.placeholder = ''; popup.classList.remove('open'); dropdown.classList.remove('sd-dropdown--empty');
            }));
            const bool = document.querySelector('.sd-boolean'), control = document.getElementById('sq_18i');
            let indeterminate = true;
            bool.addEventListener('click', (e) => {
              if (!indeterminate) return;
              e.preventDefault();
              indeterminate = false;
              bool.classList.remove('sd-boolean--indeterminate');
              control.checked = e.offsetX / e.target.offsetWidth > 0.5;
            });
            </script></body></html>
            """, """
            - select: { label: Nombre d’enfants à charge, option: "2" }
            - upload: { label: Avis d’imposition, file: files/avis-imposition.pdf }
            - check: { label: Je certifie sur l’honneur l’exactitude des informations fournies }
            - stop_before: Envoyer ma demande
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        var fields = walk.Pages.SelectMany(p => p.Fields).ToList();
        Assert.That(fields.Select(f => (f.Label, f.Input)), Is.EqualTo(new (string?, string?)[]
        {
            ("Nombre d’enfants à charge", "select"), ("Avis d’imposition", "file"), ("Je certifie sur l’honneur l’exactitude des informations fournies", "checkbox"),
        }));
        Assert.That(fields[0].Options, Is.EqualTo(new[] { "Aucun", "1", "2" }), "the dropdown is its list: the choices of the list its box controls");
        Assert.That(Classifier.Default.Classify(fields[1]).ItemId, Is.EqualTo("tax.notice"));
    }

    // A step the site refuses (fourth review of real kits: TYPO3 EXT:form, WPForms Lite): the step that tried to go on fails,
    // naming the fields refused and quoting their messages.

    [Test]
    public async Task A_step_the_browser_refuses_fails_there_naming_the_required_field_and_quoting_the_browsers_message()
    {
        // TYPO3's upload is `required`: the browser keeps « Suivant » from sending page 2 and writes no message in the page
        // (its bubble, the field's validationMessage). A click that sends nothing (« Précédent » is formnovalidate, a page
        // with required fields still empty) is no refusal.
        var posts = new List<string>();
        var walk = await WalkSiteAsync("typo3-upload-requis", folder => KitPages.Typo3Server(folder, posts.Add), "demande", """
            - fill: { label: Code postal, value: "69003" }
            - fill: { label: Commune, value: Lyon }
            - click: Suivant
            - fill: { label: Numéro fiscal, value: "3023456789012" }
            - click: Suivant
            - stop_before: Envoyer
            """, KitPages.Typo3Form);

        Assert.That(walk.Failure?.Kind, Is.EqualTo(FailureKind.ScenarioError), walk.Failure?.Message);
        Assert.That(walk.Failure!.Message, Does.Contain(" : cliquer sur le bouton « Suivant » : le site a refusé l'étape : « Justificatif de domicile » : Veuillez sélectionner un fichier."),
            "naming the upload left empty and giving the browser's message in French (the headless shell's own is English)");
        Assert.That(walk.Steps.Select(s => (s.Description, s.Succeeded)).TakeLast(2), Is.EqualTo(new[] { ("fill label \"Numéro fiscal\" with \"3023456789012\"", true), ("click button \"Suivant\"", false) }),
            "the second « Suivant » fails");
        Assert.That(walk.Failure.Message, Does.Not.Contain("Numéro fiscal"), "a field given is not refused");
        Assert.That(posts, Has.Count.EqualTo(1), "page 1 only: the browser sent nothing from page 2");
        Assert.That(walk.Pages.Select(p => string.Join(", ", p.Fields.Select(f => f.Label))), Is.EqualTo(new[] { "Nom, Code postal, Commune", "Numéro fiscal, Justificatif de domicile" }));
    }

    [Test]
    public async Task A_step_the_sites_script_refuses_fails_there_naming_the_field_and_quoting_its_message()
    {
        // WPForms checks the page shown as « Suivant » is pressed (jQuery Validate): « Commune » left empty is marked and
        // « Ce champ est obligatoire. » written after it; the next page stays hidden.
        var walk = await WalkPageAsync("wpforms-refuse", KitPages.WpFormsPages, """
            - fill: { label: Adresse, exact: true, value: 12 rue des Tilleuls }
            - fill: { label: Code postal, value: "69003" }
            - click: Suivant
            - wait_for: { text: Numéro allocataire CAF }
            - stop_before: Envoyer
            """);

        Assert.That(walk.Failure?.Kind, Is.EqualTo(FailureKind.ScenarioError), walk.Failure?.Message);
        Assert.That(walk.Failure!.Message, Does.Contain(" : cliquer sur le bouton « Suivant » : le site a refusé l'étape : « Commune » : Ce champ est obligatoire. La page « Demande d’aide sociale »"));
        Assert.That(walk.Steps[^1].Description, Is.EqualTo("click button \"Suivant\""), "« Suivant » fails, not the wait that follows");

        // Every field given: the next page is shown, a page of its own, down to « Envoyer ».
        var walked = await WalkPageAsync("wpforms-suivant", KitPages.WpFormsPages, """
            - fill: { label: Adresse, exact: true, value: 12 rue des Tilleuls }
            - fill: { label: Code postal, value: "69003" }
            - fill: { label: Commune, value: Lyon }
            - click: Suivant
            - wait_for: { text: Numéro allocataire CAF }
            - fill: { label: Numéro allocataire CAF, value: "2345678" }
            - stop_before: Envoyer
            """);

        Assert.That(walked.Failure, Is.Null, walked.Failure?.Message);
        Assert.That(walked.Pages.Select(p => string.Join(", ", p.Fields.Select(f => f.Label))), Is.EqualTo(new[] { "Adresse, Code postal, Commune", "Numéro allocataire CAF" }));
    }

    [Test]
    public async Task A_page_the_site_sends_back_with_its_errors_under_another_address_is_the_step_refused()
    {
        // TYPO3 posts page 1 to « demande?tx_form_formframework[action]=perform… » and, refusing it, answers page 1 again
        // there, « Code postal » marked and its message beside it: the same page refused, not page 2.
        var posts = new List<string>();
        var walk = await WalkSiteAsync("typo3-erreurs", folder => KitPages.Typo3Server(folder, posts.Add, refuses: true), "demande", """
            - fill: { label: Code postal, value: "69003" }
            - fill: { label: Commune, value: Lyon }
            - click: Suivant
            - fill: { label: Numéro fiscal, value: "3023456789012" }
            - stop_before: Envoyer
            """, KitPages.Typo3Form);

        Assert.That(walk.Failure?.Kind, Is.EqualTo(FailureKind.ScenarioError), walk.Failure?.Message);
        Assert.That(walk.Failure!.Message, Does.Contain(" : cliquer sur le bouton « Suivant » : le site a refusé l'étape : « Code postal » : Ce code postal n’est pas desservi par le CCAS de Villeval. La page"));
        Assert.That(walk.Steps[^1].Description, Is.EqualTo("click button \"Suivant\""), "« Suivant » fails");
        Assert.That(walk.Pages, Has.Count.EqualTo(1), "one page: the one refused");
        Assert.That(walk.Steps.Select(s => s.PageIndex), Is.All.EqualTo(0));
        Assert.That(posts, Has.Count.EqualTo(1));
    }

    /// <summary>Walks <see cref="KitPages.DemarcheNumerique"/> with these steps; also returns each save the page posted.</summary>
    private static async Task<(WalkResult Walk, string[] Saves)> WalkDemarcheNumeriqueAsync(string id, string steps)
    {
        var saves = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var walk = await WalkSiteAsync(id, folder => KitPages.DemarcheNumeriqueServer(folder, saves), "demande.html", steps,
            [("demande.html", KitPages.DemarcheNumerique), .. KitPages.DemarcheNumeriqueData]);
        return (walk, [.. saves]);
    }

    [Test]
    public async Task A_choice_the_site_draws_again_from_what_it_saved_is_still_the_probes_answer()
    {
        // Démarche Numérique saves each answer and draws its champ again as the server keeps it: the list comes back without
        // the probe's marks, the option chosen `selected` by the server. That is the probe's answer, not a datum the site had.
        var (walk, saves) = await WalkDemarcheNumeriqueAsync("dn-liste-redessinee", """
            - select: { label: Régime d’assurance maladie, option: Régime général (CPAM) }
            - fill: { label: Nom de naissance, value: DUBOIS }
            - stop_before: Déposer le dossier
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        Assert.That(saves, Has.Some.Contains("[25][value]=Régime général (CPAM)"), "the site saved the choice, then drew the list again");
        var regime = walk.Pages.SelectMany(p => p.Fields).Single(f => f.Label == "Régime d’assurance maladie");
        var decision = Classifier.Default.Classify(regime);
        Assert.That(decision.Prefilled, Is.False, decision.Reason);
        Assert.That(regime.Value, Is.Null.Or.Empty, "empty at first sight");
    }

    [Test]
    public async Task A_select_in_Demarche_Numeriques_comboboxes_chooses_as_a_person_does()
    {
        // react-aria's lists open on a press, not on a value set in their box; the first press has the champ saved and drawn
        // again, closing it; a list opened after another finds its options in a container left aria-hidden; the communes are
        // searched by a name or a postal code, not by « Lyon (69001) »; a multi-choice list shows its choice as a tag beside
        // the box it empties, and stays open over the page. The address is named by its legend, as its box is, not its
        // « Je ne trouve pas » box.
        var (walk, saves) = await WalkDemarcheNumeriqueAsync("dn-listes", """
            - select: { label: Langues parlées, option: Anglais }
            - select: { label: Académie de rattachement, option: Lyon }
            - select: { label: Adresse du logement, option: 20 Avenue de Ségur 75007 Paris }
            - select: { label: Commune de naissance, option: Lyon (69001) }
            - stop_before: Déposer le dossier
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        Assert.That(saves, Has.Some.Contains("[23][value][]=Anglais"));
        Assert.That(saves, Has.Some.Contains("[21][value]=Lyon"));
        Assert.That(saves, Has.Some.Contains("[31][value]=20 Avenue de Ségur 75007 Paris"));
        Assert.That(saves, Has.Some.Contains("[32][code]=Lyon-69001"), "the last choice too: the walk gives the page the second it waits to save it");
        var fields = walk.Pages.SelectMany(p => p.Fields).ToList();
        Assert.That(fields.Where(f => f.Label is "Adresse du logement" or "Commune de naissance" or "Académie de rattachement" or "Langues parlées")
            .Select(f => Classifier.Default.Classify(f).Prefilled), Is.All.False);
    }

    [Test]
    public async Task A_Demarche_Numerique_list_one_types_into_is_read_as_a_list_with_its_choices()
    {
        // Démarche Numérique writes its long lists with their choices in the props React reads, then draws a box one types
        // into whose choices show only while it is open. Read as a text box without choices, a multi-choice question was
        // decided on its words alone, where the same question as boxes (five choices or fewer) was decided on each choice.
        var (walk, saves) = await WalkDemarcheNumeriqueAsync("dn-listes-choix", """
            - select: { label: Langues parlées, option: Anglais }
            - stop_before: Déposer le dossier
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        Assert.That(saves, Has.Some.Contains("[23][value][]=Anglais"));
        var fields = walk.Pages.SelectMany(p => p.Fields).ToList();
        var langues = fields.Single(f => f.Label == "Langues parlées");
        var academie = fields.Single(f => f.Label == "Académie de rattachement");
        Assert.Multiple(() =>
        {
            Assert.That(langues.Input, Is.EqualTo("select"));
            Assert.That(langues.Options, Is.EqualTo(new[] { "Allemand", "Anglais", "Arabe", "Espagnol", "Italien", "Portugais", "Langue des signes française", "Langue d’oc" }));
            Assert.That(langues.Value, Is.Null.Or.Empty, "as first seen, before the probe's choice");
            Assert.That(academie.Input, Is.EqualTo("select"));
            Assert.That(academie.Options, Has.Count.EqualTo(22).And.Contains("Lyon"));
            // A list searched on a server has no choices before one types: still read as the box it is.
            Assert.That(fields.Single(f => f.Label == "Commune de naissance").Options, Is.Empty);
        });
    }

    [Test]
    public async Task A_fill_in_a_list_of_fixed_choices_chooses_its_value_or_says_which_choices_are_near()
    {
        // `fill` in Démarche Numérique's académies showed the choices and chose none: the walk went on ✓ with the champ empty.
        // A value that is a choice is chosen as `select` would; one that is not fails at its step with the choices near it;
        // a start typed for a later key or `select` on the list to pick from is typed, as the author wrote.
        var (chosen, chosenSaves) = await WalkDemarcheNumeriqueAsync("dn-liste-remplie", """
            - fill: { label: Académie de rattachement, value: Lyon }
            - stop_before: Déposer le dossier
            """);
        Assert.That(chosen.Failure, Is.Null, chosen.Failure?.Message);
        Assert.That(chosenSaves, Has.Some.Contains("[21][value]=Lyon"), "chosen, as a select would");

        // Written with a straight apostrophe, a choice the list writes with a typographic one is the same choice.
        var (apostrophe, apostropheSaves) = await WalkDemarcheNumeriqueAsync("dn-liste-apostrophe", """
            - fill: { label: Langues parlées, value: "Langue d'oc" }
            - press: { label: Langues parlées, key: Escape }
            - stop_before: Déposer le dossier
            """);
        Assert.That(apostrophe.Failure, Is.Null, apostrophe.Failure?.Message);
        Assert.That(apostropheSaves, Has.Some.Contains("[23][value][]=Langue d’oc"));

        // A choice already made shows beside a multi-choice list, which offers it no more (a dossier opened again): done.
        var (again, againSaves) = await WalkDemarcheNumeriqueAsync("dn-liste-deja-choisie", """
            - fill: { label: Langues parlées, value: Anglais }
            - press: { label: Langues parlées, key: Escape }
            - fill: { label: Langues parlées, value: Anglais }
            - press: { label: Langues parlées, key: Escape }
            - stop_before: Déposer le dossier
            """);
        Assert.That(again.Failure, Is.Null, again.Failure?.Message);
        Assert.That(againSaves, Has.Some.Contains("[23][value][]=Anglais"));

        var (typo, _) = await WalkDemarcheNumeriqueAsync("dn-liste-tapee", """
            - fill: { label: Académie de rattachement, value: Lyom }
            - stop_before: Déposer le dossier
            """);
        Assert.That(typo.Failure?.Kind, Is.EqualTo(FailureKind.ScenarioError), typo.Failure?.Message);
        Assert.That(typo.Failure!.Message, Does.Contain("« Lyom » n'est pas parmi ses choix").And.Contain("« Lyon »").And.Contain("`select:`"));
        Assert.That(typo.Steps.Single(s => !s.Succeeded).Description, Does.StartWith("fill"), "the fill is the step at fault");

        // Typed where the keys then pick: the list is opened and the value typed as a person does, so that the arrow reaches
        // what the typing shows (typed into a box not pressed first, the keys took the list's first choice, « Allemand »).
        var (keyed, keyedSaves) = await WalkDemarcheNumeriqueAsync("dn-liste-clavier", """
            - fill: { label: Langues parlées, value: Angl }
            - press: { label: Langues parlées, key: ArrowDown }
            - press: { label: Langues parlées, key: Enter }
            - press: { label: Langues parlées, key: Escape }
            - stop_before: Déposer le dossier
            """);
        Assert.That(keyed.Failure, Is.Null, keyed.Failure?.Message);
        Assert.That(keyedSaves, Has.Some.Contains("[23][value][]=Anglais").And.None.Contains("[23][value][]=Allemand"));

        // A single list is drawn again, empty, once its first press is saved: typed after that, as a person who waits. The
        // keys' steps may name the box another way (css).
        var (single, singleSaves) = await WalkDemarcheNumeriqueAsync("dn-liste-simple-clavier", """
            - fill: { label: Académie de rattachement, value: Ly }
            - press: { css: "#champ-21-input-value", key: ArrowDown }
            - press: { css: "#champ-21-input-value", key: Enter }
            - stop_before: Déposer le dossier
            """);
        Assert.That(single.Failure, Is.Null, single.Failure?.Message);
        Assert.That(singleSaves, Has.Some.Contains("[21][value]=Lyon").And.None.Contains("[21][value]=Aix-Marseille"));

        // A press that picks nothing (Tab, Enter with no choice reached) leaves the list empty: a start of a choice fails.
        var (tabbed, _) = await WalkDemarcheNumeriqueAsync("dn-liste-tab", """
            - fill: { label: Académie de rattachement, value: Ly }
            - press: { label: Académie de rattachement, key: Tab }
            - stop_before: Déposer le dossier
            """);
        Assert.That(tabbed.Failure?.Kind, Is.EqualTo(FailureKind.ScenarioError), tabbed.Failure?.Message);

        // Pressed open, typed, its choice clicked (as codegen records it): the list is drawn again as the press is saved,
        // closing it under the click; the fill says which `select` to write rather than the click failing as « introuvable ».
        var (clicked, _) = await WalkDemarcheNumeriqueAsync("dn-liste-clic-choix", """
            - click: { label: Académie de rattachement }
            - fill: { label: Académie de rattachement, value: Ly }
            - click: { text: Lyon }
            - stop_before: Déposer le dossier
            """);
        Assert.That(clicked.Failure?.Kind, Is.EqualTo(FailureKind.ScenarioError), clicked.Failure?.Message);
        Assert.That(clicked.Failure!.Message, Does.Contain("`select:`").And.Contain("`option: Lyon`"));

        var (selected, selectedSaves) = await WalkDemarcheNumeriqueAsync("dn-liste-puis-choix", """
            - fill: { label: Académie de rattachement, value: Ly }
            - wait_for: { text: Académie de rattachement }
            - select: { label: Académie de rattachement, option: Lyon }
            - stop_before: Déposer le dossier
            """);
        Assert.That(selected.Failure, Is.Null, selected.Failure?.Message);
        Assert.That(selectedSaves, Has.Some.Contains("[21][value]=Lyon"));
    }

    [Test]
    public async Task Choices_made_by_clicks_or_keys_in_a_list_one_types_into_are_the_probes_not_the_sites()
    {
        // A multi-choice list answered by clicks on its options: the tags and hidden values it then holds are the probe's
        // answer. Read as the list's value, they looked like a value the site had filled in (a held item left uncounted).
        var (walk, saves) = await WalkDemarcheNumeriqueAsync("dn-liste-clics", """
            - click: { label: Langues parlées }
            - click: { text: Anglais }
            - press: { label: Langues parlées, key: Escape }
            - stop_before: Déposer le dossier
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        Assert.That(saves, Has.Some.Contains("[23][value][]=Anglais"));
        var langues = walk.Pages.SelectMany(p => p.Fields).Single(f => f.Label == "Langues parlées");
        Assert.That(Classifier.Default.Classify(langues).Prefilled, Is.False, langues.Value);

        // A single list pressed, then chosen by its keys: the choice shown in its box is the probe's too.
        var (keyed, keyedSaves) = await WalkDemarcheNumeriqueAsync("dn-liste-touches", """
            - click: { label: Académie de rattachement }
            - press: { label: Académie de rattachement, key: ArrowDown }
            - press: { label: Académie de rattachement, key: Enter }
            - stop_before: Déposer le dossier
            """);
        Assert.That(keyed.Failure, Is.Null, keyed.Failure?.Message);
        Assert.That(keyedSaves, Has.Some.Contains("[21][value]=Aix-Marseille"));
        var academie = keyed.Pages.SelectMany(p => p.Fields).Single(f => f.Label == "Académie de rattachement");
        Assert.That(Classifier.Default.Classify(academie).Prefilled, Is.False, academie.Value);
    }

    [Test]
    public async Task A_list_searched_on_a_server_is_no_list_of_choices_even_with_its_choice_made()
    {
        // Démarche Numérique writes a list it searches on a server (communes, addresses) as a RemoteComboBox whose items are the
        // choice already made: a person's commune or address, no choices. Read as a list, the value would leave the values
        // masked as personal and a `fill` there be refused; the open list's search results are no choices either.
        var walk = await WalkPageAsync("dn-liste-distante", """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Dossier</title></head><body><main><form>
            <label for="commune">Commune de naissance</label>
            <react-fragment><react-component name="ComboBox/RemoteComboBox" props='{"id":"commune","items":[["Lyon (69001)","Lyon-69001"]],"loader":"/data_sources/commune"}'></react-component></react-fragment>
            <label for="academie">Académie de rattachement</label>
            <react-fragment><react-component name="ComboBox/SingleComboBox" props='{"id":"academie","items":[["Lyon","Lyon"],["Paris","Paris"]]}'></react-component></react-fragment>
            <label for="recherche">Adresse du logement</label>
            <input id="recherche" role="combobox" aria-expanded="true" aria-controls="suggestions" value="20 avenue de Ségur">
            <ul id="suggestions" role="listbox"><li role="option">20 Avenue de Ségur 75007 Paris</li></ul>
            <button type="submit">Déposer le dossier</button></form></main>
            <script>
              // React replaces each list by the box it draws, a moment after the page is written.
              setTimeout(() => document.querySelectorAll('react-component').forEach((c) => {
                const props = JSON.parse(c.getAttribute('props'));
                const box = Object.assign(document.createElement('input'), { id: props.id, value: c.getAttribute('name').includes('Remote') ? props.items[0][0] : '' });
                box.setAttribute('role', 'combobox');
                c.replaceWith(box);
              }), 50);
            </script></body></html>
            """, """
            - wait_for: { css: "input#academie" }
            - stop_before: Déposer le dossier
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        var fields = walk.Pages.SelectMany(p => p.Fields).ToDictionary(f => f.Label!);
        Assert.Multiple(() =>
        {
            Assert.That((fields["Commune de naissance"].Input, fields["Commune de naissance"].Options), Is.EqualTo(("text", (IReadOnlyList<string>)[])));
            Assert.That(fields["Adresse du logement"].Options, Is.Empty, "search results are no choices");
            Assert.That(fields["Académie de rattachement"].Options, Is.EqualTo(new[] { "Lyon", "Paris" }));
        });
    }

    [Test]
    public async Task A_choice_missing_from_a_list_one_types_into_names_the_closest_choices()
    {
        // Démarche Numérique's académies: typed « Lyom », the list shows nothing; its first letters show « Lyon », which the
        // message offers, as a native list's does (it said « le formulaire a changé, ou le champ n'est pas une liste »).
        var (walk, _) = await WalkDemarcheNumeriqueAsync("dn-choix-absent", """
            - select: { label: Académie de rattachement, option: Lyom }
            - stop_before: Déposer le dossier
            """);

        Assert.That(walk.Failure?.Kind, Is.EqualTo(FailureKind.TargetNotFound), walk.Failure?.Message);
        Assert.That(walk.Failure!.Message, Does.Contain("« Lyom » n'est pas parmi les choix de la liste ; choix les plus proches : « Lyon »"));
    }

    [Test]
    public async Task The_last_answer_given_by_a_click_is_saved_before_the_walk_ends()
    {
        // An option a search drew, pressed by a click, is the walk's last answer: Démarche Numérique saves it a second later,
        // as it saves a typed one, and the walk gives it that second before it stops.
        var (walk, saves) = await WalkDemarcheNumeriqueAsync("dn-dernier-clic", """
            - fill: { label: Commune de naissance, value: Lyon }
            - click: { text: Lyon (69001) }
            - stop_before: Déposer le dossier
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        Assert.That(saves, Has.Some.Contains("[32][code]=Lyon-69001"));
    }

    [Test]
    public async Task A_Demarche_Numerique_page_stays_one_page_whatever_its_lists_and_saves_draw_on_it()
    {
        // A press on a combobox, or a search typed in it, opens its list and hides the rest of the page from assistive
        // technology (aria-hidden), also as the probe looks at the page before it presses an option; each save draws its
        // champ anew: a person still sees one page, each field once, every answer theirs, named the same every night.
        var (walk, _) = await WalkDemarcheNumeriqueAsync("dn-une-page", """
            - click: { label: Académie de rattachement }
            - select: { label: Académie de rattachement, option: Lyon }
            - select: { label: Régime d’assurance maladie, option: Régime général (CPAM) }
            - fill: { label: Nom de naissance, value: DUBOIS }
            - fill: { label: Commune de naissance, value: Lyon }
            - click: { text: Lyon (69001) }
            - stop_before: Déposer le dossier
            """);

        Assert.That(walk.Failure, Is.Null, walk.Failure?.Message);
        Assert.That(walk.Pages.Select(p => p.Title).ToList(), Has.Count.EqualTo(1), "one page");
        // Its heading names the dossier and its day, which change at each walk: the page's name, which the export and the
        // reviewers' overrides use, leaves them out.
        Assert.That(walk.Pages.Single().Title, Is.EqualTo("Dossier n° … - En brouillon depuis le … BROUILLON"));
        var fields = walk.Pages.SelectMany(p => p.Fields).ToList();
        Assert.That(fields.Select(f => f.DisplayLabel), Is.Unique);
        Assert.That(fields.Select(f => f.DisplayLabel), Has.Member("Nom de naissance").And.Member("Commentaire").And.Member("Adresse du logement"));
        Assert.That(fields.Select(f => Classifier.Default.Classify(f)).Where(d => d.Prefilled).Select(d => d.FieldLabel), Is.Empty);
    }

    [Test]
    public async Task A_value_the_site_refuses_once_it_saved_it_fails_the_walk_at_the_step_that_gave_it()
    {
        // Démarche Numérique checks each answer as it saves it, a second after it was typed, and writes its error under the
        // champ; the page goes on as if nothing happened. The persona's value was refused: said at the step that gave it,
        // whether the walk then presses a button or stops before the final one.
        var (stopped, _) = await WalkDemarcheNumeriqueAsync("dn-valeur-refusee", """
            - fill: { label: Adresse électronique de contact, value: angela.dubois@ }
            - fill: { label: Nom de naissance, value: DUBOIS }
            - stop_before: Déposer le dossier
            """);

        Assert.That(stopped.Failure?.Kind, Is.EqualTo(FailureKind.ScenarioError), stopped.Failure?.Message);
        Assert.That(stopped.Failure!.Message, Does.Contain(":11:5 : remplir le champ « Adresse électronique de contact » avec « angela.dubois@ » : le site a refusé la valeur : ")
            .And.Contain("est invalide. Saisissez une adresse électronique valide"));
        Assert.That(stopped.Failure.Step?.Line, Is.EqualTo(11), "where the value is to correct");
        Assert.That(stopped.Steps.Where(s => !s.Succeeded).Select(s => s.Position.Line), Is.EqualTo(new[] { 11 }), "the step that gave it failed, not the one that found it out");

        var (pressed, _) = await WalkDemarcheNumeriqueAsync("dn-valeur-refusee-clic", """
            - fill: { label: Adresse électronique de contact, value: angela.dubois@ }
            - click: { label: Académie de rattachement }
            - stop_before: Déposer le dossier
            """);
        Assert.That(pressed.Failure?.Kind, Is.EqualTo(FailureKind.ScenarioError), pressed.Failure?.Message);
        Assert.That(pressed.Failure!.Message, Does.Contain(":11:5 : remplir le champ « Adresse électronique de contact » avec « angela.dubois@ » : le site a refusé la valeur"));

        var (given, _) = await WalkDemarcheNumeriqueAsync("dn-valeur-acceptee", """
            - fill: { label: Adresse électronique de contact, value: angela.dubois@example.fr }
            - stop_before: Déposer le dossier
            """);
        Assert.That(given.Failure, Is.Null, given.Failure?.Message);
    }
}

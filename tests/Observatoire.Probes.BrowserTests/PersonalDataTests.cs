using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Observatoire.Probes.Browser;
using Observatoire.Probes.Results;
using Observatoire.Probes.Runner;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.BrowserTests;

/// <summary>
/// Nothing personal leaves unmasked: after a run with every kind of evidence on (screenshots, accessibility trees, traces
/// of every walk), no persona value, pre-filled identity or secret can be read in any file produced, zips included.
/// </summary>
[Parallelizable(ParallelScope.Self)]
public sealed partial class PersonalDataTests
{
    private static readonly string[] Procedures = ["aide-juridictionnelle", "bourse-college", "cheque-energie", "carte-grise"];

    /// <summary>Probes, with a runner of these options, the scenario written for the site that serves <paramref name="folder"/>.</summary>
    private static async Task<ProcedureResult> ProbeServedAsync(string folder, RunnerOptions options, Func<Uri, string> scenario)
    {
        using var site = new LoopbackFiles(folder);
        await using var runner = await ProbeRunner.StartAsync(options);
        return await runner.ProbeAsync(BrowserFixture.Inline(scenario(site.BaseUrl)));
    }

    [Test]
    public async Task No_persona_value_prefilled_identity_or_secret_is_readable_in_any_output()
    {
        var reports = Path.Combine(BrowserFixture.Evidence, "personal-" + BrowserFixture.RandomName());
        var scenarios = Procedures.Select(BrowserFixture.Bundled).ToList();
        await using (var runner = await ProbeRunner.StartAsync(BrowserFixture.Options(
            new BrowserSettings { Trace = TraceMode.Always, ActionTimeout = TimeSpan.FromSeconds(5), NavigationTimeout = TimeSpan.FromSeconds(15) },
            BrowserFixture.Site.BaseUrl, reports)))
        {
            var results = await runner.RunAsync(scenarios);
            Assert.That(results.Select(r => r.FailureMessage), Is.All.Null, "the walks reach their end");
            await runner.CompleteAsync();
        }

        // The persona's personal values (names, addresses, numbers, e-mails: not a year or a city that a list of options
        // also shows), and the FranceConnect demo identity the site pre-fills (read on the site's own page).
        var personal = scenarios.SelectMany(s => s.Persona.Values).Where(v => IsPersonal(v.Key, v.Value.Trim())).Select(v => v.Value.Trim()).ToHashSet(StringComparer.Ordinal);
        personal.UnionWith(["DUBOIS", "Angela Claire Louise", "wossewodda-3728@yopmail.com", "1962-08-24", "24/08/1962"]);
        // A birth date in three inputs: its day and month are whole values (the identity's, and aide-juridictionnelle's
        // persona and spouse), where a field's value is written: typed, kept by a snapshot, sent in a form body.
        string[] days = ["24", "08", "12", "03", "21", "07"];
        var wholeShapes = days.SelectMany(d => new[] { $"\"value\":\"{d}\"", $"\"__playwright_value_\":\"{d}\"", $"jour={d}&", $"mois={d}&", $"value=\"{d}\"" }).ToList();
        Assert.That(personal, Has.Count.GreaterThan(15), "names, addresses, e-mails and numbers of four personas");
        var forms = personal.SelectMany(Personal.Forms).Distinct().ToList();

        var files = Directory.EnumerateFiles(reports, "*", SearchOption.AllDirectories).ToList();
        Assert.That(Directory.GetFiles(Path.Combine(reports, "evidence", "traces"), "*.zip"), Has.Length.EqualTo(Procedures.Length), "a trace per walk");
        var leaks = new List<string>();
        foreach (var file in files)
        {
            foreach (var (name, text) in Texts(file))
            {
                leaks.AddRange(forms.Where(v => text.Contains(v, StringComparison.Ordinal)).Select(v => $"{Path.GetRelativePath(reports, file)}{name}: « {v} »"));
                // The FranceConnect demo credentials are short words: look for them where they would be sent or typed.
                foreach (var secret in new[] { "password=123", "login=test", "\"value\":\"123\"", "\"text\":\"123\"", "\"value\":\"test\"" })
                {
                    if (text.Contains(secret, StringComparison.Ordinal))
                    {
                        leaks.Add($"{Path.GetRelativePath(reports, file)}{name}: secret « {secret} »");
                    }
                }

                if (BirthYear().Match(text) is { Success: true } year)
                {
                    leaks.Add($"{Path.GetRelativePath(reports, file)}{name}: the identity's birth year in « {text[Math.Max(0, year.Index - 40)..Math.Min(text.Length, year.Index + 44)]} »");
                }

                leaks.AddRange(wholeShapes.Where(v => text.Contains(v, StringComparison.Ordinal)).Select(v => $"{Path.GetRelativePath(reports, file)}{name}: a day or month « {v} »"));
                // A field's value in an accessibility tree, whatever its name holds (« Jour Exemple : 14 » quotes the line).
                leaks.AddRange(AriaFieldValue().Matches(text).Where(m => m.Groups[1].Value != "•••").Select(m => $"{Path.GetRelativePath(reports, file)}{name}: tree « {m.Value.Trim()} »"));

                // ... and not inside other words: « attestation » masked as « at•••ation » garbles the evidence and shows
                // where the login is.
                if (text.Contains("at•••ation", StringComparison.OrdinalIgnoreCase))
                {
                    leaks.Add($"{Path.GetRelativePath(reports, file)}{name}: « at•••ation », a short secret masked inside a word");
                }
            }
        }

        Assert.That(leaks, Is.Empty, string.Join("\n", leaks.Take(60)));
        foreach (var zip in files.Where(f => f.EndsWith(".zip", StringComparison.Ordinal)))
        {
            AssertTraceOpens(zip);
        }
    }

    /// <summary>
    /// The identity's birth year as a value of its own: in a string, a form body, a markup value (not inside a longer
    /// number, and not a JSON number: a page's height in a trace may be 1962 pixels).
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[""'=>\s/])1962(?=[""'&<\s/]|$)")]
    private static partial System.Text.RegularExpressions.Regex BirthYear();

    /// <summary>A text field's line with a value: its name ends with a quote (or an attribute), the key maybe quoted whole.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*- '?(?:textbox|searchbox|spinbutton)\b.*(?:""|\])'?:[ ]+(\S.*)$", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex AriaFieldValue();

    private static readonly string[] PersonalKeys = ["nom", "prenom", "email", "adresse", "voie", "telephone", "nir", "iban", "numero", "fiscal", "reference", "permis", "immatriculation", "pdl", "allocataire", "ine"];

    private static bool IsPersonal(string key, string value) =>
        value.Length >= 5 && PersonalKeys.Any(k => key.Contains(k, StringComparison.Ordinal)) && !(value.All(char.IsDigit) && value.Length < 6);

    [Test]
    public void A_trace_keeps_no_birth_date_part_in_a_scripts_body_nor_in_running_text()
    {
        var zipPath = SyntheticTrace("scrub",
            ("trace.network", JsonSerializer.Serialize(new { postData = new { text = "{\"jour\":\"24\",\"mois\":\"08\",\"annee\":\"1962\"}" } }) + "\n"),
            ("resources/body.dat", "--x\r\nContent-Disposition: form-data; name=\"annee\"\r\n\r\n1962\r\n--x\r\nContent-Disposition: form-data; name=\"jour\"\r\n\r\n24\r\n--x--\r\n"),
            ("resources/page.html", "<p>Né le 24 août 1962 à Paris</p><p>Avis d'imposition 2025</p>"));

        Personal.ScrubTrace(zipPath, ["1962-08-24"], []);

        using var read = ZipFile.OpenRead(zipPath);
        var all = string.Join("\n", read.Entries.Select(e => new StreamReader(e.Open()).ReadToEnd()));
        Assert.That(all, Does.Not.Contain("1962").And.Not.Contain("\"24\"").And.Not.Contain("24 août"));
        Assert.That(all, Does.Contain("Avis d'imposition 2025"), "a year that is no one's stays");
        AssertTraceOpens(zipPath);
    }

    [Test]
    public async Task Screenshots_mask_personal_text_wherever_it_is_on_the_page()
    {
        await using var browser = await ProbeBrowser.LaunchAsync(new BrowserSettings());
        var page = await PageWithAsync(browser, """
            <main><h1>Récapitulatif</h1>
              <dl><dt id="t1">Nom</dt><dd id="known" style="font-weight: bold">DUBOIS Angela</dd><dt>Courriel</dt><dd id="email">nadia.petit@example.fr</dd><dt>Ville</dt><dd id="city">Lyon</dd></dl>
              <p id="number">Des données liées au déclarant n° 3012 3456 7890 1 ont été reçues depuis la DGFiP.</p>
              <p id="date">Né le 07/11/1981</p><label for="i">Nom</label><input id="i" value="LEROY"><button id="send">Envoyer ma demande</button>
            </main>
            """);
        var masked = async (bool signIn) =>
        {
            await page.EvaluateAsync(ScenarioWalker.EvidenceScript, new { marks = Array.Empty<object>(), sensitive = new[] { "DUBOIS" }, signIn, undo = false }); // takes the previous marks off first
            return await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('[data-probe-mask]')].map(e => e.id || e.tagName)");
        };

        Assert.That(await masked(false), Is.EquivalentTo(new[] { "known", "email", "number", "date", "i" }), "known values, personal shapes and typed values; not the labels, the city, the button");
        var mask = (106, 106, 244);
        var shot = async (string id) => await page.Locator("#" + id).ScreenshotAsync(new() { Type = ScreenshotType.Png });
        var (known, typed, city) = (await shot("known"), await shot("i"), await shot("city"));
        Assert.Multiple(() =>
        {
            Assert.That(Png.Share(known, mask), Is.GreaterThan(0.9), "a known value is a solid block");
            Assert.That(Png.Share(known, (0, 0, 0), tolerance: 100), Is.Zero, "no glyph shows through");
            Assert.That(Png.Share(typed, mask), Is.GreaterThan(0.6), "a typed value is masked too (the rest is the border)");
            Assert.That(Png.Share(city, mask), Is.Zero, "the city is not personal on this page");
            Assert.That(Png.Share(city, (0, 0, 0), tolerance: 100), Is.GreaterThan(0), "and its text shows");
        });
        Assert.That(await masked(true), Does.Contain("city").And.Not.Contain("send").And.Not.Contain("t1"), "on a sign-in page every value is masked, not the labels and buttons");
        await page.EvaluateAsync(ScenarioWalker.EvidenceScript, new { marks = Array.Empty<object>(), sensitive = Array.Empty<string>(), signIn = false, undo = true });
        Assert.That(await page.Locator("#known").GetAttributeAsync("style"), Is.EqualTo("font-weight: bold"), "the page is given back as it was");
        Assert.That(await page.Locator("#city").GetAttributeAsync("style"), Is.Null);
    }

    [Test]
    public async Task A_hint_that_gives_an_example_is_not_masked_unless_it_holds_a_persona_value()
    {
        // Démarche Numérique's hints show the shapes the masks look for (an e-mail, a SIRET, an IBAN), as the site's samples:
        // masked, the evidence hid what the form tells the person. Only the sample is let through: what a hint says besides it
        // (a value on file after the sample's sentence, a code sent to an address), a persona value, an error message (DSFR's,
        // Bulma's, Bootstrap 3's, which may quote what was typed) and small print that is no hint are masked as before. A sample
        // written in a child of the hint (« Exemple : <code>…</code> ») is read where it stands in the hint.
        await using var browser = await ProbeBrowser.LaunchAsync(new BrowserSettings());
        var page = await PageWithAsync(browser, """
            <main><label class="fr-label" for="e">Adresse électronique<span class="fr-hint-text" id="email-hint">Exemple : adresse@mail.com</span></label><input id="e">
              <label class="fr-label" for="s">SIRET de l’employeur</label><p class="fr-hint-text" id="siret-hint">Format attendu : 14 chiffres. Exemple : 500 001 234 56789</p><input id="s">
              <p class="fr-hint-text" id="iban-hint">Exemple (France) : FR76 1234 5678 9012 3456 7890 123</p>
              <p class="fr-hint-text" id="received">Des données liées au numéro fiscal 3012 3456 7890 1 ont été reçues</p>
              <p class="fr-hint-text" id="after-sample">Exemple : 06 12 34 56 78. Numéro enregistré : 07 98 76 54 32</p>
              <p class="fr-hint-text" id="after-comma">Indiquez un numéro (ex : 0601020304), ou celui que nous avons déjà, 07 81 22 33 44</p>
              <p class="fr-hint-text" id="plural">Exemples : nom@domaine.fr</p>
              <p class="fr-hint-text" id="nested">Exemple : <code id="nested-sample">adresse@mail.com</code></p>
              <p class="fr-hint-text" id="nested-two">Exemple : <b id="nested-first">06 12 34 56 78</b>. Numéro enregistré : <b id="nested-after">07 98 76 54 32</b></p>
              <div class="fr-hint-text"><p>Exemple : 06 12 34 56 78.</p><p id="second-paragraph">Numéro enregistré : 07 98 76 54 32</p></div>
              <div class="fr-hint-text"><p>Exemple : 06 12 34 56 78</p><p id="second-no-stop">Nous vous appellerons au 07 98 76 54 32</p></div>
              <p class="fr-hint-text">Exemple : <code>06 12 34 56 78</code><br><span id="after-break">Numéro enregistré 07 98 76 54 32</span></p>
              <p class="fr-hint-text">Exemple :<br><span id="sample-next-line">06 12 34 56 78</span></p>
              <span class="fr-hint-text">Exemple : 06 12 34 56 78<span style="display:block" id="shown-as-block">Numéro enregistré 07 98 76 54 32</span></span>
              <p class="fr-hint-text" id="sent-to">Le code a été envoyé à j.dupont@exemple.fr</p>
              <p class="fr-hint-text" id="formation">Formation enregistrée par France Travail : du 03/09/2024</p>
              <p class="fr-hint-text" id="persona-hint">Exemple : DUBOIS</p>
              <p class="fr-message fr-message--error" id="error">« nadia.petit@exemple » est invalide. Exemple : adresse@mail.com</p>
              <p class="help is-danger" id="bulma-error">La date 31/02/1988 n'existe pas. Exemple : 01/01/1990</p>
              <div class="has-error"><span class="help-block" id="bs3-error">La date 31/02/1988 n'existe pas. Ex. : 01/01/1990</span></div>
              <header><small id="small">Connecté : jean.martin@orange.fr</small></header>
            </main>
            """);
        await page.EvaluateAsync(ScenarioWalker.EvidenceScript, new { marks = Array.Empty<object>(), sensitive = new[] { "DUBOIS" }, signIn = false, undo = false });
        var masked = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('[data-probe-mask]')].map(e => e.id || e.tagName)");

        Assert.That(masked, Is.EquivalentTo(new[] { "received", "after-sample", "after-comma", "nested-after", "second-paragraph", "second-no-stop", "after-break", "shown-as-block", "sent-to", "formation", "persona-hint", "error", "bulma-error", "bs3-error", "small" }));
    }

    [Test]
    public async Task The_next_screenshot_takes_the_previous_marks_off_and_keeps_what_the_site_changed_meanwhile()
    {
        await using var browser = await ProbeBrowser.LaunchAsync(new BrowserSettings());
        var page = await PageWithAsync(browser, """
            <main><p id="kept" style="font-weight: bold">DUBOIS Angela</p><p id="hidden">DUBOIS Marc</p>
              <label for="i">Nom</label><input id="i" value="LEROY"></main>
            """);
        var mark = (string[] sensitive) => page.EvaluateAsync(ScenarioWalker.EvidenceScript, new { marks = new[] { new { selector = "#i", style = "counted" } }, sensitive, signIn = false, undo = false });
        var style = (string id) => page.Locator("#" + id).GetAttributeAsync("style");

        await mark(["DUBOIS"]);
        // The walk goes on with the marks on; the site hides a paragraph meanwhile (a choice made on the page).
        await page.EvaluateAsync("() => { document.getElementById('hidden').style.display = 'none'; }");
        await mark([]);

        var (kept, hidden) = (await style("kept"), await style("hidden"));
        var masks = await page.Locator("[data-probe-mask]").CountAsync();
        var outline = await page.Locator("#i").EvaluateAsync<string>("e => e.style.outline");
        Assert.Multiple(() =>
        {
            Assert.That(kept, Is.EqualTo("font-weight: bold"), "a mask no longer asked for is taken off, the page's own style given back as it was");
            Assert.That(hidden, Is.EqualTo("display: none;"), "what the site changed while the mask was on stays");
            Assert.That(masks, Is.EqualTo(1), "only the typed value is masked now");
            Assert.That(outline, Does.Contain("solid"), "the field is outlined by the decision of now");
        });
    }

    [Test]
    public async Task A_control_a_kit_hides_is_outlined_on_what_shows_it()
    {
        await using var browser = await ProbeBrowser.LaunchAsync(new BrowserSettings());
        var page = await PageWithAsync(browser, """
            <main><label id="l" for="jd">Justificatif de domicile</label><div><input type="file" id="jd" style="display:none"><button type="button">Choisir</button></div>
              <div id="zone"><input type="file" id="avis" style="display:none"><p>Glissez-déposez votre avis d'imposition ici</p></div>
              <label for="sf">Situation familiale</label><select id="sf" style="display:none"><option>Célibataire</option></select><span id="drawn">Célibataire</span>
              <div id="double"><input type="file" id="photo" style="display:none"><input type="file" id="fichier" style="display:none"><button type="button">Choisir</button></div>
              <input type="checkbox" id="rsa" style="opacity:0; position:absolute; width:24px; height:24px"><label id="lrsa" for="rsa">le RSA</label></main>
            """);
        var outline = (string id) => page.Locator("#" + id).EvaluateAsync<string>("e => e.style.outline");
        var marks = new[] { new { selector = "#jd", style = "counted" }, new { selector = "#avis", style = "counted" }, new { selector = "#sf", style = "counted" },
            new { selector = "#photo", style = "counted" }, new { selector = "#fichier", style = "counted" }, new { selector = "#rsa", style = "counted" } };
        await page.EvaluateAsync(ScenarioWalker.EvidenceScript, new { marks, sensitive = Array.Empty<string>(), signIn = false, undo = false });
        Assert.That(await outline("l"), Does.Contain("solid"), "a labelled hidden file input: its label");
        Assert.That(await outline("zone"), Does.Contain("solid"), "an unlabelled one: the zone that holds it");
        Assert.That(await outline("drawn"), Does.Contain("solid"), "a hidden list: the one the kit draws");
        Assert.That(await outline("lrsa"), Does.Contain("solid"), "a transparent box (DSFR draws it on its label): its label");

        await page.EvaluateAsync(ScenarioWalker.EvidenceScript, new { marks = Array.Empty<object>(), sensitive = Array.Empty<string>(), signIn = false, undo = true });
        Assert.That((await outline("l"), await outline("zone"), await outline("drawn"), await outline("double"), await outline("lrsa")), Is.EqualTo(("", "", "", "", "")),
            "the page is given back as it was, a zone outlined for two inputs included");
    }

    [Test]
    public async Task A_password_and_an_address_are_masked_in_the_request_bodies_as_the_browser_encodes_them()
    {
        // A wrong password (the demo refuses it: the walk fails, its trace is kept) and an address with what the browser's
        // form encoding and RFC 3986 write differently: « ~ » and « * », a space, « ! », « ' », an accent.
        const string password = "Pa~ss*w !rd";
        var options = BrowserFixture.Options(reports: Path.Combine(BrowserFixture.Evidence, "bodies-" + BrowserFixture.RandomName())) with
        {
            Browser = new BrowserSettings { Trace = TraceMode.Always, ActionTimeout = TimeSpan.FromSeconds(5), NavigationTimeout = TimeSpan.FromSeconds(15) },
            BaseUrl = BrowserFixture.Site.BaseUrl,
            Secret = name => name == "franceconnect_password" ? password : BrowserFixture.Secrets.GetValueOrDefault(name),
            SecretValues = ["test", password],
        };
        var logement = Changed("logement-social", ("adresse: 14 rue Francis de Pressensé", "adresse: \"14 rue d'Alsace-Lorraine, Bât. *B*\""));
        await using var runner = await ProbeRunner.StartAsync(options);
        var results = await runner.RunAsync([BrowserFixture.Bundled("bourse-college"), logement]);
        Assert.That(results.Single(r => r.Procedure.Id == "bourse-college").FailureMessage, Is.Not.Null, "the demo refuses the password");
        Assert.That(results.Single(r => r.Procedure.Id == "logement-social").FailureMessage, Is.Null, "the housing request reaches its end");

        var texts = results.SelectMany(r => Texts(r.TracePath!)).ToList();
        Assert.That(texts.Where(t => t.Name.StartsWith("!resources/", StringComparison.Ordinal)).Select(t => t.Text),
            Has.Some.Contains("password=•••&").And.Some.Contains("adresse-actuelle=•••"), "both bodies are in the traces, masked");
        // Chromium's encoding, in either hex case.
        string[] sent = ["Pa%7Ess*w+%21rd", "Pa%7ess*w+%21rd", "14+rue+d%27Alsace-Lorraine%2C+B%C3%A2t.+*B*", "14+rue+d%27Alsace-Lorraine%2c+B%c3%a2t.+*B*"];
        var leaks = texts.SelectMany(t => sent.Where(v => t.Text.Contains(v, StringComparison.Ordinal)).Select(v => $"{t.Name}: « {v} »")).ToList();
        Assert.That(leaks, Is.Empty, string.Join("\n", leaks));
    }

    [Test]
    public async Task An_address_with_an_apostrophe_and_an_accent_is_masked_in_the_traces_pages_as_sites_escape_it()
    {
        // The demo escapes the apostrophe only (« l&#39;Église »), as PHP, Rails or Jinja do; the page on loopback writes
        // accents as ASP.NET's encoder does (hex) or as WebUtility does (decimal), and the apostrophe each other way.
        const string voie = "2 rue de l'Église";
        string[] written = ["2 rue de l&#39;Église", "2 rue de l&#x27;&#xC9;glise", "2 rue de l&#039;&#201;glise", "2 rue de l&apos;&#xc9;glise", "2 rue de l&#39;&#201;glise"];
        var options = BrowserFixture.Options(reports: Path.Combine(BrowserFixture.Evidence, "html-" + BrowserFixture.RandomName())) with
        {
            Browser = new BrowserSettings { Trace = TraceMode.Always, ActionTimeout = TimeSpan.FromSeconds(5), NavigationTimeout = TimeSpan.FromSeconds(15) },
            BaseUrl = BrowserFixture.Site.BaseUrl,
        };
        await using var runner = await ProbeRunner.StartAsync(options);
        var creche = await runner.WalkAsync(Changed("creche", ("voie: 5 place Bellecour", $"voie: \"{voie}\"")));
        Assert.That(creche.Failure, Is.Null, creche.Failure?.Message);

        var folder = Directory.CreateTempSubdirectory("recap-").FullName;
        File.WriteAllText(Path.Combine(folder, "demande.html"), $"""
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Votre adresse</title></head><body><main><h1>Votre adresse</h1>
              <dl>{string.Concat(written.Skip(1).Select(w => $"<dt>Adresse connue</dt><dd>{w}</dd>"))}</dl>
              <form><label for="voie">Numéro et voie</label><input id="voie" name="voie"><button>Envoyer ma demande</button></form>
            </main></body></html>
            """);
        WalkResult razor;
        using (var site = new LoopbackFiles(folder))
        {
            razor = await runner.WalkAsync(BrowserFixture.Inline($$"""
                procedure: { id: adresse-echappee, title: Adresse, ministry: Test, administration: Test, start: "{{new Uri(site.BaseUrl, "demande.html")}}", franceconnect: Non }
                persona: { id: apostrophe, values: { voie: "{{voie}}" } }
                steps:
                  - fill: { label: Numéro et voie, value: "${voie}" }
                  - stop_before: Envoyer ma demande
                """));
        }

        Directory.Delete(folder, recursive: true);
        Assert.That(razor.Failure, Is.Null, razor.Failure?.Message);
        var pages = new[] { creche, razor }.SelectMany(w => Texts(w.TracePath!)).Where(t => t.Name.StartsWith("!resources/", StringComparison.Ordinal)).ToList();
        Assert.That(pages.Select(t => t.Text), Has.Some.Contains("Adresse du domicile").And.Some.Contains("Adresse connue"), "both pages are in the traces");
        var leaks = pages.SelectMany(t => written.Append(voie).Where(v => t.Text.Contains(v, StringComparison.OrdinalIgnoreCase)).Select(v => $"{t.Name}: « {v} »")).ToList();
        Assert.That(leaks, Is.Empty, string.Join("\n", leaks));
    }

    [Test]
    public async Task A_failure_message_quotes_no_persona_value_in_any_form_the_page_writes_it()
    {
        // A check of the recap's own values, the likeliest to be quoted among the page's closest texts: a birth date the
        // page writes in French (18/06/1990 for 1990-06-18), a family quotient of three digits.
        var reports = Path.Combine(BrowserFixture.Evidence, "messages-" + BrowserFixture.RandomName());
        var logement = Changed("logement-social", ("  - stop_before: Envoyer ma demande", "  - wait_for: { text: \"Née le ${naissance}\" }\n  - stop_before: Envoyer ma demande"));
        var cantine = Changed("cantine-tarif-social", ("  - stop_before: { button: Envoyer ma demande", "  - wait_for: { text: \"Quotient familial : ${quotient}\", frame: \"iframe#formulaire\" }\n  - stop_before: { button: Envoyer ma demande"));
        Assert.That((logement.Persona.Values["naissance"], cantine.Persona.Values["quotient"]), Is.EqualTo(("1990-06-18", "640")));
        await using (var runner = await ProbeRunner.StartAsync(BrowserFixture.Options(baseUrl: BrowserFixture.Site.BaseUrl, reports: reports)))
        {
            var results = await runner.RunAsync([logement, cantine]);
            Assert.That(results.Select(r => r.FailureMessage), Has.All.Contain("Textes les plus proches sur la page : ").And.All.Contain("•••"), "the closest texts are quoted, masked");
            await runner.CompleteAsync();
        }

        // The console prints the result's messages; the export, the records, Allure and the history are files of the run.
        string[] values = ["18/06/1990", "18 juin 1990", "1990-06-18", "« 640 »"];
        var leaks = Directory.EnumerateFiles(reports, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".zip", StringComparison.Ordinal))
            .SelectMany(f => Texts(f).SelectMany(t => values.Where(v => t.Text.Contains(v, StringComparison.Ordinal)).Select(v => $"{Path.GetRelativePath(reports, f)}: « {v} »"))).ToList();
        Assert.That(leaks, Is.Empty, string.Join("\n", leaks.Take(40)));
        Assert.That(Directory.GetFiles(reports, "indicator.json", SearchOption.AllDirectories), Is.Not.Empty, "the export is written");
    }

    [Test]
    public async Task A_date_typed_in_three_fields_is_masked_whole_where_the_recap_shows_it()
    {
        // The recap writes the applicant's « 12 », « 03 », « 1985 » as 12/03/1985; a check of it fails, so the trace is
        // kept and the message quotes the page's closest texts.
        var scenario = Changed("aide-juridictionnelle", ("  - stop_before: Envoyer ma demande",
            "  - wait_for: { text: \"Né le ${naissance_jour}/${naissance_mois}/${naissance_annee} à Paris\" }\n  - stop_before: Envoyer ma demande"));
        ProcedureResult result;
        await using (var runner = await ProbeRunner.StartAsync(BrowserFixture.Options(baseUrl: BrowserFixture.Site.BaseUrl, reports: Path.Combine(BrowserFixture.Evidence, "parts-" + BrowserFixture.RandomName()))))
        {
            result = await runner.ProbeAsync(scenario);
        }

        Assert.That(result.FailureMessage, Does.Contain("Textes les plus proches sur la page : ").And.Contain("•••"), "the closest texts are quoted, masked");
        var trees = result.Pages.Select(p => (Name: $"tree of page {p.Index + 1}", Text: p.AriaSnapshot ?? "")).ToList();
        Assert.That(trees.Select(t => t.Text), Has.Some.Contains("Date de naissance"), "the recap's tree is kept");
        string[] shown = ["12/03/1985", "12/03/•••", "12 mars 1985", "12 mars •••", "21/07/1983", "21/07/•••"];
        var texts = Texts(result.TracePath!).Concat(trees).Append((Name: "message", Text: result.FailureMessage!)).ToList();
        var leaks = texts.SelectMany(t => shown.Where(v => t.Text.Contains(v, StringComparison.Ordinal)).Select(v => $"{t.Name}: « {v} »")).ToList();
        Assert.That(leaks, Is.Empty, string.Join("\n", leaks));
    }

    [Test]
    public async Task The_user_and_password_of_a_base_url_are_not_published()
    {
        // A test site opened with HTTP credentials in its address: the walk uses them, the export, the report and the
        // evidence (its trace) never show them.
        var reports = Path.Combine(BrowserFixture.Evidence, "userinfo-" + BrowserFixture.RandomName());
        var site = new UriBuilder(BrowserFixture.Site.BaseUrl) { UserName = "agent", Password = "Pr3prod-secret" }.Uri;
        var browser = new BrowserSettings { Trace = TraceMode.Always, ActionTimeout = TimeSpan.FromSeconds(5), NavigationTimeout = TimeSpan.FromSeconds(15) };
        await using (var runner = await ProbeRunner.StartAsync(BrowserFixture.Options(browser, site, reports)))
        {
            var results = await runner.RunAsync([BrowserFixture.Bundled("cheque-energie")]);
            Assert.That(results[0].FailureMessage, Is.Null, "the walk opens the site with them");
            Assert.That(results[0].StartUrl, Is.EqualTo(new Uri(BrowserFixture.Site.BaseUrl, "/cheque-energie/").ToString()));
            await runner.CompleteAsync();
        }

        var files = Directory.EnumerateFiles(reports, "*", SearchOption.AllDirectories).ToList();
        Assert.That(files.Select(Path.GetFileName), Does.Contain("environment.properties").And.Contain("indicator.csv").And.Some.Match(@"^cheque-energie-\w+\.zip$"));
        var leaks = files.SelectMany(f => Texts(f).SelectMany(t => UserInfo().Matches(t.Text).Select(m => $"{Path.GetRelativePath(reports, f)}{t.Name}: « {t.Text[Math.Max(0, m.Index - 60)..Math.Min(t.Text.Length, m.Index + 40)]} »"))).ToList();
        Assert.That(leaks, Is.Empty, string.Join("\n", leaks));
    }

    [Test]
    public async Task A_recap_that_writes_values_its_own_way_is_masked_in_the_trace_the_tree_the_message_and_the_screenshot()
    {
        // A recap that groups numbers (a phone by pairs, an IBAN by four, an amount with a no-break space), drops the
        // accents of a name, writes the birth date with its weekday or a two-digit year; an API that escapes the accents
        // of its JSON. A check of the recap fails, so the message quotes its closest texts.
        var birth = new DateTime(1985, 3, 12, 0, 0, 0, DateTimeKind.Unspecified);
        var weekday = birth.ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
        string[] written = ["LEA CHLOE", "06 98 76 54 32", "FR76 3000 6000 0112 3456 7890 189", "1 85 03 75 123 456 78", "841 234 567 00011", "312\u00A0000", "312\u202F000", "312 000", weekday, "12/03/85", "L\\u00e9a Chlo\\u00e9", "12\\/03\\/1985"];
        var folder = Directory.CreateTempSubdirectory("recap-").FullName;
        File.WriteAllText(Path.Combine(folder, "profil.json"), "{\"prenom\":\"L\\u00e9a Chlo\\u00e9\",\"naissance\":\"12\\/03\\/1985\"}");
        File.WriteAllText(Path.Combine(folder, "recap.html"), $$"""
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Récapitulatif</title></head><body><main><h1>Récapitulatif de votre demande</h1>
              <dl><dt>Nom</dt><dd id="nom">LEA CHLOE MARTIN</dd><dt>Téléphone</dt><dd id="tel">06 98 76 54 32</dd>
                <dt>IBAN</dt><dd id="iban">FR76 3000 6000 0112 3456 7890 189</dd><dt>Numéro de sécurité sociale</dt><dd id="nir">1 85 03 75 123 456 78</dd>
                <dt>SIRET</dt><dd id="siret">841 234 567 00011</dd><dt>Revenus</dt><dd id="revenus">312&nbsp;000 €</dd><dd id="net">312&#x202F;000 € net</dd>
                <dt>Date de naissance</dt><dd id="naissance">{{weekday}}</dd><dd id="court">12/03/85</dd></dl>
              <p>Avis d'imposition 2025</p><p id="api">…</p>
              <form><label for="c">Commentaire</label><input id="c"><button>Envoyer ma demande</button></form>
              <script>fetch('profil.json').then(r => r.json()).then(p => { document.getElementById('api').textContent = 'Profil reçu'; });</script>
            </main></body></html>
            """);
        var (result, masked) = await WalkAndReadMasksAsync(folder, "recap.html", "written", TimeSpan.FromSeconds(3), start => $$"""
                    procedure: { id: recap-ecrit, title: Recap, ministry: Test, administration: Test, start: "{{start}}", franceconnect: Non }
                    persona:
                      id: ecrit
                      values: { prenoms: "Léa Chloé", telephone: "0698765432", iban: "FR7630006000011234567890189", nir: "185037512345678", siret: "84123456700011", revenus: "312000", naissance: "1985-03-12" }
                    steps:
                      - wait_for: { text: "Profil reçu" }
                      - fill: { label: Commentaire, value: "${prenoms}" }
                      - wait_for: { text: "Téléphone : 07 11" }
                      - stop_before: Envoyer ma demande
                    """,
            "nom", "tel", "iban", "nir", "siret", "revenus", "net", "naissance", "court");
        Assert.That(result.FailureMessage, Does.Contain("Textes les plus proches sur la page : "), "the closest texts are quoted");
        foreach (var (id, share) in masked)
        {
            Assert.That(share, Is.GreaterThan(0.5), $"« {id} » is masked in the screenshot");
        }

        Directory.Delete(folder, recursive: true);
        var texts = Texts(result.TracePath!).Select(t => (t.Name, Text: t.Name is "!trace.trace" or "!trace.network" ? JsonStrings(t.Text) : t.Text))
            .Concat(result.Pages.Select(p => (Name: $"tree of page {p.Index + 1}", Text: p.AriaSnapshot ?? "")))
            .Append((Name: "message", Text: result.FailureMessage!)).ToList();
        Assert.That(texts.Where(t => t.Name.StartsWith("!resources/", StringComparison.Ordinal)).Select(t => t.Text), Has.Some.Contains("\"prenom\":\"•••\""), "the API's answer is in the trace, masked");
        Assert.That(texts.Where(t => t.Name.StartsWith("tree", StringComparison.Ordinal)).Select(t => t.Text), Has.Some.Contains("Avis d'imposition 2025").And.Some.Contains("MARTIN"), "what is no one's stays");
        var leaks = texts.SelectMany(t => written.Where(v => t.Text.Contains(v, StringComparison.OrdinalIgnoreCase)).Select(v => $"{t.Name}: « {v} »")).ToList();
        Assert.That(leaks, Is.Empty, string.Join("\n", leaks));
        AssertTraceOpens(result.TracePath!);
    }

    [Test]
    public async Task What_the_site_showed_as_someones_is_out_of_every_published_text_the_field_table_and_the_fields_read()
    {
        // After FranceConnect a site names the person in its page title, a label, a choice, its fields' names: the walk
        // saw the identity only as the value the site put in a field, which the persona does not hold.
        var folder = Directory.CreateTempSubdirectory("shown-").FullName;
        File.WriteAllText(Path.Combine(folder, "espace.html"), """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mon espace – Angela DUBOIS</title></head><body><main>
              <h1>Mon espace – Angela DUBOIS</h1>
              <form>
                <label for="nom">Nom</label><input id="nom" name="nom" value="Angela DUBOIS" readonly>
                <label for="benef">Bénéficiaire</label><select id="benef" name="benef"><option>Angela DUBOIS</option><option>Un enfant</option></select>
                <label for="tel">Téléphone de Angela DUBOIS</label><input id="tel" name="tel">
                <button>Envoyer ma demande</button>
              </form>
            </main></body></html>
            """);
        var reports = Path.Combine(BrowserFixture.Evidence, "shown-" + BrowserFixture.RandomName());
        using (var site = new LoopbackFiles(folder))
        {
            await using var runner = await ProbeRunner.StartAsync(BrowserFixture.Options(reports: reports));
            var results = await runner.RunAsync([BrowserFixture.Inline($$"""
                procedure: { id: espace-identifie, title: Espace, ministry: Test, administration: Test, start: "{{new Uri(site.BaseUrl, "espace.html")}}", franceconnect: FranceConnect }
                persona: { id: sans-identite, values: { telephone: "0698765432" } }
                steps:
                  - fill: { label: Téléphone de Angela DUBOIS, value: "${telephone}" }
                  - stop_before: Envoyer ma demande
                """)]);
            Assert.That(results[0].FailureMessage, Is.Null);
            Assert.That(results[0].Decisions.Select(d => d.FieldLabel), Has.Some.EqualTo("Nom").And.Some.EqualTo("Téléphone de •••"), "the fields are in the table, scrubbed");
            await runner.CompleteAsync();
        }

        Directory.Delete(folder, recursive: true);
        var files = Directory.EnumerateFiles(reports, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".jpg", StringComparison.Ordinal)).ToList();
        Assert.That(files.Select(Path.GetFileName), Has.Some.EndsWith(".jsonl").And.Some.EqualTo("indicator-fields.csv"), "the fields read and the field table are written");
        var leaks = files.SelectMany(f => Texts(f).SelectMany(t => new[] { "DUBOIS", "dubois", "0698765432" }.Where(v => t.Text.Contains(v, StringComparison.Ordinal))
            .Select(v => $"{Path.GetRelativePath(reports, f)}{t.Name}: « {v} »"))).ToList();
        Assert.That(leaks, Is.Empty, string.Join("\n", leaks.Take(20)));
    }

    [Test]
    public async Task A_short_value_the_recap_shows_alone_is_masked_there_and_the_pages_own_2_stays()
    {
        // The persona's « 2 » persons in the household, too short to be masked in running text, as a recap shows it: a cell
        // of its own, or after its label's colon. The page's own « 2 » (a link, a term, a step, a label) is nobody's.
        var folder = Directory.CreateTempSubdirectory("short-").FullName;
        File.WriteAllText(Path.Combine(folder, "recap.html"), """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Récapitulatif</title></head><body><main>
              <h1>Étape 2 sur 3 : récapitulatif</h1>
              <dl><dt>Nombre de personnes</dt><dd id="personnes">2</dd><dt id="terme">2</dt><dd>Logement</dd></dl>
              <p id="ligne">Nombre de parts fiscales : 2</p>
              <table><tr><th>Nombre d'enfants</th><td id="cellule">2</td></tr></table>
              <p id="imbrique"><strong>Enfants à charge :</strong> 2</p>
              <p id="phrase">Vous pouvez modifier ces 2 rubriques.</p>
              <nav><a id="lien" href="#">2</a></nav>
              <form><label for="n">Nombre d'enfants</label><input id="n" name="n"><button>Envoyer ma demande</button></form>
            </main></body></html>
            """);
        var (result, masked) = await WalkAndReadMasksAsync(folder, "recap.html", "short", TimeSpan.FromSeconds(5), start => $$"""
                    procedure: { id: recap-court, title: Recap, ministry: Test, administration: Test, start: "{{start}}", franceconnect: Non }
                    persona: { id: foyer, values: { personnes: "2" } }
                    steps:
                      - fill: { label: Nombre d'enfants, value: "${personnes}" }
                      - stop_before: Envoyer ma demande
                    """,
            "personnes", "ligne", "cellule", "imbrique", "terme", "lien", "phrase");
        Assert.That(result.FailureMessage, Is.Null);
        foreach (var (id, share) in masked)
        {
            Assert.That(share, id is "personnes" or "ligne" or "cellule" or "imbrique" ? Is.GreaterThan(0.5) : Is.LessThan(0.05), $"« {id} » in the screenshot");
        }

        Directory.Delete(folder, recursive: true);
        var tree = result.Pages[^1].AriaSnapshot ?? "";
        Assert.That(tree, Does.Contain("- definition: \"•••\"").And.Contain("Nombre de parts fiscales : •••").And.Contain("link \"2\"")
            .And.Contain("- term: \"2\"").And.Contain("Étape 2 sur 3").And.Contain("ces 2 rubriques"), tree);
        Assert.That(tree, Does.Not.Contain("- definition: \"2\"").And.Not.Contain("fiscales : 2").And.Not.Contain("cell \"2\"").And.Not.Contain("d'enfants 2"), tree);
        Assert.That(tree, Does.Contain("cell \"•••\"").And.Contain("row \"Nombre d'enfants •••\""), tree);
        var trace = Texts(result.TracePath!).ToList();
        var html = trace.Where(t => t.Name.StartsWith("!resources/", StringComparison.Ordinal) && t.Text.Contains("Nombre de personnes", StringComparison.Ordinal)).Select(t => t.Text).ToList();
        Assert.That(html, Is.Not.Empty, "the page is in the trace");
        Assert.That(html, Has.All.Contain("<dd id=\"personnes\">•••</dd>").And.All.Contain("Nombre de parts fiscales : •••").And.All.Contain("<a id=\"lien\" href=\"#\">2</a>")
            .And.All.Contain("<td id=\"cellule\">•••</td>").And.All.Contain("<strong>Enfants à charge :</strong>•••</p>").And.All.Contain("<dt id=\"terme\">2</dt>"));
        var snapshots = trace.Single(t => t.Name == "!trace.trace").Text;
        Assert.That(snapshots, Does.Contain("[\"DD\",{\"id\":\"personnes\"},\"\\u2022\\u2022\\u2022\"]").And.Contain("[\"A\",{\"id\":\"lien\",\"href\":\"#\"},\"2\"]")
            .And.Not.Contain("[\"DD\",{\"id\":\"personnes\"},\"2\"]"), "the trace's snapshots of the page");
        AssertTraceOpens(result.TracePath!);
    }

    [Test]
    public async Task A_number_a_secret_lies_in_is_masked_whole_in_the_tree_and_the_trace_keeps_its_scripts_and_references()
    {
        // The demo's sign-in secrets: the login « test » (JavaScript's « .test( » in the probe's selector engine) and the
        // password « 123 », inside the allocataire number the page shows in running text (the next page shows it
        // pre-filled) and inside the hash that names the second page in the trace.
        var folder = Directory.CreateTempSubdirectory("secret-").FullName;
        File.WriteAllText(Path.Combine(folder, "index.html"), """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Connexion</title></head><body><main><h1>Votre foyer</h1>
              <p>Des données liées au compte n° 1234567 ont été reçues depuis la CAF.</p>
              <form action="foyer.html"><label for="l">Identifiant</label><input id="l" name="l"><label for="p">Code</label><input id="p" type="password">
              <button>Continuer</button></form>
            </main></body></html>
            """);
        string page2;
        for (var nonce = 0; ; nonce++)
        {
            page2 = $"""
                <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Foyer</title></head><body><main><h1>Votre allocataire</h1>
                  <form><label for="a">Numéro allocataire</label><input id="a" value="1234567" readonly><button>Envoyer ma demande</button></form><!-- {nonce} -->
                </main></body></html>
                """;
            if (ResourceName(page2).Contains("123", StringComparison.Ordinal))
            {
                break;
            }
        }

        File.WriteAllText(Path.Combine(folder, "foyer.html"), page2);
        var options = BrowserFixture.Options(reports: Path.Combine(BrowserFixture.Evidence, "secret-" + BrowserFixture.RandomName())) with
        {
            Browser = new BrowserSettings { Trace = TraceMode.Always, ActionTimeout = TimeSpan.FromSeconds(5), NavigationTimeout = TimeSpan.FromSeconds(15) },
        };
        var result = await ProbeServedAsync(folder, options, baseUrl => $$"""
            procedure: { id: foyer-caf, title: Foyer, ministry: Test, administration: Test, start: "{{new Uri(baseUrl, "index.html")}}", franceconnect: Non }
            persona: { id: foyer, values: { nom: Dubois } }
            steps:
              - fill: { label: Identifiant, value: "${secret:franceconnect_login}" }
              - fill: { label: Code, value: "${secret:franceconnect_password}" }
              - click: Continuer
              - wait_for: { text: "Votre allocataire" }
              - stop_before: Envoyer ma demande
            """);

        Directory.Delete(folder, recursive: true);
        Assert.That((BrowserFixture.Secrets["franceconnect_login"], BrowserFixture.Secrets["franceconnect_password"]), Is.EqualTo(("test", "123")));
        Assert.That(result.FailureMessage, Is.Null, result.FailureMessage);
        var tree = result.Pages[0].AriaSnapshot!;
        Assert.That(tree, Does.Contain("liées au compte n° ••• ont été reçues"), "the number is masked whole, as the screenshot masks it");

        using var zip = ZipFile.OpenRead(result.TracePath!);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        var texts = Texts(result.TracePath!).ToDictionary(t => t.Name, t => t.Text);
        var lines = texts["!trace.trace"].Split('\n').Concat(texts["!trace.network"].Split('\n')).Where(l => l.Length > 0).Select(l => JsonNode.Parse(l)!).ToList();
        var references = lines.SelectMany(l => Strings(l, "")).Where(s => s.Key is "_sha1" or "sha1" or "_file").Select(s => s.Value).ToList();
        Assert.That(references, Has.Some.Contains(ResourceName(page2)), "the second page is in the trace by its hash");
        Assert.That(references.Select(r => r.StartsWith("resources/", StringComparison.Ordinal) ? r : "resources/" + r).Where(r => !entries.Contains(r)), Is.Empty, "every reference names a resource of the trace");
        var engine = lines.First(l => (string?)l["type"] == "context-options")["options"]!["selectorEngines"]![0]!["source"]!.GetValue<string>();
        Assert.That(engine, Is.EqualTo(ScenarioWalker.LabelEngineScript), "the probe's selector engine is kept as it is: « .test( » is code");
        Assert.That(lines.SelectMany(l => Strings(l, "")).Where(s => s.Key == "callId" && s.Value.Contains('•', StringComparison.Ordinal)), Is.Empty, "call ids are kept");
        Assert.That(lines.SelectMany(l => Strings(l, "")).Select(s => s.Value), Has.Some.EndsWith("foyer.html?l=•••"), "the secrets are still masked where they are data");
        Assert.That(texts.Values.Where(t => t.Contains("password=123", StringComparison.Ordinal) || t.Contains("\"value\":\"123\"", StringComparison.Ordinal) || t.Contains("l=test", StringComparison.Ordinal)), Is.Empty);
        AssertTraceOpens(result.TracePath!);
    }

    /// <summary>The name Playwright gives a resource in a trace: its SHA-1.</summary>
#pragma warning disable CA5350 // Do Not Use Weak Cryptographic Algorithms: the trace's own naming, not a protection
    private static string ResourceName(string body) => Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(Encoding.UTF8.GetBytes(body)));
#pragma warning restore CA5350

    /// <summary>Every string of a JSON node with the key it stands under.</summary>
    private static IEnumerable<(string Key, string Value)> Strings(JsonNode? node, string key) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value, p.Key)),
        JsonArray a => a.SelectMany(c => Strings(c, key)),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => [(key, v.GetValue<string>())],
        _ => [],
    };

    [Test]
    public void A_trace_keeps_its_ids_references_and_scripts_and_masks_a_secret_as_a_whole_word()
    {
        const string hash = "3b63e0123d0b594b3f0681cc1f3678a60b992974";
        var zipPath = SyntheticTrace("ids",
            ("trace.trace", JsonSerializer.Serialize(new { type = "before", callId = "xbte@1123", @params = new { expression = "n => /requis/i.test(n.title)", value = "123" } }) + "\n"),
            ("trace.network", JsonSerializer.Serialize(new { type = "resource-snapshot", snapshot = new { request = new { postData = new { text = "login=test&password=123", _sha1 = hash + ".dat" } } } }) + "\n"),
            ("trace.stacks", JsonSerializer.Serialize(new { files = new[] { "Walker.cs" }, stacks = new object[] { new object[] { "xbte@1123", new[] { new object[] { 0, 12, 3, "" } } } } })),
            ($"resources/{hash}.dat", "login=test&password=123"),
            ("resources/page.html", "<p>Référence 2023AB12345, test du 12/03</p><p>Code : 123</p><p>Compte n° 1234567</p><input value=\"a1123b\">"));

        Personal.ScrubTrace(zipPath, ["Dubois"], ["test", "123"]);

        using var read = ZipFile.OpenRead(zipPath);
        var text = read.Entries.ToDictionary(e => e.FullName, e => new StreamReader(e.Open()).ReadToEnd());
        Assert.That(text.Keys, Does.Contain($"resources/{hash}.dat"));
        Assert.That(text["trace.trace"], Does.Contain("\"callId\":\"xbte@1123\"").And.Contain("/requis/i.test(n.title)").And.Not.Contain("\"value\":\"123\""));
        Assert.That(text["trace.network"], Does.Contain($"\"_sha1\":\"{hash}.dat\"").And.Contain(@"login=\u2022\u2022\u2022\u0026password=\u2022\u2022\u2022"));
        Assert.That(text["trace.stacks"], Does.Contain("xbte@1123"));
        Assert.That(text[$"resources/{hash}.dat"], Is.EqualTo("login=•••&password=•••"));
        Assert.That(text["resources/page.html"], Is.EqualTo("<p>Référence 2023AB12345, ••• du 12/03</p><p>Code : •••</p><p>Compte n° •••</p><input value=\"a1123b\">"),
            "a secret as a word is masked, and a number it lies in whole (as the tree and the screenshot show it), not inside another word");
    }

    [Test]
    public void A_trace_masks_no_setting_or_protocol_header_that_would_tell_a_short_value()
    {
        // A persona living in Paris with one child: « Europe/••• » and « Upgrade-Insecure-Requests: ••• » told both. The
        // form's own field and a cookie keep them masked.
        var zipPath = SyntheticTrace("headers",
            ("trace.trace", JsonSerializer.Serialize(new { type = "context-options", options = new { timezoneId = "Europe/Paris", locale = "fr-FR" } }) + "\n"),
            ("trace.network", JsonSerializer.Serialize(new { type = "resource-snapshot", snapshot = new { request = new
            {
                headers = new[] { new { name = "Upgrade-Insecure-Requests", value = "1" }, new { name = "Cookie", value = "ville=Paris" } },
                postData = new { @params = new[] { new { name = "enfants", value = "1" }, new { name = "ville", value = "Paris" } } },
            } } }) + "\n"));

        Personal.ScrubTrace(zipPath, ["Paris", "1"], []);

        using var read = ZipFile.OpenRead(zipPath);
        var text = read.Entries.ToDictionary(e => e.FullName, e => JsonStrings(new StreamReader(e.Open()).ReadToEnd()));
        Assert.That(text["trace.trace"], Does.Contain("Europe/Paris"));
        Assert.That(text["trace.network"].Split('\n'), Is.EqualTo(new[] { "resource-snapshot", "Upgrade-Insecure-Requests", "1", "Cookie", "ville=•••", "enfants", "•••", "ville", "•••" }));
    }

    [Test]
    public void A_short_value_alone_in_a_shadow_root_an_svg_or_a_scripts_argument_is_masked_and_a_links_stays()
    {
        // Snapshots write a shadow root as « template » and SVG's elements in small letters; a script's argument a trace
        // records is « {"s": "2"} ».
        var zipPath = SyntheticTrace("snapshot",
            ("trace.trace", """
                {"type":"frame-snapshot","snapshot":{"html":["HTML",{},["BODY",{},["DIV",{},["template",{"shadowrootmode":"open"},"2"]],["svg",{},["text",{},"2"]],["A",{"href":"#"},"2"],["SPAN",{"class":"badge"},"Enfants : 2"]]]}}
                {"type":"before","method":"evaluateExpression","params":{"expression":"() => 1","arg":{"value":{"s":"2"}}}}

                """));

        Personal.ScrubTrace(zipPath, ["2"], []);

        using var read = ZipFile.OpenRead(zipPath);
        var trace = new StreamReader(read.GetEntry("trace.trace")!.Open()).ReadToEnd();
        Assert.That(trace, Does.Contain("[\"template\",{\"shadowrootmode\":\"open\"},\"\\u2022\\u2022\\u2022\"]").And.Contain("[\"text\",{},\"\\u2022\\u2022\\u2022\"]")
            .And.Contain("[\"A\",{\"href\":\"#\"},\"2\"]").And.Contain("Enfants : \\u2022\\u2022\\u2022").And.Contain("{\"s\":\"\\u2022\\u2022\\u2022\"}"), trace);
    }

    /// <summary>
    /// Walks a page of <paramref name="folder"/> served on loopback with its trace kept, then reads the evidence's last
    /// screenshot where each of <paramref name="ids"/> stands on the page: the share of the mask's colour there.
    /// </summary>
    private static async Task<(ProcedureResult Result, Dictionary<string, double> Masked)> WalkAndReadMasksAsync(
        string folder, string file, string prefix, TimeSpan actionTimeout, Func<Uri, string> scenario, params string[] ids)
    {
        var options = BrowserFixture.Options(reports: Path.Combine(BrowserFixture.Evidence, prefix + "-" + BrowserFixture.RandomName())) with
        {
            Browser = new BrowserSettings { Trace = TraceMode.Always, ActionTimeout = actionTimeout, NavigationTimeout = TimeSpan.FromSeconds(15) },
        };
        await using var browser = await ProbeBrowser.LaunchAsync(new BrowserSettings());
        using var site = new LoopbackFiles(folder);
        ProcedureResult result;
        await using (var runner = await ProbeRunner.StartAsync(options))
        {
            result = await runner.ProbeAsync(BrowserFixture.Inline(scenario(new Uri(site.BaseUrl, file))));
        }

        // Where each element stands on the page, to read the screenshot there.
        var page = await (await browser.NewContextAsync()).NewPageAsync();
        await page.GotoAsync(new Uri(site.BaseUrl, file).ToString());
        var boxes = new Dictionary<string, Microsoft.Playwright.LocatorBoundingBoxResult>();
        foreach (var id in ids)
        {
            boxes[id] = (await page.Locator("#" + id).BoundingBoxAsync())!;
        }

        var shot = result.Pages[^1].Screenshot;
        Assert.That(shot, Is.Not.Null, "the page's screenshot");
        await page.SetViewportSizeAsync(1280, 900);
        await page.SetContentAsync($"<body style=\"margin:0\"><img src=\"data:image/jpeg;base64,{Convert.ToBase64String(shot!)}\"></body>");
        var masked = new Dictionary<string, double>();
        foreach (var (id, box) in boxes)
        {
            var png = await page.ScreenshotAsync(new() { Type = ScreenshotType.Png, Clip = new() { X = box.X, Y = box.Y, Width = box.Width, Height = box.Height } });
            masked[id] = Png.Share(png, (106, 106, 244), tolerance: 40);
        }

        return (result, masked);
    }

    /// <summary>A trace zip written on disk with these entries (a name in the zip, its text), to scrub as a walk's would be.</summary>
    private static string SyntheticTrace(string prefix, params (string Name, string Text)[] entries)
    {
        var zipPath = Path.Combine(BrowserFixture.Evidence, prefix + "-" + BrowserFixture.RandomName() + ".zip");
        Directory.CreateDirectory(BrowserFixture.Evidence);
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create);
        foreach (var (name, text) in entries)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(text);
        }

        return zipPath;
    }

    /// <summary>A trace's JSON lines as the viewer reads them (« \u00A0 » decoded): every string of every line.</summary>
    private static string JsonStrings(string text)
    {
        var strings = new List<string>();
        foreach (var line in text.Split('\n').Where(l => l.Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            Collect(json.RootElement, strings);
        }

        return string.Join("\n", strings);

        static void Collect(JsonElement e, List<string> into)
        {
            if (e.ValueKind == JsonValueKind.String)
            {
                into.Add(e.GetString()!);
            }

            var children = e.ValueKind switch
            {
                JsonValueKind.Array => e.EnumerateArray().ToList(),
                JsonValueKind.Object => e.EnumerateObject().Select(p => p.Value).ToList(),
                _ => [],
            };
            foreach (var child in children)
            {
                Collect(child, into);
            }
        }
    }

    [Test]
    public async Task The_user_and_password_of_an_absolute_start_url_are_not_published()
    {
        // The scenario opens a test site with HTTP credentials in its own `start:` (no BaseUrl): the trace, the export, the
        // report and the result's messages never show them.
        var reports = Path.Combine(BrowserFixture.Evidence, "start-userinfo-" + BrowserFixture.RandomName());
        var start = new UriBuilder(new Uri(BrowserFixture.Site.BaseUrl, "/cheque-energie/")) { UserName = "agent", Password = "Pr3prod-secret" }.Uri;
        var browser = new BrowserSettings { Trace = TraceMode.Always, ActionTimeout = TimeSpan.FromSeconds(3), NavigationTimeout = TimeSpan.FromSeconds(15) };
        var scenario = Changed("cheque-energie", ("start: /cheque-energie/", $"start: \"{start}\""), ("  - stop_before:", $"  - wait_for: {{ text: \"Adresse {start}\" }}\n  - stop_before:"));
        await using (var runner = await ProbeRunner.StartAsync(BrowserFixture.Options(browser, null, reports)))
        {
            var results = await runner.RunAsync([scenario]);
            Assert.That(results[0].FailureMessage, Does.Contain("Adresse •••").Or.Contain("•••@"), "the walk opens the site with them, then quotes its step");
            await runner.CompleteAsync();
        }

        var files = Directory.EnumerateFiles(reports, "*", SearchOption.AllDirectories).ToList();
        Assert.That(files.Select(Path.GetFileName), Does.Contain("indicator.csv").And.Some.Match(@"^cheque-energie-\w+\.zip$"));
        var leaks = files.SelectMany(f => Texts(f).SelectMany(t => UserInfo().Matches(t.Text).Select(m => $"{Path.GetRelativePath(reports, f)}{t.Name}: « {t.Text[Math.Max(0, m.Index - 60)..Math.Min(t.Text.Length, m.Index + 40)]} »"))).ToList();
        Assert.That(leaks, Is.Empty, string.Join("\n", leaks.Take(30)));
    }

    [Test]
    public async Task Scaffold_prints_no_user_and_password_of_the_site()
    {
        var site = new UriBuilder(BrowserFixture.Site.BaseUrl) { UserName = "agent", Password = "Pr3prod-secret" }.Uri;
        var work = Directory.CreateTempSubdirectory("scaffold-userinfo-").FullName;
        var (exit, stdout, stderr) = await Observatoire.Probes.Testing.ProbesProcess.RunAsync(["scaffold", "/cheque-energie/", "--follow", "-o", Path.Combine(work, "a.yaml")],
            environment: new Dictionary<string, string> { ["PROBES_BaseUrl"] = site.ToString() }, workingDirectory: Repository.Root);
        Assert.That(exit, Is.EqualTo(Observatoire.Probes.Testing.ProbesProcess.Ok), stdout + stderr);
        Assert.That(File.ReadAllText(Path.Combine(work, "a.yaml")), Does.Contain("id: cheque-energie"), "the draft is written through the site's credentials");
        Assert.That(stdout, Does.Contain("Drafting a scenario from " + new Uri(BrowserFixture.Site.BaseUrl, "/cheque-energie/")));
        Assert.That(UserInfo().Matches(stdout + stderr), Is.Empty, stdout + stderr);
        Directory.Delete(work, recursive: true);
    }

    [Test]
    public async Task A_failure_and_its_pause_quote_no_value_the_site_prefilled()
    {
        // The site pre-fills the holder's name and writes it in the page; a check that misses quotes the closest texts,
        // in the message and in the `--pause-on-failure` prompt.
        var folder = Directory.CreateTempSubdirectory("prefilled-").FullName;
        File.WriteAllText(Path.Combine(folder, "compte.html"), """
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Votre compte</title></head><body><main><h1>Votre compte</h1>
              <p>Titulaire du compte : Marguerite Duchêne-Lefebvre</p>
              <form><label for="n">Nom du titulaire</label><input id="n" value="Marguerite Duchêne-Lefebvre" readonly><button>Envoyer ma demande</button></form>
            </main></body></html>
            """);
        var paused = new List<string>();
        var options = BrowserFixture.Options(reports: Path.Combine(BrowserFixture.Evidence, "prefilled-" + BrowserFixture.RandomName())) with
        {
            Browser = new BrowserSettings { ActionTimeout = TimeSpan.FromSeconds(3), NavigationTimeout = TimeSpan.FromSeconds(15) },
            PauseOnFailure = message =>
            {
                paused.Add(message);
                return Task.CompletedTask;
            },
        };
        var result = await ProbeServedAsync(folder, options, baseUrl => $$"""
            procedure: { id: compte-titulaire, title: Compte, ministry: Test, administration: Test, start: "{{new Uri(baseUrl, "compte.html")}}", franceconnect: Non }
            persona: { id: titulaire, values: { nom: Dubois } }
            steps:
              - wait_for: { text: "Titulaire du compte : Jean" }
              - stop_before: Envoyer ma demande
            """);

        Directory.Delete(folder, recursive: true);
        Assert.That(paused, Has.Count.EqualTo(1), "the walk paused on its failure");
        string[] messages = [paused[0], result.FailureMessage!, result.Score.NotMeasuredReason ?? "", .. result.Steps.Select(s => s.Error ?? "")];
        Assert.That(messages[0], Does.Contain("Titulaire du compte : •••"), "the closest text is quoted, masked");
        Assert.That(messages.Where(m => m.Contains("Marguerite", StringComparison.Ordinal) || m.Contains("Duchêne", StringComparison.Ordinal)), Is.Empty);
    }

    [System.Text.RegularExpressions.GeneratedRegex("Pr3prod-secret|agent@")]
    private static partial System.Text.RegularExpressions.Regex UserInfo();

    /// <summary>A bundled scenario with some of its text replaced, loaded from beside the bundled ones (its fragments and files).</summary>
    private static Scenario Changed(string id, params (string From, string To)[] changes)
    {
        var yaml = File.ReadAllText(Path.Combine(Repository.Scenarios, id + ".yaml"));
        foreach (var (from, to) in changes)
        {
            Assert.That(yaml, Does.Contain(from), id);
            yaml = yaml.Replace(from, to, StringComparison.Ordinal);
        }

        return BrowserFixture.Inline(yaml);
    }

    /// <summary>A page of the probe's browser showing <paramref name="html"/>.</summary>
    private static async Task<IPage> PageWithAsync(ProbeBrowser browser, string html)
    {
        var page = await (await browser.NewContextAsync()).NewPageAsync();
        await page.SetContentAsync(html);
        return page;
    }

    /// <summary>Every text a file holds: itself, or each entry of a zip (traces, attachments, the export's workbook).</summary>
    private static IEnumerable<(string Name, string Text)> Texts(string file)
    {
        if (file.EndsWith(".zip", StringComparison.Ordinal) || file.EndsWith(".xlsx", StringComparison.Ordinal))
        {
            using var zip = ZipFile.OpenRead(file);
            foreach (var entry in zip.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                yield return ($"!{entry.FullName}", reader.ReadToEnd());
            }

            yield break;
        }

        yield return ("", File.ReadAllText(file, Encoding.UTF8));
    }

    /// <summary>A scrubbed trace still reads: every line of its JSON-lines entries parses.</summary>
    private static void AssertTraceOpens(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        var traces = zip.Entries.Where(e => e.FullName.EndsWith(".trace", StringComparison.Ordinal) || e.FullName.EndsWith(".network", StringComparison.Ordinal)).ToList();
        Assert.That(traces, Is.Not.Empty, zipPath);
        foreach (var entry in traces)
        {
            using var reader = new StreamReader(entry.Open());
            var number = 0;
            while (reader.ReadLine() is { } line)
            {
                number++;
                if (line.Length > 0)
                {
                    Assert.DoesNotThrow(() => JsonDocument.Parse(line).Dispose(), $"{zipPath}!{entry.FullName}:{number}");
                }
            }
        }
    }
}

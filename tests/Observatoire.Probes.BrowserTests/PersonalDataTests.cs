using System.IO.Compression;
using System.Text;
using System.Text.Json;
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

    [Test]
    public async Task No_persona_value_prefilled_identity_or_secret_is_readable_in_any_output()
    {
        var reports = Path.Combine(BrowserFixture.Evidence, "personal-" + Guid.NewGuid().ToString("N"));
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
        var zipPath = Path.Combine(BrowserFixture.Evidence, "scrub-" + Guid.NewGuid().ToString("N") + ".zip");
        Directory.CreateDirectory(BrowserFixture.Evidence);
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            void Entry(string name, string text)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }

            Entry("trace.network", JsonSerializer.Serialize(new { postData = new { text = "{\"jour\":\"24\",\"mois\":\"08\",\"annee\":\"1962\"}" } }) + "\n");
            Entry("resources/body.dat", "--x\r\nContent-Disposition: form-data; name=\"annee\"\r\n\r\n1962\r\n--x\r\nContent-Disposition: form-data; name=\"jour\"\r\n\r\n24\r\n--x--\r\n");
            Entry("resources/page.html", "<p>Né le 24 août 1962 à Paris</p><p>Avis d'imposition 2025</p>");
        }

        Personal.ScrubTrace(zipPath, ["1962-08-24"]);

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
        var options = BrowserFixture.Options(reports: Path.Combine(BrowserFixture.Evidence, "bodies-" + Guid.NewGuid().ToString("N"))) with
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
        var options = BrowserFixture.Options(reports: Path.Combine(BrowserFixture.Evidence, "html-" + Guid.NewGuid().ToString("N"))) with
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
        var reports = Path.Combine(BrowserFixture.Evidence, "messages-" + Guid.NewGuid().ToString("N"));
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
        await using (var runner = await ProbeRunner.StartAsync(BrowserFixture.Options(baseUrl: BrowserFixture.Site.BaseUrl, reports: Path.Combine(BrowserFixture.Evidence, "parts-" + Guid.NewGuid().ToString("N")))))
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
        var reports = Path.Combine(BrowserFixture.Evidence, "userinfo-" + Guid.NewGuid().ToString("N"));
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

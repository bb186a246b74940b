using System.Security.Cryptography;
using System.Text.Json;
using Observatoire.Probes.Catalogue;
using Observatoire.Probes.Classification;

namespace Observatoire.Probes.Tests.Classification;

/// <summary>
/// The classifier against real fields it was not tuned on (Evaluation/README.md): the held-out part is frozen and
/// its figures are the headline; the development part and the team's own lines are printed beside them.
/// </summary>
public sealed class EvaluationTests
{
    // The held-out figures the suite guards, draw by draw. The targets (precision 0.97, recall 0.96, item accuracy 0.92) are
    // not met yet: these are the levels reached, so that a change that loses ground on unseen wording fails. The later
    // draws' are the levels each was first measured at, before any rule was tuned with it in the set.
    private static readonly (double Precision, double Recall, double ItemAccuracy) FirstDraw = (0.84, 0.85, 0.76);
    private static readonly (double Precision, double Recall, double ItemAccuracy) SecondDraw = (0.48, 0.75, 0.59);
    private static readonly (double Precision, double Recall, double ItemAccuracy) ThirdDraw = (0.62, 0.67, 0.69);
    private static readonly (double Precision, double Recall, double ItemAccuracy) FourthDraw = (0.65, 0.93, 0.79);
    private static readonly (double Precision, double Recall, double ItemAccuracy) FifthDraw = (0.85, 0.88, 0.87);
    private static readonly (double Precision, double Recall, double ItemAccuracy) SixthDraw = (0.70, 0.68, 0.64);
    private static readonly (double Precision, double Recall, double ItemAccuracy) SeventhDraw = (0.45, 0.68, 0.78);
    private static readonly (double Precision, double Recall, double ItemAccuracy) EighthDraw = (0.45, 0.71, 0.87);
    private static readonly (double Precision, double Recall, double ItemAccuracy) NinthDraw = (0.60, 0.66, 0.86);
    private static readonly (double Precision, double Recall, double ItemAccuracy) TenthDraw = (0.36, 0.52, 0.76);

    // All draws against the adjudicated labels (majority of the stored label and two blind readings), as first measured
    // (stop 32: 0.795 / 0.817 / 0.795; with the tenth draw, stop 33: 0.781 / 0.810 / 0.794).
    private static readonly (double Precision, double Recall, double ItemAccuracy) AdjudicatedAllDraws = (0.78, 0.80, 0.79);

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Classification", "Evaluation");

    private static IReadOnlyList<LabelledField> Part(string name) => LabelledField.Load(Path.Combine(Folder, name + ".jsonl"));

    /// <summary>The held-out part: its ten draws, each frozen before any rule was tuned on it (split.json).</summary>
    private static readonly string[] HeldOutDraws = ["held-out", "held-out-2", "held-out-3", "held-out-4", "held-out-5", "held-out-6", "held-out-7", "held-out-8", "held-out-9", "held-out-10"];

    /// <summary>Each later draw's entry in split.json, by its file.</summary>
    private static readonly (string File, string Key)[] LaterDraws =
        [("held-out-2.jsonl", "second_draw"), ("held-out-3.jsonl", "third_draw"), ("held-out-4.jsonl", "fourth_draw"), ("held-out-5.jsonl", "fifth_draw"), ("held-out-6.jsonl", "sixth_draw"), ("held-out-7.jsonl", "seventh_draw"), ("held-out-8.jsonl", "eighth_draw"), ("held-out-9.jsonl", "ninth_draw"), ("held-out-10.jsonl", "tenth_draw")];

    private static IReadOnlyList<LabelledField> HeldOut() => [.. HeldOutDraws.SelectMany(Part)];

    /// <summary>
    /// The held-out part with the labels its blind second and third readings settled (majority of three,
    /// provenance/adjudication/README.md): the same fields, the same frozen files, another layer of labels.
    /// </summary>
    private static IReadOnlyList<LabelledField> HeldOutAdjudicated()
    {
        var adjudicated = Adjudicated();
        return [.. HeldOut().Select(l => adjudicated.TryGetValue(l.Field.Id, out var a) ? l with { Item = a.Item, Counted = a.Counted } : l)];
    }

    private static Dictionary<string, (string Item, bool Counted, string How)> Adjudicated() =>
        File.ReadLines(Path.Combine(Folder, AdjudicatedFile))
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("id\t", StringComparison.Ordinal))
            .Select(l => l.Split('\t'))
            .ToDictionary(c => c[0], c => (c[1], c[3] == "true", c[4]), StringComparer.Ordinal);

    private const string AdjudicatedFile = "held-out.adjudicated.tsv";

    /// <summary>The group split.json put a procedure in (its téléservice, its form family): the unit the intervals draw.</summary>
    private static string GroupOf(string procedure) => Groups.Value.GetValueOrDefault(procedure, procedure);

    private static readonly Lazy<Dictionary<string, string>> Groups = new(() =>
    {
        using var split = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "split.json")));
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        // The first split, the second draw, and the development additions that name their groups (repositories).
        var draws = new[] { split.RootElement }
            .Concat(LaterDraws.Select(d => split.RootElement.GetProperty(d.Key)))
            .Concat(split.RootElement.GetProperty("added_to_development").EnumerateObject().Select(a => a.Value));
        foreach (var group in draws.Where(d => d.GetProperty("groups").ValueKind == JsonValueKind.Object).SelectMany(d => d.GetProperty("groups").EnumerateObject()))
        {
            foreach (var procedure in group.Value.EnumerateArray())
            {
                groups[procedure.GetString()!] = group.Name;
            }
        }

        return groups;
    });

    [Test]
    public void The_held_out_part_is_frozen()
    {
        using var split = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "split.json")));
        var draws = LaterDraws.Select(d => (d.File, split.RootElement.GetProperty(d.Key))).Prepend(("held-out.jsonl", split.RootElement)).ToList();
        Assert.Multiple(() =>
        {
            foreach (var (file, draw) in draws)
            {
                var actual = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Folder, file))));
                Assert.That(actual, Is.EqualTo(draw.GetProperty("held_out_sha256").GetString()),
                    $"{file} changed: only a labelling error against the contract may change it, in its own commit with split.json");
            }
        });
    }

    [Test]
    public void Every_real_procedure_says_whom_it_is_for_once()
    {
        // The context a scenario gives (its `public`) comes from publics.tsv: a procedure missing from it would silently read
        // as a person's.
        var rows = File.ReadLines(Path.Combine(Folder, LabelledField.PublicsFile)).Where(l => !l.StartsWith('#')).Skip(1).Select(l => l.Split('\t')[0]).ToList();
        var procedures = Part("development").Concat(HeldOut()).Select(l => l.Procedure).Distinct().ToList();
        Assert.That(rows, Is.Unique);
        Assert.That(procedures.Except(rows), Is.Empty, "procedures of the evaluation set without a line in publics.tsv");
        Assert.That(Part("development").Count(l => l.Field.Public == "professionnels"), Is.GreaterThan(0), "the file is read");

        var broken = Path.Combine(Path.GetTempPath(), "probes-publics-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(broken);
        try
        {
            File.WriteAllText(Path.Combine(broken, "part.jsonl"), "{\"id\": \"a\", \"procedure\": \"p\", \"label\": \"Nom\", \"expected_item\": \"identity.civil\", \"expected_counted\": true}\n");
            File.WriteAllText(Path.Combine(broken, LabelledField.PublicsFile), "procedure\tpublic\twhy\np\tprofessionnels\tx\np\tparticuliers\ty\n");
            var e = Assert.Throws<InvalidInputException>(() => LabelledField.Load(Path.Combine(broken, "part.jsonl")));
            Assert.That(e!.Diagnostics.Single().ToString(), Does.Contain("publics.tsv:3:1").And.Contain("procedure « p » has a line already"));
        }
        finally
        {
            Directory.Delete(broken, recursive: true);
        }
    }

    [Test]
    public void The_set_is_real_large_and_split_by_procedure()
    {
        var development = Part("development");
        var heldOut = HeldOut();
        var sourced = development.Concat(heldOut).ToList();
        var procedures = sourced.Select(s => s.Procedure).Distinct().Count();
        var heldOutProcedures = heldOut.Select(s => s.Procedure).ToHashSet();
        Assert.Multiple(() =>
        {
            Assert.That(sourced, Has.Count.GreaterThanOrEqualTo(1500));
            Assert.That(procedures, Is.GreaterThanOrEqualTo(120));
            Assert.That(heldOutProcedures.Count / (double)procedures, Is.GreaterThanOrEqualTo(0.40), "held-out share of the procedures");
            Assert.That(development.Where(s => heldOutProcedures.Contains(s.Procedure)).Select(s => s.Procedure).Distinct(), Is.Empty, "no procedure on both sides");
            Assert.That(HeldOutDraws.SelectMany(d => Part(d).Select(s => s.Procedure).Distinct()), Is.Unique, "no procedure in two draws");
            Assert.That(sourced.Where(s => s.Source.Length == 0).Select(s => s.Field.Id), Is.Empty, "every sourced line names its source");
            Assert.That(sourced.Select(s => s.Field.Id).Distinct().Count(), Is.EqualTo(sourced.Count), "ids are unique");
        });
    }

    [TestCase("development")]
    [TestCase("held-out")]
    [TestCase("held-out-2")]
    [TestCase("held-out-3")]
    [TestCase("held-out-4")]
    [TestCase("held-out-5")]
    [TestCase("held-out-6")]
    [TestCase("held-out-7")]
    [TestCase("held-out-8")]
    [TestCase("held-out-9")]
    [TestCase("held-out-10")]
    [TestCase("team")]
    public void Labels_use_catalogue_items_and_agree_with_their_holding(string part)
    {
        var path = Path.Combine(Folder, part + ".jsonl");
        if (!File.Exists(path))
        {
            Assert.Ignore($"{part}.jsonl is absent");
        }

        var set = LabelledField.Load(path);
        Assert.That(set.Where(s => DataCatalogue.Default.Find(s.Item) is null).Select(s => $"{s.Field.Id}: {s.Item}"), Is.Empty);
        Assert.That(set.Where(s => s.Counted && DataCatalogue.Default.Find(s.Item)!.Holding != Holding.Held).Select(s => s.Field.Id), Is.Empty, "only held items count");
    }

    [Test]
    public void Every_held_out_line_has_one_adjudicated_label_from_the_catalogue()
    {
        var adjudicated = Adjudicated();
        var heldOut = HeldOut();
        Assert.Multiple(() =>
        {
            Assert.That(heldOut.Select(l => l.Field.Id).Except(adjudicated.Keys), Is.Empty, "held-out lines without an adjudicated label");
            Assert.That(adjudicated.Keys.Except(heldOut.Select(l => l.Field.Id)), Is.Empty, "adjudicated labels of no held-out line");
            Assert.That(adjudicated.Where(a => DataCatalogue.Default.Find(a.Value.Item) is null).Select(a => a.Key), Is.Empty, "catalogue items");
            Assert.That(adjudicated.Where(a => a.Value.Counted && DataCatalogue.Default.Find(a.Value.Item)?.Holding != Holding.Held).Select(a => a.Key), Is.Empty,
                "only held items count");
            Assert.That(adjudicated.Values.Select(a => a.How).Distinct(), Is.SubsetOf(new[] { "stored", "blind", "split" }));
        });
    }

    /// <summary>
    /// The evaluation's lines were copied without what pages add around a label: a required mark, a colon, a bracket that says
    /// the field must be filled, non-breaking spaces, typographic apostrophes, capitals. A walk reads them all; the decisions
    /// must not depend on them. The allowance is what the development part changes today (stop 32). Capitals are often printed
    /// without accents and some forms are typed without any (stop 43: 20 decisions changed then). A participle is not the noun
    /// its letters fold to (stop 46: « âgés » is no « âge »); without its accents « ages » may be either: one decision more.
    /// </summary>
    [TestCase("required mark", 0)]
    [TestCase("colon", 0)]
    [TestCase("obligatoire", 0)]
    [TestCase("facultatif", 0)]
    [TestCase("non-breaking spaces", 0)]
    [TestCase("typographic apostrophes", 0)]
    [TestCase("capitals", 2)]
    [TestCase("capitals without accents", 5)]
    [TestCase("without accents", 7)]
    [TestCase("placeholder only", 0)]
    [TestCase("numbered", 0)]
    [TestCase("lettered", 0)]
    [TestCase("numbered with a dash", 0)]
    [TestCase("numbered headings", 0)]
    [TestCase("inclusive middle dot", 0)]
    [TestCase("answer's shape", 0)]
    [TestCase("question mark", 0)]
    [TestCase("a fieldset a field", 0)]
    [TestCase("tu", 0)]
    [TestCase("page named after its step first", 0)]
    [TestCase("an instruction first", 0)]
    [TestCase("a heading about the request", 2)]
    [TestCase("the hint as placeholder", 0)]
    [TestCase("an aside in brackets", 0)]
    [TestCase("how to write the answer", 0)]
    [TestCase("first person", 3)]
    [TestCase("the group's heading before the label", 11)]
    [TestCase("required after a dash or in square brackets", 0)]
    public void Decisions_hold_when_labels_are_written_as_pages_write_them(string variant, int allowed)
    {
        // A field with no label, its text in the placeholder, as the walker reports it (label source « placeholder »).
        Func<FieldObservation, FieldObservation> placeholderOnly = f => f.Input is "text" or "email" or "tel" or "number" or "textarea"
            && string.IsNullOrEmpty(f.Placeholder) && !string.IsNullOrEmpty(f.Label) ? f with { Placeholder = f.Label, Label = null } : f;
        Func<string, string> write = variant switch
        {
            "required mark" => l => l + " *",
            "colon" => l => l + " :",
            "obligatoire" => l => l + " (obligatoire)",
            "facultatif" => l => l + " (facultatif)",
            "non-breaking spaces" => l => l.Replace(' ', '\u00a0'),
            "typographic apostrophes" => l => l.Replace('\'', '\u2019'),
            "capitals without accents" => l => WithoutAccents(l).ToUpperInvariant(),
            "without accents" => WithoutAccents,
            // Forms drawn from a CERFA number their questions and headings: 190 decisions changed before (153 lost).
            "numbered" or "numbered headings" => l => "3. " + l,
            "lettered" => l => "b) " + l,
            // Services for the young say « tu »: « As-tu… ? », « Es-tu… ? », « Disposes-tu… ? », « Tu habites », « ton », « chez toi »:
            // 29 decisions changed before (20 lost), the verbs and pronouns of « vous » not found.
            "tu" => SecondPersonSingular,
            // « inscrit·e », « livret·s »: 4 decisions changed before (all lost), the ending read as a word.
            "inclusive middle dot" => l => System.Text.RegularExpressions.Regex.Replace(l, @"\((e|E|s|ve)\)", "·$1"),
            "numbered with a dash" => l => "12 - " + l,
            // CERFA-drawn labels: « Nom d'usage (le cas échéant) », « Montant (voir notice) »: 66 decisions changed before (57 lost,
            // a bare « Nom » no longer bare).
            // « Nom (en majuscules) », « Montant (en chiffres) »: 66 decisions changed before (most lost: a bare « Nom » no longer bare).
            "how to write the answer" => l => l + (l.Length % 2 == 0 ? " (en majuscules)" : " (en lettres capitales)"),
            // Services that let the person speak (« Mon nom », « Mes revenus », « Je suis », « J'ai »): 11 decisions changed
            // before (all lost: « Mon nom » was no bare name; 9 on labels alone), 3 now.
            "first person" => FirstPerson,
            // « Nom - obligatoire », « Nom [facultatif] »: 12 decisions changed before (most lost), where « Nom (facultatif) » changed none.
            "required after a dash or in square brackets" => l => l + (l.Length % 2 == 0 ? " - obligatoire" : " [facultatif]"),
            "an aside in brackets" => l => l + (l.Length % 2 == 0 ? " (le cas échéant)" : " (voir notice)"),
            _ => l => l.ToUpperInvariant(),
        };
        var set = Part("development");
        var written = set.Select(s => s with
        {
            Field = variant == "placeholder only" ? placeholderOnly(s.Field)
                : variant == "without accents" ? s.Field with
                {
                    Label = Bare(s.Field.Label), Hint = Bare(s.Field.Hint), Legend = Bare(s.Field.Legend), Section = Bare(s.Field.Section), Page = Bare(s.Field.Page),
                }
                // « Date de début (jj/mm/aaaa) », « Courrier électronique (exemple : nom@domaine.fr) »: 7 decisions changed before (all lost).
                : variant == "answer's shape" ? s.Field with
                {
                    Label = string.IsNullOrEmpty(s.Field.Label) ? s.Field.Label : s.Field.Input switch
                    {
                        "date" => s.Field.Label + " (jj/mm/aaaa)",
                        "email" => s.Field.Label + " (exemple : nom@domaine.fr)",
                        "number" => s.Field.Label + " (en euros)",
                        "tel" => s.Field.Label + " (10 chiffres)",
                        _ => s.Field.Label,
                    },
                }
                // « Code postal ? » on a text box is typed, not chosen: 36 decisions changed before (17 lost, 8 gained).
                : variant == "question mark" ? s.Field with
                {
                    Label = string.IsNullOrEmpty(s.Field.Label) || s.Field.Input is not ("text" or "email" or "tel" or "number" or "textarea") ? s.Field.Label
                        : s.Field.Label.TrimEnd().TrimEnd(':', ' ') + " ?",
                }
                // A kit that gives each field a fieldset of its own, its legend the label: 33 decisions changed before (20 lost).
                : variant == "a fieldset a field" ? s.Field with { Legend = s.Field.Legend ?? s.Field.Label }
                // « Indiquez : Nom », « Veuillez saisir : Numéro NOR », « Saisis ton nom » over a typed box: 155 and 164 decisions
                // changed before (125 and 131 lost: a bare « Nom » no longer bare, a key no longer a key), the instruction read as
                // what is asked; the « tu » forms (« Indique », « Saisis ») as many until they were read too.
                : variant == "an instruction first" ? s.Field with
                {
                    Label = string.IsNullOrEmpty(s.Field.Label) || s.Field.Input is not ("text" or "email" or "tel" or "number" or "date" or "textarea") || s.Field.Label.Contains('?')
                        ? s.Field.Label : (s.Field.Label.Length % 3) switch { 0 => "Indiquez : ", 1 => "Veuillez saisir : ", _ => "Saisis " } + s.Field.Label,
                }
                // A kit without fieldsets writes the group's heading before the label (« Conjoint : Nom », « Avis d'imposition : Le
                // numéro fiscal »): 31 decisions changed before (most lost); what is left are long sentences glued before a list.
                : variant == "the group's heading before the label" ? (s.Field.Legend is { Length: > 0 } group && !string.IsNullOrEmpty(s.Field.Label)
                    && s.Field.Input is not ("radio" or "checkbox") ? s.Field with { Label = group.TrimEnd(' ', ':') + " : " + s.Field.Label, Legend = null } : s.Field)
                // The hint written in the box as its placeholder (« Ex : Dupont », « Précisez… »), as many kits do: 80 decisions
                // changed before (69 lost) and one field threw, the placeholder read as the label (still, when it only says
                // the label more fully: « Nom » → « Nom de l'employeur »).
                : variant == "the hint as placeholder" ? (s.Field.Hint is { Length: > 0 } hint && string.IsNullOrEmpty(s.Field.Placeholder) && !string.IsNullOrEmpty(s.Field.Label)
                    && s.Field.Input is "text" or "email" or "tel" or "number" or "textarea" ? s.Field with { Placeholder = hint, Hint = null } : s.Field)
                // A part of the form titled « Votre demande » over fields that had no heading: 34 decisions changed before (most lost:
                // « Classe », « Département », a key read as the person's own words under it), 2 now (an address the page said
                // was elsewhere, a file the hint names a request).
                : variant == "a heading about the request" ? s.Field with { Section = s.Field.Section ?? "Votre demande" }
                // « Étape 3 sur 5 : Où est située la friche ? »: 2 decisions changed before (both lost), the step read as what the page is about.
                : variant == "page named after its step first" ? s.Field with { Page = string.IsNullOrEmpty(s.Field.Page) ? s.Field.Page : "Étape 3 sur 5 : " + s.Field.Page }
                : variant == "numbered headings" ? s.Field with
                {
                    Legend = string.IsNullOrEmpty(s.Field.Legend) ? s.Field.Legend : write(s.Field.Legend),
                    Section = string.IsNullOrEmpty(s.Field.Section) ? s.Field.Section : write(s.Field.Section),
                }
                : s.Field with { Label = string.IsNullOrEmpty(s.Field.Label) ? s.Field.Label : write(s.Field.Label) },
        }).ToList();
        var before = EvaluationReport.DecideInOrder(set, Classifier.Default);
        var after = EvaluationReport.DecideInOrder(written, Classifier.Default);
        var changed = Enumerable.Range(0, set.Count).Where(i => before[i].ItemId != after[i].ItemId || before[i].Counted != after[i].Counted)
            .Select(i => $"« {written[i].Field.Label} »: {before[i].ItemId} → {after[i].ItemId}").ToList();
        Assert.That(changed.Count, Is.LessThanOrEqualTo(allowed), string.Join("\n", changed.Take(10)));

        static string? Bare(string? text) => string.IsNullOrEmpty(text) ? text : WithoutAccents(text);
    }

    private static string FirstPerson(string text)
    {
        string Replace(string input, string pattern, string upper, string lower) => System.Text.RegularExpressions.Regex.Replace(input, pattern, m => char.IsUpper(m.Value[0]) ? upper : lower);
        var t = Replace(text, @"\b[Vv]ous êtes\b", "Je suis", "je suis");
        t = Replace(t, @"\b[Vv]ous avez\b", "J'ai", "j'ai");
        t = Replace(t, @"\b[Vv]otre\b", "Mon", "mon");
        return Replace(t, @"\b[Vv]os\b", "Mes", "mes");
    }

    private static string SecondPersonSingular(string text)
    {
        string Replace(string input, string pattern, Func<System.Text.RegularExpressions.Match, string> by) => System.Text.RegularExpressions.Regex.Replace(input, pattern, m => by(m));
        static string Cased(System.Text.RegularExpressions.Match m, string lower) => char.IsUpper(m.Value[0]) ? char.ToUpperInvariant(lower[0]) + lower[1..] : lower;
        var t = Replace(text, @"\b[Aa]vez-vous\b", m => Cased(m, "as-tu"));
        t = Replace(t, @"\b[ÊêEe]tes-vous\b", m => Cased(m, "es-tu"));
        t = Replace(t, @"\b(\w+)ez-vous\b", m => m.Groups[1].Value + "es-tu");
        t = Replace(t, @"\b[Vv]ous avez\b", m => Cased(m, "tu as"));
        t = Replace(t, @"\b[Vv]ous êtes\b", m => Cased(m, "tu es"));
        t = Replace(t, @"\b[Vv]ous (\w+)ez\b", m => Cased(m, "tu " + m.Groups[1].Value + "es"));
        t = Replace(t, @"\b[Vv]otre\b", m => Cased(m, "ton"));
        t = Replace(t, @"\b[Vv]os\b", m => Cased(m, "tes"));
        return Replace(t, @"\b[Vv]ous\b", m => Cased(m, "toi"));
    }

    private static string WithoutAccents(string text) =>
        new string([.. text.Normalize(System.Text.NormalizationForm.FormD).Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)])
            .Normalize(System.Text.NormalizationForm.FormC);

    [Test]
    public void Confidence_is_calibrated_on_the_development_side_only()
    {
        // The team's own lines are development-side too (never a headline); the held-out part is never read here.
        var fitted = Calibration.Fit([.. Part("development"), .. Part("team")], Classifier.Default);
        var committed = Path.Combine(Repository.Root, "src", "Observatoire.Probes.Core", "Classification", "calibration.tsv");
        if (Environment.GetEnvironmentVariable("PROBES_UPDATE_EXPECTED") == "1")
        {
            File.WriteAllText(committed, fitted);
        }

        Assert.That(File.ReadAllText(committed), Is.EqualTo(fitted), "calibration.tsv is out of date: run the unit tests with PROBES_UPDATE_EXPECTED=1, then rebuild");
    }

    /// <summary>Every labelled line outside the held-out part: the development part, the fresh sets measured once at first
    /// sight and read since (provenance/blind*), and the team's lines but those it wrote from memory about a held-out
    /// procedure (a statistical reading could learn that procedure's own words from them).</summary>
    private static IReadOnlyList<LabelledField> OutsideHeldOut()
    {
        var heldOut = HeldOut().Select(l => l.Procedure).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. Part("development"), .. Part("team").Where(l => !heldOut.Contains(l.Procedure)),
            .. Directory.GetDirectories(Path.Combine(Folder, "provenance"), "blind*").Order(StringComparer.Ordinal)
                .SelectMany(d => Directory.GetFiles(d, "*.jsonl").Order(StringComparer.Ordinal)).SelectMany(LabelledField.Load),
        ];
    }

    /// <summary>The browser tests' review form (<see cref="Observatoire.Probes.Testing.ReviewForm"/>) needs its doubted field counted
    /// and « à revoir », on an associations' procedure of five held items: a refit can change that, and only the browser suite
    /// would say so, late.</summary>
    [Test]
    public void The_review_forms_doubted_field_is_still_doubted()
    {
        var form = Observatoire.Probes.Testing.ReviewForm.Fields;
        var decisions = Classifier.Default.ClassifyInOrder([.. form.Select((f, i) => new FieldObservation
        {
            Id = $"f{i}", Label = f.Label, Section = f.Section, Input = f.Input, Page = Observatoire.Probes.Testing.ReviewForm.Title, Public = "associations",
        })]);
        var doubted = decisions[Array.FindIndex(form, f => f.Label == Observatoire.Probes.Testing.ReviewForm.DoubtedField)];
        Assert.Multiple(() =>
        {
            Assert.That((doubted.Counted, doubted.Ambiguous), Is.EqualTo((true, true)), "pick another field the second reading doubts: " + doubted.Reason);
            Assert.That(decisions.Where(d => d.Counted).Select(d => d.ItemId).Distinct().Count(), Is.EqualTo(5), string.Join("\n", decisions.Select(d => d.Reason)));
        });
    }

    [Test]
    public void The_second_reading_is_fitted_outside_the_held_out_part()
    {
        var fitted = SecondReading.Fit(OutsideHeldOut(), Classifier.Default);
        var committed = Path.Combine(Repository.Root, "src", "Observatoire.Probes.Core", "Classification", SecondReading.EmbeddedName);
        if (Environment.GetEnvironmentVariable("PROBES_UPDATE_EXPECTED") == "1")
        {
            File.WriteAllText(committed, fitted);
        }

        // Weights compared to a few decimals: a last bit of floating point may differ from one processor to another.
        var (now, shipped) = (SecondReading.Parse(new StringReader(fitted)), SecondReading.Parse(new StringReader(File.ReadAllText(committed))));
        Assert.That(shipped.Keys, Is.EquivalentTo(now.Keys), "second-reading.tsv is out of date: run the unit tests with PROBES_UPDATE_EXPECTED=1, then rebuild");
        Assert.That(now.Where(w => Math.Abs(w.Value - shipped[w.Key]) > 1e-3).Select(w => w.Key), Is.Empty, "second-reading.tsv is out of date: run the unit tests with PROBES_UPDATE_EXPECTED=1, then rebuild");
        Assert.That(OutsideHeldOut().Select(l => l.Procedure).Intersect(HeldOut().Select(l => l.Procedure)), Is.Empty, "no held-out procedure is trained on");
    }

    [Test]
    public void A_decision_is_left_for_review_when_the_second_reading_doubts_what_the_rules_are_sure_of()
    {
        // On the development part, decisions equally sure by their calibrated confidence are flagged or not by the second
        // reading alone, and each flag says so.
        var decisions = EvaluationReport.DecideInOrder(Part("development"), Classifier.Default);
        var sure = decisions.Where(d => d.ItemId is not null && d.Confidence >= 0.9).ToList();
        var doubted = sure.Where(d => d.Ambiguous).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(doubted, Is.Not.Empty.And.All.Matches<FieldDecision>(d => d.Reason.Contains("seconde lecture : compté à")));
            Assert.That(doubted.Where(d => d.Counted), Is.Not.Empty, "a counted decision the second reading doubts");
            Assert.That(doubted.Where(d => !d.Counted), Is.Not.Empty, "an uncounted decision the second reading would count");
            Assert.That(sure.Count(d => !d.Ambiguous), Is.GreaterThan(doubted.Count * 5), "most sure decisions stand");
            Assert.That(decisions.Where(d => d.ItemId is null), Is.All.Matches<FieldDecision>(d => d.Ambiguous), "no cue: always for review");
        });
    }

    [Test]
    public void The_intervals_are_drawn_over_the_groups_the_split_kept_together_and_hold_the_figures()
    {
        var development = EvaluationReport.Of("development", Part("development"), Classifier.Default, GroupOf);
        var intervals = development.Intervals();
        var points = new Dictionary<string, double>
        {
            ["precision"] = development.Precision, ["recall"] = development.Recall, ["item accuracy"] = development.ItemAccuracy,
            ["score exact"] = development.ScoreExactShare, ["level right"] = development.LevelShare,
        };
        Assert.That(intervals.Select(i => i.Figure), Is.EqualTo(points.Keys));
        Assert.That(development.Clusters!.Count, Is.LessThan(development.Procedures), "procedures of one téléservice are one group");
        Assert.That(development.Clusters!.Sum(c => c.Procedures), Is.EqualTo(development.Procedures));
        Assert.Multiple(() =>
        {
            foreach (var (figure, low, high) in intervals)
            {
                // A percentile interval need not hold its point exactly on a skewed ratio: near it is what matters.
                Assert.That(points[figure], Is.InRange(low - 0.01, high + 0.01), figure);
                Assert.That(high - low, Is.GreaterThan(0.01), $"{figure}: {development.Clusters!.Count} groups leave room for doubt");
            }
        });
        Assert.That(development.Intervals(), Is.EqualTo(intervals), "a fixed seed: the same figures print the same interval");
        Assert.That(development.Details(), Does.Contain($"95 % intervals, bootstrap over {development.Clusters!.Count} groups of procedures"));

        // The group is the unit drawn: the whole part as one group leaves nothing to draw but itself; each procedure alone
        // gives more units than groups, hence an interval no wider.
        var one = EvaluationReport.Of("development", Part("development"), Classifier.Default, _ => "one");
        Assert.That(Width(one, "precision"), Is.Zero);
        var alone = EvaluationReport.Of("development", Part("development"), Classifier.Default);
        Assert.That(alone.Clusters!.Count, Is.EqualTo(development.Procedures));

        static double Width(EvaluationReport report, string figure) => report.Intervals().Single(i => i.Figure == figure) is var (_, low, high) ? high - low : double.NaN;
    }

    [Test]
    public void The_figures_are_split_by_kind_of_source_form_code_apart_from_page_text()
    {
        var lines = Part("development");
        var development = EvaluationReport.Of("development", lines, Classifier.Default);
        var kinds = development.PerSource!;
        Assert.That(kinds.Select(k => k.Kind), Is.EquivalentTo(new[] { SourceTally.FormCode, SourceTally.PageText }));
        Assert.That(kinds.Sum(k => k.Counts.Lines), Is.EqualTo(development.Fields));
        Assert.That(kinds.Sum(k => k.Counts.TruePositives), Is.EqualTo(development.TruePositives));
        Assert.That(kinds.Single(k => k.Kind == SourceTally.FormCode).Counts.Lines, Is.EqualTo(lines.Count(l => l.Source.StartsWith("github:", StringComparison.Ordinal))),
            "a repository's code is a form's wording");
        Assert.That(SourceTally.KindOf("https://www.service-public.fr/particuliers/vosdroits/R1234 (« Pièces à fournir »)"), Is.EqualTo(SourceTally.PageText));
        Assert.That(development.Details(), Does.Contain("per kind of source").And.Contain(SourceTally.FormCode));
    }

    [Test]
    public void Classifier_meets_its_figures_on_the_held_out_part()
    {
        var classifier = Classifier.Default;
        var heldOut = EvaluationReport.Of("held-out (all draws)", HeldOut(), classifier, GroupOf);
        var first = EvaluationReport.Of("held-out, first draw (2026-12-02)", Part("held-out"), classifier, GroupOf);
        var second = EvaluationReport.Of("held-out, second draw (2026-12-04)", Part("held-out-2"), classifier, GroupOf);
        var third = EvaluationReport.Of("held-out, third draw (2026-12-04, evening)", Part("held-out-3"), classifier, GroupOf);
        var fourth = EvaluationReport.Of("held-out, fourth draw (2026-12-04, night)", Part("held-out-4"), classifier, GroupOf);
        var fifth = EvaluationReport.Of("held-out, fifth draw (2026-12-04, stop 28)", Part("held-out-5"), classifier, GroupOf);
        var sixth = EvaluationReport.Of("held-out, sixth draw (2026-12-04, stop 29)", Part("held-out-6"), classifier, GroupOf);
        var seventh = EvaluationReport.Of("held-out, seventh draw (2026-12-04, stop 29, late)", Part("held-out-7"), classifier, GroupOf);
        var eighth = EvaluationReport.Of("held-out, eighth draw (2026-12-04, stop 30)", Part("held-out-8"), classifier, GroupOf);
        var ninth = EvaluationReport.Of("held-out, ninth draw (2026-12-04, stop 31)", Part("held-out-9"), classifier, GroupOf);
        var tenth = EvaluationReport.Of("held-out, tenth draw (2026-12-05, stop 33, labelled three times)", Part("held-out-10"), classifier, GroupOf);
        var development = EvaluationReport.Of("development", Part("development"), classifier, GroupOf);
        var adjudicated = EvaluationReport.Of("held-out (all draws), adjudicated labels", HeldOutAdjudicated(), classifier, GroupOf);
        // The held-out part's confusions are counted, never shown line by line: whoever reads the log must not read its lines.
        TestContext.Out.WriteLine(heldOut.Details(examples: 0));
        TestContext.Out.WriteLine(adjudicated.Headline());
        TestContext.Out.WriteLine(first.Headline());
        TestContext.Out.WriteLine(second.Headline());
        TestContext.Out.WriteLine(third.Headline());
        TestContext.Out.WriteLine(fourth.Headline());
        TestContext.Out.WriteLine(fifth.Headline());
        TestContext.Out.WriteLine(sixth.Headline());
        TestContext.Out.WriteLine(seventh.Headline());
        TestContext.Out.WriteLine(eighth.Headline());
        TestContext.Out.WriteLine(ninth.Headline());
        TestContext.Out.WriteLine(tenth.Headline());
        TestContext.Out.WriteLine(development.Details());
        if (File.Exists(Path.Combine(Folder, "team.jsonl")))
        {
            TestContext.Out.WriteLine(EvaluationReport.Of("team (written by us, not a headline)", Part("team"), classifier).Headline());
        }

        Assert.Multiple(() =>
        {
            foreach (var (draw, minimum) in new[] { (adjudicated, AdjudicatedAllDraws), (first, FirstDraw), (second, SecondDraw), (third, ThirdDraw), (fourth, FourthDraw), (fifth, FifthDraw), (sixth, SixthDraw), (seventh, SeventhDraw), (eighth, EighthDraw), (ninth, NinthDraw), (tenth, TenthDraw) })
            {
                Assert.That(draw.Precision, Is.GreaterThanOrEqualTo(minimum.Precision), draw.Headline());
                Assert.That(draw.Recall, Is.GreaterThanOrEqualTo(minimum.Recall), draw.Headline());
                Assert.That(draw.ItemAccuracy, Is.GreaterThanOrEqualTo(minimum.ItemAccuracy), draw.Headline());
            }
        });
    }
}

using System.Text.RegularExpressions;
using Observatoire.Probes.Classification;
using Observatoire.Probes.Yaml;

namespace Observatoire.Probes.Catalogue;

public enum Holding
{
    Held,
    Key,
    NotHeld,
}

public sealed record DataItem(
    string Id,
    string Label,
    Holding Holding,
    int Weight,
    string Provider,
    string Replacement,
    IReadOnlyList<string> Phrases,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Autocomplete,
    IReadOnlyList<Regex> Patterns);

/// <summary>
/// The families of words that say whose data a field is about, which address, who issued a document (the catalogue's
/// `reading` section): the hard-case rules of docs/domain/dlnuf.md read as cues.
/// </summary>
public sealed record ReadingLexicon(
    IReadOnlyList<string> Applicant,
    IReadOnlyList<string> Household,
    IReadOnlyList<string> ThirdParties,
    IReadOnlyList<string> Organisations,
    IReadOnlyList<string> Managers,
    IReadOnlyList<string> OtherAddresses,
    IReadOnlyList<string> AddressFacts,
    IReadOnlyList<string> PublicIssuers,
    IReadOnlyList<string> PrivateIssuers,
    IReadOnlyList<string> Foreign,
    IReadOnlyList<string> Documents,
    IReadOnlyList<string> Records)
{
    /// <summary>
    /// Role words that also qualify a noun (« situation professionnelle », « artiste-auteur », « tiers payant »): they
    /// name a person only when they stand as a noun (first, or after an article, a possessive or a preposition).
    /// </summary>
    public IReadOnlyList<string> Qualifying { get; init; } = [];

    /// <summary>A country's adjective (« belge », « luxembourgeoise »): after the noun of a body, a scheme or a paper, a foreign
    /// one (rule 5); after an article or among nationalities, a person's.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>Words of studies: an establishment named in their context is the person's school (rule 1, D12).</summary>
    public IReadOnlyList<string> Schooling { get; init; } = [];

    /// <summary>What a person's schooling is made of (a class, a level, a course): asked of them, their enrolment (rule 1).</summary>
    public IReadOnlyList<string> SchoolingLevels { get; init; } = [];

    /// <summary>Kinds of document a public body usually issues (« procès-verbal », « délibération »): a public issuer unless
    /// the label names a body (rule 5).</summary>
    public IReadOnlyList<string> PublicDocuments { get; init; } = [];

    /// <summary>Words of a person's working life (« carrière », « chef d'entreprise »): the pension funds that keep it
    /// (<see cref="CareerKeepers"/>) hold what they ask about it (rule 6).</summary>
    public IReadOnlyList<string> Careers { get; init; } = [];

    /// <summary>Papers about the home (a lease, a home insurance, a property deed, a housing tax): listed under a heading that
    /// asks for a proof of address, they are that proof (rule 5).</summary>
    public IReadOnlyList<string> HomePapers { get; init; } = [];

    /// <summary>Administrations that keep careers (the pension funds), read in the procedure's administration.</summary>
    public IReadOnlyList<string> CareerKeepers { get; init; } = [];

    /// <summary>The <see cref="Applicant"/> phrases that name the person typing the form (« vous », « je »), not someone the
    /// procedure is about (« bénéficiaire »): on a structure's procedure, their professional data (rule 1).</summary>
    public IReadOnlyList<string> Typist { get; init; } = [];

    public static readonly ReadingLexicon Empty = new([], [], [], [], [], [], [], [], [], [], [], []);
}

/// <summary>The data items of the indicator, their cues, and the phrases that negate or mark a pre-filled field.</summary>
public sealed class DataCatalogue
{
    public const string EmbeddedName = "dlnuf-catalogue.yaml";

    private readonly Dictionary<string, DataItem> _byId;

    private DataCatalogue(IReadOnlyList<DataItem> items, IReadOnlyList<string> negations, IReadOnlyList<string> prefilled, ReadingLexicon reading, string source)
    {
        Items = items;
        Reading = reading;
        Negations = negations;
        PrefilledMarkers = prefilled;
        Source = source;
        _byId = items.ToDictionary(i => i.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<DataItem> Items { get; }

    public IReadOnlyList<string> Negations { get; }

    public IReadOnlyList<string> PrefilledMarkers { get; }

    public ReadingLexicon Reading { get; }

    /// <summary>Where the catalogue came from (a path, or the embedded default), for the evidence.</summary>
    public string Source { get; }

    public DataItem? Find(string id) => _byId.GetValueOrDefault(id);

    private static readonly Lazy<DataCatalogue> DefaultCatalogue = new(() =>
    {
        using var stream = typeof(DataCatalogue).Assembly.GetManifestResourceStream(EmbeddedName)
            ?? throw new InvalidOperationException("the embedded catalogue is missing from the build");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "(embedded) " + EmbeddedName);
    });

    /// <summary>The catalogue shipped with the tool (src/Observatoire.Probes.Core/Catalogue/dlnuf-catalogue.yaml).</summary>
    public static DataCatalogue Default => DefaultCatalogue.Value;

    public static DataCatalogue Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidInputException([new(new(path, 1, 1), "catalogue file not found", "check the Catalogue setting")]);
        }

        return Parse(File.ReadAllText(path), ScenarioPath(path));
    }

    private static string ScenarioPath(string path) => Scenarios.ScenarioLoader.Display(path);

    /// <summary>Parses and validates a catalogue; throws <see cref="InvalidInputException"/> with every problem.</summary>
    public static DataCatalogue Parse(string text, string file)
    {
        var diagnostics = new List<Diagnostic>();
        var root = YamlTree.Parse(text, file, diagnostics);
        if (root is not YamlMapping mapping)
        {
            if (root is not null)
            {
                diagnostics.Add(new(root.Position, "the catalogue must be a mapping with `items`", null));
            }

            throw new InvalidInputException(diagnostics);
        }

        var top = new MappingReader(mapping, "the catalogue", diagnostics);
        var negations = top.Strings("negations");
        var prefilled = top.Strings("prefilled");
        var reading = ReadingLexicon.Empty;
        if (top.Mapping("reading") is { } readingMapping)
        {
            var rr = new MappingReader(readingMapping, "`reading`", diagnostics);
            reading = new ReadingLexicon(rr.Strings("applicant"), rr.Strings("household"), rr.Strings("third_parties"), rr.Strings("organisations"), rr.Strings("managers"),
                rr.Strings("other_addresses"), rr.Strings("address_facts"), rr.Strings("public_issuers"), rr.Strings("private_issuers"),
                rr.Strings("foreign"), rr.Strings("documents"), rr.Strings("records")) { Qualifying = rr.Strings("qualifying"), Countries = rr.Strings("countries"), Schooling = rr.Strings("schooling"), SchoolingLevels = rr.Strings("schooling_levels"),
                PublicDocuments = rr.Strings("public_documents"), Careers = rr.Strings("careers"), CareerKeepers = rr.Strings("career_keepers"), Typist = rr.Strings("typist"),
                HomePapers = rr.Strings("home_papers") };
            foreach (var phrase in reading.Typist.Where(t => !reading.Applicant.Contains(t, StringComparer.Ordinal)))
            {
                diagnostics.Add(new(rr.KeyPosition("typist"), $"`typist` phrase « {phrase} » is not in `applicant`", "a typist is an applicant who types: add the phrase to `applicant` too"));
            }

            rr.RejectUnknownKeys();
        }

        var items = new List<DataItem>();
        var ids = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        foreach (var node in top.Sequence("items", required: true)?.Items ?? [])
        {
            if (node is not YamlMapping itemMapping)
            {
                diagnostics.Add(new(node.Position, "an item is a mapping with id, label, held, phrases…", null));
                continue;
            }

            var r = new MappingReader(itemMapping, "the item", diagnostics);
            var before = diagnostics.Count;
            var id = r.String("id", required: true);
            if (id is not null && !ids.TryAdd(id, r.KeyPosition("id")))
            {
                r.Error(r.KeyPosition("id"), $"item id `{id}` is defined twice", $"first at line {ids[id].Line}");
            }

            var label = r.String("label", required: true);
            var heldText = r.String("held", required: true);
            Holding holding = Holding.Held;
            if (heldText is not null && !TryHolding(heldText, out holding))
            {
                r.Error(r.Node("held")!.Position, $"`held` must be held, key or not_held; found `{heldText}`", null);
            }

            var weight = r.Int("weight") ?? (holding == Holding.Held ? 1 : 0);
            var provider = r.String("provider") ?? "";
            var replacement = r.String("replacement") ?? "";
            var phrases = r.Strings("phrases");
            var names = r.Strings("names");
            var autocomplete = r.Strings("autocomplete");
            var patterns = new List<Regex>();
            foreach (var pattern in r.Strings("patterns"))
            {
                try
                {
                    patterns.Add(new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50)));
                }
                catch (ArgumentException e)
                {
                    r.Error(r.Node("patterns")!.Position, $"invalid pattern `{pattern}`: {e.Message}", null);
                }
            }

            if (phrases.Count == 0 && names.Count == 0 && autocomplete.Count == 0)
            {
                r.Error(itemMapping.Position, $"item `{id}` has no cue", "add at least one phrase");
            }

            r.RejectUnknownKeys();
            if (diagnostics.Count == before)
            {
                items.Add(new DataItem(id!, label!, holding, weight, provider, replacement, phrases, names.Select(n => n.ToLowerInvariant()).ToList(), autocomplete, patterns));
            }
        }

        top.RejectUnknownKeys();
        if (diagnostics.Count > 0)
        {
            throw new InvalidInputException(diagnostics);
        }

        return new DataCatalogue(items, negations, prefilled, reading, file);
    }

    private static bool TryHolding(string text, out Holding holding)
    {
        (var ok, holding) = text switch
        {
            "held" => (true, Holding.Held),
            "key" => (true, Holding.Key),
            "not_held" => (true, Holding.NotHeld),
            _ => (false, Holding.Held),
        };
        return ok;
    }

    public static string HoldingText(Holding holding) => holding switch
    {
        Holding.Held => "held",
        Holding.Key => "key",
        _ => "not_held",
    };

    internal static string FoldForMatch(string phrase) => TextFolding.Fold(phrase);
}

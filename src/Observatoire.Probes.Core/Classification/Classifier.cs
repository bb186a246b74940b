using System.Globalization;
using System.Text.RegularExpressions;
using Observatoire.Probes.Catalogue;

namespace Observatoire.Probes.Classification;

/// <summary>
/// Maps a field to a data item of the catalogue from what a person reads (label, placeholder, hint, legend,
/// options, page title) and what the markup says (name, autocomplete, type, accept, pattern), then decides
/// whether it counts: held, asked, not pre-filled. Built once per catalogue; thread-safe.
/// </summary>
public sealed partial class Classifier
{
    public const string Applicant = "demandeur";

    // How much a cue found in each place is worth: the label is what the user answers to.
    private const double LabelWeight = 1.0;
    private const double PlaceholderWeight = 0.9;
    private const double HintWeight = 0.7;
    private const double LegendWeight = 0.55;
    private const double OptionsWeight = 0.35;
    private const double PageWeight = 0.2;
    private const double AutocompleteWeight = 1.3;
    private const double NameWeight = 0.45;
    private const double PatternWeight = 0.5;

    private readonly Dictionary<string, List<Cue>> _phrasesByFirstToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DataItem>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DataItem> _byAutocomplete = new(StringComparer.Ordinal);
    private readonly List<string[]> _negations;
    private readonly List<string[]> _prefilledMarkers;

    private sealed record Cue(string[] Tokens, DataItem Item, string Phrase);

    private enum Source
    {
        Label,
        Placeholder,
        Hint,
        Legend,
        Options,
        Page,
    }

    private readonly record struct Match(DataItem Item, double Score, string Why, int Length);

    public Classifier(DataCatalogue catalogue)
    {
        Catalogue = catalogue;
        foreach (var item in catalogue.Items)
        {
            foreach (var phrase in item.Phrases)
            {
                var tokens = TextFolding.Tokens(phrase).ToArray();
                if (tokens.Length == 0)
                {
                    continue;
                }

                if (!_phrasesByFirstToken.TryGetValue(tokens[0], out var list))
                {
                    _phrasesByFirstToken[tokens[0]] = list = [];
                }

                list.Add(new Cue(tokens, item, phrase));
            }

            foreach (var name in item.Names)
            {
                if (!_byName.TryGetValue(name, out var list))
                {
                    _byName[name] = list = [];
                }

                list.Add(item);
            }

            foreach (var token in item.Autocomplete)
            {
                _byAutocomplete.TryAdd(token, item);
            }
        }

        // Longest phrases first so that a specific cue is preferred when two start at the same word.
        foreach (var list in _phrasesByFirstToken.Values)
        {
            list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        }

        _negations = catalogue.Negations.Select(n => TextFolding.Tokens(n).ToArray()).Where(t => t.Length > 0).ToList();
        _prefilledMarkers = catalogue.PrefilledMarkers.Select(n => TextFolding.Tokens(n).ToArray()).Where(t => t.Length > 0).ToList();
    }

    public DataCatalogue Catalogue { get; }

    private static readonly Lazy<Classifier> DefaultClassifier = new(() => new Classifier(DataCatalogue.Default));

    public static Classifier Default => DefaultClassifier.Value;

    public FieldDecision Classify(FieldObservation field)
    {
        var scores = new Dictionary<string, Match>(StringComparer.Ordinal);
        var negated = new List<string>();

        var label = Clean(field.Label, negated);
        var hint = Clean(field.Hint, negated);
        AddPhrases(scores, label, Source.Label);
        AddPhrases(scores, TextFolding.Tokens(field.Placeholder), Source.Placeholder);
        AddPhrases(scores, hint, Source.Hint);
        AddPhrases(scores, TextFolding.Tokens(field.Legend), Source.Legend);
        AddPhrases(scores, TextFolding.Tokens(field.Section), Source.Legend);
        foreach (var option in field.Options)
        {
            AddPhrases(scores, TextFolding.Tokens(option), Source.Options);
        }

        AddPhrases(scores, TextFolding.Tokens(field.Page), Source.Page);
        AddMarkupCues(scores, field);

        var ranked = scores.Values.OrderByDescending(m => m.Score).ThenByDescending(m => m.Length).ToList();
        var prefilled = IsPrefilled(field, out var prefilledWhy);
        var person = PersonOf(field);

        if (ranked.Count == 0)
        {
            return new FieldDecision
            {
                FieldId = field.Id,
                FieldLabel = field.DisplayLabel,
                Page = field.Page,
                Counted = false,
                Prefilled = prefilled,
                IsUpload = field.IsUpload,
                Reason = negated.Count > 0
                    ? $"non reconnu : la seule mention ({string.Join(" ; ", negated)}) est une négation ; à revoir"
                    : field.IsUpload ? "pièce jointe sans indice sur le document demandé ; à revoir" : "aucun indice du catalogue ne correspond ; à revoir",
                Confidence = 0,
                Ambiguous = true,
                Person = person,
                Selector = field.Selector,
            };
        }

        var best = ranked[0];
        var runnerUp = ranked.Count > 1 ? ranked[1] : (Match?)null;
        var ambiguous = runnerUp is { } r && r.Item.Holding != best.Item.Holding && r.Score >= best.Score * 0.85;
        var confidence = Math.Round(Math.Min(1.0, best.Score) * (runnerUp is { } ru ? 1 - (ru.Score / best.Score / 2) : 1), 2);
        var asked = !field.Disabled;
        var counted = best.Item.Holding == Holding.Held && !prefilled && asked;

        var reason = best.Why;
        reason += best.Item.Holding switch
        {
            Holding.Held => $" ; détenue par {best.Item.Provider}" + (string.IsNullOrEmpty(best.Item.Replacement) ? "" : $" ({best.Item.Replacement})"),
            Holding.Key => " ; identifiant-clé : permet à l'administration de récupérer la donnée, non compté",
            _ => " ; donnée non détenue par l'administration, non comptée",
        };
        if (best.Item.Holding == Holding.Held)
        {
            reason += prefilled ? $" ; déjà remplie ({prefilledWhy}), non comptée" : !asked ? " ; champ désactivé, non demandé" : " ; demandée à l'usager, comptée";
        }

        if (negated.Count > 0)
        {
            reason += $" ; négation ignorée : « {string.Join(" ; ", negated)} »";
        }

        if (ambiguous)
        {
            reason += $" ; ambigu avec {runnerUp!.Value.Item.Id} ({runnerUp.Value.Why}) : à revoir";
        }

        return new FieldDecision
        {
            FieldId = field.Id,
            FieldLabel = field.DisplayLabel,
            Page = field.Page,
            ItemId = best.Item.Id,
            ItemLabel = best.Item.Label,
            Holding = best.Item.Holding,
            Counted = counted,
            Prefilled = prefilled,
            IsUpload = field.IsUpload,
            Weight = best.Item.Weight,
            Provider = best.Item.Provider,
            Replacement = best.Item.Replacement,
            Reason = reason,
            Confidence = confidence,
            Ambiguous = ambiguous,
            Person = person,
            Selector = field.Selector,
        };
    }

    /// <summary>Folds a text and drops every sentence that negates a request ("vous n'avez pas à fournir…").</summary>
    private List<string> Clean(string? text, List<string> negated)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var kept = new List<string>();
        foreach (var sentence in SentenceSplit().Split(text))
        {
            var tokens = TextFolding.Tokens(sentence);
            if (tokens.Count == 0)
            {
                continue;
            }

            if (_negations.Any(n => IndexOf(tokens, n) >= 0))
            {
                negated.Add(sentence.Trim());
                kept.Add("|");
                continue;
            }

            kept.AddRange(tokens);
            kept.Add("|"); // phrases never match across a sentence boundary
        }

        return kept;
    }

    [GeneratedRegex(@"[.;!?\n()]+")]
    private static partial Regex SentenceSplit();

    private void AddPhrases(Dictionary<string, Match> scores, List<string> tokens, Source source)
    {
        var weight = source switch
        {
            Source.Label => LabelWeight,
            Source.Placeholder => PlaceholderWeight,
            Source.Hint => HintWeight,
            Source.Legend => LegendWeight,
            Source.Options => OptionsWeight,
            _ => PageWeight,
        };
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!_phrasesByFirstToken.TryGetValue(tokens[i], out var cues))
            {
                continue;
            }

            foreach (var cue in cues)
            {
                if (!StartsAt(tokens, i, cue.Tokens))
                {
                    continue;
                }

                var score = weight * (1 + (0.3 * (cue.Tokens.Length - 1)));
                Add(scores, cue.Item, score, $"{SourceName(source)} « {cue.Phrase} »", cue.Tokens.Length);
            }
        }
    }

    private void AddMarkupCues(Dictionary<string, Match> scores, FieldObservation field)
    {
        if (!string.IsNullOrWhiteSpace(field.Autocomplete))
        {
            foreach (var token in field.Autocomplete.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (_byAutocomplete.TryGetValue(token.ToLowerInvariant(), out var item))
                {
                    Add(scores, item, AutocompleteWeight, $"autocomplete « {token} »", 2);
                }
            }
        }

        foreach (var fragment in TextFolding.NameFragments(field.Name).Concat(TextFolding.NameFragments(field.Id)).Distinct(StringComparer.Ordinal))
        {
            if (_byName.TryGetValue(fragment, out var items))
            {
                foreach (var item in items)
                {
                    Add(scores, item, NameWeight, $"attribut name/id « {fragment} »", 1);
                }
            }
        }

        foreach (var sample in Samples(field))
        {
            foreach (var item in Catalogue.Items)
            {
                if (item.Patterns.Any(p => p.IsMatch(sample)))
                {
                    Add(scores, item, PatternWeight, $"format « {sample} »", 1);
                }
            }
        }

        switch (field.Input?.ToLowerInvariant())
        {
            case "email":
                Add(scores, Catalogue.Find("contact.email"), 1.0, "champ de type email", 1);
                break;
            case "tel":
                Add(scores, Catalogue.Find("contact.phone"), 1.0, "champ de type téléphone", 1);
                break;
            case "password":
                Add(scores, Catalogue.Find("other.not_held"), 1.5, "champ mot de passe", 2);
                break;
        }
    }

    /// <summary>Values a pattern can be tried on: the placeholder, an example given in the hint, the value.</summary>
    private static IEnumerable<string> Samples(FieldObservation field)
    {
        if (!string.IsNullOrWhiteSpace(field.Placeholder))
        {
            yield return field.Placeholder.Trim();
        }

        if (field.Hint is { } hint)
        {
            var m = HintExample().Match(hint);
            if (m.Success)
            {
                yield return m.Groups[1].Value.Trim();
            }
        }

        if (!string.IsNullOrWhiteSpace(field.Value))
        {
            yield return field.Value.Trim();
        }
    }

    [GeneratedRegex(@"(?:[Ee]xemple|[Ee]x\.)\s*:?\s*([^,;()]+)")]
    private static partial Regex HintExample();

    private static void Add(Dictionary<string, Match> scores, DataItem? item, double score, string why, int length)
    {
        if (item is null)
        {
            return;
        }

        if (scores.TryGetValue(item.Id, out var existing))
        {
            // Agreement between places adds a little; the strongest cue explains the decision.
            scores[item.Id] = score > existing.Score
                ? new Match(item, score + (existing.Score * 0.1), why, Math.Max(length, existing.Length))
                : existing with { Score = existing.Score + (score * 0.1), Length = Math.Max(length, existing.Length) };
        }
        else
        {
            scores[item.Id] = new Match(item, score, why, length);
        }
    }

    private bool IsPrefilled(FieldObservation field, out string why)
    {
        if (!field.FilledByProbe && !string.IsNullOrWhiteSpace(field.Value))
        {
            why = field.ReadOnly ? $"valeur « {Shorten(field.Value)} » en lecture seule" : $"valeur « {Shorten(field.Value)} » affichée";
            return true;
        }

        var around = TextFolding.Tokens($"{field.Hint} {field.Label}");
        foreach (var marker in _prefilledMarkers)
        {
            if (IndexOf(around, marker) >= 0)
            {
                why = $"mention « {string.Join(' ', marker)} »";
                return true;
            }
        }

        why = "";
        return false;
    }

    private static string Shorten(string value) => value.Length <= 24 ? value : value[..21] + "…";

    /// <summary>Whose data a field asks: the applicant unless its legend or section names a spouse or a child.</summary>
    public static string PersonOf(FieldObservation field)
    {
        foreach (var text in new[] { field.Legend, field.Section, field.Label })
        {
            var tokens = TextFolding.Tokens(text);
            for (var i = 0; i < tokens.Count; i++)
            {
                switch (tokens[i])
                {
                    case "conjoint" or "epoux" or "epouse" or "concubin" or "concubine" or "partenaire" or "codemandeur":
                        return "conjoint";
                    case "enfant":
                        return i + 1 < tokens.Count && int.TryParse(tokens[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? $"enfant {n}" : "enfant";
                    case "eleve" when i + 1 < tokens.Count && int.TryParse(tokens[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var e):
                        return $"élève {e}";
                }
            }
        }

        return Applicant;
    }

    private static string SourceName(Source source) => source switch
    {
        Source.Label => "libellé",
        Source.Placeholder => "texte indicatif",
        Source.Hint => "aide",
        Source.Legend => "groupe",
        Source.Options => "options",
        _ => "titre de page",
    };

    private static bool StartsAt(List<string> tokens, int start, string[] phrase)
    {
        if (start + phrase.Length > tokens.Count)
        {
            return false;
        }

        for (var j = 0; j < phrase.Length; j++)
        {
            if (!string.Equals(tokens[start + j], phrase[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static int IndexOf(List<string> tokens, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= tokens.Count; i++)
        {
            if (StartsAt(tokens, i, phrase))
            {
                return i;
            }
        }

        return -1;
    }
}

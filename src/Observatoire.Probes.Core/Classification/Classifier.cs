using System.Globalization;
using System.Text.RegularExpressions;
using Observatoire.Probes.Catalogue;

namespace Observatoire.Probes.Classification;

/// <summary>
/// Maps a field to a data item of the catalogue from what a person reads (label, placeholder, hint, legend,
/// options, page title) and what the markup says (name, autocomplete, type, accept, pattern), then decides
/// whether it counts: held, asked, not pre-filled, not negated. Built once per catalogue; thread-safe.
/// </summary>
/// <remarks>
/// Phrases are matched as whole folded words; a phrase scores by the number of its meaningful words, so the longer
/// phrase wins. A few rules then read the label as a French noun phrase or question:
/// <list type="bullet">
/// <item>a phrase marked <c>=</c> in the catalogue (a wish, a choice) decides when it is in the label;</item>
/// <item>a phrase marked <c>~</c> only says what kind of data is asked (a name, an address, a past aid): another item
/// named in the label or the legend says whose or which data it is and wins (« Nom de votre employeur »);</item>
/// <item>a label that asks a number or an identifier of an administration takes that administration's key item;</item>
/// <item>a postal code asked with the CAF or France Travail login identifies the user: it takes the key item;</item>
/// <item>a negation (« vous n'avez pas à le fournir ») stops the field from counting when it is about the field itself.</item>
/// </list>
/// </remarks>
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

    // Marks at the start of a catalogue phrase (see the catalogue's header).
    private const char GenericMark = '~';
    private const char DecisiveMark = '=';

    /// <summary>Words that do not make a phrase more specific: « référence de l'avis » is as long as « référence avis ».</summary>
    private static readonly HashSet<string> FunctionWords = Folded(
        "a", "au", "aux", "avez", "ce", "d", "dans", "de", "des", "du", "elle", "en", "est", "et", "etes", "il", "l", "la", "le", "les",
        "ou", "par", "pour", "sa", "ses", "son", "sur", "t", "un", "une", "vos", "votre", "vous");

    /// <summary>Pronouns that may stand inside a negation: « vous n'avez pas à <b>le</b> fournir » is « n'avez pas à fournir » about the field itself.</summary>
    private static readonly HashSet<string> Pronouns = Folded("en", "l", "la", "le", "les", "leur", "lui", "nous", "vous", "y");

    /// <summary>Words between a negation and what it negates: « ne joignez pas <b>d'</b>extrait Kbis <b>ni d'</b>attestation URSSAF ».</summary>
    private static readonly HashSet<string> Determiners = Folded(
        "ce", "ces", "cet", "cette", "d", "de", "des", "du", "et", "l", "la", "le", "les", "leur", "ma", "mes", "mon", "ni", "nos", "notre", "ou",
        "sa", "ses", "son", "un", "une", "vos", "votre");

    /// <summary>First words of a label that ask for an identifier: « Numéro … », « Identifiant … », « Référence … ».</summary>
    private static readonly HashSet<string> IdentifierWords = Folded("identifiant", "matricule", "numero", "reference");

    /// <summary>Heads of a label that are amounts, dates or counts: with no cue they are data the user states, not data held.</summary>
    private static readonly HashSet<string> QuantityWords = Folded("budget", "cout", "date", "duree", "montant", "nombre", "prix", "somme", "tarif", "valeur");

    /// <summary>The words as the folding writes them ("vous" is folded like a plural: "vou").</summary>
    private static HashSet<string> Folded(params string[] words) => words.SelectMany(TextFolding.Tokens).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Services whose login or API asks a postal code together with the user's number (the DS « cnaf » and « pole_emploi »
    /// fields, caf.fr, France Travail): a postal code asked in their name identifies the user and takes the key item.
    /// </summary>
    private static readonly (string[] Holder, string KeyItem)[] PostalCodeKeys =
    [
        (["caf"], "family.caf_number"),
        (["msa"], "family.caf_number"),
        (["allocataire"], "family.caf_number"),
        (["france", "travail"], "employment.identifiers"),
        (["pole", "emploi"], "employment.identifiers"),
    ];

    private readonly Dictionary<string, List<Cue>> _phrasesByFirstToken = new(StringComparer.Ordinal);
    private readonly HashSet<string> _vocabulary = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _vocabularyDeletions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DataItem>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DataItem> _byAutocomplete = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DataItem> _keyOf = new(StringComparer.Ordinal);
    private readonly List<string[]> _negations;
    private readonly List<string[]> _prefilledMarkers;
    private readonly DataItem? _notHeld;
    private readonly DataItem? _freeText;
    private readonly DataItem? _postalAddress;

    private enum CueKind
    {
        Specific,
        Generic,
        Decisive,
    }

    private sealed record Cue(string[] Tokens, DataItem Item, string Phrase, int Content, CueKind Kind);

    private enum Source
    {
        Label,
        Placeholder,
        Hint,
        Legend,
        Options,
        Page,
        Markup,
    }

    private readonly record struct Hit(DataItem Item, Source Source, double Score, string Why, CueKind Kind, Cue? Cue = null);

    private readonly record struct Match(DataItem Item, double Score, string Why, int Length);

    /// <summary>A sentence that says the user does not have to give something: the field itself, or the items it names.</summary>
    private sealed record Negation(string Text, bool Self, IReadOnlyList<DataItem> Objects);

    public Classifier(DataCatalogue catalogue)
    {
        Catalogue = catalogue;
        foreach (var item in catalogue.Items)
        {
            foreach (var written in item.Phrases)
            {
                var kind = written.TrimStart() switch
                {
                    [GenericMark, ..] => CueKind.Generic,
                    [DecisiveMark, ..] => CueKind.Decisive,
                    _ => CueKind.Specific,
                };
                var phrase = written.Trim().TrimStart(GenericMark, DecisiveMark).Trim();
                var tokens = TextFolding.Tokens(phrase).ToArray();
                if (tokens.Length == 0)
                {
                    continue;
                }

                if (!_phrasesByFirstToken.TryGetValue(tokens[0], out var list))
                {
                    _phrasesByFirstToken[tokens[0]] = list = [];
                }

                // "pièce d'identité" and "pièces d'identité" fold alike: one cue, or the item would be counted twice.
                if (list.Any(c => c.Item == item && c.Tokens.SequenceEqual(tokens)))
                {
                    continue;
                }

                list.Add(new Cue(tokens, item, phrase, Math.Max(1, tokens.Count(t => !FunctionWords.Contains(t))), kind));
                foreach (var token in tokens)
                {
                    AddToVocabulary(token);
                }
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

        // The key that fetches a held item: same domain (the id's prefix) and the same administration.
        foreach (var held in catalogue.Items.Where(i => i.Holding == Holding.Held))
        {
            var domain = Domain(held.Id);
            var key = catalogue.Items.FirstOrDefault(k => k.Holding == Holding.Key && Domain(k.Id) == domain && ProviderWords(k).Overlaps(ProviderWords(held)));
            if (key is not null)
            {
                _keyOf[held.Id] = key;
            }
        }

        _negations = catalogue.Negations.Select(n => TextFolding.Tokens(n).ToArray()).Where(t => t.Length > 0).ToList();
        _prefilledMarkers = catalogue.PrefilledMarkers.Select(n => TextFolding.Tokens(n).ToArray()).Where(t => t.Length > 0).ToList();
        _notHeld = catalogue.Find("other.not_held");
        _freeText = catalogue.Find("free.text");
        _postalAddress = catalogue.Find("address.postal");
    }

    public DataCatalogue Catalogue { get; }

    private static readonly Lazy<Classifier> DefaultClassifier = new(() => new Classifier(DataCatalogue.Default));

    public static Classifier Default => DefaultClassifier.Value;

    public FieldDecision Classify(FieldObservation field)
    {
        var negations = new List<Negation>();
        var corrections = new List<string>();

        // A condition in the label (« Avis d'imposition (si vous n'avez pas de numéro fiscal) ») is context, read as a hint.
        var conditions = new List<string>();
        var label = Correct(Clean(field.Label, negations, conditions), corrections);
        var placeholder = Correct(TextFolding.Tokens(field.Placeholder), corrections);
        var hint = Correct(Clean(field.Hint, negations, null), corrections);
        hint.AddRange(Correct(conditions, corrections));
        var legend = Correct(TextFolding.Tokens(field.Legend), corrections);
        var section = Correct(TextFolding.Tokens(field.Section), corrections);

        var hits = new List<Hit>();
        AddPhrases(hits, label, Source.Label);
        AddPhrases(hits, placeholder, Source.Placeholder);
        AddPhrases(hits, hint, Source.Hint);
        AddPhrases(hits, legend, Source.Legend);
        AddPhrases(hits, section, Source.Legend);
        foreach (var option in field.Options)
        {
            AddPhrases(hits, TextFolding.Tokens(option), Source.Options);
        }

        AddPhrases(hits, TextFolding.Tokens(field.Page), Source.Page);
        AddMarkupCues(hits, field);

        var scores = new Dictionary<string, Match>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            Add(scores, hit);
        }

        var ranked = scores.Values.OrderByDescending(m => m.Score).ThenByDescending(m => m.Length).ToList();
        var prefilled = IsPrefilled(field, out var prefilledWhy);
        var person = PersonOf(field);
        var asked = label.Count > 0 ? label : placeholder;

        // A list of choices alone does not say which data is asked (« Type d'acte : copie intégrale, extrait… »).
        if (ranked.Count == 0 || hits.All(h => h.Source is Source.Options or Source.Page))
        {
            var listed = ranked.Count == 0 ? null : $"les choix proposés citent seulement {ranked[0].Why}";
            return Fallback(field, asked, negations, prefilled, person, listed);
        }

        var chosen = ranked[0];
        var overridden = new HashSet<string>(StringComparer.Ordinal);
        var rule = Decide(field, hits, scores, asked, hint, legend.Concat(section).ToList(), ref chosen, overridden);

        var chosenId = chosen.Item.Id;
        var runnerUp = ranked.Where(m => m.Item.Id != chosenId && !overridden.Contains(m.Item.Id)).Cast<Match?>().FirstOrDefault();
        var reference = Math.Max(chosen.Score, ranked[0].Score);
        var ambiguous = runnerUp is { } r && r.Item.Holding != chosen.Item.Holding && r.Score >= reference * 0.85;
        var confidence = Math.Round(Math.Min(1.0, reference) * (runnerUp is { } ru ? 1 - Math.Min(0.5, ru.Score / reference / 2) : 1), 2);

        var negation = negations.FirstOrDefault(n => n.Self || n.Objects.Contains(chosen.Item));
        var counted = chosen.Item.Holding == Holding.Held && !prefilled && !field.Disabled && negation is null;

        var reason = chosen.Why;
        if (corrections.Count > 0)
        {
            reason += $" (lu malgré la faute : {string.Join(", ", corrections)})";
        }

        if (rule is not null)
        {
            reason += $" ; {rule}";
        }

        reason += chosen.Item.Holding switch
        {
            Holding.Held => $" ; détenue par {chosen.Item.Provider}" + (string.IsNullOrEmpty(chosen.Item.Replacement) ? "" : $" ({chosen.Item.Replacement})"),
            Holding.Key => " ; identifiant-clé : permet à l'administration de récupérer la donnée, non compté",
            _ => " ; donnée non détenue par l'administration, non comptée",
        };
        if (chosen.Item.Holding == Holding.Held)
        {
            reason += prefilled ? $" ; déjà remplie ({prefilledWhy}), non comptée"
                : field.Disabled ? " ; champ désactivé, non demandé"
                : negation is not null ? $" ; l'usager n'a pas à la fournir (« {negation.Text} »), non comptée"
                : " ; demandée à l'usager, comptée";
        }

        var ignored = negations.Where(n => n != negation).Select(n => n.Text).ToList();
        if (ignored.Count > 0)
        {
            reason += $" ; négation ignorée : « {string.Join(" ; ", ignored)} »";
        }

        if (ambiguous && runnerUp is { } other)
        {
            reason += $" ; ambigu avec {other.Item.Id} ({other.Why}) : à revoir";
        }

        return new FieldDecision
        {
            FieldId = field.Id,
            FieldLabel = field.DisplayLabel,
            Page = field.Page,
            ItemId = chosen.Item.Id,
            ItemLabel = chosen.Item.Label,
            Holding = chosen.Item.Holding,
            Counted = counted,
            Prefilled = prefilled,
            IsUpload = field.IsUpload,
            Weight = chosen.Item.Weight,
            Provider = chosen.Item.Provider,
            Replacement = chosen.Item.Replacement,
            Reason = reason,
            Confidence = confidence,
            Ambiguous = ambiguous,
            Person = person,
            Selector = field.Selector,
        };
    }

    /// <summary>
    /// Applies the reading rules to the best-scored item; returns the rule that changed the decision, in French, or null.
    /// </summary>
    private string? Decide(FieldObservation field, List<Hit> hits, Dictionary<string, Match> scores, List<string> asked, List<string> hint,
        List<string> legend, ref Match chosen, HashSet<string> overridden)
    {
        var best = chosen;

        // A wish or a choice (« date souhaitée », « nom choisi ») is the user's own answer, whatever it is about.
        var decisive = hits.Where(h => h.Kind == CueKind.Decisive && (h.Source is Source.Label or Source.Placeholder)).OrderByDescending(h => h.Score).ToList();
        if (decisive.Count > 0)
        {
            var d = decisive[0];
            chosen = new Match(d.Item, scores[d.Item.Id].Score, d.Why, 1);
            overridden.UnionWith(scores.Keys.Where(id => id != d.Item.Id));
            return d.Item == best.Item
                ? "un souhait ou un choix de l'usager"
                : $"un souhait ou un choix de l'usager : l'emporte sur {best.Why} ({best.Item.Id})";
        }

        // A postal code asked with a CAF or France Travail login identifies the user: it is part of the key.
        if (best.Item == _postalAddress && IndexOf(asked, ["code", "postal"]) >= 0)
        {
            var context = hint.Concat(["|"]).Concat(legend).ToList();
            foreach (var (holder, keyId) in PostalCodeKeys)
            {
                if (IndexOf(context, holder) >= 0 && Catalogue.Find(keyId) is { } key)
                {
                    chosen = new Match(key, best.Score, best.Why, best.Length);
                    overridden.Add(best.Item.Id);
                    return $"code postal demandé pour s'identifier auprès de « {string.Join(' ', holder)} » : fait partie de la clé ({key.Label})";
                }
            }
        }

        // A generic cue (a name, an address, a past aid) yields to the item that says whose or which data it is.
        var own = hits.Where(h => h.Item == best.Item && h.Source is not (Source.Options or Source.Page or Source.Markup)).ToList();
        if (own.Count > 0 && own.All(h => h.Kind == CueKind.Generic))
        {
            var owner = hits
                .Where(h => h.Item != best.Item && h.Kind != CueKind.Generic && (h.Source is Source.Label or Source.Placeholder
                    || (h.Source == Source.Legend && h.Item.Holding != Holding.NotHeld)
                    || (h.Source == Source.Hint && field.IsUpload)))
                .OrderByDescending(h => scores[h.Item.Id].Score)
                .ToList();
            if (owner.Count > 0)
            {
                var o = owner[0];
                chosen = new Match(o.Item, scores[o.Item.Id].Score, o.Why, 1);
                overridden.Add(best.Item.Id);
                var generic = own.OrderByDescending(h => h.Score).First();
                return $"l'emporte sur {generic.Why} ({best.Item.Id}), qui ne dit que le type de donnée, pas de qui ou de quoi il s'agit";
            }
        }

        // « Numéro … », « Identifiant … » about data an administration holds asks that administration's key.
        var first = Head(asked);
        if (best.Item.Holding == Holding.Held && first is not null && IdentifierWords.Contains(first) && _keyOf.TryGetValue(best.Item.Id, out var keyItem))
        {
            // « Numéro d'immatriculation », « Numéro de permis » are the held data itself.
            var phraseHasTheWord = hits.Any(h => h.Item == best.Item && (h.Source is Source.Label or Source.Placeholder) && h.Cue?.Tokens[0] == first);
            if (!phraseHasTheWord)
            {
                chosen = new Match(keyItem, scores.TryGetValue(keyItem.Id, out var k) ? Math.Max(k.Score, best.Score) : best.Score, best.Why, best.Length);
                overridden.Add(best.Item.Id);
                return $"le libellé demande un numéro ou un identifiant : c'est la clé « {keyItem.Label} » ({keyItem.Id}), pas {best.Item.Id} elle-même";
            }
        }

        return null;
    }

    /// <summary>No cue matched: classify by the field's shape when it tells (a document, a free text, an amount, a date, a closed question).</summary>
    private FieldDecision Fallback(FieldObservation field, List<string> asked, List<Negation> negations, bool prefilled, string person, string? listed)
    {
        var input = field.Input?.ToLowerInvariant();
        var head = Head(asked);
        var closed = input is "radio" or "select" or "checkbox" || field.Label?.TrimEnd().EndsWith('?') == true;
        var (item, why) = input switch
        {
            "file" when asked.Count > 0 || !string.IsNullOrWhiteSpace(field.Hint) => (_notHeld, "pièce jointe qui ne correspond à aucun document détenu du catalogue"),
            "textarea" => (_freeText, "zone de texte libre"),
            _ when head is not null && QuantityWords.Contains(head) => (_notHeld, $"montant, date ou nombre (« {head} ») sans donnée détenue du catalogue"),
            "number" or "date" => (_notHeld, "montant, date ou nombre sans donnée détenue du catalogue"),
            _ when closed => (_notHeld, "question fermée sans donnée détenue du catalogue"),
            _ => ((DataItem?)null, ""),
        };
        var negated = negations.Count > 0 ? $" ; négation : « {string.Join(" ; ", negations.Select(n => n.Text))} »" : "";
        var noCue = listed is null ? "aucun indice du catalogue" : $"aucun indice dans le libellé ({listed})";
        if (item is null)
        {
            return new FieldDecision
            {
                FieldId = field.Id,
                FieldLabel = field.DisplayLabel,
                Page = field.Page,
                Counted = false,
                Prefilled = prefilled,
                IsUpload = field.IsUpload,
                Reason = negations.Count > 0
                    ? $"non reconnu : la seule mention ({string.Join(" ; ", negations.Select(n => n.Text))}) est une négation ; à revoir"
                    : listed is not null ? $"non reconnu : {listed} ; à revoir"
                    : field.IsUpload ? "pièce jointe sans indice sur le document demandé ; à revoir" : "aucun indice du catalogue ne correspond ; à revoir",
                Confidence = 0,
                Ambiguous = true,
                Person = person,
                Selector = field.Selector,
            };
        }

        return new FieldDecision
        {
            FieldId = field.Id,
            FieldLabel = field.DisplayLabel,
            Page = field.Page,
            ItemId = item.Id,
            ItemLabel = item.Label,
            Holding = item.Holding,
            Counted = false,
            Prefilled = prefilled,
            IsUpload = field.IsUpload,
            Weight = item.Weight,
            Provider = item.Provider,
            Replacement = item.Replacement,
            Reason = $"{noCue} : {why}, classée par défaut en « {item.Label} »{negated} ; non comptée ; à revoir",
            Confidence = 0.2,
            Ambiguous = true,
            Person = person,
            Selector = field.Selector,
        };
    }

    /// <summary>
    /// Folds a text, keeping apart (and out of the cues) every sentence that negates a request ("vous n'avez pas à fournir…")
    /// and, when <paramref name="conditions"/> is given, every condition ("si vous n'avez pas de numéro fiscal").
    /// </summary>
    private List<string> Clean(string? text, List<Negation> negations, List<string>? conditions)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var kept = new List<string>();
        foreach (var sentence in SentenceSplit().Split(TextFolding.DropInclusiveEndings(text)))
        {
            var tokens = TextFolding.Tokens(sentence);
            if (tokens.Count == 0)
            {
                continue;
            }

            if (FindNegation(tokens, out var start, out var end, out var aboutItself))
            {
                var objects = aboutItself ? [] : ObjectsAfter(tokens, end);
                if (objects.Count == 0 && !aboutItself)
                {
                    objects = ObjectBefore(tokens, start);
                }

                negations.Add(new Negation(sentence.Trim(), objects.Count == 0, objects));
                kept.Add("|");
                continue;
            }

            var target = conditions is not null && tokens[0] == "si" ? conditions : kept;
            target.AddRange(tokens);
            target.Add("|"); // phrases never match across a sentence boundary
        }

        return kept;
    }

    [GeneratedRegex(@"[.;!?\n()]+")]
    private static partial Regex SentenceSplit();

    /// <summary>The first negation of the sentence; a pronoun inside it (« à <b>le</b> fournir ») means it is about the field itself.</summary>
    private bool FindNegation(List<string> tokens, out int start, out int end, out bool aboutItself)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var found = false;
            (start, end, aboutItself) = (i, i, false);
            foreach (var marker in _negations)
            {
                var k = i;
                var skipped = false;
                var j = 0;
                while (j < marker.Length && k < tokens.Count)
                {
                    if (string.Equals(tokens[k], marker[j], StringComparison.Ordinal))
                    {
                        j++;
                        k++;
                    }
                    else if (j > 0 && Pronouns.Contains(tokens[k]))
                    {
                        skipped = true;
                        k++;
                    }
                    else
                    {
                        break;
                    }
                }

                if (j == marker.Length && (!found || k > end))
                {
                    (found, end, aboutItself) = (true, k, skipped);
                }
            }

            if (found)
            {
                return true;
            }
        }

        (start, end, aboutItself) = (-1, -1, false);
        return false;
    }

    /// <summary>What a negation names right after it: « n'avez pas à fournir votre avis d'imposition ni … ».</summary>
    private List<DataItem> ObjectsAfter(List<string> tokens, int position)
    {
        var objects = new List<DataItem>();
        var k = position;
        while (k < tokens.Count)
        {
            while (k < tokens.Count && Determiners.Contains(tokens[k]))
            {
                k++;
            }

            var cue = LongestCueAt(tokens, k);
            if (cue is null)
            {
                break;
            }

            objects.Add(cue.Item);
            k += cue.Tokens.Length;
            if (k >= tokens.Count || tokens[k] is not ("ni" or "ou" or "et"))
            {
                break;
            }
        }

        return objects;
    }

    /// <summary>What a negation names before it: « votre avis d'imposition est récupéré automatiquement ».</summary>
    private List<DataItem> ObjectBefore(List<string> tokens, int position)
    {
        DataItem? last = null;
        for (var k = 0; k < position; k++)
        {
            if (LongestCueAt(tokens, k) is { } cue && k + cue.Tokens.Length <= position)
            {
                last = cue.Item;
                k += cue.Tokens.Length - 1;
            }
        }

        return last is null ? [] : [last];
    }

    private Cue? LongestCueAt(List<string> tokens, int i) =>
        i < tokens.Count && _phrasesByFirstToken.TryGetValue(tokens[i], out var cues) ? cues.FirstOrDefault(c => StartsAt(tokens, i, c.Tokens)) : null;

    private void AddPhrases(List<Hit> hits, List<string> tokens, Source source)
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

                var score = weight * (1 + (0.3 * (cue.Content - 1)));
                hits.Add(new Hit(cue.Item, source, score, $"{SourceName(source)} « {cue.Phrase} »", cue.Kind, cue));
            }
        }
    }

    private void AddMarkupCues(List<Hit> hits, FieldObservation field)
    {
        if (!string.IsNullOrWhiteSpace(field.Autocomplete))
        {
            foreach (var token in field.Autocomplete.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (_byAutocomplete.TryGetValue(token.ToLowerInvariant(), out var item))
                {
                    hits.Add(new Hit(item, Source.Markup, AutocompleteWeight, $"autocomplete « {token} »", CueKind.Specific));
                }
            }
        }

        // The name attribute only: the field's id is the walker's own reference, not the site's markup.
        foreach (var fragment in TextFolding.NameFragments(field.Name).Distinct(StringComparer.Ordinal))
        {
            if (_byName.TryGetValue(fragment, out var items))
            {
                foreach (var item in items)
                {
                    hits.Add(new Hit(item, Source.Markup, NameWeight, $"attribut name « {fragment} »", CueKind.Specific));
                }
            }
        }

        foreach (var sample in Samples(field))
        {
            foreach (var item in Catalogue.Items)
            {
                if (item.Patterns.Any(p => p.IsMatch(sample)))
                {
                    hits.Add(new Hit(item, Source.Markup, PatternWeight, $"format « {sample} »", CueKind.Specific));
                }
            }
        }

        switch (field.Input?.ToLowerInvariant())
        {
            case "email" when Catalogue.Find("contact.email") is { } email:
                hits.Add(new Hit(email, Source.Markup, 1.0, "champ de type email", CueKind.Specific));
                break;
            case "tel" when Catalogue.Find("contact.phone") is { } phone:
                hits.Add(new Hit(phone, Source.Markup, 1.0, "champ de type téléphone", CueKind.Specific));
                break;
            case "password" when _notHeld is not null:
                hits.Add(new Hit(_notHeld, Source.Markup, 1.5, "champ mot de passe", CueKind.Specific));
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

    private static void Add(Dictionary<string, Match> scores, Hit hit)
    {
        var length = hit.Cue?.Tokens.Length ?? 1;
        if (scores.TryGetValue(hit.Item.Id, out var existing))
        {
            // Agreement between places adds a little; the strongest cue explains the decision.
            scores[hit.Item.Id] = hit.Score > existing.Score
                ? new Match(hit.Item, hit.Score + (existing.Score * 0.1), hit.Why, Math.Max(length, existing.Length))
                : existing with { Score = existing.Score + (hit.Score * 0.1), Length = Math.Max(length, existing.Length) };
        }
        else
        {
            scores[hit.Item.Id] = new Match(hit.Item, hit.Score, hit.Why, length);
        }
    }

    /// <summary>
    /// Replaces a word that is one typo away from exactly one catalogue word (« imposiiton » → « imposition »,
    /// « naissace » → « naissance »). Only a letter missing, doubled or swapped inside the word counts: a different letter,
    /// or a change in the last letters, is more often another word or an ending (« courrier », « demandez », « suivi »).
    /// </summary>
    private List<string> Correct(List<string> tokens, List<string> corrections)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Correction(tokens[i]) is { } word)
            {
                corrections.Add($"« {tokens[i]} » lu « {word} »");
                tokens[i] = word;
            }
        }

        return tokens;
    }

    private const int TypoMinLength = 7;

    private void AddToVocabulary(string token)
    {
        if (!_vocabulary.Add(token) || token.Length < TypoMinLength - 1 || !token.All(char.IsLetter))
        {
            return;
        }

        for (var i = 0; i < token.Length; i++)
        {
            var deletion = token.Remove(i, 1);
            if (!_vocabularyDeletions.TryGetValue(deletion, out var words))
            {
                _vocabularyDeletions[deletion] = words = [];
            }

            if (!words.Contains(token))
            {
                words.Add(token);
            }
        }
    }

    private string? Correction(string token)
    {
        if (token.Length < TypoMinLength || _vocabulary.Contains(token) || !token.All(char.IsLetter))
        {
            return null;
        }

        string? found = null;
        var ambiguous = false;
        void Consider(string word)
        {
            if (word == found || !IsTypo(token, word))
            {
                return;
            }

            ambiguous |= found is not null;
            found ??= word;
        }

        if (_vocabularyDeletions.TryGetValue(token, out var longer))
        {
            longer.ForEach(Consider);
        }

        for (var i = 0; i < token.Length; i++)
        {
            var deletion = token.Remove(i, 1);
            if (_vocabulary.Contains(deletion))
            {
                Consider(deletion);
            }

            if (_vocabularyDeletions.TryGetValue(deletion, out var same))
            {
                same.ForEach(Consider);
            }
        }

        return ambiguous ? null : found;
    }

    /// <summary>A letter missing or doubled before the last three letters, or two neighbouring letters swapped before the last two.</summary>
    private static bool IsTypo(string typed, string word)
    {
        if (typed.Length == word.Length)
        {
            var diffs = Enumerable.Range(0, typed.Length).Where(i => typed[i] != word[i]).ToList();
            return diffs.Count == 2 && diffs[1] == diffs[0] + 1 && typed[diffs[0]] == word[diffs[1]] && typed[diffs[1]] == word[diffs[0]]
                && diffs[1] <= word.Length - 2;
        }

        if (Math.Abs(typed.Length - word.Length) != 1)
        {
            return false;
        }

        var (shorter, longer) = typed.Length < word.Length ? (typed, word) : (word, typed);
        var k = 0;
        while (k < shorter.Length && shorter[k] == longer[k])
        {
            k++;
        }

        return k > 0 && k <= longer.Length - 3 && string.Equals(shorter[k..], longer[(k + 1)..], StringComparison.Ordinal);
    }

    private bool IsPrefilled(FieldObservation field, out string why)
    {
        if (!field.FilledByProbe && !string.IsNullOrWhiteSpace(field.Value))
        {
            // The value itself stays out of the reason: it is personal data, and the evidence is read widely.
            why = field.ReadOnly ? "valeur affichée en lecture seule" : "valeur déjà affichée, modifiable";
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

    private static string Domain(string id) => id.Split('.')[0];

    /// <summary>The first word a label asks with, past articles: « Le numéro fiscal » → numero.</summary>
    private static string? Head(List<string> tokens) => tokens.SkipWhile(t => Determiners.Contains(t) || t == "|").FirstOrDefault();

    private static HashSet<string> ProviderWords(DataItem item) =>
        TextFolding.Tokens(item.Provider).Where(t => t.Length >= 3 && t is not ("api" or "via" or "les" or "des")).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Whose data a field asks: the applicant unless its legend or section names a spouse or a child, or its label
    /// is about one ("Prénom de l'enfant", "Enfant 2 Nom"); "Nombre d'enfants à charge" is the applicant's household.
    /// </summary>
    public static string PersonOf(FieldObservation field)
    {
        foreach (var (text, isLabel) in new[] { (field.Legend, false), (field.Section, false), (field.Label, true) })
        {
            var tokens = TextFolding.Tokens(text);
            for (var i = 0; i < tokens.Count; i++)
            {
                var numbered = i + 1 < tokens.Count && int.TryParse(tokens[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out _);
                var owned = !isLabel || numbered || (i > 0 && tokens[i - 1] is "l" or "votre" or "du" or "le" or "cet" or "chaque");
                switch (tokens[i])
                {
                    case "conjoint" or "epoux" or "epouse" or "concubin" or "concubine" or "partenaire" or "codemandeur" when owned:
                        return "conjoint";
                    case "enfant" when owned:
                        return numbered ? $"enfant {tokens[i + 1]}" : "enfant";
                    case "eleve" when numbered:
                        return $"élève {tokens[i + 1]}";
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

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Observatoire.Probes.Catalogue;
using static Observatoire.Probes.Classification.TextFolding;

namespace Observatoire.Probes.Classification;

// How a decision is explained and traced: its path for the calibration, its reason in French, the cues the markup adds, pre-filling.
public sealed partial class Classifier
{
    /// <summary>
    /// How a decision was reached, coarse to fine: where the topic was read, what kind of cue, the hard-case rule that
    /// changed it, the holding decided. Its calibrated confidence is looked up by this path (see <see cref="Calibration"/>).
    /// </summary>
    private static string PathOf(Topic topic, string? structureRule, FieldReading reading, DataItem? item, FieldObservation field)
    {
        var origin = topic.Fallback ? "repli-" + (field.IsUpload ? "pièce" : field.Input is "radio" or "select" or "checkbox" ? "choix" : "saisie")
            : FirstWord(topic.Why);
        var kind = topic.Fallback ? "-" : topic.Rule is not null ? "règle" : topic.Specific ? "précis" : "générique";
        var rule = structureRule is null ? "-" : FirstWord(structureRule) + "-" + SubjectName(reading.Subject);
        var holding = item is null ? "aucun" : DataCatalogue.HoldingText(item.Holding);
        var margin = topic.RunnerUp <= 0 ? "seul" : topic.RunnerUp / topic.Score < 0.6 ? "net" : "serré";
        // Whose data, and whether the wording said so: a name with nobody named is the riskiest decision of all.
        var whose = SubjectName(reading.Subject) + (reading.SubjectCue is null ? "?" : "");
        return string.Join('|', origin, kind, holding, rule, whose, margin);
    }

    private static string FirstWord(string text) => text.IndexOf(' ', StringComparison.Ordinal) is >= 0 and var space ? text[..space] : text;

    // The enum's names, without formatting an enum per field.
    private static string SubjectName(Subject subject) => subject switch
    {
        Subject.Applicant => nameof(Subject.Applicant),
        Subject.Household => nameof(Subject.Household),
        Subject.ThirdParty => nameof(Subject.ThirdParty),
        _ => nameof(Subject.Organisation),
    };

    private static string Reason(Topic topic, string? structureRule, FieldReading reading, DataItem? item, List<string> corrections,
        List<Negation> negations, Negation? negation, bool prefilled, string prefilledWhy, bool disabled, string? review)
    {
        if (item is null)
        {
            var why = negations.Count > 0
                ? $"non reconnu : la seule mention ({string.Join(" ; ", negations.Select(n => n.Text))}) est une négation"
                : topic.Why;
            return reading.Describe(ReasonText().Append(why).Append(" ; ")).Append(" ; à revoir").ToString();
        }

        var reason = ReasonText().Append(topic.Why);
        if (topic.Fallback && item == topic.Item)
        {
            reason.Append(", classée par défaut en « ").Append(item.Label).Append(" »");
        }

        if (corrections.Count > 0)
        {
            reason.Append(" (lu malgré la faute : ").AppendJoin(", ", corrections).Append(')');
        }

        if (topic.Rule is not null)
        {
            reason.Append(" ; ").Append(topic.Rule);
        }

        if (structureRule is not null)
        {
            reason.Append(" ; ").Append(structureRule);
        }

        reason.Append(" ; lecture : ");
        reading.Describe(reason);
        _ = item.Holding switch
        {
            Holding.Held => string.IsNullOrEmpty(item.Replacement) ? reason.Append(" ; détenue par ").Append(item.Provider)
                : reason.Append(" ; détenue par ").Append(item.Provider).Append(" (").Append(item.Replacement).Append(')'),
            Holding.Key => reason.Append(" ; identifiant-clé : permet à l'administration de récupérer la donnée, non compté"),
            _ => reason.Append(" ; donnée non détenue par l'administration, non comptée"),
        };
        if (item.Holding == Holding.Held)
        {
            _ = prefilled ? reason.Append(" ; déjà remplie (").Append(prefilledWhy).Append("), non comptée")
                : disabled ? reason.Append(" ; champ désactivé, non demandé")
                : negation is not null ? reason.Append(" ; l'usager n'a pas à la fournir (« ").Append(negation.Text).Append(" »), non comptée")
                : reason.Append(" ; demandée à l'usager, comptée");
        }

        var ignored = 0;
        foreach (var n in negations)
        {
            if (n != negation)
            {
                reason.Append(ignored++ == 0 ? " ; négation ignorée : « " : " ; ").Append(n.Text);
            }
        }

        if (ignored > 0)
        {
            reason.Append(" »");
        }

        return reason.Append(review).ToString();
    }

    /// <summary>One builder per thread for the reasons, emptied for each: a reason is a few hundred characters, and a builder
    /// of its own grew twice for every field.</summary>
    private static StringBuilder ReasonText() => (_reasonText ??= new StringBuilder(1024)).Clear();

    [ThreadStatic]
    private static StringBuilder? _reasonText;

    private void AddPhrases(List<Hit> hits, TokenText tokens, Source source)
    {
        var weight = source switch
        {
            Source.Label => LabelWeight,
            Source.Hint => HintWeight,
            Source.Legend => LegendWeight,
            Source.Options => OptionsWeight,
            _ => PageWeight,
        };
        var all = _cues.FindAll(tokens);
        foreach (var found in all)
        {
            var cue = found.Entry.Value;
            if (cue.OwnWordsOnly && source is not Source.Label)
            {
                continue;
            }

            // « Date de délivrance du permis de chasser »: a cue whose last word another cue goes on from (« permis » → « permis
            // de chasser ») named that word only; the cue that says which one it is reads it.
            if (found.End - found.Start > 1 && SaidMoreFullyAfter(all, found))
            {
                continue;
            }

            // « … au nom du demandeur », « facture à votre nom »: whose the thing is, not a name asked.
            if (cue.Item == _identity && OnBehalfOf(tokens, found.Start))
            {
                continue;
            }

            if (OtherWordSameLetters(tokens, found))
            {
                continue;
            }

            var score = weight * (1 + (0.3 * (found.Entry.Content - 1)));
            hits.Add(new Hit(cue.Item, source, score, found.Entry.Phrase, cue.Kind, found.Entry.Tokens.Length, found.Start, found.End));
        }
    }

    /// <summary>True when <paramref name="found"/>'s item comes from its last word (that word alone is a generic cue of the same
    /// item, « ~permis » for the driving licence) and
    /// another phrase found starts at that word and goes on past its end (« délivrance du permis » and « permis de chasser »;
    /// not « changement de situation » and « situation familiale », where the change names the paper).</summary>
    private static bool SaidMoreFullyAfter(List<PhraseIndex<Cue>.Found> all, PhraseIndex<Cue>.Found found)
    {
        var last = found.End - 1;
        var fromLastWord = false;
        var goesOn = false;
        foreach (var other in all)
        {
            fromLastWord |= other.Start == last && other.End == found.End && other.Entry.Value.Item == found.Entry.Value.Item && other.Entry.Value.Kind == CueKind.Generic;
            goesOn |= other.Start == last && other.End > found.End;
        }

        return fromLastWord && goesOn;
    }

    /// <summary>Forms of « avoir » before a past participle; not « a », which is also « à » once folded (« droit à permis »).</summary>
    private static readonly HashSet<string> HaveAuxiliaries = TextFolding.Folded("ai", "as", "avons", "avez", "ont", "ayant", "avait", "avaient", "aura", "auront", "aurait", "auraient", "avoir");

    private static readonly string Licence = TextFolding.Tokens("permis")[0];

    /// <summary>
    /// A cue whose letters are another word here: « ayant permis de conclure » is the verb « permettre », not a licence;
    /// « en lien avec l'ALD » means « related to », not a bond with a person.
    /// </summary>
    private static bool OtherWordSameLetters(TokenText text, PhraseIndex<Cue>.Found found)
    {
        var before = found.Start > 0 ? text.Folded[found.Start - 1] : null;
        return found.Entry.Tokens switch
        {
            [var licence] when licence == Licence => before is not null && HaveAuxiliaries.Contains(before),
            ["lien", ..] => before == "en",
            _ => false,
        };
    }

    /// <summary>True when « nom » or « titre » at <paramref name="at"/> follows « au » or « à votre »: in someone's name, under a
    /// heading (« au titre de »), not a name or a civility asked.</summary>
    private static bool OnBehalfOf(TokenText text, int at) =>
        text.Folded[at] is "nom" or "titre" && at > 0 && (text.Folded[at - 1] == "au" || (at > 1 && text.Folded[at - 2] == "a" && FieldReader.Possessives.Contains(text.Folded[at - 1])));

    private void AddMarkupCues(List<Hit> hits, FieldObservation field)
    {
        if (!string.IsNullOrWhiteSpace(field.Autocomplete))
        {
            foreach (var token in field.Autocomplete.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(10))
            {
                if (_byAutocomplete.TryGetValue(token.ToLowerInvariant(), out var item))
                {
                    hits.Add(new Hit(item, Source.Markup, AutocompleteWeight, $"autocomplete « {token} »", CueKind.Specific, 1));
                }
            }
        }

        // The name attribute only: the field's id is the walker's own reference, not the site's markup.
        foreach (var fragment in TextFolding.NameFragments(field.Name?.Length > 200 ? field.Name[..200] : field.Name).Distinct(StringComparer.Ordinal))
        {
            if (_byName.TryGetValue(fragment, out var items))
            {
                foreach (var item in items)
                {
                    hits.Add(new Hit(item, Source.Markup, NameWeight, $"attribut name « {fragment} »", CueKind.Specific, 1));
                }
            }
        }

        foreach (var (sample, shown) in Samples(field))
        {
            foreach (var item in Catalogue.Items)
            {
                if (item.Patterns.Any(p => Matches(p, sample)))
                {
                    hits.Add(new Hit(item, Source.Markup, PatternWeight, shown ? "format de la valeur affichée" : $"format « {sample} »", CueKind.Specific, 1));
                }
            }
        }

        switch (field.Input?.ToLowerInvariant())
        {
            case "email" when Catalogue.Find("contact.email") is { } email:
                hits.Add(new Hit(email, Source.Markup, 1.0, "champ de type email", CueKind.Specific, 1));
                break;
            case "tel" when Catalogue.Find("contact.phone") is { } phone:
                hits.Add(new Hit(phone, Source.Markup, 1.0, "champ de type téléphone", CueKind.Specific, 1));
                break;
            case "password" when _notHeld is not null:
                hits.Add(new Hit(_notHeld, Source.Markup, 1.5, "champ mot de passe", CueKind.Specific, 1));
                break;
        }
    }

    private static bool Matches(Regex pattern, string sample)
    {
        try
        {
            return pattern.IsMatch(sample);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>Values a pattern can be tried on: the placeholder, an example given in the hint, the value the site showed
    /// (<c>Shown</c>: someone's data, never quoted in a reason). What the probe typed is the persona's, not the form's: a
    /// decision never rests on it.</summary>
    private static IEnumerable<(string Sample, bool Shown)> Samples(FieldObservation field)
    {
        if (!string.IsNullOrWhiteSpace(field.Placeholder) && field.Placeholder.Length <= 100)
        {
            yield return (field.Placeholder.Trim(), false);
        }

        if (field.Hint is { Length: <= 2000 } hint)
        {
            var m = HintExample().Match(hint);
            if (m.Success)
            {
                yield return (m.Groups[1].Value.Trim(), false);
            }
        }

        if (!field.FilledByProbe && !string.IsNullOrWhiteSpace(field.Value) && field.Value.Length <= 100)
        {
            yield return (field.Value.Trim(), true);
        }
    }

    [GeneratedRegex(@"(?:[Ee]xemple|[Ee]x\.)\s*:?\s*([^,;()]+)", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex HintExample();

    private static void Add(Dictionary<string, Match> scores, Hit hit)
    {
        if (scores.TryGetValue(hit.Item.Id, out var existing))
        {
            // Agreement between places adds a little; the strongest cue explains the decision.
            scores[hit.Item.Id] = hit.Score > existing.Score
                ? new Match(hit.Item, hit.Score + (existing.Score * 0.1), hit, Math.Max(hit.Length, existing.Length))
                : existing with { Score = existing.Score + (hit.Score * 0.1), Length = Math.Max(hit.Length, existing.Length) };
        }
        else
        {
            scores[hit.Item.Id] = new Match(hit.Item, hit.Score, hit, hit.Length);
        }
    }

    private bool IsPrefilled(FieldObservation field, TokenText label, TokenText hint, out string why)
    {
        if (!field.FilledByProbe && !string.IsNullOrWhiteSpace(field.Value))
        {
            // The value itself stays out of the reason: it is personal data, and the evidence is read widely.
            why = field.ReadOnly ? "valeur affichée en lecture seule" : "valeur déjà affichée, modifiable";
            return true;
        }

        // « la copie de la dernière déclaration pré-remplie des revenus »: on an upload the mention describes the paper asked
        // (a pre-filled tax return), not a value the page shows.
        foreach (var text in field.IsUpload ? [] : new[] { hint, label })
        {
            if (_prefilledMarkers.First(text) is { } marker)
            {
                why = $"mention « {marker.Entry.Phrase} »";
                return true;
            }
        }

        why = "";
        return false;
    }

    private static string Domain(string id) => id.Split('.')[0];

    private static HashSet<string> ProviderWords(DataItem item) =>
        TextFolding.Tokens(item.Provider).Where(t => t.Length >= 3 && t is not ("api" or "via" or "les" or "des")).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Whose data a field asks: the applicant unless its legend or section names a spouse or a child, or its label
    /// is about one ("Prénom de l'enfant", "Enfant 2 Nom"); "Nombre d'enfants à charge" is the applicant's household.
    /// </summary>
    public static string PersonOf(FieldObservation field) => PersonOf(TextFolding.Tokens(field.Legend), TextFolding.Tokens(field.Section), TextFolding.Tokens(field.Label));

    private static string PersonOf(List<string> legend, List<string> section, List<string> label)
    {
        foreach (var (tokens, isLabel) in new[] { (legend, false), (section, false), (label, true) })
        {
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
        Source.Hint => "aide",
        Source.Legend => "groupe",
        Source.Options => "options",
        _ => "titre de page",
    };

    private static int IndexOf(List<string> tokens, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= tokens.Count; i++)
        {
            var all = true;
            for (var j = 0; j < phrase.Length && all; j++)
            {
                all = string.Equals(tokens[i + j], phrase[j], StringComparison.Ordinal);
            }

            if (all)
            {
                return i;
            }
        }

        return -1;
    }
}

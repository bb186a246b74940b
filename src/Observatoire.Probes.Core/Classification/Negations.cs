using System.Text.RegularExpressions;
using Observatoire.Probes.Catalogue;
using static Observatoire.Probes.Classification.TextFolding;

namespace Observatoire.Probes.Classification;

/// <summary>A sentence that says the user does not have to give something: the field itself, or the items it names.</summary>
internal sealed record Negation(string Text, bool Self, IReadOnlyList<DataItem> Objects);

/// <summary>
/// Splits a label or a hint into sentences and keeps apart every sentence that negates a request (« vous n'avez pas à
/// fournir… ») and, for labels, every condition (« si vous n'avez pas de numéro fiscal »): they are context, not cues.
/// </summary>
internal sealed partial class Negations(IReadOnlyList<string[]> markers, Func<TokenText, int, DataItem?> cueAt)
{
    /// <summary>The markers by their first word, in the catalogue's order: a marker can only start on its first word.</summary>
    private readonly Dictionary<string, string[][]> _markersByFirst = markers.GroupBy(m => m[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    /// <summary>Pronouns that may stand inside a negation: « vous n'avez pas à <b>le</b> fournir » is about the field itself.</summary>
    private static readonly HashSet<string> Pronouns = Folded("en", "l", "la", "le", "les", "leur", "lui", "nous", "vous", "y");

    /// <summary>Words between a negation and what it negates: « ne joignez pas <b>d'</b>extrait Kbis <b>ni d'</b>attestation URSSAF ».</summary>
    private static readonly HashSet<string> Determiners = Folded(
        "ce", "ces", "cet", "cette", "d", "de", "des", "du", "et", "l", "la", "le", "les", "leur", "ma", "mes", "mon", "ni", "nos", "notre", "ou",
        "sa", "ses", "son", "un", "une", "vos", "votre");

    /// <summary>
    /// The text without its negations (and conditions, when asked), the negations found, the conditions; every word of
    /// the text, negations included, in <paramref name="words"/> when asked.
    /// </summary>
    public TokenText Clean(string? text, List<Negation> negations, List<TokenText>? conditions, List<string>? words = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return TokenText.Empty;
        }

        var kept = new List<TokenText>();
        foreach (var written in Sentences(TextFolding.Prepare(text.Length > TextFolding.MaxLength ? text[..TextFolding.MaxLength] : text)))
        {
            // « Numéro SIRET Format attendu : 14 chiffres », a hint a page writes inside its label: what follows « Format attendu : »
            // or « Exemple : » shows the answer's shape, it does not say what is asked; read as a hint, as a condition is.
            var sentence = written;
            // « Courrier électronique (exemple : nom@domaine.fr) »: a sentence that is an example after what is asked is one too.
            if (conditions is not null && ExampleStart(written) is var cut && (cut > 0 || (cut == 0 && kept.Count > 0)))
            {
                conditions.Add(TokenText.Of(written[cut..]));
                sentence = written[..cut];
            }

            var sentenceWords = TokenText.Of(sentence);
            if (sentenceWords.Count == 0)
            {
                continue;
            }

            words?.AddRange(sentenceWords.Folded);

            if (Find(sentenceWords.Folded, out var start, out var end, out var aboutItself))
            {
                // Cues are looked up on the folded words only, exact forms included.
                var folded = new TokenText(sentenceWords.Folded, sentenceWords.Folded);
                var objects = aboutItself ? [] : After(folded, end);
                if (objects.Count == 0 && !aboutItself)
                {
                    objects = Before(folded, start);
                }

                negations.Add(new Negation(sentence.Trim(), objects.Count == 0, objects));
                continue;
            }

            // « Date de début (obligatoire) », « Téléphone (facultatif) »: whether a field must be filled says nothing of what it asks,
            // nor does the shape of the answer (« Date de début (jj/mm/aaaa) »).
            if (OnlyWordsOf(sentenceWords.Folded, RequirementWords) || (kept.Count > 0 && (OnlyWordsOf(sentenceWords.Folded, FormatWords) || IsAside(sentenceWords.Folded))))
            {
                continue;
            }

            // « Si oui, date de la dernière aide reçue »: a follow-up to the previous question, not a condition; what follows is asked.
            if (sentenceWords.Count > 2 && sentenceWords.Folded[0] == "si" && sentenceWords.Folded[1] is "oui" or "non")
            {
                kept.Add(new TokenText(sentenceWords.Folded.Skip(2).ToList(), sentenceWords.Plain.Skip(2).ToList()));
                continue;
            }

            // « Si vous êtes hébergé, … », and after what is asked « Sinon, … », « À défaut, … »: another case, read as a hint.
            (conditions is not null && (sentenceWords.Folded[0] == "si" || (kept.Count > 0 && OpensOnOtherwise(sentenceWords.Folded, 0))) ? conditions : kept).Add(sentenceWords);
        }

        return TokenText.Join(kept);
    }

    /// <summary>« Sinon », « À défaut » at <paramref name="at"/>: a sentence that offers what to give otherwise.</summary>
    internal static bool OpensOnOtherwise(List<string> folded, int at) =>
        folded[at] == "sinon" || (at + 1 < folded.Count && folded[at] == "a" && folded[at + 1] == Failing);

    private static readonly string Failing = TextFolding.Folded("défaut").Single();

    /// <summary>The text cut at « . ; ! ? », line breaks and brackets.</summary>
    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        int end;
        while ((end = text.AsSpan(start).IndexOfAny(SentenceEnds)) >= 0)
        {
            if (end > 0)
            {
                yield return text.Substring(start, end);
            }

            start += end + 1;
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    /// <summary>« obligatoire », « facultatif », « requis »…: a word that only says whether a field must be filled.</summary>
    public static bool IsRequirementWord(string folded) => RequirementWords.Contains(folded);

    /// <summary>True when the text holds one of the negations this reader knows (« Ne pas joindre », « Inutile de fournir »).</summary>
    public bool Negates(string? text) => Find(TextFolding.Tokens(text), out _, out _, out _);

    /// <summary>True when every word is one of <paramref name="set"/>.</summary>
    private static bool OnlyWordsOf(List<string> words, HashSet<string> set)
    {
        foreach (var word in words)
        {
            if (!set.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The shape of a date or a time as labels write it (« jj/mm/aaaa », « format hh:mm »).</summary>
    private static readonly HashSet<string> FormatWords = [.. new[] { "jj", "mm", "aaaa", "aa", "hh", "dd", "yyyy", "format" },
        // « Nom (en majuscules) », « Montant (en chiffres) », « (en lettres capitales) »: how to write the answer.
        .. TextFolding.Folded("en", "majuscules", "capitales", "lettres", "chiffres", "imprimerie", "toutes", "caractères")];

    /// <summary>Where « Format attendu : », « Exemple : », « Ex : » or « Par exemple : » starts in a sentence, or -1.</summary>
    private static int ExampleStart(string sentence) =>
        sentence.Contains(':') && ExampleMarker().Match(sentence) is { Success: true } m ? m.Index : -1;

    [GeneratedRegex(@"\b(?:format attendu|par exemple|exemples?|ex|au format)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex ExampleMarker();

    private static readonly HashSet<string> RequirementWords = TextFolding.Folded("obligatoire", "obligatoires", "facultatif", "facultative",
        "optionnel", "optionnelle", "requis", "requise", "champ");

    /// <summary>« Nom d'usage (le cas échéant) », « Montant (voir notice) »: an aside of the CERFA's kind says when to answer or
    /// where to read how, nothing of what is asked (read as words, « Nom » was no longer a bare name).</summary>
    private static bool IsAside(List<string> words) => words.Count is >= 2 and <= 4 && words[0] is "le" or "s" or "voir" or "cf" or "si"
        && string.Join(' ', words) is "le cas echeant" or "s il y a lieu" or "voir notice" or "voir la notice" or "cf notice" or "cf la notice" or "si necessaire";

    // Square brackets are brackets too (« Nom [facultatif] », SPIP's « [Obligatoire] »).
    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".;!?\n()[]");

    /// <summary>The first negation of the sentence; a pronoun inside it (« à <b>le</b> fournir ») means it is about the field itself.</summary>
    private bool Find(List<string> tokens, out int start, out int end, out bool aboutItself)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var found = false;
            (start, end, aboutItself) = (i, i, false);
            if (!_markersByFirst.TryGetValue(tokens[i], out var candidates))
            {
                continue;
            }

            foreach (var marker in candidates)
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
    private List<DataItem> After(TokenText text, int position)
    {
        var tokens = text.Folded;
        var objects = new List<DataItem>();
        var k = position;
        while (k < tokens.Count)
        {
            while (k < tokens.Count && Determiners.Contains(tokens[k]))
            {
                k++;
            }

            if (cueAt(text, k) is not { } item)
            {
                break;
            }

            objects.Add(item);
            while (k < tokens.Count && tokens[k] is not ("ni" or "ou" or "et"))
            {
                k++;
            }

            if (k >= tokens.Count)
            {
                break;
            }
        }

        return objects;
    }

    /// <summary>What a negation names before it: « votre avis d'imposition est récupéré automatiquement ».</summary>
    private List<DataItem> Before(TokenText text, int position)
    {
        DataItem? last = null;
        for (var k = 0; k < position; k++)
        {
            if (cueAt(text, k) is { } item)
            {
                last = item;
            }
        }

        return last is null ? [] : [last];
    }
}

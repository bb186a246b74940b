namespace Observatoire.Probes.Classification;

/// <summary>
/// Phrases matched as whole folded words in a text, the way French reads: articles and prepositions ("de", "du",
/// "l'") and possessives ("votre", "ses") between the words of a phrase are skipped, so « numéro de sécurité sociale »
/// finds « N° sécurité sociale » and « numéro de votre dossier » finds « numéro de dossier ». A phrase written with a
/// leading <c>!</c> asks for the exact form of its words (plural included): « !statuts » does not find « statut ».
/// </summary>
internal sealed class PhraseIndex<T>
{
    /// <summary>Articles, prepositions and conjunctions: dropped from phrases, skipped in texts.</summary>
    internal static readonly HashSet<string> FunctionWords = Folded("a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "ou", "un", "une", "y", "par", "sur", "à");

    /// <summary>Possessives and demonstratives: kept in phrases (they say whose), but skipped in texts between a phrase's words.</summary>
    internal static readonly HashSet<string> Skippable = [.. FunctionWords, .. Folded("votre", "vos", "mon", "ma", "mes", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "ton", "ta", "tes", "ce", "cet", "cette", "ces", "celui", "celle")];

    private const int MaxSkip = 2;

    private readonly Dictionary<string, List<Entry>> _byFirst = new(StringComparer.Ordinal);

    public sealed record Entry(string[] Tokens, bool Exact, string Phrase, T Value)
    {
        /// <summary>Words that make the phrase specific (not articles or possessives): the longer phrase wins.</summary>
        public int Content { get; } = Math.Max(1, Tokens.Count(t => !Skippable.Contains(t)));
    }

    public readonly record struct Found(Entry Entry, int Start, int End);

    public int Count { get; private set; }

    /// <summary>Adds a phrase; returns false when it has no word left once folded.</summary>
    public bool Add(string phrase, T value)
    {
        var exact = phrase.StartsWith('!');
        var text = exact ? phrase[1..] : phrase;
        var (folded, plain) = TextFolding.Words(text);
        var source = exact ? plain : folded;
        // Articles and prepositions are dropped only when two words remain: « né le » stays « né le » (or it would be any « ne »),
        // « en formation » stays itself (or any « formation » would do).
        var content = source.Where((t, i) => !FunctionWords.Contains(folded[i])).ToArray();
        var tokens = content.Length >= 2 ? content : source.ToArray();
        if (tokens.Length == 0)
        {
            return false;
        }

        var key = exact ? Fold(tokens[0]) : tokens[0];
        if (!_byFirst.TryGetValue(key, out var list))
        {
            _byFirst[key] = list = [];
        }

        if (list.Any(e => e.Tokens.SequenceEqual(tokens) && e.Exact == exact && EqualityComparer<T>.Default.Equals(e.Value, value)))
        {
            return true; // "pièce d'identité" and "pièces d'identité" fold alike: one entry
        }

        list.Add(new Entry(tokens, exact, text.Trim(), value));
        list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        Count++;
        return true;
    }

    /// <summary>Every phrase found in <paramref name="text"/>, longest first at each position.</summary>
    public IEnumerable<Found> FindAll(TokenText text)
    {
        for (var i = 0; i < text.Count; i++)
        {
            if (!_byFirst.TryGetValue(text.Folded[i], out var entries))
            {
                continue;
            }

            foreach (var entry in entries)
            {
                if (MatchAt(text, i, entry) is { } end)
                {
                    yield return new Found(entry, i, end);
                }
            }
        }
    }

    /// <summary>The first phrase found, scanning from the start (longest at that position).</summary>
    public Found? First(TokenText text)
    {
        foreach (var found in FindAll(text))
        {
            return found;
        }

        return null;
    }

    /// <summary>The longest phrase that starts exactly at <paramref name="i"/>.</summary>
    public Found? At(TokenText text, int i)
    {
        if (i >= text.Count || !_byFirst.TryGetValue(text.Folded[i], out var entries))
        {
            return null;
        }

        foreach (var entry in entries)
        {
            if (MatchAt(text, i, entry) is { } end)
            {
                return new Found(entry, i, end);
            }
        }

        return null;
    }

    /// <summary>Where the phrase ends (exclusive) when it starts at <paramref name="start"/>, skipping articles between its words.</summary>
    private static int? MatchAt(TokenText text, int start, Entry entry)
    {
        var k = start;
        for (var j = 0; j < entry.Tokens.Length; j++)
        {
            if (j > 0)
            {
                var skipped = 0;
                while (k < text.Count && skipped < MaxSkip && Skippable.Contains(text.Folded[k]) && !Same(text, k, entry, j))
                {
                    k++;
                    skipped++;
                }
            }

            if (k >= text.Count || !Same(text, k, entry, j))
            {
                return null;
            }

            k++;
        }

        return k;
    }

    private static bool Same(TokenText text, int k, Entry entry, int j) =>
        string.Equals(entry.Exact ? text.Plain[k] : text.Folded[k], entry.Tokens[j], StringComparison.Ordinal);

    private static string Fold(string plainToken) => TextFolding.Tokens(plainToken) is [var t] ? t : plainToken;

    private static HashSet<string> Folded(params string[] words) => words.SelectMany(TextFolding.Tokens).ToHashSet(StringComparer.Ordinal);
}

/// <summary>A text as the classifier reads it: folded words, their exact forms, and "|" between sentences.</summary>
internal sealed class TokenText
{
    public static readonly TokenText Empty = new([], []);

    public TokenText(List<string> folded, List<string> plain)
    {
        Folded = folded;
        Plain = plain;
    }

    public List<string> Folded { get; }

    public List<string> Plain { get; }

    public int Count => Folded.Count;

    public static TokenText Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty;
        }

        var (folded, plain) = TextFolding.Words(text);
        return new TokenText(folded, plain);
    }

    /// <summary>Sentences joined with a boundary no phrase crosses.</summary>
    public static TokenText Join(IEnumerable<TokenText> parts)
    {
        var folded = new List<string>();
        var plain = new List<string>();
        foreach (var part in parts.Where(p => p.Count > 0))
        {
            if (folded.Count > 0)
            {
                folded.Add("|");
                plain.Add("|");
            }

            folded.AddRange(part.Folded);
            plain.AddRange(part.Plain);
        }

        return new TokenText(folded, plain);
    }

    /// <summary>The first word a label asks with, past articles and possessives: « Le numéro fiscal » → numero.</summary>
    public string? Head => Folded.FirstOrDefault(t => t != "|" && !PhraseIndex<int>.Skippable.Contains(t));

    public override string ToString() => string.Join(' ', Folded);
}

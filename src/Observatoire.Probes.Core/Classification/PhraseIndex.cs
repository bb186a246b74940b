using static Observatoire.Probes.Classification.TextFolding;

namespace Observatoire.Probes.Classification;

/// <summary>
/// Phrases matched as whole folded words in a text, the way French reads: articles and prepositions ("de", "du",
/// "l'") and possessives ("votre", "ses") between the words of a phrase are skipped, so « numéro de sécurité sociale »
/// finds « N° sécurité sociale » and « numéro de votre dossier » finds « numéro de dossier ». A phrase written with a
/// leading <c>!</c> asks for the exact form of its words (plural included), and all of them: « !statuts » does not find
/// « statut », « !personne à charge » does not find « personne en charge ».
/// </summary>
internal sealed class PhraseIndex<T>
{
    /// <summary>Articles, prepositions and conjunctions: dropped from phrases, skipped in texts.</summary>
    internal static HashSet<string> FunctionWords => WordIds.FunctionWords;

    /// <summary>Possessives and demonstratives: kept in phrases (they say whose), but skipped in texts between a phrase's words.</summary>
    internal static HashSet<string> Skippable => WordIds.Skippable;

    private const int MaxSkip = 2;

    private readonly Dictionary<string, List<Entry>> _byFirst = new(StringComparer.Ordinal);

    public sealed record Entry(string[] Tokens, bool Exact, string Phrase, T Value)
    {
        /// <summary>The phrase's own last word is written as a participle (« marié », « société »).</summary>
        public bool EndsAsParticiple { get; } = PhraseIndex<T>.EndsAsParticiple(Phrase.TrimEnd(' ', ')', '.').Split(' ', '\'', '’')[^1]);

        /// <summary>Words that make the phrase specific (not articles or possessives): the longer phrase wins.</summary>
        public int Content { get; } = Math.Max(1, Tokens.Count(t => !Skippable.Contains(Exact ? Fold(t) : t)));
    }

    public readonly record struct Found(Entry Entry, int Start, int End);

    /// <summary>A word that ends as a past participle or a noun in « -é » does: « é », « ée », « és », « ées », and « ee »,
    /// « ees » in a text that lost its accents (no French word ends so otherwise).</summary>
    internal static bool EndsAsParticiple(string word)
    {
        var w = word.AsSpan();
        if (w.Length > 1 && w[^1] is 's' or 'S')
        {
            w = w[..^1];
        }

        if (w.Length > 2 && w[^1] is 'e' or 'E' && w[^2] is 'é' or 'É' or 'e' or 'E')
        {
            return true;
        }

        return w.Length > 1 && w[^1] is 'é' or 'É';
    }

    public int Count { get; private set; }

    /// <summary>Adds a phrase; returns false when it has no word left once folded.</summary>
    public bool Add(string phrase, T value)
    {
        var exact = phrase.StartsWith('!');
        var text = exact ? phrase[1..] : phrase;
        var (folded, plain) = TextFolding.Words(text);
        var source = exact ? plain : folded;
        // Articles and prepositions are dropped only when two words remain: « né le » stays « né le » (or it would be any « ne »),
        // « en formation » stays itself (or any « formation » would do). An exact phrase keeps them all: « !personne à charge »
        // (a dependant) is not « personne en charge » (the one responsible).
        var content = source.Where((t, i) => !FunctionWords.Contains(folded[i])).ToArray();
        var tokens = content.Length >= 2 && !exact ? content : source.ToArray();
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
        foreach (var token in tokens)
        {
            WordIds.Learn(token);
            if (exact)
            {
                WordIds.LearnWrittenForm(token);
            }
        }

        _tree = null;
        list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        Count++;
        return true;
    }

    /// <summary>Every phrase found in <paramref name="text"/>, longest first at each position.</summary>
    public List<Found> FindAll(TokenText text)
    {
        var found = Scratch();
        for (var i = 0; i < text.Count; i++)
        {
            FindAt(text, i, found);
        }

        return found.Count == 0 ? NothingFound : [.. found];
    }

    /// <summary>Returned when nothing is found, to allocate nothing; callers only read it.</summary>
    private static readonly List<Found> NothingFound = [];

    /// <summary>The first phrase found, scanning from the start (longest at that position).</summary>
    public Found? First(TokenText text)
    {
        var found = Scratch();
        for (var i = 0; i < text.Count && found.Count == 0; i++)
        {
            FindAt(text, i, found);
        }

        return found.Count == 0 ? null : found[0];
    }

    /// <summary>The longest phrase that starts exactly at <paramref name="i"/>.</summary>
    public Found? At(TokenText text, int i)
    {
        if (i >= text.Count)
        {
            return null;
        }

        var found = Scratch();
        FindAt(text, i, found);
        return found.Count == 0 ? null : found[0];
    }

    [ThreadStatic]
    private static List<Found>? _found;

    [ThreadStatic]
    private static List<int>? _orders;

    private static List<Found> Scratch()
    {
        var found = _found ??= [];
        found.Clear();
        return found;
    }

    /// <summary>
    /// The phrases as a tree of words, walked once per position instead of trying every phrase that starts with the
    /// word there (« numéro » starts a hundred). Built on first use, after the phrases are all added.
    /// </summary>
    private sealed class Node
    {
        public Dictionary<int, Node>? Next;
        public List<(int Order, Entry Entry)>? Ends;
        /// <summary>For the first word of an exact phrase: its folded form, the word the phrase was filed under.</summary>
        public string? Bucket;
    }

    /// <summary>The first words' nodes by word number, for folded and for exact phrases.</summary>
    private sealed record Roots(Node?[] Folded, Node?[] Exact);

    private Roots? _tree;
    private readonly object _building = new();

    private Roots Tree()
    {
        if (_tree is { } tree)
        {
            return tree;
        }

        lock (_building)
        {
            if (_tree is null)
            {
                var folded = new Node();
                var exact = new Node();
                foreach (var (bucket, entries) in _byFirst)
                {
                    // The order of the phrases filed under one word (longest first) is the order they are reported in.
                    for (var order = 0; order < entries.Count; order++)
                    {
                        var entry = entries[order];
                        var node = entry.Exact ? exact : folded;
                        foreach (var token in entry.Tokens)
                        {
                            node.Next ??= [];
                            var id = WordIds.IdOf(token);
                            if (!node.Next.TryGetValue(id, out var child))
                            {
                                node.Next[id] = child = new Node { Bucket = bucket };
                            }

                            node = child;
                        }

                        (node.Ends ??= []).Add((order, entry));
                    }
                }

                _tree = new Roots(ByNumber(folded), ByNumber(exact));
            }

            return _tree;
        }
    }

    private static Node?[] ByNumber(Node root)
    {
        var roots = new Node?[root.Next is null ? 0 : root.Next.Keys.Max() + 1];
        foreach (var (id, node) in root.Next ?? [])
        {
            roots[id] = node;
        }

        return roots;
    }

    /// <summary>Adds the phrases that start exactly at <paramref name="i"/>, in the order they are filed (longest first).</summary>
    private void FindAt(TokenText text, int i, List<Found> found)
    {
        // « s'adresse », « m'inscrire », « j'atteste »: after an elided pronoun comes a verb, not the noun it is spelt as
        // (« Toute personne qui s'adresse à… » asks no address).
        if (i > 0 && text.Folded[i - 1] is "s" or "m" or "t" or "j" && text.Plain[i - 1].Length == 1)
        {
            return;
        }

        var tree = Tree();
        var first = found.Count;
        var orders = _orders ??= [];
        orders.Clear();
        var foldedIds = text.FoldedIds;
        if ((uint)foldedIds[i] < (uint)tree.Folded.Length && tree.Folded[foldedIds[i]] is { } node)
        {
            Walk(text, foldedIds, node, i, i + 1, found, orders);
        }

        var plainIds = text.PlainIds;
        if ((uint)plainIds[i] < (uint)tree.Exact.Length && tree.Exact[plainIds[i]] is { } exact && exact.Bucket == text.Folded[i])
        {
            Walk(text, plainIds, exact, i, i + 1, found, orders);
        }

        // « prestations facturées », « candidats âgés de… »: a word written as a participle is not the noun its letters fold to
        // (« facture », « âge »); a phrase whose own last word is written so (« marié ») still takes it, and so does a text
        // the participle opens, which asks what it says (« Âgé de : … ans », « Diplômé en… »).
        for (var f = found.Count - 1; f >= first; f--)
        {
            if (found[f].End - 1 != text.HeadAt && EndsAsParticiple(text.Plain[found[f].End - 1]) && !found[f].Entry.EndsAsParticiple)
            {
                found.RemoveAt(f);
                orders.RemoveAt(f - first);
            }
        }

        // Usually one or two phrases: an insertion sort by filing order.
        for (var a = 1; a < orders.Count; a++)
        {
            for (var b = a; b > 0 && orders[b - 1] > orders[b]; b--)
            {
                (orders[b - 1], orders[b]) = (orders[b], orders[b - 1]);
                (found[first + b - 1], found[first + b]) = (found[first + b], found[first + b - 1]);
            }
        }
    }

    /// <summary>
    /// From a node reached at <paramref name="k"/>: the phrases ending there, then each next word, found after at most
    /// <see cref="MaxSkip"/> skippable words that are not that word.
    /// </summary>
    private static void Walk(TokenText text, int[] ids, Node node, int start, int k, List<Found> found, List<int> orders)
    {
        if (node.Ends is { } ends)
        {
            foreach (var (order, entry) in ends)
            {
                found.Add(new Found(entry, start, k));
                orders.Add(order);
            }
        }

        if (node.Next is not { } next)
        {
            return;
        }

        var folded = text.FoldedIds;
        var last = k + MaxSkip;
        for (var p = k; p < text.Count && p <= last; p++)
        {
            // A word already passed over between k and p would have taken the phrase there.
            var word = ids[p];
            if (word >= 0 && next.TryGetValue(word, out var child) && Array.IndexOf(ids, word, k, p - k) < 0)
            {
                Walk(text, ids, child, start, p + 1, found, orders);
            }

            if (WordIds.IsPassable(folded[p]))
            {
                last++; // « Titre officiel de l'association »: an adjective of exactness is passed over on top of the articles
            }
            else if (!WordIds.IsSkippable(folded[p]))
            {
                break;
            }
        }
    }

    private static string Fold(string plainToken) => TextFolding.Tokens(plainToken) is [var t] ? t : plainToken;

}

/// <summary>
/// Every word a phrase of any index uses, numbered once for the whole process: a text's words are looked up once
/// (<see cref="TokenText.FoldedIds"/>), and each index then walks its phrases by number. The words an index may skip
/// are numbered first, so telling them is a comparison.
/// </summary>
internal static class WordIds
{
    /// <summary>Articles, prepositions and conjunctions: dropped from phrases, skipped in texts.</summary>
    internal static readonly HashSet<string> FunctionWords = Folded("a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "ou", "un", "une", "y", "par", "sur", "à");

    /// <summary>Possessives and demonstratives: kept in phrases (they say whose), but skipped in texts between a phrase's words.</summary>
    internal static readonly HashSet<string> Skippable = [.. FunctionWords, .. Folded("votre", "vos", "mon", "ma", "mes", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "ton", "ta", "tes", "ce", "cet", "cette", "ces", "celui", "celle")];

    /// <summary>Adjectives that say how exact or current a thing is, not which one: passed over between a phrase's words
    /// (« Titre officiel de l'association », « Dénomination exacte de la société ») as an article is, after the head noun.</summary>
    internal static readonly HashSet<string> Passable = Folded("officiel", "officielle", "exact", "exacte", "complet", "complete", "precis", "precise",
        "actuel", "actuelle", "eventuel", "eventuelle", "usuel", "usuelle");

    // The default comparer: ordinal, and hashed without randomisation until collisions say otherwise.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> Ids = new();
    private static readonly object Numbering = new();
    private static readonly int SkippableCount = Number(Skippable);
    private static readonly int PassableCount = Number(Passable);

    /// <summary>Numbers the words first, so that telling them is a comparison; returns the count numbered so far.</summary>
    private static int Number(HashSet<string> words)
    {
        foreach (var word in words.Order(StringComparer.Ordinal))
        {
            Learn(word);
        }

        return Ids.Count;
    }

    public static bool IsSkippable(int id) => (uint)id < (uint)SkippableCount;

    /// <summary>One of the <see cref="Passable"/> adjectives.</summary>
    public static bool IsPassable(int id) => id >= SkippableCount && id < PassableCount;

    /// <summary>The word's number, or -1 when no phrase uses it. The possessives of the person (« mon », « ton », « ma », « ta »;
    /// « mes », « tes ») share the number of « votre » and « vos »: a phrase written « votre structure » is found in « ta
    /// structure », as services that say « tu » or « je » write it.</summary>
    public static int IdOf(string word) => Ids.TryGetValue(Canonical(word), out var id) ? id : -1;

    private static string Canonical(string word) => word switch
    {
        "mon" or "ma" or "ton" or "ta" => "votre",
        "mes" or "tes" => "vos",
        _ => word,
    };

    /// <summary>
    /// The number of a folded word of a text: the word's own, else that of its masculine form when a phrase uses that one
    /// (« inscrite » finds « inscrit », « salariée » « salarié », « première » « premier », « allocataire » stays itself).
    /// Phrases are written in the masculine; French writes the feminine as often.
    /// </summary>
    public static int FoldedIdOf(string word)
    {
        if (Ids.TryGetValue(Canonical(word), out var id))
        {
            return id;
        }

        return word.Length > 4 && Masculine(word) is { } masculine && Ids.TryGetValue(masculine, out var m) && !IsSkippable(m) ? m : -1;
    }

    /// <summary>The masculine of a folded feminine form by its ending, or null.</summary>
    private static string? Masculine(string word) => word switch
    {
        [.., 'e', 'u', 's', 'e'] => word[..^2] + "r",        // demandeuse → demandeur
        [.., 't', 'r', 'i', 'c', 'e'] => word[..^4] + "eur", // directrice → directeur
        [.., 'e', 'n', 'n', 'e'] => word[..^2],              // lycéenne → lycéen
        [.., 'e', 'l', 'l', 'e'] => word[..^2],              // professionnelle → professionnel
        [.., 'i', 'v', 'e'] => word[..^2] + "f",             // active → actif
        [.., 'e', 'r', 'e'] => word[..^3] + "er",            // première → premier
        [.., 'e'] => word[..^1],                             // inscrite → inscrit, déclarée → déclaré
        _ => null,
    };

    private static int _version;

    /// <summary>Grows with the vocabulary: a number looked up as « no phrase uses it » may have changed since.</summary>
    public static int Version => Volatile.Read(ref _version);

    public static void Learn(string word)
    {
        word = Canonical(word);
        if (!Ids.ContainsKey(word))
        {
            lock (Numbering)
            {
                if (Ids.TryAdd(word, Ids.Count))
                {
                    Interlocked.Increment(ref _version);
                }
            }
        }
    }

    /// <summary>The exact forms of phrase words by their letters without accents: « vehicule » → « véhicule »; null where two
    /// forms share the letters (« retraite », « retraité ») or the word has no accent of its own.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> Accented = new(StringComparer.Ordinal);

    /// <summary>Files an exact phrase word under its letters without accents, for a word written without some or all of them (<see cref="Accent"/>).</summary>
    public static void LearnWrittenForm(string word)
    {
        var bare = TextFolding.WithoutAccents(word);
        // Short words are too often other words once bare (« ne » and « né », « a » and « à »), and so is « divorce ».
        if (bare.Length < 4 || bare == "divorce")
        {
            return;
        }

        Accented.AddOrUpdate(bare, bare == word ? null : word, (_, known) => known == word ? known : null);
        AccentedFolded.TryAdd(TextFolding.Fold(word), true);
        Interlocked.Increment(ref _version); // words read before keep their restored forms by version
    }

    /// <summary>The exact form a phrase uses for a word a text wrote without accents, or null.</summary>
    public static string? Accent(string bare) => Accented.TryGetValue(bare, out var word) ? word : null;

    /// <summary>The folded forms (no accents, no plural) of the words <see cref="Accent"/> knows.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> AccentedFolded = new(StringComparer.Ordinal);

    /// <summary>True when a folded word may be one a text wrote without its accents (a cheap look before <see cref="Accent"/>).</summary>
    public static bool MayBeAccented(string folded) => AccentedFolded.ContainsKey(folded);

    public static int[] Of(List<string> words, bool folded = false)
    {
        var ids = new int[words.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = folded ? FoldedIdOf(words[i]) : IdOf(words[i]);
        }

        return ids;
    }
}

/// <summary>A text as the classifier reads it: folded words, their exact forms, and "|" between sentences.</summary>
internal sealed class TokenText
{
    public static readonly TokenText Empty = new([], []);

    public TokenText(List<string> folded, List<string> plain, int[]? foldedIds = null, int[]? plainIds = null)
    {
        Folded = folded;
        Plain = plain;
        _foldedIds = foldedIds;
        _plainIds = plainIds;
    }

    public List<string> Folded { get; }

    public List<string> Plain { get; }

    public int Count => Folded.Count;

    private int[]? _foldedIds;
    private int[]? _plainIds;

    /// <summary>The folded words' numbers (<see cref="WordIds"/>), looked up once whatever the number of indexes that read the text.</summary>
    internal int[] FoldedIds => _foldedIds ??= WordIds.Of(Folded, folded: true);

    internal int[] PlainIds => _plainIds ??= WordIds.Of(Plain);

    /// <summary>A technical name's words (<c>dossier_eleve</c>) as written: code has no accents to lose.</summary>
    public static TokenText OfName(string? words) => string.IsNullOrWhiteSpace(words) ? Empty : TextFolding.TokenTextOf(words, restoreAccents: false);

    public static TokenText Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty;
        }

        // The fields of one page share its title, its sections, its legends and often their choices: a text read for
        // the field before is found here. A few places only, so only what was read moments ago is.
        // Its word numbers hold only while the vocabulary has not grown since (a classifier built after it was read, in a
        // process that read texts before, would otherwise meet numbers « no phrase uses » for words it knows).
        var place = text.GetHashCode() & (Recent.Length - 1);
        var version = WordIds.Version;
        if (Recent[place] is { } recent && recent.Version == version && string.Equals(recent.Text, text, StringComparison.Ordinal))
        {
            return recent.Read;
        }

        var read = TextFolding.TokenTextOf(text);
        Recent[place] = new RecentText(text, read, version);
        return read;
    }

    private sealed record RecentText(string Text, TokenText Read, int Version);

    private static readonly RecentText?[] Recent = new RecentText?[64];

    /// <summary>Sentences joined with a boundary no phrase crosses.</summary>
    public static TokenText Join(IReadOnlyList<TokenText> parts)
    {
        var count = 0;
        var withIds = true;
        TokenText? only = null;
        var nonEmpty = 0;
        for (var i = 0; i < parts.Count; i++) // by index: an interface's enumerator is an object per call
        {
            var part = parts[i];
            if (part.Count > 0)
            {
                count += part.Count + (count > 0 ? 1 : 0);
                withIds &= part._foldedIds is not null && part._plainIds is not null;
                only = part;
                nonEmpty++;
            }
        }

        // A text is never changed once read (a correction makes a copy), so one part is its own join.
        if (nonEmpty <= 1)
        {
            return only ?? Empty;
        }

        var folded = new List<string>(count);
        var plain = new List<string>(count);
        var foldedIds = withIds ? new int[count] : null;
        var plainIds = withIds ? new int[count] : null;
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (part.Count == 0)
            {
                continue;
            }

            if (folded.Count > 0)
            {
                if (withIds)
                {
                    foldedIds![folded.Count] = plainIds![folded.Count] = -1; // no phrase has a word « | »
                }

                folded.Add("|");
                plain.Add("|");
            }

            if (withIds)
            {
                part._foldedIds!.CopyTo(foldedIds!, folded.Count);
                part._plainIds!.CopyTo(plainIds!, folded.Count);
            }

            folded.AddRange(part.Folded);
            plain.AddRange(part.Plain);
        }

        return new TokenText(folded, plain, foldedIds, plainIds);
    }

    /// <summary>The first word a label asks with, past articles and possessives: « Le numéro fiscal » → numero.</summary>
    public string? Head => HeadAt < 0 ? null : Folded[HeadAt];

    /// <summary>Where <see cref="Head"/> is, or -1. A question's opener is no head either: « Quel est le nom du projet ? » asks
    /// a name, like « Nom du projet ».</summary>
    public int HeadAt => _headAt != Unread ? _headAt : _headAt = FindHead(); // read by several rules per field: found once

    private const int Unread = -2;
    private int _headAt = Unread;

    private int FindHead()
    {
        var i = Skip(0);
        if (i + 1 < Count && Folded[i] is "quel" or "quelle" && Folded[i + 1] is "est" or "sont" or "etait")
        {
            i = Skip(i + 2);
        }

        return i < Count ? i : -1;

        int Skip(int from)
        {
            while (from < Count && (Folded[from] == "|" || PhraseIndex<int>.Skippable.Contains(Folded[from])))
            {
                from++;
            }

            return from;
        }
    }

    /// <summary>Whether a folded word of the text is one of <paramref name="words"/> (a loop: <c>Folded.Any(words.Contains)</c>
    /// makes a delegate per call, and rules ask this for every field).</summary>
    public bool Has(HashSet<string> words)
    {
        foreach (var word in Folded)
        {
            if (words.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => string.Join(' ', Folded);
}
